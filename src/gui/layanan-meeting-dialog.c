/* layanan-meeting-dialog.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-meeting-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "layanan-date.h"
#include "layanan-error.h"
#include "layanan-meeting-dialog.h"
#include "layanan-mnemonic-button.h"

struct _LayananMeetingDialog
{
  AdwWindow        parent_instance;

  /* Widgets */
  AdwToastOverlay *toast_overlay;
  AdwEntryRow     *date_row;
  GtkTextView     *attendees_view;
  GtkTextView     *notes_view;
  GtkListBox      *decisions_list;

  /* Owned */
  LayananDatabase *database;

  gint64           meeting_id;     /* 0 for a new meeting */
  gint64           unit_id;
};

G_DEFINE_FINAL_TYPE (LayananMeetingDialog, layanan_meeting_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* The controls of one decision, kept on its list row. */
typedef struct
{
  gint64          id;              /* 0 for a decision added here */
  GtkEditable    *decision;
  GtkEditable    *owner;
  GtkEditable    *due_date;
  GtkCheckButton *done;
} DecisionControls;

static void
show_error (LayananMeetingDialog *self,
            const char           *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static char *
text_view_get_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

/* A framed text view; @view is set to the view inside. */
static GtkWidget *
new_text_view (const char   *accessible_name,
               const char   *text,
               GtkTextView **view_out)
{
  GtkWidget *view = gtk_text_view_new ();
  GtkWidget *frame = gtk_frame_new (NULL);

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 6);
  gtk_widget_set_size_request (view, -1, 80);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)),
                            text != NULL ? text : "", -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_name, -1);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  *view_out = GTK_TEXT_VIEW (view);
  return frame;
}

/* ─────────────────────────── Decisions ─────────────────────────── */

static GtkEditable *
add_entry (GtkBox     *box,
           const char *accessible_name,
           const char *placeholder,
           const char *text,
           int         width_chars)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
  if (width_chars > 0)
    gtk_editable_set_width_chars (GTK_EDITABLE (entry), width_chars);
  else
    gtk_widget_set_hexpand (entry, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_name, -1);
  gtk_box_append (box, entry);
  return GTK_EDITABLE (entry);
}

static void
remove_decision_cb (GtkButton            *button,
                    LayananMeetingDialog *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);

  gtk_list_box_remove (self->decisions_list, row);
}

static void
add_decision_row (LayananMeetingDialog         *self,
                  const LayananMeetingDecision *decision)
{
  DecisionControls *controls = g_new0 (DecisionControls, 1);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *done = gtk_check_button_new_with_label (_("Done"));
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");

  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);

  controls->id = decision != NULL ? decision->id : 0;
  /* Translators: what an evaluation meeting decided, e.g. "Tambah petugas loket" */
  controls->decision = add_entry (GTK_BOX (box), _("Decision"), _("What was decided"),
                                  decision != NULL ? decision->decision : NULL, 0);
  /* Translators: who carries a meeting's decision out */
  controls->owner = add_entry (GTK_BOX (box), _("Owner"), _("Owner"),
                               decision != NULL ? decision->owner : NULL, 14);
  controls->due_date = add_entry (GTK_BOX (box), _("Due date"), _("YYYY-MM-DD"),
                                  decision != NULL ? decision->due_date : NULL, 11);
  controls->done = GTK_CHECK_BUTTON (done);
  gtk_check_button_set_active (controls->done, decision != NULL && decision->done);
  gtk_box_append (GTK_BOX (box), done);

  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove Decision"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Remove decision"), -1);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_decision_cb), self);
  gtk_box_append (GTK_BOX (box), remove);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  g_object_set_data_full (G_OBJECT (row), "controls", controls, g_free);
  gtk_list_box_append (self->decisions_list, row);
}

static gboolean
is_blank (GtkEditable *editable)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  return *text == '\0';
}

/* The decision a row describes; NULL for a row left blank (skipped), or
 * NULL with @error for one that is wrong. */
static LayananMeetingDecision *
read_decision (DecisionControls  *controls,
               guint              number,
               GError           **error)
{
  g_autoptr(GError) date_error = NULL;
  LayananMeetingDecision *decision;
  GDate due;

  if (is_blank (controls->decision) && is_blank (controls->owner) && is_blank (controls->due_date))
    return NULL;

  if (is_blank (controls->decision))
    {
      /* Translators: %u is the decision's position in the meeting's list */
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("Decision %u: say what was decided"), number);
      return NULL;
    }
  if (!is_blank (controls->due_date)
      && !layanan_date_parse_iso (gtk_editable_get_text (controls->due_date), &due, &date_error))
    {
      /* Translators: %u is the decision's position; %s says what is wrong with its date */
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("Decision %u, due date: %s"), number, date_error->message);
      return NULL;
    }

  decision = g_new0 (LayananMeetingDecision, 1);
  decision->id = controls->id;
  decision->decision = g_strstrip (g_strdup (gtk_editable_get_text (controls->decision)));
  decision->owner = g_strstrip (g_strdup (gtk_editable_get_text (controls->owner)));
  decision->due_date = is_blank (controls->due_date) ? NULL : layanan_date_format_iso (&due);
  decision->done = gtk_check_button_get_active (controls->done);
  return decision;
}

/* ─────────────────────────── Saving ─────────────────────────── */

