/* layanan-workload-view.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "layanan-database.h"

G_BEGIN_DECLS

#define LAYANAN_TYPE_WORKLOAD_VIEW (layanan_workload_view_get_type ())

G_DECLARE_FINAL_TYPE (LayananWorkloadView, layanan_workload_view, LAYANAN, WORKLOAD_VIEW, AdwBin)

/* The workload of every staff member and section over a chosen period
 * (computed in SQL on a worker), the items behind a row, and the monthly
 * evaluation meetings under it. For the Kabag and the Kasubbag. */
GtkWidget *layanan_workload_view_new        (LayananDatabase     *database);
/* Reads the units, the rows and the meetings again (after a change elsewhere). */
void       layanan_workload_view_refresh    (LayananWorkloadView *self);
/* Whether rows or items are still being read (tests wait for this). */
gboolean   layanan_workload_view_is_loading (LayananWorkloadView *self);

G_END_DECLS
