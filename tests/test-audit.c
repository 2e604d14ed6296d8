/* test-audit.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "layanan-database.h"
#include "layanan-database-private.h"
#include "layanan-error.h"
#include "layanan-test-util.h"

typedef struct
{
  char            *dir;
  LayananDatabase *database;
} Fixture;

typedef struct
{
  char *at;
  char *actor;
  char *table_name;
  char *row_key;
  char *action;
  char *old_values;
  char *new_values;
} AuditRow;

static void
audit_row_clear (AuditRow *row)
{
  g_free (row->at);
  g_free (row->actor);
  g_free (row->table_name);
  g_free (row->row_key);
  g_free (row->action);
  g_free (row->old_values);
  g_free (row->new_values);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (AuditRow, audit_row_clear)

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = layanan_test_make_tmp_dir ("audit");
  path = g_build_filename (fixture->dir, "layanan.sqlite", NULL);
  fixture->database = layanan_database_open (path, &error);
  g_assert_no_error (error);
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
exec_ok (Fixture    *fixture,
         const char *sql)
{
  g_autoptr(GError) error = NULL;

  layanan_database_exec (fixture->database, sql, &error);
  g_assert_no_error (error);
}

static gint64
count_audit (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  gint64 n = layanan_database_query_int (fixture->database, "SELECT count(*) FROM audit_log",
                                         &error);

  g_assert_no_error (error);
  return n;
}

static char *
dup_column (sqlite3_stmt *stmt,
            int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

/* The newest audit row. */
static void
last_audit (Fixture  *fixture,
            AuditRow *row)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  sqlite3 *db = layanan_database_get_handle (fixture->database);

  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT at, actor, table_name, row_key, action, "
                                       "  old_values, new_values "
                                       "FROM audit_log ORDER BY id DESC LIMIT 1",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  row->at = dup_column (stmt, 0);
  row->actor = dup_column (stmt, 1);
  row->table_name = dup_column (stmt, 2);
  row->row_key = dup_column (stmt, 3);
  row->action = dup_column (stmt, 4);
  row->old_values = dup_column (stmt, 5);
  row->new_values = dup_column (stmt, 6);
}

static char *
json_get (Fixture    *fixture,
          const char *json,
          const char *path)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  sqlite3 *db = layanan_database_get_handle (fixture->database);

  g_assert_nonnull (json);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT json_extract (?1, ?2)", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, json, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, path, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return dup_column (stmt, 0);
}

/* When: ISO 8601 in WIB, and now. */
static void
assert_recent_wib (const char *at)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 (at, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  g_assert_nonnull (when);
  g_assert_true (g_str_has_suffix (at, "+07:00"));
  g_assert_cmpint (g_date_time_get_utc_offset (when), ==, 7 * G_TIME_SPAN_HOUR);
  g_assert_cmpint (ABS (g_date_time_difference (now, when)), <, 60 * G_TIME_SPAN_SECOND);
}

