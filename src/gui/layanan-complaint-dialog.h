/* layanan-complaint-dialog.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "layanan-database.h"

G_BEGIN_DECLS

#define LAYANAN_TYPE_COMPLAINT_DIALOG (layanan_complaint_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LayananComplaintDialog, layanan_complaint_dialog, LAYANAN, COMPLAINT_DIALOG, AdwWindow)

/* Registers one complaint for @unit_id: when and how it came, who made
 * it, what it is about, its category and attachments. Emits "saved"
 * (gint64 complaint_id) once it is stored, then closes. */
LayananComplaintDialog *layanan_complaint_dialog_new      (GtkWindow              *parent,
                                                           LayananDatabase        *database,
                                                           gint64                  unit_id);
/* Reads @file and lists it as an attachment, as "Add Files…" and a drop
 * do; a file that cannot be read is refused with its name. */
gboolean                layanan_complaint_dialog_add_file (LayananComplaintDialog *self,
                                                           GFile                  *file,
                                                           GError                **error);

G_END_DECLS
