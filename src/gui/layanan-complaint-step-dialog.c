/* layanan-complaint-step-dialog.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-complaint-step-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "layanan-complaint-step-dialog.h"
#include "layanan-error.h"

struct _LayananComplaintStepDialog
{
  AdwWindow                 parent_instance;

  GtkLabel                 *problem_label;
  AdwEntryRow              *note_row;
  AdwPreferencesGroup      *to_group;
  GtkEntry                 *to_entry;
  AdwActionRow             *to_row;
  AdwEntryRow              *referred_row;
  AdwPreferencesGroup      *category_group;
  GtkTextView              *response_view;
  AdwPreferencesGroup      *response_group;

  LayananDatabase          *database;
  LayananCalendar          *calendar;
  LayananComplaint         *complaint;
  LayananComplaintStepKind  kind;
  GPtrArray                *recipients;       /* Recipient */
  GPtrArray                *categories;       /* LayananCategory, in category_buttons order */
  GPtrArray                *category_buttons; /* GtkToggleButton */
};

G_DEFINE_FINAL_TYPE (LayananComplaintStepDialog, layanan_complaint_step_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* A member of staff or a section a complaint can be forwarded to. */
typedef struct
{
  gint64  staff_id;
  gint64  unit_id;
  char   *name;
} Recipient;

static void
recipient_free (Recipient *recipient)
{
  g_free (recipient->name);
  g_free (recipient);
}

/* What each step asks for. */
typedef struct
{
  const char *title;
  const char *apply_label;
  gboolean    asks_response;
} StepText;

static StepText
step_text (LayananComplaintStepKind kind)
{
  switch (kind)
    {
    case LAYANAN_COMPLAINT_STEP_VERIFY:
      return (StepText) { _("Verify Complaint"), _("Verify"), FALSE };
    case LAYANAN_COMPLAINT_STEP_FORWARD:
      return (StepText) { _("Forward Complaint"), _("Forward"), FALSE };
    case LAYANAN_COMPLAINT_STEP_FOLLOW_UP:
      return (StepText) { _("Follow Up Complaint"), _("Follow Up"), TRUE };
    case LAYANAN_COMPLAINT_STEP_AWAIT_COMPLAINANT:
      return (StepText) { _("Wait for Complainant"), _("Wait"), TRUE };
    case LAYANAN_COMPLAINT_STEP_RESUME:
      return (StepText) { _("Resume Handling"), _("Resume"), FALSE };
    case LAYANAN_COMPLAINT_STEP_SETTLE:
      return (StepText) { _("Settle Complaint"), _("Settle"), TRUE };
    case LAYANAN_COMPLAINT_STEP_NOT_COMPETENT:
      return (StepText) { _("Not Our Authority"), _("Refer"), TRUE };
    case LAYANAN_COMPLAINT_STEP_REJECT:
      return (StepText) { _("Reject Complaint"), _("Reject"), TRUE };
    case LAYANAN_COMPLAINT_STEP_REOPEN:
      return (StepText) { _("Reopen Complaint"), _("Reopen"), FALSE };
    case LAYANAN_COMPLAINT_STEP_RECATEGORIZE:
      return (StepText) { _("Change Category"), _("Change"), FALSE };
    case LAYANAN_COMPLAINT_STEP_RESPOND:
    case LAYANAN_COMPLAINT_STEP_RECEIVE:
    case LAYANAN_COMPLAINT_STEP_AUTO_CLOSE:
    default:
      return (StepText) { _("Add Response"), _("Add"), TRUE };
    }
}

static void
show_problem (LayananComplaintStepDialog *self,
              const char                 *message)
{
  gtk_label_set_text (self->problem_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), message != NULL);
}

/* ─────────────────────────── Reading ─────────────────────────── */

static char *
entry_text (GtkEditable *editable)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

