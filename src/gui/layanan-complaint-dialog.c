/* layanan-complaint-dialog.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-complaint-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "layanan-complaint-dialog.h"
#include "layanan-date.h"
#include "layanan-error.h"
#include "layanan-letter-fields.h"

struct _LayananComplaintDialog
{
  AdwWindow            parent_instance;

  /* Template widgets */
  AdwToastOverlay     *toast_overlay;
  AdwEntryRow         *received_date_row;
  AdwEntryRow         *received_time_row;
  GtkLabel            *received_message;
  GtkFlowBox          *channel_box;
  GtkLabel            *channel_message;
  AdwPreferencesGroup *lapor_group;
  AdwEntryRow         *lapor_row;
  GtkLabel            *lapor_message;
  GtkSwitch           *anonymous_switch;
  AdwEntryRow         *name_row;
  AdwEntryRow         *contact_row;
  GtkSwitch           *confidential_switch;
  AdwActionRow        *service_row;
  GtkEntry            *service_entry;
  AdwComboRow         *classification_row;
  GtkFlowBox          *category_box;
  GtkLabel            *category_message;
  AdwActionRow        *due_row;
  GtkTextView         *description_view;
  GtkLabel            *description_message;
  AdwPreferencesGroup *files_group;

  /* Owned */
  LayananDatabase     *database;
  LayananCalendar     *calendar;
  gint64               unit_id;
  GPtrArray           *services;      /* LayananServiceSummary */
  GPtrArray           *categories;    /* LayananCategory, in category_buttons order */
  GPtrArray           *files;         /* LayananLetterFile */
  GPtrArray           *file_rows;     /* rows shown for files, in files order */
  GtkToggleButton     *channel_buttons[LAYANAN_N_CHANNEL_KINDS];
  GPtrArray           *category_buttons; /* GtkToggleButton */
};

G_DEFINE_FINAL_TYPE (LayananComplaintDialog, layanan_complaint_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void
show_message (LayananComplaintDialog *self,
              const char             *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

/* An inline message under or beside the field it is about; NULL hides it. */
static void
set_field_message (GtkLabel   *label,
                   GtkWidget  *field,
                   const char *message)
{
  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
  if (field == NULL)
    return;
  if (message != NULL)
    gtk_widget_add_css_class (field, "error");
  else
    gtk_widget_remove_css_class (field, "error");
}

/* ─────────────────────────── Reading ─────────────────────────── */

static gboolean
read_time (const char  *text,
           int         *minute_of_day,
           GError     **error)
{
  int hour, minute;
  char separator, rest;

  if (sscanf (text, "%d%c%d%c", &hour, &separator, &minute, &rest) != 3
      || (separator != '.' && separator != ':')
      || hour < 0 || hour > 23 || minute < 0 || minute > 59)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("“%s” is not a time of day like 09.15"), text);
      return FALSE;
    }

  *minute_of_day = hour * 60 + minute;
  return TRUE;
}

static GDateTime *
read_received (LayananComplaintDialog  *self,
               GError                 **error)
{
  const char *date_text = gtk_editable_get_text (GTK_EDITABLE (self->received_date_row));
  const char *time_text = gtk_editable_get_text (GTK_EDITABLE (self->received_time_row));
  GDate date;
  int minute = 0;

  if (!layanan_letter_date_parse (date_text, &date, error)
      || !read_time (time_text, &minute, error))
    return NULL;

  return g_date_time_new (layanan_calendar_get_timezone (self->calendar),
                          g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date), minute / 60, minute % 60, 0);
}

static gboolean
selected_channel (LayananComplaintDialog *self,
                  LayananChannelKind     *channel)
{
  for (guint i = 0; i < LAYANAN_N_CHANNEL_KINDS; i++)
    {
      if (gtk_toggle_button_get_active (self->channel_buttons[i]))
        {
          *channel = i;
          return TRUE;
        }
    }
  return FALSE;
}

