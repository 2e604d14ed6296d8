/* layanan-complaint-window.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* TEMPORARY stub so the Pengaduan tab builds before the real class lands. */

#pragma once

#include <adwaita.h>

#include "layanan-database.h"

G_BEGIN_DECLS

#define LAYANAN_TYPE_COMPLAINT_WINDOW (layanan_complaint_window_get_type ())

G_DECLARE_FINAL_TYPE (LayananComplaintWindow, layanan_complaint_window, LAYANAN, COMPLAINT_WINDOW, AdwWindow)

LayananComplaintWindow *layanan_complaint_window_new (GtkWindow *parent, LayananDatabase *database, gint64 complaint_id);

G_END_DECLS
