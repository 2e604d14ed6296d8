/* layanan-complaint-list.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "layanan-database.h"

G_BEGIN_DECLS

#define LAYANAN_TYPE_COMPLAINT_LIST (layanan_complaint_list_get_type ())

G_DECLARE_FINAL_TYPE (LayananComplaintList, layanan_complaint_list, LAYANAN, COMPLAINT_LIST,
                      GObject)

/* A GListModel of LayananComplaintItem over the complaints a query
 * selects, fetched a page at a time by keyset from anchors the store
 * computes once per query (DESIGN.md §4), as LayananLetterList does. */
LayananComplaintList *layanan_complaint_list_new            (LayananDatabase             *database);
/* Counts and anchors the query's rows in a worker thread, with the open
 * complaints of the whole register that are overdue or due soon, then
 * replaces the items and emits "loaded" (GError *error, NULL on success). */
void                  layanan_complaint_list_set_query      (LayananComplaintList        *self,
                                                             const LayananComplaintQuery *query);
const LayananComplaintQuery *
                      layanan_complaint_list_get_query      (LayananComplaintList        *self);
gboolean              layanan_complaint_list_is_loading     (LayananComplaintList        *self);
/* Reads the rows again after a change, keeping the query. */
void                  layanan_complaint_list_reload         (LayananComplaintList        *self);
/* Of the last load: open complaints of the query's unit, whatever the other
 * filters, that are past their deadline or within the due-soon limit. */
guint                 layanan_complaint_list_get_n_overdue  (LayananComplaintList        *self);
guint                 layanan_complaint_list_get_n_due_soon (LayananComplaintList        *self);

G_END_DECLS