static const LayananCategory *
selected_category (LayananComplaintDialog *self)
{
  for (guint i = 0; i < self->category_buttons->len; i++)
    if (gtk_toggle_button_get_active (g_ptr_array_index (self->category_buttons, i)))
      return g_ptr_array_index (self->categories, i);
  return NULL;
}

/* The catalog service the typed text names: the one whose name it is, or
 * the only one whose name contains it. */
static const LayananServiceSummary *
find_service (LayananComplaintDialog *self,
              const char             *text)
{
  g_autofree char *wanted = g_utf8_casefold (text, -1);
  const LayananServiceSummary *only = NULL;
  guint n_containing = 0;

  for (guint i = 0; self->services != NULL && i < self->services->len; i++)
    {
      const LayananServiceSummary *service = g_ptr_array_index (self->services, i);
      g_autofree char *name = g_utf8_casefold (service->name, -1);

      if (strcmp (name, wanted) == 0)
        return service;
      if (strstr (name, wanted) != NULL)
        {
          only = service;
          n_containing++;
        }
    }
  return n_containing == 1 ? only : NULL;
}

static char *
entry_text (GtkEditable *editable)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

static char *
description_text (LayananComplaintDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->description_view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

/* Records the first problem for the toast, prefixed with the field's name. */
static void
note_problem (GString    *first,
              const char *field,
              const char *message)
{
  if (first->len == 0)
    g_string_printf (first, "%s: %s", field, message);
}

static gboolean
read_received_into (LayananComplaintDialog *self,
                    LayananComplaint       *complaint,
                    GString                *problem)
{
  g_autoptr(GDateTime) received = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now (layanan_calendar_get_timezone (self->calendar));
  g_autoptr(GError) error = NULL;

  received = read_received (self, &error);
  if (received != NULL && g_date_time_compare (received, now) > 0)
    g_set_error_literal (&error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                         _("Later than now: a complaint is registered after it came"));
  set_field_message (self->received_message, GTK_WIDGET (self->received_time_row),
                     error != NULL ? error->message : NULL);
  if (error != NULL)
    {
      note_problem (problem, _("Time Received"), error->message);
      return FALSE;
    }
  complaint->received_at = g_date_time_format_iso8601 (received);
  return TRUE;
}

static gboolean
read_channel_into (LayananComplaintDialog *self,
                   LayananComplaint       *complaint,
                   GString                *problem)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *lapor = NULL;

  if (!selected_channel (self, &complaint->channel))
    {
      set_field_message (self->channel_message, NULL, _("Choose how the complaint came in"));
      note_problem (problem, _("Channel"), _("Choose how the complaint came in"));
      return FALSE;
    }
  set_field_message (self->channel_message, NULL, NULL);

  if (complaint->channel != LAYANAN_CHANNEL_SP4N_LAPOR)
    return TRUE;

  lapor = entry_text (GTK_EDITABLE (self->lapor_row));
  if (lapor != NULL && !layanan_lapor_number_normalize (lapor, &complaint->lapor_number, &error))
    {
      set_field_message (self->lapor_message, GTK_WIDGET (self->lapor_row), error->message);
      note_problem (problem, _("SP4N-LAPOR! Number"), error->message);
      return FALSE;
    }
  set_field_message (self->lapor_message, GTK_WIDGET (self->lapor_row), NULL);
  return TRUE;
}

static gboolean
read_service_into (LayananComplaintDialog *self,
                   LayananComplaint       *complaint,
                   GString                *problem)
{
  g_autofree char *text = entry_text (GTK_EDITABLE (self->service_entry));
  const LayananServiceSummary *service;

  if (text == NULL)
    return TRUE;
  service = find_service (self, text);
  if (service == NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->service_entry), "error");
      note_problem (problem, _("Service"), _("No single service of the catalog has that name"));
      return FALSE;
    }
  complaint->service_id = service->id;
  return TRUE;
}

/* The complaint the form describes, or NULL with every wrong field marked
 * and the first named in @error. Nothing typed is cleared. */
