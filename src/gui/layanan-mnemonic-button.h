/* layanan-mnemonic-button.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget *layanan_mnemonic_button_new (const char *mnemonic,
                                        const char *action_name);

G_END_DECLS
