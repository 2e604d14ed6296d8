/* test-scan.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <cairo-pdf.h>
#include <glib/gstdio.h>

#include "layanan-error.h"
#include "layanan-ocr.h"
#include "layanan-scan.h"
#include "layanan-test-scans.h"
#include "layanan-test-util.h"

static const char letter_page_one[] =
  "PEMERINTAH PROVINSI KALIMANTAN BARAT\n"
  "Nomor: 400.3/125/Kesra\n"
  "Hal: Permohonan Bantuan Hibah";
static const char letter_page_two[] =
  "Demikian permohonan ini kami sampaikan.\n"
  "Kepala Desa Sungai Kakap";

/* Large and clean, so that OCR reads it every time. */
static const char ocr_letter[] =
  "Yth. Kepala Biro Kesejahteraan Rakyat\n"
  "Jalan Ahmad Yani, Pontianak\n"
  "Dengan hormat, kami mengajukan permohonan\n"
  "bantuan untuk renovasi masjid desa.";

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = layanan_test_make_tmp_dir ("scan");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  layanan_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static char *
make_text_pdf (const char *dir,
               const char *name)
{
  LayananTestPage pages[] = { { letter_page_one, NULL }, { letter_page_two, NULL } };

  return layanan_test_make_pdf (dir, name, LAYANAN_TEST_A4_WIDTH, LAYANAN_TEST_A4_HEIGHT,
                                pages, G_N_ELEMENTS (pages));
}

/* A page with a black square in its top left corner and nothing else, to
 * tell which way a rendering is turned. */
static cairo_surface_t *
draw_corner_page (double dpi)
{
  cairo_surface_t *page = layanan_test_draw_page (LAYANAN_TEST_A4_WIDTH, LAYANAN_TEST_A4_HEIGHT,
                                                  dpi, 12, "");
  cairo_t *cr = cairo_create (page);

  cairo_scale (cr, dpi / 72.0, dpi / 72.0);
  cairo_rectangle (cr, 0, 0, 100, 100);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_fill (cr);
  cairo_destroy (cr);

  return page;
}

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  return ((const guint32 *) (data + y * stride))[x] & 0xffffff;
}

static gboolean
have_program (const char *name)
{
  g_autofree char *path = g_find_program_in_path (name);

  return path != NULL;
}

static LayananScan *
open_scan (const char *path)
{
  g_autoptr(GError) error = NULL;
  LayananScan *scan = layanan_scan_new_from_file (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (scan);
  return scan;
}

static void
assert_refused (const char *path,
                int         code,
                const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LayananScan) scan = layanan_scan_new_from_file (path, &error);
  g_autofree char *name = g_path_get_basename (path);

  g_assert_null (scan);
  g_assert_error (error, LAYANAN_ERROR, code);
  g_test_message ("%s: %s", name, error->message);
  if (strstr (error->message, name) == NULL || strstr (error->message, expected) == NULL)
    g_error ("“%s” does not name %s and say “%s”", error->message, name, expected);
}

static void
test_pdf_text_layer (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = make_text_pdf (fixture->dir, "surat.pdf");
  g_autoptr(LayananScan) scan = open_scan (path);
  g_autofree char *bytes = NULL;
  g_autofree char *sha256 = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *cwd = g_get_current_dir ();
  g_autoptr(LayananScan) relative = NULL;
  gsize length;
  double width, height;

  g_assert_cmpstr (layanan_scan_get_mime_type (scan), ==, "application/pdf");
  g_assert_cmpstr (layanan_scan_get_path (scan), ==, path);
  g_assert_cmpstr (layanan_scan_get_file_name (scan), ==, "surat.pdf");
  g_assert_cmpuint (layanan_scan_get_n_pages (scan), ==, 2);
  layanan_scan_get_page_size (scan, 1, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, LAYANAN_TEST_A4_WIDTH, 0.01);
  g_assert_cmpfloat_with_epsilon (height, LAYANAN_TEST_A4_HEIGHT, 0.01);

  /* The bytes are the file's, and so is the checksum. */
  g_assert_true (g_file_get_contents (path, &bytes, &length, NULL));
  sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guint8 *) bytes, length);
  g_assert_cmpstr (layanan_scan_get_sha256 (scan), ==, sha256);
  g_assert_cmpmem (g_bytes_get_data (layanan_scan_get_contents (scan), NULL),
                   g_bytes_get_size (layanan_scan_get_contents (scan)), bytes, length);

  first = layanan_scan_get_page_text (scan, 0);
  second = layanan_scan_get_page_text (scan, 1);
  g_assert_nonnull (strstr (first, "Nomor: 400.3/125/Kesra"));
  g_assert_null (strstr (first, "Kepala Desa"));
  g_assert_nonnull (strstr (second, "Kepala Desa Sungai Kakap"));

  /* A relative path is read and reported absolute. */
  g_assert_cmpint (g_chdir (fixture->dir), ==, 0);
  relative = open_scan ("surat.pdf");
  g_assert_cmpint (g_chdir (cwd), ==, 0);
  g_assert_cmpstr (layanan_scan_get_path (relative), ==, path);
}