static LayananComplaint *
build_complaint (LayananComplaintDialog  *self,
                 GError                 **error)
{
  g_autoptr(LayananComplaint) complaint = layanan_complaint_new ();
  g_autoptr(GString) problem = g_string_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now (layanan_calendar_get_timezone (self->calendar));
  const LayananCategory *category = selected_category (self);
  gboolean ok = TRUE;

  complaint->unit_id = self->unit_id;
  ok &= read_received_into (self, complaint, problem);
  ok &= read_channel_into (self, complaint, problem);
  ok &= read_service_into (self, complaint, problem);

  complaint->anonymous = gtk_switch_get_active (self->anonymous_switch);
  complaint->confidential = gtk_switch_get_active (self->confidential_switch);
  if (!complaint->anonymous)
    {
      complaint->complainant_name = entry_text (GTK_EDITABLE (self->name_row));
      complaint->complainant_contact = entry_text (GTK_EDITABLE (self->contact_row));
    }
  complaint->classification = adw_combo_row_get_selected (self->classification_row);

  complaint->description = description_text (self);
  set_field_message (self->description_message, NULL,
                     complaint->description == NULL ? _("Say what the complaint is about") : NULL);
  if (complaint->description == NULL)
    {
      note_problem (problem, _("Description"), _("Say what the complaint is about"));
      ok = FALSE;
    }

  set_field_message (self->category_message, NULL,
                     category == NULL ? _("Choose the category: it sets the deadline") : NULL);
  if (category == NULL)
    {
      note_problem (problem, _("Category"), _("Choose the category: it sets the deadline"));
      ok = FALSE;
    }

  if (!ok)
    {
      g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT, problem->str);
      return NULL;
    }

  layanan_complaint_set_category (complaint, category, self->calendar);
  if (!layanan_complaint_validate (complaint, now, error))
    return NULL;
  return g_steal_pointer (&complaint);
}

/* ─────────────────────────── Live feedback ─────────────────────────── */

static void
update_due (LayananComplaintDialog *self)
{
  const LayananCategory *category = selected_category (self);
  g_autoptr(LayananComplaint) complaint = layanan_complaint_new ();
  g_autoptr(GDateTime) received = read_received (self, NULL);
  g_autoptr(GDateTime) due = NULL;
  g_autofree char *deadline = NULL;
  g_autofree char *subtitle = NULL;
  LayananChannelKind channel;

  if (category == NULL)
    {
      adw_action_row_set_subtitle (self->due_row, _("Choose the category to count the due date"));
      return;
    }

  deadline = layanan_duration_to_string (&category->deadline);
  if (received == NULL)
    {
      /* Translators: the deadline of a category when the time received is not readable,
       * "3 hours from the time received" */
      subtitle = g_strdup_printf (_("%s from the time received"), deadline);
      adw_action_row_set_subtitle (self->due_row, subtitle);
      return;
    }

  complaint->received_at = g_date_time_format_iso8601 (received);
  if (selected_channel (self, &channel))
    complaint->channel = channel;
  layanan_complaint_set_category (complaint, category, self->calendar);
  due = complaint->due_at != NULL ? layanan_date_time_parse (complaint->due_at, NULL, NULL) : NULL;
  if (due != NULL)
    {
      g_autofree char *when = layanan_date_time_format_long (due);

      /* Translators: "Monday, 5 January 2027 10.30 (3 hours)" */
      subtitle = g_strdup_printf (_("%s (%s)"), when, deadline);
    }
  else
    subtitle = g_strdup (deadline);
  adw_action_row_set_subtitle (self->due_row, subtitle);
}

static void
update_service (LayananComplaintDialog *self)
{
  g_autofree char *text = entry_text (GTK_EDITABLE (self->service_entry));
  const LayananServiceSummary *service = text != NULL ? find_service (self, text) : NULL;

  gtk_widget_remove_css_class (GTK_WIDGET (self->service_entry), "error");
  if (text == NULL)
    adw_action_row_set_subtitle (self->service_row,
                                 _("None: the complaint concerns no service of the catalog"));
  else if (service != NULL)
    adw_action_row_set_subtitle (self->service_row, service->name);
  else
    adw_action_row_set_subtitle (self->service_row, _("Keep typing: no single service matches yet"));
}

