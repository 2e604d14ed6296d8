/* layanan-test-ui.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* In-process UI tests wait for what GTK does on later main-loop turns. */
void layanan_test_iterate_until (gboolean  (*done) (gpointer),
                                 gpointer    data);
void layanan_test_show_window   (GtkWindow  *window);

G_END_DECLS
