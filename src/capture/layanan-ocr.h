/* layanan-ocr.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

/* Letters are in Indonesian, with English names and terms in them. */
#define LAYANAN_OCR_LANGUAGES "ind+eng"

/* Scanned pages are rendered at this many dots per inch for OCR: small
 * print in letters needs it, more only costs time. */
#define LAYANAN_OCR_DPI 300.0

gboolean  layanan_ocr_check_languages (const char       *languages,
                                       GError          **error);
char     *layanan_ocr_recognize       (cairo_surface_t  *page_image,
                                       const char       *languages,
                                       GCancellable     *cancellable,
                                       GError          **error);

G_END_DECLS
