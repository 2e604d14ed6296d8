/* layanan-skm-import-dialog.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "layanan-database.h"

G_BEGIN_DECLS

#define LAYANAN_TYPE_SKM_IMPORT_DIALOG (layanan_skm_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LayananSkmImportDialog, layanan_skm_import_dialog, LAYANAN,
                      SKM_IMPORT_DIALOG, AdwWindow)

/* TEMPORARY stub: the real CSV import dialog lands from its own branch. */
LayananSkmImportDialog *layanan_skm_import_dialog_new (GtkWindow       *parent,
                                                       LayananDatabase *database,
                                                       gint64           period_id,
                                                       GFile           *file);

G_END_DECLS
