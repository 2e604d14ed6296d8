/* layanan-complaint-window.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-complaint-window"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "layanan-complaint-step-dialog.h"
#include "layanan-complaint-window.h"
#include "layanan-date.h"
#include "layanan-error.h"

struct _LayananComplaintWindow
{
  AdwWindow            parent_instance;

  /* Template widgets */
  AdwToastOverlay     *toast_overlay;
  AdwWindowTitle      *window_title;
  AdwActionRow        *status_row;
  AdwActionRow        *category_row;
  AdwActionRow        *due_row;
  AdwActionRow        *first_response_row;
  GtkWidget           *confidential_label;
  GtkSwitch           *anonymous_switch;
  AdwEntryRow         *name_row;
  AdwEntryRow         *contact_row;
  GtkSwitch           *confidential_switch;
  AdwActionRow        *received_row;
  AdwActionRow        *service_row;
  AdwComboRow         *channel_row;
  AdwEntryRow         *lapor_row;
  AdwComboRow         *classification_row;
  GtkTextView         *description_view;
  AdwPreferencesGroup *files_group;
  GtkListBox          *timeline_list;

  /* Owned */
  LayananDatabase     *database;
  LayananCalendar     *calendar;
  LayananComplaint    *complaint;
  GPtrArray           *files;        /* LayananLetterFile */
  GPtrArray           *file_rows;
};

G_DEFINE_FINAL_TYPE (LayananComplaintWindow, layanan_complaint_window, ADW_TYPE_WINDOW)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* The window's step actions, in the order of its buttons. */
static const struct
{
  const char               *action;
  LayananComplaintStepKind  kind;
} step_actions[] = {
  { "complaint.verify", LAYANAN_COMPLAINT_STEP_VERIFY },
  { "complaint.forward", LAYANAN_COMPLAINT_STEP_FORWARD },
  { "complaint.follow-up", LAYANAN_COMPLAINT_STEP_FOLLOW_UP },
  { "complaint.await", LAYANAN_COMPLAINT_STEP_AWAIT_COMPLAINANT },
  { "complaint.resume", LAYANAN_COMPLAINT_STEP_RESUME },
  { "complaint.settle", LAYANAN_COMPLAINT_STEP_SETTLE },
  { "complaint.not-competent", LAYANAN_COMPLAINT_STEP_NOT_COMPETENT },
  { "complaint.reject", LAYANAN_COMPLAINT_STEP_REJECT },
  { "complaint.reopen", LAYANAN_COMPLAINT_STEP_REOPEN },
  { "complaint.recategorize", LAYANAN_COMPLAINT_STEP_RECATEGORIZE },
  { "complaint.respond", LAYANAN_COMPLAINT_STEP_RESPOND },
};

static void
show_message (LayananComplaintWindow *self,
              const char             *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static char *
format_instant (const char *iso)
{
  g_autoptr(GDateTime) at = iso != NULL ? layanan_date_time_parse (iso, NULL, NULL) : NULL;

  if (at == NULL)
    return g_strdup (iso != NULL ? iso : "");
  return layanan_date_time_format_long (at);
}

/* ─────────────────────────── Status and time left ─────────────────────────── */

static char *
format_working_time (gint64 seconds)
{
  /* Working time left is at most a few thousand hours: an int. */
  int hours = (int) MIN (seconds / 3600, G_MAXINT);
  int minutes = (int) ((seconds % 3600) / 60);

  if (hours == 0)
    /* Translators: working time, "45 min" */
    return g_strdup_printf (_("%d min"), minutes);
  /* Translators: working time, "2 h 15 min" */
  return g_strdup_printf (_("%d h %d min"), hours, minutes);
}

static void
gdate_from (GDateTime *dt,
            GDate     *date)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (dt), g_date_time_get_month (dt),
                  g_date_time_get_year (dt));
}

