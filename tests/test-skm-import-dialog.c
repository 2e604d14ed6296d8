/* test-skm-import-dialog.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "layanan-skm-import-dialog.h"
#include "layanan-test-ui.h"
#include "layanan-test-util.h"

typedef struct
{
  char            *dir;
  LayananDatabase *database;
  gint64           period_id;
  int              imported;    /* the count "imported" gave, -1 before */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(LayananSkmPeriod) period = g_new0 (LayananSkmPeriod, 1);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GError) error = NULL;

  fixture->dir = layanan_test_make_tmp_dir ("skm-import-dialog");
  fixture->database = layanan_test_open_app_database (fixture->dir);
  fixture->imported = -1;
  period->unit_id = layanan_test_top_unit_id (fixture->database);
  period->name = g_strdup ("Semester I 2026");
  period->kind = LAYANAN_SKM_PERIOD_SEMESTER;
  period->date_from = g_strdup ("2026-01-01");
  period->date_to = g_strdup ("2026-06-30");
  g_assert_true (layanan_database_save_skm_period (fixture->database, period, &error));
  g_assert_no_error (error);
  fixture->period_id = period->id;
  /* No mapping remembered from an earlier test. */
  g_settings_reset (settings, "skm-import-mapping");
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
imported_cb (LayananSkmImportDialog *dialog,
             guint                         count,
             Fixture                      *fixture)
{
  fixture->imported = (int) count;
}

static LayananSkmImportDialog *
open_dialog (Fixture    *fixture,
             const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("LAYANAN_SOURCE_ROOT"), "tests", "data",
                                            "skm", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  LayananSkmImportDialog *dialog;

  dialog = layanan_skm_import_dialog_new (NULL, fixture->database, fixture->period_id, file);
  g_object_ref_sink (dialog);
  g_signal_connect (dialog, "imported", G_CALLBACK (imported_cb), fixture);
  layanan_test_show_window (GTK_WINDOW (dialog));
  return dialog;
}

static gboolean
was_imported (gpointer data)
{
  return ((Fixture *) data)->imported >= 0;
}

static gint64
count_responses (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  gint64 count = layanan_database_count_skm_responses (fixture->database, fixture->period_id,
                                                       &error);

  g_assert_no_error (error);
  return count;
}

static void
test_map_check_import (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(LayananSkmImportDialog) dialog = open_dialog (fixture, "numbers.csv");
  g_autoptr(LayananSkmImportDialog) again = NULL;
  g_autoptr(LayananSkmImportDialog) other = NULL;

  /* Columns: No, Tanggal, Jenis Kelamin, Usia…, U1 …; choice 0 is "Not in the file". */
  g_assert_cmpuint (adw_combo_row_get_selected (layanan_test_combo_row (dialog, "Date")), ==, 2);
  g_assert_cmpuint (adw_combo_row_get_selected (layanan_test_combo_row (dialog, "Age")), ==, 4);
  g_assert_cmpuint (adw_combo_row_get_selected (layanan_test_combo_row (dialog, "U1 Persyaratan")),
                    ==, 7);
  g_assert_cmpuint (adw_combo_row_get_selected (layanan_test_combo_row (dialog, "Service")), ==, 0);
  g_assert_true (layanan_test_has_label (GTK_WIDGET (dialog), "Wiraswasta"));

  /* Giving U1's column to the age takes it from U1, which is required. */
  adw_combo_row_set_selected (layanan_test_combo_row (dialog, "Age"), 7);
  g_assert_cmpuint (adw_combo_row_get_selected (layanan_test_combo_row (dialog, "U1 Persyaratan")),
                    ==, 0);
  layanan_test_wait_for_label_containing (dialog, "“U1 Persyaratan”");
  adw_combo_row_set_selected (layanan_test_combo_row (dialog, "U1 Persyaratan"), 7);
  adw_combo_row_set_selected (layanan_test_combo_row (dialog, "Age"), 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "skm-import.check", NULL));
  layanan_test_wait_for_label_containing (dialog, "All 3 rows are ready to import.");
  g_assert_cmpint (count_responses (fixture), ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "skm-import.import", NULL));
  layanan_test_iterate_until (was_imported, fixture);
  g_assert_cmpint (fixture->imported, ==, 3);
  g_assert_cmpint (count_responses (fixture), ==, 3);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  /* The next file of the same shape gets the columns chosen (no age);
   * one of another shape its own. */
  again = open_dialog (fixture, "numbers.csv");
  g_assert_cmpuint (adw_combo_row_get_selected (layanan_test_combo_row (again, "Age")), ==, 0);
  g_assert_cmpuint (adw_combo_row_get_selected (layanan_test_combo_row (again, "Date")), ==, 2);
  other = open_dialog (fixture, "names.csv");
  g_assert_cmpuint (adw_combo_row_get_selected (layanan_test_combo_row (other, "U1 Persyaratan")),
                    ==, 2);
}

static void
test_bad_rows (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(LayananSkmImportDialog) dialog = open_dialog (fixture, "bad.csv");
  GtkWidget *skip;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "skm-import.check", NULL));
  layanan_test_wait_for_label_containing (dialog, "5 of 8 rows have problems");
  /* Each problem by line and column. */
  g_assert_nonnull (layanan_test_find_label_containing (dialog, "Line 3, column “U3”: “5”"));
  g_assert_nonnull (layanan_test_find_label_containing (dialog, "Line 7, column “Tanggal”"));

  /* Import without skipping refuses, and saves nothing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "skm-import.import", NULL));
  layanan_test_wait_for_label_containing (dialog, "nothing was imported");
  g_assert_cmpint (fixture->imported, ==, -1);
  g_assert_cmpint (count_responses (fixture), ==, 0);

  /* With "Skip bad rows" the clean rows go in. */
  skip = layanan_test_find_nth_widget (GTK_WIDGET (dialog), GTK_TYPE_SWITCH, &(guint) { 0 });
  g_assert_nonnull (skip);
  gtk_switch_set_active (GTK_SWITCH (skip), TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "skm-import.import", NULL));
  layanan_test_iterate_until (was_imported, fixture);
  g_assert_cmpint (fixture->imported, ==, 3);
  g_assert_cmpint (count_responses (fixture), ==, 3);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
}

int
main (int   argc,
      char *argv[])
{
  if (!layanan_test_ui_init (&argc, &argv))
    return 77;

  g_test_add ("/ui/skm/import-dialog/map-check-import", Fixture, NULL,
              fixture_set_up, test_map_check_import, fixture_tear_down);
  g_test_add ("/ui/skm/import-dialog/bad-rows", Fixture, NULL,
              fixture_set_up, test_bad_rows, fixture_tear_down);

  return g_test_run ();
}