static void
channel_toggled_cb (LayananComplaintDialog *self)
{
  LayananChannelKind channel;
  gboolean lapor = selected_channel (self, &channel) && channel == LAYANAN_CHANNEL_SP4N_LAPOR;

  gtk_widget_set_visible (GTK_WIDGET (self->lapor_group), lapor);
  if (selected_channel (self, &channel))
    set_field_message (self->channel_message, NULL, NULL);
  update_due (self);
}

static void
category_toggled_cb (LayananComplaintDialog *self)
{
  if (selected_category (self) != NULL)
    set_field_message (self->category_message, NULL, NULL);
  update_due (self);
}

static void
anonymous_changed_cb (LayananComplaintDialog *self)
{
  gboolean anonymous = gtk_switch_get_active (self->anonymous_switch);

  gtk_widget_set_visible (GTK_WIDGET (self->name_row), !anonymous);
  gtk_widget_set_visible (GTK_WIDGET (self->contact_row), !anonymous);
}

/* ─────────────────────────── Attachments ─────────────────────────── */

static void
remove_file_cb (GtkButton              *button,
                LayananComplaintDialog *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_ACTION_ROW);
  guint index;

  if (!g_ptr_array_find (self->file_rows, row, &index))
    return;
  adw_preferences_group_remove (self->files_group, row);
  g_ptr_array_remove_index (self->file_rows, index);
  g_ptr_array_remove_index (self->files, index);
}

static void
add_file_row (LayananComplaintDialog  *self,
              const LayananLetterFile *file)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  /* Translators: the accessible name of the button that drops an attachment */
  g_autofree char *label = g_strdup_printf (_("Remove %s"), file->file_name);
  g_autofree char *size = g_format_size (g_bytes_get_size (file->contents));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), file->file_name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), size);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_file_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  adw_preferences_group_add (self->files_group, row);
  g_ptr_array_add (self->file_rows, row);
}

gboolean
layanan_complaint_dialog_add_file (LayananComplaintDialog  *self,
                                   GFile                   *file,
                                   GError                 **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *content_type = NULL;
  g_autoptr(GError) local_error = NULL;
  LayananLetterFile *attachment;
  gsize length;

  g_return_val_if_fail (LAYANAN_IS_COMPLAINT_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &local_error))
    {
      /* Translators: %s is a file name, then why it could not be read */
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("Cannot read “%s”: %s"), name, local_error->message);
      return FALSE;
    }

  content_type = g_content_type_guess (name, (const guchar *) contents, length, NULL);
  attachment = g_new0 (LayananLetterFile, 1);
  attachment->file_name = g_steal_pointer (&name);
  attachment->mime_type = g_content_type_get_mime_type (content_type);
  attachment->contents = g_bytes_new_take (g_steal_pointer (&contents), length);
  g_ptr_array_add (self->files, attachment);
  add_file_row (self, attachment);
  return TRUE;
}

static void
add_files (LayananComplaintDialog *self,
           GListModel             *files)
{
  for (guint i = 0; i < g_list_model_get_n_items (files); i++)
    {
      g_autoptr(GFile) file = g_list_model_get_item (files, i);
      g_autoptr(GError) error = NULL;

      if (!layanan_complaint_dialog_add_file (self, file, &error))
        show_message (self, error->message);
    }
}

static void
chooser_response_cb (GtkNativeDialog        *dialog,
                     int                     response,
                     LayananComplaintDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));

      add_files (self, files);
    }
  g_object_unref (dialog);
}

