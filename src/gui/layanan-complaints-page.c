/* layanan-complaints-page.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-complaints-page"

#include "config.h"

#include <glib/gi18n.h>

#include "layanan-complaint-dialog.h"
#include "layanan-complaint-export-job.h"
#include "layanan-complaint-import-dialog.h"
#include "layanan-complaint-item.h"
#include "layanan-complaint-list.h"
#include "layanan-complaint-window.h"
#include "layanan-complaints-page.h"
#include "layanan-date.h"
#include "layanan-list-columns.h"

/* The columns, in the order shown. */
typedef enum
{
  COLUMN_NUMBER,
  COLUMN_RECEIVED,
  COLUMN_CHANNEL,
  COLUMN_CATEGORY,
  COLUMN_SERVICE,
  COLUMN_COMPLAINANT,
  COLUMN_DESCRIPTION,
  COLUMN_STATUS,
  COLUMN_DUE,
  COLUMN_ASSIGNED,
  N_COLUMNS
} Column;

/* The store sorts by these columns; the others are not sortable (-1). */
static const int column_sorts[N_COLUMNS] = {
  [COLUMN_NUMBER] = LAYANAN_COMPLAINT_SORT_NUMBER,
  [COLUMN_RECEIVED] = LAYANAN_COMPLAINT_SORT_RECEIVED,
  [COLUMN_CHANNEL] = LAYANAN_COMPLAINT_SORT_CHANNEL,
  [COLUMN_CATEGORY] = LAYANAN_COMPLAINT_SORT_CATEGORY,
  [COLUMN_SERVICE] = LAYANAN_COMPLAINT_SORT_SERVICE,
  [COLUMN_COMPLAINANT] = -1,
  [COLUMN_DESCRIPTION] = -1,
  [COLUMN_STATUS] = LAYANAN_COMPLAINT_SORT_STATUS,
  [COLUMN_DUE] = LAYANAN_COMPLAINT_SORT_DUE,
  [COLUMN_ASSIGNED] = -1,
};

/* Entries of the status filter after "All" and "Open". */
#define STATUS_FILTER_OPEN 1
#define STATUS_FILTER_FIRST 2

/* How far back the month filter reaches. */
#define N_MONTHS 24

struct _LayananComplaintsPage
{
  AdwBin                parent_instance;

  /* Template widgets */
  GtkSearchEntry       *search_entry;
  GtkDropDown          *unit_dropdown;
  GtkDropDown          *status_dropdown;
  GtkDropDown          *category_dropdown;
  GtkDropDown          *channel_dropdown;
  GtkDropDown          *service_dropdown;
  GtkDropDown          *staff_dropdown;
  GtkDropDown          *month_dropdown;
  GtkDropDown          *due_dropdown;
  GtkStack             *content_stack;
  GtkColumnView        *column_view;
  GtkLabel             *summary_label;

  /* Owned */
  LayananDatabase      *database;
  LayananCalendar      *calendar;
  LayananComplaintList *complaints;
  GCancellable         *cancellable;   /* the recap export */
  GArray               *unit_ids;      /* gint64, one per unit filter entry after "All" */
  GArray               *category_ids;  /* likewise for categories */
  GArray               *service_ids;
  GArray               *staff_ids;
  GDateTime            *now;           /* of the last refresh: one "now" for all rows */
  GDateTime            *months_from;   /* the first day of the newest month in the filter */

  /* Which column sorter ran first while probing the view's sorter. */
  int                   probed_column;
  gboolean              filling;       /* set while the filters are filled again */
  guint                 n_overdue;
};

