/* test-intake-job.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "layanan-error.h"
#include "layanan-intake-job.h"
#include "layanan-test-scans.h"
#include "layanan-test-util.h"

static const char born_digital_one[] =
  "PEMERINTAH KABUPATEN KUBU RAYA\n"
  "Nomor: 005/88/Bappeda\n"
  "Hal: Undangan Rapat Koordinasi";
static const char born_digital_two[] =
  "Demikian undangan ini disampaikan.\n"
  "Kepala Bappeda";

/* Large and clean, so that OCR reads it every time. */
static const char scanned_letter[] =
  "Yth. Kepala Biro Kesejahteraan Rakyat\n"
  "Jalan Ahmad Yani, Pontianak";

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = layanan_test_make_tmp_dir ("intake-job");
  g_unsetenv ("TESSDATA_PREFIX");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  layanan_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* A strip of a page, as small as OCR tests can be. */
#define STRIP_WIDTH  460
#define STRIP_HEIGHT 130

static cairo_surface_t *
draw_scanned_letter (void)
{
  return layanan_test_draw_page (STRIP_WIDTH, STRIP_HEIGHT, 200, 18, scanned_letter);
}

static char *
make_born_digital (const char *dir,
                   const char *name)
{
  LayananTestPage pages[] = { { born_digital_one, NULL }, { born_digital_two, NULL } };

  return layanan_test_make_pdf (dir, name, LAYANAN_TEST_A4_WIDTH, LAYANAN_TEST_A4_HEIGHT,
                                pages, G_N_ELEMENTS (pages));
}

/* A born-digital first page with a scanned attachment behind it. */
static char *
make_mixed (const char *dir,
            const char *name)
{
  cairo_surface_t *scan = draw_scanned_letter ();
  LayananTestPage pages[] = { { born_digital_one, NULL }, { NULL, scan } };
  char *path = layanan_test_make_pdf (dir, name, STRIP_WIDTH, STRIP_HEIGHT, pages,
                                      G_N_ELEMENTS (pages));

  cairo_surface_destroy (scan);
  return path;
}

/* @n_pages scanned pages, every one a picture without text layer. */
static char *
make_scanned_pdf (const char *dir,
                  const char *name,
                  guint       n_pages,
                  double      width_pt,
                  double      height_pt)
{
  cairo_surface_t *scan = layanan_test_draw_page (width_pt, height_pt, 200, 18,
                                                  "Kesejahteraan Rakyat");
  g_autofree LayananTestPage *pages = g_new0 (LayananTestPage, n_pages);
  char *path;

  for (guint i = 0; i < n_pages; i++)
    pages[i].image = scan;
  path = layanan_test_make_pdf (dir, name, width_pt, height_pt, pages, n_pages);
  cairo_surface_destroy (scan);

  return path;
}

static gboolean
page_ocred (LayananIntakeDocument *document,
            guint                  page)
{
  return g_array_index (document->page_ocred, gboolean, page);
}

static const char *
page_text (LayananIntakeDocument *document,
           guint                  page)
{
  return g_ptr_array_index (document->page_texts, page);
}

static void
assert_contains (const char *text,
                 const char *expected)
{
  if (strstr (text, expected) == NULL)
    g_error ("“%s” is not in:\n%s", expected, text);
}

static void
test_text_layers_and_scans (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *born_digital = make_born_digital (fixture->dir, "undangan.pdf");
  g_autofree char *mixed = make_mixed (fixture->dir, "permohonan.pdf");
  cairo_surface_t *photo = draw_scanned_letter ();
  g_autofree char *png = layanan_test_write_png (fixture->dir, "foto.png", photo);
  const char *paths[] = { born_digital, mixed, png, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  g_autofree char *bytes = NULL;
  g_autofree char *sha256 = NULL;
  g_autofree char *expected_text = NULL;
  LayananIntakeDocument *document;
  gsize length;

  cairo_surface_destroy (photo);
  documents = layanan_intake_job_run_sync (paths, 10, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (documents->len, ==, 3);

  /* A born-digital letter: its own text, nothing recognized. */
  document = g_ptr_array_index (documents, 0);
  g_assert_cmpstr (document->path, ==, born_digital);
  g_assert_cmpstr (document->file_name, ==, "undangan.pdf");
  g_assert_cmpstr (document->mime_type, ==, "application/pdf");
  g_assert_cmpuint (document->n_pages, ==, 2);
  g_assert_cmpuint (document->page_texts->len, ==, 2);
  g_assert_cmpuint (document->page_ocred->len, ==, 2);
  g_assert_false (page_ocred (document, 0));
  g_assert_false (page_ocred (document, 1));
  assert_contains (page_text (document, 0), "Nomor: 005/88/Bappeda");
  assert_contains (page_text (document, 1), "Kepala Bappeda");
  expected_text = g_strconcat (page_text (document, 0), "\n\f\n", page_text (document, 1), NULL);
  g_assert_cmpstr (document->text, ==, expected_text);
  g_assert_cmpuint (document->notices->len, ==, 0);
  g_assert_true (g_file_get_contents (born_digital, &bytes, &length, NULL));
  sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guint8 *) bytes, length);
  g_assert_cmpstr (document->sha256, ==, sha256);
  g_assert_cmpuint (g_bytes_get_size (document->contents), ==, length);

  /* The scanned page behind a born-digital one is read by OCR. */
  document = g_ptr_array_index (documents, 1);
  g_assert_cmpstr (document->file_name, ==, "permohonan.pdf");
  g_assert_false (page_ocred (document, 0));
  g_assert_true (page_ocred (document, 1));
  assert_contains (page_text (document, 0), "Undangan Rapat Koordinasi");
  assert_contains (page_text (document, 1), "Pontianak");
  assert_contains (page_text (document, 1), "Kesejahteraan");
  assert_contains (document->text, "Koordinasi");
  assert_contains (document->text, "\n\f\nYth. Kepala Biro");

  /* A photographed letter. */
  document = g_ptr_array_index (documents, 2);
  g_assert_cmpstr (document->mime_type, ==, "image/png");
  g_assert_cmpuint (document->n_pages, ==, 1);
  g_assert_true (page_ocred (document, 0));
  assert_contains (document->text, "Pontianak");
  g_assert_cmpuint (document->notices->len, ==, 0);
}

