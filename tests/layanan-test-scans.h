/* layanan-test-scans.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* A4 in points. */
#define LAYANAN_TEST_A4_WIDTH  595.0
#define LAYANAN_TEST_A4_HEIGHT 842.0

/* One page of a test PDF: text lines (a real text layer) or a picture of
 * a page (a scan, no text layer). */
typedef struct
{
  const char      *text;     /* lines separated by "\n", or NULL */
  cairo_surface_t *image;    /* drawn over the whole page, or NULL */
} LayananTestPage;

cairo_surface_t *layanan_test_draw_page     (double                 width_pt,
                                             double                 height_pt,
                                             double                 dpi,
                                             double                 font_size,
                                             const char            *text);
char            *layanan_test_write_png     (const char            *dir,
                                             const char            *name,
                                             cairo_surface_t       *image);
char            *layanan_test_make_pdf      (const char            *dir,
                                             const char            *name,
                                             double                 width_pt,
                                             double                 height_pt,
                                             const LayananTestPage *pages,
                                             guint                  n_pages);
gboolean         layanan_test_run_tool      (const char * const    *argv);
void             layanan_test_free_font_caches (void);

G_END_DECLS
