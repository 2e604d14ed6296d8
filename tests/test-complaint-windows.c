/* test-complaint-windows.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "layanan-complaint-dialog.h"
#include "layanan-complaint-step-dialog.h"
#include "layanan-complaint-window.h"
#include "layanan-date.h"
#include "layanan-error.h"
#include "layanan-test-ui.h"
#include "layanan-test-util.h"

#define STAFF_NAME "Siti Aminah"
#define RESPONSE "Bantuan sudah disalurkan pada 3 Maret; mohon dicek kembali."

typedef struct
{
  char            *dir;
  LayananDatabase *database;
  gint64           unit_id;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) units = NULL;

  fixture->dir = layanan_test_make_tmp_dir ("complaint-windows");
  fixture->database = layanan_test_open_app_database (fixture->dir);
  layanan_database_ensure_categories (fixture->database, &error);
  g_assert_no_error (error);
  units = layanan_database_list_units (fixture->database, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (units->len, >, 0);
  fixture->unit_id = ((LayananUnit *) g_ptr_array_index (units, 0))->id;
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->database);
  layanan_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static LayananCategory *
first_category (Fixture *fixture)
{
  g_autoptr(GPtrArray) categories = NULL;
  g_autoptr(GError) error = NULL;

  categories = layanan_database_list_categories (fixture->database, fixture->unit_id, FALSE,
                                                 &error);
  g_assert_no_error (error);
  g_assert_cmpuint (categories->len, >, 0);
  return layanan_category_copy (g_ptr_array_index (categories, 0));
}

/* How many complaints the register holds: the ids count up from 1. */
static gint64
count_complaints (Fixture *fixture)
{
  gint64 count = 0;

  for (;;)
    {
      g_autoptr(LayananComplaint) complaint = NULL;
      g_autoptr(GError) error = NULL;

      complaint = layanan_database_load_complaint (fixture->database, count + 1, &error);
      if (complaint == NULL)
        {
          g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND);
          return count;
        }
      count++;
    }
}

static gboolean
is_button_labelled (GtkWidget     *widget,
                    gconstpointer  text)
{
  GtkWidget *child = GTK_IS_BUTTON (widget) ? gtk_button_get_child (GTK_BUTTON (widget)) : NULL;

  return GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), text) == 0;
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  GtkWidget *button = layanan_test_find_widget (root, is_button_labelled, label);

  g_assert_nonnull (button);
  return button;
}

static void
click (GtkWidget  *root,
       const char *label)
{
  g_signal_emit_by_name (find_button (root, label), "clicked");
}

static void
set_row_text (GtkWidget  *root,
              const char *title,
              const char *text)
{
  GtkWidget *row = layanan_test_find_row (root, title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static gboolean
is_text_view_named (GtkWidget     *widget,
                    gconstpointer  data)
{
  return GTK_IS_TEXT_VIEW (widget);
}

static void
set_text_view (GtkWidget  *root,
               const char *text)
{
  GtkWidget *view = layanan_test_find_widget (root, is_text_view_named, NULL);

  g_assert_nonnull (view);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
}

static void
saved_cb (LayananComplaintDialog *dialog,
          gint64                  complaint_id,
          gint64                 *saved_id)
{
  *saved_id = complaint_id;
}

static LayananComplaintDialog *
open_dialog (Fixture *fixture)
{
  LayananComplaintDialog *dialog = layanan_complaint_dialog_new (NULL, fixture->database,
                                                                 fixture->unit_id);

  layanan_test_show_window (GTK_WINDOW (dialog));
  return dialog;
}

/* Everything a complaint needs but what @skip names. */
static void
fill_dialog (LayananComplaintDialog *dialog,
             const LayananCategory  *category,
             const char             *skip)
{
  GtkWidget *root = GTK_WIDGET (dialog);

  set_row_text (root, "Name", "Budi Santoso");
  set_row_text (root, "Contact", "0812 3456 7890");
  click (root, layanan_channel_kind_get_label (LAYANAN_CHANNEL_WHATSAPP));
  click (root, category->name);
  if (g_strcmp0 (skip, "description") != 0)
    set_text_view (root, "Bantuan sosial belum diterima sejak Januari.");
}

static void
test_register (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(LayananCategory) category = first_category (fixture);
  LayananComplaintDialog *dialog = open_dialog (fixture);
  g_autoptr(LayananComplaint) complaint = NULL;
  g_autoptr(LayananCalendar) calendar = NULL;
  g_autoptr(GDateTime) received = NULL;
  g_autoptr(GDateTime) due = NULL;
  g_autoptr(GDateTime) stored_due = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *due_row;
  gint64 saved_id = 0;

  g_signal_connect (dialog, "saved", G_CALLBACK (saved_cb), &saved_id);
  fill_dialog (dialog, category, NULL);

  /* The category's deadline shows before saving. */
  due_row = layanan_test_find_row (GTK_WIDGET (dialog), "Due");
  {
    g_autofree char *deadline = layanan_duration_to_string (&category->deadline);

    g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (due_row)), deadline));
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "complaint-dialog.save", NULL));
  g_assert_cmpint (saved_id, >, 0);
  complaint = layanan_database_load_complaint (fixture->database, saved_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (complaint->channel, ==, LAYANAN_CHANNEL_WHATSAPP);
  g_assert_cmpint (complaint->category_id, ==, category->id);
  g_assert_cmpstr (complaint->complainant_name, ==, "Budi Santoso");
  g_assert_cmpint (complaint->register_number, ==, 1);

  /* Due by the category's deadline from the time received, on the one calendar. */
  calendar = layanan_database_load_calendar (fixture->database, &error);
  g_assert_no_error (error);
  received = layanan_date_time_parse (complaint->received_at, NULL, NULL);
  due = layanan_calendar_due (calendar, received, &category->deadline);
  stored_due = layanan_date_time_parse (complaint->due_at, NULL, NULL);
  g_assert_nonnull (stored_due);
  g_assert_true (g_date_time_equal (due, stored_due));
}

