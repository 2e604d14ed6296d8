/* test-workload-export.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>

#include "layanan-database.h"
#include "layanan-error.h"
#include "layanan-test-util.h"
#include "layanan-workload-export-job.h"

/* The job counts at the real clock, so the items below are either long
 * past due (March 2026) or due far ahead (2099): the report is the same
 * whenever the test runs. Biro Kesra > Bagian Tata Usaha (Budi) >
 * Subbagian Umum (Ani). */

#define FILE_NAME "beban-kerja.xlsx"
#define FROM "2026-03-01"
#define TO "2026-03-31"

typedef struct
{
  char            *dir;
  char            *db_path;
  char            *path;
  LayananDatabase *database;
  gint64           biro;
  gint64           bagian;
  gint64           subbagian;
  gint64           category;
} Fixture;

static gint64
add_staff (Fixture    *fixture,
           gint64      unit_id,
           const char *name)
{
  g_autoptr(GError) error = NULL;
  LayananStaff staff = { 0, unit_id, NULL, (char *) name, NULL, NULL, TRUE };

  layanan_database_save_staff (fixture->database, &staff, &error);
  g_assert_no_error (error);

  return staff.id;
}

/* A letter "Surat N" disposed to @staff_id on @created_at, due @due_date. */
static void
add_disposed_letter (Fixture    *fixture,
                     guint       number,
                     gint64      staff_id,
                     const char *created_at,
                     const char *due_date)
{
  g_autofree char *sql = NULL;

  sql = g_strdup_printf ("INSERT INTO letters (unit_id, agenda_year, agenda_number, "
                         "  received_at, nomor, nomor_key, pengirim, pengirim_key, hal, hal_key, "
                         "  status, created_at, updated_at) "
                         "VALUES (%" G_GINT64_FORMAT ", 2026, %u, '2026-03-01T08:00:00+07:00', "
                         "  'N-%u', 'n-%u', 'Dinas', 'dinas', 'Surat %u', 'surat %u', "
                         "  'didisposisi', layanan_now (), layanan_now ());"
                         "INSERT INTO dispositions (letter_id, from_name, to_staff_id, due_date, "
                         "  created_at) "
                         "VALUES ((SELECT max (id) FROM letters), 'Kepala Biro', "
                         "  %" G_GINT64_FORMAT ", '%s', '%s')",
                         fixture->biro, number, number, number, number, number, staff_id,
                         due_date, created_at);
  layanan_test_exec (fixture->database, sql);
}