typedef struct
{
  GThread   *main_thread;
  GArray    *fractions;
  GPtrArray *documents;
  GError    *error;
  gboolean   done;
  gboolean   progress_after_done;
  double     cancel_above;          /* cancel when progress passes this */
  GCancellable *cancellable;
} JobRun;

static void
job_run_clear (JobRun *run)
{
  g_clear_pointer (&run->fractions, g_array_unref);
  g_clear_pointer (&run->documents, g_ptr_array_unref);
  g_clear_error (&run->error);
  g_clear_object (&run->cancellable);
}

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  JobRun *run = user_data;

  g_assert_true (g_thread_self () == run->main_thread);
  if (run->done)
    run->progress_after_done = TRUE;
  g_array_append_val (run->fractions, fraction);

  if (run->cancellable != NULL && fraction > run->cancel_above)
    g_cancellable_cancel (run->cancellable);
}

static void
job_done_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  JobRun *run = user_data;

  g_assert_true (g_thread_self () == run->main_thread);
  run->documents = layanan_intake_job_run_finish (result, &run->error);
  run->done = TRUE;
}

static void
run_async (const char * const *paths,
           guint               max_ocr_pages,
           JobRun             *run)
{
  run->main_thread = g_thread_self ();
  run->fractions = g_array_new (FALSE, FALSE, sizeof (double));

  layanan_intake_job_run_async (paths, max_ocr_pages, run->cancellable, progress_cb, run,
                                job_done_cb, run);
  while (!run->done)
    g_main_context_iteration (NULL, TRUE);
  /* Nothing may come after the result. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_false (run->progress_after_done);
}

static void
test_async_progress (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *born_digital = make_born_digital (fixture->dir, "undangan.pdf");
  g_autofree char *scanned = make_scanned_pdf (fixture->dir, "pindaian.pdf", 3, 320, 120);
  const char *paths[] = { born_digital, scanned, NULL };
  JobRun run = { 0 };
  LayananIntakeDocument *document;

  run_async (paths, 10, &run);
  g_assert_no_error (run.error);
  g_assert_cmpuint (run.documents->len, ==, 2);
  document = g_ptr_array_index (run.documents, 1);
  for (guint page = 0; page < 3; page++)
    {
      g_assert_true (page_ocred (document, page));
      assert_contains (page_text (document, page), "Kesejahteraan");
    }

  /* Five pages: two had text at once, then each scanned page. */
  g_assert_cmpuint (run.fractions->len, ==, 4);
  g_assert_cmpfloat_with_epsilon (g_array_index (run.fractions, double, 0), 2.0 / 5, 1e-9);
  for (guint i = 1; i < run.fractions->len; i++)
    g_assert_cmpfloat (g_array_index (run.fractions, double, i), >,
                       g_array_index (run.fractions, double, i - 1));
  g_assert_cmpfloat (g_array_index (run.fractions, double, run.fractions->len - 1), ==, 1.0);

  job_run_clear (&run);
}

