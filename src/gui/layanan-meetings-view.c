/* layanan-meetings-view.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-meetings-view"

#include "config.h"

#include <glib/gi18n.h>

#include "layanan-date.h"
#include "layanan-meeting-dialog.h"
#include "layanan-meetings-view.h"
#include "layanan-mnemonic-button.h"

/* How far back the months without a meeting are looked for. */
#define N_MONTHS_CHECKED 12

struct _LayananMeetingsView
{
  AdwBin                parent_instance;

  /* Widgets */
  AdwPreferencesGroup  *group;
  AdwActionRow         *missing_row;
  GtkListBox           *meetings_list;

  /* Owned */
  LayananDatabase      *database;
  LayananCalendar      *calendar;       /* for the bureau's time zone */
  GPtrArray            *meetings;       /* LayananMeeting, as listed */

  gint64                unit_id;
};

G_DEFINE_FINAL_TYPE (LayananMeetingsView, layanan_meetings_view, ADW_TYPE_BIN)

static void
show_toast (LayananMeetingsView *self,
            AdwToast            *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
show_message (LayananMeetingsView *self,
              const char          *message)
{
  show_toast (self, adw_toast_new (message));
}

static GtkWindow *
parent_window (LayananMeetingsView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static char *
format_date (const char *iso)
{
  GDate date;

  if (iso == NULL || !layanan_date_parse_iso (iso, &date, NULL))
    return g_strdup (iso != NULL ? iso : "");
  return layanan_date_format_long (&date);
}

/* "August 2026" for "2026-08". */
static char *
format_month (const char *year_month)
{
  int year = 0, month = 0;

  if (sscanf (year_month, "%d-%d", &year, &month) != 2 || month < 1 || month > 12)
    return g_strdup (year_month);
  return g_strdup_printf ("%s %d", layanan_date_month_name (month), year);
}

static guint
count_lines (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text != NULL ? text : "", "\n", -1);
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    if (*g_strstrip (lines[i]) != '\0')
      n++;
  return n;
}

static guint
count_open_decisions (const LayananMeeting *meeting)
{
  guint n = 0;

  for (guint i = 0; meeting->decisions != NULL && i < meeting->decisions->len; i++)
    if (!((LayananMeetingDecision *) g_ptr_array_index (meeting->decisions, i))->done)
      n++;
  return n;
}

/* ─────────────────────────── Editing ─────────────────────────── */

static void
meeting_saved_cb (LayananMeetingsView *self,
                  gint64               meeting_id)
{
  layanan_meetings_view_refresh (self);
  show_message (self, _("Meeting saved"));
}

static void
open_dialog (LayananMeetingsView  *self,
             const LayananMeeting *meeting)
{
  LayananMeetingDialog *dialog;

  dialog = layanan_meeting_dialog_new (parent_window (self), self->database, self->unit_id,
                                       meeting);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (meeting_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static const LayananMeeting *
meeting_of (LayananMeetingsView *self,
            GtkWidget           *widget)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_BOX_ROW);
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "meeting-index"));

  if (self->meetings == NULL || index == 0 || index > self->meetings->len)
    return NULL;
  return g_ptr_array_index (self->meetings, index - 1);
}

static void
edit_clicked_cb (GtkWidget           *button,
                 LayananMeetingsView *self)
{
  const LayananMeeting *meeting = meeting_of (self, button);

  if (meeting != NULL)
    open_dialog (self, meeting);
}

static void
row_activated_cb (GtkListBox          *list,
                  GtkListBoxRow       *row,
                  LayananMeetingsView *self)
{
  edit_clicked_cb (GTK_WIDGET (row), self);
}

/* The deleted meeting, kept to put it back. */
typedef struct
{
  LayananMeetingsView *view;
  LayananMeeting      *meeting;
} Undo;

