/* layanan-complaint-item.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "layanan-database.h"

G_BEGIN_DECLS

#define LAYANAN_TYPE_COMPLAINT_ITEM (layanan_complaint_item_get_type ())

G_DECLARE_FINAL_TYPE (LayananComplaintItem, layanan_complaint_item, LAYANAN, COMPLAINT_ITEM,
                      GObject)

/* One row of the complaint list, as a GObject for GListModel. */
LayananComplaintItem      *layanan_complaint_item_new     (LayananComplaintRow  *row);
const LayananComplaintRow *layanan_complaint_item_get_row (LayananComplaintItem *self);

G_END_DECLS