static void
add_files_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LayananComplaintDialog *self = LAYANAN_COMPLAINT_DIALOG (widget);
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (_("Add Attachments"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Add"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static gboolean
drop_cb (GtkDropTarget          *target,
         const GValue           *value,
         double                  x,
         double                  y,
         LayananComplaintDialog *self)
{
  GSList *list = g_value_get_boxed (value);

  for (GSList *l = list; l != NULL; l = l->next)
    {
      g_autoptr(GError) error = NULL;

      if (!layanan_complaint_dialog_add_file (self, l->data, &error))
        show_message (self, error->message);
    }
  return TRUE;
}

/* ─────────────────────────── Saving ─────────────────────────── */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LayananComplaintDialog *self = LAYANAN_COMPLAINT_DIALOG (widget);
  g_autoptr(LayananComplaint) complaint = NULL;
  g_autoptr(GError) error = NULL;

  complaint = build_complaint (self, &error);
  if (complaint == NULL
      || !layanan_database_add_complaint (self->database, complaint, self->files, &error))
    {
      show_message (self, error->message);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, complaint->id);
  gtk_window_close (GTK_WINDOW (self));
}

/* ─────────────────────────── Filling ─────────────────────────── */

static GtkToggleButton *
choice_button_new (GtkFlowBox      *box,
                   const char      *label,
                   GtkToggleButton *group)
{
  GtkWidget *button = gtk_toggle_button_new_with_label (label);
  GtkWidget *child = gtk_widget_get_first_child (button);

  if (GTK_IS_LABEL (child))
    {
      gtk_label_set_wrap (GTK_LABEL (child), TRUE);
      gtk_label_set_justify (GTK_LABEL (child), GTK_JUSTIFY_CENTER);
    }
  if (group != NULL)
    gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), group);
  gtk_flow_box_append (box, button);
  return GTK_TOGGLE_BUTTON (button);
}

static void
fill_channels (LayananComplaintDialog *self)
{
  for (guint i = 0; i < LAYANAN_N_CHANNEL_KINDS; i++)
    {
      self->channel_buttons[i] = choice_button_new (self->channel_box,
                                                    layanan_channel_kind_get_label (i),
                                                    i > 0 ? self->channel_buttons[0] : NULL);
      g_signal_connect_swapped (self->channel_buttons[i], "toggled",
                                G_CALLBACK (channel_toggled_cb), self);
    }
}

static void
fill_classifications (LayananComplaintDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  for (guint i = 0; i < LAYANAN_N_COMPLAINT_KINDS; i++)
    gtk_string_list_append (names, layanan_complaint_kind_get_label (i));
  adw_combo_row_set_model (self->classification_row, G_LIST_MODEL (names));
}

static void
fill_categories (LayananComplaintDialog *self)
{
  g_autoptr(GError) error = NULL;

  self->categories = layanan_database_list_categories (self->database, self->unit_id, FALSE,
                                                       &error);
  if (self->categories == NULL)
    {
      show_message (self, error->message);
      self->categories = g_ptr_array_new ();
    }

  for (guint i = 0; i < self->categories->len; i++)
    {
      const LayananCategory *category = g_ptr_array_index (self->categories, i);
      GtkToggleButton *first = self->category_buttons->len > 0
                               ? g_ptr_array_index (self->category_buttons, 0) : NULL;
      GtkToggleButton *button = choice_button_new (self->category_box, category->name, first);
      g_autofree char *deadline = layanan_duration_to_string (&category->deadline);

      gtk_widget_set_tooltip_text (GTK_WIDGET (button), deadline);
      g_signal_connect_swapped (button, "toggled", G_CALLBACK (category_toggled_cb), self);
      g_ptr_array_add (self->category_buttons, button);
    }
}

static void
fill_services (LayananComplaintDialog *self)
{
  g_autoptr(GtkEntryCompletion) completion = gtk_entry_completion_new ();
  g_autoptr(GtkListStore) names = gtk_list_store_new (1, G_TYPE_STRING);

  self->services = layanan_database_list_services (self->database, NULL, NULL);
  for (guint i = 0; self->services != NULL && i < self->services->len; i++)
    gtk_list_store_insert_with_values (names, NULL, -1, 0,
                                       ((LayananServiceSummary *) g_ptr_array_index (self->services,
                                                                                     i))->name,
                                       -1);
  gtk_entry_completion_set_model (completion, GTK_TREE_MODEL (names));
  gtk_entry_completion_set_text_column (completion, 0);
  gtk_entry_completion_set_minimum_key_length (completion, 1);
  gtk_entry_set_completion (self->service_entry, completion);
}

