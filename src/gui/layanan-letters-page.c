/* layanan-letters-page.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-letters-page"

#include "config.h"

#include <glib/gi18n.h>

#include "layanan-agenda-export-job.h"
#include "layanan-date.h"
#include "layanan-intake-window.h"
#include "layanan-letter-fields.h"
#include "layanan-letter-item.h"
#include "layanan-letter-list.h"
#include "layanan-list-columns.h"
#include "layanan-letter-window.h"
#include "layanan-letters-page.h"

/* The columns, in the order shown; each sorts in SQL by its key. */
typedef enum
{
  COLUMN_AGENDA,
  COLUMN_RECEIVED,
  COLUMN_NOMOR,
  COLUMN_PENGIRIM,
  COLUMN_HAL,
  COLUMN_SERVICE,
  COLUMN_DUE,
  COLUMN_STATUS,
  N_COLUMNS
} Column;

static const LayananLetterSort column_sorts[N_COLUMNS] = {
  [COLUMN_AGENDA] = LAYANAN_LETTER_SORT_AGENDA,
  [COLUMN_RECEIVED] = LAYANAN_LETTER_SORT_RECEIVED,
  [COLUMN_NOMOR] = LAYANAN_LETTER_SORT_NOMOR,
  [COLUMN_PENGIRIM] = LAYANAN_LETTER_SORT_PENGIRIM,
  [COLUMN_HAL] = LAYANAN_LETTER_SORT_HAL,
  [COLUMN_SERVICE] = LAYANAN_LETTER_SORT_SERVICE,
  [COLUMN_DUE] = LAYANAN_LETTER_SORT_DUE,
  [COLUMN_STATUS] = LAYANAN_LETTER_SORT_STATUS,
};

/* Entries of the status filter after "All" and "Open". */
#define STATUS_FILTER_ALL 0
#define STATUS_FILTER_OPEN 1
#define STATUS_FILTER_FIRST 2

struct _LayananLettersPage
{
  AdwBin             parent_instance;

  /* Template widgets */
  GtkSearchEntry    *search_entry;
  GtkToggleButton   *filter_button;
  GtkDropDown       *status_dropdown;
  GtkDropDown       *due_dropdown;
  GtkDropDown       *service_dropdown;
  GtkDropDown       *staff_dropdown;
  GtkEntry          *from_entry;
  GtkEntry          *to_entry;
  GtkStack          *content_stack;
  GtkColumnView     *column_view;
  GtkLabel          *summary_label;

  /* Owned */
  LayananDatabase   *database;
  LayananCalendar   *calendar;
  LayananLetterList *letters;
  GArray            *service_ids;   /* gint64, one per service filter entry after "All" */
  GArray            *staff_ids;     /* gint64, likewise for staff */
  GDateTime         *now;           /* of the last refresh: one "now" for all rows */
  GCancellable      *cancellable;

  /* Which column sorter ran first while probing the view's sorter. */
  int                probed_column;
  gboolean           filling;       /* set while the filters are filled again */
};

G_DEFINE_FINAL_TYPE (LayananLettersPage, layanan_letters_page, ADW_TYPE_BIN)

static void
show_message (LayananLettersPage *self,
              const char         *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
}

/* ─────────────────────────── Cells ─────────────────────────── */

static void
set_hal_cell (GtkLabel               *label,
              const LayananLetterRow *row)
{
  g_autofree char *hal = g_markup_escape_text (row->hal != NULL ? row->hal : "", -1);
  g_autofree char *markup = NULL;

  if (row->snippet != NULL)
    {
      g_autofree char *snippet = layanan_list_snippet_markup (row->snippet);

      markup = g_strdup_printf ("%s\n<small>%s</small>", hal, snippet);
    }

  gtk_label_set_markup (label, markup != NULL ? markup : hal);
}

static char *
due_text (LayananLettersPage     *self,
          const LayananLetterRow *row,
          LayananDueState        *state)
{
  g_autoptr(GDateTime) due = NULL;
  int left = 0;

  *state = LAYANAN_DUE_STATE_NONE;
  if (row->due_at == NULL)
    return g_strdup ("");

  due = layanan_date_time_parse (row->due_at, NULL, NULL);
  if (due != NULL && !layanan_letter_status_is_closed (row->status))
    *state = layanan_letter_due_state (self->calendar, due, self->now, &left);

  if (*state == LAYANAN_DUE_STATE_NONE)
    return layanan_list_format_instant (row->due_at);
  return layanan_list_due_days_text (*state, left);
}

