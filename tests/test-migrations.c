/* test-migrations.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "layanan-complaint.h"
#include "layanan-database.h"
#include "layanan-database-private.h"
#include "layanan-error.h"
#include "layanan-test-util.h"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = layanan_test_make_tmp_dir ("migrations");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  layanan_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* Every table, index and trigger, with its SQL in one line of single spaces,
 * so that databases built along different paths can be compared. */
static char *
normalised_schema (LayananDatabase *database)
{
  g_autoptr(GString) schema = g_string_new (NULL);
  g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  sqlite3 *db = layanan_database_get_handle (database);

  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT type, name, tbl_name, coalesce (sql, '') "
                                       "FROM sqlite_master ORDER BY type, name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autofree char *sql = g_regex_replace_literal (spaces,
                                                      (const char *) sqlite3_column_text (stmt, 3),
                                                      -1, 0, " ", 0, NULL);

      g_string_append_printf (schema, "%s %s %s: %s\n", sqlite3_column_text (stmt, 0),
                              sqlite3_column_text (stmt, 1), sqlite3_column_text (stmt, 2),
                              g_strstrip (sql));
    }

  return g_string_free (g_steal_pointer (&schema), FALSE);
}

static void
exec_ok (LayananDatabase *database,
         const char      *sql)
{
  g_autoptr(GError) error = NULL;

  layanan_database_exec (database, sql, &error);
  g_assert_no_error (error);
}

static gint64
query_int (LayananDatabase *database,
           const char      *sql)
{
  g_autoptr(GError) error = NULL;
  gint64 value = layanan_database_query_int (database, sql, &error);

  g_assert_no_error (error);
  return value;
}

static char *
query_text (LayananDatabase *database,
            const char      *sql)
{
  g_autoptr(GError) error = NULL;
  char *value = layanan_database_query_text (database, sql, &error);

  g_assert_no_error (error);
  return value;
}

static void
test_latest (void)
{
  g_assert_cmpint (layanan_database_get_latest_version (), ==, 8);
  g_assert_cmpint (layanan_migrations_get_latest (), ==, layanan_database_get_latest_version ());
}

/* Rows written by an older version, into tables that exist at @version. */
static void
insert_rows_at (LayananDatabase *database,
                int              version)
{
  if (version >= 1)
    exec_ok (database,
             "INSERT INTO units (id, code, kind, name, address) VALUES "
             "  (7, 'kesra', 'biro', 'Biro Kesejahteraan Rakyat', 'Jl. Ahmad Yani, Pontianak');"
             "INSERT INTO unit_channels (unit_id, position, kind, value, extension) "
             "  VALUES (7, 1, 'telepon', '(0561) 736541', '126');"
             "INSERT INTO staff (unit_id, name) VALUES (7, 'Petugas Informasi');"
             "INSERT INTO holidays (date, kind, description) "
             "  VALUES ('2026-03-19', 'libur_nasional', 'Hari Suci Nyepi');"
             "UPDATE settings SET value = 'false' WHERE key = 'cuti_bersama_nonworking';"
             "UPDATE working_hours SET start_minute = 480 WHERE weekday = 1;");
  if (version >= 2)
    exec_ok (database,
             "INSERT INTO services (id, unit_id, name) VALUES (3, 7, 'Pelayanan Konsultasi');"
             "INSERT INTO standard_versions (id, service_id, completion_value, completion_unit, "
             "  fee_rupiah) VALUES (5, 3, 15, 'minutes', 0);"
             "INSERT INTO service_components (id, standard_version_id, kind) "
             "  VALUES (9, 5, 'persyaratan');"
             "INSERT INTO component_items (component_id, position, content) "
             "  VALUES (9, 1, 'Surat Tugas');");
  if (version >= 3)
    exec_ok (database,
             "INSERT INTO classification_codes (code, parent_code, level, name) VALUES "
             "  ('400', NULL, 1, 'KESEJAHTERAAN RAKYAT');"
             "INSERT INTO skm_unsur VALUES ('U8', 8, 'Sarana dan Prasarana', 'q', 'Buruk', "
             "  'Cukup', 'Baik', 'Sangat Baik');");
  if (version >= 5)
    exec_ok (database,
             "UPDATE services SET deleted_at = '2026-01-05T08:00:00+07:00' WHERE id = 3;"
             "UPDATE standard_versions SET staff_count = 4 WHERE id = 5;");
  /* A letter's scan: the SHA-256 of "scan". */
  if (version >= 6)
    exec_ok (database,
             "INSERT INTO letter_files (sha256, file_name, mime_type, size, contents, created_at) "
             "  VALUES ('59ad1b2fc74287ded1bba7af67765d23ad4a49f1ae51902cc2ed3f8ebee96cfa', "
             "  'scan.pdf', 'application/pdf', 4, CAST ('scan' AS BLOB), "
             "  '2026-01-05T08:00:00+07:00');");
}

