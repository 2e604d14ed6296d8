/* test-complaint-import-dialog.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "layanan-complaint-import-dialog.h"
#include "layanan-test-ui.h"
#include "layanan-test-util.h"

typedef struct
{
  char            *dir;
  LayananDatabase *database;
  gint64           unit_id;
  int              imported;    /* the count "imported" gave, -1 before */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = layanan_test_make_tmp_dir ("complaint-import-dialog");
  fixture->database = layanan_test_open_app_database (fixture->dir);
  fixture->imported = -1;
  fixture->unit_id = layanan_test_top_unit_id (fixture->database);
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
imported_cb (LayananComplaintImportDialog *dialog,
             guint                         count,
             Fixture                      *fixture)
{
  fixture->imported = (int) count;
}

static LayananComplaintImportDialog *
open_dialog (Fixture    *fixture,
             const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("LAYANAN_SOURCE_ROOT"), "tests", "data",
                                            "complaints", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  LayananComplaintImportDialog *dialog;

  dialog = layanan_complaint_import_dialog_new (NULL, fixture->database, fixture->unit_id, file);
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
count_complaints (Fixture *fixture)
{
  g_autoptr(LayananComplaintQuery) query = layanan_complaint_query_new ();
  g_autoptr(GError) error = NULL;
  gint64 count = layanan_database_count_complaints (fixture->database, query, &error);

  g_assert_no_error (error);
  return count;
}

static void
test_map_check_import (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(LayananComplaintImportDialog) dialog = open_dialog (fixture, "spreadsheet-id.csv");

  /* Columns: No, Tanggal, Jam, Kanal, Kategori…; choice 0 is "Not in the file". */
  g_assert_cmpuint (adw_combo_row_get_selected (layanan_test_combo_row (dialog, "Received")),
                    ==, 2);
  g_assert_cmpuint (adw_combo_row_get_selected (layanan_test_combo_row (dialog, "Time received")),
                    ==, 3);
  g_assert_cmpuint (adw_combo_row_get_selected (layanan_test_combo_row (dialog, "Channel")), ==, 4);
  g_assert_cmpuint (adw_combo_row_get_selected (layanan_test_combo_row (dialog, "LAPOR! number")),
                    ==, 0);
  /* The preview shows the first rows. */
  g_assert_true (layanan_test_has_label (GTK_WIDGET (dialog), "Antrean di loket terlalu lama"));

  /* Giving the Kanal column to the category takes it from the channel,
   * which is required: the dialog says so. */
  adw_combo_row_set_selected (layanan_test_combo_row (dialog, "Category"), 4);
  g_assert_cmpuint (adw_combo_row_get_selected (layanan_test_combo_row (dialog, "Channel")), ==, 0);
  layanan_test_wait_for_label_containing (dialog, "“Channel”");

  adw_combo_row_set_selected (layanan_test_combo_row (dialog, "Channel"), 4);
  adw_combo_row_set_selected (layanan_test_combo_row (dialog, "Category"), 5);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "complaint-import.check",
                                             NULL));
  layanan_test_wait_for_label_containing (dialog, "All 3 rows are ready to import.");
  g_assert_cmpint (count_complaints (fixture), ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "complaint-import.import",
                                             NULL));
  layanan_test_iterate_until (was_imported, fixture);
  g_assert_cmpint (fixture->imported, ==, 3);
  g_assert_cmpint (count_complaints (fixture), ==, 3);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
}

static void
test_bad_rows (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(LayananComplaintImportDialog) dialog = open_dialog (fixture, "bad.csv");
  GtkWidget *skip;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "complaint-import.check",
                                             NULL));
  layanan_test_wait_for_label_containing (dialog, "6 of 7 rows have problems");
  /* Each problem by line and column. */
  g_assert_nonnull (layanan_test_find_label_containing (dialog, "Line 5, column “Kanal”: “Pos”"));
  g_assert_nonnull (layanan_test_find_label_containing (dialog, "Line 2, column “Tanggal”"));

  /* Import without skipping refuses, and saves nothing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "complaint-import.import",
                                             NULL));
  layanan_test_wait_for_label_containing (dialog, "nothing was imported");
  g_assert_cmpint (fixture->imported, ==, -1);
  g_assert_cmpint (count_complaints (fixture), ==, 0);

  /* With "Skip bad rows" the clean row goes in. */
  skip = layanan_test_find_nth_widget (GTK_WIDGET (dialog), GTK_TYPE_SWITCH, &(guint) { 0 });
  g_assert_nonnull (skip);
  gtk_switch_set_active (GTK_SWITCH (skip), TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "complaint-import.import",
                                             NULL));
  layanan_test_iterate_until (was_imported, fixture);
  g_assert_cmpint (fixture->imported, ==, 1);
  g_assert_cmpint (count_complaints (fixture), ==, 1);
  /* Import closed the dialog. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
}

int
main (int   argc,
      char *argv[])
{
  if (!layanan_test_ui_init (&argc, &argv))
    return 77;

  g_test_add ("/ui/complaints/import-dialog/map-check-import", Fixture, NULL,
              fixture_set_up, test_map_check_import, fixture_tear_down);
  g_test_add ("/ui/complaints/import-dialog/bad-rows", Fixture, NULL,
              fixture_set_up, test_bad_rows, fixture_tear_down);

  return g_test_run ();
}
