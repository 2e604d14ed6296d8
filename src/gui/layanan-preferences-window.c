/* layanan-preferences-window.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "layanan-backup-job.h"
#include "layanan-categories-page.h"
#include "layanan-date.h"
#include "layanan-preferences-window.h"
#include "layanan-staff-page.h"

struct _LayananPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* Template widgets */
  AdwPreferencesGroup  *units_group;
  AdwActionRow         *location_row;
  AdwActionRow         *backups_row;
  GtkSwitch            *cuti_bersama_switch;
  GtkSwitch            *auto_close_switch;
  AdwPreferencesGroup  *hours_group;

  /* Owned */
  LayananDatabase      *database;
};

G_DEFINE_FINAL_TYPE (LayananPreferencesWindow, layanan_preferences_window,
                     ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The default day of Perpres 21/2023, used when a day is switched on. */
enum { DEFAULT_START = 7 * 60 + 30, DEFAULT_END = 16 * 60,
       DEFAULT_BREAK_START = 12 * 60, DEFAULT_BREAK_END = 13 * 60 };

static void
show_error (LayananPreferencesWindow *self,
            const GError             *error)
{
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (error->message));
}

/* Units */

static GtkWidget *
channel_row_new (const LayananChannel *channel)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *value = NULL;

  if (channel->extension != NULL && *channel->extension != '\0')
    /* Translators: a telephone number and its extension */
    value = g_strdup_printf (_("%s ext. %s"), channel->value, channel->extension);
  else
    value = g_strdup (channel->value);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), layanan_complaint_channel_kind_get_label (channel->kind));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value);
  gtk_widget_add_css_class (row, "property");

  return row;
}

static void
add_unit_rows (LayananPreferencesWindow *self)
{
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GError) error = NULL;

  units = layanan_database_list_units (self->database, &error);
  if (units == NULL)
    {
      show_error (self, error);
      return;
    }

  for (guint i = 0; i < units->len; i++)
    {
      LayananUnit *unit = g_ptr_array_index (units, i);
      g_autoptr(GPtrArray) channels = NULL;
      GtkWidget *row = adw_expander_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), unit->name);
      if (unit->address != NULL)
        adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), unit->address);

      channels = layanan_database_list_unit_channels (self->database, unit->id, &error);
      for (guint j = 0; channels != NULL && j < channels->len; j++)
        adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                                  channel_row_new (g_ptr_array_index (channels, j)));

      adw_preferences_group_add (self->units_group, row);
    }
}

/* Working hours */

static gboolean
parse_time (const char *text,
            int        *minutes)
{
  unsigned hours, mins;
  char separator;
  char rest;

  /* Both 07:30 and the Indonesian 07.30 are accepted. */
  if (sscanf (text, " %u%c%u %c", &hours, &separator, &mins, &rest) != 3 ||
      (separator != ':' && separator != '.') || hours > 24 || mins > 59 ||
      (hours == 24 && mins != 0))
    return FALSE;

  *minutes = hours * 60 + mins;
  return TRUE;
}

static gboolean
parse_time_range (const char *text,
                  int        *start,
                  int        *end)
{
  g_auto(GStrv) parts = NULL;

  if (text == NULL || *g_strstrip ((char *) text) == '\0')
    {
      *start = *end = 0;
      return TRUE;
    }

  /* An en dash, a hyphen or "s.d." as people type it. */
  parts = g_regex_split_simple ("\\s*(?:–|-|s\\.d\\.|sd)\\s*", text, 0, 0);
  return g_strv_length (parts) == 2 && parse_time (parts[0], start) && parse_time (parts[1], end);
}

static char *
format_time_range (int start,
                   int end)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (start == end)
    return g_strdup ("");

  from = layanan_date_format_time_of_day (start);
  to = layanan_date_format_time_of_day (end);
  return g_strconcat (from, "–", to, NULL);
}

typedef struct
{
  GDateWeekday  weekday;
  AdwEntryRow  *hours_row;
  AdwEntryRow  *break_row;
} DayRows;

static void
update_day_subtitle (AdwExpanderRow *row,
                     int             start,
                     int             end,
                     int             break_start,
                     int             break_end)
{
  g_autofree char *hours = format_time_range (start, end);
  g_autofree char *breaks = format_time_range (break_start, break_end);
  g_autofree char *subtitle = NULL;

  if (start == end)
    subtitle = g_strdup (_("Not a working day"));
  else if (break_start == break_end)
    subtitle = g_strdup (hours);
  else
    /* Translators: working hours and the break, e.g. "07:30–16:00, break 12:00–13:00" */
    subtitle = g_strdup_printf (_("%s, break %s"), hours, breaks);

  adw_expander_row_set_subtitle (row, subtitle);
}