/* "2 working days left", "1 h 30 min left", "Overdue by 3 working days". */
static char *
time_left (LayananComplaintWindow *self,
           GDateTime              *due,
           GDateTime              *now)
{
  gboolean in_hours = self->complaint->category_deadline.unit == LAYANAN_DURATION_HOURS
                      || self->complaint->category_deadline.unit == LAYANAN_DURATION_MINUTES;
  gboolean overdue = g_date_time_compare (now, due) > 0;
  GDateTime *from = overdue ? due : now;
  GDateTime *to = overdue ? now : due;
  g_autofree char *amount = NULL;

  if (in_hours)
    amount = format_working_time (layanan_calendar_working_seconds_between (self->calendar,
                                                                            from, to));
  else
    {
      GDate from_date, to_date;
      int days;

      gdate_from (from, &from_date);
      gdate_from (to, &to_date);
      days = layanan_calendar_working_days_between (self->calendar, &from_date, &to_date);
      amount = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d working day",
                                             "%d working days", days), days);
    }

  /* Translators: %s is an amount of working time, "2 working days" */
  return overdue ? g_strdup_printf (_("Overdue by %s"), amount)
                 : g_strdup_printf (_("%s left"), amount);
}

static void
show_due (LayananComplaintWindow *self)
{
  LayananComplaint *complaint = self->complaint;
  g_autoptr(GDateTime) now = g_date_time_new_now (layanan_calendar_get_timezone (self->calendar));
  g_autoptr(GDateTime) due = complaint->due_at != NULL
                             ? layanan_date_time_parse (complaint->due_at, NULL, NULL) : NULL;
  g_autofree char *when = format_instant (complaint->due_at);
  g_autofree char *subtitle = NULL;

  if (complaint->status == LAYANAN_COMPLAINT_STATUS_MENUNGGU_PELAPOR)
    {
      g_autofree char *paused = format_instant (complaint->paused_at);

      /* Translators: the clock of a complaint waiting for its complainant */
      subtitle = g_strdup_printf (_("Paused: waiting for the complainant since %s"), paused);
    }
  else if (layanan_complaint_status_is_closed (complaint->status))
    {
      g_autofree char *closed = format_instant (complaint->closed_at);

      /* Translators: "Closed Monday, 5 January 2027 10.30" */
      subtitle = g_strdup_printf (_("Closed %s"), closed);
    }
  else if (due != NULL)
    {
      g_autofree char *left = time_left (self, due, now);

      subtitle = g_strdup_printf ("%s · %s", when, left);
    }
  else
    subtitle = g_strdup (_("No due date"));

  adw_action_row_set_subtitle (self->due_row, subtitle);
}

static void
show_first_response (LayananComplaintWindow *self)
{
  LayananComplaint *complaint = self->complaint;
  gboolean lapor = complaint->channel == LAYANAN_CHANNEL_SP4N_LAPOR
                   && complaint->first_response_due_at != NULL;
  g_autofree char *due = NULL;
  g_autofree char *subtitle = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->first_response_row), lapor);
  if (!lapor)
    return;

  due = format_instant (complaint->first_response_due_at);
  if (complaint->first_response_at != NULL)
    {
      g_autofree char *at = format_instant (complaint->first_response_at);
      gboolean met = g_strcmp0 (complaint->first_response_at,
                                complaint->first_response_due_at) <= 0;
      g_autoptr(GDateTime) given = layanan_date_time_parse (complaint->first_response_at, NULL, NULL);
      g_autoptr(GDateTime) limit = layanan_date_time_parse (complaint->first_response_due_at, NULL, NULL);

      if (given != NULL && limit != NULL)
        met = g_date_time_compare (given, limit) <= 0;
      /* Translators: the SP4N-LAPOR! first response, "Due …; given … (met)" */
      subtitle = g_strdup_printf (met ? _("Due %s; given %s (met)") : _("Due %s; given %s (late)"),
                                  due, at);
    }
  else
    /* Translators: the SP4N-LAPOR! first response not given yet */
    subtitle = g_strdup_printf (_("Due %s; not given yet"), due);
  adw_action_row_set_subtitle (self->first_response_row, subtitle);
}

