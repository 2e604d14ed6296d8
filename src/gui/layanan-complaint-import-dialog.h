/* layanan-complaint-import-dialog.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "layanan-database.h"

G_BEGIN_DECLS

#define LAYANAN_TYPE_COMPLAINT_IMPORT_DIALOG (layanan_complaint_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LayananComplaintImportDialog, layanan_complaint_import_dialog,
                      LAYANAN, COMPLAINT_IMPORT_DIALOG, AdwWindow)

/* The mapping step of importing a complaints CSV into the register of
 * @unit_id: the file's columns with the field each holds (recognised from
 * the header, changeable), its first rows, the problems by line and column
 * after Check, and Import, with progress and cancel. Emits "imported"
 * (guint count) after saving, then closes. */
LayananComplaintImportDialog *layanan_complaint_import_dialog_new (GtkWindow       *parent,
                                                                   LayananDatabase *database,
                                                                   gint64           unit_id,
                                                                   GFile           *file);

G_END_DECLS