static void
test_unit_insert_update_delete (Fixture       *fixture,
                                gconstpointer  data)
{
  gint64 before = count_audit (fixture);
  g_autofree char *name = NULL;
  g_autofree char *old_name = NULL;
  g_autofree char *address = NULL;
  g_autofree char *code = NULL;

  layanan_database_set_actor (fixture->database, "budi.santoso");

  exec_ok (fixture, "INSERT INTO units (id, code, kind, name) "
                    "VALUES (12, 'kesra', 'biro', 'Biro Kesra')");
  g_assert_cmpint (count_audit (fixture), ==, before + 1);
  {
    g_auto(AuditRow) row = { 0 };

    last_audit (fixture, &row);
    g_assert_cmpstr (row.actor, ==, "budi.santoso");
    assert_recent_wib (row.at);
    g_assert_cmpstr (row.table_name, ==, "units");
    g_assert_cmpstr (row.row_key, ==, "12");
    g_assert_cmpstr (row.action, ==, "insert");
    g_assert_null (row.old_values);
    name = json_get (fixture, row.new_values, "$.name");
    g_assert_cmpstr (name, ==, "Biro Kesra");
    code = json_get (fixture, row.new_values, "$.code");
    g_assert_cmpstr (code, ==, "kesra");
    g_clear_pointer (&name, g_free);
  }

  layanan_database_set_actor (fixture->database, "siti.rahma");
  exec_ok (fixture, "UPDATE units SET name = 'Biro Kesejahteraan Rakyat', "
                    "  address = 'Jl. Ahmad Yani, Pontianak' WHERE id = 12");
  g_assert_cmpint (count_audit (fixture), ==, before + 2);
  {
    g_auto(AuditRow) row = { 0 };

    last_audit (fixture, &row);
    g_assert_cmpstr (row.actor, ==, "siti.rahma");
    assert_recent_wib (row.at);
    g_assert_cmpstr (row.row_key, ==, "12");
    g_assert_cmpstr (row.action, ==, "update");
    old_name = json_get (fixture, row.old_values, "$.name");
    g_assert_cmpstr (old_name, ==, "Biro Kesra");
    name = json_get (fixture, row.new_values, "$.name");
    g_assert_cmpstr (name, ==, "Biro Kesejahteraan Rakyat");
    address = json_get (fixture, row.new_values, "$.address");
    g_assert_cmpstr (address, ==, "Jl. Ahmad Yani, Pontianak");
    g_clear_pointer (&name, g_free);
    g_clear_pointer (&old_name, g_free);
  }

  /* An update that changes nothing is not a change. */
  exec_ok (fixture, "UPDATE units SET name = name WHERE id = 12");
  g_assert_cmpint (count_audit (fixture), ==, before + 2);

  exec_ok (fixture, "DELETE FROM units WHERE id = 12");
  g_assert_cmpint (count_audit (fixture), ==, before + 3);
  {
    g_auto(AuditRow) row = { 0 };

    last_audit (fixture, &row);
    g_assert_cmpstr (row.actor, ==, "siti.rahma");
    g_assert_cmpstr (row.action, ==, "delete");
    g_assert_cmpstr (row.row_key, ==, "12");
    g_assert_null (row.new_values);
    old_name = json_get (fixture, row.old_values, "$.name");
    g_assert_cmpstr (old_name, ==, "Biro Kesejahteraan Rakyat");
  }
}

static void
test_settings_change (Fixture       *fixture,
                      gconstpointer  data)
{
  gint64 before = count_audit (fixture);
  g_auto(AuditRow) row = { 0 };
  g_autofree char *old_value = NULL;
  g_autofree char *new_value = NULL;
  g_autoptr(GError) error = NULL;

  /* Nobody set an actor: the login name is recorded. */
  layanan_database_set_cuti_bersama_nonworking (fixture->database, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_audit (fixture), ==, before + 1);

  last_audit (fixture, &row);
  g_assert_cmpstr (row.actor, ==, g_get_user_name ());
  assert_recent_wib (row.at);
  g_assert_cmpstr (row.table_name, ==, "settings");
  g_assert_cmpstr (row.row_key, ==, "cuti_bersama_nonworking");
  g_assert_cmpstr (row.action, ==, "update");
  old_value = json_get (fixture, row.old_values, "$.value");
  new_value = json_get (fixture, row.new_values, "$.value");
  g_assert_cmpstr (old_value, ==, "true");
  g_assert_cmpstr (new_value, ==, "false");

  /* Setting what is already set writes nothing. */
  layanan_database_set_cuti_bersama_nonworking (fixture->database, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_audit (fixture), ==, before + 1);
}

