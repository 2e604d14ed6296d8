/* layanan-disposition-dialog.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-disposition-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "layanan-date.h"
#include "layanan-disposition-dialog.h"
#include "layanan-error.h"
#include "layanan-letter-fields.h"
#include "layanan-mnemonic-button.h"

struct _LayananDispositionDialog
{
  AdwWindow            parent_instance;

  AdwToastOverlay     *toast_overlay;
  AdwEntryRow         *from_row;
  AdwComboRow         *parent_row;
  AdwPreferencesGroup *recipients_group;
  AdwEntryRow         *new_staff_row;
  GtkCheckButton      *instruction_checks[3];
  AdwEntryRow         *note_row;
  AdwEntryRow         *due_row;

  LayananDatabase     *database;
  LayananLetter       *letter;
  GPtrArray           *dispositions;   /* LayananDisposition: earlier ones, to pass on */
  GPtrArray           *recipients;     /* Recipient */
};

G_DEFINE_FINAL_TYPE (LayananDispositionDialog, layanan_disposition_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* A person or a section the letter can go to. */
typedef struct
{
  gint64          staff_id;
  gint64          unit_id;
  GtkCheckButton *check;
} Recipient;

static void
show_message (LayananDispositionDialog *self,
              const char               *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static GtkCheckButton *
add_check_row (AdwPreferencesGroup *group,
               const char          *title,
               const char          *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  /* The row names its check button; a label of its own would name it twice. */
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  adw_preferences_group_add (group, row);
  return GTK_CHECK_BUTTON (check);
}

static void
add_recipient (LayananDispositionDialog *self,
               gint64                    staff_id,
               gint64                    unit_id,
               const char               *name,
               const char               *detail)
{
  Recipient *recipient = g_new0 (Recipient, 1);

  recipient->staff_id = staff_id;
  recipient->unit_id = unit_id;
  recipient->check = add_check_row (self->recipients_group, name, detail);
  g_ptr_array_add (self->recipients, recipient);
}

static void
fill_recipients (LayananDispositionDialog *self)
{
  g_autoptr(GPtrArray) staff = layanan_database_list_staff (self->database, FALSE, NULL);
  g_autoptr(GPtrArray) units = layanan_database_list_units (self->database, NULL);

  for (guint i = 0; staff != NULL && i < staff->len; i++)
    {
      LayananStaff *member = g_ptr_array_index (staff, i);

      add_recipient (self, member->id, 0, member->name,
                     member->position_title != NULL ? member->position_title
                                                    : member->unit_name);
    }
  /* Sections: the bagian and subbagian under the biros. */
  for (guint i = 0; units != NULL && i < units->len; i++)
    {
      LayananUnit *unit = g_ptr_array_index (units, i);

      if (unit->parent_id != 0)
        add_recipient (self, 0, unit->id, unit->name, NULL);
    }
}

static void
fill_parents (LayananDispositionDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  /* Translators: the choice of passing on no earlier disposition */
  gtk_string_list_append (names, _("None — a first disposition"));
  for (guint i = 0; i < self->dispositions->len; i++)
    {
      LayananDisposition *disposition = g_ptr_array_index (self->dispositions, i);

      gtk_string_list_append (names, disposition->to_name);
    }
  adw_combo_row_set_model (self->parent_row, G_LIST_MODEL (names));
  gtk_widget_set_visible (GTK_WIDGET (self->parent_row), self->dispositions->len > 0);
}

/* Passing a disposition on, the one who received it is the one who sends. */
static void
parent_changed_cb (LayananDispositionDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->parent_row);

  if (selected > 0 && selected <= self->dispositions->len)
    {
      LayananDisposition *parent = g_ptr_array_index (self->dispositions, selected - 1);

      gtk_editable_set_text (GTK_EDITABLE (self->from_row), parent->to_name);
    }
}

/* A person not yet on the staff list is added to the letter's unit. */
static gboolean
add_new_staff (LayananDispositionDialog  *self,
               GError                   **error)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->new_staff_row))));
  g_autoptr(LayananStaff) staff = NULL;

  if (*name == '\0')
    return TRUE;

  staff = g_new0 (LayananStaff, 1);
  staff->unit_id = self->letter->unit_id;
  staff->name = g_strdup (name);
  staff->active = TRUE;
  if (!layanan_database_save_staff (self->database, staff, error))
    return FALSE;

  add_recipient (self, staff->id, 0, name, NULL);
  gtk_check_button_set_active (((Recipient *) g_ptr_array_index (self->recipients,
                                                                self->recipients->len - 1))->check,
                               TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->new_staff_row), "");
  return TRUE;
}

