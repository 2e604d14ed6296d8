/* layanan-versions-window.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-versions-window"

#include "config.h"

#include "layanan-versions-window.h"

#include <glib/gi18n.h>

#include "layanan-date.h"

struct _LayananVersionsWindow
{
  AdwWindow             parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  AdwPreferencesGroup  *establish_group;
  AdwEntryRow          *sk_number_row;
  AdwEntryRow          *sk_date_row;
  AdwPreferencesGroup  *versions_group;
  GtkListBox           *versions_list;

  /* Owned */
  AdwToast             *toast;
  LayananDatabase      *database;
  char                 *service_name;
  gint64                service_id;
};

G_DEFINE_FINAL_TYPE (LayananVersionsWindow, layanan_versions_window, ADW_TYPE_WINDOW)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void
show_message (LayananVersionsWindow *self,
              const char            *message)
{
  /* The newest message replaces the last, rather than waiting behind it. */
  if (self->toast != NULL)
    adw_toast_dismiss (self->toast);
  g_set_object (&self->toast, adw_toast_new (message));
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (self->toast));
}

/* "23 November 2026" for a stored YYYY-MM-DD, or the text itself if it is
 * not a date, so that nothing stored is hidden. */
static char *
format_date (const char *iso)
{
  GDate date;

  if (iso == NULL || *iso == '\0')
    return NULL;
  if (!layanan_date_parse_iso (iso, &date, NULL))
    return g_strdup (iso);

  return layanan_date_format_long (&date);
}

static gboolean
is_due (const char *next_review_date)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  /* ISO dates compare as strings. */
  return next_review_date != NULL && *next_review_date != '\0'
         && g_strcmp0 (next_review_date, today) <= 0;
}

static GtkWidget *
create_version_row (LayananVersionsWindow  *self,
                    LayananStandardVersion *version,
                    guint                   position)
{
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
  g_autofree char *sk_date = format_date (version->sk_date);
  g_autofree char *last_review = format_date (version->last_review_date);
  g_autofree char *next_review = format_date (version->next_review_date);
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *title = NULL;
  gboolean in_force = version->status == LAYANAN_STANDARD_STATUS_DITETAPKAN;

  /* Translators: "Version 2 · Established" */
  title = g_strdup_printf (_("Version %u · %s"), position,
                           layanan_standard_status_get_label (version->status));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);

  if (version->sk_number != NULL && *version->sk_number != '\0')
    {
      if (sk_date != NULL)
        /* Translators: the decree that establishes a standard and its date */
        g_string_append_printf (subtitle, _("SK %s of %s"), version->sk_number, sk_date);
      else
        g_string_append_printf (subtitle, _("SK %s"), version->sk_number);
    }
  else
    g_string_append (subtitle, _("No SK yet"));

  if (last_review != NULL)
    {
      g_string_append_c (subtitle, '\n');
      g_string_append_printf (subtitle, _("Last review: %s"), last_review);
    }
  if (next_review != NULL)
    {
      g_string_append_c (subtitle, '\n');
      g_string_append_printf (subtitle, _("Next review: %s"), next_review);
    }
  adw_action_row_set_subtitle (row, subtitle->str);
  adw_action_row_set_subtitle_lines (row, 0);

  if (in_force && is_due (version->next_review_date))
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *icon = gtk_image_new_from_icon_name ("alarm-symbolic");
      GtkWidget *label = gtk_label_new (_("Review due"));

      gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Review due"),
                                      -1);
      gtk_widget_add_css_class (box, "warning");
      gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (box), icon);
      gtk_box_append (GTK_BOX (box), label);
      adw_action_row_add_suffix (row, box);
    }

  if (in_force)
    {
      GtkWidget *button = gtk_button_new_with_label (_("Revoke…"));

      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Revoke"),
                                      -1);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "destructive-action");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "versions.revoke");
      adw_action_row_add_suffix (row, button);
    }

  return GTK_WIDGET (row);
}

static void
reload (LayananVersionsWindow *self)
{
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GError) error = NULL;
  gboolean latest_is_draft = FALSE;
  gboolean latest_is_revoked = FALSE;
  gboolean any_in_force = FALSE;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->versions_list))) != NULL)
    gtk_list_box_remove (self->versions_list, child);

  versions = layanan_database_list_versions (self->database, self->service_id, &error);
  if (versions == NULL)
    {
      show_message (self, error->message);
      versions = g_ptr_array_new ();
    }

  for (guint i = 0; i < versions->len; i++)
    {
      LayananStandardVersion *version = g_ptr_array_index (versions, i);

      if (i == 0)
        {
          latest_is_draft = version->status == LAYANAN_STANDARD_STATUS_DRAFT;
          latest_is_revoked = version->status == LAYANAN_STANDARD_STATUS_DICABUT;
        }
      if (version->status == LAYANAN_STANDARD_STATUS_DITETAPKAN)
        any_in_force = TRUE;
      gtk_list_box_append (self->versions_list,
                           create_version_row (self, version, versions->len - i));
    }

  /* Only a draft can be established; say where the next one comes from. */
  adw_preferences_group_set_description (self->versions_group,
                                         latest_is_revoked
                                         ? _("Newest first. Editing the service makes a new "
                                             "draft that can be established again.")
                                         : _("Newest first"));
  gtk_widget_set_visible (GTK_WIDGET (self->establish_group), latest_is_draft);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "versions.establish", latest_is_draft);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "versions.revoke", any_in_force);
}

