/* layanan-test-ui.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "layanan-test-ui.h"

/* Iterates the main loop until @done says so, for at most five seconds. */
void
layanan_test_iterate_until (gboolean (*done) (gpointer),
                            gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
widget_is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

/* gtk_window_close() does nothing to a window that was never shown. */
void
layanan_test_show_window (GtkWindow *window)
{
  gtk_window_present (window);
  layanan_test_iterate_until (widget_is_mapped, window);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
}

/* The @n-th widget of @type in @root, depth first. */
GtkWidget *
layanan_test_find_nth_widget (GtkWidget *root,
                              GType      type,
                              guint     *n)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    {
      if (*n == 0)
        return root;
      (*n)--;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = layanan_test_find_nth_widget (child, type, n);

      if (found != NULL)
        return found;
    }

  return NULL;
}

GtkWidget *
layanan_test_find_row (GtkWidget  *root,
                       const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (root)
      && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = layanan_test_find_row (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

gboolean
layanan_test_has_label (GtkWidget  *root,
                        const char *text)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_visible (root)
      && g_strcmp0 (gtk_label_get_label (GTK_LABEL (root)), text) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (layanan_test_has_label (child, text))
      return TRUE;

  return FALSE;
}

/* The first toplevel window of @type, or NULL. */
GtkWindow *
layanan_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }

  return NULL;
}

AdwMessageDialog *
layanan_test_find_message_dialog (void)
{
  GtkWindow *dialog = layanan_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);

  return dialog != NULL ? ADW_MESSAGE_DIALOG (dialog) : NULL;
}

/* The drop target a widget takes files with, to drop on it in a test. */
GtkDropTarget *
layanan_test_find_drop_target (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }

  return NULL;
}
