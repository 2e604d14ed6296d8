/* layanan-letter-list.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "layanan-database.h"

G_BEGIN_DECLS

#define LAYANAN_TYPE_LETTER_LIST (layanan_letter_list_get_type ())

G_DECLARE_FINAL_TYPE (LayananLetterList, layanan_letter_list, LAYANAN, LETTER_LIST, GObject)

/* A GListModel of LayananLetterItem over the letters a query selects. It
 * holds only the pages of rows that were looked at: each page is fetched
 * by keyset from an anchor the store computes once per query, so the list
 * stays as quick with 200 000 letters as with 20 (DESIGN.md §4). */
LayananLetterList *layanan_letter_list_new         (LayananDatabase          *database);
/* Counts and anchors the query's rows in a worker thread, then replaces the
 * items and emits "loaded" (GError *error, NULL on success). */
void               layanan_letter_list_set_query   (LayananLetterList        *self,
                                                    const LayananLetterQuery *query);
const LayananLetterQuery *
                   layanan_letter_list_get_query   (LayananLetterList        *self);
gboolean           layanan_letter_list_is_loading  (LayananLetterList        *self);
/* Reads the rows again after a change, keeping the query. */
void               layanan_letter_list_reload      (LayananLetterList        *self);

G_END_DECLS