static gboolean
save_day (LayananPreferencesWindow *self,
          AdwExpanderRow           *row,
          GDateWeekday              weekday,
          int                       start,
          int                       end,
          int                       break_start,
          int                       break_end)
{
  g_autoptr(GError) error = NULL;

  if (!layanan_calendar_validate_working_hours (start, end, break_start, break_end, &error) ||
      !layanan_database_set_working_hours (self->database, weekday, start, end,
                                           break_start, break_end, &error))
    {
      show_error (self, error);
      return FALSE;
    }

  update_day_subtitle (row, start, end, break_start, break_end);
  return TRUE;
}

static void
day_entry_applied_cb (AdwEntryRow *entry,
                      gpointer     user_data)
{
  LayananPreferencesWindow *self = user_data;
  AdwExpanderRow *row = g_object_get_data (G_OBJECT (entry), "day-row");
  DayRows *rows = g_object_get_data (G_OBJECT (row), "day-rows");
  int start, end, break_start, break_end;

  if (!parse_time_range (gtk_editable_get_text (GTK_EDITABLE (rows->hours_row)), &start, &end) ||
      !parse_time_range (gtk_editable_get_text (GTK_EDITABLE (rows->break_row)),
                         &break_start, &break_end))
    {
      g_autofree char *message = g_strdup_printf (_("%s: write the times as 07:30–16:00"),
                                                  layanan_date_weekday_name (rows->weekday));

      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (message));
      return;
    }

  save_day (self, row, rows->weekday, start, end, break_start, break_end);
}

static void
day_enabled_cb (AdwExpanderRow *row,
                GParamSpec     *pspec,
                gpointer        user_data)
{
  LayananPreferencesWindow *self = user_data;
  DayRows *rows = g_object_get_data (G_OBJECT (row), "day-rows");
  gboolean enabled = adw_expander_row_get_enable_expansion (row);
  int start = enabled ? DEFAULT_START : 0, end = enabled ? DEFAULT_END : 0;
  int break_start = enabled ? DEFAULT_BREAK_START : 0, break_end = enabled ? DEFAULT_BREAK_END : 0;
  g_autofree char *hours = format_time_range (start, end);
  g_autofree char *breaks = format_time_range (break_start, break_end);

  if (save_day (self, row, rows->weekday, start, end, break_start, break_end))
    {
      gtk_editable_set_text (GTK_EDITABLE (rows->hours_row), hours);
      gtk_editable_set_text (GTK_EDITABLE (rows->break_row), breaks);
    }
}

static AdwEntryRow *
time_entry_row_new (const char *title,
                    const char *text,
                    GtkWidget  *day_row)
{
  AdwEntryRow *entry = ADW_ENTRY_ROW (adw_entry_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), title);
  adw_entry_row_set_show_apply_button (entry, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_object_set_data (G_OBJECT (entry), "day-row", day_row);

  return entry;
}

static GtkWidget *
find_descendant (GtkWidget *root,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = G_TYPE_CHECK_INSTANCE_TYPE (child, type)
                         ? child : find_descendant (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* AdwExpanderRow 1.2 leaves its enable switch unnamed; a screen reader (and
 * the e2e tests) should hear which day it turns on. */
static void
name_day_switch (GtkWidget    *row,
                 GDateWeekday  weekday)
{
  GtkWidget *toggle = find_descendant (row, GTK_TYPE_SWITCH);
  g_autofree char *label = NULL;

  if (toggle == NULL)
    return;

  /* Translators: the switch that makes a weekday a working day, e.g. "Monday is a working day" */
  label = g_strdup_printf (_("%s is a working day"), layanan_date_weekday_name (weekday));
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static void
add_day_row (LayananPreferencesWindow *self,
             LayananCalendar          *calendar,
             GDateWeekday              weekday)
{
  int start = 0, end = 0, break_start = 0, break_end = 0;
  GtkWidget *row = adw_expander_row_new ();
  DayRows *rows = g_new0 (DayRows, 1);
  gboolean working;
  g_autofree char *hours = NULL;
  g_autofree char *breaks = NULL;

  working = layanan_calendar_get_working_hours (calendar, weekday, &start, &end,
                                                &break_start, &break_end);
  hours = format_time_range (start, end);
  breaks = format_time_range (break_start, break_end);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), layanan_date_weekday_name (weekday));
  adw_expander_row_set_show_enable_switch (ADW_EXPANDER_ROW (row), TRUE);
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (row), working);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), FALSE);
  update_day_subtitle (ADW_EXPANDER_ROW (row), start, end, break_start, break_end);
  name_day_switch (row, weekday);

  rows->weekday = weekday;
  rows->hours_row = time_entry_row_new (_("Hours"), hours, row);
  rows->break_row = time_entry_row_new (_("Break"), breaks, row);
  g_object_set_data_full (G_OBJECT (row), "day-rows", rows, g_free);

  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), GTK_WIDGET (rows->hours_row));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), GTK_WIDGET (rows->break_row));
  g_signal_connect (rows->hours_row, "apply", G_CALLBACK (day_entry_applied_cb), self);
  g_signal_connect (rows->break_row, "apply", G_CALLBACK (day_entry_applied_cb), self);
  g_signal_connect (row, "notify::enable-expansion", G_CALLBACK (day_enabled_cb), self);

  adw_preferences_group_add (self->hours_group, row);
}

