/* layanan-test-scans.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <dlfcn.h>

#include "layanan-test-scans.h"

static void
show_lines (cairo_t    *cr,
            const char *text,
            double      font_size)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  cairo_select_font_face (cr, "DejaVu Serif", CAIRO_FONT_SLANT_NORMAL,
                          CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (cr, font_size);
  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      cairo_move_to (cr, 56, 56 + font_size * 1.6 * (i + 1));
      cairo_show_text (cr, lines[i]);
    }
}

/* A scanned page as a scanner delivers it: @text in black on white, in
 * pixels at @dpi; the surface's fallback resolution says the dpi. */
cairo_surface_t *
layanan_test_draw_page (double      width_pt,
                        double      height_pt,
                        double      dpi,
                        double      font_size,
                        const char *text)
{
  double scale = dpi / 72.0;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24,
                                                         (int) (width_pt * scale),
                                                         (int) (height_pt * scale));
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  show_lines (cr, text, font_size);
  cairo_destroy (cr);
  cairo_surface_set_fallback_resolution (surface, dpi, dpi);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);

  return surface;
}

char *
layanan_test_write_png (const char      *dir,
                        const char      *name,
                        cairo_surface_t *image)
{
  char *path = g_build_filename (dir, name, NULL);

  g_assert_cmpint (cairo_surface_write_to_png (image, path), ==, CAIRO_STATUS_SUCCESS);
  return path;
}

/* Pages of @width_pt × @height_pt; an image fills its page whatever its
 * pixel size, as a scanner's PDF does. */
char *
layanan_test_make_pdf (const char            *dir,
                       const char            *name,
                       double                 width_pt,
                       double                 height_pt,
                       const LayananTestPage *pages,
                       guint                  n_pages)
{
  char *path = g_build_filename (dir, name, NULL);
  cairo_surface_t *surface = cairo_pdf_surface_create (path, width_pt, height_pt);
  cairo_t *cr = cairo_create (surface);

  for (guint i = 0; i < n_pages; i++)
    {
      if (pages[i].image != NULL)
        {
          cairo_surface_t *image = pages[i].image;

          cairo_save (cr);
          cairo_scale (cr, width_pt / cairo_image_surface_get_width (image),
                       height_pt / cairo_image_surface_get_height (image));
          cairo_set_source_surface (cr, image, 0, 0);
          cairo_paint (cr);
          cairo_restore (cr);
        }
      if (pages[i].text != NULL)
        show_lines (cr, pages[i].text, 12);
      cairo_show_page (cr);
    }

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  return path;
}

/* Runs a command-line tool (convert, qpdf) and says whether it worked. */
gboolean
layanan_test_run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                     NULL, NULL, NULL, &err, &status, &error))
    {
      g_test_message ("%s: %s", argv[0], error->message);
      return FALSE;
    }
  if (!g_spawn_check_wait_status (status, &error))
    {
      g_test_message ("%s: %s\n%s", argv[0], error->message, err);
      return FALSE;
    }

  return TRUE;
}

/* Cairo's and fontconfig's caches live until the process ends; the leak
 * checker of a sanitized build counts them as leaks unless they are given
 * back. Fontconfig comes with cairo and is looked up, not linked. */
void
layanan_test_free_font_caches (void)
{
  void (*fc_fini) (void) = (void (*) (void)) dlsym (RTLD_DEFAULT, "FcFini");

  cairo_debug_reset_static_data ();
  if (fc_fini != NULL)
    fc_fini ();
}