static gboolean
read_due (LayananDispositionDialog  *self,
          char                     **due_date,
          GError                   **error)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->due_row));
  GDate date;

  *due_date = NULL;
  if (*text == '\0')
    return TRUE;
  if (!layanan_letter_date_parse (text, &date, error))
    {
      g_prefix_error (error, "%s: ", _("Due Date"));
      return FALSE;
    }
  *due_date = layanan_date_format_iso (&date);
  return TRUE;
}

static GPtrArray *
build_dispositions (LayananDispositionDialog  *self,
                    GError                   **error)
{
  g_autoptr(GPtrArray) built = g_ptr_array_new_with_free_func ((GDestroyNotify) layanan_disposition_free);
  g_autofree char *due_date = NULL;
  g_autofree char *note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_row))));
  const char *from = gtk_editable_get_text (GTK_EDITABLE (self->from_row));
  guint parent = adw_combo_row_get_selected (self->parent_row);
  guint instructions = 0;

  if (!add_new_staff (self, error) || !read_due (self, &due_date, error))
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (self->instruction_checks); i++)
    if (gtk_check_button_get_active (self->instruction_checks[i]))
      instructions |= 1u << i;

  for (guint i = 0; i < self->recipients->len; i++)
    {
      Recipient *recipient = g_ptr_array_index (self->recipients, i);
      LayananDisposition *disposition;

      if (!gtk_check_button_get_active (recipient->check))
        continue;

      disposition = g_new0 (LayananDisposition, 1);
      disposition->letter_id = self->letter->id;
      disposition->to_staff_id = recipient->staff_id;
      disposition->to_unit_id = recipient->unit_id;
      disposition->from_name = g_strdup (from);
      disposition->instructions = instructions;
      disposition->note = *note != '\0' ? g_strdup (note) : NULL;
      disposition->due_date = g_strdup (due_date);
      if (parent > 0 && parent <= self->dispositions->len)
        disposition->parent_id = ((LayananDisposition *) g_ptr_array_index (self->dispositions,
                                                                            parent - 1))->id;
      g_ptr_array_add (built, disposition);
    }

  if (built->len == 0)
    {
      g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                           _("Choose who the letter goes to"));
      return NULL;
    }
  return g_steal_pointer (&built);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LayananDispositionDialog *self = LAYANAN_DISPOSITION_DIALOG (widget);
  g_autoptr(GPtrArray) dispositions = NULL;
  g_autoptr(GError) error = NULL;

  dispositions = build_dispositions (self, &error);
  if (dispositions == NULL
      || !layanan_database_add_dispositions (self->database, self->letter->id, dispositions,
                                             &error))
    {
      show_message (self, error->message);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0);
  gtk_window_close (GTK_WINDOW (self));
}

/* ─────────────────────────── Building ─────────────────────────── */

static GtkWidget *
header_bar_new (void)
{
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = layanan_mnemonic_button_new (_("_Cancel"), "window.close");
  GtkWidget *save = layanan_mnemonic_button_new (_("_Save"), "disposition.save");

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_widget_add_css_class (save, "suggested-action");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  return header;
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

static AdwPreferencesGroup *
group_new (AdwPreferencesPage *page,
           const char         *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (group));
  return ADW_PREFERENCES_GROUP (group);
}