static void
show_status (LayananComplaintWindow *self)
{
  LayananComplaint *complaint = self->complaint;
  g_autofree char *number = layanan_agenda_number_format (complaint->register_number,
                                                          complaint->register_year);
  g_autofree char *title = NULL;
  g_autofree char *deadline = layanan_duration_to_string (&complaint->category_deadline);
  g_autofree char *category = NULL;
  g_autoptr(GPtrArray) categories = NULL;
  const char *category_name = NULL;

  /* Translators: the complaint window's title, "Complaint 12/2026" */
  title = g_strdup_printf (_("Complaint %s"), number);
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title,
                                 layanan_complaint_status_get_label (complaint->status));
  adw_action_row_set_subtitle (self->status_row,
                               layanan_complaint_status_get_label (complaint->status));

  categories = layanan_database_list_categories (self->database, complaint->unit_id, TRUE, NULL);
  for (guint i = 0; categories != NULL && i < categories->len; i++)
    {
      LayananCategory *c = g_ptr_array_index (categories, i);

      if (c->id == complaint->category_id)
        category_name = c->name;
    }
  /* Translators: a category and its deadline, "Pengaduan ringan · 3 hours" */
  category = g_strdup_printf (_("%s · %s"), category_name != NULL ? category_name : "", deadline);
  adw_action_row_set_subtitle (self->category_row, category);

  show_due (self);
  show_first_response (self);

  for (guint i = 0; i < G_N_ELEMENTS (step_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), step_actions[i].action,
                                   layanan_complaint_step_is_allowed (step_actions[i].kind,
                                                                      complaint->status));
}

/* ─────────────────────────── Fields ─────────────────────────── */

static void
set_text (AdwEntryRow *row,
          const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static void
show_fields (LayananComplaintWindow *self)
{
  LayananComplaint *complaint = self->complaint;
  g_autofree char *received = format_instant (complaint->received_at);
  g_autoptr(GPtrArray) services = NULL;
  const char *service_name = _("None");

  gtk_switch_set_active (self->anonymous_switch, complaint->anonymous);
  gtk_switch_set_active (self->confidential_switch, complaint->confidential);
  gtk_widget_set_visible (self->confidential_label, complaint->confidential);
  set_text (self->name_row, complaint->complainant_name);
  set_text (self->contact_row, complaint->complainant_contact);
  adw_action_row_set_subtitle (self->received_row, received);

  services = layanan_database_list_services (self->database, NULL, NULL);
  for (guint i = 0; services != NULL && i < services->len; i++)
    {
      LayananServiceSummary *service = g_ptr_array_index (services, i);

      if (service->id == complaint->service_id)
        service_name = service->name;
    }
  adw_action_row_set_subtitle (self->service_row, service_name);

  adw_combo_row_set_selected (self->channel_row, complaint->channel);
  set_text (self->lapor_row, complaint->lapor_number);
  adw_combo_row_set_selected (self->classification_row, complaint->classification);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->description_view),
                            complaint->description != NULL ? complaint->description : "", -1);
}

static char *
entry_text (GtkEditable *editable)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

static LayananComplaint *
read_fields (LayananComplaintWindow  *self,
             GError                 **error)
{
  g_autoptr(LayananComplaint) complaint = layanan_complaint_copy (self->complaint);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->description_view);
  g_autofree char *lapor = entry_text (GTK_EDITABLE (self->lapor_row));
  GtkTextIter start, end;

  complaint->anonymous = gtk_switch_get_active (self->anonymous_switch);
  complaint->confidential = gtk_switch_get_active (self->confidential_switch);
  g_clear_pointer (&complaint->complainant_name, g_free);
  g_clear_pointer (&complaint->complainant_contact, g_free);
  if (!complaint->anonymous)
    {
      complaint->complainant_name = entry_text (GTK_EDITABLE (self->name_row));
      complaint->complainant_contact = entry_text (GTK_EDITABLE (self->contact_row));
    }
  complaint->channel = adw_combo_row_get_selected (self->channel_row);
  complaint->classification = adw_combo_row_get_selected (self->classification_row);

  g_clear_pointer (&complaint->lapor_number, g_free);
  if (complaint->channel == LAYANAN_CHANNEL_SP4N_LAPOR && lapor != NULL
      && !layanan_lapor_number_normalize (lapor, &complaint->lapor_number, error))
    {
      g_prefix_error (error, "%s: ", _("SP4N-LAPOR! Number"));
      return NULL;
    }

  g_free (complaint->description);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  complaint->description = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  if (*complaint->description == '\0')
    g_clear_pointer (&complaint->description, g_free);
  return g_steal_pointer (&complaint);
}