static char *
response_text (LayananComplaintStepDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->response_view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

/* The staff member or section the typed name is: the one so named, or the
 * only one whose name holds it. */
static const Recipient *
find_recipient (LayananComplaintStepDialog *self,
                const char                 *text)
{
  g_autofree char *wanted = g_utf8_casefold (text, -1);
  const Recipient *only = NULL;
  guint n_containing = 0;

  for (guint i = 0; i < self->recipients->len; i++)
    {
      const Recipient *recipient = g_ptr_array_index (self->recipients, i);
      g_autofree char *name = g_utf8_casefold (recipient->name, -1);

      if (strcmp (name, wanted) == 0)
        return recipient;
      if (strstr (name, wanted) != NULL)
        {
          only = recipient;
          n_containing++;
        }
    }
  return n_containing == 1 ? only : NULL;
}

static const LayananCategory *
selected_category (LayananComplaintStepDialog *self)
{
  for (guint i = 0; self->category_buttons != NULL && i < self->category_buttons->len; i++)
    if (gtk_toggle_button_get_active (g_ptr_array_index (self->category_buttons, i)))
      return g_ptr_array_index (self->categories, i);
  return NULL;
}

static gboolean
read_recipient (LayananComplaintStepDialog  *self,
                LayananComplaintStep        *step,
                GError                     **error)
{
  g_autofree char *text = entry_text (GTK_EDITABLE (self->to_entry));
  const Recipient *recipient = text != NULL ? find_recipient (self, text) : NULL;

  if (recipient == NULL)
    {
      g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                           text == NULL ? _("To: name the staff member or section")
                                        : _("To: no single staff member or section has that name"));
      return FALSE;
    }
  step->to_staff_id = recipient->staff_id;
  step->to_unit_id = recipient->unit_id;
  step->to_name = g_strdup (recipient->name);
  return TRUE;
}

static LayananComplaintStep *
build_step (LayananComplaintStepDialog  *self,
            const LayananCategory      **category,
            GError                     **error)
{
  g_autoptr(LayananComplaintStep) step = layanan_complaint_step_new (self->kind);
  g_autoptr(GDateTime) now = g_date_time_new_now (layanan_calendar_get_timezone (self->calendar));

  step->complaint_id = self->complaint->id;
  step->at = g_date_time_format_iso8601 (now);
  step->note = entry_text (GTK_EDITABLE (self->note_row));
  if (gtk_widget_get_visible (GTK_WIDGET (self->response_group)))
    step->response = response_text (self);

  *category = NULL;
  switch (self->kind)
    {
    case LAYANAN_COMPLAINT_STEP_FORWARD:
      if (!read_recipient (self, step, error))
        return NULL;
      break;

    case LAYANAN_COMPLAINT_STEP_NOT_COMPETENT:
      step->to_name = entry_text (GTK_EDITABLE (self->referred_row));
      break;

    case LAYANAN_COMPLAINT_STEP_RECATEGORIZE:
      *category = selected_category (self);
      if (*category == NULL)
        {
          g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                               _("Category: choose the new category"));
          return NULL;
        }
      step->category_id = (*category)->id;
      break;

    default:
      break;
    }
  return g_steal_pointer (&step);
}

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  LayananComplaintStepDialog *self = LAYANAN_COMPLAINT_STEP_DIALOG (widget);
  g_autoptr(LayananComplaint) changed = layanan_complaint_copy (self->complaint);
  g_autoptr(LayananComplaintStep) step = NULL;
  const LayananCategory *category = NULL;
  g_autoptr(GError) error = NULL;

  /* The window's complaint stays as loaded until the store has the step. */
  step = build_step (self, &category, &error);
  if (step == NULL
      || !layanan_complaint_apply_step (changed, step, category, self->calendar, &error)
      || !layanan_database_add_complaint_step (self->database, changed, step, &error))
    {
      if (g_error_matches (error, LAYANAN_ERROR, LAYANAN_ERROR_CONFLICT))
        g_prefix_error (&error, "%s ", _("Someone else changed this complaint meanwhile: "
                                         "close it and open it again."));
      show_problem (self, error->message);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0);
  gtk_window_close (GTK_WINDOW (self));
}

/* ─────────────────────────── Building ─────────────────────────── */

static AdwPreferencesGroup *
group_new (AdwPreferencesPage *page,
           const char         *title,
           const char         *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (group));
  return ADW_PREFERENCES_GROUP (group);
}

static AdwEntryRow *
entry_row_new (AdwPreferencesGroup *group,
               const char          *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_group_add (group, row);
  return ADW_ENTRY_ROW (row);
}

