/* layanan-categories-page.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-categories-page"

#include "config.h"

#include <glib/gi18n.h>

#include "layanan-categories-page.h"
#include "layanan-error.h"

struct _LayananCategoriesPage
{
  AdwPreferencesPage   parent_instance;

  AdwComboRow         *unit_row;
  AdwPreferencesGroup *categories_group;
  AdwEntryRow         *name_row;
  AdwEntryRow         *value_row;
  AdwComboRow         *duration_unit_row;

  LayananDatabase     *database;
  GPtrArray           *units;        /* LayananUnit: biros, in unit_row order */
  GPtrArray           *shown_rows;   /* category rows added by refresh */
};

G_DEFINE_FINAL_TYPE (LayananCategoriesPage, layanan_categories_page, ADW_TYPE_PREFERENCES_PAGE)

/* The units a deadline is counted in, in the order of the dropdowns. */
static const LayananDurationUnit duration_units[] = {
  LAYANAN_DURATION_MINUTES,
  LAYANAN_DURATION_HOURS,
  LAYANAN_DURATION_WORKING_DAYS,
  LAYANAN_DURATION_DAYS,
};

/* The rows editing one category. */
typedef struct
{
  LayananCategory *category;
  AdwEntryRow     *name_row;
  AdwEntryRow     *value_row;
  AdwComboRow     *unit_row;
} CategoryRows;

static void
category_rows_free (CategoryRows *rows)
{
  layanan_category_free (rows->category);
  g_free (rows);
}

static void
show_message (LayananCategoriesPage *self,
              const char            *message)
{
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_PREFERENCES_WINDOW);

  if (window != NULL)
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (window), adw_toast_new (message));
}

static void refresh (LayananCategoriesPage *self);

static const LayananUnit *
selected_unit (LayananCategoriesPage *self)
{
  guint selected = adw_combo_row_get_selected (self->unit_row);

  if (self->units == NULL || selected >= self->units->len)
    return NULL;
  return g_ptr_array_index (self->units, selected);
}

static AdwComboRow *
duration_unit_row_new (LayananDurationUnit unit)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());

  gtk_string_list_append (names, _("Minutes"));
  gtk_string_list_append (names, _("Hours"));
  gtk_string_list_append (names, _("Working Days"));
  gtk_string_list_append (names, _("Days"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Counted In"));
  adw_combo_row_set_model (row, G_LIST_MODEL (names));
  for (guint i = 0; i < G_N_ELEMENTS (duration_units); i++)
    if (duration_units[i] == unit)
      adw_combo_row_set_selected (row, i);
  return row;
}

static AdwEntryRow *
entry_row_new (const char *title,
               const char *text)
{
  AdwEntryRow *row = ADW_ENTRY_ROW (adw_entry_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  return row;
}

/* Reads name and deadline from the rows into @category; refuses an empty
 * name or a deadline the calendar cannot count, naming the field. */
static gboolean
read_category (AdwEntryRow      *name_row,
               AdwEntryRow      *value_row,
               AdwComboRow      *unit_row,
               LayananCategory  *category,
               GError          **error)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (name_row))));
  const char *value_text = gtk_editable_get_text (GTK_EDITABLE (value_row));
  guint unit = adw_combo_row_get_selected (unit_row);
  LayananDuration deadline;
  gint64 value;
  char *end = NULL;

  if (*name == '\0')
    {
      g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                           _("Category: give it a name"));
      return FALSE;
    }
  value = g_ascii_strtoll (value_text, &end, 10);
  if (end == value_text || *g_strstrip (end) != '\0')
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("%s: the deadline “%s” is not a whole number"), name, value_text);
      return FALSE;
    }
  deadline.value = value;
  deadline.unit = duration_units[MIN (unit, G_N_ELEMENTS (duration_units) - 1)];
  if (!layanan_duration_validate (&deadline, name, error))
    return FALSE;

  g_free (category->name);
  category->name = g_steal_pointer (&name);
  category->deadline = deadline;
  return TRUE;
}

