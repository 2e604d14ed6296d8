/* layanan-skm-entry-window.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-skm-entry-window"

#include "config.h"

#include <glib/gi18n.h>

#include "layanan-date.h"
#include "layanan-error.h"
#include "layanan-skm.h"
#include "layanan-skm-entry-window.h"

/* How many saved forms stay listed for correction. */
#define N_RECENT 10

/* Names the key controller of every keyboard cell, so tests can drive it. */
#define KEYS_CONTROLLER "skm-entry-keys"

struct _LayananSkmEntryWindow
{
  AdwWindow         parent_instance;

  /* Template widgets */
  AdwWindowTitle   *window_title;
  GtkLabel         *hint_label;
  GtkGrid          *form_grid;
  GtkEntry         *date_entry;
  GtkDropDown      *service_dropdown;
  GtkStringList    *service_names;
  GtkEntry         *sex_entry;
  GtkEntry         *age_entry;
  GtkEntry         *education_entry;
  GtkEntry         *occupation_entry;
  GtkEntry         *suggestion_entry;
  GtkLabel         *count_label;
  GtkListBox       *recent_list;

  /* Owned */
  LayananDatabase  *database;
  LayananSkmPeriod *period;
  GPtrArray        *unsur;         /* LayananSkmUnsur */
  GPtrArray        *cells;         /* GtkEntry, one per unsur (borrowed from the grid) */
  GArray           *service_ids;   /* gint64, one per service entry after "Not stated" */
  char             *hint;          /* the hint shown while nothing is wrong */

  gint64            n_saved;       /* questionnaires in the period */
};

G_DEFINE_FINAL_TYPE (LayananSkmEntryWindow, layanan_skm_entry_window, ADW_TYPE_WINDOW)

/* ─────────────────────────── Messages ─────────────────────────── */

static void
show_problem (LayananSkmEntryWindow *self,
              GtkWidget             *cell,
              const char            *message)
{
  gtk_widget_error_bell (cell != NULL ? cell : GTK_WIDGET (self));
  if (cell != NULL)
    gtk_widget_add_css_class (cell, "error");
  gtk_label_set_text (self->hint_label, message);
  gtk_widget_add_css_class (GTK_WIDGET (self->hint_label), "error");
}

static void
clear_problem (LayananSkmEntryWindow *self,
               GtkWidget             *cell)
{
  if (cell != NULL)
    gtk_widget_remove_css_class (cell, "error");
  if (gtk_widget_has_css_class (GTK_WIDGET (self->hint_label), "error"))
    {
      gtk_label_set_text (self->hint_label, self->hint);
      gtk_widget_remove_css_class (GTK_WIDGET (self->hint_label), "error");
    }
}

static void
update_count (LayananSkmEntryWindow *self)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  gint64 n = layanan_database_count_skm_responses (self->database, self->period->id, &error);

  if (n < 0)
    {
      show_problem (self, NULL, error->message);
      return;
    }
  self->n_saved = n;
  /* Translators: the running count of the fast entry window */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d form entered in this period",
                                       "%d forms entered in this period", (gulong) n),
                          (int) n);
  gtk_label_set_text (self->count_label, text);
}

/* ─────────────────────────── Moving across the row ─────────────────────────── */

static int
cell_index (LayananSkmEntryWindow *self,
            GtkWidget             *cell)
{
  guint index;

  return g_ptr_array_find (self->cells, cell, &index) ? (int) index : -1;
}

static void
focus_cell (LayananSkmEntryWindow *self,
            int                    index)
{
  if (index < 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->occupation_entry));
  else if ((guint) index >= self->cells->len)
    gtk_widget_grab_focus (GTK_WIDGET (self->suggestion_entry));
  else
    gtk_widget_grab_focus (g_ptr_array_index (self->cells, index));
}

/* ─────────────────────────── Keys ─────────────────────────── */

