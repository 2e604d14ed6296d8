/* layanan-complaint-window.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "layanan-database.h"

G_BEGIN_DECLS

#define LAYANAN_TYPE_COMPLAINT_WINDOW (layanan_complaint_window_get_type ())

G_DECLARE_FINAL_TYPE (LayananComplaintWindow, layanan_complaint_window, LAYANAN, COMPLAINT_WINDOW, AdwWindow)

/* One registered complaint: its status and time left, the complainant
 * (shown here even when confidential), its fields, attachments, the steps
 * allowed now and its timeline. Emits "changed" after anything about the
 * complaint is saved. */
LayananComplaintWindow *layanan_complaint_window_new (GtkWindow       *parent,
                                                      LayananDatabase *database,
                                                      gint64           complaint_id);

G_END_DECLS