static void
fill_recipients (LayananComplaintStepDialog *self)
{
  g_autoptr(GPtrArray) staff = layanan_database_list_staff (self->database, FALSE, NULL);
  g_autoptr(GPtrArray) units = layanan_database_list_units (self->database, NULL);
  g_autoptr(GtkListStore) names = gtk_list_store_new (1, G_TYPE_STRING);
  g_autoptr(GtkEntryCompletion) completion = gtk_entry_completion_new ();

  for (guint i = 0; staff != NULL && i < staff->len; i++)
    {
      LayananStaff *member = g_ptr_array_index (staff, i);
      Recipient *recipient = g_new0 (Recipient, 1);

      recipient->staff_id = member->id;
      recipient->name = g_strdup (member->name);
      g_ptr_array_add (self->recipients, recipient);
    }
  /* Sections: the bagian and subbagian under the biros. */
  for (guint i = 0; units != NULL && i < units->len; i++)
    {
      LayananUnit *unit = g_ptr_array_index (units, i);
      Recipient *recipient;

      if (unit->parent_id == 0)
        continue;
      recipient = g_new0 (Recipient, 1);
      recipient->unit_id = unit->id;
      recipient->name = g_strdup (unit->name);
      g_ptr_array_add (self->recipients, recipient);
    }

  for (guint i = 0; i < self->recipients->len; i++)
    gtk_list_store_insert_with_values (names, NULL, -1, 0,
                                       ((Recipient *) g_ptr_array_index (self->recipients, i))->name,
                                       -1);
  gtk_entry_completion_set_model (completion, GTK_TREE_MODEL (names));
  gtk_entry_completion_set_text_column (completion, 0);
  gtk_entry_completion_set_minimum_key_length (completion, 1);
  gtk_entry_set_completion (self->to_entry, completion);
}

static void
to_changed_cb (LayananComplaintStepDialog *self)
{
  g_autofree char *text = entry_text (GTK_EDITABLE (self->to_entry));
  const Recipient *recipient = text != NULL ? find_recipient (self, text) : NULL;

  adw_action_row_set_subtitle (self->to_row,
                               recipient != NULL ? recipient->name
                                                 : _("Type the name of a staff member or section"));
}

static void
build_to_group (LayananComplaintStepDialog *self,
                AdwPreferencesPage         *page)
{
  self->to_group = group_new (page, C_("recipient", "To"),
                              _("The staff member or section who handles the complaint"));
  self->to_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->to_row), C_("recipient", "To"));
  self->to_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->to_entry), GTK_ALIGN_CENTER);
  gtk_entry_set_placeholder_text (self->to_entry, _("Type a name"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->to_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  C_("recipient", "To"), -1);
  adw_action_row_add_suffix (self->to_row, GTK_WIDGET (self->to_entry));
  adw_preferences_group_add (self->to_group, GTK_WIDGET (self->to_row));
  g_signal_connect_swapped (self->to_entry, "changed", G_CALLBACK (to_changed_cb), self);
  fill_recipients (self);
  to_changed_cb (self);
}

static void
build_category_group (LayananComplaintStepDialog *self,
                      AdwPreferencesPage         *page)
{
  GtkWidget *box = gtk_flow_box_new ();
  g_autoptr(GError) error = NULL;

  self->category_group = group_new (page, _("New Category"),
                                    _("The deadline is counted again from the time received"));
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (box), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (box), 2);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (box), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (box), 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("New Category"), -1);
  adw_preferences_group_add (self->category_group, box);

  self->category_buttons = g_ptr_array_new ();
  self->categories = layanan_database_list_categories (self->database, self->complaint->unit_id,
                                                       FALSE, &error);
  if (self->categories == NULL)
    {
      show_problem (self, error->message);
      self->categories = g_ptr_array_new ();
    }
  for (guint i = 0; i < self->categories->len; i++)
    {
      const LayananCategory *category = g_ptr_array_index (self->categories, i);
      GtkWidget *button = gtk_toggle_button_new_with_label (category->name);
      g_autofree char *deadline = layanan_duration_to_string (&category->deadline);

      if (i > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button),
                                     g_ptr_array_index (self->category_buttons, 0));
      gtk_widget_set_tooltip_text (button, deadline);
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button),
                                    category->id == self->complaint->category_id);
      gtk_flow_box_append (GTK_FLOW_BOX (box), button);
      g_ptr_array_add (self->category_buttons, button);
    }
}

static void
build_response_group (LayananComplaintStepDialog *self,
                      AdwPreferencesPage         *page,
                      gboolean                    shown)
{
  GtkWidget *frame = gtk_frame_new (NULL);

  self->response_group = group_new (page, _("Response to Complainant"),
                                    self->kind == LAYANAN_COMPLAINT_STEP_SETTLE
                                    ? _("Required: what the complainant is told of the settlement")
                                    : _("What the complainant is told, if anything"));
  self->response_view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (self->response_view, GTK_WRAP_WORD_CHAR);
  gtk_widget_set_size_request (GTK_WIDGET (self->response_view), -1, 120);
  gtk_text_view_set_top_margin (self->response_view, 8);
  gtk_text_view_set_bottom_margin (self->response_view, 8);
  gtk_text_view_set_left_margin (self->response_view, 8);
  gtk_text_view_set_right_margin (self->response_view, 8);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->response_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Response to Complainant"), -1);
  gtk_frame_set_child (GTK_FRAME (frame), GTK_WIDGET (self->response_view));
  adw_preferences_group_add (self->response_group, frame);
  gtk_widget_set_visible (GTK_WIDGET (self->response_group), shown);
}

