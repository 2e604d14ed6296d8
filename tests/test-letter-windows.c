/* test-letter-windows.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "layanan-date.h"
#include "layanan-disposition-dialog.h"
#include "layanan-disposition-sheet.h"
#include "layanan-intake-window.h"
#include "layanan-letter-item.h"
#include "layanan-letter-list.h"
#include "layanan-letter-window.h"
#include "layanan-letters-page.h"
#include "layanan-pdf-text.h"
#include "layanan-preferences-window.h"
#include "layanan-test-ui.h"
#include "layanan-test-util.h"

/* The born-digital fixture and what it says (tests/data/letters/01-…). */
#define FIXTURE_PDF "01-dinsos-fasilitasi-pergub.pdf"
#define FIXTURE_NOMOR "400.9/2417/Dinsos-A/2025"
#define SERVICE_30_HK "Fasilitasi Penyusunan Kebijakan Daerah"

typedef struct
{
  char            *dir;
  LayananDatabase *database;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = layanan_test_make_tmp_dir ("letter-windows");
  fixture->database = layanan_test_open_app_database (fixture->dir);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->database);
  layanan_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static GListModel *
fixture_files (void)
{
  GListStore *files = g_list_store_new (G_TYPE_FILE);
  g_autofree char *path = g_build_filename (g_getenv ("LAYANAN_SOURCE_ROOT"), "tests", "data",
                                            "letters", FIXTURE_PDF, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_list_store_append (files, file);
  return G_LIST_MODEL (files);
}

static const char *
row_text (GtkWidget  *root,
          const char *title)
{
  GtkWidget *row = layanan_test_find_row (root, title);

  g_assert_nonnull (row);
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static gboolean
nomor_filled (gpointer window)
{
  return *row_text (window, "Number") != '\0';
}

static void
saved_cb (gpointer     instance,
          const char  *message,
          char       **last_message)
{
  g_free (*last_message);
  *last_message = g_strdup (message);
}

static gint64
count_letters (Fixture *fixture)
{
  g_autoptr(LayananLetterQuery) query = layanan_letter_query_new ();
  g_autoptr(GError) error = NULL;
  gint64 count = layanan_database_count_letters (fixture->database, query, &error);

  g_assert_no_error (error);
  return count;
}

static void
select_service (GtkWidget  *root,
                const char *name)
{
  AdwComboRow *row = ADW_COMBO_ROW (layanan_test_find_row (root, "Service"));
  GListModel *names = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    {
      if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (names), i), name) == 0)
        {
          adw_combo_row_set_selected (row, i);
          return;
        }
    }
  g_assert_not_reached ();
}

static LayananIntakeWindow *
open_intake (Fixture *fixture)
{
  g_autoptr(GListModel) files = fixture_files ();
  LayananIntakeWindow *window = layanan_intake_window_new (NULL, fixture->database, files);

  layanan_test_show_window (GTK_WINDOW (window));
  layanan_test_iterate_until (nomor_filled, window);
  return window;
}

static LayananLetter *
load_only_letter (Fixture *fixture)
{
  g_autoptr(LayananLetterQuery) query = layanan_letter_query_new ();
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  LayananLetter *letter;

  rows = layanan_database_query_letters (fixture->database, query, NULL, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 1);
  letter = layanan_database_load_letter (fixture->database,
                                         ((LayananLetterRow *) g_ptr_array_index (rows, 0))->id,
                                         &error);
  g_assert_no_error (error);
  return letter;
}

/* Whether @due_at is when a letter received at @received_at falls due under
 * a 30-working-day standard, through the same calendar as the window. */
static gboolean
is_due_in_30_working_days (Fixture    *fixture,
                           const char *received_at,
                           const char *due_at)
{
  g_autoptr(LayananCalendar) calendar = layanan_database_load_calendar (fixture->database, NULL);
  g_autoptr(GDateTime) received = layanan_date_time_parse (received_at, NULL, NULL);
  g_autoptr(GDateTime) stored = layanan_date_time_parse (due_at, NULL, NULL);
  LayananDuration thirty = { 30, LAYANAN_DURATION_WORKING_DAYS };
  g_autoptr(GDateTime) due = layanan_calendar_due (calendar, received, &thirty);

  return stored != NULL && g_date_time_equal (due, stored);
}