/* What version 6 adds works on rows an older version wrote: a letter in
 * the old unit's agenda, about the old service, found by its text, and a
 * disposition to the old staff member. */
static void
check_letters_on_old_rows (LayananDatabase *database,
                           int              version)
{
  g_autoptr(LayananLetter) letter = layanan_letter_new ();
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) dispositions = g_ptr_array_new_with_free_func (
    (GDestroyNotify) layanan_disposition_free);
  g_autoptr(GError) error = NULL;
  LayananLetterQuery query = { .search = (char *) "rekomendasi" };
  LayananDisposition *disposition;

  if (version < 2)
    return;

  letter->unit_id = 7;
  letter->service_id = 3;
  letter->nomor = g_strdup ("400.8/12/KESRA");
  letter->pengirim = g_strdup ("Kementerian Agama Kota Pontianak");
  letter->hal = g_strdup ("Permohonan rekomendasi");
  letter->received_at = g_strdup ("2026-03-02T09:00:00+07:00");
  layanan_database_add_letter (database, letter, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (letter->agenda_number, ==, 1);

  rows = layanan_database_query_letters (database, &query, NULL, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpstr (((LayananLetterRow *) rows->pdata[0])->service_name, ==,
                   "Pelayanan Konsultasi");

  disposition = g_new0 (LayananDisposition, 1);
  disposition->to_staff_id = query_int (database, "SELECT id FROM staff");
  g_ptr_array_add (dispositions, disposition);
  layanan_database_add_dispositions (database, letter->id, dispositions, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (disposition->to_name, ==, "Petugas Informasi");
}

/* What version 7 adds works on rows an older version wrote: the old unit
 * gets categories (its only standard is a draft, so the four of DOMAIN.md
 * §3.3), and a complaint about the old service, forwarded to the old staff
 * member, is registered, listed under them and found by its text. */
static void
check_complaints_on_old_rows (LayananDatabase *database,
                              int              version)
{
  g_autoptr(LayananComplaint) complaint = layanan_complaint_new ();
  g_autoptr(GPtrArray) categories = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  LayananComplaintQuery query = { .search = (char *) "pungutan" };
  LayananComplaintRow *row;

  g_assert_false (layanan_database_get_complaint_auto_close (database));
  if (version < 2)
    return;

  layanan_database_ensure_categories (database, &error);
  g_assert_no_error (error);
  categories = layanan_database_list_categories (database, 7, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (categories->len, ==, 4);

  complaint->unit_id = 7;
  complaint->service_id = 3;
  complaint->received_at = g_strdup ("2026-03-02T09:00:00+07:00");
  complaint->channel = LAYANAN_CHANNEL_TELEPON;
  complaint->description = g_strdup ("Pungutan di loket konsultasi");
  complaint->category_id = ((LayananCategory *) categories->pdata[0])->id;
  complaint->status = LAYANAN_COMPLAINT_STATUS_DITERUSKAN;
  complaint->assigned_staff_id = query_int (database, "SELECT id FROM staff");
  {
    g_autoptr(GPtrArray) complaints = g_ptr_array_new ();

    g_ptr_array_add (complaints, complaint);
    layanan_database_add_complaints (database, complaints, NULL, &error);
    g_assert_no_error (error);
  }
  g_assert_cmpint (complaint->register_number, ==, 1);

  query.staff_id = complaint->assigned_staff_id;
  rows = layanan_database_query_complaints (database, &query, NULL, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 1);
  row = rows->pdata[0];
  g_assert_cmpstr (row->service_name, ==, "Pelayanan Konsultasi");
  g_assert_cmpstr (row->assigned_to, ==, "Petugas Informasi");
  g_assert_cmpstr (row->category_name, ==, "Pengaduan ringan");

  /* An attachment a letter's scan already holds is stored once. */
  {
    g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (
      (GDestroyNotify) layanan_letter_file_free);
    LayananLetterFile *file = g_new0 (LayananLetterFile, 1);

    file->file_name = g_strdup ("lampiran.pdf");
    file->contents = g_bytes_new_static ("scan", 4);
    g_ptr_array_add (files, file);
    layanan_database_add_complaint_files (database, complaint->id, files, &error);
    g_assert_no_error (error);
    g_assert_cmpint (query_int (database, "SELECT count(*) FROM letter_files"), ==, 1);
    g_assert_cmpint (query_int (database, "SELECT count(*) FROM complaint_file_links"), ==, 1);
  }
}

/* What version 8 adds works on rows an older version wrote: a survey period
 * of the old unit, a questionnaire about the old service answering the old
 * unsur, a follow-up plan for it and a meeting with a decision; all are
 * audited, a score of 5 is refused, and deleting the period takes its
 * questionnaires and plans along. */
static void
check_evaluation_on_old_rows (LayananDatabase *database,
                              int              version)
{
  g_autoptr(GError) error = NULL;

  if (version < 3)
    return;

  exec_ok (database,
           "INSERT INTO skm_periods (id, unit_id, name, kind, date_from, date_to) "
           "  VALUES (1, 7, 'Semester I 2026', 'semester', '2026-01-01', '2026-06-30');"
           "INSERT INTO skm_responses (id, period_id, date, service_id, sex, age, created_at) "
           "  VALUES (1, 1, '2026-03-02', 3, 'P', 34, '2026-03-02T09:00:00+07:00');"
           "INSERT INTO skm_answers (response_id, unsur_code, value) VALUES (1, 'U8', 4);"
           "INSERT INTO skm_actions (period_id, unsur_code, action) "
           "  VALUES (1, 'U8', 'Perbaiki ruang tunggu');"
           "INSERT INTO meetings (id, unit_id, date) VALUES (1, 7, '2026-03-31');"
           "INSERT INTO meeting_decisions (meeting_id, position, decision) "
           "  VALUES (1, 1, 'Tambah petugas loket');");
  g_assert_cmpint (query_int (database, "SELECT count(*) FROM audit_log WHERE table_name IN "
                                        "('skm_periods', 'skm_responses', 'skm_answers', "
                                        "'skm_actions', 'meetings', 'meeting_decisions')"), ==, 6);

  layanan_database_exec (database, "INSERT INTO skm_answers (response_id, unsur_code, value) "
                                   "VALUES (1, 'U8', 5)", &error);
  g_assert_nonnull (error);
  g_clear_error (&error);

  exec_ok (database, "DELETE FROM skm_periods WHERE id = 1; DELETE FROM meetings WHERE id = 1;");
  g_assert_cmpint (query_int (database, "SELECT (SELECT count(*) FROM skm_responses) + "
                                        "(SELECT count(*) FROM skm_answers) + "
                                        "(SELECT count(*) FROM skm_actions) + "
                                        "(SELECT count(*) FROM meeting_decisions)"), ==, 0);
}

static void
check_rows_since (LayananDatabase *database,
                  int              version)
{
  g_autofree char *address = NULL;
  g_autofree char *item = NULL;
  g_autofree char *unsur = NULL;

  if (version >= 1)
    {
      address = query_text (database, "SELECT address FROM units WHERE id = 7");
      g_assert_cmpstr (address, ==, "Jl. Ahmad Yani, Pontianak");
      g_assert_cmpint (query_int (database, "SELECT count(*) FROM unit_channels "
                                            "WHERE extension = '126'"), ==, 1);
      g_assert_cmpint (query_int (database, "SELECT count(*) FROM staff"), ==, 1);
      g_assert_cmpint (query_int (database, "SELECT count(*) FROM holidays"), ==, 1);
      g_assert_false (layanan_database_get_cuti_bersama_nonworking (database));
      g_assert_cmpint (query_int (database, "SELECT start_minute FROM working_hours "
                                            "WHERE weekday = 1"), ==, 480);
    }
  if (version >= 2)
    {
      item = query_text (database,
                         "SELECT content FROM component_items JOIN service_components "
                         "  ON service_components.id = component_items.component_id "
                         "JOIN standard_versions "
                         "  ON standard_versions.id = service_components.standard_version_id "
                         "WHERE standard_versions.service_id = 3");
      g_assert_cmpstr (item, ==, "Surat Tugas");
    }
  if (version >= 5)
    {
      g_assert_cmpint (query_int (database, "SELECT count(*) FROM services "
                                            "WHERE deleted_at IS NOT NULL"), ==, 1);
      g_assert_cmpint (query_int (database, "SELECT staff_count FROM standard_versions "
                                            "WHERE id = 5"), ==, 4);
    }
  if (version >= 3)
    {
      unsur = query_text (database, "SELECT name FROM skm_unsur WHERE code = 'U8'");
      g_assert_cmpstr (unsur, ==, "Sarana dan Prasarana");
      g_assert_cmpint (query_int (database, "SELECT count(*) FROM classification_codes"), ==, 1);
    }
}

static void
test_from_every_version (Fixture       *fixture,
                         gconstpointer  data)
{
  int latest = layanan_database_get_latest_version ();
  g_autofree char *fresh_path = g_build_filename (fixture->dir, "fresh.sqlite", NULL);
  g_autoptr(LayananDatabase) fresh = NULL;
  g_autofree char *fresh_schema = NULL;
  g_autoptr(GError) error = NULL;

  fresh = layanan_database_open (fresh_path, &error);
  g_assert_no_error (error);
  fresh_schema = normalised_schema (fresh);
  g_assert_nonnull (strstr (fresh_schema, "table units units"));
  g_assert_nonnull (strstr (fresh_schema, "trigger audit_units_update units"));

  for (int version = 0; version < latest; version++)
    {
      g_autofree char *name = g_strdup_printf ("version-%d.sqlite", version);
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_autoptr(LayananDatabase) old = NULL;
      g_autoptr(LayananDatabase) migrated = NULL;
      g_autofree char *old_schema = NULL;
      g_autofree char *schema = NULL;

      g_test_message ("Migrating from version %d", version);

      old = layanan_database_open_at_version (path, version, &error);
      g_assert_no_error (error);
      g_assert_cmpint (layanan_database_get_schema_version (old), ==, version);
      g_assert_cmpint (query_int (old, "PRAGMA user_version"), ==, version);
      insert_rows_at (old, version);
      old_schema = normalised_schema (old);
      if (version > 0)
        g_assert_cmpstr (old_schema, !=, fresh_schema);
      g_clear_object (&old);

      migrated = layanan_database_open (path, &error);
      g_assert_no_error (error);
      g_assert_cmpint (layanan_database_get_schema_version (migrated), ==, latest);
      g_assert_cmpint (query_int (migrated, "PRAGMA user_version"), ==, latest);
      g_assert_cmpint (query_int (migrated, "PRAGMA application_id"), ==,
                       LAYANAN_DATABASE_APPLICATION_ID);

      check_rows_since (migrated, version);
      check_letters_on_old_rows (migrated, version);
      check_complaints_on_old_rows (migrated, version);
      check_evaluation_on_old_rows (migrated, version);
      schema = normalised_schema (migrated);
      g_assert_cmpstr (schema, ==, fresh_schema);

      g_assert_cmpint (query_int (migrated, "SELECT count(*) FROM pragma_foreign_key_check"),
                       ==, 0);
      g_assert_cmpint (query_int (migrated, "SELECT count(*) FROM component_kinds"), ==, 14);
    }
}

/* Each version is one transaction: a migration that fails leaves the
 * database at the version before, with nothing of the failed one. */
static void
test_failed_migration_rolls_back (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "blocked.sqlite", NULL);
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *raw = NULL;

  database = layanan_database_open_at_version (path, 1, &error);
  g_assert_no_error (error);
  /* A table by the name version 2 creates, made by someone else. */
  exec_ok (database, "CREATE TABLE services (x)");
  g_clear_object (&database);

  database = layanan_database_open (path, &error);
  g_assert_null (database);
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_DATABASE);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, "services"));

  g_assert_cmpint (sqlite3_open (path, &raw), ==, SQLITE_OK);
  {
    g_autoptr(sqlite3_stmt) stmt = NULL;

    g_assert_cmpint (sqlite3_prepare_v2 (raw,
                                         "SELECT user_version, (SELECT count(*) FROM "
                                         "sqlite_master WHERE name = 'component_kinds') "
                                         "FROM pragma_user_version", -1, &stmt, NULL),
                     ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
    g_assert_cmpint (sqlite3_column_int (stmt, 1), ==, 0);
  }
  sqlite3_close (raw);
}

