/* bench-letters.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The register of incoming letters at 200 000 letters with a page of text
 * each, as ratios against a baseline measured in the same run (never
 * absolute thresholds):
 *   - importing them through layanan_database_add_letters (letters/s);
 *   - the first page a window shows (count + page anchors + page 1)
 *     against an OFFSET page to the middle;
 *   - a page in the middle by anchor and keyset against OFFSET;
 *   - full-text search for a rare and a very common word (first 50 with
 *     snippets) against a LIKE '%word%' scan;
 *   - streaming every row with layanan_database_foreach_letter against
 *     stepping the bare ids in the same order.
 * LAYANAN_BENCH_LETTERS sets the number of letters (default 200000).
 * Run with `meson test -C _build --benchmark --verbose letters`.
 */

#include "config.h"

#include <stdio.h>

#include <glib/gstdio.h>

#include "layanan-database.h"
#include "layanan-database-private.h"
#include "layanan-test-util.h"

#define BATCH 5000
#define PAGE 50
#define RUNS 20

static const char * const words[] = {
  "dengan", "hormat", "bersama", "ini", "kami", "sampaikan", "bahwa", "dalam", "rangka",
  "pelaksanaan", "kegiatan", "program", "pembangunan", "daerah", "provinsi", "kalimantan",
  "barat", "tahun", "anggaran", "mohon", "kiranya", "bapak", "ibu", "dapat", "menghadiri",
  "rapat", "koordinasi", "yang", "akan", "dilaksanakan", "pada", "hari", "tanggal", "pukul",
  "tempat", "ruang", "kantor", "gubernur", "sekretariat", "biro", "kesejahteraan", "rakyat",
  "permohonan", "rekomendasi", "bantuan", "hibah", "rumah", "ibadah", "masjid", "gereja",
  "pura", "vihara", "klenteng", "kerukunan", "umat", "beragama", "forum", "kecamatan",
  "kabupaten", "kota", "pontianak", "sambas", "ketapang", "sintang", "kapuas", "hulu",
  "landak", "sanggau", "bengkayang", "melawi", "sekadau", "kayong", "utara", "kubu", "raya",
  "singkawang", "laporan", "pertanggungjawaban", "penggunaan", "dana", "sebagaimana",
  "dimaksud", "surat", "keputusan", "nomor", "tentang", "pedoman", "penyelenggaraan",
  "pelayanan", "publik", "standar", "masyarakat", "survei", "kepuasan", "pengaduan",
  "tindak", "lanjut", "hasil", "evaluasi", "kinerja", "organisasi", "perangkat", "dinas",
  "sosial", "pendidikan", "kesehatan", "agama", "kementerian", "kantor", "wilayah",
  "pemberdayaan", "perempuan", "perlindungan", "anak", "keluarga", "berencana", "pemuda",
  "olahraga", "kebudayaan", "pariwisata", "demikian", "atas", "perhatian", "kerja", "sama",
  "diucapkan", "terima", "kasih", "tembusan", "yth", "arsip", "lampiran", "berkas",
  "proposal", "rencana", "biaya", "jadwal", "peserta", "narasumber", "undangan", "perihal",
  "segera", "penting", "data", "informasi", "verifikasi", "validasi", "dokumen",
};

static const char * const senders[] = {
  "Dinas Sosial Provinsi Kalimantan Barat", "Kanwil Kementerian Agama Provinsi Kalimantan Barat",
  "Bappeda Provinsi Kalimantan Barat", "Dinas Pendidikan dan Kebudayaan", "Dinas Kesehatan",
  "FKUB Provinsi Kalimantan Barat", "Pemerintah Kabupaten Sambas", "Pemerintah Kota Pontianak",
  "Pemerintah Kabupaten Ketapang", "Pemerintah Kabupaten Sintang", "Majelis Ulama Indonesia",
  "Persekutuan Gereja-Gereja di Indonesia", "Parisada Hindu Dharma Indonesia",
  "Perwakilan Umat Buddha Indonesia", "Majelis Tinggi Agama Khonghucu Indonesia",
  "Yayasan Pendidikan Islam Al-Falah", "Pengurus Masjid Raya Mujahidin", "Biro Umum",
  "Inspektorat Provinsi", "BPKAD Provinsi Kalimantan Barat", "Dinas Pemuda dan Olahraga",
  "Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "Kecamatan Pontianak Utara",
  "Universitas Tanjungpura", "IAIN Pontianak", "Palang Merah Indonesia", "Baznas Provinsi",
  "Kementerian Dalam Negeri", "Kementerian PANRB", "Ombudsman RI Perwakilan Kalbar",
};