static void
anonymous_changed_cb (LayananComplaintWindow *self)
{
  gboolean anonymous = gtk_switch_get_active (self->anonymous_switch);

  gtk_widget_set_visible (GTK_WIDGET (self->name_row), !anonymous);
  gtk_widget_set_visible (GTK_WIDGET (self->contact_row), !anonymous);
}

static void
channel_changed_cb (LayananComplaintWindow *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->lapor_row),
                          adw_combo_row_get_selected (self->channel_row)
                          == LAYANAN_CHANNEL_SP4N_LAPOR);
}

/* ─────────────────────────── Attachments ─────────────────────────── */

/* GtkFileLauncher is GTK 4.10: the file goes to a private temporary folder
 * and the desktop's default application opens it from there. */
static gboolean
open_file (LayananComplaintWindow   *self,
           const LayananLetterFile  *file,
           GError                  **error)
{
  g_autofree char *dir = g_dir_make_tmp ("layanan-attachment-XXXXXX", error);
  g_autofree char *path = NULL;
  g_autofree char *uri = NULL;
  g_autoptr(GAppLaunchContext) context = NULL;

  if (dir == NULL)
    return FALSE;
  path = g_build_filename (dir, file->file_name, NULL);
  if (!g_file_set_contents (path, g_bytes_get_data (file->contents, NULL),
                            g_bytes_get_size (file->contents), error))
    return FALSE;
  uri = g_filename_to_uri (path, NULL, error);
  if (uri == NULL)
    return FALSE;
  context = G_APP_LAUNCH_CONTEXT (gdk_display_get_app_launch_context (
                                    gtk_widget_get_display (GTK_WIDGET (self))));
  return g_app_info_launch_default_for_uri (uri, context, error);
}

static void
open_clicked_cb (GtkButton              *button,
                 LayananComplaintWindow *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_ACTION_ROW);
  g_autoptr(GError) error = NULL;
  guint index;

  if (!g_ptr_array_find (self->file_rows, row, &index))
    return;
  if (!open_file (self, g_ptr_array_index (self->files, index), &error))
    show_message (self, error->message);
}

static void
show_files (LayananComplaintWindow *self)
{
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < self->file_rows->len; i++)
    adw_preferences_group_remove (self->files_group, g_ptr_array_index (self->file_rows, i));
  g_ptr_array_set_size (self->file_rows, 0);
  g_clear_pointer (&self->files, g_ptr_array_unref);

  self->files = layanan_database_list_complaint_files (self->database, self->complaint->id, &error);
  if (self->files == NULL)
    {
      show_message (self, error->message);
      return;
    }
  adw_preferences_group_set_description (self->files_group,
                                         self->files->len == 0 ? _("None") : NULL);
  for (guint i = 0; i < self->files->len; i++)
    {
      LayananLetterFile *file = g_ptr_array_index (self->files, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *open = gtk_button_new_with_label (_("Open"));
      /* Translators: the accessible name of the button that opens an attachment */
      g_autofree char *label = g_strdup_printf (_("Open %s"), file->file_name);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), file->file_name);
      if (file->mime_type != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), file->mime_type);
      gtk_widget_set_valign (open, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (open, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (open), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      label, -1);
      g_signal_connect (open, "clicked", G_CALLBACK (open_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), open);
      adw_preferences_group_add (self->files_group, row);
      g_ptr_array_add (self->file_rows, row);
    }
}

/* ─────────────────────────── Timeline ─────────────────────────── */

