/* layanan-staff-page.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-staff-page"

#include "config.h"

#include <glib/gi18n.h>

#include "layanan-staff-page.h"

struct _LayananStaffPage
{
  AdwPreferencesPage   parent_instance;

  AdwPreferencesGroup *staff_group;
  AdwPreferencesGroup *add_group;
  AdwEntryRow         *name_row;
  AdwEntryRow         *nip_row;
  AdwEntryRow         *position_row;
  AdwComboRow         *unit_row;
  AdwPreferencesGroup *sections_group;
  AdwEntryRow         *section_row;

  LayananDatabase     *database;
  GPtrArray           *units;        /* LayananUnit, in unit_row order */
  GPtrArray           *shown_rows;   /* rows of staff and sections added by refresh */
};

G_DEFINE_FINAL_TYPE (LayananStaffPage, layanan_staff_page, ADW_TYPE_PREFERENCES_PAGE)

static void
show_message (LayananStaffPage *self,
              const char       *message)
{
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_PREFERENCES_WINDOW);

  if (window != NULL)
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (window), adw_toast_new (message));
}

static void refresh (LayananStaffPage *self);

/* ─────────────────────────── Staff ─────────────────────────── */

static void
active_changed_cb (GtkSwitch        *toggle,
                   GParamSpec       *pspec,
                   LayananStaffPage *self)
{
  LayananStaff *staff = g_object_get_data (G_OBJECT (toggle), "staff");
  g_autoptr(GError) error = NULL;

  staff->active = gtk_switch_get_active (toggle);
  if (!layanan_database_save_staff (self->database, staff, &error))
    show_message (self, error->message);
}

static char *
staff_subtitle (const LayananStaff *staff)
{
  g_autoptr(GString) subtitle = g_string_new (NULL);
  const char *parts[] = { staff->position_title, staff->unit_name, staff->nip };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i] != NULL && *parts[i] != '\0')
      g_string_append_printf (subtitle, "%s%s", subtitle->len > 0 ? " · " : "", parts[i]);
  return g_string_free (g_steal_pointer (&subtitle), FALSE);
}

/* A row per member of staff; the switch keeps someone who left out of the
 * disposition list without losing the letters disposed to them. */
static void
add_staff_row (LayananStaffPage *self,
               LayananStaff     *staff)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();
  g_autofree char *subtitle = staff_subtitle (staff);
  /* Translators: the accessible name of the switch beside a member of staff */
  g_autofree char *label = g_strdup_printf (_("%s is active"), staff->name);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), staff->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_switch_set_active (GTK_SWITCH (toggle), staff->active);
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (toggle, _("Active: letters can be disposed to them"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
  g_object_set_data_full (G_OBJECT (toggle), "staff", staff, (GDestroyNotify) layanan_staff_free);
  g_signal_connect (toggle, "notify::active", G_CALLBACK (active_changed_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);

  adw_preferences_group_add (self->staff_group, row);
  g_ptr_array_add (self->shown_rows, row);
}

static char *
entry_text (AdwEntryRow *row)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

static const LayananUnit *
selected_unit (LayananStaffPage *self)
{
  guint selected = adw_combo_row_get_selected (self->unit_row);

  if (self->units == NULL || selected >= self->units->len)
    return NULL;
  return g_ptr_array_index (self->units, selected);
}

static void
add_staff_cb (LayananStaffPage *self)
{
  const LayananUnit *unit = selected_unit (self);
  g_autoptr(LayananStaff) staff = g_new0 (LayananStaff, 1);
  g_autoptr(GError) error = NULL;

  /* The store may rewrite the fields (a NIP typed with spaces), so they
   * are the staff record's own. */
  staff->unit_id = unit != NULL ? unit->id : 0;
  staff->name = entry_text (self->name_row);
  staff->nip = entry_text (self->nip_row);
  staff->position_title = entry_text (self->position_row);
  staff->active = TRUE;
  if (!layanan_database_save_staff (self->database, staff, &error))
    {
      show_message (self, error->message);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->nip_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->position_row), "");
  refresh (self);
}

/* ─────────────────────────── Sections ─────────────────────────── */

/* "Bagian Kesejahteraan Sosial" → "kesra-bagian-kesejahteraan-sosial": a
 * stable key under its biro, as units.tsv has. */
static char *
section_code (const LayananUnit *parent,
              const char        *name)
{
  g_autofree char *lower = g_utf8_strdown (name, -1);
  g_autoptr(GString) code = g_string_new (parent->code);

  g_string_append_c (code, '-');
  for (const char *p = lower; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (code, *p);
      else if (code->str[code->len - 1] != '-')
        g_string_append_c (code, '-');
    }
  while (code->str[code->len - 1] == '-')
    g_string_truncate (code, code->len - 1);
  return g_string_free (g_steal_pointer (&code), FALSE);
}

static void
add_section_cb (LayananStaffPage *self)
{
  const LayananUnit *unit = selected_unit (self);
  g_autofree char *name = entry_text (self->section_row);
  g_autofree char *code = NULL;
  g_autoptr(GError) error = NULL;

  if (unit == NULL || name == NULL)
    return;

  /* A section under a biro is a bagian; under a bagian, a subbagian. */
  code = section_code (unit, name);
  if (!layanan_database_add_section (self->database, unit->code,
                                     unit->parent_id == 0 ? "bagian" : "subbagian",
                                     code, name, NULL, &error))
    {
      show_message (self, error->message);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->section_row), "");
  refresh (self);
}

