/* bench-ocr.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a person waits for when a scanned letter arrives, as ratios against
 * baselines measured in the same run (never absolute thresholds):
 *   - a three-page A4 scan at 300 dpi read by the intake job (pages in
 *     parallel, one Tesseract thread each) against the tesseract command
 *     run on the same pages one after the other, with its default
 *     threads and again with OMP_THREAD_LIMIT=1;
 *   - one page through layanan_ocr_recognize() alone;
 *   - a page thumbnail, and several threads rendering one scan at once
 *     against one thread rendering the same pages (what a single lock
 *     around the PDF would allow at best).
 * Run with `meson test -C _build --benchmark --verbose`.
 */

#include "config.h"

#include <string.h>

#include "layanan-intake-job.h"
#include "layanan-ocr.h"
#include "layanan-scan.h"
#include "layanan-test-scans.h"
#include "layanan-test-util.h"

#define N_PAGES 3
#define THUMBNAIL_WIDTH 160.0
#define THUMBNAIL_RUNS 20
#define RENDER_ROUNDS 2

static const char * const letter_pages[N_PAGES] = {
  "PEMERINTAH PROVINSI KALIMANTAN BARAT\n"
  "BIRO KESEJAHTERAAN RAKYAT SEKRETARIAT DAERAH\n"
  "Jalan Ahmad Yani Nomor 1, Pontianak 78124, Telepon (0561) 736541\n"
  "\n"
  "Pontianak, 12 Februari 2026\n"
  "Nomor      : 400.3/125/Kesra-B\n"
  "Sifat      : Biasa\n"
  "Lampiran   : 1 (satu) berkas\n"
  "Hal        : Permohonan Bantuan Hibah Renovasi Rumah Ibadah\n"
  "\n"
  "Yth. Gubernur Kalimantan Barat\n"
  "c.q. Kepala Biro Kesejahteraan Rakyat\n"
  "di Pontianak\n"
  "\n"
  "Dengan hormat,\n"
  "Sehubungan dengan rencana renovasi Masjid Nurul Iman di Desa Sungai Kakap,\n"
  "Kecamatan Sungai Kakap, Kabupaten Kubu Raya, yang mengalami kerusakan pada\n"
  "bagian atap dan dinding akibat angin kencang pada bulan Desember 2025,\n"
  "bersama ini kami mengajukan permohonan bantuan hibah sebesar\n"
  "Rp 150.000.000,00 (seratus lima puluh juta rupiah).\n"
  "Bersama surat ini kami lampirkan proposal, rencana anggaran biaya,\n"
  "foto kondisi bangunan, dan susunan kepengurusan panitia pembangunan.",

  "Sebagai bahan pertimbangan, dapat kami sampaikan hal-hal sebagai berikut:\n"
  "1. Masjid Nurul Iman digunakan oleh kurang lebih 450 kepala keluarga;\n"
  "2. Swadaya masyarakat yang telah terkumpul sebesar Rp 35.000.000,00;\n"
  "3. Pekerjaan direncanakan selesai dalam waktu 90 (sembilan puluh) hari\n"
  "   kalender sejak dana hibah diterima;\n"
  "4. Laporan pertanggungjawaban akan disampaikan paling lambat satu bulan\n"
  "   setelah pekerjaan selesai, sesuai ketentuan yang berlaku.\n"
  "\n"
  "Demikian permohonan ini kami sampaikan. Atas perhatian dan bantuan\n"
  "Bapak, kami ucapkan terima kasih.\n"
  "\n"
  "Ketua Panitia Pembangunan,\n"
  "\n"
  "\n"
  "H. Muhammad Syafii, S.Ag.\n"
  "\n"
  "Tembusan:\n"
  "1. Bupati Kubu Raya;\n"
  "2. Camat Sungai Kakap;\n"
  "3. Kepala Desa Sungai Kakap.",

  "Lampiran Surat Nomor 400.3/125/Kesra-B\n"
  "RENCANA ANGGARAN BIAYA RENOVASI MASJID NURUL IMAN\n"
  "\n"
  "No  Uraian Pekerjaan                     Volume    Jumlah (Rp)\n"
  "1   Pekerjaan persiapan dan pembongkaran  1 ls       7.500.000\n"
  "2   Penggantian rangka atap baja ringan   320 m2    64.000.000\n"
  "3   Penutup atap genteng metal            320 m2    38.400.000\n"
  "4   Perbaikan dinding dan plesteran       180 m2    21.600.000\n"
  "5   Pengecatan dinding dalam dan luar     420 m2    12.600.000\n"
  "6   Instalasi listrik dan penerangan      1 ls       5.900.000\n"
  "    Jumlah                                           150.000.000\n"
  "\n"
  "Terbilang: seratus lima puluh juta rupiah.\n"
  "Pontianak, 12 Februari 2026\n"
  "Bendahara Panitia,\n"
  "Siti Aminah",
};

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
}