static gboolean
label_contains (GtkWidget     *widget,
                gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

/* The label in @root whose text holds @text, or NULL. */
static GtkWidget *
find_label_containing (GtkWidget  *root,
                       const char *text)
{
  return layanan_test_find_widget (root, label_contains, text);
}

static gboolean
is_button_labelled (GtkWidget     *widget,
                    gconstpointer  text)
{
  GtkWidget *child = GTK_IS_BUTTON (widget) ? gtk_button_get_child (GTK_BUTTON (widget)) : NULL;

  return GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), text) == 0;
}

static void
click_button_labelled (GtkWidget  *root,
                       const char *text)
{
  /* Mnemonics are left out of the text compared. */
  GtkWidget *button = layanan_test_find_widget (root, is_button_labelled, text);

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
}

static void
test_intake_registers_letter (Fixture       *fixture,
                              gconstpointer  data)
{
  LayananIntakeWindow *window = open_intake (fixture);
  g_autoptr(LayananLetter) letter = NULL;
  GtkWidget *nomor_row;
  GtkWidget *due_row;
  GtkWidget *service_row;
  g_autofree char *saved = NULL;
  g_autofree char *expected = NULL;

  g_signal_connect (window, "letters-saved", G_CALLBACK (saved_cb), &saved);
  g_object_ref (window);

  /* The scan's fields are offered as suggestions. */
  nomor_row = layanan_test_find_row (GTK_WIDGET (window), "Number");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (nomor_row)), ==, FIXTURE_NOMOR);
  g_assert_true (gtk_widget_has_css_class (nomor_row, "suggestion"));
  g_assert_cmpstr (row_text (GTK_WIDGET (window), "Sender"), ==,
                   "Dinas Sosial Provinsi Kalimantan Barat");

  /* The service is suggested from the subject, and gives the due date. */
  service_row = layanan_test_find_row (GTK_WIDGET (window), "Service");
  g_assert_true (gtk_widget_has_css_class (service_row, "suggestion"));
  due_row = layanan_test_find_row (GTK_WIDGET (window), "Due");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (due_row)),
                            "(30 working days)"));

  /* Accepting clears the marks; another service counts another due date. */
  click_button_labelled (GTK_WIDGET (window), "Accept All");
  g_assert_false (gtk_widget_has_css_class (nomor_row, "suggestion"));
  g_assert_false (gtk_widget_has_css_class (service_row, "suggestion"));
  select_service (GTK_WIDGET (window), "Pelayanan Penyediaan Narasumber");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (due_row)),
                            "(3 days)"));
  select_service (GTK_WIDGET (window), SERVICE_30_HK);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "intake.save", NULL));
  letter = load_only_letter (fixture);
  expected = g_strdup_printf ("Registered as letter 1/%d", letter->agenda_year);
  g_assert_cmpstr (saved, ==, expected);
  g_assert_cmpint (letter->agenda_number, ==, 1);
  g_assert_cmpstr (letter->nomor, ==, FIXTURE_NOMOR);
  g_assert_cmpstr (letter->tanggal, ==, "2025-11-06");
  g_assert_cmpint (letter->service_id, >, 0);
  g_assert_true (is_due_in_30_working_days (fixture, letter->received_at, letter->due_at));
  g_assert_nonnull (strstr (letter->body_text, "Fakir Miskin"));

  /* The last letter registered closes the window. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_object_unref (window);
}

static void
test_intake_warns_of_duplicate (Fixture       *fixture,
                                gconstpointer  data)
{
  LayananIntakeWindow *window = open_intake (fixture);
  AdwMessageDialog *dialog;
  GtkWidget *warning;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "intake.save", NULL));
  g_assert_cmpint (count_letters (fixture), ==, 1);

  /* The same paper scanned again is named before anything is saved. */
  window = open_intake (fixture);
  warning = find_label_containing (GTK_WIDGET (window), "already registered as letter 1/");
  g_assert_nonnull (warning);
  g_assert_true (gtk_widget_is_visible (warning));

  /* Saving asks first; cancelling saves nothing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "intake.save", NULL));
  dialog = layanan_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpint (count_letters (fixture), ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Three letters straight into the register, with bodies to search. */
