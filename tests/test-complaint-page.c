/* test-complaint-page.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "layanan-complaint-dialog.h"
#include "layanan-complaint-item.h"
#include "layanan-complaint-list.h"
#include "layanan-complaints-page.h"
#include "layanan-test-ui.h"
#include "layanan-test-util.h"

#define SECRET_NAME "Siti Rahasiawati"
#define OPEN_NAME "Budi Santoso"

typedef struct
{
  char            *dir;
  LayananDatabase *database;
  LayananCalendar *calendar;
  LayananCategory *category;     /* 5 working days */
  LayananCategory *three_hours;
  gint64           verified_id;
} Fixture;

static LayananComplaint *
add_complaint (Fixture    *fixture,
               const char *received_at,
               const char *name,
               const char *description)
{
  LayananComplaint *complaint = layanan_complaint_new ();
  g_autoptr(GError) error = NULL;

  complaint->unit_id = fixture->category->unit_id;
  complaint->received_at = g_strdup (received_at);
  complaint->channel = LAYANAN_CHANNEL_WHATSAPP;
  complaint->anonymous = name == NULL;
  complaint->complainant_name = g_strdup (name);
  complaint->description = g_strdup (description);
  layanan_complaint_set_category (complaint, fixture->category, fixture->calendar);
  return complaint;
}

static void
save (Fixture          *fixture,
      LayananComplaint *complaint)
{
  g_autoptr(GError) error = NULL;

  layanan_database_add_complaint (fixture->database, complaint, NULL, &error);
  g_assert_no_error (error);
}

/* Three complaints: an old one long overdue, a confidential one and an
 * anonymous verified one, both received an hour ago (5 working days left). */
static void
add_complaints (Fixture *fixture)
{
  GTimeZone *wib = layanan_calendar_get_timezone (fixture->calendar);
  g_autoptr(GDateTime) now = g_date_time_new_now (wib);
  g_autoptr(GDateTime) hour_ago = g_date_time_add_hours (now, -1);
  g_autofree char *recent = g_date_time_format_iso8601 (hour_ago);
  g_autoptr(LayananComplaint) old = NULL;
  g_autoptr(LayananComplaint) secret = NULL;
  g_autoptr(LayananComplaint) anonymous = NULL;
  g_autoptr(LayananComplaintStep) verify = NULL;
  g_autoptr(GError) error = NULL;

  old = add_complaint (fixture, "2026-03-02T09:00:00+07:00", OPEN_NAME,
                       "Antrean pelayanan sangat lama\nSudah menunggu tiga jam");
  /* A 3-hour complaint forgotten for months. */
  layanan_complaint_set_category (old, fixture->three_hours, fixture->calendar);
  save (fixture, old);

  secret = add_complaint (fixture, recent, SECRET_NAME, "Petugas meminta pungutan di loket");
  secret->confidential = TRUE;
  secret->complainant_contact = g_strdup ("0812 0000 1111");
  save (fixture, secret);

  anonymous = add_complaint (fixture, recent, NULL, "Toilet kantor kotor");
  save (fixture, anonymous);
  verify = layanan_complaint_step_new (LAYANAN_COMPLAINT_STEP_VERIFY);
  verify->at = g_strdup (recent);
  g_assert_true (layanan_complaint_apply_step (anonymous, verify, NULL, fixture->calendar,
                                               &error));
  g_assert_true (layanan_database_add_complaint_step (fixture->database, anonymous, verify,
                                                      &error));
  g_assert_no_error (error);
  fixture->verified_id = anonymous->id;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = layanan_test_make_tmp_dir ("complaint-page");
  fixture->database = layanan_test_open_app_database (fixture->dir);
  fixture->calendar = layanan_database_load_calendar (fixture->database, &error);
  g_assert_no_error (error);

  fixture->category = layanan_test_add_category (fixture->database, "Pengaduan uji", 5);
  fixture->three_hours = layanan_category_copy (fixture->category);
  fixture->three_hours->id = 0;
  g_free (fixture->three_hours->name);
  fixture->three_hours->name = g_strdup ("Pengaduan ringan uji");
  fixture->three_hours->deadline = (LayananDuration) { 3, LAYANAN_DURATION_HOURS };
  layanan_database_save_category (fixture->database, fixture->three_hours, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  layanan_category_free (fixture->category);
  layanan_category_free (fixture->three_hours);
  g_clear_object (&fixture->calendar);
  g_clear_object (&fixture->database);
  layanan_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* ─────────────────────────── Helpers ─────────────────────────── */

static const LayananComplaintRow *
complaint_at (GListModel *complaints,
              guint       position)
{
  g_autoptr(LayananComplaintItem) item = g_list_model_get_item (complaints, position);

  g_assert_nonnull (item);
  /* The list keeps its pages, so the row outlives this reference. */
  return layanan_complaint_item_get_row (item);
}

static gboolean
is_loaded (gpointer complaints)
{
  return !layanan_complaint_list_is_loading (complaints);
}

static void
wait_loaded (GListModel *complaints)
{
  /* A reload may start on the next main-loop turn (search-changed waits). */
  for (int i = 0; i < 3; i++)
    g_main_context_iteration (NULL, FALSE);
  layanan_test_iterate_until (is_loaded, complaints);
  g_assert_false (layanan_complaint_list_is_loading (LAYANAN_COMPLAINT_LIST (complaints)));
}

typedef struct
{
  GListModel *model;
  guint       n;
} CountWait;

static gboolean
has_n_items (gpointer data)
{
  CountWait *wait = data;

  return g_list_model_get_n_items (wait->model) == wait->n;
}

static void
wait_n_items (GListModel *model,
              guint       n)
{
  layanan_test_iterate_until (has_n_items, &(CountWait) { model, n });
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);
}

typedef struct
{
  GtkWidget  *root;
  const char *text;
} LabelWait;

static gboolean
label_shown (gpointer data)
{
  LabelWait *wait = data;

  return layanan_test_has_label (wait->root, wait->text);
}

/* Any label or tooltip that holds @text, shown or not. */
static gboolean
shows_text (GtkWidget     *widget,
            gconstpointer  text)
{
  const char *tooltip = gtk_widget_get_tooltip_text (widget);

  if (tooltip != NULL && strstr (tooltip, text) != NULL)
    return TRUE;
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_label (GTK_LABEL (widget)), text) != NULL;
}

