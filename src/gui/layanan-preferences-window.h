/* layanan-preferences-window.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "layanan-database.h"

G_BEGIN_DECLS

#define LAYANAN_TYPE_PREFERENCES_WINDOW (layanan_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (LayananPreferencesWindow, layanan_preferences_window, LAYANAN,
                      PREFERENCES_WINDOW, AdwPreferencesWindow)

LayananPreferencesWindow *layanan_preferences_window_new (GtkWindow       *parent,
                                                          LayananDatabase *database);

G_END_DECLS