G_DEFINE_FINAL_TYPE (LayananComplaintsPage, layanan_complaints_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_N_OVERDUE,
  PROP_NEEDS_ATTENTION,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
show_message (LayananComplaintsPage *self,
              const char            *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
}

static GtkWindow *
parent_window (LayananComplaintsPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* ─────────────────────────── Cells ─────────────────────────── */

static void
set_description_cell (GtkLabel                  *label,
                      const LayananComplaintRow *row)
{
  const char *description = row->description != NULL ? row->description : "";
  const char *end = strchr (description, '\n');
  g_autofree char *first_line = g_markup_escape_text (description,
                                                      end != NULL ? end - description : -1);
  g_autofree char *markup = NULL;

  if (row->snippet != NULL)
    {
      g_autofree char *snippet = layanan_list_snippet_markup (row->snippet);

      markup = g_strdup_printf ("%s\n<small>%s</small>", first_line, snippet);
    }

  gtk_label_set_markup (label, markup != NULL ? markup : first_line);
}

/* The list never holds a confidential identity (the store leaves it out);
 * the cell says why the name is missing instead. */
static void
set_complainant_cell (GtkLabel                  *label,
                      const LayananComplaintRow *row)
{
  gboolean hidden = row->anonymous || row->confidential || row->complainant_name == NULL;

  if (row->anonymous)
    /* Translators: in place of the name of a complainant who gave none */
    gtk_label_set_text (label, _("Anonymous"));
  else if (row->confidential)
    /* Translators: in place of the name of a complainant who asked to stay unnamed */
    gtk_label_set_text (label, _("Confidential"));
  else
    gtk_label_set_text (label, row->complainant_name != NULL ? row->complainant_name : "");

  if (hidden)
    gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
}

static gboolean
counts_in_hours (const LayananComplaintRow *row)
{
  return row->category_deadline.unit == LAYANAN_DURATION_MINUTES
         || row->category_deadline.unit == LAYANAN_DURATION_HOURS;
}

/* "2 working hours left", "Overdue 40 minutes": for the categories whose
 * deadline is counted in hours (pengaduan ringan, 3 jam). */
static char *
hours_text (LayananComplaintsPage *self,
            GDateTime             *due,
            LayananDueState        state)
{
  gboolean overdue = state == LAYANAN_DUE_STATE_OVERDUE;
  gint64 seconds = overdue ? layanan_calendar_working_seconds_between (self->calendar, due,
                                                                        self->now)
                           : layanan_calendar_working_seconds_between (self->calendar,
                                                                        self->now, due);
  int hours = (int) (seconds / 3600);
  int minutes = (int) (seconds / 60);

  if (hours >= 1 && overdue)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Overdue %d working hour",
                                         "Overdue %d working hours", hours), hours);
  if (hours >= 1)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d working hour left",
                                         "%d working hours left", hours), hours);
  if (overdue)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Overdue %d minute",
                                         "Overdue %d minutes", minutes), minutes);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d minute left", "%d minutes left",
                                       minutes), minutes);
}

static char *
due_text (LayananComplaintsPage     *self,
          const LayananComplaintRow *row,
          LayananDueState           *state)
{
  g_autoptr(GDateTime) due = NULL;
  int left = 0;

  *state = LAYANAN_DUE_STATE_NONE;
  if (row->paused_at != NULL && !layanan_complaint_status_is_closed (row->status))
    /* Translators: the deadline of a complaint waiting for its complainant: the clock stopped */
    return g_strdup (_("Paused"));
  if (row->due_at == NULL)
    return g_strdup ("");

  due = layanan_date_time_parse (row->due_at, NULL, NULL);
  if (due != NULL && !layanan_complaint_status_is_closed (row->status))
    *state = layanan_letter_due_state (self->calendar, due, self->now, &left);

  /* Hours say more than "due today" or "one day late"; beyond that
   * (a 3-hour complaint forgotten for a month) days do. */
  if (*state != LAYANAN_DUE_STATE_NONE && counts_in_hours (row) && ABS (left) <= 1)
    return hours_text (self, due, *state);

  if (*state == LAYANAN_DUE_STATE_NONE)
    return layanan_list_format_instant (row->due_at);
  return layanan_list_due_days_text (*state, left);
}

static void
set_due_cell (LayananComplaintsPage     *self,
              GtkWidget                 *box,
              const LayananComplaintRow *row)
{
  LayananDueState state;
  g_autofree char *text = due_text (self, row, &state);
  gboolean paused = row->paused_at != NULL && !layanan_complaint_status_is_closed (row->status);

  layanan_list_show_due (box, text, state, paused);
}

static void
number_clicked_cb (GtkButton             *button,
                   LayananComplaintsPage *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (button), "complaint-id");

  if (id != NULL)
    layanan_complaints_page_open_complaint (self, *id);
}

/* The register number opens its complaint: a control a keyboard, a screen
 * reader and a mouse all reach, beside activating the row. */
static void
setup_number_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 gpointer                  user_data)
{
  GtkWidget *button = gtk_button_new_with_label ("");

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  g_signal_connect (button, "clicked", G_CALLBACK (number_clicked_cb), user_data);
  gtk_list_item_set_child (list_item, button);
}

static void
set_number_cell (GtkWidget                 *button,
                 const LayananComplaintRow *row)
{
  g_autofree char *number = layanan_agenda_number_format (row->register_number,
                                                          row->register_year);
  /* Translators: the accessible name of the register number that opens a complaint */
  g_autofree char *label = g_strdup_printf (_("Open complaint %s"), number);
  gint64 *id = g_new (gint64, 1);

  *id = row->id;
  gtk_button_set_label (GTK_BUTTON (button), number);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
  g_object_set_data_full (G_OBJECT (button), "complaint-id", id, g_free);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  LayananComplaintsPage *self = user_data;
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column"));
  LayananComplaintItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *child = gtk_list_item_get_child (list_item);
  const LayananComplaintRow *row;
  g_autofree char *text = NULL;

  if (item == NULL)
    return;
  row = layanan_complaint_item_get_row (item);

  switch (column)
    {
    case COLUMN_NUMBER:
      set_number_cell (child, row);
      return;
    case COLUMN_RECEIVED:
      text = layanan_list_format_instant (row->received_at);
      break;
    case COLUMN_CHANNEL:
      text = g_strdup (layanan_channel_kind_get_label (row->channel));
      break;
    case COLUMN_CATEGORY:
      text = g_strdup (row->category_name);
      break;
    case COLUMN_SERVICE:
      text = g_strdup (row->service_name);
      break;
    case COLUMN_COMPLAINANT:
      set_complainant_cell (GTK_LABEL (child), row);
      return;
    case COLUMN_DESCRIPTION:
      set_description_cell (GTK_LABEL (child), row);
      return;
    case COLUMN_STATUS:
      text = g_strdup (layanan_complaint_status_get_label (row->status));
      break;
    case COLUMN_DUE:
      set_due_cell (self, child, row);
      return;
    case COLUMN_ASSIGNED:
      text = g_strdup (row->assigned_to);
      break;
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }

  gtk_label_set_text (GTK_LABEL (child), text != NULL ? text : "");
}