static void
test_pdf_image_page (Fixture       *fixture,
                     gconstpointer  data)
{
  cairo_surface_t *image = draw_corner_page (100);
  LayananTestPage pages[] = { { letter_page_one, NULL }, { NULL, image } };
  g_autofree char *path = layanan_test_make_pdf (fixture->dir, "campuran.pdf",
                                                 LAYANAN_TEST_A4_WIDTH, LAYANAN_TEST_A4_HEIGHT,
                                                 pages, G_N_ELEMENTS (pages));
  g_autoptr(LayananScan) scan = open_scan (path);
  g_autofree char *first = layanan_scan_get_page_text (scan, 0);
  g_autofree char *second = layanan_scan_get_page_text (scan, 1);

  cairo_surface_destroy (image);
  g_assert_cmpuint (layanan_scan_get_n_pages (scan), ==, 2);
  g_assert_nonnull (first);
  /* A picture of a page has no text: the sign that it needs OCR. */
  g_assert_null (second);
}

static void
test_png_by_content (Fixture       *fixture,
                     gconstpointer  data)
{
  cairo_surface_t *image = draw_corner_page (150);
  int pixel_width = cairo_image_surface_get_width (image);
  int pixel_height = cairo_image_surface_get_height (image);
  /* Saved under a misleading name: the content decides. */
  g_autofree char *path = layanan_test_write_png (fixture->dir, "foto-surat.pdf", image);
  g_autoptr(LayananScan) scan = open_scan (path);
  double width, height;

  cairo_surface_destroy (image);
  g_assert_cmpstr (layanan_scan_get_mime_type (scan), ==, "image/png");
  g_assert_cmpuint (layanan_scan_get_n_pages (scan), ==, 1);
  g_assert_null (layanan_scan_get_page_text (scan, 0));

  /* cairo writes no resolution into a PNG: the default applies. */
  layanan_scan_get_page_size (scan, 0, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, pixel_width * 72.0 / LAYANAN_SCAN_DEFAULT_DPI, 0.01);
  g_assert_cmpfloat_with_epsilon (height, pixel_height * 72.0 / LAYANAN_SCAN_DEFAULT_DPI, 0.01);
}