static GtkWidget *
line_label (const char *text,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* The response stands apart: it is what the complainant was told. */
static GtkWidget *
response_box_new (const char *response)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *heading = line_label (_("Response to complainant"), "heading");

  gtk_widget_add_css_class (box, "card");
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_add_css_class (heading, "accent");
  gtk_widget_set_margin_start (heading, 10);
  gtk_widget_set_margin_top (heading, 8);
  gtk_box_append (GTK_BOX (box), heading);
  {
    GtkWidget *text = line_label (response, NULL);

    gtk_widget_set_margin_start (text, 10);
    gtk_widget_set_margin_end (text, 10);
    gtk_widget_set_margin_bottom (text, 8);
    gtk_box_append (GTK_BOX (box), text);
  }
  return box;
}

static GtkWidget *
timeline_row_new (const LayananComplaintStep *step)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  g_autofree char *when = format_instant (step->at);
  g_autofree char *meta = NULL;
  g_autofree char *change = NULL;

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_box_append (GTK_BOX (box), line_label (layanan_complaint_step_kind_get_label (step->kind),
                                             "heading"));

  if (step->from_status != step->to_status)
    /* Translators: a status change on the timeline, "Diterima → Diverifikasi" */
    change = g_strdup_printf (_("%s → %s"), layanan_complaint_status_get_label (step->from_status),
                              layanan_complaint_status_get_label (step->to_status));
  else
    change = g_strdup (layanan_complaint_status_get_label (step->to_status));
  /* Translators: a timeline line's details: when · who · status */
  meta = g_strdup_printf (_("%s · %s · %s"), when, step->actor != NULL ? step->actor : "", change);
  gtk_box_append (GTK_BOX (box), line_label (meta, "dim-label"));

  if (step->to_name != NULL)
    {
      /* Translators: whom a complaint was forwarded or referred to */
      g_autofree char *to = g_strdup_printf (_("To: %s"), step->to_name);

      gtk_box_append (GTK_BOX (box), line_label (to, NULL));
    }
  if (step->category_name != NULL && step->kind == LAYANAN_COMPLAINT_STEP_RECATEGORIZE)
    {
      /* Translators: the new category of a complaint on its timeline */
      g_autofree char *category = g_strdup_printf (_("New category: %s"), step->category_name);

      gtk_box_append (GTK_BOX (box), line_label (category, NULL));
    }
  if (step->note != NULL)
    gtk_box_append (GTK_BOX (box), line_label (step->note, NULL));
  if (step->response != NULL)
    gtk_box_append (GTK_BOX (box), response_box_new (step->response));
  return box;
}

static void
show_timeline (LayananComplaintWindow *self)
{
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->timeline_list))) != NULL)
    gtk_list_box_remove (self->timeline_list, child);

  steps = layanan_database_list_complaint_steps (self->database, self->complaint->id, &error);
  if (steps == NULL)
    {
      show_message (self, error->message);
      return;
    }
  for (guint i = 0; i < steps->len; i++)
    gtk_list_box_append (self->timeline_list, timeline_row_new (g_ptr_array_index (steps, i)));
}

/* ─────────────────────────── Loading ─────────────────────────── */

static gboolean
reload (LayananComplaintWindow  *self,
        GError                 **error)
{
  LayananComplaint *complaint = layanan_database_load_complaint (self->database,
                                                                 self->complaint->id, error);

  if (complaint == NULL)
    return FALSE;

  g_clear_pointer (&self->complaint, layanan_complaint_free);
  self->complaint = complaint;
  show_status (self);
  show_fields (self);
  show_timeline (self);
  return TRUE;
}

static void
changed (LayananComplaintWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (!reload (self, &error))
    show_message (self, error->message);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* ─────────────────────────── Actions ─────────────────────────── */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LayananComplaintWindow *self = LAYANAN_COMPLAINT_WINDOW (widget);
  g_autoptr(LayananComplaint) complaint = NULL;
  g_autoptr(GError) error = NULL;

  complaint = read_fields (self, &error);
  if (complaint == NULL || !layanan_database_update_complaint (self->database, complaint, &error))
    {
      show_message (self, error->message);
      return;
    }
  changed (self);
  show_message (self, _("Changes saved"));
}