/* ─────────────────────────── Sorting ───────────────────────────
 * SQL sorts the rows; each column's sorter only tells the column the user
 * sorted by (layanan_list_probe_sorter_new). */

static gboolean
view_sort_order (LayananComplaintsPage *self,
                 LayananComplaintSort  *sort,
                 gboolean              *descending)
{
  int column = layanan_list_probe_sort_column (self->column_view, &self->probed_column,
                                               descending);

  if (column < 0 || column_sorts[column] < 0)
    return FALSE;

  *sort = column_sorts[column];
  return TRUE;
}

static void
add_column (LayananComplaintsPage *self,
            Column                 column,
            const char            *title,
            gboolean               expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;

  g_object_set_data (G_OBJECT (factory), "column", GINT_TO_POINTER (column));
  g_signal_connect (factory, "setup", column == COLUMN_DUE ? G_CALLBACK (layanan_list_setup_due_cb)
                                     : column == COLUMN_NUMBER ? G_CALLBACK (setup_number_cb)
                                     : G_CALLBACK (layanan_list_setup_label_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), self);

  view_column = gtk_column_view_column_new (title, factory);
  if (column_sorts[column] >= 0)
    {
      g_autoptr(GtkSorter) sorter = layanan_list_probe_sorter_new (&self->probed_column,
                                                                   column);

      gtk_column_view_column_set_sorter (view_column, sorter);
    }
  gtk_column_view_column_set_expand (view_column, expand);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_append_column (self->column_view, view_column);
}

/* ─────────────────────────── Filters ─────────────────────────── */

/* Replaces a dropdown's entries with "All …" and @names, keeping the choice. */
static void
fill_id_filter (GtkDropDown *dropdown,
                GArray      *ids,
                const char  *all,
                GPtrArray   *names,
                GArray      *new_ids)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  gint64 selected = layanan_list_selected_id (dropdown, ids);

  gtk_string_list_append (model, all);
  for (guint i = 0; i < names->len; i++)
    gtk_string_list_append (model, g_ptr_array_index (names, i));
  g_array_set_size (ids, 0);
  g_array_append_vals (ids, new_ids->data, new_ids->len);
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (model));
  layanan_list_reselect (dropdown, ids, selected);
}

static void
fill_status_filter (LayananComplaintsPage *self)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);

  gtk_string_list_append (model, _("All statuses"));
  /* Translators: the filter for complaints not yet settled, refused or closed */
  gtk_string_list_append (model, _("Open"));
  for (LayananComplaintStatus s = 0; s < LAYANAN_N_COMPLAINT_STATUSES; s++)
    gtk_string_list_append (model, layanan_complaint_status_get_label (s));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (model));
}

static void
fill_channel_filter (LayananComplaintsPage *self)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);

  gtk_string_list_append (model, _("All channels"));
  for (LayananChannelKind c = 0; c < LAYANAN_N_CHANNEL_KINDS; c++)
    gtk_string_list_append (model, layanan_channel_kind_get_label (c));
  gtk_drop_down_set_model (self->channel_dropdown, G_LIST_MODEL (model));
}

static void
fill_due_filter (LayananComplaintsPage *self)
{
  const char * const labels[] = {
    _("Any due date"), _("Overdue"), _("Due soon"), _("On time"), NULL
  };
  g_autoptr(GtkStringList) model = gtk_string_list_new (labels);

  gtk_drop_down_set_model (self->due_dropdown, G_LIST_MODEL (model));
}

/* "Any month" and the last N_MONTHS months, newest first. */
static void
fill_month_filter (LayananComplaintsPage *self)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_clear_pointer (&self->months_from, g_date_time_unref);
  self->months_from = g_date_time_new_local (g_date_time_get_year (now),
                                             g_date_time_get_month (now), 1, 0, 0, 0);
  gtk_string_list_append (model, _("Any month"));
  for (int i = 0; i < N_MONTHS; i++)
    {
      g_autoptr(GDateTime) month = g_date_time_add_months (self->months_from, -i);
      const char *name = layanan_date_month_name (g_date_time_get_month (month));
      g_autofree char *label = g_strdup_printf ("%s %d", name, g_date_time_get_year (month));

      gtk_string_list_append (model, label);
    }
  gtk_drop_down_set_model (self->month_dropdown, G_LIST_MODEL (model));
}