static const char * const subjects[] = {
  "Undangan rapat koordinasi", "Permohonan rekomendasi bantuan hibah",
  "Laporan pertanggungjawaban dana hibah", "Permohonan narasumber", "Undangan peresmian",
  "Penyampaian data kerukunan umat beragama", "Permohonan fasilitasi kegiatan keagamaan",
  "Laporan hasil survei kepuasan masyarakat", "Tindak lanjut pengaduan masyarakat",
  "Permohonan audiensi", "Penyampaian jadwal kegiatan", "Permohonan verifikasi proposal",
};

/* Words that appear in about one letter in 20 000. */
static const char * const rare_words[] = { "kaligrafi", "tabot", "gawai", "naik dango" };

typedef struct
{
  LayananDatabase *database;
  gint64           units[2];
  gint64           services[5];
  guint            n_letters;
} Bench;

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static char *
make_body (GRand *rand,
           guint  index)
{
  GString *body = g_string_new ("Dengan hormat, ");
  guint n = 220 + g_rand_int_range (rand, 0, 80);

  for (guint i = 0; i < n; i++)
    {
      g_string_append (body, words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
      g_string_append_c (body, i % 17 == 16 ? '.' : ' ');
      if (i % 17 == 16)
        g_string_append_c (body, ' ');
    }
  if (index % 20000 == 7)
    g_string_append_printf (body, " Lomba %s tingkat provinsi.",
                            rare_words[(index / 20000) % G_N_ELEMENTS (rare_words)]);
  g_string_append (body, " Demikian kami sampaikan, atas perhatian Bapak diucapkan terima kasih.");

  return g_string_free (body, FALSE);
}

static LayananLetter *
make_letter (Bench *bench,
             GRand *rand,
             guint  index)
{
  LayananLetter *letter = layanan_letter_new ();
  int day = g_rand_int_range (rand, 0, 730);
  g_autoptr(GDateTime) start = g_date_time_new_local (2025, 1, 2, 8, 0, 0);
  g_autoptr(GDateTime) received = g_date_time_add_full (start, 0, 0, day,
                                                        g_rand_int_range (rand, 0, 8),
                                                        g_rand_int_range (rand, 0, 60), 0);

  letter->unit_id = bench->units[index % 7 == 0 ? 1 : 0];
  letter->nomor = g_strdup_printf ("%03d/%u/%s/%d", g_rand_int_range (rand, 0, 999), index,
                                   index % 2 ? "KESRA" : "UMUM", g_date_time_get_year (received));
  letter->pengirim = g_strdup (senders[g_rand_int_range (rand, 0, G_N_ELEMENTS (senders))]);
  letter->hal = g_strdup (subjects[g_rand_int_range (rand, 0, G_N_ELEMENTS (subjects))]);
  letter->received_at = g_date_time_format (received, "%Y-%m-%d %H:%M");
  {
    g_autoptr(GDateTime) dated = g_date_time_add_days (received, -g_rand_int_range (rand, 1, 9));

    letter->tanggal = g_date_time_format (dated, "%Y-%m-%d");
  }
  letter->lampiran = g_strdup ("1 (satu) berkas");
  letter->kecepatan = g_rand_int_range (rand, 0, 3);
  if (index % 3 != 0)
    {
      g_autoptr(GDateTime) due = g_date_time_add_days (received, g_rand_int_range (rand, 3, 30));

      letter->service_id = bench->services[index % G_N_ELEMENTS (bench->services)];
      letter->due_at = g_date_time_format (due, "%Y-%m-%dT16:00:00+07:00");
    }
  letter->body_text = make_body (rand, index);
  /* A register in use: a third closed, some disposed or in progress. */
  letter->status = (LayananLetterStatus[]) { LAYANAN_LETTER_STATUS_SELESAI,
                                             LAYANAN_LETTER_STATUS_DIDISPOSISI,
                                             LAYANAN_LETTER_STATUS_DIPROSES,
                                             LAYANAN_LETTER_STATUS_SELESAI,
                                             LAYANAN_LETTER_STATUS_DITERIMA,
                                             LAYANAN_LETTER_STATUS_DITERIMA } [index % 6];
  return letter;
}

static double
fill (Bench *bench)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260319);
  g_autoptr(GError) error = NULL;
  double total_ms = 0;

  for (guint done = 0; done < bench->n_letters; done += BATCH)
    {
      g_autoptr(GPtrArray) letters = g_ptr_array_new_with_free_func (
        (GDestroyNotify) layanan_letter_free);
      gint64 start;

      for (guint i = done; i < MIN (done + BATCH, bench->n_letters); i++)
        g_ptr_array_add (letters, make_letter (bench, rand, i));

      start = g_get_monotonic_time ();
      layanan_database_add_letters (bench->database, letters, NULL, NULL, &error);
      g_assert_no_error (error);
      total_ms += ms_since (start);
    }

  layanan_database_exec (bench->database, "ANALYZE", &error);
  g_assert_no_error (error);

  return total_ms;
}

