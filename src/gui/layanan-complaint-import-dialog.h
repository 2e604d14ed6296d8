/* layanan-complaint-import-dialog.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* TEMPORARY stub so the Pengaduan tab builds before the real class lands. */

#pragma once

#include <adwaita.h>

#include "layanan-database.h"

G_BEGIN_DECLS

#define LAYANAN_TYPE_COMPLAINT_IMPORT_DIALOG (layanan_complaint_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LayananComplaintImportDialog, layanan_complaint_import_dialog, LAYANAN, COMPLAINT_IMPORT_DIALOG, AdwWindow)

LayananComplaintImportDialog *layanan_complaint_import_dialog_new (GtkWindow *parent, LayananDatabase *database, gint64 unit_id, GFile *file);

G_END_DECLS