static void
add_letters (Fixture *fixture)
{
  static const char * const senders[] = { "Dinas Sosial", "Badan Pusat Statistik", "FKUB Kalbar" };
  static const char * const bodies[] = {
    "permohonan fasilitasi rancangan peraturan gubernur",
    "permohonan data kemiskinan ekstrem per kabupaten",
    "undangan dialog kerukunan umat beragama",
  };
  g_autoptr(GPtrArray) letters = g_ptr_array_new_with_free_func ((GDestroyNotify) layanan_letter_free);
  g_autoptr(GPtrArray) units = layanan_database_list_units (fixture->database, NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (senders); i++)
    {
      LayananLetter *letter = layanan_letter_new ();

      letter->unit_id = ((LayananUnit *) g_ptr_array_index (units, 0))->id;
      letter->nomor = g_strdup_printf ("%u/TEST/2026", i + 1);
      letter->pengirim = g_strdup (senders[i]);
      letter->hal = g_strdup ("Permohonan");
      letter->body_text = g_strdup (bodies[i]);
      g_ptr_array_add (letters, letter);
    }
  layanan_database_add_letters (fixture->database, letters, NULL, NULL, &error);
  g_assert_no_error (error);
}

static const LayananLetterRow *
letter_at (GListModel *letters,
           guint       position)
{
  g_autoptr(LayananLetterItem) item = g_list_model_get_item (letters, position);

  g_assert_nonnull (item);
  /* The list keeps its pages, so the row outlives this reference. */
  return layanan_letter_item_get_row (item);
}

static gboolean
has_one_letter (gpointer letters)
{
  return g_list_model_get_n_items (letters) == 1;
}

static gboolean
is_loaded (gpointer letters)
{
  return !layanan_letter_list_is_loading (letters);
}

