/* layanan-meeting-dialog.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "layanan-database.h"

G_BEGIN_DECLS

#define LAYANAN_TYPE_MEETING_DIALOG (layanan_meeting_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LayananMeetingDialog, layanan_meeting_dialog, LAYANAN, MEETING_DIALOG,
                      AdwWindow)

/* Records a new evaluation meeting of @unit_id (@meeting NULL) or edits
 * @meeting: its date, attendees, notes and decisions. "meeting.save" saves
 * in one transaction, emits "saved" with the meeting's id and closes; bad
 * input keeps the dialog open and says which field is wrong. */
LayananMeetingDialog *layanan_meeting_dialog_new (GtkWindow            *parent,
                                                  LayananDatabase      *database,
                                                  gint64                unit_id,
                                                  const LayananMeeting *meeting);

G_END_DECLS