/* Keys that are not typing: focus moves, modifiers alone, shortcuts. */
static gboolean
passes_through (guint           keyval,
                GdkModifierType state)
{
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK))
    return TRUE;

  switch (keyval)
    {
    case GDK_KEY_Tab:
    case GDK_KEY_ISO_Left_Tab:
    case GDK_KEY_KP_Tab:
    case GDK_KEY_Escape:
    case GDK_KEY_Up:
    case GDK_KEY_Down:
      return TRUE;
    default:
      /* Shift, Control, Caps Lock, AltGr … pressed on their own. */
      return (keyval >= GDK_KEY_Shift_L && keyval <= GDK_KEY_Hyper_R)
             || (keyval >= GDK_KEY_ISO_Lock && keyval <= GDK_KEY_ISO_Last_Group_Lock);
    }
}

static gboolean
is_enter (guint keyval)
{
  return keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter;
}

static int
digit_of (guint keyval)
{
  if (keyval >= GDK_KEY_0 && keyval <= GDK_KEY_9)
    return (int) (keyval - GDK_KEY_0);
  if (keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_9)
    return (int) (keyval - GDK_KEY_KP_0);
  return -1;
}

static void save_form (LayananSkmEntryWindow *self);

static void
refuse_key (LayananSkmEntryWindow *self,
            GtkWidget             *cell,
            guint                  keyval,
            const char            *expected)
{
  gunichar c = gdk_keyval_to_unicode (keyval);
  char typed[8] = { 0 };
  g_autofree char *message = NULL;

  if (c != 0 && g_unichar_isprint (c))
    g_unichar_to_utf8 (c, typed);
  /* Translators: "“9” is not an answer here: type 1–4, 0 or Space for blank" */
  message = g_strdup_printf (_("“%s” is not an answer here: %s"),
                             *typed != '\0' ? typed : gdk_keyval_name (keyval), expected);
  show_problem (self, cell, message);
}

/* An answer cell: 1–4 fill it and move on, 0 or Space leave it blank and
 * move on, Backspace clears it and moves back, Enter saves the form;
 * anything else is refused and nothing is written. */
static gboolean
answer_key_pressed_cb (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       LayananSkmEntryWindow *self)
{
  GtkWidget *cell = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  int index = cell_index (self, cell);
  int digit = digit_of (keyval);

  if (passes_through (keyval, state))
    return FALSE;
  if (is_enter (keyval))
    {
      save_form (self);
      return TRUE;
    }

  if (digit >= 1 && digit <= 4)
    {
      char text[2] = { (char) ('0' + digit), '\0' };

      gtk_editable_set_text (GTK_EDITABLE (cell), text);
      clear_problem (self, cell);
      focus_cell (self, index + 1);
    }
  else if (digit == 0 || keyval == GDK_KEY_space || keyval == GDK_KEY_KP_Space)
    {
      gtk_editable_set_text (GTK_EDITABLE (cell), "");
      clear_problem (self, cell);
      focus_cell (self, index + 1);
    }
  else if (keyval == GDK_KEY_BackSpace)
    {
      gtk_editable_set_text (GTK_EDITABLE (cell), "");
      clear_problem (self, cell);
      focus_cell (self, index - 1);
    }
  else if (keyval == GDK_KEY_Left || keyval == GDK_KEY_KP_Left)
    focus_cell (self, index - 1);
  else if (keyval == GDK_KEY_Right || keyval == GDK_KEY_KP_Right)
    focus_cell (self, index + 1);
  else
    /* Translators: what an answer cell accepts */
    refuse_key (self, cell, keyval, _("type 1–4, or 0 or Space to leave it blank"));

  return TRUE;
}

/* The sex cell: L or P (either case), 0 or Space for not said. */
static gboolean
sex_key_pressed_cb (GtkEventControllerKey *controller,
                    guint                  keyval,
                    guint                  keycode,
                    GdkModifierType        state,
                    LayananSkmEntryWindow *self)
{
  GtkWidget *cell = GTK_WIDGET (self->sex_entry);
  guint lower = gdk_keyval_to_lower (keyval);

  if (passes_through (keyval, state) || keyval == GDK_KEY_Left || keyval == GDK_KEY_Right)
    return FALSE;
  if (is_enter (keyval))
    {
      save_form (self);
      return TRUE;
    }

  if (lower == GDK_KEY_l || lower == GDK_KEY_p)
    gtk_editable_set_text (GTK_EDITABLE (cell), lower == GDK_KEY_l ? "L" : "P");
  else if (keyval == GDK_KEY_0 || keyval == GDK_KEY_space || keyval == GDK_KEY_BackSpace
           || keyval == GDK_KEY_Delete)
    gtk_editable_set_text (GTK_EDITABLE (cell), "");
  else
    {
      /* Translators: what the sex cell accepts; L = laki-laki, P = perempuan */
      refuse_key (self, cell, keyval, _("type L or P, or 0 or Space if not said"));
      return TRUE;
    }

  clear_problem (self, cell);
  if (keyval != GDK_KEY_BackSpace && keyval != GDK_KEY_Delete)
    gtk_widget_grab_focus (GTK_WIDGET (self->age_entry));
  return TRUE;
}

