/* layanan-letter-form.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-letter-form"

#include "config.h"

#include <glib/gi18n.h>

#include "layanan-date.h"
#include "layanan-error.h"
#include "layanan-letter-form.h"

/* Closing time when the calendar has none for a day (an override on a
 * holiday, say): the usual end of the office day. */
#define DEFAULT_CLOSING_MINUTE (16 * 60)
#define CLASSIFICATION_MATCHES 30

struct _LayananLetterForm
{
  AdwBin              parent_instance;

  /* Template widgets */
  GtkWidget          *duplicate_box;
  GtkLabel           *duplicate_label;
  AdwPreferencesGroup *letter_group;
  GtkButton          *accept_all_button;
  AdwEntryRow        *nomor_row;
  AdwEntryRow        *tanggal_row;
  AdwEntryRow        *pengirim_row;
  AdwEntryRow        *hal_row;
  AdwEntryRow        *kepada_row;
  AdwEntryRow        *lampiran_row;
  AdwComboRow        *keamanan_row;
  AdwComboRow        *kecepatan_row;
  GtkEntry           *classification_entry;
  AdwComboRow        *unit_row;
  AdwEntryRow        *received_date_row;
  AdwEntryRow        *received_time_row;
  AdwComboRow        *service_row;
  AdwActionRow       *due_row;
  AdwExpanderRow     *override_row;
  AdwEntryRow        *override_date_row;
  AdwEntryRow        *override_reason_row;
  AdwEntryRow        *notes_row;

  /* Owned */
  LayananDatabase    *database;
  LayananCalendar    *calendar;
  GPtrArray          *units;        /* LayananUnit: biros, in unit_row order */
  GPtrArray          *services;     /* LayananServiceSummary, after "No service" */
  GHashTable         *suggested;    /* rows still showing a suggestion */
  GtkListStore       *classifications;
  gboolean            filling;      /* set while the form fills itself */
};

G_DEFINE_FINAL_TYPE (LayananLetterForm, layanan_letter_form, ADW_TYPE_BIN)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* ─────────────────────────── Suggestions ─────────────────────────── */

static void
accept_suggestion (LayananLetterForm *self,
                   GtkWidget         *row)
{
  GtkWidget *button = g_object_get_data (G_OBJECT (row), "accept-button");

  if (!g_hash_table_remove (self->suggested, row))
    return;

  gtk_widget_remove_css_class (row, "suggestion");
  if (button != NULL)
    gtk_widget_set_visible (button, FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->accept_all_button),
                            g_hash_table_size (self->suggested) > 0);
}

static void
accept_clicked_cb (GtkButton *button,
                   GtkWidget *row)
{
  LayananLetterForm *self = LAYANAN_LETTER_FORM (gtk_widget_get_ancestor (row,
                                                                         LAYANAN_TYPE_LETTER_FORM));

  accept_suggestion (self, row);
}

/* Each row that can hold a suggestion carries a hidden Accept button. */
static void
add_accept_button (GtkWidget *row)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("object-select-symbolic");
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
  /* Translators: %s is a field of the letter form, e.g. "Number" */
  g_autofree char *label = g_strdup_printf (_("Accept suggested %s"), title);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_visible (button, FALSE);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
  gtk_widget_add_css_class (button, "flat");
  g_signal_connect (button, "clicked", G_CALLBACK (accept_clicked_cb), row);
  g_object_set_data (G_OBJECT (row), "accept-button", button);

  if (ADW_IS_ENTRY_ROW (row))
    adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), button);
  else
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
}

static void
mark_suggested (LayananLetterForm *self,
                GtkWidget         *row)
{
  GtkWidget *button = g_object_get_data (G_OBJECT (row), "accept-button");

  g_hash_table_add (self->suggested, row);
  gtk_widget_add_css_class (row, "suggestion");
  gtk_widget_set_visible (button, TRUE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->accept_all_button), TRUE);
}

static void
suggest_text (LayananLetterForm *self,
              AdwEntryRow       *row,
              const char        *text)
{
  if (text == NULL)
    return;
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  mark_suggested (self, GTK_WIDGET (row));
}

guint
layanan_letter_form_count_suggestions (LayananLetterForm *self)
{
  g_return_val_if_fail (LAYANAN_IS_LETTER_FORM (self), 0);

  return g_hash_table_size (self->suggested);
}

