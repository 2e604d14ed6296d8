/* layanan-workload-view.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-workload-view"

#include "config.h"

#include <glib/gi18n.h>

#include "layanan-complaint-window.h"
#include "layanan-date.h"
#include "layanan-letter-window.h"
#include "layanan-list-columns.h"
#include "layanan-meetings-view.h"
#include "layanan-workload-entry.h"
#include "layanan-workload-export-job.h"
#include "layanan-workload-view.h"

/* The columns, in the order shown. */
typedef enum
{
  COLUMN_NAME,
  COLUMN_SECTION,
  COLUMN_LETTERS,
  COLUMN_COMPLAINTS,
  COLUMN_OPEN,
  COLUMN_DUE_THIS_WEEK,
  COLUMN_OVERDUE,
  COLUMN_ON_TIME,
  COLUMN_LATE,
  COLUMN_AVERAGE,
  COLUMN_AGE_0_5,
  COLUMN_AGE_6_10,
  COLUMN_AGE_11_20,
  COLUMN_AGE_OVER_20,
  N_COLUMNS
} Column;

/* The entries of the period chooser. */
typedef enum
{
  PERIOD_THIS_MONTH,
  PERIOD_LAST_MONTH,
  PERIOD_THIS_QUARTER,
  PERIOD_CUSTOM,
} Period;

struct _LayananWorkloadView
{
  AdwBin               parent_instance;

  /* Template widgets */
  GtkDropDown         *period_dropdown;
  GtkWidget           *custom_box;
  GtkEntry            *from_entry;
  GtkEntry            *to_entry;
  GtkDropDown         *unit_dropdown;
  GtkLabel            *period_label;
  GtkStack            *content_stack;
  GtkColumnView       *column_view;
  GtkSingleSelection  *selection;
  GtkWidget           *items_pane;
  GtkLabel            *items_title;
  GtkListBox          *items_list;
  GtkScrolledWindow   *meetings_scroller;

  /* Owned */
  LayananDatabase     *database;
  LayananCalendar     *calendar;         /* for the bureau's time zone */
  GListStore          *entries;          /* LayananWorkloadEntry */
  GCancellable        *rows_cancellable; /* the rows being read */
  GCancellable        *items_cancellable;
  GCancellable        *export_cancellable;
  GArray              *unit_ids;         /* gint64, one per unit filter entry after "All" */
  char                *date_from;        /* YYYY-MM-DD of the rows shown */
  char                *date_to;

  /* Borrowed */
  LayananMeetingsView *meetings_view;

  gboolean             filling;
};

G_DEFINE_FINAL_TYPE (LayananWorkloadView, layanan_workload_view, ADW_TYPE_BIN)

static void load_rows (LayananWorkloadView *self);

static void
show_message (LayananWorkloadView *self,
              const char          *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay == NULL)
    overlay = adw_bin_get_child (ADW_BIN (self));
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
}

static GtkWindow *
parent_window (LayananWorkloadView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* Now where the bureau is (WIB), whatever the PC's clock says: the
 * store's days are the bureau's days. */
static GDateTime *
bureau_now (LayananWorkloadView *self)
{
  if (self->calendar != NULL)
    return g_date_time_new_now (layanan_calendar_get_timezone (self->calendar));
  return g_date_time_new_now_local ();
}

static void
replace_cancellable (GCancellable **cancellable)
{
  if (*cancellable != NULL)
    g_cancellable_cancel (*cancellable);
  g_clear_object (cancellable);
  *cancellable = g_cancellable_new ();
}

/* ─────────────────────────── Cells ─────────────────────────── */

/* "3,2": the Indonesian decimal comma whatever the locale; "—" when
 * nothing was finished. */
static char *
format_average (double average)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (average < 0)
    return g_strdup ("—");
  g_ascii_formatd (buffer, sizeof buffer, "%.1f", average);
  return g_strdelimit (g_strdup (buffer), ".", ',');
}

