/* layanan-letter-item.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "layanan-database.h"

G_BEGIN_DECLS

#define LAYANAN_TYPE_LETTER_ITEM (layanan_letter_item_get_type ())

G_DECLARE_FINAL_TYPE (LayananLetterItem, layanan_letter_item, LAYANAN, LETTER_ITEM, GObject)

/* One row of the letter list, as a GObject for GListModel. */
LayananLetterItem      *layanan_letter_item_new     (LayananLetterRow  *row);
const LayananLetterRow *layanan_letter_item_get_row (LayananLetterItem *self);

G_END_DECLS