void
layanan_letter_form_accept_all (LayananLetterForm *self)
{
  g_autoptr(GList) rows = NULL;

  g_return_if_fail (LAYANAN_IS_LETTER_FORM (self));

  rows = g_hash_table_get_keys (self->suggested);
  for (GList *l = rows; l != NULL; l = l->next)
    accept_suggestion (self, l->data);
}

static void
accept_all_cb (LayananLetterForm *self)
{
  layanan_letter_form_accept_all (self);
}

/* Typing in a suggested field makes it the user's own. */
static void
row_changed_cb (GtkWidget         *row,
                LayananLetterForm *self)
{
  if (self->filling)
    return;

  gtk_widget_remove_css_class (row, "error");
  accept_suggestion (self, row);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
combo_changed_cb (GtkWidget         *row,
                  GParamSpec        *pspec,
                  LayananLetterForm *self)
{
  row_changed_cb (row, self);
}

/* ─────────────────────────── Dates ─────────────────────────── */

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

/* The instant the letter came in, from the two received rows. */
static GDateTime *
read_received (LayananLetterForm  *self,
               GError            **error)
{
  const char *date_text = gtk_editable_get_text (GTK_EDITABLE (self->received_date_row));
  const char *time_text = gtk_editable_get_text (GTK_EDITABLE (self->received_time_row));
  GDate date;
  int minute = 0;

  if (!layanan_letter_date_parse (date_text, &date, error)
      || (*time_text != '\0' && !read_time (time_text, &minute, error)))
    return NULL;

  return g_date_time_new (layanan_calendar_get_timezone (self->calendar),
                          g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date), minute / 60, minute % 60, 0);
}

static const LayananServiceSummary *
selected_service (LayananLetterForm *self)
{
  guint selected = adw_combo_row_get_selected (self->service_row);

  if (self->services == NULL || selected == 0 || selected > self->services->len)
    return NULL;
  return g_ptr_array_index (self->services, selected - 1);
}

/* The due date an override names: closing time of that day. */
static GDateTime *
read_override (LayananLetterForm  *self,
               GError            **error)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->override_date_row));
  int start, end = DEFAULT_CLOSING_MINUTE, break_start, break_end;
  GDate date;

  if (!layanan_letter_date_parse (text, &date, error))
    return NULL;

  if (!layanan_calendar_get_working_hours (self->calendar, g_date_get_weekday (&date),
                                           &start, &end, &break_start, &break_end))
    end = DEFAULT_CLOSING_MINUTE;

  return g_date_time_new (layanan_calendar_get_timezone (self->calendar),
                          g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date), end / 60, end % 60, 0);
}

/* The due date the service's standard gives for a letter received then. */
static GDateTime *
standard_due (LayananLetterForm *self,
              GDateTime         *received)
{
  const LayananServiceSummary *service = selected_service (self);
  LayananDuration completion;

  if (service == NULL || !service->has_completion || received == NULL)
    return NULL;

  completion.value = service->completion_value;
  completion.unit = service->completion_unit;
  return layanan_calendar_due (self->calendar, received, &completion);
}

static void
update_due (LayananLetterForm *self)
{
  g_autoptr(GDateTime) received = read_received (self, NULL);
  g_autoptr(GDateTime) due = standard_due (self, received);
  const LayananServiceSummary *service = selected_service (self);
  g_autofree char *subtitle = NULL;

  if (due != NULL)
    {
      LayananDuration completion = { service->completion_value, service->completion_unit };
      g_autofree char *when = layanan_date_time_format_long (due);
      g_autofree char *standard = layanan_duration_to_string (&completion);

      /* Translators: "Monday, 5 January 2027 16.00 (30 hari kerja)" */
      subtitle = g_strdup_printf (_("%s (%s)"), when, standard);
    }
  else if (service != NULL)
    subtitle = g_strdup (_("The service’s standard has no completion time"));
  else
    subtitle = g_strdup (_("Pick the service to count the due date"));

  adw_action_row_set_subtitle (self->due_row, subtitle);
}

static void
due_inputs_changed_cb (LayananLetterForm *self)
{
  update_due (self);
}

/* ─────────────────────────── Classification ─────────────────────────── */

static void
classification_search_cb (GtkEditable       *entry,
                          LayananLetterForm *self)
{
  g_autoptr(GPtrArray) found = NULL;

  if (self->database == NULL || self->filling)
    return;

  found = layanan_database_search_classification (self->database,
                                                  gtk_editable_get_text (entry),
                                                  CLASSIFICATION_MATCHES, NULL);
  gtk_list_store_clear (self->classifications);
  for (guint i = 0; found != NULL && i < found->len; i++)
    {
      LayananClassification *classification = g_ptr_array_index (found, i);
      g_autofree char *shown = g_strdup_printf ("%s %s", classification->code,
                                                classification->name);

      gtk_list_store_insert_with_values (self->classifications, NULL, -1,
                                         0, shown, 1, classification->code, -1);
    }
}