/* The biros; the filter shows only when there is more than one. */
static void
fill_unit_filter (LayananComplaintsPage *self)
{
  g_autoptr(GPtrArray) units = layanan_database_list_units (self->database, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; units != NULL && i < units->len; i++)
    {
      LayananUnit *unit = g_ptr_array_index (units, i);

      if (unit->parent_id != 0)
        continue;
      g_ptr_array_add (names, unit->name);
      g_array_append_val (ids, unit->id);
    }
  fill_id_filter (self->unit_dropdown, self->unit_ids, _("All bureaus"), names, ids);
  /* The flow box wraps each filter in a child of its own: hide both. */
  gtk_widget_set_visible (GTK_WIDGET (self->unit_dropdown), ids->len > 1);
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->unit_dropdown)),
                          ids->len > 1);
}

/* The unit complaints are registered in: the one chosen, else the first. */
static gint64
current_unit (LayananComplaintsPage *self)
{
  gint64 unit_id = layanan_list_selected_id (self->unit_dropdown, self->unit_ids);

  if (unit_id == 0 && self->unit_ids->len > 0)
    unit_id = g_array_index (self->unit_ids, gint64, 0);
  return unit_id;
}

static void
fill_category_filter (LayananComplaintsPage *self)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 only_unit = layanan_list_selected_id (self->unit_dropdown, self->unit_ids);

  for (guint u = 0; u < self->unit_ids->len; u++)
    {
      gint64 unit_id = g_array_index (self->unit_ids, gint64, u);
      g_autoptr(GPtrArray) categories = NULL;

      if (only_unit != 0 && unit_id != only_unit)
        continue;
      categories = layanan_database_list_categories (self->database, unit_id, TRUE, NULL);
      for (guint i = 0; categories != NULL && i < categories->len; i++)
        {
          LayananCategory *category = g_ptr_array_index (categories, i);

          g_ptr_array_add (names, g_strdup (category->name));
          g_array_append_val (ids, category->id);
        }
    }
  fill_id_filter (self->category_dropdown, self->category_ids, _("All categories"), names, ids);
}

static void
fill_service_filter (LayananComplaintsPage *self)
{
  g_autoptr(GPtrArray) services = layanan_database_list_services (self->database, NULL, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; services != NULL && i < services->len; i++)
    {
      LayananServiceSummary *service = g_ptr_array_index (services, i);

      g_ptr_array_add (names, service->name);
      g_array_append_val (ids, service->id);
    }
  fill_id_filter (self->service_dropdown, self->service_ids, _("All services"), names, ids);
}

static void
fill_staff_filter (LayananComplaintsPage *self)
{
  g_autoptr(GPtrArray) staff = layanan_database_list_staff (self->database, FALSE, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; staff != NULL && i < staff->len; i++)
    {
      LayananStaff *member = g_ptr_array_index (staff, i);

      g_ptr_array_add (names, member->name);
      g_array_append_val (ids, member->id);
    }
  fill_id_filter (self->staff_dropdown, self->staff_ids, _("All staff"), names, ids);
}

/* Fills the lists that change elsewhere, refreshing the rows once after. */
static void
fill_filters (LayananComplaintsPage *self)
{
  self->filling = TRUE;
  fill_unit_filter (self);
  fill_category_filter (self);
  fill_service_filter (self);
  fill_staff_filter (self);
  self->filling = FALSE;
}

static guint
status_mask (LayananComplaintsPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->status_dropdown);
  guint mask = 0;

  if (selected == STATUS_FILTER_OPEN)
    {
      for (LayananComplaintStatus s = 0; s < LAYANAN_N_COMPLAINT_STATUSES; s++)
        if (!layanan_complaint_status_is_closed (s))
          mask |= 1u << s;
    }
  else if (selected >= STATUS_FILTER_FIRST && selected != GTK_INVALID_LIST_POSITION)
    mask = 1u << (selected - STATUS_FILTER_FIRST);
  return mask;
}

static guint
channel_mask (LayananComplaintsPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->channel_dropdown);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return 0;
  return 1u << (selected - 1);
}

static guint
due_mask (LayananComplaintsPage *self)
{
  static const guint masks[] = {
    0,
    1 << LAYANAN_DUE_STATE_OVERDUE,
    1 << LAYANAN_DUE_STATE_SOON,
    1 << LAYANAN_DUE_STATE_ON_TIME,
  };
  guint selected = gtk_drop_down_get_selected (self->due_dropdown);

  return selected < G_N_ELEMENTS (masks) ? masks[selected] : 0;
}

