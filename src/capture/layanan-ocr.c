/* layanan-ocr.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-ocr"

#include "config.h"

#include "layanan-ocr.h"

#include <dlfcn.h>
#include <math.h>

#include <glib/gi18n.h>
#include <tesseract/capi.h>

#include "layanan-error.h"

/* Loading a language model takes about a quarter of a second, a third of
 * the time a page takes; each thread keeps its Tesseract for the next page
 * and frees it when the thread ends. */
typedef struct
{
  TessBaseAPI *api;
  char        *languages;
  char        *tessdata_prefix;   /* TESSDATA_PREFIX when it was loaded */
} Engine;

static void
engine_free (Engine *engine)
{
  if (engine == NULL)
    return;

  TessBaseAPIDelete (engine->api);
  g_free (engine->languages);
  g_free (engine->tessdata_prefix);
  g_free (engine);
}

static GPrivate thread_engine = G_PRIVATE_INIT ((GDestroyNotify) engine_free);

/* Languages found loadable, by TESSDATA_PREFIX and code, so that each
 * intake does not load every model once more only to check it. */
static GMutex checked_lock;
static GHashTable *checked_languages;

static const struct
{
  const char *code;
  const char *name;
} language_names[] = {
  /* Translators: a language, in "%s OCR data (ind.traineddata) is not installed" */
  { "ind", N_("Indonesian") },
  /* Translators: a language, in "%s OCR data (eng.traineddata) is not installed" */
  { "eng", N_("English") },
};

static const char *
language_name (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (language_names); i++)
    if (g_str_equal (language_names[i].code, code))
      return _(language_names[i].name);

  return code;
}

/* Tesseract prints its complaints (a missing model, an odd page) to
 * stderr; they reach the user as GErrors instead. */
static TessBaseAPI *
create_api (void)
{
  TessBaseAPI *api = TessBaseAPICreate ();

  TessBaseAPISetVariable (api, "debug_file", "/dev/null");
  return api;
}

static gboolean
language_loads (const char *code)
{
  g_autofree char *key = g_strconcat (g_getenv ("TESSDATA_PREFIX") ?: "", "\n", code, NULL);
  TessBaseAPI *api;
  gboolean loads;

  g_mutex_lock (&checked_lock);
  loads = checked_languages != NULL && g_hash_table_contains (checked_languages, key);
  g_mutex_unlock (&checked_lock);
  if (loads)
    return TRUE;

  api = create_api ();
  loads = TessBaseAPIInit3 (api, NULL, code) == 0;
  TessBaseAPIDelete (api);

  if (loads)
    {
      g_mutex_lock (&checked_lock);
      if (checked_languages == NULL)
        checked_languages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_hash_table_add (checked_languages, g_steal_pointer (&key));
      g_mutex_unlock (&checked_lock);
    }

  return loads;
}

static void
set_missing_language_error (const char  *code,
                            GError     **error)
{
  const char *tessdata_prefix = g_getenv ("TESSDATA_PREFIX");
  g_autofree char *package = g_strconcat ("tesseract-ocr-", code, NULL);

  if (tessdata_prefix != NULL)
    g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND,
                 /* Translators: the first %s is a language ("Indonesian"), the
                  * second its code ("ind"), the third a folder, the last a
                  * package ("tesseract-ocr-ind"); keep TESSDATA_PREFIX as is */
                 _("%s OCR data (%s.traineddata) is not installed in %s (TESSDATA_PREFIX); "
                   "install %s or correct TESSDATA_PREFIX"),
                 language_name (code), code, tessdata_prefix, package);
  else
    g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND,
                 /* Translators: the first %s is a language ("Indonesian"), the
                  * second its code ("ind"), the last a package ("tesseract-ocr-ind") */
                 _("%s OCR data (%s.traineddata) is not installed; install %s"),
                 language_name (code), code, package);
}

/**
 * layanan_ocr_check_languages:
 * @languages: Tesseract language codes joined by "+", e.g. "ind+eng"
 *
 * Checks that Tesseract can load every language, from TESSDATA_PREFIX
 * when it is set, otherwise from where Tesseract was installed to look.
 *
 * Returns: %TRUE, or %FALSE with %LAYANAN_ERROR_NOT_FOUND naming the first
 *   missing language, its file and the package that has it
 */
gboolean
layanan_ocr_check_languages (const char  *languages,
                             GError     **error)
{
  g_auto(GStrv) codes = NULL;

  g_return_val_if_fail (languages != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  codes = g_strsplit (languages, "+", -1);
  for (guint i = 0; codes[i] != NULL; i++)
    {
      if (codes[i][0] == '\0' || language_loads (codes[i]))
        continue;

      set_missing_language_error (codes[i], error);
      return FALSE;
    }

  return TRUE;
}

static Engine *
thread_engine_for (const char  *languages,
                   GError     **error)
{
  Engine *engine = g_private_get (&thread_engine);
  const char *tessdata_prefix = g_getenv ("TESSDATA_PREFIX");

  if (engine != NULL && g_str_equal (engine->languages, languages) &&
      g_strcmp0 (engine->tessdata_prefix, tessdata_prefix) == 0)
    return engine;

  /* Replacing the value runs engine_free() on the old one. */
  g_private_replace (&thread_engine, NULL);

  if (!layanan_ocr_check_languages (languages, error))
    return NULL;

  engine = g_new0 (Engine, 1);
  engine->api = create_api ();
  engine->languages = g_strdup (languages);
  engine->tessdata_prefix = g_strdup (tessdata_prefix);
  if (TessBaseAPIInit3 (engine->api, NULL, languages) != 0)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_FAILED,
                   _("Text recognition could not start with the languages “%s”"), languages);
      engine_free (engine);
      return NULL;
    }

  g_private_set (&thread_engine, engine);
  return engine;
}