static void
undo_free (gpointer data)
{
  Undo *undo = data;

  g_clear_weak_pointer (&undo->view);
  layanan_meeting_free (undo->meeting);
  g_free (undo);
}

static void
undo_clicked_cb (AdwToast *toast,
                 Undo     *undo)
{
  g_autoptr(GError) error = NULL;

  /* Saved again as new, with its decisions. */
  undo->meeting->id = 0;
  for (guint i = 0; i < undo->meeting->decisions->len; i++)
    ((LayananMeetingDecision *) g_ptr_array_index (undo->meeting->decisions, i))->id = 0;

  if (undo->view == NULL)
    return;
  if (!layanan_database_save_meeting (undo->view->database, undo->meeting, &error))
    show_message (undo->view, error->message);
  layanan_meetings_view_refresh (undo->view);
}

static LayananMeeting *
copy_meeting (const LayananMeeting *meeting)
{
  LayananMeeting *copy = layanan_meeting_new ();

  copy->id = meeting->id;
  copy->unit_id = meeting->unit_id;
  copy->date = g_strdup (meeting->date);
  copy->attendees = g_strdup (meeting->attendees);
  copy->notes = g_strdup (meeting->notes);
  for (guint i = 0; meeting->decisions != NULL && i < meeting->decisions->len; i++)
    {
      const LayananMeetingDecision *decision = g_ptr_array_index (meeting->decisions, i);
      LayananMeetingDecision *kept = g_new0 (LayananMeetingDecision, 1);

      kept->id = decision->id;
      kept->decision = g_strdup (decision->decision);
      kept->owner = g_strdup (decision->owner);
      kept->due_date = g_strdup (decision->due_date);
      kept->done = decision->done;
      g_ptr_array_add (copy->decisions, kept);
    }
  return copy;
}

static void
delete_meeting (LayananMeetingsView  *self,
                const LayananMeeting *meeting)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = format_date (meeting->date);
  g_autofree char *title = NULL;
  Undo *undo;
  AdwToast *toast;

  undo = g_new0 (Undo, 1);
  undo->meeting = copy_meeting (meeting);
  g_set_weak_pointer (&undo->view, self);

  if (!layanan_database_delete_meeting (self->database, meeting->id, &error))
    {
      undo_free (undo);
      show_message (self, error->message);
      return;
    }

  /* Translators: %s is the date of the evaluation meeting just deleted */
  title = g_strdup_printf (_("Meeting of %s deleted"), date);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), undo,
                         (GClosureNotify) (void (*) (void)) undo_free, 0);
  layanan_meetings_view_refresh (self);
  show_toast (self, toast);
}

typedef struct
{
  LayananMeetingsView *view;
  gint64               meeting_id;
} DeleteRequest;

static void
delete_request_free (DeleteRequest *request)
{
  g_clear_weak_pointer (&request->view);
  g_free (request);
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    DeleteRequest    *request)
{
  LayananMeetingsView *self = request->view;

  if (self == NULL || g_strcmp0 (response, "delete") != 0)
    return;

  for (guint i = 0; self->meetings != NULL && i < self->meetings->len; i++)
    {
      LayananMeeting *meeting = g_ptr_array_index (self->meetings, i);

      if (meeting->id == request->meeting_id)
        {
          delete_meeting (self, meeting);
          return;
        }
    }
}

static void
delete_clicked_cb (GtkWidget           *button,
                   LayananMeetingsView *self)
{
  const LayananMeeting *meeting = meeting_of (self, button);
  g_autofree char *date = NULL;
  DeleteRequest *request;
  GtkWidget *dialog;

  if (meeting == NULL)
    return;

  date = format_date (meeting->date);
  dialog = adw_message_dialog_new (parent_window (self), _("Delete Meeting?"), NULL);
  /* Translators: %s is the date of the evaluation meeting about to be deleted */
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("The meeting of %s, its attendees, notes and decisions "
                                    "will be deleted."), date);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  request = g_new0 (DeleteRequest, 1);
  request->meeting_id = meeting->id;
  g_set_weak_pointer (&request->view, self);
  g_signal_connect_data (dialog, "response", G_CALLBACK (delete_response_cb), request,
                         (GClosureNotify) (void (*) (void)) delete_request_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  LayananMeetingsView *self = LAYANAN_MEETINGS_VIEW (widget);

  if (self->unit_id <= 0)
    {
      show_message (self, _("Add the bureau in Preferences before recording meetings"));
      return;
    }
  open_dialog (self, NULL);
}

