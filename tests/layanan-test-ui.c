/* layanan-test-ui.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "layanan-test-ui.h"

gboolean
layanan_test_ui_init (int    *argc,
                      char ***argv)
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP needs a display (run under xvfb-run)\n");
      return FALSE;
    }

  g_setenv ("GTK_A11Y", "none", TRUE);
  g_setenv ("LANGUAGE", "C", TRUE);
  gtk_test_init (argc, argv, NULL);
  adw_init ();
  return TRUE;
}

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

/* The first widget in @root, depth first, that @matches. */
GtkWidget *
layanan_test_find_widget (GtkWidget             *root,
                          LayananTestWidgetMatch matches,
                          gconstpointer          data)
{
  if (matches (root, data))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = layanan_test_find_widget (child, matches, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

typedef struct
{
  GType  type;
  guint *n;
} NthOfType;

static gboolean
is_nth_of_type (GtkWidget     *widget,
                gconstpointer  data)
{
  const NthOfType *wanted = data;

  if (!G_TYPE_CHECK_INSTANCE_TYPE (widget, wanted->type))
    return FALSE;
  if (*wanted->n == 0)
    return TRUE;
  (*wanted->n)--;
  return FALSE;
}

/* The @n-th widget of @type in @root, depth first; @n counts down. */
GtkWidget *
layanan_test_find_nth_widget (GtkWidget *root,
                              GType      type,
                              guint     *n)
{
  NthOfType wanted = { type, n };

  return layanan_test_find_widget (root, is_nth_of_type, &wanted);
}

static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  title)
{
  return ADW_IS_PREFERENCES_ROW (widget)
         && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

GtkWidget *
layanan_test_find_row (GtkWidget  *root,
                       const char *title)
{
  return layanan_test_find_widget (root, is_row_titled, title);
}

static gboolean
is_visible_label (GtkWidget     *widget,
                  gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget)
         && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0;
}

gboolean
layanan_test_has_label (GtkWidget  *root,
                        const char *text)
{
  return layanan_test_find_widget (root, is_visible_label, text) != NULL;
}

static gboolean
label_contains (GtkWidget     *widget,
                gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_label (GTK_LABEL (widget)), text) != NULL;
}

GtkWidget *
layanan_test_find_label_containing (gpointer    root,
                                    const char *text)
{
  return layanan_test_find_widget (GTK_WIDGET (root), label_contains, text);
}

typedef struct
{
  gpointer    root;
  const char *text;
} LabelWait;

static gboolean
label_shown (gpointer data)
{
  LabelWait *wait = data;

  return layanan_test_find_label_containing (wait->root, wait->text) != NULL;
}

void
layanan_test_wait_for_label_containing (gpointer    root,
                                        const char *text)
{
  LabelWait wait = { root, text };

  layanan_test_iterate_until (label_shown, &wait);
}

AdwComboRow *
layanan_test_combo_row (gpointer    root,
                        const char *title)
{
  GtkWidget *row = layanan_test_find_row (GTK_WIDGET (root), title);

  g_assert_true (ADW_IS_COMBO_ROW (row));
  return ADW_COMBO_ROW (row);
}

GListModel *
layanan_test_find_column_view_model (GtkWidget *root)
{
  guint n = 0;
  GtkWidget *view = layanan_test_find_nth_widget (root, GTK_TYPE_COLUMN_VIEW, &n);
  GtkSelectionModel *selection;

  g_assert_nonnull (view);
  selection = gtk_column_view_get_model (GTK_COLUMN_VIEW (view));
  return gtk_single_selection_get_model (GTK_SINGLE_SELECTION (selection));
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
