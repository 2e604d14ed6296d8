/* layanan-list-columns.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "layanan-letter.h"

G_BEGIN_DECLS

/* Cells, sorting and filters shared by the column views of the letters
 * and the complaints pages. */

/* A short local date and time ("6 Nov 2026 09.15"), or @instant itself
 * when it doesn't parse. */
char      *layanan_list_format_instant      (const char               *instant);
/* Turns the store's snippet markers into Pango markup on one line. */
char      *layanan_list_snippet_markup      (const char               *snippet);
/* "Overdue 2 working days", "Due today", "3 working days left"; NULL for
 * LAYANAN_DUE_STATE_NONE. */
char      *layanan_list_due_days_text       (LayananDueState           state,
                                             int                       left);

/* "setup" of a GtkSignalListItemFactory: a plain label cell. */
void       layanan_list_setup_label_cb      (GtkSignalListItemFactory *factory,
                                             GtkListItem              *list_item,
                                             gpointer                  user_data);
/* "setup": an icon and a label, filled by layanan_list_show_due(). */
void       layanan_list_setup_due_cb        (GtkSignalListItemFactory *factory,
                                             GtkListItem              *list_item,
                                             gpointer                  user_data);
/* Overdue and due soon are told by an icon and its words, not colour alone. */
void       layanan_list_show_due            (GtkWidget                *box,
                                             const char               *text,
                                             LayananDueState           state,
                                             gboolean                  paused);

/* GTK 4.8 cannot say which column the user sorted by. Each column's sorter
 * notes itself in *@probed_column when called; comparing two items through
 * the view's sorter calls the primary column first, and the sign of the
 * answer tells the direction. The rows are sorted by SQL, never by these
 * sorters. */
GtkSorter *layanan_list_probe_sorter_new    (int                      *probed_column,
                                             int                       column);
/* The column the view sorts by (or -1) and whether it sorts descending. */
int        layanan_list_probe_sort_column   (GtkColumnView            *column_view,
                                             int                      *probed_column,
                                             gboolean                 *descending);

/* Dropdowns whose entry 0 is "All …" and entry i + 1 stands for ids[i]. */
gint64     layanan_list_selected_id         (GtkDropDown              *dropdown,
                                             GArray                   *ids);
/* Puts the selection back on @id after the entries were replaced. */
void       layanan_list_reselect            (GtkDropDown              *dropdown,
                                             GArray                   *ids,
                                             gint64                    id);

G_END_DECLS
