/* layanan-scan.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-scan"

#include "config.h"

#include "layanan-scan.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>
#include <leptonica/allheaders.h>
#include <poppler.h>

#include "layanan-error.h"

/* A page surface larger than this (about A3 at 600 dpi) is refused rather
 * than allocated: a scan whose header claims a tiny resolution would
 * otherwise ask for gigabytes. */
#define MAX_SURFACE_SIDE   16384
#define MAX_SURFACE_PIXELS (100 * 1000 * 1000)

/* A resolution below this is a placeholder in the file, not a scan's. */
#define MIN_PLAUSIBLE_DPI 50

/* A TIFF with more pages than this is not a letter; stop reading. */
#define MAX_TIFF_PAGES 5000

typedef enum
{
  SCAN_KIND_PDF,
  SCAN_KIND_PNG,
  SCAN_KIND_JPEG,
  SCAN_KIND_TIFF,
} ScanKind;

typedef struct
{
  double width_pt;
  double height_pt;
} PageSize;

typedef struct
{
  gsize  tiff_offset;     /* where the page's directory starts, for TIFF */
  double x_dpi;
  double y_dpi;
} ImagePage;

struct _LayananScan
{
  GObject    parent_instance;

  /* Owned */
  char      *path;
  char      *file_name;
  GBytes    *contents;
  char      *sha256;
  ScanKind   kind;
  GArray    *page_sizes;      /* PageSize, one per page */
  GArray    *image_pages;     /* ImagePage, one per page; images only */

  /* A PopplerDocument must not be used by two threads at once. Rather
   * than serialize every render behind one lock, each thread borrows an
   * idle document (all share the bytes) and gives it back, so renders in
   * parallel and the pool only grows to the number of concurrent callers. */
  GMutex     documents_lock;
  GPtrArray *idle_documents;  /* PopplerDocument */
};

G_DEFINE_FINAL_TYPE (LayananScan, layanan_scan, G_TYPE_OBJECT)

static const char * const mime_types[] = {
  [SCAN_KIND_PDF] = "application/pdf",
  [SCAN_KIND_PNG] = "image/png",
  [SCAN_KIND_JPEG] = "image/jpeg",
  [SCAN_KIND_TIFF] = "image/tiff",
};

static gboolean
contains (const guint8 *data,
          gsize         length,
          const char   *needle,
          gsize         needle_length)
{
  for (gsize i = 0; i + needle_length <= length; i++)
    if (data[i] == (guint8) needle[0] && memcmp (data + i, needle, needle_length) == 0)
      return TRUE;

  return FALSE;
}

static gboolean
has_prefix (const guint8 *data,
            gsize         length,
            const char   *magic,
            gsize         magic_length)
{
  return length >= magic_length && memcmp (data, magic, magic_length) == 0;
}

/* By content, never by the name: people rename files, and scanners save
 * TIFFs as .pdf. PDF allows junk before the header within 1024 bytes. */
static gboolean
detect_kind (GBytes   *contents,
             ScanKind *kind)
{
  gsize length;
  const guint8 *data = g_bytes_get_data (contents, &length);

  if (contains (data, MIN (length, 1024), "%PDF-", 5))
    *kind = SCAN_KIND_PDF;
  else if (has_prefix (data, length, "\x89PNG\r\n\x1a\n", 8))
    *kind = SCAN_KIND_PNG;
  else if (has_prefix (data, length, "\xff\xd8\xff", 3))
    *kind = SCAN_KIND_JPEG;
  else if (has_prefix (data, length, "II*\0", 4) || has_prefix (data, length, "MM\0*", 4))
    *kind = SCAN_KIND_TIFF;
  else
    return FALSE;

  return TRUE;
}

static void
add_page_size (LayananScan *self,
               double       width_pt,
               double       height_pt)
{
  PageSize size = { width_pt, height_pt };

  g_array_append_val (self->page_sizes, size);
}

/* PDF */

static PopplerDocument *
acquire_document (LayananScan  *self,
                  GError      **error)
{
  PopplerDocument *document = NULL;

  g_mutex_lock (&self->documents_lock);
  if (self->idle_documents->len > 0)
    document = g_ptr_array_steal_index_fast (self->idle_documents,
                                             self->idle_documents->len - 1);
  g_mutex_unlock (&self->documents_lock);

  if (document == NULL)
    document = poppler_document_new_from_bytes (self->contents, NULL, error);

  return document;
}

static void
release_document (LayananScan     *self,
                  PopplerDocument *document)
{
  g_mutex_lock (&self->documents_lock);
  g_ptr_array_add (self->idle_documents, document);
  g_mutex_unlock (&self->documents_lock);
}

