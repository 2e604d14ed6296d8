/* layanan-standard-parser.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "layanan-standard.h"

G_BEGIN_DECLS

/* (transfer full) (element-type LayananStandard): one standard per service
 * in the document, or %NULL with %LAYANAN_ERROR_INVALID_INPUT. */
GPtrArray *layanan_standard_parse_text      (const char            *text,
                                             const char            *source_name,
                                             GError               **error);
/* The same for bytes read from a file: refuses NUL bytes and invalid UTF-8. */
GPtrArray *layanan_standard_parse_data      (const char            *data,
                                             gsize                  length,
                                             const char            *source_name,
                                             GError               **error);
/* Matches a heading as documents print it ("Biaya (tarif)", "Waktu
 * Pelayanan", "Sarana, Prasarana dan/atau Fasilitas") to its component. */
gboolean   layanan_standard_match_component (const char            *heading,
                                             LayananComponentKind  *kind);

G_END_DECLS
