/* layanan-complaint-step-dialog.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "layanan-database.h"

G_BEGIN_DECLS

#define LAYANAN_TYPE_COMPLAINT_STEP_DIALOG (layanan_complaint_step_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LayananComplaintStepDialog, layanan_complaint_step_dialog, LAYANAN, COMPLAINT_STEP_DIALOG, AdwWindow)

/* Takes one step of a complaint's handling (@kind): asks for the note and,
 * where the step needs them, the response sent to the complainant, whom it
 * goes to or the new category; applies it to a copy of @complaint and
 * stores it. Emits "saved" once stored, then closes; on a refusal it stays
 * open with everything typed. */
LayananComplaintStepDialog *layanan_complaint_step_dialog_new (GtkWindow                *parent,
                                                               LayananDatabase          *database,
                                                               LayananCalendar          *calendar,
                                                               const LayananComplaint   *complaint,
                                                               LayananComplaintStepKind  kind);

G_END_DECLS