static guint
count_of (const LayananWorkloadRow *row,
          Column                    column)
{
  switch (column)
    {
    case COLUMN_LETTERS:
      return row->letters_assigned;
    case COLUMN_COMPLAINTS:
      return row->complaints_assigned;
    case COLUMN_OPEN:
      return row->letters_open + row->complaints_open;
    case COLUMN_DUE_THIS_WEEK:
      return row->due_this_week;
    case COLUMN_OVERDUE:
      return row->overdue;
    case COLUMN_ON_TIME:
      return row->done_on_time;
    case COLUMN_LATE:
      return row->done_late;
    case COLUMN_AGE_0_5:
    case COLUMN_AGE_6_10:
    case COLUMN_AGE_11_20:
    case COLUMN_AGE_OVER_20:
      return row->ageing[column - COLUMN_AGE_0_5];
    case COLUMN_NAME:
    case COLUMN_SECTION:
    case COLUMN_AVERAGE:
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

static char *
cell_text (const LayananWorkloadRow *row,
           Column                    column)
{
  switch (column)
    {
    case COLUMN_NAME:
      return g_strdup (row->name);
    case COLUMN_SECTION:
      if (row->is_section)
        /* Translators: in the Section column of a row that totals a whole section */
        return g_strdup (_("Whole section"));
      return g_strdup (row->section_name != NULL ? row->section_name : "");
    case COLUMN_AVERAGE:
      return format_average (row->average_working_days);
    case COLUMN_LETTERS:
    case COLUMN_COMPLAINTS:
    case COLUMN_OPEN:
    case COLUMN_DUE_THIS_WEEK:
    case COLUMN_OVERDUE:
    case COLUMN_ON_TIME:
    case COLUMN_LATE:
    case COLUMN_AGE_0_5:
    case COLUMN_AGE_6_10:
    case COLUMN_AGE_11_20:
    case COLUMN_AGE_OVER_20:
      return g_strdup_printf ("%u", count_of (row, column));
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  user_data)
{
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column"));
  GtkWidget *label = gtk_label_new (NULL);

  if (column > COLUMN_SECTION)
    {
      gtk_label_set_xalign (GTK_LABEL (label), 1.0);
      gtk_widget_add_css_class (label, "numeric");
    }
  else
    {
      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      /* A name reads whole before the counts get their room. */
      gtk_label_set_width_chars (GTK_LABEL (label), 16);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
    }
  gtk_list_item_set_child (list_item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column"));
  LayananWorkloadEntry *entry = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);
  const LayananWorkloadRow *row;
  g_autofree char *text = NULL;

  if (entry == NULL)
    return;
  row = layanan_workload_entry_get_row (entry);
  text = cell_text (row, column);
  gtk_label_set_text (GTK_LABEL (label), text);

  /* Overdue work stands out; the column header says what it is, so the
   * colour is not the only sign. */
  if (column == COLUMN_OVERDUE && row->overdue > 0)
    gtk_widget_add_css_class (label, "error");
  else
    gtk_widget_remove_css_class (label, "error");

  if (row->is_section && column == COLUMN_NAME)
    gtk_widget_add_css_class (label, "heading");
  else
    gtk_widget_remove_css_class (label, "heading");
}

static void
add_column (LayananWorkloadView *self,
            Column               column,
            const char          *title)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;

  g_object_set_data (G_OBJECT (factory), "column", GINT_TO_POINTER (column));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), self);

  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (view_column, column <= COLUMN_SECTION);
  gtk_column_view_column_set_resizable (view_column, column <= COLUMN_SECTION);
  gtk_column_view_append_column (self->column_view, view_column);
}