static void
test_ocr_limit (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *long_scan = make_scanned_pdf (fixture->dir, "lampiran.pdf", 300, 320, 120);
  const char *paths[] = { long_scan, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  LayananIntakeDocument *document;
  g_auto(GStrv) texts = NULL;
  const char *notice;

  documents = layanan_intake_job_run_sync (paths, 3, NULL, &error);
  g_assert_no_error (error);
  document = g_ptr_array_index (documents, 0);
  g_assert_cmpuint (document->n_pages, ==, 300);
  g_assert_cmpuint (document->page_texts->len, ==, 300);

  /* The first three pages are read, the rest are left empty and said so. */
  for (guint page = 0; page < 300; page++)
    {
      g_assert_cmpint (page_ocred (document, page), ==, page < 3);
      if (page < 3)
        assert_contains (page_text (document, page), "Kesejahteraan");
      else
        g_assert_cmpstr (page_text (document, page), ==, "");
    }
  texts = g_strsplit (document->text, "\n\f\n", -1);
  g_assert_cmpuint (g_strv_length (texts), ==, 300);

  g_assert_cmpuint (document->notices->len, ==, 1);
  notice = g_ptr_array_index (document->notices, 0);
  g_test_message ("Notice: %s", notice);
  assert_contains (notice, "3 of the 300 scanned pages");
}

static void
test_missing_language (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *tessdata = g_build_filename (fixture->dir, "tessdata", NULL);
  g_autofree char *born_digital = make_born_digital (fixture->dir, "undangan.pdf");
  g_autofree char *scanned = make_scanned_pdf (fixture->dir, "pindaian.pdf", 1, 320, 120);
  const char *with_scan[] = { born_digital, scanned, NULL };
  const char *without_scan[] = { born_digital, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  JobRun run = { 0 };

  g_assert_cmpint (g_mkdir (tessdata, 0700), ==, 0);
  g_setenv ("TESSDATA_PREFIX", tessdata, TRUE);

  /* Refused before any work: no progress at all. */
  run_async (with_scan, 10, &run);
  g_assert_error (run.error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND);
  g_assert_null (run.documents);
  g_assert_true (g_str_has_prefix (run.error->message,
                                   "Indonesian OCR data (ind.traineddata) is not installed"));
  assert_contains (run.error->message, "tesseract-ocr-ind");
  g_assert_cmpuint (run.fractions->len, ==, 0);
  job_run_clear (&run);

  /* Nothing to recognize, nothing missing. */
  documents = layanan_intake_job_run_sync (without_scan, 10, NULL, &error);
  g_unsetenv ("TESSDATA_PREFIX");
  g_assert_no_error (error);
  g_assert_cmpuint (documents->len, ==, 1);
}

static void
test_bad_file_in_set (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *good = make_born_digital (fixture->dir, "undangan.pdf");
  g_autofree char *empty = g_build_filename (fixture->dir, "kosong.pdf", NULL);
  g_autofree char *text = g_build_filename (fixture->dir, "catatan.pdf", NULL);
  const char *with_empty[] = { good, empty, NULL };
  const char *with_text[] = { text, good, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) documents = NULL;

  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  g_assert_true (g_file_set_contents (text, "Bukan surat.", -1, NULL));

  documents = layanan_intake_job_run_sync (with_empty, 10, NULL, &error);
  g_assert_null (documents);
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_assert_cmpstr (error->message, ==, "“kosong.pdf” is empty");
  g_clear_error (&error);

  documents = layanan_intake_job_run_sync (with_text, 10, NULL, &error);
  g_assert_null (documents);
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  assert_contains (error->message, "“catatan.pdf”");
}

static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *scanned = make_scanned_pdf (fixture->dir, "pindaian.pdf", 8,
                                               LAYANAN_TEST_A4_WIDTH, 200);
  const char *paths[] = { scanned, NULL };
  g_autoptr(GCancellable) cancelled = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  JobRun run = { 0 };

  /* Cancelled when the first page is read: the pages being read stop,
   * the rest never start, and nothing comes back. */
  run.cancellable = g_cancellable_new ();
  run.cancel_above = 0.0;
  run_async (paths, 0, &run);
  g_assert_error (run.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (run.documents);
  g_assert_cmpuint (run.fractions->len, >=, 1);
  g_assert_cmpfloat (g_array_index (run.fractions, double, run.fractions->len - 1), <, 1.0);
  job_run_clear (&run);

  /* Cancelled before it starts. */
  g_cancellable_cancel (cancelled);
  documents = layanan_intake_job_run_sync (paths, 0, cancelled, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (documents);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/jobs/intake/text-layers-and-scans", test_text_layers_and_scans);
  ADD ("/jobs/intake/async-progress", test_async_progress);
  ADD ("/jobs/intake/ocr-limit", test_ocr_limit);
  ADD ("/jobs/intake/missing-language", test_missing_language);
  ADD ("/jobs/intake/bad-file-in-set", test_bad_file_in_set);
  ADD ("/jobs/intake/cancel", test_cancel);

#undef ADD

  status = g_test_run ();
  layanan_test_free_font_caches ();
  return status;
}