/* The age cell takes digits only; editing keys work as in any entry. */
static gboolean
age_key_pressed_cb (GtkEventControllerKey *controller,
                    guint                  keyval,
                    guint                  keycode,
                    GdkModifierType        state,
                    LayananSkmEntryWindow *self)
{
  gunichar c = gdk_keyval_to_unicode (keyval);

  if (passes_through (keyval, state) || c == 0 || g_unichar_isdigit (c) || c == '\b'
      || c == 0x7f || c == '\r' || c == '\n')
    {
      clear_problem (self, GTK_WIDGET (self->age_entry));
      return FALSE;
    }
  /* Translators: what the age cell accepts */
  refuse_key (self, GTK_WIDGET (self->age_entry), keyval, _("the age is typed in digits"));
  return TRUE;
}

static void
add_keys (GtkWidget *cell,
          GCallback  handler,
          gpointer   self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  /* Before the entry's own text handling, so a refused key never lands. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  gtk_event_controller_set_name (keys, KEYS_CONTROLLER);
  g_signal_connect (keys, "key-pressed", handler, self);
  gtk_widget_add_controller (cell, keys);
}

/* ─────────────────────────── Saving ─────────────────────────── */

static char *
text_or_null (GtkEntry *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  char *copy = g_strstrip (g_strdup (text));

  if (*copy == '\0')
    g_clear_pointer (&copy, g_free);
  return copy;
}

static gint64
selected_service (LayananSkmEntryWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->service_dropdown);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION
      || selected > self->service_ids->len)
    return 0;
  return g_array_index (self->service_ids, gint64, selected - 1);
}

static LayananSkmResponse *
read_form (LayananSkmEntryWindow  *self,
           GError                **error)
{
  g_autoptr(LayananSkmResponse) response = layanan_skm_response_new ();
  const char *sex = gtk_editable_get_text (GTK_EDITABLE (self->sex_entry));
  g_autofree char *age = text_or_null (self->age_entry);
  GDate date;

  response->period_id = self->period->id;
  response->date = text_or_null (self->date_entry);
  if (response->date == NULL || !layanan_date_parse_iso (response->date, &date, NULL))
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   /* Translators: %s is what was typed in the date cell */
                   _("Date: “%s” is not a date (YYYY-MM-DD)"),
                   response->date != NULL ? response->date : "");
      return NULL;
    }
  response->service_id = selected_service (self);
  response->sex = g_strcmp0 (sex, "L") == 0 ? LAYANAN_SKM_SEX_LAKI_LAKI
                  : g_strcmp0 (sex, "P") == 0 ? LAYANAN_SKM_SEX_PEREMPUAN
                  : LAYANAN_SKM_SEX_UNKNOWN;
  response->age = age != NULL ? (int) g_ascii_strtoll (age, NULL, 10) : 0;
  response->education = text_or_null (self->education_entry);
  response->occupation = text_or_null (self->occupation_entry);
  response->suggestion = text_or_null (self->suggestion_entry);
  for (guint i = 0; i < self->cells->len; i++)
    {
      const char *answer = gtk_editable_get_text (g_ptr_array_index (self->cells, i));

      response->answers[i] = *answer >= '1' && *answer <= '4' ? (guint8) (*answer - '0') : 0;
    }

  if (!layanan_skm_response_validate (response, self->cells->len, error))
    return NULL;
  return g_steal_pointer (&response);
}

