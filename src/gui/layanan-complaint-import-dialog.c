/* layanan-complaint-import-dialog.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* TEMPORARY stub so the Pengaduan tab builds before the real class lands. */

#include "config.h"

#include "layanan-complaint-import-dialog.h"

struct _LayananComplaintImportDialog
{
  AdwWindow parent_instance;
};

G_DEFINE_FINAL_TYPE (LayananComplaintImportDialog, layanan_complaint_import_dialog, ADW_TYPE_WINDOW)

static void
layanan_complaint_import_dialog_class_init (LayananComplaintImportDialogClass *klass)
{
  g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                G_TYPE_NONE, 0);
}

static void
layanan_complaint_import_dialog_init (LayananComplaintImportDialog *self)
{
}

LayananComplaintImportDialog *
layanan_complaint_import_dialog_new (GtkWindow *parent, LayananDatabase *database, gint64 unit_id, GFile *file)
{
  return g_object_new (LAYANAN_TYPE_COMPLAINT_IMPORT_DIALOG, "transient-for", parent, NULL);
}
