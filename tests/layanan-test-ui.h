/* layanan-test-ui.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Starts GTK and libadwaita the way every UI test runs them (English
 * strings, no accessibility bus). FALSE, after printing the TAP skip line,
 * when there is no display: main() then returns 77. */
gboolean layanan_test_ui_init (int    *argc,
                               char ***argv);

/* In-process UI tests wait for what GTK does on later main-loop turns. */
void layanan_test_iterate_until (gboolean  (*done) (gpointer),
                                 gpointer    data);
void layanan_test_show_window   (GtkWindow  *window);

/* Finding widgets as a person would see them. */
typedef gboolean (*LayananTestWidgetMatch) (GtkWidget     *widget,
                                            gconstpointer  data);

GtkWidget        *layanan_test_find_widget         (GtkWidget              *root,
                                                    LayananTestWidgetMatch  matches,
                                                    gconstpointer           data);
GtkWidget        *layanan_test_find_nth_widget     (GtkWidget  *root,
                                                    GType       type,
                                                    guint      *n);
/* The AdwPreferencesRow titled @title. */
GtkWidget        *layanan_test_find_row            (GtkWidget  *root,
                                                    const char *title);
/* Whether a visible label in @root reads @text. */
gboolean          layanan_test_has_label           (GtkWidget  *root,
                                                    const char *text);
/* The label in @root (a widget) whose text holds @text, or NULL; and
 * waiting until there is one. */
GtkWidget        *layanan_test_find_label_containing (gpointer    root,
                                                      const char *text);
void              layanan_test_wait_for_label_containing (gpointer    root,
                                                          const char *text);
/* The AdwComboRow titled @title in @root (a widget); asserts there is one. */
AdwComboRow      *layanan_test_combo_row           (gpointer    root,
                                                    const char *title);
/* The list model behind the first GtkColumnView in @root (under its
 * GtkSingleSelection). */
GListModel       *layanan_test_find_column_view_model (GtkWidget *root);
GtkWindow        *layanan_test_find_toplevel       (GType       type);
AdwMessageDialog *layanan_test_find_message_dialog (void);
GtkDropTarget    *layanan_test_find_drop_target    (GtkWidget  *widget);

G_END_DECLS