static void
add_working_hours_rows (LayananPreferencesWindow *self)
{
  g_autoptr(LayananCalendar) calendar = NULL;
  g_autoptr(GError) error = NULL;

  calendar = layanan_database_load_calendar (self->database, &error);
  if (calendar == NULL)
    {
      show_error (self, error);
      return;
    }

  for (GDateWeekday weekday = G_DATE_MONDAY; weekday <= G_DATE_SUNDAY; weekday++)
    add_day_row (self, calendar, weekday);
}

/* Callbacks */

static void
cuti_bersama_switch_active_cb (LayananPreferencesWindow *self)
{
  gboolean active = gtk_switch_get_active (self->cuti_bersama_switch);
  g_autoptr(GError) error = NULL;

  if (active == layanan_database_get_cuti_bersama_nonworking (self->database))
    return;

  if (!layanan_database_set_cuti_bersama_nonworking (self->database, active, &error))
    {
      show_error (self, error);
      gtk_switch_set_active (self->cuti_bersama_switch, !active);
    }
}

static void
auto_close_switch_active_cb (LayananPreferencesWindow *self)
{
  gboolean active = gtk_switch_get_active (self->auto_close_switch);
  g_autoptr(GError) error = NULL;

  if (active == layanan_database_get_complaint_auto_close (self->database))
    return;

  if (!layanan_database_set_complaint_auto_close (self->database, active, &error))
    {
      show_error (self, error);
      gtk_switch_set_active (self->auto_close_switch, !active);
    }
}

static void
load_database (LayananPreferencesWindow *self)
{
  const char *path = layanan_database_get_path (self->database);
  g_autofree char *backups = layanan_backup_dir_for (path);
  g_autofree char *backups_text = NULL;

  adw_action_row_set_subtitle (self->location_row, path);
  backups_text = g_strdup_printf (_("One a day in %s; the last %d are kept"), backups,
                                  LAYANAN_BACKUPS_KEPT);
  adw_action_row_set_subtitle (self->backups_row, backups_text);
  gtk_switch_set_active (self->cuti_bersama_switch,
                         layanan_database_get_cuti_bersama_nonworking (self->database));
  gtk_switch_set_active (self->auto_close_switch,
                         layanan_database_get_complaint_auto_close (self->database));
  add_unit_rows (self);
  add_working_hours_rows (self);
}

/* GObject overrides */

static void
layanan_preferences_window_constructed (GObject *object)
{
  LayananPreferencesWindow *self = LAYANAN_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (layanan_preferences_window_parent_class)->constructed (object);

  load_database (self);
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self),
                              ADW_PREFERENCES_PAGE (layanan_staff_page_new (self->database)));
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self),
                              ADW_PREFERENCES_PAGE (layanan_categories_page_new (self->database)));
}

static void
layanan_preferences_window_dispose (GObject *object)
{
  LayananPreferencesWindow *self = LAYANAN_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LAYANAN_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (layanan_preferences_window_parent_class)->dispose (object);
}

static void
layanan_preferences_window_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  LayananPreferencesWindow *self = LAYANAN_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
layanan_preferences_window_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  LayananPreferencesWindow *self = LAYANAN_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
layanan_preferences_window_class_init (LayananPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = layanan_preferences_window_constructed;
  object_class->dispose = layanan_preferences_window_dispose;
  object_class->get_property = layanan_preferences_window_get_property;
  object_class->set_property = layanan_preferences_window_set_property;

  properties [PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         LAYANAN_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/layananbiro/Layanan/layanan-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LayananPreferencesWindow, units_group);
  gtk_widget_class_bind_template_child (widget_class, LayananPreferencesWindow, location_row);
  gtk_widget_class_bind_template_child (widget_class, LayananPreferencesWindow, backups_row);
  gtk_widget_class_bind_template_child (widget_class, LayananPreferencesWindow, cuti_bersama_switch);
  gtk_widget_class_bind_template_child (widget_class, LayananPreferencesWindow, auto_close_switch);
  gtk_widget_class_bind_template_child (widget_class, LayananPreferencesWindow, hours_group);
  gtk_widget_class_bind_template_callback (widget_class, cuti_bersama_switch_active_cb);
  gtk_widget_class_bind_template_callback (widget_class, auto_close_switch_active_cb);
}

static void
layanan_preferences_window_init (LayananPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

LayananPreferencesWindow *
layanan_preferences_window_new (GtkWindow       *parent,
                                LayananDatabase *database)
{
  g_return_val_if_fail (LAYANAN_IS_DATABASE (database), NULL);

  return g_object_new (LAYANAN_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "database", database,
                       NULL);
}