static double
time_offset_page (Bench   *bench,
                  gint64   offset)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id, agenda_year, agenda_number, received_at, "
                                          "  nomor, tanggal, pengirim, hal, lampiran, keamanan, "
                                          "  kecepatan, classification_code, service_name, "
                                          "  due_at, status, notes "
                                          "FROM letters ORDER BY agenda_year DESC, "
                                          "  agenda_number DESC, id DESC LIMIT %d OFFSET %"
                                          G_GINT64_FORMAT, PAGE, offset);
  g_autoptr(sqlite3_stmt) stmt = layanan_database_prepare (bench->database, sql, NULL);
  gint64 start = g_get_monotonic_time ();
  guint n = 0;

  for (int run = 0; run < RUNS; run++)
    {
      while (sqlite3_step (stmt) == SQLITE_ROW)
        n++;
      sqlite3_reset (stmt);
    }
  g_assert_cmpuint (n, ==, RUNS * PAGE);

  return ms_since (start) / RUNS;
}

static double
time_first_page (Bench                    *bench,
                 const LayananLetterQuery *query,
                 GPtrArray               **anchors_out)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(GError) error = NULL;

  for (int run = 0; run < RUNS; run++)
    {
      g_autoptr(GPtrArray) anchors = NULL;
      g_autoptr(GPtrArray) page = NULL;
      gint64 count = layanan_database_count_letters (bench->database, query, &error);

      anchors = layanan_database_letter_page_anchors (bench->database, query, PAGE, &error);
      page = layanan_database_query_letters (bench->database, query, NULL, PAGE, &error);
      g_assert_no_error (error);
      g_assert_cmpint (count, ==, bench->n_letters);
      g_assert_cmpuint (page->len, ==, PAGE);
      if (run == RUNS - 1 && anchors_out != NULL)
        *anchors_out = g_steal_pointer (&anchors);
    }

  return ms_since (start) / RUNS;
}

static double
time_page_after (Bench                    *bench,
                 const LayananLetterQuery *query,
                 const LayananLetterRow   *after,
                 guint                     runs)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(GError) error = NULL;

  for (guint run = 0; run < runs; run++)
    {
      g_autoptr(GPtrArray) page = layanan_database_query_letters (bench->database, query, after,
                                                                  PAGE, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (page->len, ==, PAGE);
    }

  return ms_since (start) / runs;
}