static gboolean
label_contains (GtkWidget     *widget,
                gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget)
         && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

static void
test_refuses_incomplete (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(LayananCategory) category = first_category (fixture);
  LayananComplaintDialog *dialog = open_dialog (fixture);
  GtkWidget *root = GTK_WIDGET (dialog);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) later = g_date_time_add_days (now, 2);
  g_autofree char *later_text = g_date_time_format (later, "%d/%m/%Y");
  gint64 saved_id = 0;

  g_signal_connect (dialog, "saved", G_CALLBACK (saved_cb), &saved_id);
  fill_dialog (dialog, category, "description");

  /* No description: refused with the field named; nothing stored or lost. */
  g_assert_true (gtk_widget_activate_action (root, "complaint-dialog.save", NULL));
  g_assert_cmpint (saved_id, ==, 0);
  g_assert_cmpint (count_complaints (fixture), ==, 0);
  g_assert_nonnull (layanan_test_find_widget (root, label_contains,
                                              "Say what the complaint is about"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (layanan_test_find_row (root, "Name"))),
                   ==, "Budi Santoso");
  g_assert_true (layanan_test_find_toplevel (LAYANAN_TYPE_COMPLAINT_DIALOG) == GTK_WINDOW (dialog));

  /* A time received later than now is refused on its row. */
  set_text_view (root, "Bantuan sosial belum diterima.");
  set_row_text (root, "Date Received", later_text);
  g_assert_true (gtk_widget_activate_action (root, "complaint-dialog.save", NULL));
  g_assert_cmpint (count_complaints (fixture), ==, 0);
  g_assert_nonnull (layanan_test_find_widget (root, label_contains, "Later than now"));

  /* A malformed SP4N-LAPOR! number too. */
  set_row_text (root, "Date Received", "02/03/2026");
  click (root, layanan_channel_kind_get_label (LAYANAN_CHANNEL_SP4N_LAPOR));
  set_row_text (root, "SP4N-LAPOR! Number", "nomor saya");
  g_assert_true (gtk_widget_activate_action (root, "complaint-dialog.save", NULL));
  g_assert_cmpint (count_complaints (fixture), ==, 0);
  g_assert_true (gtk_widget_has_css_class (layanan_test_find_row (root, "SP4N-LAPOR! Number"),
                                           "error"));

  set_row_text (root, "SP4N-LAPOR! Number", "#1916449");
  g_assert_true (gtk_widget_activate_action (root, "complaint-dialog.save", NULL));
  g_assert_cmpint (count_complaints (fixture), ==, 1);
  g_assert_cmpint (saved_id, >, 0);
}

static gint64
add_complaint (Fixture  *fixture,
               gboolean  confidential)
{
  g_autoptr(LayananCategory) category = first_category (fixture);
  g_autoptr(LayananComplaint) complaint = layanan_complaint_new ();
  g_autoptr(LayananCalendar) calendar = layanan_database_load_calendar (fixture->database, NULL);
  g_autoptr(GError) error = NULL;

  complaint->unit_id = fixture->unit_id;
  complaint->received_at = g_strdup ("2026-03-02T09:00:00+07:00");
  complaint->channel = LAYANAN_CHANNEL_TATAP_MUKA;
  complaint->complainant_name = g_strdup ("Rahasia Pelapor");
  complaint->confidential = confidential;
  complaint->description = g_strdup ("Pelayanan lambat.");
  layanan_complaint_set_category (complaint, category, calendar);
  layanan_database_add_complaint (fixture->database, complaint, NULL, &error);
  g_assert_no_error (error);
  return complaint->id;
}

static LayananComplaintStepDialog *
open_step (LayananComplaintWindow *window,
           const char             *action)
{
  GtkWindow *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
  dialog = layanan_test_find_toplevel (LAYANAN_TYPE_COMPLAINT_STEP_DIALOG);
  g_assert_nonnull (dialog);
  return LAYANAN_COMPLAINT_STEP_DIALOG (dialog);
}

static LayananComplaintStatus
stored_status (Fixture *fixture,
               gint64   id)
{
  g_autoptr(LayananComplaint) complaint = NULL;
  g_autoptr(GError) error = NULL;

  complaint = layanan_database_load_complaint (fixture->database, id, &error);
  g_assert_no_error (error);
  return complaint->status;
}