static void
save_clicked_cb (GtkButton             *button,
                 LayananCategoriesPage *self)
{
  CategoryRows *rows = g_object_get_data (G_OBJECT (button), "category-rows");
  g_autoptr(LayananCategory) category = layanan_category_copy (rows->category);
  g_autoptr(GError) error = NULL;

  if (!read_category (rows->name_row, rows->value_row, rows->unit_row, category, &error)
      || !layanan_database_save_category (self->database, category, &error))
    {
      show_message (self, error->message);
      return;
    }
  refresh (self);
  show_message (self, _("Category saved"));
}

static void
active_clicked_cb (GtkButton             *button,
                   LayananCategoriesPage *self)
{
  CategoryRows *rows = g_object_get_data (G_OBJECT (button), "category-rows");
  g_autoptr(LayananCategory) category = layanan_category_copy (rows->category);
  g_autoptr(GError) error = NULL;

  /* Retired categories stay for the complaints already in them. */
  category->active = !category->active;
  if (!layanan_database_save_category (self->database, category, &error))
    {
      show_message (self, error->message);
      return;
    }
  refresh (self);
}

static GtkWidget *
row_button_new (const char   *label,
                const char   *accessible_name,
                CategoryRows *rows,
                GCallback     callback,
                gpointer      user_data)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_name, -1);
  g_object_set_data (G_OBJECT (button), "category-rows", rows);
  g_signal_connect (button, "clicked", callback, user_data);
  return button;
}

static void
add_category_row (LayananCategoriesPage *self,
                  LayananCategory       *category)
{
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *buttons = adw_action_row_new ();
  CategoryRows *rows = g_new0 (CategoryRows, 1);
  g_autofree char *deadline = layanan_duration_to_string (&category->deadline);
  g_autofree char *value = g_strdup_printf ("%" G_GINT64_FORMAT, category->deadline.value);
  g_autofree char *subtitle = NULL;
  /* Translators: accessible names of a category's buttons, "Save Pengaduan ringan" */
  g_autofree char *save_name = g_strdup_printf (_("Save %s"), category->name);
  g_autofree char *retire_name = g_strdup_printf (category->active ? _("Retire %s")
                                                                   : _("Restore %s"),
                                                  category->name);

  rows->category = category;
  rows->name_row = entry_row_new (_("Name"), category->name);
  rows->value_row = entry_row_new (_("Deadline"), value);
  rows->unit_row = duration_unit_row_new (category->deadline.unit);
  g_object_set_data_full (G_OBJECT (row), "category-rows", rows,
                          (GDestroyNotify) category_rows_free);

  /* Translators: a retired category's subtitle, "3 hours · retired" */
  subtitle = category->active ? g_strdup (deadline)
                              : g_strdup_printf (_("%s · retired"), deadline);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), category->name);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), GTK_WIDGET (rows->name_row));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), GTK_WIDGET (rows->value_row));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), GTK_WIDGET (rows->unit_row));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (buttons), "");
  adw_action_row_add_suffix (ADW_ACTION_ROW (buttons),
                             row_button_new (category->active ? _("Retire") : _("Restore"),
                                             retire_name, rows,
                                             G_CALLBACK (active_clicked_cb), self));
  adw_action_row_add_suffix (ADW_ACTION_ROW (buttons),
                             row_button_new (_("Save"), save_name, rows,
                                             G_CALLBACK (save_clicked_cb), self));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), buttons);

  adw_preferences_group_add (self->categories_group, row);
  g_ptr_array_add (self->shown_rows, row);
}

static void
clear_rows (LayananCategoriesPage *self)
{
  for (guint i = 0; i < self->shown_rows->len; i++)
    adw_preferences_group_remove (self->categories_group, g_ptr_array_index (self->shown_rows, i));
  g_ptr_array_set_size (self->shown_rows, 0);
}

