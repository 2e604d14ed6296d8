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

G_DECLARE_FINAL_TYPE (LayananSkmImportDialog, layanan_skm_import_dialog,
                      LAYANAN, SKM_IMPORT_DIALOG, AdwWindow)

/* The mapping step of importing SKM questionnaires from a CSV (a Google
 * Forms export) into the survey period @period_id: the file's columns with
 * the field each holds (recognised from the header, or as chosen for the
 * last file of the same shape; changeable), its first rows, the problems
 * by line and column after Check, and Import, with progress and cancel.
 * The mapping used is remembered in GSettings (skm-import-mapping). Emits
 * "imported" (guint count) after saving, then closes. */
LayananSkmImportDialog *layanan_skm_import_dialog_new (GtkWindow       *parent,
                                                       LayananDatabase *database,
                                                       gint64           period_id,
                                                       GFile           *file);

G_END_DECLS