/* Tesseract's LSTM asks OpenMP for as many threads as there are cores for
 * each line; with pages already run in parallel, one per core, the threads
 * only fight (a page takes several times longer on two cores). The usual
 * cure, OMP_THREAD_LIMIT=1, must be in the environment before the process
 * starts. Setting max-active-levels to 0 makes every parallel region
 * started from this thread run on it alone; it is per thread in libgomp
 * and measured as fast as OMP_THREAD_LIMIT=1. Looked up at run time: a
 * Tesseract built without OpenMP has nothing to limit. */
static void
limit_openmp_to_this_thread (void)
{
  static void (*set_max_active_levels) (int);
  static gsize looked_up;

  if (g_once_init_enter (&looked_up))
    {
      set_max_active_levels = (void (*) (int)) dlsym (RTLD_DEFAULT, "omp_set_max_active_levels");
      g_once_init_leave (&looked_up, 1);
    }

  if (set_max_active_levels != NULL)
    set_max_active_levels (0);
}

/* Tesseract reads 8-bit grey directly; a 4-byte pixel would be read in
 * the wrong byte order on little-endian machines. Transparent pixels are
 * white paper. */
static guint8 *
grey_pixels (cairo_surface_t *surface,
             int             *width,
             int             *height)
{
  cairo_format_t format = cairo_image_surface_get_format (surface);
  const guint8 *data;
  int stride;
  guint8 *grey;

  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  *width = cairo_image_surface_get_width (surface);
  *height = cairo_image_surface_get_height (surface);
  grey = g_malloc ((gsize) *width * *height);

  for (int y = 0; y < *height; y++)
    {
      const guint32 *row = (const guint32 *) (data + (gsize) y * stride);
      guint8 *out = grey + (gsize) y * *width;

      for (int x = 0; x < *width; x++)
        {
          guint32 pixel = row[x];
          guint paper = format == CAIRO_FORMAT_ARGB32 ? 255 - (pixel >> 24) : 0;
          guint luma = (((pixel >> 16) & 0xff) * 299 + ((pixel >> 8) & 0xff) * 587 +
                        (pixel & 0xff) * 114) / 1000;

          out[x] = MIN (luma + paper, 255);
        }
    }

  return grey;
}

static bool
cancel_cb (void *cancel_this,
           int   words)
{
  return g_cancellable_is_cancelled (cancel_this);
}

/**
 * layanan_ocr_recognize:
 * @page_image: an ARGB32 or RGB24 image surface of one page
 * @languages: Tesseract language codes joined by "+", e.g. "ind+eng"
 *
 * Reads the text on the page. Tesseract is told the surface's fallback
 * resolution as the page's dpi; layanan_scan_render_page() sets it.
 * Cancelling stops between words, not only between pages. Uses one
 * thread: run pages in parallel on several threads instead.
 *
 * Returns: (transfer full): the text, or %NULL with an error
 *   (%G_IO_ERROR_CANCELLED when cancelled)
 */
char *
layanan_ocr_recognize (cairo_surface_t  *page_image,
                       const char       *languages,
                       GCancellable     *cancellable,
                       GError          **error)
{
  g_autofree guint8 *grey = NULL;
  ETEXT_DESC *monitor;
  Engine *engine;
  double x_dpi, y_dpi;
  int width, height;
  int status;
  char *tess_text;
  char *text;

  g_return_val_if_fail (page_image != NULL, NULL);
  g_return_val_if_fail (cairo_surface_get_type (page_image) == CAIRO_SURFACE_TYPE_IMAGE, NULL);
  g_return_val_if_fail (cairo_image_surface_get_format (page_image) == CAIRO_FORMAT_ARGB32 ||
                        cairo_image_surface_get_format (page_image) == CAIRO_FORMAT_RGB24, NULL);
  g_return_val_if_fail (languages != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  engine = thread_engine_for (languages, error);
  if (engine == NULL)
    return NULL;

  limit_openmp_to_this_thread ();
  grey = grey_pixels (page_image, &width, &height);
  cairo_surface_get_fallback_resolution (page_image, &x_dpi, &y_dpi);
  TessBaseAPISetImage (engine->api, grey, width, height, 1, width);
  TessBaseAPISetSourceResolution (engine->api, (int) round (x_dpi));

  monitor = TessMonitorCreate ();
  TessMonitorSetCancelFunc (monitor, cancel_cb);
  TessMonitorSetCancelThis (monitor, cancellable);
  status = TessBaseAPIRecognize (engine->api, monitor);
  TessMonitorDelete (monitor);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      TessBaseAPIClear (engine->api);
      return NULL;
    }
  if (status != 0)
    {
      TessBaseAPIClear (engine->api);
      g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_FAILED,
                           _("Text recognition failed on this page"));
      return NULL;
    }

  tess_text = TessBaseAPIGetUTF8Text (engine->api);
  text = g_strdup (tess_text != NULL ? tess_text : "");
  TessDeleteText (tess_text);
  TessBaseAPIClear (engine->api);

  return text;
}
