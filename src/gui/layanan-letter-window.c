/* layanan-letter-window.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-letter-window"

#include "config.h"

#include <glib/gi18n.h>

#include "layanan-date.h"
#include "layanan-disposition-dialog.h"
#include "layanan-disposition-sheet.h"
#include "layanan-letter-form.h"
#include "layanan-letter-window.h"
#include "layanan-scan.h"
#include "layanan-scan-preview.h"

struct _LayananLetterWindow
{
  AdwWindow             parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  LayananScanPreview   *preview;
  AdwPreferencesGroup  *disposition_group;
  AdwPreferencesGroup  *history_group;
  LayananLetterForm    *form;

  /* Owned */
  LayananDatabase      *database;
  LayananCalendar      *calendar;
  LayananLetter        *letter;
  GPtrArray            *dispositions;   /* LayananDisposition */
  GPtrArray            *shown_rows;     /* rows this window added to the two groups */
};

G_DEFINE_FINAL_TYPE (LayananLetterWindow, layanan_letter_window, ADW_TYPE_WINDOW)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void
show_message (LayananLetterWindow *self,
              const char          *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

/* ─────────────────────────── Showing ─────────────────────────── */

static void
add_row (LayananLetterWindow *self,
         AdwPreferencesGroup *group,
         const char          *title,
         const char          *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : "");
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->shown_rows, row);
}

static char *
instructions_text (const LayananDisposition *disposition)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint flag = LAYANAN_INSTRUCTION_TANGGAPAN_SARAN; flag <= LAYANAN_INSTRUCTION_KOORDINASI;
       flag <<= 1)
    {
      if (disposition->instructions & flag)
        g_string_append_printf (text, "%s%s", text->len > 0 ? ", " : "",
                                layanan_instruction_get_label (flag));
    }
  if (disposition->note != NULL)
    g_string_append_printf (text, "%s%s", text->len > 0 ? ". " : "", disposition->note);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
show_dispositions (LayananLetterWindow *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->dispositions, g_ptr_array_unref);
  self->dispositions = layanan_database_list_dispositions (self->database, self->letter->id,
                                                           &error);
  if (self->dispositions == NULL)
    {
      show_message (self, error->message);
      return;
    }

  for (guint i = 0; i < self->dispositions->len; i++)
    {
      LayananDisposition *disposition = g_ptr_array_index (self->dispositions, i);
      g_autofree char *instructions = instructions_text (disposition);
      g_autofree char *title = NULL;

      /* Translators: a disposition row, "From Kabag to Siti Aminah" */
      title = g_strdup_printf (_("From %s to %s"), disposition->from_name, disposition->to_name);
      if (disposition->due_date != NULL)
        {
          GDate date;
          g_autofree char *due = NULL;
          g_autofree char *subtitle = NULL;

          due = layanan_date_parse_iso (disposition->due_date, &date, NULL)
                ? layanan_date_format_long (&date) : g_strdup (disposition->due_date);
          /* Translators: a disposition's due date, "Due 7 January 2027" */
          subtitle = g_strdup_printf (_("Due %s"), due);
          if (*instructions != '\0')
            {
              g_autofree char *both = g_strdup_printf ("%s · %s", instructions, subtitle);

              g_free (subtitle);
              subtitle = g_steal_pointer (&both);
            }
          add_row (self, self->disposition_group, title, subtitle);
        }
      else
        add_row (self, self->disposition_group, title, instructions);
    }
}

