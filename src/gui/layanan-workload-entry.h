/* layanan-workload-entry.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "layanan-database.h"

G_BEGIN_DECLS

#define LAYANAN_TYPE_WORKLOAD_ENTRY (layanan_workload_entry_get_type ())

G_DECLARE_FINAL_TYPE (LayananWorkloadEntry, layanan_workload_entry, LAYANAN, WORKLOAD_ENTRY,
                      GObject)

/* One row of the workload table (a staff member or a section), as a
 * GObject for GListModel. */
LayananWorkloadEntry     *layanan_workload_entry_new     (LayananWorkloadRow   *row);
const LayananWorkloadRow *layanan_workload_entry_get_row (LayananWorkloadEntry *self);

G_END_DECLS