/* "Overdue 180 working days". */
static gboolean
says_days_overdue (GtkWidget     *widget,
                   gconstpointer  data)
{
  const char *text = GTK_IS_LABEL (widget) ? gtk_label_get_label (GTK_LABEL (widget)) : "";

  return g_str_has_prefix (text, "Overdue ") && g_str_has_suffix (text, " working days");
}

static gboolean
is_status_filter (GtkWidget     *widget,
                  gconstpointer  data)
{
  GListModel *model;

  if (!GTK_IS_DROP_DOWN (widget))
    return FALSE;
  model = gtk_drop_down_get_model (GTK_DROP_DOWN (widget));
  return GTK_IS_STRING_LIST (model)
         && g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), 0),
                       "All statuses") == 0;
}

static void
select_status (GtkWidget              *page,
               LayananComplaintStatus  status)
{
  GtkWidget *dropdown = layanan_test_find_widget (page, is_status_filter, NULL);
  GListModel *model;

  g_assert_nonnull (dropdown);
  model = gtk_drop_down_get_model (GTK_DROP_DOWN (dropdown));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i),
                     layanan_complaint_status_get_label (status)) == 0)
        {
          gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), i);
          return;
        }
    }
  g_assert_not_reached ();
}

static void
search (GtkWidget  *page,
        const char *text)
{
  guint n = 0;

  gtk_editable_set_text (GTK_EDITABLE (layanan_test_find_nth_widget (page, GTK_TYPE_SEARCH_ENTRY,
                                                                     &n)),
                         text);
}

static GtkWidget *
show_page (Fixture    *fixture,
           GtkWidget **page)
{
  GtkWidget *window = gtk_window_new ();

  *page = g_object_new (LAYANAN_TYPE_COMPLAINTS_PAGE, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 600);
  gtk_window_set_child (GTK_WINDOW (window), *page);
  layanan_complaints_page_set_database (LAYANAN_COMPLAINTS_PAGE (*page), fixture->database);
  layanan_test_show_window (GTK_WINDOW (window));
  return window;
}

/* ─────────────────────────── Tests ─────────────────────────── */

