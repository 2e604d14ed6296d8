/* layanan-pdf-text.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *layanan_pdf_extract_text (const char  *path,
                                GError     **error);

G_END_DECLS