/* The store already matched; let every row it gave show. */
static gboolean
completion_match_cb (GtkEntryCompletion *completion,
                     const char         *key,
                     GtkTreeIter        *iter,
                     gpointer            user_data)
{
  return TRUE;
}

static gboolean
completion_selected_cb (GtkEntryCompletion *completion,
                        GtkTreeModel       *model,
                        GtkTreeIter        *iter,
                        LayananLetterForm  *self)
{
  g_autofree char *code = NULL;

  gtk_tree_model_get (model, iter, 1, &code, -1);
  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->classification_entry), code);
  gtk_editable_set_position (GTK_EDITABLE (self->classification_entry), -1);
  self->filling = FALSE;
  return TRUE;
}

static void
set_up_classification (LayananLetterForm *self)
{
  g_autoptr(GtkEntryCompletion) completion = gtk_entry_completion_new ();

  self->classifications = gtk_list_store_new (2, G_TYPE_STRING, G_TYPE_STRING);
  gtk_entry_completion_set_model (completion, GTK_TREE_MODEL (self->classifications));
  gtk_entry_completion_set_text_column (completion, 0);
  gtk_entry_completion_set_match_func (completion, completion_match_cb, NULL, NULL);
  gtk_entry_completion_set_minimum_key_length (completion, 1);
  g_signal_connect (completion, "match-selected", G_CALLBACK (completion_selected_cb), self);
  gtk_entry_set_completion (self->classification_entry, completion);
  g_signal_connect (self->classification_entry, "changed",
                    G_CALLBACK (classification_search_cb), self);
}

/* ─────────────────────────── Filling ─────────────────────────── */

static void
fill_enum_rows (LayananLetterForm *self)
{
  g_autoptr(GtkStringList) keamanan = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) kecepatan = gtk_string_list_new (NULL);

  for (LayananKeamanan k = LAYANAN_KEAMANAN_BIASA; k <= LAYANAN_KEAMANAN_SANGAT_RAHASIA; k++)
    gtk_string_list_append (keamanan, layanan_keamanan_get_label (k));
  for (LayananKecepatan k = LAYANAN_KECEPATAN_BIASA; k <= LAYANAN_KECEPATAN_AMAT_SEGERA; k++)
    gtk_string_list_append (kecepatan, layanan_kecepatan_get_label (k));
  adw_combo_row_set_model (self->keamanan_row, G_LIST_MODEL (keamanan));
  adw_combo_row_set_model (self->kecepatan_row, G_LIST_MODEL (kecepatan));
}

static void
fill_units (LayananLetterForm *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) all = layanan_database_list_units (self->database, NULL);

  g_clear_pointer (&self->units, g_ptr_array_unref);
  self->units = g_ptr_array_new_with_free_func ((GDestroyNotify) layanan_unit_free);
  for (guint i = 0; all != NULL && i < all->len; i++)
    {
      LayananUnit *unit = g_ptr_array_index (all, i);

      if (unit->parent_id != 0)
        continue;
      gtk_string_list_append (names, unit->name);
      g_ptr_array_add (self->units, g_steal_pointer (&all->pdata[i]));
    }
  adw_combo_row_set_model (self->unit_row, G_LIST_MODEL (names));
}

static void
fill_services (LayananLetterForm *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_clear_pointer (&self->services, g_ptr_array_unref);
  self->services = layanan_database_list_services (self->database, NULL, NULL);
  if (self->services == NULL)
    self->services = g_ptr_array_new ();

  gtk_string_list_append (names, _("No service"));
  for (guint i = 0; i < self->services->len; i++)
    gtk_string_list_append (names, ((LayananServiceSummary *) g_ptr_array_index (self->services, i))->name);
  adw_combo_row_set_model (self->service_row, G_LIST_MODEL (names));
}

static void
set_received (LayananLetterForm *self,
              GDateTime         *received)
{
  g_autofree char *date = g_date_time_format (received, "%d/%m/%Y");
  g_autofree char *time = g_date_time_format (received, "%H.%M");

  gtk_editable_set_text (GTK_EDITABLE (self->received_date_row), date);
  gtk_editable_set_text (GTK_EDITABLE (self->received_time_row), time);
}