static GtkWidget *
header_bar_new (const char *apply_label)
{
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_label (_("Cancel"));
  GtkWidget *apply = gtk_button_new_with_label (apply_label);

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (apply), "step.apply");
  gtk_widget_add_css_class (apply, "suggested-action");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), apply);
  return header;
}

static void
build (LayananComplaintStepDialog *self)
{
  StepText text = step_text (self->kind);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *page = adw_preferences_page_new ();
  gboolean reason = self->kind == LAYANAN_COMPLAINT_STEP_REJECT
                    || self->kind == LAYANAN_COMPLAINT_STEP_REOPEN;
  AdwPreferencesGroup *note_group;

  gtk_window_set_title (GTK_WINDOW (self), text.title);
  gtk_box_append (GTK_BOX (box), header_bar_new (text.apply_label));

  self->problem_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->problem_label, TRUE);
  gtk_label_set_xalign (self->problem_label, 0);
  gtk_widget_set_margin_start (GTK_WIDGET (self->problem_label), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->problem_label), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (self->problem_label), 12);
  gtk_widget_add_css_class (GTK_WIDGET (self->problem_label), "error");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->problem_label),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _("Problem"), -1);
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->problem_label));

  if (self->kind == LAYANAN_COMPLAINT_STEP_FORWARD)
    build_to_group (self, ADW_PREFERENCES_PAGE (page));
  if (self->kind == LAYANAN_COMPLAINT_STEP_RECATEGORIZE)
    build_category_group (self, ADW_PREFERENCES_PAGE (page));

  note_group = group_new (ADW_PREFERENCES_PAGE (page), NULL,
                          _("Kept on the complaint’s timeline for the staff; the complainant "
                            "does not see it"));
  if (self->kind == LAYANAN_COMPLAINT_STEP_NOT_COMPETENT)
    self->referred_row = entry_row_new (note_group, _("Referred To"));
  self->note_row = entry_row_new (note_group, reason ? _("Reason") : _("Note"));
  build_response_group (self, ADW_PREFERENCES_PAGE (page), text.asks_response);

  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (self), box);
}

/* ─────────────────────────── Life cycle ─────────────────────────── */

static void
layanan_complaint_step_dialog_dispose (GObject *object)
{
  LayananComplaintStepDialog *self = LAYANAN_COMPLAINT_STEP_DIALOG (object);

  g_clear_object (&self->database);
  g_clear_object (&self->calendar);
  g_clear_pointer (&self->complaint, layanan_complaint_free);
  g_clear_pointer (&self->recipients, g_ptr_array_unref);
  g_clear_pointer (&self->categories, g_ptr_array_unref);
  g_clear_pointer (&self->category_buttons, g_ptr_array_unref);

  G_OBJECT_CLASS (layanan_complaint_step_dialog_parent_class)->dispose (object);
}

static void
layanan_complaint_step_dialog_class_init (LayananComplaintStepDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = layanan_complaint_step_dialog_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "step.apply", NULL, apply_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
layanan_complaint_step_dialog_init (LayananComplaintStepDialog *self)
{
  self->recipients = g_ptr_array_new_with_free_func ((GDestroyNotify) recipient_free);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 520, 560);
}

LayananComplaintStepDialog *
layanan_complaint_step_dialog_new (GtkWindow                *parent,
                                   LayananDatabase          *database,
                                   LayananCalendar          *calendar,
                                   const LayananComplaint   *complaint,
                                   LayananComplaintStepKind  kind)
{
  LayananComplaintStepDialog *self;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (database), NULL);
  g_return_val_if_fail (LAYANAN_IS_CALENDAR (calendar), NULL);
  g_return_val_if_fail (complaint != NULL, NULL);

  self = g_object_new (LAYANAN_TYPE_COMPLAINT_STEP_DIALOG, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  self->calendar = g_object_ref (calendar);
  self->complaint = layanan_complaint_copy (complaint);
  self->kind = kind;
  build (self);
  return self;
}
