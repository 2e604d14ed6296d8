/* layanan-complaint-window.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* TEMPORARY stub so the Pengaduan tab builds before the real class lands. */

#include "config.h"

#include "layanan-complaint-window.h"

struct _LayananComplaintWindow
{
  AdwWindow parent_instance;
};

G_DEFINE_FINAL_TYPE (LayananComplaintWindow, layanan_complaint_window, ADW_TYPE_WINDOW)

static void
layanan_complaint_window_class_init (LayananComplaintWindowClass *klass)
{
  g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                G_TYPE_NONE, 0);
}

static void
layanan_complaint_window_init (LayananComplaintWindow *self)
{
}

LayananComplaintWindow *
layanan_complaint_window_new (GtkWindow *parent, LayananDatabase *database, gint64 complaint_id)
{
  return g_object_new (LAYANAN_TYPE_COMPLAINT_WINDOW, "transient-for", parent, NULL);
}