static void
add_columns (LayananWorkloadView *self)
{
  add_column (self, COLUMN_NAME, _("Name"));
  add_column (self, COLUMN_SECTION, _("Section"));
  /* Translators: column headers of the workload table; counts of items
   * assigned in the period */
  add_column (self, COLUMN_LETTERS, _("Letters"));
  add_column (self, COLUMN_COMPLAINTS, _("Complaints"));
  add_column (self, COLUMN_OPEN, _("Open"));
  add_column (self, COLUMN_DUE_THIS_WEEK, _("Due This Week"));
  add_column (self, COLUMN_OVERDUE, _("Overdue"));
  add_column (self, COLUMN_ON_TIME, _("Done On Time"));
  add_column (self, COLUMN_LATE, _("Done Late"));
  /* Translators: the average working days an item took to finish */
  add_column (self, COLUMN_AVERAGE, _("Avg. Days"));
  /* Translators: ageing buckets: open items by their age in working days */
  add_column (self, COLUMN_AGE_0_5, _("0–5 Days"));
  add_column (self, COLUMN_AGE_6_10, _("6–10 Days"));
  add_column (self, COLUMN_AGE_11_20, _("11–20 Days"));
  add_column (self, COLUMN_AGE_OVER_20, _("> 20 Days"));
}

/* ─────────────────────────── The period ─────────────────────────── */

static void
month_bounds (int    year,
              int    month,
              int    n_months,
              GDate *from,
              GDate *to)
{
  g_date_clear (from, 1);
  g_date_clear (to, 1);
  g_date_set_dmy (from, 1, month, year);
  *to = *from;
  g_date_add_months (to, n_months);
  g_date_subtract_days (to, 1);
}

/* The first and last day the chosen period covers. */
static gboolean
period_bounds (LayananWorkloadView  *self,
               GDate                *from,
               GDate                *to,
               GError              **error)
{
  g_autoptr(GDateTime) now = bureau_now (self);
  int year = g_date_time_get_year (now);
  int month = g_date_time_get_month (now);

  switch (gtk_drop_down_get_selected (self->period_dropdown))
    {
    case PERIOD_LAST_MONTH:
      if (--month == 0)
        {
          month = 12;
          year--;
        }
      month_bounds (year, month, 1, from, to);
      return TRUE;
    case PERIOD_THIS_QUARTER:
      month_bounds (year, (month - 1) / 3 * 3 + 1, 3, from, to);
      return TRUE;
    case PERIOD_CUSTOM:
      return layanan_date_parse_period (gtk_editable_get_text (GTK_EDITABLE (self->from_entry)),
                                        gtk_editable_get_text (GTK_EDITABLE (self->to_entry)),
                                        from, to, error);
    case PERIOD_THIS_MONTH:
    default:
      month_bounds (year, month, 1, from, to);
      return TRUE;
    }
}

/* Reads the period; a wrong custom date is marked and said under the
 * chooser, and the rows shown stay. */
static gboolean
read_period (LayananWorkloadView *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  g_autofree char *label = NULL;
  GDate from, to;

  if (!period_bounds (self, &from, &to, &error))
    {
      gtk_widget_add_css_class (self->custom_box, "error");
      gtk_label_set_text (self->period_label, error->message);
      return FALSE;
    }

  gtk_widget_remove_css_class (self->custom_box, "error");
  g_free (self->date_from);
  g_free (self->date_to);
  self->date_from = layanan_date_format_iso (&from);
  self->date_to = layanan_date_format_iso (&to);

  from_text = layanan_date_format_long (&from);
  to_text = layanan_date_format_long (&to);
  /* Translators: the period the workload covers, "1 November 2026 – 30 November 2026" */
  label = g_strdup_printf (_("%s – %s"), from_text, to_text);
  gtk_label_set_text (self->period_label, label);
  return TRUE;
}

/* ─────────────────────────── Units ─────────────────────────── */

/* The biros; the filter shows only when there is more than one. */
static void
fill_unit_filter (LayananWorkloadView *self)
{
  g_autoptr(GPtrArray) units = layanan_database_list_units (self->database, NULL);
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  gint64 selected = layanan_list_selected_id (self->unit_dropdown, self->unit_ids);

  g_array_set_size (self->unit_ids, 0);
  gtk_string_list_append (model, _("All bureaus"));
  for (guint i = 0; units != NULL && i < units->len; i++)
    {
      LayananUnit *unit = g_ptr_array_index (units, i);

      if (unit->parent_id != 0)
        continue;
      gtk_string_list_append (model, unit->name);
      g_array_append_val (self->unit_ids, unit->id);
    }

  self->filling = TRUE;
  gtk_drop_down_set_model (self->unit_dropdown, G_LIST_MODEL (model));
  layanan_list_reselect (self->unit_dropdown, self->unit_ids, selected);
  self->filling = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (self->unit_dropdown), self->unit_ids->len > 1);
}

