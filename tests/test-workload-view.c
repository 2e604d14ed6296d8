/* test-workload-view.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "layanan-date.h"
#include "layanan-meeting-dialog.h"
#include "layanan-meetings-view.h"
#include "layanan-test-ui.h"
#include "layanan-test-util.h"
#include "layanan-workload-entry.h"
#include "layanan-workload-view.h"

#define STAFF_NAME "Rina Wulandari"
#define LETTER_HAL "Permohonan bantuan hibah rumah ibadah"
#define COMPLAINT_LINE "Bantuan sosial belum cair"

typedef struct
{
  char            *dir;
  LayananDatabase *database;
  LayananCalendar *calendar;
  LayananCategory *category;     /* 5 working days */
  gint64           unit_id;
  gint64           staff_id;
} Fixture;

/* Days are the bureau's (WIB), as the store and the view count them. */
static GDateTime *
wib_now (void)
{
  g_autoptr(GTimeZone) wib = g_time_zone_new_identifier ("+07:00");

  return g_date_time_new_now (wib);
}

static char *
days_ago (int days)
{
  g_autoptr(GDateTime) now = wib_now ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, -days);

  return g_date_time_format_iso8601 (then);
}

static char *
day_of (int days_back)
{
  g_autoptr(GDateTime) now = wib_now ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, -days_back);

  return g_date_time_format (then, "%Y-%m-%d");
}

static void
add_staff (Fixture *fixture)
{
  g_autoptr(LayananStaff) staff = g_new0 (LayananStaff, 1);
  g_autoptr(GError) error = NULL;

  staff->unit_id = fixture->unit_id;
  staff->name = g_strdup (STAFF_NAME);
  staff->active = TRUE;
  layanan_database_save_staff (fixture->database, staff, &error);
  g_assert_no_error (error);
  fixture->staff_id = staff->id;
}

/* A complaint received 30 days ago (5 working days to settle), forwarded
 * to the staff member an hour later and left open: long overdue. */
static void
add_overdue_complaint (Fixture *fixture)
{
  g_autoptr(LayananComplaint) complaint = layanan_complaint_new ();
  g_autoptr(LayananComplaintStep) verify = layanan_complaint_step_new (LAYANAN_COMPLAINT_STEP_VERIFY);
  g_autoptr(LayananComplaintStep) forward = NULL;
  g_autoptr(GDateTime) received = NULL;
  g_autoptr(GDateTime) later = NULL;
  g_autoptr(GError) error = NULL;

  complaint->unit_id = fixture->unit_id;
  complaint->received_at = days_ago (30);
  complaint->channel = LAYANAN_CHANNEL_WHATSAPP;
  complaint->complainant_name = g_strdup ("Budi Santoso");
  complaint->description = g_strdup (COMPLAINT_LINE "\nSudah tiga bulan menunggu");
  layanan_complaint_set_category (complaint, fixture->category, fixture->calendar);
  layanan_database_add_complaint (fixture->database, complaint, NULL, &error);
  g_assert_no_error (error);

  received = layanan_date_time_parse (complaint->received_at, NULL, &error);
  g_assert_no_error (error);
  later = g_date_time_add_minutes (received, 30);
  verify->at = g_date_time_format_iso8601 (later);
  g_assert_true (layanan_complaint_apply_step (complaint, verify, NULL, fixture->calendar, &error));
  g_assert_true (layanan_database_add_complaint_step (fixture->database, complaint, verify,
                                                      &error));
  g_assert_no_error (error);

  forward = layanan_complaint_step_new (LAYANAN_COMPLAINT_STEP_FORWARD);
  g_clear_pointer (&later, g_date_time_unref);
  later = g_date_time_add_hours (received, 1);
  forward->at = g_date_time_format_iso8601 (later);
  forward->to_staff_id = fixture->staff_id;
  g_assert_true (layanan_complaint_apply_step (complaint, forward, NULL, fixture->calendar,
                                               &error));
  g_assert_true (layanan_database_add_complaint_step (fixture->database, complaint, forward,
                                                      &error));
  g_assert_no_error (error);
}

/* A letter received 30 days ago, disposed to the staff member with a due
 * date 20 days ago, still open. */
