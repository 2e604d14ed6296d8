/* layanan-skm-import-dialog.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-skm-import-dialog"

#include "config.h"

#include "layanan-skm-import-dialog.h"

/* TEMPORARY stub, dropped when the real import dialog is merged. */
struct _LayananSkmImportDialog
{
  AdwWindow parent_instance;
};

G_DEFINE_FINAL_TYPE (LayananSkmImportDialog, layanan_skm_import_dialog, ADW_TYPE_WINDOW)

static void
layanan_skm_import_dialog_class_init (LayananSkmImportDialogClass *klass)
{
}

static void
layanan_skm_import_dialog_init (LayananSkmImportDialog *self)
{
  GtkWidget *page = adw_status_page_new ();

  adw_status_page_set_title (ADW_STATUS_PAGE (page), "Import CSV");
  adw_window_set_content (ADW_WINDOW (self), page);
}

LayananSkmImportDialog *
layanan_skm_import_dialog_new (GtkWindow       *parent,
                               LayananDatabase *database,
                               gint64           period_id,
                               GFile           *file)
{
  g_return_val_if_fail (LAYANAN_IS_DATABASE (database), NULL);

  return g_object_new (LAYANAN_TYPE_SKM_IMPORT_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
}