static void
set_received_now (LayananComplaintDialog *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now (layanan_calendar_get_timezone (self->calendar));
  g_autofree char *date = g_date_time_format (now, "%d/%m/%Y");
  g_autofree char *time = g_date_time_format (now, "%H.%M");

  gtk_editable_set_text (GTK_EDITABLE (self->received_date_row), date);
  gtk_editable_set_text (GTK_EDITABLE (self->received_time_row), time);
}

/* ─────────────────────────── Life cycle ─────────────────────────── */

static void
layanan_complaint_dialog_dispose (GObject *object)
{
  LayananComplaintDialog *self = LAYANAN_COMPLAINT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LAYANAN_TYPE_COMPLAINT_DIALOG);
  g_clear_object (&self->database);
  g_clear_object (&self->calendar);
  g_clear_pointer (&self->services, g_ptr_array_unref);
  g_clear_pointer (&self->categories, g_ptr_array_unref);
  g_clear_pointer (&self->files, g_ptr_array_unref);
  g_clear_pointer (&self->file_rows, g_ptr_array_unref);
  g_clear_pointer (&self->category_buttons, g_ptr_array_unref);

  G_OBJECT_CLASS (layanan_complaint_dialog_parent_class)->dispose (object);
}

static void
layanan_complaint_dialog_class_init (LayananComplaintDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = layanan_complaint_dialog_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/layananbiro/Layanan/layanan-complaint-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, LayananComplaintDialog, name)
  BIND (toast_overlay);
  BIND (received_date_row);
  BIND (received_time_row);
  BIND (received_message);
  BIND (channel_box);
  BIND (channel_message);
  BIND (lapor_group);
  BIND (lapor_row);
  BIND (lapor_message);
  BIND (anonymous_switch);
  BIND (name_row);
  BIND (contact_row);
  BIND (confidential_switch);
  BIND (service_row);
  BIND (service_entry);
  BIND (classification_row);
  BIND (category_box);
  BIND (category_message);
  BIND (due_row);
  BIND (description_view);
  BIND (description_message);
  BIND (files_group);
#undef BIND

  gtk_widget_class_install_action (widget_class, "complaint-dialog.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "complaint-dialog.add-files", NULL,
                                   add_files_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "complaint-dialog.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
layanan_complaint_dialog_init (LayananComplaintDialog *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->files = g_ptr_array_new_with_free_func ((GDestroyNotify) layanan_letter_file_free);
  self->file_rows = g_ptr_array_new ();
  self->category_buttons = g_ptr_array_new ();

  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
  g_signal_connect_swapped (self->anonymous_switch, "notify::active",
                            G_CALLBACK (anonymous_changed_cb), self);
  g_signal_connect_swapped (self->received_date_row, "changed", G_CALLBACK (update_due), self);
  g_signal_connect_swapped (self->received_time_row, "changed", G_CALLBACK (update_due), self);
  g_signal_connect_swapped (self->service_entry, "changed", G_CALLBACK (update_service), self);
  fill_channels (self);
  fill_classifications (self);
}

LayananComplaintDialog *
layanan_complaint_dialog_new (GtkWindow       *parent,
                              LayananDatabase *database,
                              gint64           unit_id)
{
  LayananComplaintDialog *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (database), NULL);

  self = g_object_new (LAYANAN_TYPE_COMPLAINT_DIALOG, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  self->unit_id = unit_id;
  self->calendar = layanan_database_load_calendar (database, &error);
  if (self->calendar == NULL)
    {
      /* Deadlines still count, on the default working week. */
      show_message (self, error->message);
      self->calendar = layanan_calendar_new ();
    }

  set_received_now (self);
  fill_services (self);
  fill_categories (self);
  update_due (self);
  return self;
}