/* Poppler rebuilds a cut-off file from what is left and shows the pages
 * it finds, so a truncated download or copy would pass as a shorter
 * letter; a complete PDF ends with %%EOF in its last kilobyte. */
static gboolean
pdf_is_complete (GBytes *contents)
{
  gsize length;
  const guint8 *data = g_bytes_get_data (contents, &length);
  gsize tail = MIN (length, 1024);

  return contains (data + length - tail, tail, "%%EOF", 5);
}

static gboolean
load_pdf (LayananScan  *self,
          GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  PopplerDocument *document;
  int n_pages;

  if (!pdf_is_complete (self->contents))
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("“%s” is an incomplete PDF file (its end is missing); copy or scan "
                     "it again"), self->file_name);
      return FALSE;
    }

  document = poppler_document_new_from_bytes (self->contents, NULL, &local_error);
  if (document == NULL)
    {
      if (g_error_matches (local_error, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
        g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                     _("“%s” is password-protected; save it without a password and add "
                       "it again"), self->file_name);
      else
        g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                     _("“%s” is a damaged PDF file: %s"), self->file_name,
                     local_error->message);
      return FALSE;
    }

  n_pages = poppler_document_get_n_pages (document);
  for (int i = 0; i < n_pages; i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      double width_pt, height_pt;

      if (page == NULL)
        {
          g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                       _("Page %d of “%s” is damaged"), i + 1, self->file_name);
          g_object_unref (document);
          return FALSE;
        }
      poppler_page_get_size (page, &width_pt, &height_pt);
      add_page_size (self, width_pt, height_pt);
      g_object_unref (page);
    }

  release_document (self, document);

  if (n_pages == 0)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("“%s” is a PDF file without pages"), self->file_name);
      return FALSE;
    }

  return TRUE;
}

static gboolean
render_pdf_page (LayananScan  *self,
                 guint         page_index,
                 cairo_t      *cr,
                 GError      **error)
{
  PopplerDocument *document = acquire_document (self, error);
  PopplerPage *page;

  if (document == NULL)
    return FALSE;

  page = poppler_document_get_page (document, page_index);
  if (page != NULL)
    {
      poppler_page_render (page, cr);
      g_object_unref (page);
    }
  release_document (self, document);

  if (page == NULL)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("Page %u of “%s” is damaged"), page_index + 1, self->file_name);
      return FALSE;
    }

  return TRUE;
}

/* Images (leptonica decodes PNG, JPEG and every TIFF compression scanners use) */

static PIX *
read_image_page (LayananScan *self,
                 gsize        tiff_offset)
{
  gsize length;
  const guint8 *data = g_bytes_get_data (self->contents, &length);

  if (self->kind == SCAN_KIND_TIFF)
    return pixReadMemFromMultipageTiff (data, length, &tiff_offset);

  return pixReadMem (data, length);
}

static double
plausible_dpi (l_int32 dpi)
{
  return dpi >= MIN_PLAUSIBLE_DPI ? dpi : LAYANAN_SCAN_DEFAULT_DPI;
}

static void
add_image_page (LayananScan *self,
                PIX         *pix,
                gsize        tiff_offset)
{
  ImagePage image_page = {
    .tiff_offset = tiff_offset,
    .x_dpi = plausible_dpi (pixGetXRes (pix)),
    .y_dpi = plausible_dpi (pixGetYRes (pix)),
  };

  g_array_append_val (self->image_pages, image_page);
  add_page_size (self,
                 pixGetWidth (pix) * 72.0 / image_page.x_dpi,
                 pixGetHeight (pix) * 72.0 / image_page.y_dpi);
}

/* Every page is decoded once here, so a damaged page is refused when the
 * file is added and not later when someone looks at it. */
static gboolean
load_image (LayananScan  *self,
            GError      **error)
{
  gsize next_offset = 0;

  do
    {
      gsize offset = next_offset;
      PIX *pix;

      if (self->kind == SCAN_KIND_TIFF)
        {
          gsize length;
          const guint8 *data = g_bytes_get_data (self->contents, &length);

          pix = pixReadMemFromMultipageTiff (data, length, &next_offset);
        }
      else
        {
          pix = read_image_page (self, 0);
        }

      if (pix == NULL && self->image_pages->len == 0)
        {
          g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                       _("“%s” is a damaged image that cannot be read"), self->file_name);
          return FALSE;
        }
      if (pix == NULL)
        {
          g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                       _("Page %u of “%s” is damaged"), self->image_pages->len + 1,
                       self->file_name);
          return FALSE;
        }

      add_image_page (self, pix, offset);
      pixDestroy (&pix);
    }
  while (next_offset != 0 && self->image_pages->len < MAX_TIFF_PAGES);

  return TRUE;
}