static void
test_component_kinds (Fixture       *fixture,
                      gconstpointer  data)
{
  static const char * const names_a[] = {
    "Persyaratan", "Sistem, mekanisme, dan prosedur", "Jangka waktu pelayanan/penyelesaian",
    "Biaya/tarif", "Produk pelayanan", "Penanganan pengaduan, saran, dan masukan",
  };
  static const char * const names_b[] = {
    "Dasar hukum", "Sarana, prasarana, dan/atau fasilitas", "Kompetensi pelaksana",
    "Pengawasan internal", "Jumlah pelaksana", "Jaminan pelayanan",
    "Jaminan keamanan dan keselamatan pelayanan", "Evaluasi kinerja pelaksana",
  };
  g_autofree char *path = g_build_filename (fixture->dir, "kinds.sqlite", NULL);
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(GError) error = NULL;

  database = layanan_database_open (path, &error);
  g_assert_no_error (error);

  g_assert_cmpint (query_int (database, "SELECT count(*) FROM component_kinds"), ==, 14);
  g_assert_cmpint (query_int (database, "SELECT count(*) FROM component_kinds "
                                        "WHERE component_group = 'A'"), ==, 6);
  g_assert_cmpint (query_int (database, "SELECT count(*) FROM component_kinds "
                                        "WHERE component_group = 'B'"), ==, 8);

  for (guint i = 0; i < G_N_ELEMENTS (names_a); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT name FROM component_kinds "
                                              "WHERE component_group = 'A' AND number = %u",
                                              i + 1);
      g_autofree char *name = query_text (database, sql);

      g_assert_cmpstr (name, ==, names_a[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (names_b); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT name FROM component_kinds "
                                              "WHERE component_group = 'B' AND number = %u",
                                              i + 1);
      g_autofree char *name = query_text (database, sql);

      g_assert_cmpstr (name, ==, names_b[i]);
    }
}