/* The unit meetings are recorded for: the one chosen, else the first. */
static gint64
meeting_unit (LayananWorkloadView *self)
{
  gint64 unit_id = layanan_list_selected_id (self->unit_dropdown, self->unit_ids);

  if (unit_id == 0 && self->unit_ids->len > 0)
    unit_id = g_array_index (self->unit_ids, gint64, 0);
  return unit_id;
}

/* ─────────────────────────── Reading the rows ─────────────────────────── */

typedef struct
{
  char      *path;
  gint64     unit_id;
  char      *date_from;
  char      *date_to;
  GDateTime *now;
  gboolean   is_section;     /* items: of a section or a staff member */
  gint64     id;
} Load;

static void
load_free (Load *load)
{
  g_free (load->path);
  g_free (load->date_from);
  g_free (load->date_to);
  g_clear_pointer (&load->now, g_date_time_unref);
  g_free (load);
}

static Load *
load_new (LayananWorkloadView *self)
{
  Load *load = g_new0 (Load, 1);

  load->path = g_strdup (layanan_database_get_path (self->database));
  load->date_from = g_strdup (self->date_from);
  load->date_to = g_strdup (self->date_to);
  return load;
}

/* The workload is read on a connection of its own: its aggregates walk
 * every item of the period. */
static void
rows_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Load *load = task_data;
  g_autoptr(LayananDatabase) database = NULL;
  GPtrArray *rows;
  GError *error = NULL;

  database = layanan_database_open (load->path, &error);
  if (database == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  rows = layanan_database_workload (database, load->unit_id, load->date_from, load->date_to,
                                    load->now, &error);
  if (rows == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, rows, (GDestroyNotify) g_ptr_array_unref);
}

static void
rows_loaded_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  LayananWorkloadView *self = LAYANAN_WORKLOAD_VIEW (source);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  gsize n_rows = 0;
  gpointer *stolen;

  rows = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_task_get_cancellable (G_TASK (result)) == self->rows_cancellable)
    g_clear_object (&self->rows_cancellable);
  if (rows == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          gtk_stack_set_visible_child_name (self->content_stack, "table");
          show_message (self, error->message);
        }
      return;
    }

  /* The entries take the rows over. */
  stolen = g_ptr_array_steal (rows, &n_rows);
  for (gsize i = 0; i < n_rows; i++)
    g_ptr_array_add (entries, layanan_workload_entry_new (stolen[i]));
  g_free (stolen);

  g_list_store_splice (self->entries, 0, g_list_model_get_n_items (G_LIST_MODEL (self->entries)),
                       entries->pdata, entries->len);
  gtk_stack_set_visible_child_name (self->content_stack, n_rows > 0 ? "table" : "empty");
}

static void
load_rows (LayananWorkloadView *self)
{
  g_autoptr(GTask) task = NULL;
  Load *load;

  if (self->database == NULL || !read_period (self))
    return;

  /* The newest choice wins; a read still running is for an older one. */
  replace_cancellable (&self->rows_cancellable);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->entries)) == 0)
    gtk_stack_set_visible_child_name (self->content_stack, "loading");

  load = load_new (self);
  load->unit_id = layanan_list_selected_id (self->unit_dropdown, self->unit_ids);
  load->now = bureau_now (self);
  task = g_task_new (self, self->rows_cancellable, rows_loaded_cb, NULL);
  g_task_set_source_tag (task, load_rows);
  g_task_set_task_data (task, load, (GDestroyNotify) load_free);
  g_task_run_in_thread (task, rows_thread);
}

/* ─────────────────────────── The items of a row ─────────────────────────── */

