/* layanan-maklumat-window.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "layanan-database.h"

G_BEGIN_DECLS

#define LAYANAN_TYPE_MAKLUMAT_WINDOW (layanan_maklumat_window_get_type ())

G_DECLARE_FINAL_TYPE (LayananMaklumatWindow, layanan_maklumat_window, LAYANAN, MAKLUMAT_WINDOW,
                      AdwWindow)

/* Edits the maklumat pelayanan of a unit (@unit_code, or the first unit
 * when %NULL); a unit without one starts from the customary text. */
LayananMaklumatWindow *layanan_maklumat_window_new (GtkWindow       *parent,
                                                    LayananDatabase *database,
                                                    const char      *unit_code);

G_END_DECLS