/* Leptonica keeps RGB in the high three bytes of each 32-bit word; cairo's
 * RGB24 wants them in the low three. Transparency is laid over white, as
 * on paper. */
static cairo_surface_t *
surface_from_pix (PIX *pix)
{
  PIX *rgb = pixConvertTo32 (pix);
  cairo_surface_t *surface;
  int width, height, stride;
  guint8 *data;

  if (rgb != NULL && pixGetSpp (rgb) == 4)
    {
      PIX *opaque = pixAlphaBlendUniform (rgb, 0xffffff00);

      pixDestroy (&rgb);
      rgb = opaque;
    }
  if (rgb == NULL)
    return NULL;

  width = pixGetWidth (rgb);
  height = pixGetHeight (rgb);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      pixDestroy (&rgb);
      cairo_surface_destroy (surface);
      return NULL;
    }

  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < height; y++)
    {
      const l_uint32 *line = pixGetData (rgb) + (gsize) y * pixGetWpl (rgb);
      guint32 *row = (guint32 *) (data + (gsize) y * stride);

      for (int x = 0; x < width; x++)
        row[x] = line[x] >> 8;
    }
  cairo_surface_mark_dirty (surface);
  pixDestroy (&rgb);

  return surface;
}

static gboolean
render_image_page (LayananScan  *self,
                   guint         page_index,
                   cairo_t      *cr,
                   GError      **error)
{
  const ImagePage *image_page = &g_array_index (self->image_pages, ImagePage, page_index);
  PIX *pix = read_image_page (self, image_page->tiff_offset);
  cairo_surface_t *image = pix != NULL ? surface_from_pix (pix) : NULL;

  pixDestroy (&pix);
  if (image == NULL)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("Page %u of “%s” is damaged"), page_index + 1, self->file_name);
      return FALSE;
    }

  /* The page is measured in points; the image's pixels are 1/dpi inch. */
  cairo_scale (cr, 72.0 / image_page->x_dpi, 72.0 / image_page->y_dpi);
  cairo_set_source_surface (cr, image, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_GOOD);
  cairo_paint (cr);
  cairo_surface_destroy (image);

  return TRUE;
}

/* Rendering */

static int
normalize_rotation (int rotation)
{
  return ((rotation % 360) + 360) % 360;
}

/* Turns the page clockwise about its top left corner and moves it back
 * into the surface, so callers draw in unrotated page coordinates. */
static void
rotate_context (cairo_t *cr,
                int      rotation,
                int      surface_width,
                int      surface_height)
{
  switch (rotation)
    {
    case 90:
      cairo_translate (cr, surface_width, 0);
      break;
    case 180:
      cairo_translate (cr, surface_width, surface_height);
      break;
    case 270:
      cairo_translate (cr, 0, surface_height);
      break;
    default:
      return;
    }
  cairo_rotate (cr, rotation * G_PI / 180.0);
}

static cairo_surface_t *
create_white_surface (LayananScan  *self,
                      guint         page,
                      int           width,
                      int           height,
                      GError      **error)
{
  cairo_surface_t *surface;
  cairo_t *cr;

  if (width > MAX_SURFACE_SIDE || height > MAX_SURFACE_SIDE ||
      (gint64) width * height > MAX_SURFACE_PIXELS)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("Page %u of “%s” is too large to show at this size (%d × %d pixels)"),
                   page + 1, self->file_name, width, height);
      return NULL;
    }

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_FAILED,
                   _("Not enough memory to show page %u of “%s”"), page + 1, self->file_name);
      cairo_surface_destroy (surface);
      return NULL;
    }

  /* Poppler paints only what the page draws; paper is white. */
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_destroy (cr);

  return surface;
}

/* GObject */

static void
layanan_scan_finalize (GObject *object)
{
  LayananScan *self = LAYANAN_SCAN (object);

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->file_name, g_free);
  g_clear_pointer (&self->contents, g_bytes_unref);
  g_clear_pointer (&self->sha256, g_free);
  g_clear_pointer (&self->page_sizes, g_array_unref);
  g_clear_pointer (&self->image_pages, g_array_unref);
  g_clear_pointer (&self->idle_documents, g_ptr_array_unref);
  g_mutex_clear (&self->documents_lock);

  G_OBJECT_CLASS (layanan_scan_parent_class)->finalize (object);
}