static void
items_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Load *load = task_data;
  g_autoptr(LayananDatabase) database = NULL;
  GPtrArray *items;
  GError *error = NULL;

  database = layanan_database_open (load->path, &error);
  if (database == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  items = layanan_database_workload_items (database, load->is_section, load->id,
                                           load->date_from, load->date_to, &error);
  if (items == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, items, (GDestroyNotify) g_ptr_array_unref);
}

static char *
item_subtitle (const LayananWorkloadItem *item)
{
  /* Translators: the kind of an item behind a workload number */
  const char *kind = item->is_complaint ? _("Complaint") : _("Letter");
  /* Translators: whether an item behind a workload number is still to be done */
  const char *state = item->open ? _("open") : _("done");
  g_autofree char *due = NULL;

  if (item->due_at == NULL)
    /* Translators: "Letter · open" */
    return g_strdup_printf (_("%s · %s"), kind, state);

  due = layanan_list_format_instant (item->due_at);
  /* Translators: "Complaint · due 9 Mar 2026 16.00 · open" */
  return g_strdup_printf (_("%s · due %s · %s"), kind, due, state);
}

static GtkWidget *
item_row_new (const LayananWorkloadItem *item)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = g_strdup_printf ("%s — %s", item->number != NULL ? item->number : "",
                                            item->title != NULL ? item->title : "");
  g_autofree char *escaped = g_markup_escape_text (title, -1);
  g_autofree char *subtitle = item_subtitle (item);
  g_autofree char *escaped_subtitle = g_markup_escape_text (subtitle, -1);
  gint64 *id = g_new (gint64, 1);

  *id = item->id;
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped_subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "is-complaint", GINT_TO_POINTER (item->is_complaint));
  g_object_set_data_full (G_OBJECT (row), "item-id", id, g_free);
  return row;
}

static void
clear_items (LayananWorkloadView *self)
{
  GtkWidget *row;

  while ((row = gtk_widget_get_first_child (GTK_WIDGET (self->items_list))) != NULL)
    gtk_list_box_remove (self->items_list, row);
}

static void
items_loaded_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  LayananWorkloadView *self = LAYANAN_WORKLOAD_VIEW (source);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;

  items = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_task_get_cancellable (G_TASK (result)) == self->items_cancellable)
    g_clear_object (&self->items_cancellable);
  if (items == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_message (self, error->message);
      return;
    }

  clear_items (self);
  for (guint i = 0; i < items->len; i++)
    gtk_list_box_append (self->items_list, item_row_new (g_ptr_array_index (items, i)));
  if (items->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _("No letters or complaints in this period"));
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (self->items_list, row);
    }
}

static void
load_items (LayananWorkloadView      *self,
            const LayananWorkloadRow *row)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *title = NULL;
  Load *load;

  replace_cancellable (&self->items_cancellable);
  clear_items (self);
  /* Translators: the heading of the item list of a staff member or section */
  title = g_strdup_printf (_("Items of %s"), row->name);
  gtk_label_set_text (self->items_title, title);
  gtk_widget_set_visible (self->items_pane, TRUE);

  load = load_new (self);
  load->is_section = row->is_section;
  load->id = row->id;
  task = g_task_new (self, self->items_cancellable, items_loaded_cb, NULL);
  g_task_set_source_tag (task, load_items);
  g_task_set_task_data (task, load, (GDestroyNotify) load_free);
  g_task_run_in_thread (task, items_thread);
}

/* ─────────────────────────── Callbacks ─────────────────────────── */

static void
selection_changed_cb (LayananWorkloadView *self)
{
  LayananWorkloadEntry *entry = gtk_single_selection_get_selected_item (self->selection);

  if (entry == NULL)
    {
      if (self->items_cancellable != NULL)
        g_cancellable_cancel (self->items_cancellable);
      gtk_widget_set_visible (self->items_pane, FALSE);
      return;
    }
  load_items (self, layanan_workload_entry_get_row (entry));
}

static void
item_changed_cb (LayananWorkloadView *self)
{
  layanan_workload_view_refresh (self);
}

