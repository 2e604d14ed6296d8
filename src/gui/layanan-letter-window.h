/* layanan-letter-window.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "layanan-database.h"

G_BEGIN_DECLS

#define LAYANAN_TYPE_LETTER_WINDOW (layanan_letter_window_get_type ())

G_DECLARE_FINAL_TYPE (LayananLetterWindow, layanan_letter_window, LAYANAN, LETTER_WINDOW, AdwWindow)

/* One registered letter: its pages, fields, dispositions, status and
 * history. Emits "changed" after anything about the letter is saved. */
LayananLetterWindow *layanan_letter_window_new (GtkWindow       *parent,
                                                LayananDatabase *database,
                                                gint64           letter_id);

G_END_DECLS