static void
test_jpeg_and_tiff (Fixture       *fixture,
                    gconstpointer  data)
{
  cairo_surface_t *first_image = draw_corner_page (100);
  cairo_surface_t *second_image = layanan_test_draw_page (LAYANAN_TEST_A4_WIDTH,
                                                          LAYANAN_TEST_A4_HEIGHT, 100, 12, "");
  g_autofree char *first = layanan_test_write_png (fixture->dir, "1.png", first_image);
  g_autofree char *second = layanan_test_write_png (fixture->dir, "2.png", second_image);
  g_autofree char *jpeg = g_build_filename (fixture->dir, "surat.jpg", NULL);
  g_autofree char *tiff = g_build_filename (fixture->dir, "surat.tif", NULL);
  const char *to_jpeg[] = { "convert", first, "-units", "PixelsPerInch", "-density", "100",
                            jpeg, NULL };
  const char *to_tiff[] = { "convert", first, second, "-units", "PixelsPerInch", "-density",
                            "100", tiff, NULL };
  g_autoptr(LayananScan) jpeg_scan = NULL;
  g_autoptr(LayananScan) tiff_scan = NULL;
  cairo_surface_t *page;
  double width, height;

  cairo_surface_destroy (first_image);
  cairo_surface_destroy (second_image);
  if (!have_program ("convert") ||
      !layanan_test_run_tool (to_jpeg) || !layanan_test_run_tool (to_tiff))
    {
      g_test_skip ("ImageMagick’s convert is not installed or cannot write JPEG and TIFF");
      return;
    }

  jpeg_scan = open_scan (jpeg);
  g_assert_cmpstr (layanan_scan_get_mime_type (jpeg_scan), ==, "image/jpeg");
  g_assert_cmpuint (layanan_scan_get_n_pages (jpeg_scan), ==, 1);
  /* The file says 100 dpi: an A4 page again. */
  layanan_scan_get_page_size (jpeg_scan, 0, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, LAYANAN_TEST_A4_WIDTH, 1.0);
  g_assert_cmpfloat_with_epsilon (height, LAYANAN_TEST_A4_HEIGHT, 1.0);

  tiff_scan = open_scan (tiff);
  g_assert_cmpstr (layanan_scan_get_mime_type (tiff_scan), ==, "image/tiff");
  g_assert_cmpuint (layanan_scan_get_n_pages (tiff_scan), ==, 2);
  layanan_scan_get_page_size (tiff_scan, 1, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, LAYANAN_TEST_A4_WIDTH, 1.0);

  /* Each page is its own picture: the square is on the first only. */
  page = layanan_scan_render_page (tiff_scan, 0, 0.5, 0, NULL);
  g_assert_cmphex (pixel_at (page, 10, 10), ==, 0x000000);
  cairo_surface_destroy (page);
  page = layanan_scan_render_page (tiff_scan, 1, 0.5, 0, NULL);
  g_assert_cmphex (pixel_at (page, 10, 10), ==, 0xffffff);
  cairo_surface_destroy (page);
}

/* Where the square lands, clockwise from the top left, for each rotation. */
static void
assert_rotations (LayananScan *scan)
{
  static const struct
  {
    int rotation;
    int corner_x;      /* 0 left, 1 right */
    int corner_y;      /* 0 top, 1 bottom */
  } cases[] = { { 0, 0, 0 }, { 90, 1, 0 }, { 180, 1, 1 }, { 270, 0, 1 }, { -90, 0, 1 } };
  double width_pt, height_pt;

  layanan_scan_get_page_size (scan, 0, &width_pt, &height_pt);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      cairo_surface_t *page = layanan_scan_render_page (scan, 0, 0.5, cases[i].rotation, &error);
      gboolean turned = cases[i].rotation % 180 != 0;
      int width, height;
      int near_x, near_y;

      g_assert_no_error (error);
      width = cairo_image_surface_get_width (page);
      height = cairo_image_surface_get_height (page);
      g_assert_cmpint (width, ==, (int) ceil ((turned ? height_pt : width_pt) * 0.5));
      g_assert_cmpint (height, ==, (int) ceil ((turned ? width_pt : height_pt) * 0.5));

      near_x = cases[i].corner_x ? width - 10 : 10;
      near_y = cases[i].corner_y ? height - 10 : 10;
      g_assert_cmphex (pixel_at (page, near_x, near_y), ==, 0x000000);
      /* The rest is paper: white, not transparent. */
      g_assert_cmphex (pixel_at (page, width - 1 - near_x, height - 1 - near_y), ==, 0xffffff);
      g_assert_cmphex (pixel_at (page, width / 2, height / 2), ==, 0xffffff);
      cairo_surface_destroy (page);
    }
}

static void
test_render_rotation (Fixture       *fixture,
                      gconstpointer  data)
{
  cairo_surface_t *image = draw_corner_page (144);
  g_autofree char *png = layanan_test_write_png (fixture->dir, "pojok.png", image);
  g_autofree char *pdf = NULL;
  g_autoptr(LayananScan) pdf_scan = NULL;
  g_autoptr(LayananScan) png_scan = NULL;
  cairo_t *cr;
  cairo_surface_t *surface;

  /* The same page drawn as vectors in a PDF. */
  pdf = g_build_filename (fixture->dir, "pojok.pdf", NULL);
  surface = cairo_pdf_surface_create (pdf, LAYANAN_TEST_A4_WIDTH, LAYANAN_TEST_A4_HEIGHT);
  cr = cairo_create (surface);
  cairo_rectangle (cr, 0, 0, 100, 100);
  cairo_fill (cr);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  pdf_scan = open_scan (pdf);
  assert_rotations (pdf_scan);
  png_scan = open_scan (png);
  assert_rotations (png_scan);
  cairo_surface_destroy (image);
}