static void
add_overdue_letter (Fixture *fixture)
{
  g_autoptr(LayananLetter) letter = layanan_letter_new ();
  g_autoptr(GPtrArray) dispositions = g_ptr_array_new_with_free_func (
    (GDestroyNotify) layanan_disposition_free);
  LayananDisposition *disposition = g_new0 (LayananDisposition, 1);
  g_autoptr(GError) error = NULL;

  letter->unit_id = fixture->unit_id;
  letter->nomor = g_strdup ("400.8/123/2026");
  letter->pengirim = g_strdup ("Yayasan Masjid Al-Ikhlas");
  letter->hal = g_strdup (LETTER_HAL);
  letter->received_at = days_ago (30);
  letter->due_at = days_ago (20);
  letter->due_override_reason = g_strdup ("Diminta pimpinan");
  layanan_database_add_letter (fixture->database, letter, NULL, &error);
  g_assert_no_error (error);

  disposition->to_staff_id = fixture->staff_id;
  disposition->due_date = day_of (20);
  g_ptr_array_add (dispositions, disposition);
  layanan_database_add_dispositions (fixture->database, letter->id, dispositions, &error);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = layanan_test_make_tmp_dir ("workload-view");
  fixture->database = layanan_test_open_app_database (fixture->dir);
  fixture->calendar = layanan_database_load_calendar (fixture->database, &error);
  g_assert_no_error (error);
  fixture->unit_id = layanan_test_top_unit_id (fixture->database);
  fixture->category = layanan_test_add_category (fixture->database, "Pengaduan uji", 5);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  layanan_category_free (fixture->category);
  g_clear_object (&fixture->calendar);
  g_clear_object (&fixture->database);
  layanan_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* ─────────────────────────── Helpers ─────────────────────────── */

static GtkWidget *
show_view (Fixture *fixture)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *view = layanan_workload_view_new (fixture->database);

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 760);
  adw_window_set_content (ADW_WINDOW (window), view);
  layanan_test_show_window (GTK_WINDOW (window));
  return view;
}

static gboolean
is_loaded (gpointer view)
{
  return !layanan_workload_view_is_loading (view);
}

static void
wait_loaded (GtkWidget *view)
{
  for (int i = 0; i < 3; i++)
    g_main_context_iteration (NULL, FALSE);
  layanan_test_iterate_until (is_loaded, view);
  g_assert_false (layanan_workload_view_is_loading (LAYANAN_WORKLOAD_VIEW (view)));
}

static gboolean
is_period_chooser (GtkWidget     *widget,
                   gconstpointer  data)
{
  GListModel *model;

  if (!GTK_IS_DROP_DOWN (widget))
    return FALSE;
  model = gtk_drop_down_get_model (GTK_DROP_DOWN (widget));
  return GTK_IS_STRING_LIST (model)
         && g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), 0),
                       "This month") == 0;
}

/* Custom dates from two months ago to today: the assignments of the
 * fixture (30 days ago, and the disposition made today) fall inside. */
static void
choose_custom_period (GtkWidget *view)
{
  GtkWidget *chooser = layanan_test_find_widget (view, is_period_chooser, NULL);
  g_autofree char *from = day_of (60);
  g_autofree char *to = day_of (0);
  guint n = 0;
  GtkWidget *from_entry, *to_entry;

  g_assert_nonnull (chooser);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (chooser), 3);
  from_entry = layanan_test_find_nth_widget (view, GTK_TYPE_ENTRY, &n);
  n = 1;
  to_entry = layanan_test_find_nth_widget (view, GTK_TYPE_ENTRY, &n);
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (from_entry)));

  /* A date that does not exist is refused on the spot. */
  gtk_editable_set_text (GTK_EDITABLE (from_entry), "2026-02-31");
  g_assert_true (gtk_widget_has_css_class (gtk_widget_get_parent (from_entry), "error"));

  gtk_editable_set_text (GTK_EDITABLE (from_entry), from);
  gtk_editable_set_text (GTK_EDITABLE (to_entry), to);
  g_assert_false (gtk_widget_has_css_class (gtk_widget_get_parent (from_entry), "error"));
  wait_loaded (view);
}

static guint
find_staff_row (GListModel               *model,
                const LayananWorkloadRow **found)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LayananWorkloadEntry) entry = g_list_model_get_item (model, i);
      const LayananWorkloadRow *row = layanan_workload_entry_get_row (entry);

      if (!row->is_section && g_strcmp0 (row->name, STAFF_NAME) == 0)
        {
          *found = row;
          return i;
        }
    }
  g_assert_not_reached ();
}

static gboolean
is_error_label (GtkWidget     *widget,
                gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "error")
         && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0;
}

static gboolean
is_row_containing (GtkWidget     *widget,
                   gconstpointer  text)
{
  return ADW_IS_ACTION_ROW (widget)
         && strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), text) != NULL;
}

typedef struct
{
  GtkWidget  *root;
  const char *text;
} RowWait;

static gboolean
row_shown (gpointer data)
{
  RowWait *wait = data;

  return layanan_test_find_widget (wait->root, is_row_containing, wait->text) != NULL;
}