static void
step_saved_cb (LayananComplaintWindow *self)
{
  changed (self);
}

static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LayananComplaintWindow *self = LAYANAN_COMPLAINT_WINDOW (widget);
  LayananComplaintStepDialog *dialog;

  for (guint i = 0; i < G_N_ELEMENTS (step_actions); i++)
    {
      if (g_strcmp0 (step_actions[i].action, action_name) != 0)
        continue;

      dialog = layanan_complaint_step_dialog_new (GTK_WINDOW (self), self->database,
                                                  self->calendar, self->complaint,
                                                  step_actions[i].kind);
      g_signal_connect_object (dialog, "saved", G_CALLBACK (step_saved_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
}

/* ─────────────────────────── Life cycle ─────────────────────────── */

static void
fill_choices (LayananComplaintWindow *self)
{
  g_autoptr(GtkStringList) channels = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  for (guint i = 0; i < LAYANAN_N_CHANNEL_KINDS; i++)
    gtk_string_list_append (channels, layanan_channel_kind_get_label (i));
  for (guint i = 0; i < LAYANAN_N_COMPLAINT_KINDS; i++)
    gtk_string_list_append (kinds, layanan_complaint_kind_get_label (i));
  adw_combo_row_set_model (self->channel_row, G_LIST_MODEL (channels));
  adw_combo_row_set_model (self->classification_row, G_LIST_MODEL (kinds));
}

static void
layanan_complaint_window_dispose (GObject *object)
{
  LayananComplaintWindow *self = LAYANAN_COMPLAINT_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LAYANAN_TYPE_COMPLAINT_WINDOW);
  g_clear_object (&self->database);
  g_clear_object (&self->calendar);
  g_clear_pointer (&self->complaint, layanan_complaint_free);
  g_clear_pointer (&self->files, g_ptr_array_unref);
  g_clear_pointer (&self->file_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (layanan_complaint_window_parent_class)->dispose (object);
}

static void
layanan_complaint_window_class_init (LayananComplaintWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = layanan_complaint_window_dispose;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/layananbiro/Layanan/layanan-complaint-window.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, LayananComplaintWindow, name)
  BIND (toast_overlay);
  BIND (window_title);
  BIND (status_row);
  BIND (category_row);
  BIND (due_row);
  BIND (first_response_row);
  BIND (confidential_label);
  BIND (anonymous_switch);
  BIND (name_row);
  BIND (contact_row);
  BIND (confidential_switch);
  BIND (received_row);
  BIND (service_row);
  BIND (channel_row);
  BIND (lapor_row);
  BIND (classification_row);
  BIND (description_view);
  BIND (files_group);
  BIND (timeline_list);
#undef BIND

  gtk_widget_class_install_action (widget_class, "complaint.save", NULL, save_action);
  for (guint i = 0; i < G_N_ELEMENTS (step_actions); i++)
    gtk_widget_class_install_action (widget_class, step_actions[i].action, NULL, step_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "complaint.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
layanan_complaint_window_init (LayananComplaintWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->file_rows = g_ptr_array_new ();
  fill_choices (self);
  g_signal_connect_swapped (self->anonymous_switch, "notify::active",
                            G_CALLBACK (anonymous_changed_cb), self);
  g_signal_connect_swapped (self->channel_row, "notify::selected",
                            G_CALLBACK (channel_changed_cb), self);
}

LayananComplaintWindow *
layanan_complaint_window_new (GtkWindow       *parent,
                              LayananDatabase *database,
                              gint64           complaint_id)
{
  LayananComplaintWindow *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (database), NULL);

  self = g_object_new (LAYANAN_TYPE_COMPLAINT_WINDOW, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  self->calendar = layanan_database_load_calendar (database, &error);
  self->complaint = layanan_complaint_new ();
  self->complaint->id = complaint_id;
  if (self->calendar == NULL)
    {
      show_message (self, error->message);
      g_clear_error (&error);
      self->calendar = layanan_calendar_new ();
    }

  if (!reload (self, &error))
    {
      show_message (self, error->message);
      return self;
    }
  show_files (self);
  return self;
}
