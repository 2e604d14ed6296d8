/* layanan-scan-preview.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LAYANAN_TYPE_SCAN_PREVIEW (layanan_scan_preview_get_type ())

G_DECLARE_FINAL_TYPE (LayananScanPreview, layanan_scan_preview, LAYANAN, SCAN_PREVIEW, GtkWidget)

/* The pages of one letter's scans: thumbnails and a zoomable page, each
 * rendered off the main thread so the window stays fluid. */
GtkWidget *layanan_scan_preview_new          (void);
/* @scans: LayananScan, the letter's files in order; their pages follow on. */
void       layanan_scan_preview_set_scans    (LayananScanPreview *self,
                                              GPtrArray          *scans);
guint      layanan_scan_preview_get_n_pages  (LayananScanPreview *self);
void       layanan_scan_preview_show_page    (LayananScanPreview *self,
                                              guint               page);
guint      layanan_scan_preview_get_page     (LayananScanPreview *self);
/* Quarter turns clockwise (1) or anticlockwise (-1) of the page on show. */
void       layanan_scan_preview_rotate       (LayananScanPreview *self,
                                              int                 quarter_turns);
int        layanan_scan_preview_get_rotation (LayananScanPreview *self,
                                              guint               page);
void       layanan_scan_preview_zoom         (LayananScanPreview *self,
                                              double              factor);

G_END_DECLS
