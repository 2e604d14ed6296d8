/* layanan-window.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-window"

#include "config.h"

#include <glib/gi18n.h>

#include "layanan-catalog-page.h"
#include "layanan-complaints-page.h"
#include "layanan-evaluation-page.h"
#include "layanan-letters-page.h"
#include "layanan-window.h"

struct _LayananWindow
{
  AdwApplicationWindow   parent_instance;

  /* Template widgets */
  AdwToastOverlay       *toast_overlay;
  GtkStack              *main_stack;
  AdwStatusPage         *error_page;
  AdwViewStack          *view_stack;
  AdwViewSwitcherTitle  *switcher_title;
  LayananCatalogPage    *catalog_page;
  LayananLettersPage    *letters_page;
  LayananComplaintsPage *complaints_page;
  LayananEvaluationPage *evaluation_page;

  /* Owned */
  GSettings             *settings;
};

G_DEFINE_FINAL_TYPE (LayananWindow, layanan_window, ADW_TYPE_APPLICATION_WINDOW)

static const char * const page_names[] = { "catalog", "letters", "complaints", "evaluation" };

static void
save_window_state (LayananWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);

  /* A maximized window reports its restored size here, which is what the
   * next start wants. */
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "content") == 0)
    g_settings_set_string (self->settings, "last-page",
                           adw_view_stack_get_visible_child_name (self->view_stack));
}

static void
restore_window_state (LayananWindow *self)
{
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));

  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LayananWindow *self = LAYANAN_WINDOW (widget);

  layanan_window_set_visible_page (self, g_variant_get_string (parameter, NULL));
}

static gboolean
layanan_window_close_request (GtkWindow *window)
{
  save_window_state (LAYANAN_WINDOW (window));

  return GTK_WINDOW_CLASS (layanan_window_parent_class)->close_request (window);
}

static void
layanan_window_dispose (GObject *object)
{
  LayananWindow *self = LAYANAN_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LAYANAN_TYPE_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (layanan_window_parent_class)->dispose (object);
}

static void
layanan_window_class_init (LayananWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = layanan_window_dispose;
  window_class->close_request = layanan_window_close_request;

  g_type_ensure (LAYANAN_TYPE_CATALOG_PAGE);
  g_type_ensure (LAYANAN_TYPE_LETTERS_PAGE);
  g_type_ensure (LAYANAN_TYPE_COMPLAINTS_PAGE);
  g_type_ensure (LAYANAN_TYPE_EVALUATION_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/layananbiro/Layanan/layanan-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LayananWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LayananWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, LayananWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, LayananWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, LayananWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, LayananWindow, catalog_page);
  gtk_widget_class_bind_template_child (widget_class, LayananWindow, letters_page);
  gtk_widget_class_bind_template_child (widget_class, LayananWindow, complaints_page);
  gtk_widget_class_bind_template_child (widget_class, LayananWindow, evaluation_page);

  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);

  for (guint i = 0; i < G_N_ELEMENTS (page_names); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.show-page", "s", page_names[i]);
}

static void
layanan_window_init (LayananWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  restore_window_state (self);

  gtk_stack_set_visible_child_name (self->main_stack, "loading");
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, FALSE);
}

LayananWindow *
layanan_window_new (AdwApplication *application)
{
  return g_object_new (LAYANAN_TYPE_WINDOW, "application", application, NULL);
}

/**
 * layanan_window_show_database:
 *
 * Shows the four pages once the database is open.
 */
void
layanan_window_show_database (LayananWindow   *self,
                              LayananDatabase *database)
{
  g_return_if_fail (LAYANAN_IS_WINDOW (self));
  g_return_if_fail (LAYANAN_IS_DATABASE (database));

  layanan_catalog_page_set_database (self->catalog_page, database);
  layanan_letters_page_set_database (self->letters_page, database);
  layanan_complaints_page_set_database (self->complaints_page, database);
  layanan_evaluation_page_set_database (self->evaluation_page, database);
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, TRUE);
  adw_view_stack_set_visible_child_name (self->view_stack,
                                         g_settings_get_string (self->settings, "last-page"));
  gtk_stack_set_visible_child_name (self->main_stack, "content");
}

void
layanan_window_add_letters (LayananWindow *self,
                            GListModel    *files)
{
  g_return_if_fail (LAYANAN_IS_WINDOW (self));

  layanan_window_set_visible_page (self, "letters");
  layanan_letters_page_add_files (self->letters_page, files);
}

/* Shows the Pengaduan tab and opens the complaint, as a notification asks. */
void
layanan_window_show_complaint (LayananWindow *self,
                               gint64         complaint_id)
{
  g_return_if_fail (LAYANAN_IS_WINDOW (self));

  layanan_window_set_visible_page (self, "complaints");
  layanan_complaints_page_open_complaint (self->complaints_page, complaint_id);
}

/* Reads the complaint list again after a change made outside the window. */
void
layanan_window_refresh_complaints (LayananWindow *self)
{
  g_return_if_fail (LAYANAN_IS_WINDOW (self));

  layanan_complaints_page_refresh (self->complaints_page);
}

void
layanan_window_show_error (LayananWindow *self,
                           const GError  *error)
{
  g_return_if_fail (LAYANAN_IS_WINDOW (self));
  g_return_if_fail (error != NULL);

  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, FALSE);
  adw_status_page_set_description (self->error_page, error->message);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->error_page),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, error->message,
                                  -1);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
}

void
layanan_window_add_toast (LayananWindow *self,
                          const char    *title)
{
  g_return_if_fail (LAYANAN_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

const char *
layanan_window_get_visible_page (LayananWindow *self)
{
  g_return_val_if_fail (LAYANAN_IS_WINDOW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

void
layanan_window_set_visible_page (LayananWindow *self,
                                 const char    *name)
{
  g_return_if_fail (LAYANAN_IS_WINDOW (self));

  if (adw_view_stack_get_child_by_name (self->view_stack, name) != NULL &&
      g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "content") == 0)
    adw_view_stack_set_visible_child_name (self->view_stack, name);
}
