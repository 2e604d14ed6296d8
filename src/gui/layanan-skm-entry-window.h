/* layanan-skm-entry-window.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "layanan-database.h"

G_BEGIN_DECLS

#define LAYANAN_TYPE_SKM_ENTRY_WINDOW (layanan_skm_entry_window_get_type ())

G_DECLARE_FINAL_TYPE (LayananSkmEntryWindow, layanan_skm_entry_window, LAYANAN,
                      SKM_ENTRY_WINDOW, AdwWindow)

/* Fast keyboard entry of paper questionnaires into @period: one row per
 * form, digits 1–4 move across the unsur, Enter saves the form and starts
 * the next with the focus on U1; other keys in an answer are refused. */
LayananSkmEntryWindow *layanan_skm_entry_window_new            (GtkWindow              *parent,
                                                                LayananDatabase        *database,
                                                                const LayananSkmPeriod *period);
/* The answer cell of the unsur at @index (0: U1), an entry named after it. */
GtkWidget             *layanan_skm_entry_window_get_answer_cell (LayananSkmEntryWindow *self,
                                                                 guint                  index);
guint                  layanan_skm_entry_window_get_n_saved    (LayananSkmEntryWindow *self);

G_END_DECLS