static void
add_section_row (LayananStaffPage  *self,
                 const LayananUnit *unit)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), unit->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), unit->kind);
  adw_preferences_group_add (self->sections_group, row);
  g_ptr_array_add (self->shown_rows, row);
}

/* ─────────────────────────── Filling ─────────────────────────── */

static void
clear_rows (LayananStaffPage *self)
{
  for (guint i = 0; i < self->shown_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->shown_rows, i);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (
                                      row, ADW_TYPE_PREFERENCES_GROUP)), row);
    }
  g_ptr_array_set_size (self->shown_rows, 0);
}

static void
fill_units (LayananStaffPage *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = adw_combo_row_get_selected (self->unit_row);

  g_clear_pointer (&self->units, g_ptr_array_unref);
  self->units = layanan_database_list_units (self->database, NULL);
  if (self->units == NULL)
    self->units = g_ptr_array_new ();

  for (guint i = 0; i < self->units->len; i++)
    {
      LayananUnit *unit = g_ptr_array_index (self->units, i);

      gtk_string_list_append (names, unit->name);
      if (unit->parent_id != 0)
        add_section_row (self, unit);
    }
  adw_combo_row_set_model (self->unit_row, G_LIST_MODEL (names));
  if (selected < self->units->len)
    adw_combo_row_set_selected (self->unit_row, selected);
}

static void
refresh (LayananStaffPage *self)
{
  g_autoptr(GPtrArray) staff = NULL;
  g_autoptr(GError) error = NULL;

  clear_rows (self);
  fill_units (self);

  staff = layanan_database_list_staff (self->database, TRUE, &error);
  if (staff == NULL)
    {
      show_message (self, error->message);
      return;
    }
  g_ptr_array_set_free_func (staff, NULL);
  for (guint i = 0; i < staff->len; i++)
    add_staff_row (self, g_ptr_array_index (staff, i));
  adw_preferences_group_set_description (self->staff_group,
                                         staff->len == 0 ? _("No one yet: add the staff letters "
                                                             "are disposed to below.")
                                                         : NULL);
}

/* ─────────────────────────── Building ─────────────────────────── */

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
group_new (LayananStaffPage *self,
           const char       *title,
           const char       *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), ADW_PREFERENCES_GROUP (group));
  return ADW_PREFERENCES_GROUP (group);
}

/* A button at the end of a group: its label names it for screen readers too. */
static void
add_button (AdwPreferencesGroup *group,
            const char          *label,
            GCallback            callback,
            gpointer             user_data)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_widget_set_halign (button, GTK_ALIGN_END);
  gtk_widget_set_margin_top (button, 12);
  g_signal_connect_swapped (button, "clicked", callback, user_data);
  adw_preferences_group_add (group, button);
}

static void
layanan_staff_page_dispose (GObject *object)
{
  LayananStaffPage *self = LAYANAN_STAFF_PAGE (object);

  g_clear_object (&self->database);
  g_clear_pointer (&self->units, g_ptr_array_unref);
  g_clear_pointer (&self->shown_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (layanan_staff_page_parent_class)->dispose (object);
}

static void
layanan_staff_page_class_init (LayananStaffPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = layanan_staff_page_dispose;
}

static void
layanan_staff_page_init (LayananStaffPage *self)
{
  self->shown_rows = g_ptr_array_new ();

  adw_preferences_page_set_title (ADW_PREFERENCES_PAGE (self), _("Staff"));
  adw_preferences_page_set_icon_name (ADW_PREFERENCES_PAGE (self), "system-users-symbolic");

  self->staff_group = group_new (self, _("Staff"), NULL);

  self->add_group = group_new (self, _("Add Staff or a Section"),
                               _("Staff and sections are who letters are disposed to."));
  self->unit_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->unit_row), _("Unit"));
  adw_preferences_group_add (self->add_group, GTK_WIDGET (self->unit_row));
  self->name_row = entry_row_new (self->add_group, _("Name"));
  self->nip_row = entry_row_new (self->add_group, _("NIP"));
  self->position_row = entry_row_new (self->add_group, _("Position"));
  add_button (self->add_group, _("Add Staff"), G_CALLBACK (add_staff_cb), self);
  self->section_row = entry_row_new (self->add_group, _("Section Name"));
  add_button (self->add_group, _("Add Section"), G_CALLBACK (add_section_cb), self);

  self->sections_group = group_new (self, _("Sections"), NULL);
}

LayananStaffPage *
layanan_staff_page_new (LayananDatabase *database)
{
  LayananStaffPage *self = g_object_new (LAYANAN_TYPE_STAFF_PAGE, NULL);

  self->database = g_object_ref (database);
  refresh (self);
  return self;
}