void
layanan_letter_form_set_database (LayananLetterForm *self,
                                  LayananDatabase   *database,
                                  LayananCalendar   *calendar)
{
  g_autoptr(GDateTime) now = g_date_time_new_now (layanan_calendar_get_timezone (calendar));

  g_return_if_fail (LAYANAN_IS_LETTER_FORM (self));

  g_set_object (&self->database, database);
  g_set_object (&self->calendar, calendar);

  self->filling = TRUE;
  fill_units (self);
  fill_services (self);
  set_received (self, now);
  self->filling = FALSE;
  update_due (self);
}

static void
select_service (LayananLetterForm *self,
                gint64             service_id)
{
  for (guint i = 0; self->services != NULL && i < self->services->len; i++)
    {
      if (((LayananServiceSummary *) g_ptr_array_index (self->services, i))->id == service_id)
        {
          adw_combo_row_set_selected (self->service_row, i + 1);
          return;
        }
    }
  adw_combo_row_set_selected (self->service_row, 0);
}

static void
select_unit (LayananLetterForm *self,
             gint64             unit_id)
{
  for (guint i = 0; self->units != NULL && i < self->units->len; i++)
    {
      if (((LayananUnit *) g_ptr_array_index (self->units, i))->id == unit_id)
        adw_combo_row_set_selected (self->unit_row, i);
    }
}

static char *
long_date (const char *iso)
{
  GDate date;

  if (iso == NULL || !layanan_date_parse_iso (iso, &date, NULL))
    return g_strdup (iso);
  return layanan_date_format_long (&date);
}

static void
suggest_service (LayananLetterForm *self,
                 const char        *hal)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  int suggested;

  for (guint i = 0; self->services != NULL && i < self->services->len; i++)
    g_ptr_array_add (names, ((LayananServiceSummary *) g_ptr_array_index (self->services, i))->name);
  g_ptr_array_add (names, NULL);

  suggested = layanan_letter_suggest_service (hal, (const char * const *) names->pdata);
  if (suggested < 0)
    return;
  adw_combo_row_set_selected (self->service_row, suggested + 1);
  mark_suggested (self, GTK_WIDGET (self->service_row));
}

void
layanan_letter_form_suggest (LayananLetterForm         *self,
                             const LayananLetterFields *fields)
{
  g_autofree char *tanggal = NULL;

  g_return_if_fail (LAYANAN_IS_LETTER_FORM (self));
  g_return_if_fail (fields != NULL);

  self->filling = TRUE;
  tanggal = long_date (fields->tanggal);
  suggest_text (self, self->nomor_row, fields->nomor);
  suggest_text (self, self->tanggal_row, tanggal);
  suggest_text (self, self->pengirim_row, fields->pengirim);
  suggest_text (self, self->hal_row, fields->hal);
  suggest_text (self, self->kepada_row, fields->kepada);
  suggest_text (self, self->lampiran_row, fields->lampiran);
  if (fields->has_keamanan)
    {
      adw_combo_row_set_selected (self->keamanan_row, fields->keamanan);
      mark_suggested (self, GTK_WIDGET (self->keamanan_row));
    }
  if (fields->has_kecepatan)
    {
      adw_combo_row_set_selected (self->kecepatan_row, fields->kecepatan);
      mark_suggested (self, GTK_WIDGET (self->kecepatan_row));
    }
  suggest_service (self, fields->hal);
  self->filling = FALSE;
  update_due (self);
}