/* ─────────────────────────── Rows ─────────────────────────── */

static GtkWidget *
icon_button (const char *icon_name,
             const char *tooltip,
             const char *accessible_name)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_name, -1);
  return button;
}

static GtkWidget *
meeting_row_new (LayananMeetingsView  *self,
                 const LayananMeeting *meeting,
                 guint                 index)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *date = format_date (meeting->date);
  g_autofree char *title = g_markup_escape_text (date, -1);
  guint n_attendees = count_lines (meeting->attendees);
  guint n_open = count_open_decisions (meeting);
  g_autofree char *attendees = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u attendee",
                                                             "%u attendees", n_attendees),
                                                n_attendees);
  g_autofree char *open = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u decision open",
                                                        "%u decisions open", n_open), n_open);
  /* Translators: "5 attendees · 2 decisions open" under a meeting's date */
  g_autofree char *subtitle = g_strdup_printf (_("%s · %s"), attendees, open);
  /* Translators: the accessible names of the buttons beside a meeting; %s is its date */
  g_autofree char *edit_name = g_strdup_printf (_("Edit meeting of %s"), date);
  g_autofree char *delete_name = g_strdup_printf (_("Delete meeting of %s"), date);
  GtkWidget *edit = icon_button ("document-edit-symbolic", _("Edit Meeting"), edit_name);
  GtkWidget *delete = icon_button ("user-trash-symbolic", _("Delete Meeting"), delete_name);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_signal_connect (edit, "clicked", G_CALLBACK (edit_clicked_cb), self);
  g_signal_connect (delete, "clicked", G_CALLBACK (delete_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), edit);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), delete);
  g_object_set_data (G_OBJECT (row), "meeting-index", GUINT_TO_POINTER (index + 1));
  return row;
}

static GtkWidget *
empty_row_new (void)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No meetings recorded yet"));
  gtk_widget_add_css_class (row, "dim-label");
  return row;
}

static void
clear_rows (LayananMeetingsView *self)
{
  GtkWidget *row;

  while ((row = gtk_widget_get_first_child (GTK_WIDGET (self->meetings_list))) != NULL)
    gtk_list_box_remove (self->meetings_list, row);
}

/* The months of the year before the current one without a meeting: the
 * current month's meeting may still be to come. */
static void
show_missing_months (LayananMeetingsView *self)
{
  g_autoptr(GDateTime) now = self->calendar != NULL
                             ? g_date_time_new_now (layanan_calendar_get_timezone (self->calendar))
                             : g_date_time_new_now_local ();
  g_autoptr(GDateTime) last = g_date_time_add_months (now, -1);
  g_autoptr(GDateTime) first = g_date_time_add_months (now, -N_MONTHS_CHECKED);
  g_autofree char *month_from = g_date_time_format (first, "%Y-%m");
  g_autofree char *month_to = g_date_time_format (last, "%Y-%m");
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) months = NULL;
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *title = NULL;

  months = layanan_database_months_without_meeting (self->database, self->unit_id, month_from,
                                                    month_to, &error);
  if (months == NULL || months[0] == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->missing_row), FALSE);
      if (error != NULL)
        show_message (self, error->message);
      return;
    }

  for (guint i = 0; months[i] != NULL; i++)
    {
      g_autofree char *name = format_month (months[i]);

      if (i > 0)
        g_string_append (names, ", ");
      g_string_append (names, name);
    }
  /* Translators: %s lists months, "No meeting in: August 2026, October 2026" */
  title = g_strdup_printf (_("No meeting in: %s"), names->str);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->missing_row), title);
  gtk_widget_set_visible (GTK_WIDGET (self->missing_row), TRUE);
}

