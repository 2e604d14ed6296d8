/* layanan-intake-window.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "layanan-database.h"

G_BEGIN_DECLS

#define LAYANAN_TYPE_INTAKE_WINDOW (layanan_intake_window_get_type ())

G_DECLARE_FINAL_TYPE (LayananIntakeWindow, layanan_intake_window, LAYANAN, INTAKE_WINDOW, AdwWindow)

/* Reads @files (GFile) off the main thread, then shows each letter's pages
 * beside its suggested fields until it is registered or skipped. Emits
 * "letters-saved" (with a message naming its agenda number) after each
 * letter registered. */
LayananIntakeWindow *layanan_intake_window_new (GtkWindow       *parent,
                                                LayananDatabase *database,
                                                GListModel      *files);

G_END_DECLS