static void
add_complaint (Fixture    *fixture,
               guint       number,
               gint64      staff_id,
               const char *status,
               const char *due_at,
               const char *closed_at)
{
  g_autofree char *sql = NULL;
  g_autofree char *closed = closed_at != NULL ? g_strdup_printf ("'%s'", closed_at)
                                              : g_strdup ("NULL");

  sql = g_strdup_printf ("INSERT INTO complaints (unit_id, register_year, register_number, "
                         "  received_at, channel, classification, category_id, category_name, "
                         "  category_deadline_value, category_deadline_unit, description, status, "
                         "  assigned_staff_id, due_at, closed_at, created_at, updated_at) "
                         "VALUES (%" G_GINT64_FORMAT ", 2026, %u, '2026-03-09T08:00:00+07:00', "
                         "  'email', 'pengaduan', %" G_GINT64_FORMAT ", 'Umum', 5, "
                         "  'working_days', 'Pengaduan %u', '%s', %" G_GINT64_FORMAT ", '%s', "
                         "  %s, layanan_now (), layanan_now ())",
                         fixture->biro, number, fixture->category, number, status, staff_id,
                         due_at, closed);
  layanan_test_exec (fixture->database, sql);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LayananCategory) category = NULL;
  gint64 ani, budi;

  fixture->dir = layanan_test_make_tmp_dir ("test-workload-export-XXXXXX");
  fixture->db_path = g_build_filename (fixture->dir, "layanan.sqlite", NULL);
  fixture->path = g_build_filename (fixture->dir, FILE_NAME, NULL);
  fixture->database = layanan_test_open_reference_database (fixture->dir);
  fixture->biro = layanan_test_top_unit_id (fixture->database);

  layanan_database_add_section (fixture->database, "kesra", "bagian", "tu",
                                "Bagian Tata Usaha", &fixture->bagian, &error);
  g_assert_no_error (error);
  layanan_database_add_section (fixture->database, "tu", "subbagian", "umum",
                                "Subbagian Umum", &fixture->subbagian, &error);
  g_assert_no_error (error);
  ani = add_staff (fixture, fixture->subbagian, "Ani");
  budi = add_staff (fixture, fixture->bagian, "Budi");
  category = layanan_test_add_category (fixture->database, "Umum", 5);
  fixture->category = category->id;

  /* Ani: a letter open and overdue since March, a complaint open and due
   * in 2099. Budi: a complaint closed on time. */
  add_disposed_letter (fixture, 1, ani, "2026-03-02T09:00:00+07:00", "2026-03-10");
  add_complaint (fixture, 2, ani, "ditindaklanjuti", "2099-12-31T16:00:00+07:00", NULL);
  add_complaint (fixture, 3, budi, "selesai", "2026-03-16T16:00:00+07:00",
                 "2026-03-13T15:00:00+07:00");
  g_clear_object (&fixture->database);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->database);
  layanan_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->db_path);
  g_free (fixture->dir);
}

static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  /* staff: name, section, letters, open letters, complaints, open
   * complaints, overdue, done on time; overdue: kind, title, assigned to,
   * section, due day; per service: the letters, complaints, open and
   * overdue over all services. */
  const char *expected =
    "{\"period\": \"Periode: 1 Maret 2026 s.d. 31 Maret 2026\","
    " \"staff\": [[\"Ani\", \"Subbagian Umum\", 1, 1, 1, 1, 1, 0],"
    "             [\"Budi\", \"Bagian Tata Usaha\", 0, 0, 1, 0, 0, 1]],"
    " \"sections\": [[\"Subbagian Umum\", 1, 1, 1, 1, 1, 0]],"
    " \"overdue\": [[\"Surat\", \"Surat 1\", \"Ani\", \"Subbagian Umum\", \"2026-03-10\"]],"
    " \"service_totals\": [1, 2, 2, 1]}";

  g_assert_true (layanan_workload_export (fixture->db_path, 0, FROM, TO, fixture->path, NULL,
                                          &error));
  g_assert_no_error (error);
  layanan_test_check_workbook ("check-workload-report.py", fixture->path, expected,
                               fixture->dir, NULL);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GError **error = user_data;

  g_assert_false (layanan_workload_export_finish (result, error));
}

/* A folder that does not exist: the message names the workbook, through
 * the worker thread too; a bad period is said before anything is written. */
static void
test_unwritable (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (fixture->dir, "tidak-ada", FILE_NAME, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) async_error = NULL;

  g_assert_false (layanan_workload_export (fixture->db_path, 0, FROM, TO, missing, NULL,
                                           &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND);
  layanan_test_assert_contains (error->message, missing);
  layanan_test_assert_contains (error->message, "workload report");
  g_clear_error (&error);

  layanan_workload_export_async (fixture->db_path, 0, FROM, TO, missing, NULL, export_done_cb,
                                 &async_error);
  while (async_error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (async_error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND);
  layanan_test_assert_contains (async_error->message, missing);

  g_assert_false (layanan_workload_export (fixture->db_path, 0, TO, FROM, fixture->path, NULL,
                                           &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/jobs/workload-export/" path, Fixture, NULL, fixture_set_up, func, \
              fixture_tear_down)
  ADD ("export", test_export);
  ADD ("unwritable", test_unwritable);
#undef ADD

  return g_test_run ();
}