static void
show_history (LayananLetterWindow *self)
{
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;

  events = layanan_database_list_letter_events (self->database, self->letter->id, &error);
  if (events == NULL)
    {
      show_message (self, error->message);
      return;
    }

  for (guint i = 0; i < events->len; i++)
    {
      LayananLetterEvent *event = g_ptr_array_index (events, i);
      g_autoptr(GDateTime) at = layanan_date_time_parse (event->at, NULL, NULL);
      g_autofree char *when = at != NULL ? layanan_date_time_format_long (at) : g_strdup (event->at);
      g_autofree char *subtitle = NULL;
      const char *what = event->has_status_change
                         ? layanan_letter_status_get_label (event->to_status)
                         : event->kind;

      /* Translators: a history row's subtitle, "Monday, 23 November 2026 09.15 · Siti" */
      subtitle = g_strdup_printf (_("%s · %s"), when, event->actor != NULL ? event->actor : "");
      if (event->note != NULL)
        {
          g_autofree char *title = g_strdup_printf ("%s — %s", what, event->note);

          add_row (self, self->history_group, title, subtitle);
        }
      else
        add_row (self, self->history_group, what, subtitle);
    }
}

static void
clear_rows (LayananLetterWindow *self)
{
  for (guint i = 0; i < self->shown_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->shown_rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->shown_rows, 0);
}

static void
show_title (LayananLetterWindow *self)
{
  g_autofree char *agenda = layanan_agenda_number_format (self->letter->agenda_number,
                                                          self->letter->agenda_year);
  g_autofree char *title = NULL;

  /* Translators: the letter window's title, "Letter 12/2026" */
  title = g_strdup_printf (_("Letter %s"), agenda);
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title,
                                 layanan_letter_status_get_label (self->letter->status));
}

static gboolean
reload (LayananLetterWindow  *self,
        GError              **error)
{
  LayananLetter *letter = layanan_database_load_letter (self->database,
                                                        self->letter != NULL ? self->letter->id : 0,
                                                        error);

  if (letter == NULL)
    return FALSE;

  g_clear_pointer (&self->letter, layanan_letter_free);
  self->letter = letter;
  show_title (self);
  clear_rows (self);
  show_dispositions (self);
  show_history (self);
  return TRUE;
}

static void
changed (LayananLetterWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (!reload (self, &error))
    show_message (self, error->message);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
show_scans (LayananLetterWindow *self)
{
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GPtrArray) scans = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  files = layanan_database_list_letter_files (self->database, self->letter->id, &error);
  for (guint i = 0; files != NULL && i < files->len; i++)
    {
      LayananLetterFile *file = g_ptr_array_index (files, i);
      LayananScan *scan = layanan_scan_new_from_bytes (file->contents, file->file_name, &error);

      if (scan == NULL)
        break;
      g_ptr_array_add (scans, scan);
    }
  if (error != NULL)
    show_message (self, error->message);
  layanan_scan_preview_set_scans (self->preview, scans);
}

/* ─────────────────────────── Actions ─────────────────────────── */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LayananLetterWindow *self = LAYANAN_LETTER_WINDOW (widget);
  g_autoptr(LayananLetter) letter = NULL;
  g_autoptr(GError) error = NULL;

  letter = layanan_letter_form_get_letter (self->form, self->letter, &error);
  if (letter == NULL || !layanan_database_update_letter (self->database, letter, &error))
    {
      show_message (self, error->message);
      return;
    }

  changed (self);
  show_message (self, _("Changes saved"));
}

static void
status_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LayananLetterWindow *self = LAYANAN_LETTER_WINDOW (widget);
  LayananLetterStatus status;
  g_autoptr(GError) error = NULL;

  if (!layanan_letter_status_from_key (g_variant_get_string (parameter, NULL), &status))
    return;

  if (!layanan_database_set_letter_status (self->database, self->letter->id, status, NULL,
                                           &error))
    {
      show_message (self, error->message);
      return;
    }
  changed (self);
}

static void
no_disposition_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  LayananLetterWindow *self = LAYANAN_LETTER_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!layanan_database_mark_no_disposition (self->database, self->letter->id, &error))
    {
      show_message (self, error->message);
      return;
    }
  changed (self);
}

static void
disposed_cb (LayananLetterWindow *self)
{
  changed (self);
  show_message (self, _("Disposition saved"));
}