static void
set_month_bounds (LayananComplaintsPage *self,
                  LayananComplaintQuery *query)
{
  guint selected = gtk_drop_down_get_selected (self->month_dropdown);
  g_autoptr(GDateTime) first = NULL;
  g_autoptr(GDateTime) next = NULL;
  g_autoptr(GDateTime) last = NULL;

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || self->months_from == NULL)
    return;

  first = g_date_time_add_months (self->months_from, -(int) (selected - 1));
  next = g_date_time_add_months (first, 1);
  last = g_date_time_add_days (next, -1);
  query->received_from = g_date_time_format (first, "%Y-%m-%d");
  query->received_to = g_date_time_format (last, "%Y-%m-%d");
}

static void
set_due_bounds (LayananComplaintsPage *self,
                LayananComplaintQuery *query)
{
  g_autoptr(GDateTime) soon = layanan_letter_due_soon_limit (self->calendar, self->now);

  query->due_now = g_date_time_format_iso8601 (self->now);
  query->due_soon_limit = g_date_time_format_iso8601 (soon);
}

/* The query the filters, the search and the sorted column describe. */
static LayananComplaintQuery *
build_query (LayananComplaintsPage *self)
{
  LayananComplaintQuery *query = layanan_complaint_query_new ();

  query->search = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  query->statuses = status_mask (self);
  query->channels = channel_mask (self);
  query->unit_id = layanan_list_selected_id (self->unit_dropdown, self->unit_ids);
  query->category_id = layanan_list_selected_id (self->category_dropdown, self->category_ids);
  query->service_id = layanan_list_selected_id (self->service_dropdown, self->service_ids);
  query->staff_id = layanan_list_selected_id (self->staff_dropdown, self->staff_ids);
  query->due_states = due_mask (self);
  set_month_bounds (self, query);
  set_due_bounds (self, query);

  if (!view_sort_order (self, &query->sort, &query->descending))
    {
      /* Newest first until the user sorts by a column. */
      query->sort = LAYANAN_COMPLAINT_SORT_NUMBER;
      query->descending = TRUE;
    }

  return query;
}

/* ─────────────────────────── Refreshing ─────────────────────────── */

static void
set_n_overdue (LayananComplaintsPage *self,
               guint                  n_overdue)
{
  gboolean attention_changed = (self->n_overdue > 0) != (n_overdue > 0);

  if (self->n_overdue == n_overdue)
    return;
  self->n_overdue = n_overdue;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_OVERDUE]);
  if (attention_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEEDS_ATTENTION]);
}

static void
show_summary (LayananComplaintsPage *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->complaints));
  guint overdue = layanan_complaint_list_get_n_overdue (self->complaints);
  guint soon = layanan_complaint_list_get_n_due_soon (self->complaints);
  g_autofree char *complaints = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u complaint",
                                                              "%u complaints", shown), shown);
  g_autofree char *text = NULL;

  /* Translators: "12 complaints · 2 overdue · 3 due soon" under the complaint list */
  text = g_strdup_printf (_("%s · %u overdue · %u due soon"), complaints, overdue, soon);
  gtk_label_set_text (self->summary_label, text);
  set_n_overdue (self, overdue);
}

static gboolean
is_filtered (const LayananComplaintQuery *query)
{
  return (query->search != NULL && *query->search != '\0') || query->statuses != 0
         || query->channels != 0 || query->unit_id != 0 || query->category_id != 0
         || query->service_id != 0 || query->staff_id != 0 || query->due_states != 0
         || query->received_from != NULL || query->received_to != NULL;
}

static void
complaints_loaded_cb (LayananComplaintsPage *self,
                      const GError          *error)
{
  const LayananComplaintQuery *query = layanan_complaint_list_get_query (self->complaints);

  if (error != NULL)
    {
      show_message (self, error->message);
      return;
    }

  if (g_list_model_get_n_items (G_LIST_MODEL (self->complaints)) > 0)
    gtk_stack_set_visible_child_name (self->content_stack, "list");
  else
    gtk_stack_set_visible_child_name (self->content_stack,
                                      is_filtered (query) ? "no-results" : "empty");
  show_summary (self);
}

void
layanan_complaints_page_refresh (LayananComplaintsPage *self)
{
  g_autoptr(LayananComplaintQuery) query = NULL;

  g_return_if_fail (LAYANAN_IS_COMPLAINTS_PAGE (self));

  if (self->complaints == NULL)
    return;

  g_clear_pointer (&self->now, g_date_time_unref);
  self->now = g_date_time_new_now_local ();

  query = build_query (self);
  layanan_complaint_list_set_query (self->complaints, query);
}

static void
query_changed_cb (LayananComplaintsPage *self)
{
  if (!self->filling)
    layanan_complaints_page_refresh (self);
}

/* Categories belong to a biro: choosing one shows its own. */
static void
unit_changed_cb (LayananComplaintsPage *self)
{
  if (self->filling || self->database == NULL)
    return;

  self->filling = TRUE;
  fill_category_filter (self);
  self->filling = FALSE;
  layanan_complaints_page_refresh (self);
}