static LayananMeeting *
read_meeting (LayananMeetingDialog  *self,
              GError               **error)
{
  g_autoptr(LayananMeeting) meeting = layanan_meeting_new ();
  g_autoptr(GError) date_error = NULL;
  guint number = 0;
  GDate date;

  if (!layanan_date_parse_iso (gtk_editable_get_text (GTK_EDITABLE (self->date_row)), &date,
                               &date_error))
    {
      /* Translators: %s says what is wrong with the meeting's date */
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT, _("Meeting date: %s"),
                   date_error->message);
      return NULL;
    }

  meeting->id = self->meeting_id;
  meeting->unit_id = self->unit_id;
  meeting->date = layanan_date_format_iso (&date);
  meeting->attendees = text_view_get_text (self->attendees_view);
  meeting->notes = text_view_get_text (self->notes_view);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->decisions_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      DecisionControls *controls = g_object_get_data (G_OBJECT (row), "controls");
      LayananMeetingDecision *decision;

      if (controls == NULL)
        continue;
      number++;
      decision = read_decision (controls, number, error);
      if (decision != NULL)
        g_ptr_array_add (meeting->decisions, decision);
      else if (error != NULL && *error != NULL)
        return NULL;
    }

  return g_steal_pointer (&meeting);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LayananMeetingDialog *self = LAYANAN_MEETING_DIALOG (widget);
  g_autoptr(LayananMeeting) meeting = NULL;
  g_autoptr(GError) error = NULL;

  meeting = read_meeting (self, &error);
  if (meeting == NULL || !layanan_database_save_meeting (self->database, meeting, &error))
    {
      show_error (self, error->message);
      return;
    }

  self->meeting_id = meeting->id;
  g_signal_emit (self, signals[SAVED], 0, meeting->id);
  gtk_window_close (GTK_WINDOW (self));
}

static void
add_decision_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  add_decision_row (LAYANAN_MEETING_DIALOG (widget), NULL);
}

/* ─────────────────────────── Building ─────────────────────────── */

static GtkWidget *
build_header (LayananMeetingDialog *self)
{
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = layanan_mnemonic_button_new (_("_Cancel"), "window.close");
  GtkWidget *save = layanan_mnemonic_button_new (_("_Save"), "meeting.save");

  gtk_widget_add_css_class (save, "suggested-action");
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  return header;
}

static GtkWidget *
build_group (const char *title,
             const char *description,
             GtkWidget  *child)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), child);
  return group;
}

static GtkWidget *
build_decisions_group (LayananMeetingDialog *self)
{
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *group = build_group (_("Decisions"),
                                  _("What the meeting decided, who carries it out and by when"),
                                  list);
  GtkWidget *add = layanan_mnemonic_button_new (_("_Add Decision"), "meeting.add-decision");

  gtk_widget_add_css_class (add, "flat");
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), add);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Decisions"), -1);
  self->decisions_list = GTK_LIST_BOX (list);
  return group;
}

static void
build_content (LayananMeetingDialog *self,
               const LayananMeeting *meeting)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *date_row = adw_entry_row_new ();

  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  /* Translators: the title of the field holding the meeting's date, YYYY-MM-DD */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (date_row), _("Date (YYYY-MM-DD)"));
  gtk_editable_set_text (GTK_EDITABLE (date_row), meeting != NULL ? meeting->date : "");
  self->date_row = ADW_ENTRY_ROW (date_row);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), date_row);
  gtk_box_append (GTK_BOX (box), list);

  gtk_box_append (GTK_BOX (box),
                  build_group (_("Attendees"), _("One per line"),
                               new_text_view (_("Attendees"),
                                              meeting != NULL ? meeting->attendees : NULL,
                                              &self->attendees_view)));

  gtk_box_append (GTK_BOX (box),
                  build_group (_("Notes"), NULL,
                               new_text_view (_("Notes"),
                                              meeting != NULL ? meeting->notes : NULL,
                                              &self->notes_view)));

  gtk_box_append (GTK_BOX (box), build_decisions_group (self));
  for (guint i = 0; meeting != NULL && meeting->decisions != NULL && i < meeting->decisions->len;
       i++)
    add_decision_row (self, g_ptr_array_index (meeting->decisions, i));

  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 720);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_widget_set_vexpand (scrolled, TRUE);

  self->toast_overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toast_overlay, scrolled);
  gtk_box_append (GTK_BOX (content), build_header (self));
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->toast_overlay));
  adw_window_set_content (ADW_WINDOW (self), content);
}

/* ─────────────────────────── GObject ─────────────────────────── */

static void
layanan_meeting_dialog_dispose (GObject *object)
{
  LayananMeetingDialog *self = LAYANAN_MEETING_DIALOG (object);

  g_clear_object (&self->database);

  G_OBJECT_CLASS (layanan_meeting_dialog_parent_class)->dispose (object);
}

static void
layanan_meeting_dialog_class_init (LayananMeetingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = layanan_meeting_dialog_dispose;

  /* After saving, with the meeting's id. */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_install_action (widget_class, "meeting.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "meeting.add-decision", NULL,
                                   add_decision_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "meeting.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
layanan_meeting_dialog_init (LayananMeetingDialog *self)
{
}

LayananMeetingDialog *
layanan_meeting_dialog_new (GtkWindow            *parent,
                            LayananDatabase      *database,
                            gint64                unit_id,
                            const LayananMeeting *meeting)
{
  LayananMeetingDialog *self;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (database), NULL);

  self = g_object_new (LAYANAN_TYPE_MEETING_DIALOG,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       "default-width", 720,
                       "default-height", 640,
                       "title", meeting != NULL ? _("Edit Meeting") : _("New Meeting"),
                       NULL);
  self->database = g_object_ref (database);
  self->meeting_id = meeting != NULL ? meeting->id : 0;
  self->unit_id = meeting != NULL ? meeting->unit_id : unit_id;
  build_content (self, meeting);
  if (meeting == NULL)
    add_decision_row (self, NULL);
  return self;
}