static void
establish_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LayananVersionsWindow *self = LAYANAN_VERSIONS_WINDOW (widget);
  g_autofree char *sk_number =
    g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->sk_number_row))));
  g_autofree char *sk_date = NULL;
  g_autoptr(GError) error = NULL;
  GDate date;

  if (*sk_number == '\0')
    {
      show_message (self, _("Enter the number of the SK that establishes the standard"));
      gtk_widget_grab_focus (GTK_WIDGET (self->sk_number_row));
      return;
    }

  if (!layanan_date_parse_iso (gtk_editable_get_text (GTK_EDITABLE (self->sk_date_row)),
                               &date, &error))
    {
      show_message (self, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->sk_date_row));
      return;
    }
  sk_date = layanan_date_format_iso (&date);

  if (!layanan_database_set_standard_status (self->database, self->service_id,
                                             LAYANAN_STANDARD_STATUS_DITETAPKAN,
                                             sk_number, sk_date, &error))
    {
      show_message (self, error->message);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->sk_number_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->sk_date_row), "");
  reload (self);
  show_message (self, _("Standard established"));
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
revoke_response_cb (AdwMessageDialog      *dialog,
                    const char            *response,
                    LayananVersionsWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "revoke") != 0)
    return;

  if (!layanan_database_set_standard_status (self->database, self->service_id,
                                             LAYANAN_STANDARD_STATUS_DICABUT,
                                             NULL, NULL, &error))
    {
      show_message (self, error->message);
      return;
    }

  reload (self);
  show_message (self, _("Standard revoked"));
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
revoke_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LayananVersionsWindow *self = LAYANAN_VERSIONS_WINDOW (widget);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Revoke the Standard?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("The standard of “%s” will no longer be in force. A "
                                    "revoked standard cannot be established again; edit it to "
                                    "make a new draft."),
                                  self->service_name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "revoke", _("_Revoke"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "revoke",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (revoke_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
layanan_versions_window_dispose (GObject *object)
{
  LayananVersionsWindow *self = LAYANAN_VERSIONS_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LAYANAN_TYPE_VERSIONS_WINDOW);
  g_clear_object (&self->database);
  g_clear_object (&self->toast);

  G_OBJECT_CLASS (layanan_versions_window_parent_class)->dispose (object);
}

static void
layanan_versions_window_finalize (GObject *object)
{
  LayananVersionsWindow *self = LAYANAN_VERSIONS_WINDOW (object);

  g_free (self->service_name);

  G_OBJECT_CLASS (layanan_versions_window_parent_class)->finalize (object);
}

static void
layanan_versions_window_class_init (LayananVersionsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = layanan_versions_window_dispose;
  object_class->finalize = layanan_versions_window_finalize;

  signals [CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/layananbiro/Layanan/layanan-versions-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LayananVersionsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LayananVersionsWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, LayananVersionsWindow, establish_group);
  gtk_widget_class_bind_template_child (widget_class, LayananVersionsWindow, sk_number_row);
  gtk_widget_class_bind_template_child (widget_class, LayananVersionsWindow, sk_date_row);
  gtk_widget_class_bind_template_child (widget_class, LayananVersionsWindow, versions_group);
  gtk_widget_class_bind_template_child (widget_class, LayananVersionsWindow, versions_list);
  gtk_widget_class_install_action (widget_class, "versions.establish", NULL, establish_action);
  gtk_widget_class_install_action (widget_class, "versions.revoke", NULL, revoke_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
layanan_versions_window_init (LayananVersionsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

LayananVersionsWindow *
layanan_versions_window_new (GtkWindow       *parent,
                             LayananDatabase *database,
                             gint64           service_id,
                             const char      *service_name)
{
  LayananVersionsWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LAYANAN_IS_DATABASE (database), NULL);
  g_return_val_if_fail (service_id > 0, NULL);

  self = g_object_new (LAYANAN_TYPE_VERSIONS_WINDOW, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  self->service_id = service_id;
  self->service_name = g_strdup (service_name != NULL ? service_name : "");
  adw_window_title_set_subtitle (self->window_title, self->service_name);
  reload (self);

  return self;
}