/* ─────────────────────────── GObject ─────────────────────────── */

static void
layanan_meetings_view_dispose (GObject *object)
{
  LayananMeetingsView *self = LAYANAN_MEETINGS_VIEW (object);

  g_clear_pointer (&self->meetings, g_ptr_array_unref);
  g_clear_object (&self->calendar);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (layanan_meetings_view_parent_class)->dispose (object);
}

static void
layanan_meetings_view_class_init (LayananMeetingsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = layanan_meetings_view_dispose;

  gtk_widget_class_install_action (widget_class, "meetings.new", NULL, new_action);
}

static void
build_missing_row (LayananMeetingsView *self)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

  gtk_widget_add_css_class (icon, "warning");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Warning"), -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  gtk_widget_set_visible (row, FALSE);
  self->missing_row = ADW_ACTION_ROW (row);
}

static void
layanan_meetings_view_init (LayananMeetingsView *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *status = gtk_list_box_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *add = layanan_mnemonic_button_new (_("_New Meeting"), "meetings.new");

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Evaluation Meetings"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Every standard promises a monthly evaluation "
                                           "meeting"));
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), add);

  build_missing_row (self);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (status), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (status, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (status), GTK_WIDGET (self->missing_row));
  gtk_widget_set_visible (status, FALSE);
  g_object_bind_property (self->missing_row, "visible", status, "visible", G_BINDING_DEFAULT);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Evaluation meetings"), -1);
  g_signal_connect (list, "row-activated", G_CALLBACK (row_activated_cb), self);
  self->meetings_list = GTK_LIST_BOX (list);

  gtk_box_append (GTK_BOX (box), status);
  gtk_box_append (GTK_BOX (box), list);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), box);
  self->group = ADW_PREFERENCES_GROUP (group);
  adw_bin_set_child (ADW_BIN (self), group);
}

/* ─────────────────────────── Public API ─────────────────────────── */

GtkWidget *
layanan_meetings_view_new (LayananDatabase *database)
{
  LayananMeetingsView *self;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (database), NULL);

  self = g_object_new (LAYANAN_TYPE_MEETINGS_VIEW, NULL);
  self->database = g_object_ref (database);
  self->calendar = layanan_database_load_calendar (database, NULL);
  return GTK_WIDGET (self);
}

void
layanan_meetings_view_set_unit (LayananMeetingsView *self,
                                gint64               unit_id)
{
  g_return_if_fail (LAYANAN_IS_MEETINGS_VIEW (self));

  self->unit_id = unit_id;
}

/* One row per meeting: bounded by the months the bureau has existed, so
 * read on the main thread. */
void
layanan_meetings_view_refresh (LayananMeetingsView *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (LAYANAN_IS_MEETINGS_VIEW (self));

  clear_rows (self);
  g_clear_pointer (&self->meetings, g_ptr_array_unref);
  if (self->database == NULL || self->unit_id <= 0)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->missing_row), FALSE);
      gtk_list_box_append (self->meetings_list, empty_row_new ());
      return;
    }

  self->meetings = layanan_database_list_meetings (self->database, self->unit_id, &error);
  if (self->meetings == NULL)
    show_message (self, error->message);

  for (guint i = 0; self->meetings != NULL && i < self->meetings->len; i++)
    gtk_list_box_append (self->meetings_list,
                         meeting_row_new (self, g_ptr_array_index (self->meetings, i), i));
  if (self->meetings == NULL || self->meetings->len == 0)
    gtk_list_box_append (self->meetings_list, empty_row_new ());

  show_missing_months (self);
}