/* "Form 12 · 2026-11-23 · L 34 · 4 3 – 2 …" */
static char *
describe_form (LayananSkmEntryWindow    *self,
               const LayananSkmResponse *response,
               gint64                    number)
{
  g_autoptr(GString) text = g_string_new (NULL);

  /* Translators: the start of a saved form's line, "Form 12" */
  g_string_append_printf (text, _("Form %d"), (int) number);
  g_string_append_printf (text, " · %s · %s", response->date,
                          response->sex == LAYANAN_SKM_SEX_LAKI_LAKI ? "L"
                          : response->sex == LAYANAN_SKM_SEX_PEREMPUAN ? "P" : "–");
  if (response->age > 0)
    g_string_append_printf (text, " · %d", response->age);
  g_string_append (text, " ·");
  for (guint i = 0; i < self->cells->len; i++)
    {
      if (response->answers[i] > 0)
        g_string_append_printf (text, " %u", response->answers[i]);
      else
        g_string_append (text, " –");
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
delete_form_cb (GtkButton             *button,
                LayananSkmEntryWindow *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "response-id"));
  g_autoptr(GError) error = NULL;

  if (!layanan_database_delete_skm_response (self->database, id, &error))
    {
      show_problem (self, NULL, error->message);
      return;
    }
  gtk_list_box_remove (self->recent_list, row);
  update_count (self);
}

static void
list_saved_form (LayananSkmEntryWindow    *self,
                 const LayananSkmResponse *response)
{
  g_autofree char *text = describe_form (self, response, self->n_saved);
  /* Translators: accessible name of the delete button of a saved form, "Delete Form 12 · …" */
  g_autofree char *delete_name = g_strdup_printf (_("Delete %s"), text);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (text);
  GtkWidget *delete = gtk_button_new_from_icon_name ("user-trash-symbolic");
  GtkWidget *last;

  gtk_widget_set_hexpand (label, TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  /* Translators: tooltip of the delete button of a saved form */
  gtk_widget_set_tooltip_text (delete, _("Delete this form"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (delete),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, delete_name,
                                  -1);
  gtk_widget_add_css_class (delete, "flat");
  g_object_set_data (G_OBJECT (delete), "response-id", GSIZE_TO_POINTER ((gsize) response->id));
  g_signal_connect (delete, "clicked", G_CALLBACK (delete_form_cb), self);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), delete);
  gtk_list_box_prepend (self->recent_list, box);

  /* Only the last forms stay listed. */
  while ((last = GTK_WIDGET (gtk_list_box_get_row_at_index (self->recent_list, N_RECENT))) != NULL)
    gtk_list_box_remove (self->recent_list, last);
}

/* Clears what changes from one form to the next; the date and the service
 * stay, as a pile of forms usually shares them. */
static void
start_next_form (LayananSkmEntryWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->sex_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->age_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->education_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->occupation_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->suggestion_entry), "");
  for (guint i = 0; i < self->cells->len; i++)
    {
      gtk_editable_set_text (g_ptr_array_index (self->cells, i), "");
      gtk_widget_remove_css_class (g_ptr_array_index (self->cells, i), "error");
    }
  focus_cell (self, 0);
}

static void
save_form (LayananSkmEntryWindow *self)
{
  g_autoptr(GPtrArray) responses = g_ptr_array_new_with_free_func ((GDestroyNotify) layanan_skm_response_free);
  g_autoptr(GError) error = NULL;
  LayananSkmResponse *response = read_form (self, &error);

  if (response == NULL
      || (g_ptr_array_add (responses, response),
          !layanan_database_add_skm_responses (self->database, responses, NULL, &error)))
    {
      show_problem (self, NULL, error->message);
      return;
    }

  clear_problem (self, NULL);
  update_count (self);
  list_saved_form (self, response);
  start_next_form (self);
}

static void
save_form_cb (LayananSkmEntryWindow *self)
{
  save_form (self);
}

/* ─────────────────────────── Building the row ─────────────────────────── */