static void
item_activated_cb (LayananWorkloadView *self,
                   GtkListBoxRow       *row)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "item-id");
  GtkWindow *window;

  if (id == NULL || self->database == NULL)
    return;

  if (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "is-complaint")))
    window = GTK_WINDOW (layanan_complaint_window_new (parent_window (self), self->database, *id));
  else
    window = GTK_WINDOW (layanan_letter_window_new (parent_window (self), self->database, *id));
  g_signal_connect_object (window, "changed", G_CALLBACK (item_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (window);
}

/* Custom dates start from the period shown, to be changed from there. */
static void
fill_custom_dates (LayananWorkloadView *self)
{
  if (*gtk_editable_get_text (GTK_EDITABLE (self->from_entry)) != '\0'
      || *gtk_editable_get_text (GTK_EDITABLE (self->to_entry)) != '\0'
      || self->date_from == NULL)
    return;

  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->from_entry), self->date_from);
  gtk_editable_set_text (GTK_EDITABLE (self->to_entry), self->date_to);
  self->filling = FALSE;
}

static void
period_changed_cb (LayananWorkloadView *self)
{
  gboolean custom = gtk_drop_down_get_selected (self->period_dropdown) == PERIOD_CUSTOM;

  if (custom)
    fill_custom_dates (self);
  gtk_widget_set_visible (self->custom_box, custom);
  if (!self->filling)
    load_rows (self);
}

static void
custom_dates_changed_cb (LayananWorkloadView *self)
{
  if (!self->filling)
    load_rows (self);
}

static void
unit_changed_cb (LayananWorkloadView *self)
{
  if (self->filling || self->database == NULL)
    return;

  layanan_meetings_view_set_unit (self->meetings_view, meeting_unit (self));
  layanan_meetings_view_refresh (self->meetings_view);
  load_rows (self);
}

static void
close_items_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  LayananWorkloadView *self = LAYANAN_WORKLOAD_VIEW (widget);

  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  gtk_widget_set_visible (self->items_pane, FALSE);
}

static void
exported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(LayananWorkloadView) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!layanan_workload_export_finish (result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_message (self, error->message);
      return;
    }

  show_message (self, _("Workload report exported"));
}