static void
set_text (AdwEntryRow *row,
          const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

void
layanan_letter_form_set_letter (LayananLetterForm   *self,
                                const LayananLetter *letter)
{
  g_autofree char *tanggal = NULL;
  g_autoptr(GDateTime) received = NULL;

  g_return_if_fail (LAYANAN_IS_LETTER_FORM (self));

  /* A registered letter has no suggestions left to accept. */
  gtk_widget_set_visible (GTK_WIDGET (self->accept_all_button), FALSE);
  adw_preferences_group_set_description (self->letter_group, NULL);

  self->filling = TRUE;
  tanggal = long_date (letter->tanggal);
  set_text (self->nomor_row, letter->nomor);
  set_text (self->tanggal_row, tanggal);
  set_text (self->pengirim_row, letter->pengirim);
  set_text (self->hal_row, letter->hal);
  set_text (self->kepada_row, letter->kepada);
  set_text (self->lampiran_row, letter->lampiran);
  set_text (self->notes_row, letter->notes);
  gtk_editable_set_text (GTK_EDITABLE (self->classification_entry),
                         letter->classification_code != NULL ? letter->classification_code : "");
  adw_combo_row_set_selected (self->keamanan_row, letter->keamanan);
  adw_combo_row_set_selected (self->kecepatan_row, letter->kecepatan);
  select_unit (self, letter->unit_id);
  select_service (self, letter->service_id);

  received = layanan_date_time_parse (letter->received_at, NULL, NULL);
  if (received != NULL)
    set_received (self, received);

  adw_expander_row_set_enable_expansion (self->override_row,
                                         letter->due_override_reason != NULL);
  if (letter->due_override_reason != NULL)
    {
      g_autoptr(GDateTime) due = layanan_date_time_parse (letter->due_at, NULL, NULL);
      g_autofree char *due_text = due != NULL ? g_date_time_format (due, "%d/%m/%Y") : NULL;

      set_text (self->override_date_row, due_text);
      set_text (self->override_reason_row, letter->due_override_reason);
    }
  self->filling = FALSE;
  update_due (self);
}

void
layanan_letter_form_show_duplicates (LayananLetterForm *self,
                                     const char        *message)
{
  g_return_if_fail (LAYANAN_IS_LETTER_FORM (self));

  gtk_label_set_text (self->duplicate_label, message != NULL ? message : "");
  gtk_widget_set_visible (self->duplicate_box, message != NULL);
}

/* ─────────────────────────── Reading ─────────────────────────── */

static char *
entry_text (AdwEntryRow *row)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)));

  g_strstrip (text);
  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

/* Marks @row and prefixes the error with the field's name. */
static gboolean
field_error (GtkWidget  *row,
             GError    **error)
{
  gtk_widget_add_css_class (row, "error");
  if (error != NULL && *error != NULL && ADW_IS_PREFERENCES_ROW (row))
    g_prefix_error (error, "%s: ", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  return FALSE;
}

static gboolean
read_tanggal (LayananLetterForm  *self,
              LayananLetter      *letter,
              GError            **error)
{
  g_autofree char *text = entry_text (self->tanggal_row);
  GDate date;

  g_clear_pointer (&letter->tanggal, g_free);
  if (text == NULL)
    return TRUE;
  if (!layanan_letter_date_parse (text, &date, error))
    return field_error (GTK_WIDGET (self->tanggal_row), error);
  letter->tanggal = layanan_date_format_iso (&date);
  return TRUE;
}

static gboolean
read_due (LayananLetterForm  *self,
          LayananLetter      *letter,
          GDateTime          *received,
          GError            **error)
{
  g_autoptr(GDateTime) due = NULL;

  g_clear_pointer (&letter->due_at, g_free);
  g_clear_pointer (&letter->due_override_reason, g_free);

  if (!adw_expander_row_get_enable_expansion (self->override_row))
    {
      due = standard_due (self, received);
      letter->due_at = due != NULL ? g_date_time_format_iso8601 (due) : NULL;
      return TRUE;
    }

  due = read_override (self, error);
  if (due == NULL)
    return field_error (GTK_WIDGET (self->override_date_row), error);
  letter->due_override_reason = entry_text (self->override_reason_row);
  if (letter->due_override_reason == NULL)
    {
      g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                           _("Say why the letter is due on another date"));
      return field_error (GTK_WIDGET (self->override_reason_row), error);
    }
  letter->due_at = g_date_time_format_iso8601 (due);
  return TRUE;
}