/* A page turned in the PDF itself (/Rotate, as viewers save it) is shown
 * turned, and turned further by the caller's rotation. */
static void
test_render_page_rotate (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (fixture->dir, "pojok.pdf", NULL);
  g_autofree char *turned = g_build_filename (fixture->dir, "pojok-diputar.pdf", NULL);
  const char *rotate[] = { "qpdf", "--rotate=+90", pdf, turned, NULL };
  g_autoptr(LayananScan) scan = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  double width, height;
  int pixel_width, pixel_height;

  surface = cairo_pdf_surface_create (pdf, LAYANAN_TEST_A4_WIDTH, LAYANAN_TEST_A4_HEIGHT);
  cr = cairo_create (surface);
  cairo_rectangle (cr, 0, 0, 100, 100);
  cairo_fill (cr);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  if (!have_program ("qpdf") || !layanan_test_run_tool (rotate))
    {
      g_test_skip ("qpdf is not installed");
      return;
    }

  scan = open_scan (turned);
  layanan_scan_get_page_size (scan, 0, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, LAYANAN_TEST_A4_HEIGHT, 0.01);
  g_assert_cmpfloat_with_epsilon (height, LAYANAN_TEST_A4_WIDTH, 0.01);

  surface = layanan_scan_render_page (scan, 0, 0.5, 0, NULL);
  pixel_width = cairo_image_surface_get_width (surface);
  pixel_height = cairo_image_surface_get_height (surface);
  g_assert_cmpint (pixel_width, >, pixel_height);
  g_assert_cmphex (pixel_at (surface, pixel_width - 10, 10), ==, 0x000000);
  g_assert_cmphex (pixel_at (surface, 10, 10), ==, 0xffffff);
  cairo_surface_destroy (surface);

  surface = layanan_scan_render_page (scan, 0, 0.5, 90, NULL);
  pixel_width = cairo_image_surface_get_width (surface);
  pixel_height = cairo_image_surface_get_height (surface);
  g_assert_cmpint (pixel_width, <, pixel_height);
  g_assert_cmphex (pixel_at (surface, pixel_width - 10, pixel_height - 10), ==, 0x000000);
  cairo_surface_destroy (surface);
}

typedef struct
{
  LayananScan *scan;
  GPtrArray   *checksums;   /* one per page, the single-threaded rendering */
} RenderCheck;

static char *
checksum_surface (cairo_surface_t *surface)
{
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, cairo_image_surface_get_data (surface),
                                      cairo_image_surface_get_stride (surface) *
                                      cairo_image_surface_get_height (surface));
}

static gpointer
render_all_thread (gpointer data)
{
  RenderCheck *check = data;

  for (int round = 0; round < 3; round++)
    for (guint page = 0; page < layanan_scan_get_n_pages (check->scan); page++)
      {
        g_autoptr(GError) error = NULL;
        cairo_surface_t *surface = layanan_scan_render_page (check->scan, page, 0.75, 0, &error);
        g_autofree char *checksum = NULL;

        g_assert_no_error (error);
        checksum = checksum_surface (surface);
        g_assert_cmpstr (checksum, ==, g_ptr_array_index (check->checksums, page));
        cairo_surface_destroy (surface);
      }

  return NULL;
}

static void
test_render_threads (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = make_text_pdf (fixture->dir, "surat.pdf");
  g_autoptr(LayananScan) scan = open_scan (path);
  g_autoptr(GPtrArray) checksums = g_ptr_array_new_with_free_func (g_free);
  RenderCheck check = { scan, checksums };
  GThread *threads[4];

  for (guint page = 0; page < layanan_scan_get_n_pages (scan); page++)
    {
      cairo_surface_t *surface = layanan_scan_render_page (scan, page, 0.75, 0, NULL);

      g_ptr_array_add (checksums, checksum_surface (surface));
      cairo_surface_destroy (surface);
    }
  g_assert_cmpstr (g_ptr_array_index (checksums, 0), !=, g_ptr_array_index (checksums, 1));

  /* Every thread gets the same pixels as one thread alone. */
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("render", render_all_thread, &check);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_thread_join (threads[i]);
}