static void
take_step (LayananComplaintWindow *window,
           const char             *action)
{
  LayananComplaintStepDialog *dialog = open_step (window, action);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "step.apply", NULL));
  g_assert_null (layanan_test_find_toplevel (LAYANAN_TYPE_COMPLAINT_STEP_DIALOG));
}

static guint
count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

static gboolean
is_timeline (GtkWidget     *widget,
             gconstpointer  data)
{
  return GTK_IS_LIST_BOX (widget) && gtk_widget_has_css_class (widget, "timeline");
}

static void
test_steps (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(LayananStaff) staff = g_new0 (LayananStaff, 1);
  g_autoptr(GError) error = NULL;
  LayananComplaintStepDialog *dialog;
  LayananComplaintWindow *window;
  GtkWidget *timeline;
  gint64 id = add_complaint (fixture, FALSE);
  guint n = 0;

  staff->unit_id = fixture->unit_id;
  staff->name = g_strdup (STAFF_NAME);
  staff->active = TRUE;
  layanan_database_save_staff (fixture->database, staff, &error);
  g_assert_no_error (error);

  window = layanan_complaint_window_new (NULL, fixture->database, id);
  layanan_test_show_window (GTK_WINDOW (window));

  /* Only the steps the flow allows now can be taken. */
  g_assert_true (gtk_widget_get_sensitive (find_button (GTK_WIDGET (window), "Verify")));
  g_assert_false (gtk_widget_get_sensitive (find_button (GTK_WIDGET (window), "Settle…")));

  take_step (window, "complaint.verify");
  g_assert_cmpint (stored_status (fixture, id), ==, LAYANAN_COMPLAINT_STATUS_DIVERIFIKASI);
  g_assert_false (gtk_widget_get_sensitive (find_button (GTK_WIDGET (window), "Verify")));

  dialog = open_step (window, "complaint.forward");
  gtk_editable_set_text (GTK_EDITABLE (layanan_test_find_nth_widget (GTK_WIDGET (dialog),
                                                                     GTK_TYPE_ENTRY, &n)),
                         STAFF_NAME);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "step.apply", NULL));
  g_assert_cmpint (stored_status (fixture, id), ==, LAYANAN_COMPLAINT_STATUS_DITERUSKAN);

  take_step (window, "complaint.follow-up");
  g_assert_cmpint (stored_status (fixture, id), ==, LAYANAN_COMPLAINT_STATUS_DITINDAKLANJUTI);

  /* Settling without a response is refused; the dialog keeps what was typed. */
  dialog = open_step (window, "complaint.settle");
  set_row_text (GTK_WIDGET (dialog), "Note", "Dicek ke Dinas Sosial");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "step.apply", NULL));
  g_assert_cmpint (stored_status (fixture, id), ==, LAYANAN_COMPLAINT_STATUS_DITINDAKLANJUTI);
  g_assert_true (layanan_test_find_toplevel (LAYANAN_TYPE_COMPLAINT_STEP_DIALOG)
                 == GTK_WINDOW (dialog));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (layanan_test_find_row (GTK_WIDGET (dialog),
                                                                               "Note"))),
                   ==, "Dicek ke Dinas Sosial");

  set_text_view (GTK_WIDGET (dialog), RESPONSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "step.apply", NULL));
  g_assert_cmpint (stored_status (fixture, id), ==, LAYANAN_COMPLAINT_STATUS_SELESAI);

  /* The timeline: received, verified, forwarded, followed up, settled with the response. */
  timeline = layanan_test_find_widget (GTK_WIDGET (window), is_timeline, NULL);
  g_assert_nonnull (timeline);
  g_assert_cmpuint (count_children (timeline), ==, 5);
  g_assert_true (layanan_test_has_label (timeline, "Response to complainant"));
  g_assert_true (layanan_test_has_label (timeline, RESPONSE));
  g_assert_nonnull (layanan_test_find_widget (timeline, label_contains, STAFF_NAME));
  g_assert_true (layanan_test_has_label (GTK_WIDGET (window), "Settled"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_confidential_shows_name (Fixture       *fixture,
                              gconstpointer  data)
{
  gint64 id = add_complaint (fixture, TRUE);
  LayananComplaintWindow *window = layanan_complaint_window_new (NULL, fixture->database, id);
  GtkWidget *name_row;

  layanan_test_show_window (GTK_WINDOW (window));
  name_row = layanan_test_find_row (GTK_WIDGET (window), "Name");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "Rahasia Pelapor");
  g_assert_true (gtk_widget_get_visible (name_row));
  g_assert_true (layanan_test_has_label (GTK_WIDGET (window), "Confidential"));
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

  ADD ("/ui/complaints/register", test_register);
  ADD ("/ui/complaints/refuses-incomplete", test_refuses_incomplete);
  ADD ("/ui/complaints/steps", test_steps);
  ADD ("/ui/complaints/confidential-shows-name", test_confidential_shows_name);

#undef ADD

  return g_test_run ();
}