static void
set_due_cell (LayananLettersPage     *self,
              GtkWidget              *box,
              const LayananLetterRow *row)
{
  LayananDueState state;
  g_autofree char *text = due_text (self, row, &state);

  layanan_list_show_due (box, text, state, FALSE);
}

static void open_letter (LayananLettersPage *self,
                         gint64              letter_id);

static void
agenda_clicked_cb (GtkButton          *button,
                   LayananLettersPage *self)
{
  open_letter (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "letter-id")));
}

/* The agenda number opens its letter: a control a keyboard, a screen
 * reader and a mouse all reach, beside double-clicking the row. */
static void
setup_agenda_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 gpointer                  user_data)
{
  GtkWidget *button = gtk_button_new_with_label ("");

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  g_signal_connect (button, "clicked", G_CALLBACK (agenda_clicked_cb), user_data);
  gtk_list_item_set_child (list_item, button);
}

static void
set_agenda_cell (GtkWidget              *button,
                 const LayananLetterRow *row)
{
  g_autofree char *agenda = layanan_agenda_number_format (row->agenda_number, row->agenda_year);
  /* Translators: the accessible name of the agenda number that opens a letter */
  g_autofree char *label = g_strdup_printf (_("Open letter %s"), agenda);

  gtk_button_set_label (GTK_BUTTON (button), agenda);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
  g_object_set_data (G_OBJECT (button), "letter-id", GSIZE_TO_POINTER ((gsize) row->id));
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  LayananLettersPage *self = user_data;
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column"));
  LayananLetterItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *child = gtk_list_item_get_child (list_item);
  const LayananLetterRow *row;
  g_autofree char *text = NULL;

  if (item == NULL)
    return;
  row = layanan_letter_item_get_row (item);

  switch (column)
    {
    case COLUMN_AGENDA:
      set_agenda_cell (child, row);
      return;
    case COLUMN_RECEIVED:
      text = layanan_list_format_instant (row->received_at);
      break;
    case COLUMN_NOMOR:
      text = g_strdup (row->nomor);
      break;
    case COLUMN_PENGIRIM:
      text = g_strdup (row->pengirim);
      break;
    case COLUMN_HAL:
      set_hal_cell (GTK_LABEL (child), row);
      return;
    case COLUMN_SERVICE:
      text = g_strdup (row->service_name);
      break;
    case COLUMN_DUE:
      set_due_cell (self, child, row);
      return;
    case COLUMN_STATUS:
      text = g_strdup (layanan_letter_status_get_label (row->status));
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
view_sort_order (LayananLettersPage *self,
                 LayananLetterSort  *sort,
                 gboolean           *descending)
{
  int column = layanan_list_probe_sort_column (self->column_view, &self->probed_column,
                                               descending);

  if (column < 0)
    return FALSE;

  *sort = column_sorts[column];
  return TRUE;
}

static void
add_column (LayananLettersPage *self,
            Column              column,
            const char         *title,
            gboolean            expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;
  g_autoptr(GtkSorter) sorter = NULL;

  g_object_set_data (G_OBJECT (factory), "column", GINT_TO_POINTER (column));
  g_signal_connect (factory, "setup", column == COLUMN_DUE ? G_CALLBACK (layanan_list_setup_due_cb)
                                     : column == COLUMN_AGENDA ? G_CALLBACK (setup_agenda_cb)
                                     : G_CALLBACK (layanan_list_setup_label_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), self);

  sorter = layanan_list_probe_sorter_new (&self->probed_column, column);

  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_sorter (view_column, sorter);
  gtk_column_view_column_set_expand (view_column, expand);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_append_column (self->column_view, view_column);
}

/* ─────────────────────────── Filters ─────────────────────────── */

static void
fill_status_filter (LayananLettersPage *self)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);

  gtk_string_list_append (model, _("All statuses"));
  /* Translators: the filter for letters not yet done, rejected or archived */
  gtk_string_list_append (model, _("Open"));
  for (LayananLetterStatus s = 0; s < LAYANAN_N_LETTER_STATUSES; s++)
    gtk_string_list_append (model, layanan_letter_status_get_label (s));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (model));
}