static void
test_working_hours_change (Fixture       *fixture,
                           gconstpointer  data)
{
  gint64 before = count_audit (fixture);
  g_auto(AuditRow) row = { 0 };
  g_autofree char *old_start = NULL;
  g_autofree char *new_start = NULL;
  g_autoptr(GError) error = NULL;

  layanan_database_set_actor (fixture->database, "kabag.umum");
  layanan_database_set_working_hours (fixture->database, G_DATE_SATURDAY, 8 * 60, 12 * 60,
                                      0, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_audit (fixture), ==, before + 1);

  last_audit (fixture, &row);
  g_assert_cmpstr (row.actor, ==, "kabag.umum");
  g_assert_cmpstr (row.table_name, ==, "working_hours");
  g_assert_cmpstr (row.row_key, ==, "6");
  old_start = json_get (fixture, row.old_values, "$.start_minute");
  new_start = json_get (fixture, row.new_values, "$.start_minute");
  g_assert_null (old_start);
  g_assert_cmpstr (new_start, ==, "480");

  layanan_database_set_working_hours (fixture->database, G_DATE_SATURDAY, 8 * 60, 12 * 60,
                                      0, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_audit (fixture), ==, before + 1);
}

/* A refused change leaves no audit row: the log and the data roll back together. */
static void
test_rolled_back_change (Fixture       *fixture,
                         gconstpointer  data)
{
  gint64 before = count_audit (fixture);
  g_autoptr(GError) error = NULL;

  layanan_database_exec (fixture->database,
                         "BEGIN;"
                         "INSERT INTO holidays (date, kind, description) "
                         "  VALUES ('2026-08-17', 'libur_nasional', 'Proklamasi');"
                         "INSERT INTO holidays (date, kind, description) "
                         "  VALUES ('2026-08-17', 'libur_nasional', 'Proklamasi');",
                         &error);
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_CONSTRAINT);
  exec_ok (fixture, "ROLLBACK");
  g_assert_cmpint (count_audit (fixture), ==, before);
}

/* Every data table has its three triggers, and every one of them logs. */
static void
test_every_table_audited (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  sqlite3 *db = layanan_database_get_handle (fixture->database);
  guint n_tables = 0;

  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT name, (SELECT count(*) FROM sqlite_master AS t "
                                       "  WHERE t.type = 'trigger' AND t.tbl_name = m.name "
                                       "  AND t.name IN ('audit_' || m.name || '_insert', "
                                       "    'audit_' || m.name || '_update', "
                                       "    'audit_' || m.name || '_delete')) "
                                       "FROM sqlite_master AS m WHERE m.type = 'table' "
                                       "AND m.name NOT LIKE 'sqlite%' "
                                       /* The full-text index is derived from letters, and
                                        * SQLite allows no triggers on its tables. */
                                       "AND m.name NOT IN (SELECT name FROM pragma_table_list "
                                       "  WHERE type IN ('virtual', 'shadow')) "
                                       "ORDER BY m.name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (stmt, 0);
      int n_triggers = sqlite3_column_int (stmt, 1);

      if (g_str_equal (table, "audit_log"))
        g_assert_cmpint (n_triggers, ==, 0);
      else if (n_triggers != 3)
        g_error ("%s has %d audit triggers", table, n_triggers);
      n_tables++;
    }

  g_assert_cmpuint (n_tables, >=, 15);

  /* A table keyed by text: the row key is that text. */
  exec_ok (fixture, "INSERT INTO classification_codes (code, level, name) "
                    "VALUES ('400', 1, 'KESEJAHTERAAN RAKYAT')");
  {
    g_auto(AuditRow) row = { 0 };

    last_audit (fixture, &row);
    g_assert_cmpstr (row.table_name, ==, "classification_codes");
    g_assert_cmpstr (row.row_key, ==, "400");
    g_assert_cmpstr (row.action, ==, "insert");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store/audit/unit-insert-update-delete", test_unit_insert_update_delete);
  ADD ("/store/audit/settings-change", test_settings_change);
  ADD ("/store/audit/working-hours-change", test_working_hours_change);
  ADD ("/store/audit/rolled-back-change", test_rolled_back_change);
  ADD ("/store/audit/every-table-audited", test_every_table_audited);

#undef ADD

  return g_test_run ();
}
