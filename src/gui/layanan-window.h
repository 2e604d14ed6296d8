/* layanan-window.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "layanan-database.h"

G_BEGIN_DECLS

#define LAYANAN_TYPE_WINDOW (layanan_window_get_type ())

G_DECLARE_FINAL_TYPE (LayananWindow, layanan_window, LAYANAN, WINDOW, AdwApplicationWindow)

LayananWindow *layanan_window_new              (AdwApplication  *application);
void           layanan_window_show_database    (LayananWindow   *self,
                                                LayananDatabase *database);
void           layanan_window_show_error       (LayananWindow   *self,
                                                const GError    *error);
void           layanan_window_add_toast        (LayananWindow   *self,
                                                const char      *title);
/* Shows the Surat Masuk tab and registers @files (GFile) as letters. */
void           layanan_window_add_letters      (LayananWindow   *self,
                                                GListModel      *files);
void           layanan_window_show_complaint   (LayananWindow   *self,
                                                gint64           complaint_id);
void           layanan_window_refresh_complaints (LayananWindow *self);
const char    *layanan_window_get_visible_page (LayananWindow   *self);
void           layanan_window_set_visible_page (LayananWindow   *self,
                                                const char      *name);

G_END_DECLS