static void
fill_due_filter (LayananLettersPage *self)
{
  const char * const labels[] = {
    _("Any due date"), _("Overdue"), _("Due soon"), _("On time"), NULL
  };
  g_autoptr(GtkStringList) model = gtk_string_list_new (labels);

  gtk_drop_down_set_model (self->due_dropdown, G_LIST_MODEL (model));
}

static void
fill_service_filter (LayananLettersPage *self)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) services = layanan_database_list_services (self->database, NULL, NULL);
  gint64 selected = layanan_list_selected_id (self->service_dropdown, self->service_ids);

  g_array_set_size (self->service_ids, 0);
  gtk_string_list_append (model, _("All services"));
  for (guint i = 0; services != NULL && i < services->len; i++)
    {
      LayananServiceSummary *service = g_ptr_array_index (services, i);

      gtk_string_list_append (model, service->name);
      g_array_append_val (self->service_ids, service->id);
    }
  gtk_drop_down_set_model (self->service_dropdown, G_LIST_MODEL (model));
  layanan_list_reselect (self->service_dropdown, self->service_ids, selected);
}

static void
fill_staff_filter (LayananLettersPage *self)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) staff = layanan_database_list_staff (self->database, FALSE, NULL);
  gint64 selected = layanan_list_selected_id (self->staff_dropdown, self->staff_ids);

  g_array_set_size (self->staff_ids, 0);
  gtk_string_list_append (model, _("All staff"));
  for (guint i = 0; staff != NULL && i < staff->len; i++)
    {
      LayananStaff *member = g_ptr_array_index (staff, i);

      gtk_string_list_append (model, member->name);
      g_array_append_val (self->staff_ids, member->id);
    }
  gtk_drop_down_set_model (self->staff_dropdown, G_LIST_MODEL (model));
  layanan_list_reselect (self->staff_dropdown, self->staff_ids, selected);
}

/* Fills the lists that change elsewhere, refreshing the rows once after. */
static void
fill_filters (LayananLettersPage *self)
{
  self->filling = TRUE;
  fill_service_filter (self);
  fill_staff_filter (self);
  self->filling = FALSE;
}

static guint
status_mask (LayananLettersPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->status_dropdown);

  if (selected == STATUS_FILTER_OPEN)
    return 1 << LAYANAN_LETTER_STATUS_DITERIMA | 1 << LAYANAN_LETTER_STATUS_DIDISPOSISI
           | 1 << LAYANAN_LETTER_STATUS_DIPROSES;
  if (selected >= STATUS_FILTER_FIRST && selected != GTK_INVALID_LIST_POSITION)
    return 1 << (selected - STATUS_FILTER_FIRST);
  return 0;
}

static guint
due_mask (LayananLettersPage *self)
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

/* A date typed in the filter, as YYYY-MM-DD; NULL when empty. Marks the
 * entry and returns FALSE when it is not a date. */
static gboolean
read_date_entry (GtkEntry  *entry,
                 char     **iso)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autoptr(GError) error = NULL;
  GDate date;

  *iso = NULL;
  gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (entry), NULL);
  if (*text == '\0')
    return TRUE;

  if (!layanan_letter_date_parse (text, &date, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (entry), error->message);
      return FALSE;
    }

  *iso = layanan_date_format_iso (&date);
  return TRUE;
}

static void
set_due_bounds (LayananLettersPage *self,
                LayananLetterQuery *query)
{
  g_autoptr(GDateTime) soon = layanan_letter_due_soon_limit (self->calendar, self->now);

  g_free (query->due_now);
  g_free (query->due_soon_limit);
  query->due_now = g_date_time_format_iso8601 (self->now);
  query->due_soon_limit = g_date_time_format_iso8601 (soon);
}

/* The query the filter bar, the search and the sorted column describe; NULL
 * while a typed date is not a date (the list then stays as it was). */
static LayananLetterQuery *
build_query (LayananLettersPage *self)
{
  g_autoptr(LayananLetterQuery) query = layanan_letter_query_new ();

  if (!read_date_entry (self->from_entry, &query->received_from)
      || !read_date_entry (self->to_entry, &query->received_to))
    return NULL;

  query->search = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  query->statuses = status_mask (self);
  query->due_states = due_mask (self);
  query->service_id = layanan_list_selected_id (self->service_dropdown, self->service_ids);
  query->staff_id = layanan_list_selected_id (self->staff_dropdown, self->staff_ids);
  set_due_bounds (self, query);

  if (!view_sort_order (self, &query->sort, &query->descending))
    {
      /* Newest first until the user sorts by a column. */
      query->sort = LAYANAN_LETTER_SORT_AGENDA;
      query->descending = TRUE;
    }

  return g_steal_pointer (&query);
}