static double
time_search (Bench      *bench,
             const char *word,
             guint      *n_hits)
{
  LayananLetterQuery query = { .sort = LAYANAN_LETTER_SORT_AGENDA, .descending = TRUE,
                               .search = (char *) word };
  gint64 start = g_get_monotonic_time ();
  g_autoptr(GError) error = NULL;

  for (int run = 0; run < RUNS; run++)
    {
      g_autoptr(GPtrArray) page = layanan_database_query_letters (bench->database, &query, NULL,
                                                                  PAGE, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (page->len, >, 0);
      g_assert_nonnull (((LayananLetterRow *) page->pdata[0])->snippet);
      *n_hits = page->len;
    }

  return ms_since (start) / RUNS;
}

static double
time_like (Bench      *bench,
           const char *word,
           guint       runs)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *pattern = g_strdup_printf ("%%%s%%", word);
  gint64 start;

  stmt = layanan_database_prepare (bench->database,
                                   "SELECT id, agenda_year, agenda_number, nomor, pengirim, hal "
                                   "FROM letters WHERE body_text LIKE ?1 OR hal LIKE ?1 "
                                   "  OR nomor LIKE ?1 OR pengirim LIKE ?1 OR notes LIKE ?1 "
                                   "ORDER BY agenda_year DESC, agenda_number DESC, id DESC "
                                   "LIMIT 50",
                                   NULL);
  g_assert_nonnull (stmt);
  sqlite3_bind_text (stmt, 1, pattern, -1, SQLITE_STATIC);

  start = g_get_monotonic_time ();
  for (guint run = 0; run < runs; run++)
    {
      while (sqlite3_step (stmt) == SQLITE_ROW)
        ;
      sqlite3_reset (stmt);
    }

  return ms_since (start) / runs;
}

static gboolean
count_row (const LayananLetterRow  *row,
           gpointer                 user_data,
           GError                 **error)
{
  (*(guint *) user_data)++;
  return TRUE;
}

static double
time_bare_walk (Bench *bench)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 start = g_get_monotonic_time ();
  guint n = 0;

  stmt = layanan_database_prepare (bench->database,
                                   "SELECT id FROM letters "
                                   "ORDER BY agenda_year DESC, agenda_number DESC, id DESC",
                                   NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    n++;
  g_assert_cmpuint (n, ==, bench->n_letters);

  return ms_since (start);
}

/* Returns FALSE when LAYANAN_BENCH_DATABASE names a database an earlier run
 * filled, to measure it again without filling it. */
