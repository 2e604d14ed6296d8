/* layanan-versions-window.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "layanan-database.h"

G_BEGIN_DECLS

#define LAYANAN_TYPE_VERSIONS_WINDOW (layanan_versions_window_get_type ())

G_DECLARE_FINAL_TYPE (LayananVersionsWindow, layanan_versions_window, LAYANAN, VERSIONS_WINDOW,
                      AdwWindow)

/* The versions of one service's standard, newest first, with the SK that
 * establishes the latest draft and the revocation of the version in force;
 * emits "changed" after each successful change. */
LayananVersionsWindow *layanan_versions_window_new (GtkWindow       *parent,
                                                    LayananDatabase *database,
                                                    gint64           service_id,
                                                    const char      *service_name);

G_END_DECLS