/* ─────────────────────────── Refreshing ─────────────────────────── */

/* ─────────── The line under the list: what is late, what will be ───────────
 * Counted in a worker on its own connection, like the list's own count. */

typedef struct
{
  char   *path;
  char   *due_now;
  char   *due_soon_limit;
  gint64  overdue;
  gint64  soon;
} DueCount;

static void
due_count_free (DueCount *count)
{
  g_free (count->path);
  g_free (count->due_now);
  g_free (count->due_soon_limit);
  g_free (count);
}

static gint64
count_open_in_state (LayananDatabase  *database,
                     DueCount         *count,
                     LayananDueState   state,
                     GError          **error)
{
  g_autoptr(LayananLetterQuery) query = layanan_letter_query_new ();

  query->statuses = 1 << LAYANAN_LETTER_STATUS_DITERIMA | 1 << LAYANAN_LETTER_STATUS_DIDISPOSISI
                    | 1 << LAYANAN_LETTER_STATUS_DIPROSES;
  query->due_states = 1 << state;
  query->due_now = g_strdup (count->due_now);
  query->due_soon_limit = g_strdup (count->due_soon_limit);
  return layanan_database_count_letters (database, query, error);
}

static void
due_count_thread (GTask        *task,
                  gpointer      source,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  DueCount *count = task_data;
  g_autoptr(LayananDatabase) database = NULL;
  GError *error = NULL;

  if ((database = layanan_database_open (count->path, &error)) == NULL
      || (count->overdue = count_open_in_state (database, count, LAYANAN_DUE_STATE_OVERDUE,
                                                &error)) < 0
      || (count->soon = count_open_in_state (database, count, LAYANAN_DUE_STATE_SOON,
                                             &error)) < 0)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
show_summary (LayananLettersPage *self,
              gint64              overdue,
              gint64              soon)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->letters));
  g_autofree char *letters = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u letter",
                                                           "%u letters", shown), shown);
  g_autofree char *text = NULL;

  /* Translators: "12 letters · 2 overdue · 3 due soon" under the letter list */
  text = g_strdup_printf (_("%s · %d overdue · %d due soon"),
                          letters, (int) overdue, (int) soon);
  gtk_label_set_text (self->summary_label, text);
}

static void
due_counted_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  LayananLettersPage *self = LAYANAN_LETTERS_PAGE (source);
  DueCount *count = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_message (self, error->message);
      return;
    }
  show_summary (self, count->overdue, count->soon);
}

static void
update_summary (LayananLettersPage *self)
{
  const LayananLetterQuery *query = layanan_letter_list_get_query (self->letters);
  g_autoptr(GTask) task = g_task_new (self, self->cancellable, due_counted_cb, NULL);
  DueCount *count = g_new0 (DueCount, 1);

  count->path = g_strdup (layanan_database_get_path (self->database));
  count->due_now = g_strdup (query->due_now);
  count->due_soon_limit = g_strdup (query->due_soon_limit);
  g_task_set_task_data (task, count, (GDestroyNotify) due_count_free);
  g_task_run_in_thread (task, due_count_thread);
}

static void
update_content (LayananLettersPage *self)
{
  const LayananLetterQuery *query = layanan_letter_list_get_query (self->letters);
  gboolean filtered = (query->search != NULL && *query->search != '\0') || query->statuses != 0
                      || query->due_states != 0 || query->service_id != 0 || query->staff_id != 0
                      || query->received_from != NULL || query->received_to != NULL;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->letters)) > 0)
    gtk_stack_set_visible_child_name (self->content_stack, "list");
  else
    gtk_stack_set_visible_child_name (self->content_stack, filtered ? "no-results" : "empty");
  update_summary (self);
}

static void
letters_loaded_cb (LayananLettersPage *self,
                   const GError       *error)
{
  if (error != NULL)
    show_message (self, error->message);
  else
    update_content (self);
}

void
layanan_letters_page_refresh (LayananLettersPage *self)
{
  g_autoptr(LayananLetterQuery) query = NULL;

  g_return_if_fail (LAYANAN_IS_LETTERS_PAGE (self));

  if (self->letters == NULL)
    return;

  g_clear_pointer (&self->now, g_date_time_unref);
  self->now = g_date_time_new_now_local ();

  query = build_query (self);
  if (query != NULL)
    layanan_letter_list_set_query (self->letters, query);
}