static GtkWidget *
wait_row (GtkWidget  *root,
          const char *text)
{
  RowWait wait = { root, text };

  layanan_test_iterate_until (row_shown, &wait);
  return layanan_test_find_widget (root, is_row_containing, text);
}

/* ─────────────────────────── Workload ─────────────────────────── */

static void
test_counts_and_items (Fixture       *fixture,
                       gconstpointer  data)
{
  const LayananWorkloadRow *row = NULL;
  GtkWidget *view, *window;
  GListModel *model;
  GtkSelectionModel *selection;
  guint n = 0, position;
  GtkWidget *column_view;

  add_staff (fixture);
  add_overdue_complaint (fixture);
  add_overdue_letter (fixture);

  view = show_view (fixture);
  wait_loaded (view);
  choose_custom_period (view);

  model = layanan_test_find_column_view_model (view);
  position = find_staff_row (model, &row);
  g_assert_cmpuint (row->letters_assigned, ==, 1);
  g_assert_cmpuint (row->complaints_assigned, ==, 1);
  g_assert_cmpuint (row->letters_open + row->complaints_open, ==, 2);
  g_assert_cmpuint (row->overdue, ==, 2);
  g_assert_cmpuint (row->done_on_time + row->done_late, ==, 0);
  /* The letter was disposed today (0 days old); the complaint was assigned
   * 30 calendar days ago, about 20 working days: one of the two oldest
   * buckets, whichever side of the line. */
  g_assert_cmpuint (row->ageing[0], ==, 1);
  g_assert_cmpuint (row->ageing[1], ==, 0);
  g_assert_cmpuint (row->ageing[2] + row->ageing[3], ==, 1);

  /* The table shows them, the overdue count marked as an error and
   * nothing finished read as a dash. */
  g_assert_nonnull (layanan_test_find_widget (view, is_error_label, "2"));
  g_assert_true (layanan_test_has_label (view, STAFF_NAME));
  g_assert_true (layanan_test_has_label (view, "—"));

  /* Choosing the row lists its items; a letter opens in its window. */
  column_view = layanan_test_find_nth_widget (view, GTK_TYPE_COLUMN_VIEW, &n);
  selection = gtk_column_view_get_model (GTK_COLUMN_VIEW (column_view));
  gtk_selection_model_select_item (selection, position, TRUE);
  g_assert_nonnull (wait_row (view, LETTER_HAL));
  g_assert_nonnull (wait_row (view, COMPLAINT_LINE));
  wait_loaded (view);

  g_signal_emit_by_name (gtk_widget_get_parent (wait_row (view, LETTER_HAL)), "row-activated",
                         wait_row (view, LETTER_HAL));
  window = GTK_WIDGET (layanan_test_find_toplevel (g_type_from_name ("LayananLetterWindow")));
  g_assert_nonnull (window);
  gtk_window_destroy (GTK_WINDOW (window));

  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (view)));
}

/* ─────────────────────────── Meetings ─────────────────────────── */

static char *
month_label (int months_back)
{
  g_autoptr(GDateTime) now = wib_now ();
  g_autoptr(GDateTime) then = g_date_time_add_months (now, -months_back);

  return g_strdup_printf ("%s %d", layanan_date_month_name (g_date_time_get_month (then)),
                          g_date_time_get_year (then));
}

static void
save_meeting (Fixture *fixture,
              int      months_back)
{
  g_autoptr(LayananMeeting) meeting = layanan_meeting_new ();
  g_autoptr(GDateTime) now = wib_now ();
  g_autoptr(GDateTime) then = g_date_time_add_months (now, -months_back);
  LayananMeetingDecision *open = g_new0 (LayananMeetingDecision, 1);
  LayananMeetingDecision *done = g_new0 (LayananMeetingDecision, 1);
  g_autoptr(GError) error = NULL;

  meeting->unit_id = fixture->unit_id;
  meeting->date = g_strdup_printf ("%04d-%02d-10", g_date_time_get_year (then),
                                   g_date_time_get_month (then));
  meeting->attendees = g_strdup ("Kepala Biro\nKasubbag TU\n" STAFF_NAME "\n");
  meeting->notes = g_strdup ("Evaluasi bulanan");
  open->decision = g_strdup ("Tambah petugas loket");
  open->owner = g_strdup ("Kasubbag TU");
  done->decision = g_strdup ("Perbarui papan informasi");
  done->done = TRUE;
  g_ptr_array_add (meeting->decisions, open);
  g_ptr_array_add (meeting->decisions, done);
  layanan_database_save_meeting (fixture->database, meeting, &error);
  g_assert_no_error (error);
}

static gboolean
dialog_shown (gpointer data)
{
  return layanan_test_find_toplevel (LAYANAN_TYPE_MEETING_DIALOG) != NULL;
}

