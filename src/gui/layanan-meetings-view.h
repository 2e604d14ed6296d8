/* layanan-meetings-view.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "layanan-database.h"

G_BEGIN_DECLS

#define LAYANAN_TYPE_MEETINGS_VIEW (layanan_meetings_view_get_type ())

G_DECLARE_FINAL_TYPE (LayananMeetingsView, layanan_meetings_view, LAYANAN, MEETINGS_VIEW, AdwBin)

/* The unit's monthly evaluation meetings, newest first, the months of the
 * last year without one, and the commands to record, edit and delete a
 * meeting. Deleting asks first and offers to undo. */
GtkWidget *layanan_meetings_view_new      (LayananDatabase     *database);
/* The unit whose meetings are shown and recorded (from the next refresh). */
void       layanan_meetings_view_set_unit (LayananMeetingsView *self,
                                           gint64               unit_id);
void       layanan_meetings_view_refresh  (LayananMeetingsView *self);

G_END_DECLS