static void
query_changed_cb (LayananLettersPage *self)
{
  if (!self->filling)
    layanan_letters_page_refresh (self);
}

static void
sorter_changed_cb (GtkSorter          *sorter,
                   GtkSorterChange     change,
                   LayananLettersPage *self)
{
  layanan_letters_page_refresh (self);
}

/* ─────────────────────────── Actions ─────────────────────────── */

static void
letters_changed_cb (LayananLettersPage *self)
{
  layanan_letter_list_reload (self->letters);
}

static void
letter_registered_cb (LayananLettersPage *self,
                      const char         *message)
{
  letters_changed_cb (self);
  show_message (self, message);
}

void
layanan_letters_page_add_files (LayananLettersPage *self,
                                GListModel         *files)
{
  LayananIntakeWindow *intake;

  g_return_if_fail (LAYANAN_IS_LETTERS_PAGE (self));
  g_return_if_fail (G_IS_LIST_MODEL (files));

  if (self->database == NULL || g_list_model_get_n_items (files) == 0)
    return;

  intake = layanan_intake_window_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                      self->database, files);
  g_signal_connect_object (intake, "letters-saved", G_CALLBACK (letter_registered_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (intake));
}

static void
add_files_chosen_cb (GtkNativeDialog *dialog,
                     int              response,
                     gpointer         user_data)
{
  LayananLettersPage *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));

      layanan_letters_page_add_files (self, files);
    }

  g_object_unref (dialog);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  LayananLettersPage *self = LAYANAN_LETTERS_PAGE (widget);
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Scanned letters"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_filter_add_mime_type (filter, "image/jpeg");
  gtk_file_filter_add_mime_type (filter, "image/tiff");

  dialog = gtk_file_chooser_native_new (_("Add Letters"),
                                        GTK_WINDOW (gtk_widget_get_root (widget)),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Add"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (dialog), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  g_signal_connect (dialog, "response", G_CALLBACK (add_files_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static gboolean
drop_cb (GtkDropTarget      *target,
         const GValue       *value,
         double              x,
         double              y,
         LayananLettersPage *self)
{
  GSList *list = g_value_get_boxed (value);
  g_autoptr(GListStore) files = g_list_store_new (G_TYPE_FILE);

  for (GSList *l = list; l != NULL; l = l->next)
    g_list_store_append (files, l->data);

  layanan_letters_page_add_files (self, G_LIST_MODEL (files));
  return list != NULL;
}

static void row_activated_cb (LayananLettersPage *self,
                              guint               position);

/* Enter in the search opens the letter found first, or the one selected. */
static void
search_activated_cb (LayananLettersPage *self)
{
  GtkSelectionModel *selection = gtk_column_view_get_model (self->column_view);
  guint selected = gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (selection));

  if (self->letters == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->letters)) == 0)
    return;
  row_activated_cb (self, selected != GTK_INVALID_LIST_POSITION ? selected : 0);
}

static void
open_letter (LayananLettersPage *self,
             gint64              letter_id)
{
  LayananLetterWindow *window;

  window = layanan_letter_window_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                      self->database, letter_id);
  g_signal_connect_object (window, "changed", G_CALLBACK (letters_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (window));
}

static void
row_activated_cb (LayananLettersPage *self,
                  guint               position)
{
  g_autoptr(LayananLetterItem) item = g_list_model_get_item (G_LIST_MODEL (self->letters),
                                                             position);

  if (item != NULL)
    open_letter (self, layanan_letter_item_get_row (item)->id);
}

static void
exported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(LayananLettersPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!layanan_agenda_export_finish (result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_message (self, error->message);
      return;
    }

  show_message (self, _("Agenda exported"));
}