static void
add_answer_cells (LayananSkmEntryWindow *self)
{
  /* The fixed fields take the grid's first columns. */
  const int first_column = 6;

  for (guint i = 0; i < self->unsur->len; i++)
    {
      LayananSkmUnsur *unsur = g_ptr_array_index (self->unsur, i);
      g_autofree char *name = g_strdup_printf ("%s %s", unsur->code, unsur->name);
      GtkWidget *heading = gtk_label_new (unsur->code);
      GtkWidget *cell = gtk_entry_new ();

      gtk_widget_set_tooltip_text (heading, name);
      gtk_widget_add_css_class (heading, "caption-heading");
      gtk_editable_set_editable (GTK_EDITABLE (cell), FALSE);
      gtk_editable_set_width_chars (GTK_EDITABLE (cell), 1);
      gtk_editable_set_max_width_chars (GTK_EDITABLE (cell), 2);
      gtk_editable_set_alignment (GTK_EDITABLE (cell), 0.5f);
      gtk_widget_set_name (cell, unsur->code);
      gtk_widget_set_tooltip_text (cell, name);
      gtk_widget_add_css_class (cell, "skm-answer");
      gtk_accessible_update_property (GTK_ACCESSIBLE (cell),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      -1);
      add_keys (cell, G_CALLBACK (answer_key_pressed_cb), self);
      gtk_grid_attach (self->form_grid, heading, first_column + (int) i, 0, 1, 1);
      gtk_grid_attach (self->form_grid, cell, first_column + (int) i, 1, 1, 1);
      g_ptr_array_add (self->cells, cell);
    }
}

/* Whether @unit_id is @top or one of its sections (bagian, subbagian). */
static gboolean
unit_is_within (GPtrArray *units,
                gint64     unit_id,
                gint64     top)
{
  /* The chain is short; the bound keeps a broken one from looping. */
  for (guint depth = 0; unit_id != 0 && depth <= units->len; depth++)
    {
      gint64 parent_id = 0;

      if (unit_id == top)
        return TRUE;
      for (guint i = 0; i < units->len; i++)
        {
          LayananUnit *unit = g_ptr_array_index (units, i);

          if (unit->id == unit_id)
            parent_id = unit->parent_id;
        }
      unit_id = parent_id;
    }
  return FALSE;
}

static gboolean
fill_services (LayananSkmEntryWindow  *self,
               GError                **error)
{
  g_autoptr(GPtrArray) services = layanan_database_list_services (self->database, NULL, error);
  g_autoptr(GPtrArray) units = NULL;

  if (services == NULL || (units = layanan_database_list_units (self->database, error)) == NULL)
    return FALSE;

  /* Translators: the service entry of a form that does not say which service */
  gtk_string_list_append (self->service_names, _("Not stated"));
  for (guint i = 0; i < services->len; i++)
    {
      LayananServiceSummary *service = g_ptr_array_index (services, i);

      if (!unit_is_within (units, service->unit_id, self->period->unit_id))
        continue;
      gtk_string_list_append (self->service_names, service->name);
      g_array_append_val (self->service_ids, service->id);
    }
  return TRUE;
}

/* Today, or the nearest day of the period when a past (or coming) period's
 * forms are typed in: the store refuses a date outside it. ISO dates
 * compare as strings. */
static void
set_default_date (LayananSkmEntryWindow *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  const char *date = today;

  if (self->period->date_from != NULL && strcmp (date, self->period->date_from) < 0)
    date = self->period->date_from;
  if (self->period->date_to != NULL && strcmp (date, self->period->date_to) > 0)
    date = self->period->date_to;
  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), date);
}

/* ─────────────────────────── GObject ─────────────────────────── */

static void
layanan_skm_entry_window_show (GtkWidget *widget)
{
  LayananSkmEntryWindow *self = LAYANAN_SKM_ENTRY_WINDOW (widget);

  GTK_WIDGET_CLASS (layanan_skm_entry_window_parent_class)->show (widget);
  /* A person starts typing answers at once. */
  focus_cell (self, 0);
}

static void
layanan_skm_entry_window_dispose (GObject *object)
{
  LayananSkmEntryWindow *self = LAYANAN_SKM_ENTRY_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LAYANAN_TYPE_SKM_ENTRY_WINDOW);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (layanan_skm_entry_window_parent_class)->dispose (object);
}

static void
layanan_skm_entry_window_finalize (GObject *object)
{
  LayananSkmEntryWindow *self = LAYANAN_SKM_ENTRY_WINDOW (object);

  g_clear_pointer (&self->period, layanan_skm_period_free);
  g_clear_pointer (&self->unsur, g_ptr_array_unref);
  g_clear_pointer (&self->cells, g_ptr_array_unref);
  g_clear_pointer (&self->service_ids, g_array_unref);
  g_clear_pointer (&self->hint, g_free);

  G_OBJECT_CLASS (layanan_skm_entry_window_parent_class)->finalize (object);
}

