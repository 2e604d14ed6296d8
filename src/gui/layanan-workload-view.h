/* layanan-workload-view.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "layanan-database.h"

G_BEGIN_DECLS

/* TEMPORARY stub: the real workload view lands from its own branch. */
GtkWidget *layanan_workload_view_new (LayananDatabase *database);

G_END_DECLS
