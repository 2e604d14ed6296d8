/* test-pdf-text.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <cairo.h>
#include <cairo-pdf.h>
#include <glib/gstdio.h>

#include "layanan-error.h"
#include "layanan-pdf-text.h"
#include "layanan-standard-import.h"
#include "layanan-test-util.h"

/* A Standar Pelayanan over two pages, written with cairo's toy text API so
 * that the PDF has a real text layer. */
static const char * const page_one[] = {
  "Pelayanan Uji Coba",
  "1. Persyaratan",
  "a. Surat permohonan;",
  "b. Tanda pengenal.",
  "3. Jangka Waktu Penyelesaian",
  "7 Hari Kerja",
  NULL
};
static const char * const page_two[] = {
  "4. Biaya (tarif)",
  "Gratis",
  "1. Dasar Hukum",
  "a. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
  NULL
};

static void
show_lines (cairo_t            *cr,
            const char * const *lines)
{
  for (guint i = 0; lines[i] != NULL; i++)
    {
      cairo_move_to (cr, 56, 72 + 24 * i);
      cairo_show_text (cr, lines[i]);
    }
  cairo_show_page (cr);
}

static char *
make_pdf (const char *dir,
          const char *name,
          gboolean    with_text)
{
  char *path = g_build_filename (dir, name, NULL);
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 595, 842);
  cairo_t *cr = cairo_create (surface);

  cairo_select_font_face (cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (cr, 12);
  if (with_text)
    {
      show_lines (cr, page_one);
      show_lines (cr, page_two);
    }
  else
    {
      /* A "scan": only pictures, no text layer. */
      cairo_rectangle (cr, 56, 72, 400, 300);
      cairo_fill (cr);
      cairo_show_page (cr);
    }

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  return path;
}

static void
test_text_layer (void)
{
  g_autofree char *dir = layanan_test_make_tmp_dir ("pdf-text");
  g_autofree char *path = make_pdf (dir, "standar.pdf", TRUE);
  g_autofree char *relative = NULL;
  g_autofree char *cwd = g_get_current_dir ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = layanan_pdf_extract_text (path, &error);
  g_autofree char *text_again = NULL;
  const char *previous;

  g_assert_no_error (error);
  g_assert_nonnull (text);

  /* Every line, in page order. */
  previous = text;
  for (guint i = 0; page_one[i] != NULL; i++)
    {
      const char *found = strstr (previous, page_one[i]);

      if (found == NULL)
        g_error ("“%s” is missing or out of order in:\n%s", page_one[i], text);
      previous = found;
    }
  for (guint i = 0; page_two[i] != NULL; i++)
    {
      const char *found = strstr (previous, page_two[i]);

      if (found == NULL)
        g_error ("“%s” is missing or out of order in:\n%s", page_two[i], text);
      previous = found;
    }

  /* A relative path works too (Poppler wants an absolute URI). */
  g_assert_cmpint (g_chdir (dir), ==, 0);
  text_again = layanan_pdf_extract_text ("standar.pdf", &error);
  g_assert_cmpint (g_chdir (cwd), ==, 0);
  g_assert_no_error (error);
  g_assert_cmpstr (text_again, ==, text);

  layanan_test_remove_tree (dir);
}

static void
test_import_pdf (void)
{
  g_autofree char *dir = layanan_test_make_tmp_dir ("pdf-import");
  g_autofree char *path = make_pdf (dir, "standar.pdf", TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) standards = layanan_standard_import_file (path, &error);
  LayananStandard *standard;
  LayananDuration completion;
  GPtrArray *items;

  g_assert_no_error (error);
  g_assert_cmpuint (standards->len, ==, 1);
  standard = g_ptr_array_index (standards, 0);
  g_assert_cmpstr (layanan_standard_get_name (standard), ==, "Pelayanan Uji Coba");
  items = layanan_standard_get_items (standard, LAYANAN_COMPONENT_PERSYARATAN);
  g_assert_cmpuint (items->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (items, 0), ==, "Surat permohonan");
  g_assert_true (layanan_standard_get_completion (standard, &completion));
  g_assert_cmpint (completion.value, ==, 7);
  g_assert_cmpint (completion.unit, ==, LAYANAN_DURATION_WORKING_DAYS);
  g_assert_cmpint (layanan_standard_get_fee (standard), ==, 0);
  g_assert_cmpuint (layanan_standard_get_items (standard,
                                                LAYANAN_COMPONENT_DASAR_HUKUM)->len, ==, 1);

  layanan_test_remove_tree (dir);
}

static void
test_no_text_layer (void)
{
  g_autofree char *dir = layanan_test_make_tmp_dir ("pdf-scan");
  g_autofree char *path = make_pdf (dir, "scan.pdf", FALSE);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = layanan_pdf_extract_text (path, &error);

  g_assert_null (text);
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "“scan.pdf” has no text layer"));

  layanan_test_remove_tree (dir);
}

static void
test_corrupt (void)
{
  g_autofree char *dir = layanan_test_make_tmp_dir ("pdf-corrupt");
  g_autofree char *path = g_build_filename (dir, "rusak.pdf", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) standards = NULL;
  g_autofree char *text = NULL;

  g_assert_true (g_file_set_contents (path, "%PDF-1.4\nthis is no PDF at all\n%%EOF\n", -1,
                                      NULL));
  text = layanan_pdf_extract_text (path, &error);
  g_assert_null (text);
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "“rusak.pdf” is not a readable PDF file"));
  g_clear_error (&error);

  /* The importer sniffs the content and says the same. */
  standards = layanan_standard_import_file (path, &error);
  g_assert_null (standards);
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "rusak.pdf"));
  g_clear_error (&error);

  text = layanan_pdf_extract_text (missing, &error);
  g_assert_null (text);
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "missing.pdf"));

  layanan_test_remove_tree (dir);
}

static void
test_encrypted (void)
{
  g_autofree char *qpdf = g_find_program_in_path ("qpdf");
  g_autofree char *dir = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *locked = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) standards = NULL;
  int status = 0;

  if (qpdf == NULL)
    {
      g_test_skip ("qpdf is not installed");
      return;
    }

  dir = layanan_test_make_tmp_dir ("pdf-encrypted");
  plain = make_pdf (dir, "standar.pdf", TRUE);
  locked = g_build_filename (dir, "terkunci.pdf", NULL);
  {
    const char *argv[] = { qpdf, "--encrypt", "rahasia", "pemilik", "256", "--",
                           plain, locked, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                 NULL, NULL, &status, &error));
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }

  text = layanan_pdf_extract_text (locked, &error);
  g_assert_null (text);
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "“terkunci.pdf” is password-protected"));
  g_clear_error (&error);

  standards = layanan_standard_import_file (locked, &error);
  g_assert_null (standards);
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "password-protected"));

  layanan_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/capture/pdf-text/text-layer", test_text_layer);
  g_test_add_func ("/capture/pdf-text/import", test_import_pdf);
  g_test_add_func ("/capture/pdf-text/no-text-layer", test_no_text_layer);
  g_test_add_func ("/capture/pdf-text/corrupt", test_corrupt);
  g_test_add_func ("/capture/pdf-text/encrypted", test_encrypted);

  return g_test_run ();
}