static guint
count_words (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \n\t\f", -1);
  guint n = 0;

  for (guint i = 0; words[i] != NULL; i++)
    n += words[i][0] != '\0';

  return n;
}

/* The tesseract command on every page, one after the other, as a person
 * would run it; --dpi because cairo's PNGs do not say theirs. */
static double
time_tesseract_cli (char       **png_paths,
                    gboolean     one_thread,
                    guint       *n_words)
{
  g_auto(GStrv) env = g_get_environ ();
  gint64 start;

  env = one_thread ? g_environ_setenv (env, "OMP_THREAD_LIMIT", "1", TRUE)
                   : g_environ_unsetenv (env, "OMP_THREAD_LIMIT");
  *n_words = 0;

  start = g_get_monotonic_time ();
  for (guint i = 0; i < N_PAGES; i++)
    {
      const char *argv[] = { "tesseract", png_paths[i], "stdout", "-l", LAYANAN_OCR_LANGUAGES,
                             "--dpi", "300", NULL };
      g_autofree char *out = NULL;
      g_autoptr(GError) error = NULL;
      int status;

      g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                    NULL, NULL, &out, NULL, &status, &error);
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      *n_words += count_words (out);
    }

  return seconds_since (start);
}

static double
time_intake_job (const char *pdf_path,
                 guint      *n_words)
{
  const char *paths[] = { pdf_path, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  LayananIntakeDocument *document;
  gint64 start = g_get_monotonic_time ();
  double seconds;

  documents = layanan_intake_job_run_sync (paths, 10, NULL, &error);
  seconds = seconds_since (start);
  g_assert_no_error (error);
  document = g_ptr_array_index (documents, 0);
  for (guint i = 0; i < N_PAGES; i++)
    g_assert_true (g_array_index (document->page_ocred, gboolean, i));
  *n_words = count_words (document->text);

  return seconds;
}

/* One page in this thread, its Tesseract already loaded. */
static double
time_one_page (LayananScan *scan)
{
  g_autoptr(GError) error = NULL;
  cairo_surface_t *page = layanan_scan_render_page (scan, 0, LAYANAN_OCR_DPI / 72.0, 0, &error);
  g_autofree char *warm_up = NULL;
  g_autofree char *text = NULL;
  gint64 start;
  double seconds;

  g_assert_no_error (error);
  warm_up = layanan_ocr_recognize (page, LAYANAN_OCR_LANGUAGES, NULL, &error);
  g_assert_no_error (error);
  start = g_get_monotonic_time ();
  text = layanan_ocr_recognize (page, LAYANAN_OCR_LANGUAGES, NULL, &error);
  seconds = seconds_since (start);
  g_assert_no_error (error);
  cairo_surface_destroy (page);

  return seconds;
}

static double
time_render (LayananScan *scan,
             guint        page,
             double       scale,
             guint        runs)
{
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < runs; i++)
    {
      g_autoptr(GError) error = NULL;
      cairo_surface_t *surface = layanan_scan_render_page (scan, page, scale, 0, &error);

      g_assert_no_error (error);
      cairo_surface_destroy (surface);
    }

  return seconds_since (start) / runs;
}

static gpointer
render_pages_thread (gpointer data)
{
  LayananScan *scan = data;

  for (guint round = 0; round < RENDER_ROUNDS; round++)
    for (guint page = 0; page < layanan_scan_get_n_pages (scan); page++)
      time_render (scan, page, LAYANAN_OCR_DPI / 72.0, 1);

  return NULL;
}

/* The pages at 300 dpi, rendered RENDER_ROUNDS times by each of n threads
 * at once; one thread doing all that work is what a lock would allow. */
static double
time_parallel_render (LayananScan *scan,
                      guint        n_threads)
{
  g_autofree GThread **threads = g_new0 (GThread *, n_threads);
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < n_threads; i++)
    threads[i] = g_thread_new ("render", render_pages_thread, scan);
  for (guint i = 0; i < n_threads; i++)
    g_thread_join (threads[i]);

  return seconds_since (start);
}