/* The list counts in a worker; wait for it as the eye would. */
static void
wait_loaded (GListModel *letters)
{
  /* A reload may start on the next main-loop turn (search-changed waits). */
  for (int i = 0; i < 3; i++)
    g_main_context_iteration (NULL, FALSE);
  layanan_test_iterate_until (is_loaded, letters);
  g_assert_false (layanan_letter_list_is_loading (LAYANAN_LETTER_LIST (letters)));
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

static void
test_page_search_and_sort (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = g_object_new (LAYANAN_TYPE_LETTERS_PAGE, NULL);
  GtkColumnView *view;
  GListModel *letters;
  GListModel *columns;
  guint n = 0;

  add_letters (fixture);
  gtk_window_set_child (GTK_WINDOW (window), page);
  layanan_letters_page_set_database (LAYANAN_LETTERS_PAGE (page), fixture->database);
  layanan_test_show_window (GTK_WINDOW (window));

  /* Newest first until a column is chosen. */
  letters = layanan_test_find_column_view_model (page);
  wait_loaded (letters);
  g_assert_cmpuint (g_list_model_get_n_items (letters), ==, 3);
  g_assert_cmpint (letter_at (letters, 0)->agenda_number, ==, 3);
  layanan_test_iterate_until (label_shown, &(LabelWait) { page, "3 letters · 0 overdue · 0 due soon" });
  g_assert_true (layanan_test_has_label (page, "3 letters · 0 overdue · 0 due soon"));

  /* A word of a body finds its letter, with the word marked. */
  gtk_editable_set_text (GTK_EDITABLE (layanan_test_find_nth_widget (page, GTK_TYPE_SEARCH_ENTRY,
                                                                     &n)),
                         "kemiskinan");
  layanan_test_iterate_until (has_one_letter, letters);
  g_assert_cmpuint (g_list_model_get_n_items (letters), ==, 1);
  g_assert_cmpstr (letter_at (letters, 0)->pengirim, ==, "Badan Pusat Statistik");
  g_assert_nonnull (strstr (letter_at (letters, 0)->snippet, "\001kemiskinan\002"));
  n = 0;
  gtk_editable_set_text (GTK_EDITABLE (layanan_test_find_nth_widget (page, GTK_TYPE_SEARCH_ENTRY,
                                                                     &n)), "");
  layanan_letters_page_refresh (LAYANAN_LETTERS_PAGE (page));
  wait_loaded (letters);

  /* Sorting by the Sender column sorts in SQL, both ways. */
  n = 0;
  view = GTK_COLUMN_VIEW (layanan_test_find_nth_widget (page, GTK_TYPE_COLUMN_VIEW, &n));
  columns = gtk_column_view_get_columns (view);
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_title (column), "Sender") == 0)
        {
          gtk_column_view_sort_by_column (view, column, GTK_SORT_ASCENDING);
          wait_loaded (letters);
          g_assert_cmpstr (letter_at (letters, 0)->pengirim, ==, "Badan Pusat Statistik");
          g_assert_cmpstr (letter_at (letters, 2)->pengirim, ==, "FKUB Kalbar");
          gtk_column_view_sort_by_column (view, column, GTK_SORT_DESCENDING);
          wait_loaded (letters);
          g_assert_cmpstr (letter_at (letters, 0)->pengirim, ==, "FKUB Kalbar");
        }
    }
  g_assert_cmpint (layanan_letter_list_get_query (LAYANAN_LETTER_LIST (letters))->sort, ==,
                   LAYANAN_LETTER_SORT_PENGIRIM);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_dispose_and_print (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) dispositions = NULL;
  g_autoptr(LayananLetter) letter = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (fixture->dir, "disposisi.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *agenda = NULL;
  LayananDispositionDialog *dialog;
  LayananLetterWindow *window;
  GtkWidget *process_row;

  add_letters (fixture);
  window = layanan_letter_window_new (NULL, fixture->database, 1);
  layanan_test_show_window (GTK_WINDOW (window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "letter.dispose", NULL));
  dialog = LAYANAN_DISPOSITION_DIALOG (layanan_test_find_toplevel (LAYANAN_TYPE_DISPOSITION_DIALOG));
  g_assert_nonnull (dialog);

  /* Nobody chosen: nothing saved, the dialog stays. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "disposition.save", NULL));
  g_assert_true (LAYANAN_DISPOSITION_DIALOG (layanan_test_find_toplevel (LAYANAN_TYPE_DISPOSITION_DIALOG)) == dialog);

  gtk_editable_set_text (GTK_EDITABLE (layanan_test_find_row (GTK_WIDGET (dialog),
                                                              "Someone Not Listed")),
                         "Siti Aminah");
  process_row = layanan_test_find_row (GTK_WIDGET (dialog), "Process further");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (adw_action_row_get_activatable_widget (
                                 ADW_ACTION_ROW (process_row))), TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "disposition.save", NULL));

  dispositions = layanan_database_list_dispositions (fixture->database, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dispositions->len, ==, 1);
  g_assert_cmpstr (((LayananDisposition *) g_ptr_array_index (dispositions, 0))->to_name, ==,
                   "Siti Aminah");
  g_assert_cmpuint (((LayananDisposition *) g_ptr_array_index (dispositions, 0))->instructions,
                    ==, LAYANAN_INSTRUCTION_PROSES_LANJUT);
  letter = layanan_database_load_letter (fixture->database, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (letter->status, ==, LAYANAN_LETTER_STATUS_DIDISPOSISI);
  g_assert_nonnull (layanan_test_find_row (GTK_WIDGET (window), "From Kepala Biro to Siti Aminah"));

  /* The lembar disposisi, to PDF, says who and what. */
  layanan_disposition_sheet_print (GTK_WINDOW (window), fixture->database, letter, dispositions,
                                   pdf, &error);
  g_assert_no_error (error);
  text = layanan_pdf_extract_text (pdf, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, "LEMBAR DISPOSISI"));
  g_assert_nonnull (strstr (text, "Siti Aminah"));
  agenda = g_strdup_printf ("1/%d", letter->agenda_year);
  g_assert_nonnull (strstr (text, agenda));
  g_assert_nonnull (strstr (text, "☒ Proses lebih lanjut"));
  g_assert_nonnull (strstr (text, "☐ Tanggapan dan Saran"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Dropping scans on the tab opens their intake, as the file chooser does. */
static void
test_drop_opens_intake (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = g_object_new (LAYANAN_TYPE_LETTERS_PAGE, NULL);
  g_autoptr(GListModel) files = fixture_files ();
  g_autoptr(GFile) file = g_list_model_get_item (files, 0);
  GSList *list = g_slist_append (NULL, file);
  GValue value = G_VALUE_INIT;
  GtkDropTarget *target;
  LayananIntakeWindow *intake;
  gboolean accepted = FALSE;

  gtk_window_set_child (GTK_WINDOW (window), page);
  layanan_letters_page_set_database (LAYANAN_LETTERS_PAGE (page), fixture->database);
  layanan_test_show_window (GTK_WINDOW (window));

  target = layanan_test_find_drop_target (page);
  g_assert_nonnull (target);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (list));
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_value_unset (&value);
  g_slist_free (list);
  g_assert_true (accepted);

  intake = LAYANAN_INTAKE_WINDOW (layanan_test_find_toplevel (LAYANAN_TYPE_INTAKE_WINDOW));
  g_assert_nonnull (intake);
  layanan_test_iterate_until (nomor_filled, intake);
  g_assert_cmpstr (row_text (GTK_WIDGET (intake), "Number"), ==, FIXTURE_NOMOR);

  gtk_window_destroy (GTK_WINDOW (intake));
  gtk_window_destroy (GTK_WINDOW (window));
}

static GPtrArray *
list_staff (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *staff = layanan_database_list_staff (fixture->database, TRUE, &error);

  g_assert_no_error (error);
  return staff;
}

/* Staff and sections are added in Preferences and offered when disposing. */
static void
test_staff_and_sections (Fixture       *fixture,
                         gconstpointer  data)
{
  LayananPreferencesWindow *preferences = layanan_preferences_window_new (NULL, fixture->database);
  g_autoptr(GPtrArray) staff = NULL;
  g_autoptr(GPtrArray) units = NULL;
  LayananDispositionDialog *dialog;
  LayananLetterWindow *window;
  GtkWidget *root = GTK_WIDGET (preferences);
  GtkWidget *active;
  gboolean section_found = FALSE;

  layanan_test_show_window (GTK_WINDOW (preferences));

  /* A NIP that is not 18 digits saves nobody. */
  gtk_editable_set_text (GTK_EDITABLE (layanan_test_find_row (root, "Name")), "Siti Aminah");
  gtk_editable_set_text (GTK_EDITABLE (layanan_test_find_row (root, "NIP")), "1234");
  click_button_labelled (root, "Add Staff");
  staff = list_staff (fixture);
  g_assert_cmpuint (staff->len, ==, 0);
  g_clear_pointer (&staff, g_ptr_array_unref);

  gtk_editable_set_text (GTK_EDITABLE (layanan_test_find_row (root, "NIP")),
                         "198501012010012001");
  gtk_editable_set_text (GTK_EDITABLE (layanan_test_find_row (root, "Position")), "Analis");
  click_button_labelled (root, "Add Staff");
  staff = list_staff (fixture);
  g_assert_cmpuint (staff->len, ==, 1);
  g_assert_cmpstr (((LayananStaff *) g_ptr_array_index (staff, 0))->nip, ==, "198501012010012001");
  g_assert_nonnull (layanan_test_find_row (root, "Siti Aminah"));

  gtk_editable_set_text (GTK_EDITABLE (layanan_test_find_row (root, "Section Name")),
                         "Bagian Bina Kesejahteraan Sosial");
  click_button_labelled (root, "Add Section");
  units = layanan_database_list_units (fixture->database, NULL);
  for (guint i = 0; i < units->len; i++)
    {
      LayananUnit *unit = g_ptr_array_index (units, i);

      if (g_strcmp0 (unit->name, "Bagian Bina Kesejahteraan Sosial") == 0)
        section_found = g_strcmp0 (unit->kind, "bagian") == 0 && unit->parent_id != 0;
    }
  g_assert_true (section_found);
  gtk_window_destroy (GTK_WINDOW (preferences));

  /* Both are offered to dispose a letter to. */
  add_letters (fixture);
  window = layanan_letter_window_new (NULL, fixture->database, 1);
  layanan_test_show_window (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "letter.dispose", NULL));
  dialog = LAYANAN_DISPOSITION_DIALOG (layanan_test_find_toplevel (LAYANAN_TYPE_DISPOSITION_DIALOG));
  g_assert_nonnull (layanan_test_find_row (GTK_WIDGET (dialog), "Siti Aminah"));
  g_assert_nonnull (layanan_test_find_row (GTK_WIDGET (dialog), "Bagian Bina Kesejahteraan Sosial"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));

  /* Someone set inactive is kept, but offered no more. */
  preferences = layanan_preferences_window_new (NULL, fixture->database);
  layanan_test_show_window (GTK_WINDOW (preferences));
  active = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (layanan_test_find_row (
                                                    GTK_WIDGET (preferences), "Siti Aminah")));
  if (active == NULL)
    {
      guint n = 0;

      active = layanan_test_find_nth_widget (layanan_test_find_row (GTK_WIDGET (preferences),
                                                                    "Siti Aminah"),
                                             GTK_TYPE_SWITCH, &n);
    }
  gtk_switch_set_active (GTK_SWITCH (active), FALSE);
  g_clear_pointer (&staff, g_ptr_array_unref);
  staff = layanan_database_list_staff (fixture->database, FALSE, NULL);
  g_assert_cmpuint (staff->len, ==, 0);
  gtk_window_destroy (GTK_WINDOW (preferences));
}