static void
dispose_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  LayananLetterWindow *self = LAYANAN_LETTER_WINDOW (widget);
  LayananDispositionDialog *dialog;

  dialog = layanan_disposition_dialog_new (GTK_WINDOW (self), self->database, self->calendar,
                                           self->letter, self->dispositions);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (disposed_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
void_response_cb (AdwMessageDialog    *dialog,
                  const char          *response,
                  LayananLetterWindow *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "void") != 0)
    return;

  if (!layanan_database_void_letter (self->database, self->letter->id,
                                     gtk_editable_get_text (entry), &error))
    {
      show_message (self, error->message);
      return;
    }
  changed (self);
}

static void
void_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LayananLetterWindow *self = LAYANAN_LETTER_WINDOW (widget);
  AdwMessageDialog *dialog;
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Reason"), -1);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
    GTK_WINDOW (self), _("Void This Registration?"),
    _("The letter keeps its agenda number and its row in the register, marked void with the reason.")));
  adw_message_dialog_set_extra_child (dialog, entry);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "void", _("_Void"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "void", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (void_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  LayananLetterWindow *self = LAYANAN_LETTER_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!layanan_disposition_sheet_print (GTK_WINDOW (self), self->database, self->letter,
                                        self->dispositions, NULL, &error))
    show_message (self, error->message);
}

/* ─────────────────────────── Life cycle ─────────────────────────── */

static void
layanan_letter_window_dispose (GObject *object)
{
  LayananLetterWindow *self = LAYANAN_LETTER_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LAYANAN_TYPE_LETTER_WINDOW);
  g_clear_pointer (&self->letter, layanan_letter_free);
  g_clear_pointer (&self->dispositions, g_ptr_array_unref);
  g_clear_pointer (&self->shown_rows, g_ptr_array_unref);
  g_clear_object (&self->database);
  g_clear_object (&self->calendar);

  G_OBJECT_CLASS (layanan_letter_window_parent_class)->dispose (object);
}

static void
layanan_letter_window_class_init (LayananLetterWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = layanan_letter_window_dispose;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (LAYANAN_TYPE_SCAN_PREVIEW);
  g_type_ensure (LAYANAN_TYPE_LETTER_FORM);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/layananbiro/Layanan/layanan-letter-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LayananLetterWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LayananLetterWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, LayananLetterWindow, preview);
  gtk_widget_class_bind_template_child (widget_class, LayananLetterWindow, disposition_group);
  gtk_widget_class_bind_template_child (widget_class, LayananLetterWindow, history_group);
  gtk_widget_class_bind_template_child (widget_class, LayananLetterWindow, form);

  gtk_widget_class_install_action (widget_class, "letter.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "letter.status", "s", status_action);
  gtk_widget_class_install_action (widget_class, "letter.no-disposition", NULL,
                                   no_disposition_action);
  gtk_widget_class_install_action (widget_class, "letter.dispose", NULL, dispose_action);
  gtk_widget_class_install_action (widget_class, "letter.void", NULL, void_action);
  gtk_widget_class_install_action (widget_class, "letter.print", NULL, print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "letter.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "letter.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
layanan_letter_window_init (LayananLetterWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->shown_rows = g_ptr_array_new ();
}

LayananLetterWindow *
layanan_letter_window_new (GtkWindow       *parent,
                           LayananDatabase *database,
                           gint64           letter_id)
{
  LayananLetterWindow *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (database), NULL);

  self = g_object_new (LAYANAN_TYPE_LETTER_WINDOW, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  self->calendar = layanan_database_load_calendar (database, &error);
  self->letter = layanan_letter_new ();
  self->letter->id = letter_id;

  if (self->calendar == NULL || !reload (self, &error))
    {
      show_message (self, error->message);
      return self;
    }

  layanan_letter_form_set_database (self->form, database, self->calendar);
  layanan_letter_form_set_letter (self->form, self->letter);
  show_scans (self);
  return self;
}