static gboolean
is_delete_button (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GTK_IS_BUTTON (widget)
         && g_strcmp0 (gtk_widget_get_tooltip_text (widget), "Delete Meeting") == 0;
}

static gint64
count_meetings (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) meetings = layanan_database_list_meetings (fixture->database,
                                                                  fixture->unit_id, &error);

  g_assert_no_error (error);
  return meetings->len;
}

static void
test_meetings (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *met = month_label (2);
  g_autofree char *missed = month_label (1);
  g_autofree char *missed_earlier = month_label (3);
  g_autoptr(GDateTime) now = wib_now ();
  g_autoptr(GDateTime) then = g_date_time_add_months (now, -2);
  g_autoptr(GDate) date = g_date_new_dmy (10, g_date_time_get_month (then),
                                          g_date_time_get_year (then));
  g_autofree char *date_text = layanan_date_format_long (date);
  GtkWidget *view, *missing, *row, *meetings, *delete_button;
  AdwMessageDialog *confirm;
  GtkWindow *dialog;
  guint n = 0;

  save_meeting (fixture, 2);
  view = show_view (fixture);
  wait_loaded (view);

  /* The saved meeting, with its attendees and the decision still open. */
  row = wait_row (view, date_text);
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "3 attendees · 1 decision open");

  /* The months around it had none. */
  missing = wait_row (view, "No meeting in: ");
  g_assert_nonnull (missing);
  g_assert_true (gtk_widget_get_visible (missing));
  layanan_test_assert_contains (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (missing)),
                                missed);
  layanan_test_assert_contains (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (missing)),
                                missed_earlier);
  g_assert_null (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (missing)), met));

  /* A new meeting from the dialog: a wrong date is refused and nothing is
   * saved; a right one is saved with its decision. */
  meetings = layanan_test_find_nth_widget (view, LAYANAN_TYPE_MEETINGS_VIEW, &n);
  g_assert_nonnull (meetings);
  g_assert_true (gtk_widget_activate_action (meetings, "meetings.new", NULL));
  layanan_test_iterate_until (dialog_shown, NULL);
  dialog = layanan_test_find_toplevel (LAYANAN_TYPE_MEETING_DIALOG);
  g_assert_nonnull (dialog);

  n = 0;
  gtk_editable_set_text (GTK_EDITABLE (layanan_test_find_nth_widget (GTK_WIDGET (dialog),
                                                                     ADW_TYPE_ENTRY_ROW, &n)),
                         "2026-02-30");
  n = 0;
  gtk_editable_set_text (GTK_EDITABLE (layanan_test_find_nth_widget (GTK_WIDGET (dialog),
                                                                     GTK_TYPE_ENTRY, &n)),
                         "Rapat evaluasi triwulan");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "meeting.save", NULL));
  g_assert_cmpint (count_meetings (fixture), ==, 1);
  g_assert_true (layanan_test_find_toplevel (LAYANAN_TYPE_MEETING_DIALOG) == dialog);

  n = 0;
  gtk_editable_set_text (GTK_EDITABLE (layanan_test_find_nth_widget (GTK_WIDGET (dialog),
                                                                     ADW_TYPE_ENTRY_ROW, &n)),
                         "2025-12-15");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "meeting.save", NULL));
  g_assert_cmpint (count_meetings (fixture), ==, 2);
  row = wait_row (view, "15 December 2025");
  g_assert_nonnull (row);

  /* Deleting asks first: cancelling keeps the meeting, confirming removes it. */
  delete_button = layanan_test_find_widget (row, is_delete_button, NULL);
  g_assert_nonnull (delete_button);
  g_signal_emit_by_name (delete_button, "clicked");
  confirm = layanan_test_find_message_dialog ();
  g_assert_nonnull (confirm);
  adw_message_dialog_response (confirm, "cancel");
  g_assert_cmpint (count_meetings (fixture), ==, 2);
  gtk_window_destroy (GTK_WINDOW (confirm));

  g_signal_emit_by_name (delete_button, "clicked");
  confirm = layanan_test_find_message_dialog ();
  g_assert_nonnull (confirm);
  adw_message_dialog_response (confirm, "delete");
  g_assert_cmpint (count_meetings (fixture), ==, 1);
  gtk_window_destroy (GTK_WINDOW (confirm));
  g_assert_null (layanan_test_find_widget (view, is_row_containing, "15 December 2025"));

  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (view)));
}

int
main (int   argc,
      char *argv[])
{
  if (!layanan_test_ui_init (&argc, &argv))
    return 77;

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ui/workload/counts-and-items", test_counts_and_items);
  ADD ("/ui/workload/meetings", test_meetings);

#undef ADD

  return g_test_run ();
}