static double
time_serial_render (LayananScan *scan,
                    guint        n_threads)
{
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < n_threads; i++)
    render_pages_thread (scan);

  return seconds_since (start);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = layanan_test_make_tmp_dir ("bench-ocr");
  g_autofree char *tesseract = g_find_program_in_path ("tesseract");
  g_auto(GStrv) png_paths = g_new0 (char *, N_PAGES + 1);
  LayananTestPage pdf_pages[N_PAGES];
  LayananTestPage text_pages[N_PAGES];
  g_autofree char *scan_pdf = NULL;
  g_autofree char *text_pdf = NULL;
  g_autoptr(LayananScan) scan = NULL;
  g_autoptr(LayananScan) text_scan = NULL;
  guint n_threads = MAX (2, g_get_num_processors ());
  guint job_words, cli_words, cli_one_words;
  double job, cli = 0, cli_one = 0, one_page, thumb_text, thumb_scan, full_page;
  double parallel, serial;

  g_assert_true (layanan_ocr_check_languages (LAYANAN_OCR_LANGUAGES, NULL));

  for (guint i = 0; i < N_PAGES; i++)
    {
      g_autofree char *name = g_strdup_printf ("page-%u.png", i + 1);

      pdf_pages[i].image = layanan_test_draw_page (LAYANAN_TEST_A4_WIDTH, LAYANAN_TEST_A4_HEIGHT,
                                                   300, 11, letter_pages[i]);
      pdf_pages[i].text = NULL;
      text_pages[i].image = NULL;
      text_pages[i].text = letter_pages[i];
      png_paths[i] = layanan_test_write_png (dir, name, pdf_pages[i].image);
    }
  scan_pdf = layanan_test_make_pdf (dir, "scan.pdf", LAYANAN_TEST_A4_WIDTH,
                                    LAYANAN_TEST_A4_HEIGHT, pdf_pages, N_PAGES);
  text_pdf = layanan_test_make_pdf (dir, "text.pdf", LAYANAN_TEST_A4_WIDTH,
                                    LAYANAN_TEST_A4_HEIGHT, text_pages, N_PAGES);
  for (guint i = 0; i < N_PAGES; i++)
    cairo_surface_destroy (pdf_pages[i].image);

  job = time_intake_job (scan_pdf, &job_words);
  if (tesseract != NULL)
    {
      cli = time_tesseract_cli (png_paths, FALSE, &cli_words);
      cli_one = time_tesseract_cli (png_paths, TRUE, &cli_one_words);
    }

  scan = layanan_scan_new_from_file (scan_pdf, NULL);
  text_scan = layanan_scan_new_from_file (text_pdf, NULL);
  one_page = time_one_page (scan);
  thumb_text = time_render (text_scan, 0, THUMBNAIL_WIDTH / LAYANAN_TEST_A4_WIDTH,
                            THUMBNAIL_RUNS);
  thumb_scan = time_render (scan, 0, THUMBNAIL_WIDTH / LAYANAN_TEST_A4_WIDTH, THUMBNAIL_RUNS);
  full_page = time_render (scan, 0, LAYANAN_OCR_DPI / 72.0, 3);
  serial = time_serial_render (scan, n_threads);
  parallel = time_parallel_render (scan, n_threads);

  g_print ("%u A4 pages at 300 dpi, %u processors\n", N_PAGES, g_get_num_processors ());
  if (tesseract != NULL)
    {
      g_print ("tesseract CLI, default threads (baseline) %7.2f s  %4u words\n",
               cli, cli_words);
      g_print ("tesseract CLI, OMP_THREAD_LIMIT=1         %7.2f s  %4u words  = %5.2f x baseline\n",
               cli_one, cli_one_words, cli_one / cli);
      g_print ("intake job, pages in parallel             %7.2f s  %4u words  = %5.2f x baseline"
               ", %5.2f x OMP_THREAD_LIMIT=1\n", job, job_words, job / cli, job / cli_one);
    }
  else
    {
      g_print ("tesseract CLI not found: no baseline\n");
      g_print ("intake job, pages in parallel             %7.2f s  %4u words\n", job, job_words);
    }
  g_print ("one page, layanan_ocr_recognize, 1 thread %7.2f s\n", one_page);
  g_print ("render a scanned page at 300 dpi          %7.1f ms\n", full_page * 1e3);
  g_print ("thumbnail %3.0f px wide, born-digital page %7.1f ms\n", THUMBNAIL_WIDTH,
           thumb_text * 1e3);
  g_print ("thumbnail %3.0f px wide, scanned page      %7.1f ms\n", THUMBNAIL_WIDTH,
           thumb_scan * 1e3);
  g_print ("%u threads rendering one scan, one after the other (baseline) %7.2f s\n",
           n_threads, serial);
  g_print ("%u threads rendering one scan at once                         %7.2f s  = %5.2f x "
           "baseline\n", n_threads, parallel, parallel / serial);

  layanan_test_remove_tree (dir);
  return 0;
}