static void
test_refused_files (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *good = make_text_pdf (fixture->dir, "surat.pdf");
  g_autofree char *good_bytes = NULL;
  g_autofree char *empty = g_build_filename (fixture->dir, "kosong.pdf", NULL);
  g_autofree char *text = g_build_filename (fixture->dir, "catatan.pdf", NULL);
  g_autofree char *truncated = g_build_filename (fixture->dir, "terpotong.pdf", NULL);
  g_autofree char *broken_png = g_build_filename (fixture->dir, "rusak.png", NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "hilang.pdf", NULL);
  g_autofree char *locked = g_build_filename (fixture->dir, "terkunci.pdf", NULL);
  const char *encrypt[] = { "qpdf", "--encrypt", "rahasia", "pemilik", "256", "--", good,
                            locked, NULL };
  gsize length;

  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  assert_refused (empty, LAYANAN_ERROR_INVALID_INPUT, "is empty");

  g_assert_true (g_file_set_contents (text, "Catatan rapat, bukan PDF.\n", -1, NULL));
  assert_refused (text, LAYANAN_ERROR_INVALID_INPUT, "neither a PDF file nor an image");

  g_assert_true (g_file_get_contents (good, &good_bytes, &length, NULL));
  g_assert_true (g_file_set_contents (truncated, good_bytes, length / 2, NULL));
  assert_refused (truncated, LAYANAN_ERROR_INVALID_INPUT, "incomplete");

  /* Complete in form, but nothing Poppler can read. */
  g_assert_true (g_file_set_contents (truncated, "%PDF-1.7\nnothing but noise\n%%EOF\n", -1,
                                      NULL));
  assert_refused (truncated, LAYANAN_ERROR_INVALID_INPUT, "damaged PDF");
  g_assert_true (g_file_set_contents (truncated, "%PDF-1.7\n1 0 obj << /Type /Catalog >>\n"
                                      "trailer << /Root 1 0 R >>\n%%EOF\n", -1, NULL));
  assert_refused (truncated, LAYANAN_ERROR_INVALID_INPUT, "without pages");

  g_assert_true (g_file_set_contents (broken_png, "\x89PNG\r\n\x1a\n this is not a picture",
                                      -1, NULL));
  assert_refused (broken_png, LAYANAN_ERROR_INVALID_INPUT, "damaged image");

  assert_refused (missing, LAYANAN_ERROR_NOT_FOUND, "does not exist");

  if (!have_program ("qpdf") || !layanan_test_run_tool (encrypt))
    {
      g_test_skip ("qpdf is not installed");
      return;
    }
  assert_refused (locked, LAYANAN_ERROR_INVALID_INPUT, "password");
}

/* OCR */

static void
test_ocr_indonesian (Fixture       *fixture,
                     gconstpointer  data)
{
  /* The top of a page is enough. */
  cairo_surface_t *image = layanan_test_draw_page (LAYANAN_TEST_A4_WIDTH, 220, 200, 18,
                                                   ocr_letter);
  g_autofree char *png = layanan_test_write_png (fixture->dir, "surat.png", image);
  g_autoptr(LayananScan) scan = open_scan (png);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *page;
  g_autofree char *text = NULL;

  cairo_surface_destroy (image);
  page = layanan_scan_render_page (scan, 0, LAYANAN_OCR_DPI / 72.0, 0, &error);
  g_assert_no_error (error);
  text = layanan_ocr_recognize (page, LAYANAN_OCR_LANGUAGES, NULL, &error);
  cairo_surface_destroy (page);
  g_assert_no_error (error);

  g_test_message ("OCR: %s", text);
  g_assert_nonnull (strstr (text, "Pontianak"));
  g_assert_nonnull (strstr (text, "Kesejahteraan"));
  g_assert_nonnull (strstr (text, "permohonan"));
}

