/* layanan-complaint-dialog.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* TEMPORARY stub so the Pengaduan tab builds before the real class lands. */

#include "config.h"

#include "layanan-complaint-dialog.h"

struct _LayananComplaintDialog
{
  AdwWindow parent_instance;
};

G_DEFINE_FINAL_TYPE (LayananComplaintDialog, layanan_complaint_dialog, ADW_TYPE_WINDOW)

static void
layanan_complaint_dialog_class_init (LayananComplaintDialogClass *klass)
{
  g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
layanan_complaint_dialog_init (LayananComplaintDialog *self)
{
}

LayananComplaintDialog *
layanan_complaint_dialog_new (GtkWindow *parent, LayananDatabase *database, gint64 unit_id)
{
  return g_object_new (LAYANAN_TYPE_COMPLAINT_DIALOG, "transient-for", parent, NULL);
}