static void
export_file_chosen_cb (GtkNativeDialog *dialog,
                       int              response,
                       gpointer         user_data)
{
  LayananLettersPage *self = user_data;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

  if (file != NULL)
    {
      g_autofree char *path = g_file_get_path (file);

      g_cancellable_reset (self->cancellable);
      layanan_agenda_export_async (layanan_database_get_path (self->database),
                                   layanan_letter_list_get_query (self->letters), path,
                                   self->cancellable, exported_cb, g_object_ref (self));
    }

  g_object_unref (dialog);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LayananLettersPage *self = LAYANAN_LETTERS_PAGE (widget);
  GtkFileChooserNative *dialog;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *name = g_date_time_format (now, "Agenda Surat Masuk %Y-%m-%d.xlsx");

  dialog = gtk_file_chooser_native_new (_("Export Agenda"),
                                        GTK_WINDOW (gtk_widget_get_root (widget)),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  g_signal_connect (dialog, "response", G_CALLBACK (export_file_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* ─────────────────────────── Life cycle ─────────────────────────── */

void
layanan_letters_page_set_database (LayananLettersPage *self,
                                   LayananDatabase    *database)
{
  g_autoptr(GError) error = NULL;
  GtkSingleSelection *selection;

  g_return_if_fail (LAYANAN_IS_LETTERS_PAGE (self));
  g_return_if_fail (LAYANAN_IS_DATABASE (database));

  g_set_object (&self->database, database);
  g_clear_object (&self->calendar);
  self->calendar = layanan_database_load_calendar (database, &error);
  if (self->calendar == NULL)
    {
      show_message (self, error->message);
      return;
    }

  g_clear_object (&self->letters);
  self->letters = layanan_letter_list_new (database);
  g_signal_connect_object (self->letters, "loaded", G_CALLBACK (letters_loaded_cb), self,
                           G_CONNECT_SWAPPED);
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->letters)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);

  fill_filters (self);
  layanan_letters_page_refresh (self);
}

/* Services and staff change in other windows; coming back to the tab shows
 * them, and "now" moves on for the due states. */
static void
layanan_letters_page_map (GtkWidget *widget)
{
  LayananLettersPage *self = LAYANAN_LETTERS_PAGE (widget);

  GTK_WIDGET_CLASS (layanan_letters_page_parent_class)->map (widget);

  if (self->database == NULL)
    return;
  fill_filters (self);
  layanan_letters_page_refresh (self);
}

static void
layanan_letters_page_dispose (GObject *object)
{
  LayananLettersPage *self = LAYANAN_LETTERS_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), LAYANAN_TYPE_LETTERS_PAGE);
  g_clear_object (&self->letters);
  g_clear_object (&self->calendar);
  g_clear_object (&self->database);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->now, g_date_time_unref);
  g_clear_pointer (&self->service_ids, g_array_unref);
  g_clear_pointer (&self->staff_ids, g_array_unref);

  G_OBJECT_CLASS (layanan_letters_page_parent_class)->dispose (object);
}

static void
layanan_letters_page_class_init (LayananLettersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = layanan_letters_page_dispose;
  widget_class->map = layanan_letters_page_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/layananbiro/Layanan/layanan-letters-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LayananLettersPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LayananLettersPage, filter_button);
  gtk_widget_class_bind_template_child (widget_class, LayananLettersPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LayananLettersPage, due_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LayananLettersPage, service_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LayananLettersPage, staff_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LayananLettersPage, from_entry);
  gtk_widget_class_bind_template_child (widget_class, LayananLettersPage, to_entry);
  gtk_widget_class_bind_template_child (widget_class, LayananLettersPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, LayananLettersPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, LayananLettersPage, summary_label);
  gtk_widget_class_bind_template_callback (widget_class, query_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activated_cb);

  gtk_widget_class_install_action (widget_class, "letters.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "letters.export", NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "letters.add", NULL);
}

static void
layanan_letters_page_init (LayananLettersPage *self)
{
  GtkDropTarget *target;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->service_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->staff_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->probed_column = -1;

  add_column (self, COLUMN_AGENDA, _("No."), FALSE);
  add_column (self, COLUMN_RECEIVED, _("Received"), FALSE);
  add_column (self, COLUMN_NOMOR, _("Number"), FALSE);
  add_column (self, COLUMN_PENGIRIM, _("Sender"), TRUE);
  add_column (self, COLUMN_HAL, _("Subject"), TRUE);
  add_column (self, COLUMN_SERVICE, _("Service"), FALSE);
  add_column (self, COLUMN_DUE, _("Due"), FALSE);
  add_column (self, COLUMN_STATUS, _("Status"), FALSE);
  g_signal_connect (gtk_column_view_get_sorter (self->column_view), "changed",
                    G_CALLBACK (sorter_changed_cb), self);

  fill_status_filter (self);
  fill_due_filter (self);

  target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}