static void
test_one_standard_in_force (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "standards.sqlite", NULL);
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(GError) error = NULL;

  database = layanan_database_open (path, &error);
  g_assert_no_error (error);
  exec_ok (database,
           "INSERT INTO units (id, code, kind, name) VALUES (1, 'kesra', 'biro', 'Kesra');"
           "INSERT INTO services (id, unit_id, name) VALUES (1, 1, 'Pelayanan Konsultasi');"
           "INSERT INTO standard_versions (service_id, status, sk_number, sk_date) "
           "  VALUES (1, 'dicabut', '431/KESRA/2021', '2021-03-01');"
           "INSERT INTO standard_versions (service_id, status, sk_number, sk_date) "
           "  VALUES (1, 'ditetapkan', '100/KESRA/2025', '2025-01-06');"
           "INSERT INTO standard_versions (service_id) VALUES (1);");

  layanan_database_exec (database,
                         "INSERT INTO standard_versions (service_id, status, sk_number, sk_date) "
                         "  VALUES (1, 'ditetapkan', '7/KESRA/2026', '2026-01-05')",
                         &error);
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_CONSTRAINT);
  g_clear_error (&error);

  /* Deleting a service takes its standards, components and items with it. */
  exec_ok (database,
           "INSERT INTO service_components (id, standard_version_id, kind) VALUES (1, 2, 'biaya');"
           "INSERT INTO component_items (component_id, position, content) "
           "  VALUES (1, 1, 'Gratis');"
           "DELETE FROM services WHERE id = 1;");
  g_assert_cmpint (query_int (database, "SELECT count(*) FROM standard_versions"), ==, 0);
  g_assert_cmpint (query_int (database, "SELECT count(*) FROM component_items"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/store/migrations/latest", test_latest);
  ADD ("/store/migrations/from-every-version", test_from_every_version);
  ADD ("/store/migrations/failed-migration-rolls-back", test_failed_migration_rolls_back);
  ADD ("/store/migrations/component-kinds", test_component_kinds);
  ADD ("/store/migrations/one-standard-in-force", test_one_standard_in_force);

#undef ADD

  return g_test_run ();
}