LayananLetter *
layanan_letter_form_get_letter (LayananLetterForm    *self,
                                const LayananLetter  *base,
                                GError              **error)
{
  g_autoptr(LayananLetter) letter = base != NULL ? layanan_letter_copy (base)
                                                 : layanan_letter_new ();
  g_autoptr(GDateTime) received = NULL;
  const LayananServiceSummary *service = selected_service (self);
  guint unit = adw_combo_row_get_selected (self->unit_row);
  const char *code = gtk_editable_get_text (GTK_EDITABLE (self->classification_entry));

  g_return_val_if_fail (LAYANAN_IS_LETTER_FORM (self), NULL);

  received = read_received (self, error);
  if (received == NULL)
    return field_error (GTK_WIDGET (self->received_date_row), error), NULL;
  if (!read_tanggal (self, letter, error) || !read_due (self, letter, received, error))
    return NULL;

#define TAKE(field, row) g_free (letter->field); letter->field = entry_text (row)
  TAKE (nomor, self->nomor_row);
  TAKE (pengirim, self->pengirim_row);
  TAKE (hal, self->hal_row);
  TAKE (kepada, self->kepada_row);
  TAKE (lampiran, self->lampiran_row);
  TAKE (notes, self->notes_row);
#undef TAKE

  g_free (letter->received_at);
  letter->received_at = g_date_time_format_iso8601 (received);
  g_free (letter->classification_code);
  letter->classification_code = *code != '\0' ? g_strdup (code) : NULL;
  letter->keamanan = adw_combo_row_get_selected (self->keamanan_row);
  letter->kecepatan = adw_combo_row_get_selected (self->kecepatan_row);
  letter->service_id = service != NULL ? service->id : 0;
  if (self->units != NULL && unit < self->units->len)
    letter->unit_id = ((LayananUnit *) g_ptr_array_index (self->units, unit))->id;

  if (!layanan_letter_validate (letter, error))
    {
      if (letter->nomor == NULL)
        gtk_widget_add_css_class (GTK_WIDGET (self->nomor_row), "error");
      if (letter->pengirim == NULL)
        gtk_widget_add_css_class (GTK_WIDGET (self->pengirim_row), "error");
      if (letter->hal == NULL)
        gtk_widget_add_css_class (GTK_WIDGET (self->hal_row), "error");
      return NULL;
    }

  return g_steal_pointer (&letter);
}

/* ─────────────────────────── Life cycle ─────────────────────────── */

static void
watch_row (LayananLetterForm *self,
           gpointer           row)
{
  if (ADW_IS_COMBO_ROW (row))
    g_signal_connect (row, "notify::selected", G_CALLBACK (combo_changed_cb), self);
  else
    g_signal_connect (row, "changed", G_CALLBACK (row_changed_cb), self);
}

static void
layanan_letter_form_dispose (GObject *object)
{
  LayananLetterForm *self = LAYANAN_LETTER_FORM (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LAYANAN_TYPE_LETTER_FORM);
  g_clear_object (&self->database);
  g_clear_object (&self->calendar);
  g_clear_object (&self->classifications);
  g_clear_pointer (&self->units, g_ptr_array_unref);
  g_clear_pointer (&self->services, g_ptr_array_unref);
  g_clear_pointer (&self->suggested, g_hash_table_unref);

  G_OBJECT_CLASS (layanan_letter_form_parent_class)->dispose (object);
}

static void
layanan_letter_form_class_init (LayananLetterFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = layanan_letter_form_dispose;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/layananbiro/Layanan/layanan-letter-form.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, LayananLetterForm, name)
  BIND (duplicate_box);
  BIND (duplicate_label);
  BIND (letter_group);
  BIND (accept_all_button);
  BIND (nomor_row);
  BIND (tanggal_row);
  BIND (pengirim_row);
  BIND (hal_row);
  BIND (kepada_row);
  BIND (lampiran_row);
  BIND (keamanan_row);
  BIND (kecepatan_row);
  BIND (classification_entry);
  BIND (unit_row);
  BIND (received_date_row);
  BIND (received_time_row);
  BIND (service_row);
  BIND (due_row);
  BIND (override_row);
  BIND (override_date_row);
  BIND (override_reason_row);
  BIND (notes_row);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, accept_all_cb);
}

static void
layanan_letter_form_init (LayananLetterForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  {
    /* The rows a scan can fill, each with its Accept button. */
    gpointer suggestible[] = {
      self->nomor_row, self->tanggal_row, self->pengirim_row, self->hal_row,
      self->kepada_row, self->lampiran_row, self->keamanan_row, self->kecepatan_row,
      self->service_row,
    };

    for (guint i = 0; i < G_N_ELEMENTS (suggestible); i++)
      {
        add_accept_button (suggestible[i]);
        watch_row (self, suggestible[i]);
      }
  }

  self->suggested = g_hash_table_new (NULL, NULL);
  self->filling = TRUE;
  fill_enum_rows (self);
  self->filling = FALSE;
  set_up_classification (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->accept_all_button), FALSE);
  watch_row (self, self->notes_row);
  watch_row (self, self->override_reason_row);

  g_signal_connect_swapped (self->service_row, "notify::selected",
                            G_CALLBACK (due_inputs_changed_cb), self);
  g_signal_connect_swapped (self->received_date_row, "changed",
                            G_CALLBACK (due_inputs_changed_cb), self);
  g_signal_connect_swapped (self->received_time_row, "changed",
                            G_CALLBACK (due_inputs_changed_cb), self);
}