static gboolean
set_up (Bench      *bench,
        const char *dir)
{
  const char *kept = g_getenv ("LAYANAN_BENCH_DATABASE");
  g_autofree char *path = kept != NULL ? g_strdup (kept)
                                       : g_build_filename (dir, "letters.sqlite", NULL);
  g_autofree char *reference = layanan_test_reference_dir ();
  g_autoptr(GError) error = NULL;

  bench->database = layanan_database_open (path, &error);
  g_assert_no_error (error);
  layanan_database_load_reference_dir (bench->database, reference, &error);
  g_assert_no_error (error);

  if (layanan_database_query_int (bench->database, "SELECT count(*) FROM letters", NULL) > 0)
    return FALSE;

  bench->units[0] = layanan_database_query_int (bench->database,
                                                "SELECT id FROM units WHERE code = 'kesra'", NULL);
  bench->units[1] = layanan_database_query_int (bench->database,
                                                "SELECT id FROM units WHERE code = 'adpim'", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (bench->services); i++)
    {
      g_autofree char *sql = g_strdup_printf ("INSERT INTO services (unit_id, name) "
                                              "VALUES (%" G_GINT64_FORMAT ", 'Layanan %c')",
                                              bench->units[0], 'E' - i);

      layanan_database_exec (bench->database, sql, &error);
      g_assert_no_error (error);
      bench->services[i] = layanan_database_query_int (bench->database,
                                                       "SELECT max (id) FROM services", NULL);
    }

  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = layanan_test_make_tmp_dir ("bench-letters");
  const char *n_env = g_getenv ("LAYANAN_BENCH_LETTERS");
  LayananLetterQuery newest = { .sort = LAYANAN_LETTER_SORT_AGENDA, .descending = TRUE };
  g_autoptr(GPtrArray) anchors = NULL;
  Bench bench = { 0 };
  double insert_ms, first_ms, offset_mid_ms, anchor_mid_ms, walk_ms, bare_ms;
  double rare_ms, common_ms, like_rare_ms, like_common_ms;
  guint rare_hits = 0, common_hits = 0, streamed = 0, n_letters;
  gint64 start;

  n_letters = n_env != NULL ? (guint) g_ascii_strtoull (n_env, NULL, 10) : 200000;
  n_letters = MAX (n_letters, 4 * PAGE);

  if (!set_up (&bench, dir))
    {
      /* A database kept from an earlier run (LAYANAN_BENCH_DATABASE). */
      bench.n_letters = layanan_database_query_int (bench.database,
                                                    "SELECT count(*) FROM letters", NULL);
      insert_ms = 0;
    }
  else
    {
      bench.n_letters = n_letters;
      insert_ms = fill (&bench);
    }
  printf ("letters: %u, one page of text each (%.1f MB database, FTS index %.1f MB)\n",
          bench.n_letters,
          layanan_database_query_int (bench.database,
                                      "SELECT page_count * page_size FROM pragma_page_count, "
                                      "pragma_page_size", NULL) / 1e6,
          layanan_database_query_int (bench.database,
                                      "SELECT sum (pgsize) FROM dbstat "
                                      "WHERE name LIKE 'letters_fts%'", NULL) / 1e6);
  if (insert_ms > 0)
    printf ("import (add_letters, %d per transaction): %.0f letters/s\n", BATCH,
            bench.n_letters / (insert_ms / 1000.0));

  first_ms = time_first_page (&bench, &newest, &anchors);
  offset_mid_ms = time_offset_page (&bench, bench.n_letters / 2);
  printf ("first page (count + %u anchors + page 1): %.2f ms; OFFSET page to the middle "
          "(baseline): %.2f ms; ratio %.2f\n", anchors->len, first_ms, offset_mid_ms,
          offset_mid_ms / first_ms);

  anchor_mid_ms = time_page_after (&bench, &newest, anchors->pdata[anchors->len / 2], RUNS * 10);
  printf ("middle page by anchor + keyset: %.3f ms; by OFFSET: %.2f ms; OFFSET/keyset %.0f×\n",
          anchor_mid_ms, offset_mid_ms, offset_mid_ms / anchor_mid_ms);

  for (guint sort = 0; sort < LAYANAN_N_LETTER_SORTS; sort++)
    {
      LayananLetterQuery query = { .sort = sort };
      g_autoptr(GPtrArray) sort_anchors = NULL;
      g_autoptr(GError) error = NULL;
      double first, middle;

      start = g_get_monotonic_time ();
      g_clear_pointer (&sort_anchors, g_ptr_array_unref);
      sort_anchors = layanan_database_letter_page_anchors (bench.database, &query, PAGE, &error);
      g_assert_no_error (error);
      printf ("  sort %u: anchors %.1f ms", sort, ms_since (start));
      first = time_page_after (&bench, &query, NULL, RUNS);
      middle = time_page_after (&bench, &query, sort_anchors->pdata[sort_anchors->len / 2], RUNS);
      printf (", first page %.3f ms, middle page %.3f ms\n", first, middle);
    }

  rare_ms = time_search (&bench, "kaligrafi", &rare_hits);
  like_rare_ms = time_like (&bench, "kaligrafi", 3);
  printf ("search a rare word (%u hits): %.2f ms; LIKE scan (baseline): %.1f ms; ratio %.0f×\n",
          rare_hits, rare_ms, like_rare_ms, like_rare_ms / rare_ms);
  common_ms = time_search (&bench, "hormat", &common_hits);
  like_common_ms = time_like (&bench, "hormat", RUNS);
  printf ("search a word in every letter (first %u): %.2f ms; LIKE (stops after 50, baseline): "
          "%.2f ms; ratio %.2f\n", common_hits, common_ms, like_common_ms,
          like_common_ms / common_ms);
  {
    double prefix_ms = time_search (&bench, "rekom", &common_hits);

    printf ("search a prefix of a common word (rekom*): %.2f ms\n", prefix_ms);
  }

  start = g_get_monotonic_time ();
  {
    g_autoptr(GError) error = NULL;

    layanan_database_foreach_letter (bench.database, &newest, count_row, &streamed, NULL, &error);
    g_assert_no_error (error);
  }
  walk_ms = ms_since (start);
  bare_ms = time_bare_walk (&bench);
  g_assert_cmpuint (streamed, ==, bench.n_letters);
  printf ("foreach over all rows: %.0f ms (%.0f rows/s); stepping bare ids (baseline): %.0f ms; "
          "ratio %.1f\n", walk_ms, streamed / (walk_ms / 1000.0), bare_ms, walk_ms / bare_ms);

  g_clear_object (&bench.database);
  layanan_test_remove_tree (dir);
  return 0;
}
