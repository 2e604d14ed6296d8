/* test-catalog-windows.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "layanan-error.h"
#include "layanan-maklumat-window.h"
#include "layanan-test-ui.h"
#include "layanan-test-util.h"
#include "layanan-versions-window.h"

typedef struct
{
  char            *dir;
  LayananDatabase *database;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = layanan_test_make_tmp_dir ("catalog-windows");
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

static void
set_row_text (GtkWidget  *root,
              const char *title,
              const char *text)
{
  GtkWidget *row = layanan_test_find_row (root, title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static GtkTextBuffer *
get_nth_buffer (GtkWidget *root,
                guint      n)
{
  GtkWidget *view = layanan_test_find_nth_widget (root, GTK_TYPE_TEXT_VIEW, &n);

  g_assert_nonnull (view);
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
}

static char *
get_buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static GPtrArray *
list_versions (Fixture *fixture,
               gint64   service_id)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *versions = layanan_database_list_versions (fixture->database, service_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (versions);
  return versions;
}

static void
count_cb (gpointer  instance,
          guint    *count)
{
  (*count)++;
}

static void
test_versions_establish_revoke (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GPtrArray) services = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GError) error = NULL;
  LayananServiceSummary *service;
  LayananStandardVersion *version;
  LayananVersionsWindow *window;
  AdwMessageDialog *dialog;
  guint changed = 0;

  services = layanan_database_list_services (fixture->database, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (services->len, ==, 9);
  service = g_ptr_array_index (services, 0);

  window = layanan_versions_window_new (NULL, fixture->database, service->id, service->name);
  g_signal_connect (window, "changed", G_CALLBACK (count_cb), &changed);
  layanan_test_show_window (GTK_WINDOW (window));
  g_assert_true (layanan_test_has_label (GTK_WIDGET (window), service->name));

  /* An impossible date saves nothing. */
  set_row_text (GTK_WIDGET (window), "SK number", "100.3.3.2/123/BIRO-KESRA/2025");
  set_row_text (GTK_WIDGET (window), "SK date (YYYY-MM-DD)", "2026-02-31");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "versions.establish", NULL));
  versions = list_versions (fixture, service->id);
  g_assert_cmpuint (versions->len, ==, 1);
  version = g_ptr_array_index (versions, 0);
  g_assert_cmpint (version->status, ==, LAYANAN_STANDARD_STATUS_DRAFT);
  g_assert_null (version->sk_number);
  g_assert_cmpuint (changed, ==, 0);
  g_clear_pointer (&versions, g_ptr_array_unref);

  /* Nor does a missing SK number. */
  set_row_text (GTK_WIDGET (window), "SK number", "  ");
  set_row_text (GTK_WIDGET (window), "SK date (YYYY-MM-DD)", "2025-06-02");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "versions.establish", NULL));
  versions = list_versions (fixture, service->id);
  version = g_ptr_array_index (versions, 0);
  g_assert_cmpint (version->status, ==, LAYANAN_STANDARD_STATUS_DRAFT);
  g_clear_pointer (&versions, g_ptr_array_unref);

  /* A real date establishes it; the review falls due a year later. */
  set_row_text (GTK_WIDGET (window), "SK number", "100.3.3.2/123/BIRO-KESRA/2025");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "versions.establish", NULL));
  versions = list_versions (fixture, service->id);
  g_assert_cmpuint (versions->len, ==, 1);
  version = g_ptr_array_index (versions, 0);
  g_assert_cmpint (version->status, ==, LAYANAN_STANDARD_STATUS_DITETAPKAN);
  g_assert_cmpstr (version->sk_number, ==, "100.3.3.2/123/BIRO-KESRA/2025");
  g_assert_cmpstr (version->sk_date, ==, "2025-06-02");
  g_assert_cmpstr (version->last_review_date, ==, "2025-06-02");
  g_assert_cmpstr (version->next_review_date, ==, "2026-06-02");
  g_assert_cmpuint (changed, ==, 1);
  g_clear_pointer (&versions, g_ptr_array_unref);

  /* Nothing is left to establish; the review is past due and says so in words. */
  g_assert_false (gtk_widget_is_visible (layanan_test_find_row (GTK_WIDGET (window), "SK number")));
  g_assert_true (layanan_test_has_label (GTK_WIDGET (window), "Review due"));

  /* Revoking asks first; cancelling keeps the standard in force. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "versions.revoke", NULL));
  dialog = layanan_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  versions = list_versions (fixture, service->id);
  version = g_ptr_array_index (versions, 0);
  g_assert_cmpint (version->status, ==, LAYANAN_STANDARD_STATUS_DITETAPKAN);
  g_clear_pointer (&versions, g_ptr_array_unref);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "versions.revoke", NULL));
  dialog = layanan_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "revoke");
  gtk_window_destroy (GTK_WINDOW (dialog));
  versions = list_versions (fixture, service->id);
  version = g_ptr_array_index (versions, 0);
  g_assert_cmpint (version->status, ==, LAYANAN_STANDARD_STATUS_DICABUT);
  g_assert_cmpuint (changed, ==, 2);
  g_assert_false (layanan_test_has_label (GTK_WIDGET (window), "Review due"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_maklumat_save (Fixture       *fixture,
                    gconstpointer  data)
{
  LayananMaklumatWindow *window;
  g_autoptr(LayananMaklumat) maklumat = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *today = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GtkWidget *date_row;

  window = layanan_maklumat_window_new (NULL, fixture->database, "kesra");
  layanan_test_show_window (GTK_WINDOW (window));

  /* A unit without a maklumat starts from the customary one. */
  text = get_buffer_text (get_nth_buffer (GTK_WIDGET (window), 0));
  g_assert_true (g_str_has_prefix (text, "Dengan ini, kami menyatakan sanggup"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (layanan_test_find_row (GTK_WIDGET (window), "Place"))),
                   ==, "Pontianak");
  date_row = layanan_test_find_row (GTK_WIDGET (window), "Date (YYYY-MM-DD)");
  today = g_date_time_format (now, "%Y-%m-%d");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date_row)), ==, today);

  gtk_text_buffer_set_text (get_nth_buffer (GTK_WIDGET (window), 0),
                            "Kami sanggup melayani sesuai standar.", -1);
  gtk_text_buffer_set_text (get_nth_buffer (GTK_WIDGET (window), 1),
                            "Kepala Biro Kesejahteraan Rakyat\nDr. Contoh, M.Si\n"
                            "NIP 19700101 199503 1 001", -1);

  /* An impossible date saves nothing and keeps what was typed. */
  gtk_editable_set_text (GTK_EDITABLE (date_row), "2026-02-31");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "maklumat.save", NULL));
  g_assert_null (layanan_database_get_maklumat (fixture->database, "kesra", &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date_row)), ==, "2026-02-31");

  gtk_editable_set_text (GTK_EDITABLE (date_row), "2026-11-02");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "maklumat.save", NULL));
  maklumat = layanan_database_get_maklumat (fixture->database, "kesra", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (maklumat->text, ==, "Kami sanggup melayani sesuai standar.");
  g_assert_cmpstr (maklumat->date, ==, "2026-11-02");
  g_assert_cmpstr (maklumat->place, ==, "Pontianak");
  g_assert_cmpstr (maklumat->signatory, ==,
                   "Kepala Biro Kesejahteraan Rakyat\nDr. Contoh, M.Si\nNIP 19700101 199503 1 001");
  gtk_window_destroy (GTK_WINDOW (window));

  /* Opening it again shows what was saved. */
  window = layanan_maklumat_window_new (NULL, fixture->database, "kesra");
  layanan_test_show_window (GTK_WINDOW (window));
  g_clear_pointer (&text, g_free);
  text = get_buffer_text (get_nth_buffer (GTK_WIDGET (window), 0));
  g_assert_cmpstr (text, ==, "Kami sanggup melayani sesuai standar.");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (layanan_test_find_row (GTK_WIDGET (window),
                                                                  "Date (YYYY-MM-DD)"))),
                   ==, "2026-11-02");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_maklumat_keeps_edits (Fixture       *fixture,
                           gconstpointer  data)
{
  LayananMaklumatWindow *window = layanan_maklumat_window_new (NULL, fixture->database, NULL);
  AdwComboRow *unit_row;
  AdwMessageDialog *dialog;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  guint first;

  layanan_test_show_window (GTK_WINDOW (window));
  unit_row = ADW_COMBO_ROW (layanan_test_find_row (GTK_WIDGET (window), "Unit"));
  g_assert_nonnull (unit_row);
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (unit_row)), >, 1);
  first = adw_combo_row_get_selected (unit_row);

  /* Choosing another unit and back keeps what was typed for the first. */
  gtk_text_buffer_set_text (get_nth_buffer (GTK_WIDGET (window), 0), "Teks belum disimpan.", -1);
  adw_combo_row_set_selected (unit_row, first + 1);
  text = get_buffer_text (get_nth_buffer (GTK_WIDGET (window), 0));
  g_assert_true (g_str_has_prefix (text, "Dengan ini"));
  adw_combo_row_set_selected (unit_row, first);
  g_clear_pointer (&text, g_free);
  text = get_buffer_text (get_nth_buffer (GTK_WIDGET (window), 0));
  g_assert_cmpstr (text, ==, "Teks belum disimpan.");

  /* Closing asks before the edit is thrown away; cancelling keeps the window. */
  gtk_window_close (GTK_WINDOW (window));
  dialog = layanan_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));

  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  dialog = layanan_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "discard");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_object_unref (window);
}

int
main (int   argc,
      char *argv[])
{
  if (!layanan_test_ui_init (&argc, &argv))
    return 77;

  g_test_add ("/ui/catalog/versions/establish-revoke", Fixture, NULL,
              fixture_set_up, test_versions_establish_revoke, fixture_tear_down);
  g_test_add ("/ui/catalog/maklumat/save", Fixture, NULL,
              fixture_set_up, test_maklumat_save, fixture_tear_down);
  g_test_add ("/ui/catalog/maklumat/keeps-edits", Fixture, NULL,
              fixture_set_up, test_maklumat_keeps_edits, fixture_tear_down);

  return g_test_run ();
}
