/* layanan-scan.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

/* Images that do not say their resolution are taken to be scanned at this. */
#define LAYANAN_SCAN_DEFAULT_DPI 200.0

#define LAYANAN_TYPE_SCAN (layanan_scan_get_type ())

G_DECLARE_FINAL_TYPE (LayananScan, layanan_scan, LAYANAN, SCAN, GObject)

LayananScan     *layanan_scan_new_from_file  (const char   *path,
                                              GError      **error);
LayananScan     *layanan_scan_new_from_bytes (GBytes      *contents,
                                             const char  *file_name,
                                             GError     **error);
const char      *layanan_scan_get_path       (LayananScan  *self);
const char      *layanan_scan_get_file_name  (LayananScan  *self);
const char      *layanan_scan_get_mime_type  (LayananScan  *self);
GBytes          *layanan_scan_get_contents   (LayananScan  *self);
const char      *layanan_scan_get_sha256     (LayananScan  *self);
guint            layanan_scan_get_n_pages    (LayananScan  *self);
void             layanan_scan_get_page_size  (LayananScan  *self,
                                              guint         page,
                                              double       *width_pt,
                                              double       *height_pt);
cairo_surface_t *layanan_scan_render_page    (LayananScan  *self,
                                              guint         page,
                                              double        scale,
                                              int           rotation,
                                              GError      **error);
char            *layanan_scan_get_page_text  (LayananScan  *self,
                                              guint         page);

G_END_DECLS