static void
layanan_scan_class_init (LayananScanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = layanan_scan_finalize;

  /* Leptonica prints every failure to stderr; they reach the user as
   * GErrors instead. */
  setMsgSeverity (L_SEVERITY_NONE);
}

static void
layanan_scan_init (LayananScan *self)
{
  g_mutex_init (&self->documents_lock);
  self->idle_documents = g_ptr_array_new_with_free_func (g_object_unref);
  self->page_sizes = g_array_new (FALSE, FALSE, sizeof (PageSize));
  self->image_pages = g_array_new (FALSE, FALSE, sizeof (ImagePage));
}

/* Public API */

static GBytes *
read_file (const char  *path,
           const char  *file_name,
           GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  char *data = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &data, &length, &local_error))
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND,
                     _("The file “%s” does not exist"), file_name);
      else
        g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                     _("Cannot read “%s”: %s"), file_name, local_error->message);
      return NULL;
    }

  if (length == 0)
    {
      g_free (data);
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("“%s” is empty"), file_name);
      return NULL;
    }

  return g_bytes_new_take (data, length);
}

/**
 * layanan_scan_new_from_file:
 * @path: a PDF, PNG, JPEG or TIFF file, relative or absolute
 *
 * Reads the whole file and checks every page, so that a damaged, empty,
 * password-protected or unknown file is refused now with
 * %LAYANAN_ERROR_INVALID_INPUT (%LAYANAN_ERROR_NOT_FOUND when it is
 * missing), the message naming the file.
 *
 * Returns: (transfer full): the scan, or %NULL
 */
LayananScan *
layanan_scan_new_from_file (const char  *path,
                            GError     **error)
{
  g_autofree char *absolute = NULL;
  g_autofree char *file_name = NULL;
  g_autoptr(GBytes) contents = NULL;
  LayananScan *self;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  absolute = g_canonicalize_filename (path, NULL);
  file_name = g_filename_display_basename (absolute);
  contents = read_file (absolute, file_name, error);
  if (contents == NULL)
    return NULL;

  self = layanan_scan_new_from_bytes (contents, file_name, error);
  if (self != NULL)
    self->path = g_steal_pointer (&absolute);
  return self;
}

/**
 * layanan_scan_new_from_bytes:
 * @contents: the bytes of a PDF, PNG, JPEG or TIFF file
 * @file_name: the name to show in messages
 *
 * As layanan_scan_new_from_file(), for a scan already in memory (one the
 * register stored); its path is %NULL.
 *
 * Returns: (transfer full): the scan, or %NULL
 */
LayananScan *
layanan_scan_new_from_bytes (GBytes      *contents,
                             const char  *file_name,
                             GError     **error)
{
  g_autoptr(LayananScan) self = NULL;
  gboolean loaded;

  g_return_val_if_fail (contents != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (LAYANAN_TYPE_SCAN, NULL);
  self->file_name = g_strdup (file_name);
  self->contents = g_bytes_ref (contents);

  if (g_bytes_get_size (contents) == 0)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("“%s” is empty"), self->file_name);
      return NULL;
    }

  if (!detect_kind (self->contents, &self->kind))
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("“%s” is neither a PDF file nor an image (PNG, JPEG or TIFF)"),
                   self->file_name);
      return NULL;
    }

  loaded = self->kind == SCAN_KIND_PDF ? load_pdf (self, error) : load_image (self, error);
  if (!loaded)
    return NULL;

  self->sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, self->contents);

  return g_steal_pointer (&self);
}

/* The absolute path of the file. */
const char *
layanan_scan_get_path (LayananScan *self)
{
  g_return_val_if_fail (LAYANAN_IS_SCAN (self), NULL);

  return self->path;
}

/* The file's base name, in UTF-8 for messages and display. */
const char *
layanan_scan_get_file_name (LayananScan *self)
{
  g_return_val_if_fail (LAYANAN_IS_SCAN (self), NULL);

  return self->file_name;
}

const char *
layanan_scan_get_mime_type (LayananScan *self)
{
  g_return_val_if_fail (LAYANAN_IS_SCAN (self), NULL);

  return mime_types[self->kind];
}

/**
 * layanan_scan_get_contents:
 *
 * Returns: (transfer none): the bytes of the file as read
 */
GBytes *
layanan_scan_get_contents (LayananScan *self)
{
  g_return_val_if_fail (LAYANAN_IS_SCAN (self), NULL);

  return self->contents;
}