/* Two files are two letters, or one when joined. */
static void
test_intake_joins_files (Fixture       *fixture,
                         gconstpointer  data)
{
  GListStore *files = G_LIST_STORE (fixture_files ());
  g_autofree char *second = g_build_filename (g_getenv ("LAYANAN_SOURCE_ROOT"), "tests", "data",
                                              "letters", "05-mui-narasumber.pdf", NULL);
  g_autoptr(GFile) second_file = g_file_new_for_path (second);
  g_autoptr(LayananLetter) letter = NULL;
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GError) error = NULL;
  LayananIntakeWindow *window;
  GtkWidget *join;
  guint n = 0;

  g_list_store_append (files, second_file);
  window = layanan_intake_window_new (NULL, fixture->database, G_LIST_MODEL (files));
  g_object_unref (files);
  layanan_test_show_window (GTK_WINDOW (window));
  layanan_test_iterate_until (nomor_filled, window);
  g_assert_true (layanan_test_has_label (GTK_WIDGET (window), "Letter 1 of 2"));

  join = layanan_test_find_nth_widget (GTK_WIDGET (window), GTK_TYPE_TOGGLE_BUTTON, &n);
  g_assert_true (gtk_widget_get_visible (join));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (join), TRUE);
  g_assert_true (layanan_test_has_label (GTK_WIDGET (window), "Letter 1 of 1"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "intake.save", NULL));
  letter = load_only_letter (fixture);
  g_assert_cmpstr (letter->nomor, ==, FIXTURE_NOMOR);
  g_assert_nonnull (strstr (letter->body_text, "Narasumber"));
  stored = layanan_database_list_letter_files (fixture->database, letter->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored->len, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  if (!layanan_test_ui_init (&argc, &argv))
    return 77;

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ui/letters/intake-registers-letter", test_intake_registers_letter);
  ADD ("/ui/letters/intake-warns-of-duplicate", test_intake_warns_of_duplicate);
  ADD ("/ui/letters/intake-joins-files", test_intake_joins_files);
  ADD ("/ui/letters/page-search-and-sort", test_page_search_and_sort);
  ADD ("/ui/letters/drop-opens-intake", test_drop_opens_intake);
  ADD ("/ui/letters/dispose-and-print", test_dispose_and_print);
  ADD ("/ui/letters/staff-and-sections", test_staff_and_sections);

#undef ADD

  return g_test_run ();
}