static void
layanan_skm_entry_window_class_init (LayananSkmEntryWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = layanan_skm_entry_window_dispose;
  object_class->finalize = layanan_skm_entry_window_finalize;
  widget_class->show = layanan_skm_entry_window_show;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/layananbiro/Layanan/layanan-skm-entry-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LayananSkmEntryWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, LayananSkmEntryWindow, hint_label);
  gtk_widget_class_bind_template_child (widget_class, LayananSkmEntryWindow, form_grid);
  gtk_widget_class_bind_template_child (widget_class, LayananSkmEntryWindow, date_entry);
  gtk_widget_class_bind_template_child (widget_class, LayananSkmEntryWindow, service_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LayananSkmEntryWindow, service_names);
  gtk_widget_class_bind_template_child (widget_class, LayananSkmEntryWindow, sex_entry);
  gtk_widget_class_bind_template_child (widget_class, LayananSkmEntryWindow, age_entry);
  gtk_widget_class_bind_template_child (widget_class, LayananSkmEntryWindow, education_entry);
  gtk_widget_class_bind_template_child (widget_class, LayananSkmEntryWindow, occupation_entry);
  gtk_widget_class_bind_template_child (widget_class, LayananSkmEntryWindow, suggestion_entry);
  gtk_widget_class_bind_template_child (widget_class, LayananSkmEntryWindow, count_label);
  gtk_widget_class_bind_template_child (widget_class, LayananSkmEntryWindow, recent_list);
  gtk_widget_class_bind_template_callback (widget_class, save_form_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

static void
layanan_skm_entry_window_init (LayananSkmEntryWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cells = g_ptr_array_new ();
  self->service_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->hint = g_strdup (gtk_label_get_text (self->hint_label));
  add_keys (GTK_WIDGET (self->sex_entry), G_CALLBACK (sex_key_pressed_cb), self);
  add_keys (GTK_WIDGET (self->age_entry), G_CALLBACK (age_key_pressed_cb), self);
  gtk_list_box_set_placeholder (self->recent_list,
                                /* Translators: the empty list of forms saved in the entry window */
                                g_object_new (GTK_TYPE_LABEL, "label", _("No forms saved yet"),
                                              "margin-top", 12, "margin-bottom", 12,
                                              "css-classes", (const char *[]) { "dim-label", NULL },
                                              NULL));
}

LayananSkmEntryWindow *
layanan_skm_entry_window_new (GtkWindow              *parent,
                              LayananDatabase        *database,
                              const LayananSkmPeriod *period)
{
  LayananSkmEntryWindow *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LAYANAN_IS_DATABASE (database), NULL);
  g_return_val_if_fail (period != NULL && period->id > 0, NULL);

  self = g_object_new (LAYANAN_TYPE_SKM_ENTRY_WINDOW, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  self->period = g_new0 (LayananSkmPeriod, 1);
  *self->period = (LayananSkmPeriod) {
    period->id, period->unit_id, g_strdup (period->name), period->kind,
    g_strdup (period->date_from), g_strdup (period->date_to), period->population,
  };
  adw_window_title_set_subtitle (self->window_title, period->name);
  set_default_date (self);

  self->unsur = layanan_database_list_skm_unsur (database, &error);
  if (self->unsur == NULL || !fill_services (self, &error))
    {
      g_clear_pointer (&self->unsur, g_ptr_array_unref);
      self->unsur = g_ptr_array_new ();
      show_problem (self, NULL, error->message);
    }
  add_answer_cells (self);
  update_count (self);
  focus_cell (self, 0);
  return self;
}

GtkWidget *
layanan_skm_entry_window_get_answer_cell (LayananSkmEntryWindow *self,
                                          guint                  index)
{
  g_return_val_if_fail (LAYANAN_IS_SKM_ENTRY_WINDOW (self), NULL);

  return index < self->cells->len ? g_ptr_array_index (self->cells, index) : NULL;
}

guint
layanan_skm_entry_window_get_n_saved (LayananSkmEntryWindow *self)
{
  g_return_val_if_fail (LAYANAN_IS_SKM_ENTRY_WINDOW (self), 0);

  return (guint) self->n_saved;
}