static void
test_list_and_filter (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWidget *page;
  GtkWidget *window;
  GListModel *complaints;

  add_complaints (fixture);
  window = show_page (fixture, &page);

  /* Newest first; the counter tells the one overdue. */
  complaints = layanan_test_find_column_view_model (page);
  wait_loaded (complaints);
  g_assert_cmpuint (g_list_model_get_n_items (complaints), ==, 3);
  g_assert_cmpint (complaint_at (complaints, 0)->id, ==, fixture->verified_id);
  layanan_test_iterate_until (label_shown,
                              &(LabelWait) { page, "3 complaints · 1 overdue · 0 due soon" });
  g_assert_true (layanan_test_has_label (page, "3 complaints · 1 overdue · 0 due soon"));
  g_assert_cmpuint (layanan_complaints_page_get_n_overdue (LAYANAN_COMPLAINTS_PAGE (page)), ==,
                    1);

  /* A confidential identity shows nowhere; its place says why. */
  g_assert_true (layanan_test_has_label (page, OPEN_NAME));
  g_assert_true (layanan_test_has_label (page, "Confidential"));
  g_assert_true (layanan_test_has_label (page, "Anonymous"));
  g_assert_null (layanan_test_find_widget (window, shows_text, SECRET_NAME));
  g_assert_null (layanan_test_find_widget (window, shows_text, "0812 0000 1111"));
  /* Months late reads in days, not in hundreds of working hours. */
  g_assert_nonnull (layanan_test_find_widget (window, says_days_overdue, NULL));
  g_assert_null (layanan_test_find_widget (window, shows_text, "working hours"));
  /* The description shows its first line only. */
  g_assert_true (layanan_test_has_label (page, "Antrean pelayanan sangat lama"));

  /* The status filter narrows the list to the verified one. */
  select_status (page, LAYANAN_COMPLAINT_STATUS_DIVERIFIKASI);
  wait_n_items (complaints, 1);
  wait_loaded (complaints);
  g_assert_cmpint (complaint_at (complaints, 0)->id, ==, fixture->verified_id);
  g_assert_cmpint (complaint_at (complaints, 0)->status, ==,
                   LAYANAN_COMPLAINT_STATUS_DIVERIFIKASI);
  /* The counter speaks of the whole register, not the filtered rows. */
  layanan_test_iterate_until (label_shown,
                              &(LabelWait) { page, "1 complaint · 1 overdue · 0 due soon" });
  g_assert_true (layanan_test_has_label (page, "1 complaint · 1 overdue · 0 due soon"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_search_and_sort (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWidget *page;
  GtkWidget *window;
  GListModel *complaints;
  GListModel *columns;
  GtkColumnView *view;
  gboolean sorted = FALSE;
  guint n = 0;

  add_complaints (fixture);
  window = show_page (fixture, &page);
  complaints = layanan_test_find_column_view_model (page);
  wait_loaded (complaints);

  /* A word of a description finds its complaint, marked; the confidential
   * name stays out of the snippet's row too. */
  search (page, "pungutan");
  wait_n_items (complaints, 1);
  wait_loaded (complaints);
  g_assert_nonnull (strstr (complaint_at (complaints, 0)->snippet, "\001pungutan\002"));
  g_assert_null (complaint_at (complaints, 0)->complainant_name);
  g_assert_null (layanan_test_find_widget (window, shows_text, SECRET_NAME));

  /* A word that no complaint holds leaves the "no results" page. */
  search (page, "jembatan");
  wait_n_items (complaints, 0);
  wait_loaded (complaints);
  g_assert_true (layanan_test_has_label (page, "No Complaints Found"));

  search (page, "");
  wait_n_items (complaints, 3);
  wait_loaded (complaints);

  /* Sorting by Received sorts in SQL: the oldest first, then last. */
  view = GTK_COLUMN_VIEW (layanan_test_find_nth_widget (page, GTK_TYPE_COLUMN_VIEW, &n));
  columns = gtk_column_view_get_columns (view);
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_title (column), "Received") != 0)
        continue;
      gtk_column_view_sort_by_column (view, column, GTK_SORT_ASCENDING);
      wait_loaded (complaints);
      g_assert_cmpstr (complaint_at (complaints, 0)->complainant_name, ==, OPEN_NAME);
      gtk_column_view_sort_by_column (view, column, GTK_SORT_DESCENDING);
      wait_loaded (complaints);
      g_assert_cmpstr (complaint_at (complaints, 2)->complainant_name, ==, OPEN_NAME);
      sorted = TRUE;
    }
  g_assert_true (sorted);
  g_assert_cmpint (layanan_complaint_list_get_query (LAYANAN_COMPLAINT_LIST (complaints))->sort,
                   ==, LAYANAN_COMPLAINT_SORT_RECEIVED);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
dialog_shown (gpointer data)
{
  return layanan_test_find_toplevel (LAYANAN_TYPE_COMPLAINT_DIALOG) != NULL;
}

static void
test_empty_and_new (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *page;
  GtkWidget *window = show_page (fixture, &page);
  GListModel *complaints = layanan_test_find_column_view_model (page);
  GtkWindow *dialog;

  wait_loaded (complaints);
  g_assert_cmpuint (g_list_model_get_n_items (complaints), ==, 0);
  g_assert_true (layanan_test_has_label (page, "No Complaints Yet"));
  g_assert_true (layanan_test_has_label (page, "0 complaints · 0 overdue · 0 due soon"));

  /* "New Complaint" opens the registration dialog over the window. */
  g_assert_true (gtk_widget_activate_action (page, "complaints.new", NULL));
  layanan_test_iterate_until (dialog_shown, NULL);
  dialog = layanan_test_find_toplevel (LAYANAN_TYPE_COMPLAINT_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));

  gtk_window_destroy (dialog);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  if (!layanan_test_ui_init (&argc, &argv))
    return 77;

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ui/complaints/list-and-filter", test_list_and_filter);
  ADD ("/ui/complaints/search-and-sort", test_search_and_sort);
  ADD ("/ui/complaints/empty-and-new", test_empty_and_new);

#undef ADD

  return g_test_run ();
}