static GtkWidget *
page_new (LayananDispositionDialog *self)
{
  GtkWidget *page = adw_preferences_page_new ();
  AdwPreferencesGroup *from = group_new (ADW_PREFERENCES_PAGE (page), _("From"));
  AdwPreferencesGroup *instructions;

  self->from_row = entry_row_new (from, _("From"));
  self->parent_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->parent_row), _("Pass On"));
  adw_preferences_group_add (from, GTK_WIDGET (self->parent_row));
  g_signal_connect_swapped (self->parent_row, "notify::selected",
                            G_CALLBACK (parent_changed_cb), self);

  /* Translators: the heading over the people and sections a letter goes to */
  self->recipients_group = group_new (ADW_PREFERENCES_PAGE (page), C_("recipients", "To"));
  self->new_staff_row = entry_row_new (self->recipients_group, _("Someone Not Listed"));

  instructions = group_new (ADW_PREFERENCES_PAGE (page), _("Instructions"));

  for (guint i = 0; i < G_N_ELEMENTS (self->instruction_checks); i++)
    self->instruction_checks[i] = add_check_row (instructions,
                                                 layanan_instruction_get_label (1u << i), NULL);
  self->note_row = entry_row_new (instructions, _("Note"));
  self->due_row = entry_row_new (instructions, _("Due Date"));
  return page;
}

static void
recipient_free (Recipient *recipient)
{
  g_free (recipient);
}

static void
layanan_disposition_dialog_dispose (GObject *object)
{
  LayananDispositionDialog *self = LAYANAN_DISPOSITION_DIALOG (object);

  g_clear_object (&self->database);
  g_clear_pointer (&self->letter, layanan_letter_free);
  g_clear_pointer (&self->dispositions, g_ptr_array_unref);
  g_clear_pointer (&self->recipients, g_ptr_array_unref);

  G_OBJECT_CLASS (layanan_disposition_dialog_parent_class)->dispose (object);
}

static void
layanan_disposition_dialog_class_init (LayananDispositionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = layanan_disposition_dialog_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "disposition.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
layanan_disposition_dialog_init (LayananDispositionDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  self->recipients = g_ptr_array_new_with_free_func ((GDestroyNotify) recipient_free);
  self->toast_overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  gtk_box_append (GTK_BOX (box), header_bar_new ());
  adw_toast_overlay_set_child (self->toast_overlay, page_new (self));
  gtk_widget_set_vexpand (GTK_WIDGET (self->toast_overlay), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->toast_overlay));
  adw_window_set_content (ADW_WINDOW (self), box);

  gtk_window_set_title (GTK_WINDOW (self), _("Dispose Letter"));
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 520, 680);
}

LayananDispositionDialog *
layanan_disposition_dialog_new (GtkWindow           *parent,
                                LayananDatabase     *database,
                                LayananCalendar     *calendar,
                                const LayananLetter *letter,
                                GPtrArray           *dispositions)
{
  LayananDispositionDialog *self;
  g_autoptr(GDateTime) due = NULL;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (database), NULL);

  self = g_object_new (LAYANAN_TYPE_DISPOSITION_DIALOG, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  self->letter = layanan_letter_copy (letter);
  self->dispositions = dispositions != NULL ? g_ptr_array_ref (dispositions) : g_ptr_array_new ();

  /* Translators: who disposes a letter by default (the head of the bureau) */
  gtk_editable_set_text (GTK_EDITABLE (self->from_row), _("Kepala Biro"));
  due = letter->due_at != NULL ? layanan_date_time_parse (letter->due_at, NULL, NULL) : NULL;
  if (due != NULL)
    {
      g_autofree char *text = g_date_time_format (due, "%d/%m/%Y");

      gtk_editable_set_text (GTK_EDITABLE (self->due_row), text);
    }
  fill_parents (self);
  fill_recipients (self);
  return self;
}