static gpointer
cancel_later_thread (gpointer data)
{
  g_usleep (G_USEC_PER_SEC / 10);
  g_cancellable_cancel (data);
  return NULL;
}

static void
test_ocr_cancelled (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GString) long_letter = g_string_new (NULL);
  cairo_surface_t *page = NULL;
  g_autoptr(GCancellable) cancelled = g_cancellable_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GThread *canceller;
  gint64 start;

  g_cancellable_cancel (cancelled);
  for (int i = 0; i < 30; i++)
    g_string_append_printf (long_letter, "%d. %s\n", i, "Dengan hormat, kami mengajukan "
                            "permohonan bantuan hibah.");
  page = layanan_test_draw_page (LAYANAN_TEST_A4_WIDTH, LAYANAN_TEST_A4_HEIGHT, 300, 12,
                                 long_letter->str);

  text = layanan_ocr_recognize (page, LAYANAN_OCR_LANGUAGES, cancelled, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (text);
  g_clear_error (&error);

  /* Cancelled while Tesseract is busy with the page (30 lines take
   * seconds, the cancel comes after a tenth of one). */
  canceller = g_thread_new ("cancel", cancel_later_thread, cancellable);
  start = g_get_monotonic_time ();
  text = layanan_ocr_recognize (page, LAYANAN_OCR_LANGUAGES, cancellable, &error);
  g_test_message ("Cancelled OCR returned after %.2f s",
                  (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);
  g_thread_join (canceller);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (text);
  cairo_surface_destroy (page);
}

static void
test_ocr_missing_language (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *tessdata = g_build_filename (fixture->dir, "tessdata", NULL);
  cairo_surface_t *page = layanan_test_draw_page (200, 100, 300, 12, "Surat");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  /* A language nobody installed, where Tesseract looks by default. */
  g_unsetenv ("TESSDATA_PREFIX");
  g_assert_false (layanan_ocr_check_languages ("ind+xyz", &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==,
                   "xyz OCR data (xyz.traineddata) is not installed; install tesseract-ocr-xyz");
  g_clear_error (&error);

  /* TESSDATA_PREFIX is where Tesseract looks when it is set. */
  g_assert_cmpint (g_mkdir (tessdata, 0700), ==, 0);
  g_setenv ("TESSDATA_PREFIX", tessdata, TRUE);
  g_assert_false (layanan_ocr_check_languages (LAYANAN_OCR_LANGUAGES, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND);
  g_assert_true (g_str_has_prefix (error->message,
                                   "Indonesian OCR data (ind.traineddata) is not installed"));
  g_assert_nonnull (strstr (error->message, tessdata));
  g_assert_nonnull (strstr (error->message, "install tesseract-ocr-ind"));
  g_clear_error (&error);

  text = layanan_ocr_recognize (page, LAYANAN_OCR_LANGUAGES, NULL, &error);
  g_unsetenv ("TESSDATA_PREFIX");
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND);
  g_assert_null (text);
  g_assert_true (g_str_has_prefix (error->message, "Indonesian OCR data"));
  cairo_surface_destroy (page);

  /* Back to the installed data. */
  g_assert_true (layanan_ocr_check_languages (LAYANAN_OCR_LANGUAGES, NULL));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/capture/scan/pdf-text-layer", test_pdf_text_layer);
  ADD ("/capture/scan/pdf-image-page", test_pdf_image_page);
  ADD ("/capture/scan/png-by-content", test_png_by_content);
  ADD ("/capture/scan/jpeg-and-tiff", test_jpeg_and_tiff);
  ADD ("/capture/scan/render-rotation", test_render_rotation);
  ADD ("/capture/scan/render-page-rotate", test_render_page_rotate);
  ADD ("/capture/scan/render-threads", test_render_threads);
  ADD ("/capture/scan/refused-files", test_refused_files);
  ADD ("/capture/ocr/indonesian", test_ocr_indonesian);
  ADD ("/capture/ocr/cancelled", test_ocr_cancelled);
  ADD ("/capture/ocr/missing-language", test_ocr_missing_language);

#undef ADD

  status = g_test_run ();
  layanan_test_free_font_caches ();
  return status;
}