static void
sorter_changed_cb (GtkSorter             *sorter,
                   GtkSorterChange        change,
                   LayananComplaintsPage *self)
{
  layanan_complaints_page_refresh (self);
}

/* ─────────────────────────── Actions ─────────────────────────── */

/* A complaint belongs to a unit: without one (its units were all removed)
 * there is nowhere to register it. */
static gboolean
has_unit (LayananComplaintsPage *self)
{
  if (self->database == NULL)
    return FALSE;

  if (current_unit (self) > 0)
    return TRUE;

  show_message (self, _("Add the bureau in Preferences before registering complaints"));
  return FALSE;
}

static void
complaints_changed_cb (LayananComplaintsPage *self)
{
  layanan_complaints_page_refresh (self);
}

static void
complaint_saved_cb (LayananComplaintsPage *self,
                    gint64                 complaint_id)
{
  layanan_complaints_page_refresh (self);
  show_message (self, _("Complaint registered"));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  LayananComplaintsPage *self = LAYANAN_COMPLAINTS_PAGE (widget);
  LayananComplaintDialog *dialog;

  if (!has_unit (self))
    return;

  dialog = layanan_complaint_dialog_new (parent_window (self), self->database,
                                         current_unit (self));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (complaint_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_file_chosen_cb (GtkNativeDialog *native,
                       int              response,
                       gpointer         user_data)
{
  LayananComplaintsPage *self = user_data;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

  if (file != NULL && has_unit (self))
    {
      LayananComplaintImportDialog *dialog;

      dialog = layanan_complaint_import_dialog_new (parent_window (self), self->database,
                                                    current_unit (self), file);
      g_signal_connect_object (dialog, "imported", G_CALLBACK (complaints_changed_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_window_present (GTK_WINDOW (dialog));
    }

  g_object_unref (native);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LayananComplaintsPage *self = LAYANAN_COMPLAINTS_PAGE (widget);
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_pattern (filter, "*.csv");

  native = gtk_file_chooser_native_new (_("Import Complaints"), parent_window (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  g_signal_connect (native, "response", G_CALLBACK (import_file_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* ───────── Export Recap: a month range, with or without identities ───────── */

typedef struct
{
  char     *from;              /* YYYY-MM-DD, the first day of the first month */
  char     *to;                /* YYYY-MM-DD, the last day of the last month */
  gboolean  include_personal;  /* names and contacts, never confidential ones */
} RecapRequest;

static void
recap_request_free (RecapRequest *request)
{
  g_free (request->from);
  g_free (request->to);
  g_free (request);
}

static void
recap_exported_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(LayananComplaintsPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!layanan_complaint_export_finish (result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_message (self, error->message);
      return;
    }

  show_message (self, _("Recap exported"));
}

static void
export_recap (LayananComplaintsPage *self,
              const RecapRequest    *request,
              const char            *path)
{
  g_autoptr(LayananComplaintQuery) query = layanan_complaint_query_new ();

  /* The recap covers the unit shown and the months chosen, whatever the
   * list's other filters. */
  query->unit_id = layanan_list_selected_id (self->unit_dropdown, self->unit_ids);
  query->received_from = g_strdup (request->from);
  query->received_to = g_strdup (request->to);

  g_cancellable_reset (self->cancellable);
  layanan_complaint_export_async (layanan_database_get_path (self->database), query,
                                  request->include_personal, path, NULL, NULL,
                                  self->cancellable, recap_exported_cb, g_object_ref (self));
}

static void
recap_file_chosen_cb (GtkNativeDialog *native,
                      int              response,
                      gpointer         user_data)
{
  LayananComplaintsPage *self = user_data;
  RecapRequest *request = g_object_get_data (G_OBJECT (native), "request");
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

  if (file != NULL && self->database != NULL)
    {
      g_autofree char *path = g_file_get_path (file);

      export_recap (self, request, path);
    }

  g_object_unref (native);
}

/* The first day of the month @months back from the newest in the filter. */
static GDateTime *
month_start (LayananComplaintsPage *self,
             guint                  months_back)
{
  return g_date_time_add_months (self->months_from, -(int) months_back);
}

static void
recap_range_chosen_cb (AdwMessageDialog      *dialog,
                       const char            *response,
                       LayananComplaintsPage *self)
{
  GtkDropDown *from = g_object_get_data (G_OBJECT (dialog), "from");
  GtkDropDown *to = g_object_get_data (G_OBJECT (dialog), "to");
  GtkCheckButton *personal = g_object_get_data (G_OBJECT (dialog), "personal");
  guint from_back = gtk_drop_down_get_selected (from);
  guint to_back = gtk_drop_down_get_selected (to);
  g_autoptr(GDateTime) first = NULL;
  g_autoptr(GDateTime) after = NULL;
  g_autoptr(GDateTime) last = NULL;
  g_autofree char *name = NULL;
  GtkFileChooserNative *native;
  RecapRequest *request;

  if (g_strcmp0 (response, "export") != 0)
    return;

  /* Newest first in the lists: the range is the older to the newer. */
  first = month_start (self, MAX (from_back, to_back));
  after = g_date_time_add_months (month_start (self, MIN (from_back, to_back)), 1);
  last = g_date_time_add_days (after, -1);

  request = g_new0 (RecapRequest, 1);
  request->from = g_date_time_format (first, "%Y-%m-%d");
  request->to = g_date_time_format (last, "%Y-%m-%d");
  request->include_personal = gtk_check_button_get_active (personal);

  name = g_date_time_format (first, "Rekap Pengaduan %Y-%m.xlsx");
  native = gtk_file_chooser_native_new (_("Export Complaint Recap"), parent_window (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                        _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  g_object_set_data_full (G_OBJECT (native), "request", request,
                          (GDestroyNotify) recap_request_free);
  g_signal_connect (native, "response", G_CALLBACK (recap_file_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static GtkDropDown *
month_range_dropdown (LayananComplaintsPage *self,
                      const char            *accessible_name)
{
  GListModel *months = gtk_drop_down_get_model (self->month_dropdown);
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  GtkDropDown *dropdown;

  /* The month filter's entries without its "Any month". */
  for (guint i = 1; i < g_list_model_get_n_items (months); i++)
    gtk_string_list_append (model, gtk_string_list_get_string (GTK_STRING_LIST (months), i));
  dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&model)), NULL));
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_name, -1);
  return dropdown;
}

static void
export_recap_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  LayananComplaintsPage *self = LAYANAN_COMPLAINTS_PAGE (widget);
  GtkWidget *dialog;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *months = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkDropDown *from = month_range_dropdown (self, _("From month"));
  GtkDropDown *to = month_range_dropdown (self, _("To month"));
  GtkWidget *personal = gtk_check_button_new_with_mnemonic (_("Include complainants’ _names "
                                                              "and contacts"));

  gtk_box_append (GTK_BOX (months), GTK_WIDGET (from));
  /* Translators: between the two months of the recap's range, "March 2026 to May 2026" */
  gtk_box_append (GTK_BOX (months), gtk_label_new (_("to")));
  gtk_box_append (GTK_BOX (months), GTK_WIDGET (to));
  gtk_widget_set_halign (months, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (personal, _("Confidential and anonymous complaints never show "
                                           "a name"));
  gtk_box_append (GTK_BOX (box), months);
  gtk_box_append (GTK_BOX (box), personal);

  dialog = adw_message_dialog_new (parent_window (self), _("Export Complaint Recap"),
                                   _("The recap counts the complaints received in these "
                                     "months per category, channel and status."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "export", _("_Export…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "export",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "export");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "from", from);
  g_object_set_data (G_OBJECT (dialog), "to", to);
  g_object_set_data (G_OBJECT (dialog), "personal", personal);
  g_signal_connect_object (dialog, "response", G_CALLBACK (recap_range_chosen_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
layanan_complaints_page_open_complaint (LayananComplaintsPage *self,
                                        gint64                 complaint_id)
{
  LayananComplaintWindow *window;

  g_return_if_fail (LAYANAN_IS_COMPLAINTS_PAGE (self));

  if (self->database == NULL)
    return;

  window = layanan_complaint_window_new (parent_window (self), self->database, complaint_id);
  g_signal_connect_object (window, "changed", G_CALLBACK (complaints_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (window));
}

static void
row_activated_cb (LayananComplaintsPage *self,
                  guint                  position)
{
  g_autoptr(LayananComplaintItem) item = NULL;

  if (self->complaints == NULL)
    return;
  item = g_list_model_get_item (G_LIST_MODEL (self->complaints), position);
  if (item != NULL)
    layanan_complaints_page_open_complaint (self, layanan_complaint_item_get_row (item)->id);
}

/* Enter in the search opens the complaint found first, or the one selected. */
static void
search_activated_cb (LayananComplaintsPage *self)
{
  GtkSelectionModel *selection = gtk_column_view_get_model (self->column_view);
  guint selected;

  if (self->complaints == NULL
      || g_list_model_get_n_items (G_LIST_MODEL (self->complaints)) == 0)
    return;
  selected = gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (selection));
  row_activated_cb (self, selected != GTK_INVALID_LIST_POSITION ? selected : 0);
}

/* ─────────────────────────── Life cycle ─────────────────────────── */

void
layanan_complaints_page_set_database (LayananComplaintsPage *self,
                                      LayananDatabase       *database)
{
  g_autoptr(GError) error = NULL;
  GtkSingleSelection *selection;

  g_return_if_fail (LAYANAN_IS_COMPLAINTS_PAGE (self));
  g_return_if_fail (LAYANAN_IS_DATABASE (database));

  g_set_object (&self->database, database);
  g_clear_object (&self->calendar);
  self->calendar = layanan_database_load_calendar (database, &error);
  if (self->calendar == NULL)
    {
      show_message (self, error->message);
      return;
    }

  g_clear_object (&self->complaints);
  self->complaints = layanan_complaint_list_new (database);
  g_signal_connect_object (self->complaints, "loaded", G_CALLBACK (complaints_loaded_cb), self,
                           G_CONNECT_SWAPPED);
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->complaints)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);

  fill_filters (self);
  layanan_complaints_page_refresh (self);
}

guint
layanan_complaints_page_get_n_overdue (LayananComplaintsPage *self)
{
  g_return_val_if_fail (LAYANAN_IS_COMPLAINTS_PAGE (self), 0);

  return self->n_overdue;
}

/* Categories, services and staff change in other windows; coming back to
 * the tab shows them, and "now" moves on for the deadlines. */
static void
layanan_complaints_page_map (GtkWidget *widget)
{
  LayananComplaintsPage *self = LAYANAN_COMPLAINTS_PAGE (widget);

  GTK_WIDGET_CLASS (layanan_complaints_page_parent_class)->map (widget);

  if (self->database == NULL || self->calendar == NULL)
    return;
  fill_filters (self);
  layanan_complaints_page_refresh (self);
}

static void
layanan_complaints_page_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  LayananComplaintsPage *self = LAYANAN_COMPLAINTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_N_OVERDUE:
      g_value_set_uint (value, self->n_overdue);
      break;
    case PROP_NEEDS_ATTENTION:
      g_value_set_boolean (value, self->n_overdue > 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
layanan_complaints_page_dispose (GObject *object)
{
  LayananComplaintsPage *self = LAYANAN_COMPLAINTS_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), LAYANAN_TYPE_COMPLAINTS_PAGE);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->complaints);
  g_clear_object (&self->calendar);
  g_clear_object (&self->database);
  g_clear_pointer (&self->now, g_date_time_unref);
  g_clear_pointer (&self->months_from, g_date_time_unref);
  g_clear_pointer (&self->unit_ids, g_array_unref);
  g_clear_pointer (&self->category_ids, g_array_unref);
  g_clear_pointer (&self->service_ids, g_array_unref);
  g_clear_pointer (&self->staff_ids, g_array_unref);

  G_OBJECT_CLASS (layanan_complaints_page_parent_class)->dispose (object);
}

static void
layanan_complaints_page_class_init (LayananComplaintsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = layanan_complaints_page_dispose;
  object_class->get_property = layanan_complaints_page_get_property;
  widget_class->map = layanan_complaints_page_map;

  /* Open complaints of the register past their deadline, for the tab's badge. */
  properties[PROP_N_OVERDUE] =
    g_param_spec_uint ("n-overdue", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NEEDS_ATTENTION] =
    g_param_spec_boolean ("needs-attention", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/layananbiro/Layanan/layanan-complaints-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LayananComplaintsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LayananComplaintsPage, unit_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LayananComplaintsPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LayananComplaintsPage, category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LayananComplaintsPage, channel_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LayananComplaintsPage, service_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LayananComplaintsPage, staff_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LayananComplaintsPage, month_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LayananComplaintsPage, due_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LayananComplaintsPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, LayananComplaintsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, LayananComplaintsPage, summary_label);
  gtk_widget_class_bind_template_callback (widget_class, query_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, unit_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activated_cb);

  gtk_widget_class_install_action (widget_class, "complaints.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "complaints.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "complaints.export-recap", NULL,
                                   export_recap_action);
}

static void
layanan_complaints_page_init (LayananComplaintsPage *self)
{
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->category_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->service_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->staff_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->probed_column = -1;

  /* Translators: the register number of a complaint, "12/2026" */
  add_column (self, COLUMN_NUMBER, _("No."), FALSE);
  add_column (self, COLUMN_RECEIVED, _("Received"), FALSE);
  add_column (self, COLUMN_CHANNEL, _("Channel"), FALSE);
  add_column (self, COLUMN_CATEGORY, _("Category"), FALSE);
  add_column (self, COLUMN_SERVICE, _("Service"), FALSE);
  add_column (self, COLUMN_COMPLAINANT, _("Complainant"), FALSE);
  add_column (self, COLUMN_DESCRIPTION, _("Description"), TRUE);
  add_column (self, COLUMN_STATUS, _("Status"), FALSE);
  add_column (self, COLUMN_DUE, _("Due"), FALSE);
  /* Translators: the staff member or section a complaint was forwarded to */
  add_column (self, COLUMN_ASSIGNED, _("Handled By"), FALSE);
  g_signal_connect (gtk_column_view_get_sorter (self->column_view), "changed",
                    G_CALLBACK (sorter_changed_cb), self);

  fill_status_filter (self);
  fill_channel_filter (self);
  fill_month_filter (self);
  fill_due_filter (self);

  /* Ctrl+N registers a complaint whenever the tab shows, wherever the focus
   * is: a global shortcut of a page works only while the page is mapped. */
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                     GTK_SHORTCUT_SCOPE_GLOBAL);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_n,
                                                                                  GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("complaints.new")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

}