static void
refresh (LayananCategoriesPage *self)
{
  const LayananUnit *unit = selected_unit (self);
  g_autoptr(GPtrArray) categories = NULL;
  g_autoptr(GError) error = NULL;

  clear_rows (self);
  if (unit == NULL)
    return;

  categories = layanan_database_list_categories (self->database, unit->id, TRUE, &error);
  if (categories == NULL)
    {
      show_message (self, error->message);
      return;
    }
  g_ptr_array_set_free_func (categories, NULL);
  for (guint i = 0; i < categories->len; i++)
    add_category_row (self, g_ptr_array_index (categories, i));
  adw_preferences_group_set_description (self->categories_group,
                                         categories->len == 0 ? _("None yet: add one below.")
                                                              : NULL);
}

static void
add_clicked_cb (LayananCategoriesPage *self)
{
  const LayananUnit *unit = selected_unit (self);
  g_autoptr(LayananCategory) category = layanan_category_new ();
  g_autoptr(GError) error = NULL;

  if (unit == NULL)
    return;
  category->unit_id = unit->id;
  category->active = TRUE;
  category->position = G_MAXINT / 2;
  if (!read_category (self->name_row, self->value_row, self->duration_unit_row, category, &error)
      || !layanan_database_save_category (self->database, category, &error))
    {
      show_message (self, error->message);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->value_row), "");
  refresh (self);
}

/* ─────────────────────────── Building ─────────────────────────── */

static AdwPreferencesGroup *
group_new (LayananCategoriesPage *self,
           const char            *title,
           const char            *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), ADW_PREFERENCES_GROUP (group));
  return ADW_PREFERENCES_GROUP (group);
}

static void
fill_units (LayananCategoriesPage *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) all = layanan_database_list_units (self->database, NULL);

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
  gtk_widget_set_visible (GTK_WIDGET (self->unit_row), self->units->len > 1);
}

static void
layanan_categories_page_dispose (GObject *object)
{
  LayananCategoriesPage *self = LAYANAN_CATEGORIES_PAGE (object);

  g_clear_object (&self->database);
  g_clear_pointer (&self->units, g_ptr_array_unref);
  g_clear_pointer (&self->shown_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (layanan_categories_page_parent_class)->dispose (object);
}

static void
layanan_categories_page_class_init (LayananCategoriesPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = layanan_categories_page_dispose;
}

static void
layanan_categories_page_init (LayananCategoriesPage *self)
{
  AdwPreferencesGroup *add_group;
  GtkWidget *add = gtk_button_new_with_label (_("Add Category"));

  self->shown_rows = g_ptr_array_new ();
  adw_preferences_page_set_title (ADW_PREFERENCES_PAGE (self), _("Complaint Categories"));
  adw_preferences_page_set_icon_name (ADW_PREFERENCES_PAGE (self), "dialog-warning-symbolic");

  self->categories_group = group_new (self, _("Complaint Categories"),
                                      NULL);
  self->unit_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->unit_row), _("Unit"));
  adw_preferences_group_add (self->categories_group, GTK_WIDGET (self->unit_row));

  add_group = group_new (self, _("Add a Category"),
                         _("Its deadline counts from the time a complaint is received; hours "
                           "count working hours only."));
  self->name_row = entry_row_new (_("Category Name"), NULL);
  self->value_row = entry_row_new (_("Deadline"), NULL);
  self->duration_unit_row = duration_unit_row_new (LAYANAN_DURATION_WORKING_DAYS);
  adw_preferences_group_add (add_group, GTK_WIDGET (self->name_row));
  adw_preferences_group_add (add_group, GTK_WIDGET (self->value_row));
  adw_preferences_group_add (add_group, GTK_WIDGET (self->duration_unit_row));
  gtk_widget_set_halign (add, GTK_ALIGN_END);
  gtk_widget_set_margin_top (add, 12);
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (add_clicked_cb), self);
  adw_preferences_group_add (add_group, add);
}

LayananCategoriesPage *
layanan_categories_page_new (LayananDatabase *database)
{
  LayananCategoriesPage *self = g_object_new (LAYANAN_TYPE_CATEGORIES_PAGE, NULL);

  self->database = g_object_ref (database);
  fill_units (self);
  g_signal_connect_swapped (self->unit_row, "notify::selected", G_CALLBACK (refresh), self);
  refresh (self);
  return self;
}