static void
export_file_chosen_cb (GtkNativeDialog *dialog,
                       int              response,
                       gpointer         user_data)
{
  LayananWorkloadView *self = user_data;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

  if (file != NULL && self->database != NULL && self->date_from != NULL)
    {
      g_autofree char *path = g_file_get_path (file);

      g_clear_object (&self->export_cancellable);
      self->export_cancellable = g_cancellable_new ();
      /* The report covers the period and the unit the table shows. */
      layanan_workload_export_async (layanan_database_get_path (self->database),
                                     layanan_list_selected_id (self->unit_dropdown,
                                                               self->unit_ids),
                                     self->date_from, self->date_to, path,
                                     self->export_cancellable, exported_cb,
                                     g_object_ref (self));
    }

  g_object_unref (dialog);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LayananWorkloadView *self = LAYANAN_WORKLOAD_VIEW (widget);
  g_autofree char *name = NULL;
  GtkFileChooserNative *dialog;

  if (self->database == NULL || self->date_from == NULL)
    return;

  dialog = gtk_file_chooser_native_new (_("Export Workload Report"), parent_window (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  /* Translators: the file name offered for the workload report; %s is the first day */
  name = g_strdup_printf (_("Beban Kerja %s.xlsx"), self->date_from);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  g_signal_connect (dialog, "response", G_CALLBACK (export_file_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* ─────────────────────────── GObject ─────────────────────────── */

static void
layanan_workload_view_dispose (GObject *object)
{
  LayananWorkloadView *self = LAYANAN_WORKLOAD_VIEW (object);

  if (self->rows_cancellable != NULL)
    g_cancellable_cancel (self->rows_cancellable);
  if (self->items_cancellable != NULL)
    g_cancellable_cancel (self->items_cancellable);
  if (self->export_cancellable != NULL)
    g_cancellable_cancel (self->export_cancellable);
  g_clear_object (&self->export_cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), LAYANAN_TYPE_WORKLOAD_VIEW);

  G_OBJECT_CLASS (layanan_workload_view_parent_class)->dispose (object);
}

static void
layanan_workload_view_finalize (GObject *object)
{
  LayananWorkloadView *self = LAYANAN_WORKLOAD_VIEW (object);

  g_clear_object (&self->rows_cancellable);
  g_clear_object (&self->items_cancellable);
  g_clear_object (&self->entries);
  g_clear_object (&self->calendar);
  g_clear_object (&self->database);
  g_clear_pointer (&self->unit_ids, g_array_unref);
  g_free (self->date_from);
  g_free (self->date_to);

  G_OBJECT_CLASS (layanan_workload_view_parent_class)->finalize (object);
}

static void
layanan_workload_view_class_init (LayananWorkloadViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = layanan_workload_view_dispose;
  object_class->finalize = layanan_workload_view_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/layananbiro/Layanan/"
                                               "layanan-workload-view.ui");
  gtk_widget_class_bind_template_child (widget_class, LayananWorkloadView, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LayananWorkloadView, custom_box);
  gtk_widget_class_bind_template_child (widget_class, LayananWorkloadView, from_entry);
  gtk_widget_class_bind_template_child (widget_class, LayananWorkloadView, to_entry);
  gtk_widget_class_bind_template_child (widget_class, LayananWorkloadView, unit_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LayananWorkloadView, period_label);
  gtk_widget_class_bind_template_child (widget_class, LayananWorkloadView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, LayananWorkloadView, column_view);
  gtk_widget_class_bind_template_child (widget_class, LayananWorkloadView, selection);
  gtk_widget_class_bind_template_child (widget_class, LayananWorkloadView, items_pane);
  gtk_widget_class_bind_template_child (widget_class, LayananWorkloadView, items_title);
  gtk_widget_class_bind_template_child (widget_class, LayananWorkloadView, items_list);
  gtk_widget_class_bind_template_child (widget_class, LayananWorkloadView, meetings_scroller);
  gtk_widget_class_bind_template_callback (widget_class, period_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, custom_dates_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, unit_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, item_activated_cb);

  gtk_widget_class_install_action (widget_class, "workload.close-items", NULL,
                                   close_items_action);
  gtk_widget_class_install_action (widget_class, "workload.export", NULL, export_action);
}

static void
layanan_workload_view_init (LayananWorkloadView *self)
{
  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->entries = g_list_store_new (LAYANAN_TYPE_WORKLOAD_ENTRY);

  self->filling = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->filling = FALSE;

  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->entries));
  add_columns (self);
}

/* ─────────────────────────── Public API ─────────────────────────── */

GtkWidget *
layanan_workload_view_new (LayananDatabase *database)
{
  LayananWorkloadView *self;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (database), NULL);

  self = g_object_new (LAYANAN_TYPE_WORKLOAD_VIEW, NULL);
  self->database = g_object_ref (database);
  self->calendar = layanan_database_load_calendar (database, NULL);
  self->meetings_view = LAYANAN_MEETINGS_VIEW (layanan_meetings_view_new (database));
  gtk_scrolled_window_set_child (self->meetings_scroller, GTK_WIDGET (self->meetings_view));
  layanan_workload_view_refresh (self);
  return GTK_WIDGET (self);
}

void
layanan_workload_view_refresh (LayananWorkloadView *self)
{
  g_return_if_fail (LAYANAN_IS_WORKLOAD_VIEW (self));

  if (self->database == NULL)
    return;

  fill_unit_filter (self);
  layanan_meetings_view_set_unit (self->meetings_view, meeting_unit (self));
  layanan_meetings_view_refresh (self->meetings_view);
  load_rows (self);
}

gboolean
layanan_workload_view_is_loading (LayananWorkloadView *self)
{
  g_return_val_if_fail (LAYANAN_IS_WORKLOAD_VIEW (self), FALSE);

  return self->rows_cancellable != NULL || self->items_cancellable != NULL;
}