/* The SHA-256 of the file's bytes in lower-case hex. */
const char *
layanan_scan_get_sha256 (LayananScan *self)
{
  g_return_val_if_fail (LAYANAN_IS_SCAN (self), NULL);

  return self->sha256;
}

guint
layanan_scan_get_n_pages (LayananScan *self)
{
  g_return_val_if_fail (LAYANAN_IS_SCAN (self), 0);

  return self->page_sizes->len;
}

/**
 * layanan_scan_get_page_size:
 * @page: 0-based
 *
 * The page in points (1/72 inch) as it is meant to be seen (a PDF's own
 * page rotation applied); an image's pixels count at its resolution, or
 * %LAYANAN_SCAN_DEFAULT_DPI when the file does not say.
 */
void
layanan_scan_get_page_size (LayananScan *self,
                            guint        page,
                            double      *width_pt,
                            double      *height_pt)
{
  const PageSize *size;

  g_return_if_fail (LAYANAN_IS_SCAN (self));
  g_return_if_fail (page < self->page_sizes->len);

  size = &g_array_index (self->page_sizes, PageSize, page);
  if (width_pt != NULL)
    *width_pt = size->width_pt;
  if (height_pt != NULL)
    *height_pt = size->height_pt;
}

/**
 * layanan_scan_render_page:
 * @page: 0-based
 * @scale: pixels per point; 1.0 is 72 dpi, 300.0 / 72 is 300 dpi
 * @rotation: clockwise degrees, a multiple of 90
 *
 * Paints the page on white. Safe to call from several threads at once.
 * The surface's fallback resolution is set to the dpi it was rendered at,
 * which layanan_ocr_recognize() passes on to Tesseract.
 *
 * Returns: (transfer full): an RGB24 image surface, or %NULL when the page
 *   cannot be read or would be too large at @scale
 */
cairo_surface_t *
layanan_scan_render_page (LayananScan  *self,
                          guint         page,
                          double        scale,
                          int           rotation,
                          GError      **error)
{
  const PageSize *size;
  cairo_surface_t *surface;
  cairo_t *cr;
  int width, height;
  gboolean rendered;

  g_return_val_if_fail (LAYANAN_IS_SCAN (self), NULL);
  g_return_val_if_fail (page < self->page_sizes->len, NULL);
  g_return_val_if_fail (scale > 0, NULL);
  g_return_val_if_fail (rotation % 90 == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  rotation = normalize_rotation (rotation);
  size = &g_array_index (self->page_sizes, PageSize, page);
  width = MAX (1, (int) ceil (size->width_pt * scale - 0.01));
  height = MAX (1, (int) ceil (size->height_pt * scale - 0.01));
  if (rotation == 90 || rotation == 270)
    {
      int unrotated_width = width;

      width = height;
      height = unrotated_width;
    }

  surface = create_white_surface (self, page, width, height, error);
  if (surface == NULL)
    return NULL;

  cr = cairo_create (surface);
  rotate_context (cr, rotation, width, height);
  cairo_scale (cr, scale, scale);
  if (self->kind == SCAN_KIND_PDF)
    rendered = render_pdf_page (self, page, cr, error);
  else
    rendered = render_image_page (self, page, cr, error);
  cairo_destroy (cr);

  if (!rendered)
    {
      cairo_surface_destroy (surface);
      return NULL;
    }

  cairo_surface_set_fallback_resolution (surface, 72.0 * scale, 72.0 * scale);
  return surface;
}

/**
 * layanan_scan_get_page_text:
 * @page: 0-based
 *
 * The text layer of a PDF page. Safe to call from several threads at once.
 *
 * Returns: (transfer full) (nullable): the text, or %NULL for an image or
 *   a page without text (a scanned page, which needs OCR)
 */
char *
layanan_scan_get_page_text (LayananScan *self,
                            guint        page)
{
  PopplerDocument *document;
  PopplerPage *poppler_page;
  g_autofree char *text = NULL;

  g_return_val_if_fail (LAYANAN_IS_SCAN (self), NULL);
  g_return_val_if_fail (page < self->page_sizes->len, NULL);

  if (self->kind != SCAN_KIND_PDF)
    return NULL;

  document = acquire_document (self, NULL);
  if (document == NULL)
    return NULL;

  poppler_page = poppler_document_get_page (document, page);
  if (poppler_page != NULL)
    text = poppler_page_get_text (poppler_page);
  g_clear_object (&poppler_page);
  release_document (self, document);

  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return g_steal_pointer (&text);

  return NULL;
}
