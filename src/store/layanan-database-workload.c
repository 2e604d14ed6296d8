/* layanan-database-workload.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-database"

#include "config.h"

#include "layanan-database.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "layanan-database-private.h"
#include "layanan-date.h"
#include "layanan-error.h"

/* The workload of staff and sections (DESIGN.md §2, journey 2) and the
 * monthly evaluation meetings.
 *
 * An item is one assignment: a disposition of a letter (to a staff member
 * or a section, assigned on the day it was made) or a complaint assigned
 * to one (assigned on the day it was received). A voided letter is no
 * work. A disposition is finished when marked done, and open while it is
 * not and its letter is not closed; it is due on its own due date (at the
 * day's end) or else when its letter is. A complaint is finished when it
 * was closed; a complaint waiting for its complainant is never due this
 * week nor overdue (its clock stops). Finished on time means finished not
 * after the due instant (or with none). Ages and durations count working
 * days through the database's calendar, with the SQL function
 * layanan_working_days(), so every sum and average is one GROUP BY.
 *
 * A section holds what was assigned to it, to the sections under it and to
 * their staff; a disposition passed on within the section counts once, as
 * the one it came from. */

/* ?1 unit (0: all), ?2 / ?3 the period (YYYY-MM-DD), ?4 now, ?5 today,
 * ?6 the end of the working week (instants in WIB). */
#define ITEMS_SQL \
  "WITH RECURSIVE " \
  "scope (id) AS (" \
  "  SELECT id FROM units WHERE ?1 = 0 OR id = ?1 " \
  "  UNION SELECT units.id FROM units JOIN scope ON units.parent_id = scope.id), " \
  "sections (id) AS (SELECT id FROM units WHERE kind <> 'biro' AND id IN scope), " \
  "section_units (section_id, unit_id) AS (" \
  "  SELECT id, id FROM sections " \
  "  UNION SELECT section_units.section_id, units.id FROM units " \
  "  JOIN section_units ON units.parent_id = section_units.unit_id), " \
  "items (kind, item_id, staff_id, unit_id, parent_unit, assigned_on, due, finished, " \
  "       is_open, paused, service_id, service_name, number, title) AS (" \
  "  SELECT 0, l.id, d.to_staff_id, coalesce (d.to_unit_id, s.unit_id), " \
  "    (SELECT coalesce (p.to_unit_id, ps.unit_id) FROM dispositions AS p " \
  "     LEFT JOIN staff AS ps ON ps.id = p.to_staff_id WHERE p.id = d.parent_id), " \
  "    substr (d.created_at, 1, 10), " \
  "    coalesce (d.due_date || 'T23:59:59+07:00', l.due_at), d.done_at, " \
  "    d.done_at IS NULL AND l.status NOT IN ('selesai', 'ditolak', 'diarsipkan'), 0, " \
  "    l.service_id, l.service_name, l.agenda_number || '/' || l.agenda_year, l.hal " \
  "  FROM dispositions AS d JOIN letters AS l ON l.id = d.letter_id " \
  "  LEFT JOIN staff AS s ON s.id = d.to_staff_id " \
  "  WHERE l.status <> 'batal' AND substr (d.created_at, 1, 10) BETWEEN ?2 AND ?3 " \
  "    AND coalesce (d.to_unit_id, s.unit_id) IN scope " \
  "  UNION ALL " \
  "  SELECT 1, c.id, c.assigned_staff_id, coalesce (c.assigned_unit_id, s.unit_id), NULL, " \
  "    substr (c.received_at, 1, 10), c.due_at, c.closed_at, c.closed_at IS NULL, " \
  "    c.status = 'menunggu_pelapor', c.service_id, c.service_name, " \
  "    c.register_number || '/' || c.register_year, " \
  "    CASE WHEN instr (c.description, char (10)) > 0 " \
  "      THEN substr (c.description, 1, instr (c.description, char (10)) - 1) " \
  "      ELSE c.description END " \
  "  FROM complaints AS c LEFT JOIN staff AS s ON s.id = c.assigned_staff_id " \
  "  WHERE (c.assigned_staff_id IS NOT NULL OR c.assigned_unit_id IS NOT NULL) " \
  "    AND substr (c.received_at, 1, 10) BETWEEN ?2 AND ?3 " \
  "    AND coalesce (c.assigned_unit_id, s.unit_id) IN scope), " \
  "measured AS (" \
  "  SELECT items.*, " \
  "    is_open AND NOT paused AND due < ?4 AS overdue, " \
  "    is_open AND NOT paused AND due >= ?4 AND due <= ?6 AS due_week, " \
  "    CASE WHEN finished IS NOT NULL " \
  "      THEN layanan_working_days (assigned_on, substr (finished, 1, 10)) END AS days_taken, " \
  "    CASE WHEN is_open THEN layanan_working_days (assigned_on, ?5) END AS age " \
  "  FROM items) "

#define COUNT_IF(condition) "coalesce (sum (" condition "), 0)"

#define AGGREGATES_SQL \
  COUNT_IF ("m.kind = 0") ", " COUNT_IF ("m.kind = 0 AND m.is_open") ", " \
  COUNT_IF ("m.kind = 1") ", " COUNT_IF ("m.kind = 1 AND m.is_open") ", " \
  COUNT_IF ("m.due_week") ", " COUNT_IF ("m.overdue") ", " \
  COUNT_IF ("m.finished IS NOT NULL AND (m.due IS NULL OR m.finished <= m.due)") ", " \
  COUNT_IF ("m.finished IS NOT NULL AND m.due IS NOT NULL AND m.finished > m.due") ", " \
  "coalesce (avg (m.days_taken), -1), " \
  COUNT_IF ("m.age <= 5") ", " COUNT_IF ("m.age BETWEEN 6 AND 10") ", " \
  COUNT_IF ("m.age BETWEEN 11 AND 20") ", " COUNT_IF ("m.age > 20")

/* The items a section holds (see above), for the section aliased sec. */
#define SECTION_HOLDS_SQL \
  "m.unit_id IN (SELECT unit_id FROM section_units WHERE section_id = sec.id) " \
  "AND (m.parent_unit IS NULL " \
  "     OR m.parent_unit NOT IN (SELECT unit_id FROM section_units WHERE section_id = sec.id))"

#define WORKLOAD_SQL \
  ITEMS_SQL \
  "SELECT 0 AS is_section, st.id, st.name AS name, u.name, " AGGREGATES_SQL ", " \
  "  u.id AS unit_order " \
  "FROM staff AS st JOIN units AS u ON u.id = st.unit_id " \
  "LEFT JOIN measured AS m ON m.staff_id = st.id " \
  "WHERE st.active = 1 AND st.unit_id IN scope " \
  "GROUP BY st.id " \
  "UNION ALL " \
  "SELECT 1, sec.id, sec.name, NULL, " AGGREGATES_SQL ", sec.id " \
  "FROM units AS sec LEFT JOIN measured AS m ON " SECTION_HOLDS_SQL " " \
  "WHERE sec.id IN sections " \
  "GROUP BY sec.id " \
  "ORDER BY is_section, unit_order, name, 2"

void
layanan_workload_row_free (LayananWorkloadRow *row)
{
  if (row == NULL)
    return;

  g_free (row->name);
  g_free (row->section_name);
  g_free (row);
}

void
layanan_workload_item_free (LayananWorkloadItem *item)
{
  if (item == NULL)
    return;

  g_free (item->number);
  g_free (item->title);
  g_free (item->due_at);
  g_free (item);
}

void
layanan_workload_service_free (LayananWorkloadService *service)
{
  if (service == NULL)
    return;

  g_free (service->service_name);
  g_free (service);
}

void
layanan_workload_overdue_free (LayananWorkloadOverdue *overdue)
{
  if (overdue == NULL)
    return;

  g_free (overdue->number);
  g_free (overdue->title);
  g_free (overdue->assigned_to);
  g_free (overdue->section_name);
  g_free (overdue->assigned_on);
  g_free (overdue->due_at);
  g_free (overdue);
}

void
layanan_meeting_decision_free (LayananMeetingDecision *decision)
{
  if (decision == NULL)
    return;

  g_free (decision->decision);
  g_free (decision->owner);
  g_free (decision->due_date);
  g_free (decision);
}

LayananMeeting *
layanan_meeting_new (void)
{
  LayananMeeting *meeting = g_new0 (LayananMeeting, 1);

  meeting->decisions = g_ptr_array_new_with_free_func ((GDestroyNotify) layanan_meeting_decision_free);

  return meeting;
}

void
layanan_meeting_free (LayananMeeting *meeting)
{
  if (meeting == NULL)
    return;

  g_free (meeting->date);
  g_free (meeting->attendees);
  g_free (meeting->notes);
  g_clear_pointer (&meeting->decisions, g_ptr_array_unref);
  g_free (meeting);
}

/* The SQL function layanan_working_days(from, to) */

static gboolean
parse_sql_date (sqlite3_value *value,
                GDate         *date)
{
  const char *text = (const char *) sqlite3_value_text (value);
  unsigned int year, month, day;
  char tail;

  g_date_clear (date, 1);
  if (text == NULL || sscanf (text, "%4u-%2u-%2u%c", &year, &month, &day, &tail) != 3)
    return FALSE;
  if (!g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

/* layanan_calendar_working_days_between() on two YYYY-MM-DD texts; NULL
 * when either is NULL or not a date. */
static void
working_days_function (sqlite3_context  *context,
                       int               argc,
                       sqlite3_value   **argv)
{
  LayananCalendar *calendar = sqlite3_user_data (context);
  GDate from, to;

  if (!parse_sql_date (argv[0], &from) || !parse_sql_date (argv[1], &to))
    {
      sqlite3_result_null (context);
      return;
    }

  sqlite3_result_int (context, layanan_calendar_working_days_between (calendar, &from, &to));
}

/* Gives the connection layanan_working_days() over the calendar as stored
 * now: holidays may have been edited since the last report. The
 * connection keeps the calendar until the function is registered again. */
static gboolean
register_working_days (LayananDatabase  *self,
                       LayananCalendar  *calendar,
                       GError          **error)
{
  sqlite3 *db = layanan_database_get_handle (self);
  int rc;

  rc = sqlite3_create_function_v2 (db, "layanan_working_days", 2,
                                   SQLITE_UTF8 | SQLITE_DETERMINISTIC, g_object_ref (calendar),
                                   working_days_function, NULL, NULL, g_object_unref);
  if (rc != SQLITE_OK)
    {
      layanan_database_set_error (error, db, rc, layanan_database_get_path (self));
      return FALSE;
    }

  return TRUE;
}

/* Preparing a workload query */

static gboolean
check_period (const char  *date_from,
              const char  *date_to,
              GError     **error)
{
  GDate from, to;

  return layanan_date_parse_period (date_from, date_to, &from, &to, error);
}

/* The end of the last working weekday of @now's week (its last second, so
 * that a closing time and a due date on that day both fall within), or of
 * the next week once that has passed: on a Saturday, "this week" is the
 * coming one. */
static GDateTime *
working_week_end (LayananCalendar *calendar,
                  GDateTime       *now)
{
  for (int week = 0; week < 2; week++)
    {
      for (int weekday = G_DATE_SUNDAY; weekday >= G_DATE_MONDAY; weekday--)
        {
          g_autoptr(GDateTime) day = NULL;
          g_autoptr(GDateTime) end = NULL;

          if (!layanan_calendar_get_working_hours (calendar, weekday, NULL, NULL, NULL, NULL))
            continue;

          day = g_date_time_add_days (now, weekday - g_date_time_get_day_of_week (now)
                                           + 7 * week);
          end = g_date_time_new (g_date_time_get_timezone (now),
                                 g_date_time_get_year (day),
                                 g_date_time_get_month (day),
                                 g_date_time_get_day_of_month (day),
                                 23, 59, 59);
          if (g_date_time_compare (end, now) >= 0)
            return g_steal_pointer (&end);
          break;
        }
    }

  return g_date_time_ref (now);
}

/* Prepares @sql (which starts with ITEMS_SQL) and binds its six
 * parameters. */
static sqlite3_stmt *
prepare_items_query (LayananDatabase  *self,
                     const char       *sql,
                     gint64            unit_id,
                     const char       *date_from,
                     const char       *date_to,
                     GDateTime        *now,
                     GError          **error)
{
  g_autoptr(GTimeZone) wib = g_time_zone_new_offset (LAYANAN_WIB_OFFSET_SECONDS);
  g_autoptr(GDateTime) now_wib = NULL;
  g_autoptr(GDateTime) week_end = NULL;
  g_autoptr(LayananCalendar) calendar = NULL;
  sqlite3_stmt *stmt;

  if (!check_period (date_from, date_to, error))
    return NULL;

  calendar = layanan_database_load_calendar (self, error);
  if (calendar == NULL || !register_working_days (self, calendar, error))
    return NULL;

  now_wib = now != NULL ? g_date_time_to_timezone (now, wib) : g_date_time_new_now (wib);
  week_end = working_week_end (calendar, now_wib);

  stmt = layanan_database_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, unit_id);
  sqlite3_bind_text (stmt, 2, date_from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, date_to, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, layanan_database_format_wib (now_wib), -1, g_free);
  sqlite3_bind_text (stmt, 5, g_date_time_format (now_wib, "%Y-%m-%d"), -1, g_free);
  sqlite3_bind_text (stmt, 6, layanan_database_format_wib (week_end), -1, g_free);

  return stmt;
}

/* Every row of @sql (which starts with ITEMS_SQL) as @read_row makes it. */
static GPtrArray *
read_items_query (LayananDatabase     *self,
                  const char          *sql,
                  gint64               unit_id,
                  const char          *date_from,
                  const char          *date_to,
                  GDateTime           *now,
                  LayananReadRowFunc   read_row,
                  GDestroyNotify       free_row,
                  GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = prepare_items_query (self, sql, unit_id, date_from, date_to, now, error);
  if (stmt == NULL)
    return NULL;

  return layanan_database_read_rows (self, stmt, read_row, free_row, error);
}

static guint
column_count (sqlite3_stmt *stmt,
              int           column)
{
  return (guint) MAX (sqlite3_column_int64 (stmt, column), 0);
}

static gpointer
read_workload_row (sqlite3_stmt *stmt)
{
  LayananWorkloadRow *row = g_new0 (LayananWorkloadRow, 1);

  row->is_section = sqlite3_column_int (stmt, 0) != 0;
  row->id = sqlite3_column_int64 (stmt, 1);
  row->name = layanan_database_column_text (stmt, 2);
  row->section_name = layanan_database_column_text (stmt, 3);
  row->letters_assigned = column_count (stmt, 4);
  row->letters_open = column_count (stmt, 5);
  row->complaints_assigned = column_count (stmt, 6);
  row->complaints_open = column_count (stmt, 7);
  row->due_this_week = column_count (stmt, 8);
  row->overdue = column_count (stmt, 9);
  row->done_on_time = column_count (stmt, 10);
  row->done_late = column_count (stmt, 11);
  row->average_working_days = sqlite3_column_double (stmt, 12);
  for (guint i = 0; i < G_N_ELEMENTS (row->ageing); i++)
    row->ageing[i] = column_count (stmt, 13 + i);

  return row;
}

/**
 * layanan_database_workload:
 *
 * Returns: (transfer full) (element-type LayananWorkloadRow): the active
 *   staff (by section, then name), then the sections (in the order units
 *   were made), each with what it holds (see the top of this file)
 */
GPtrArray *
layanan_database_workload (LayananDatabase  *self,
                           gint64            unit_id,
                           const char       *date_from,
                           const char       *date_to,
                           GDateTime        *now,
                           GError          **error)
{
  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return read_items_query (self, WORKLOAD_SQL, unit_id, date_from, date_to, now,
                           read_workload_row, (GDestroyNotify) layanan_workload_row_free, error);
}

static gpointer
read_workload_item (sqlite3_stmt *stmt)
{
  LayananWorkloadItem *item = g_new0 (LayananWorkloadItem, 1);

  item->is_complaint = sqlite3_column_int (stmt, 0) != 0;
  item->id = sqlite3_column_int64 (stmt, 1);
  item->number = layanan_database_column_text (stmt, 2);
  item->title = layanan_database_column_text (stmt, 3);
  item->due_at = layanan_database_column_text (stmt, 4);
  item->open = sqlite3_column_int (stmt, 5) != 0;

  return item;
}

/**
 * layanan_database_workload_items:
 *
 * The items behind a row of layanan_database_workload() (a staff member's,
 * or a section's as it counts them): open ones first, each by due instant
 * (none last). A letter's due_at is its disposition's due date at the
 * day's end when the disposition has one.
 *
 * Returns: (transfer full) (element-type LayananWorkloadItem):
 */
GPtrArray *
layanan_database_workload_items (LayananDatabase  *self,
                                 gboolean          is_section,
                                 gint64            id,
                                 const char       *date_from,
                                 const char       *date_to,
                                 GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *sql = NULL;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* ?7 is the staff member or section. */
  sql = g_strconcat (ITEMS_SQL,
                     "SELECT m.kind, m.item_id, m.number, m.title, m.due, m.is_open "
                     "FROM measured AS m ",
                     is_section
                       ? "JOIN sections AS sec ON sec.id = ?7 WHERE " SECTION_HOLDS_SQL " "
                       : "WHERE m.staff_id = ?7 ",
                     "ORDER BY m.is_open DESC, m.due IS NULL, m.due, m.kind, m.item_id",
                     NULL);
  stmt = prepare_items_query (self, sql, 0, date_from, date_to, NULL, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 7, id);
  return layanan_database_read_rows (self, stmt, read_workload_item,
                                     (GDestroyNotify) layanan_workload_item_free, error);
}

static gpointer
read_workload_service (sqlite3_stmt *stmt)
{
  LayananWorkloadService *service = g_new0 (LayananWorkloadService, 1);

  service->service_id = sqlite3_column_int64 (stmt, 0);
  service->service_name = layanan_database_column_text (stmt, 1);
  service->letters = column_count (stmt, 2);
  service->complaints = column_count (stmt, 3);
  service->open = column_count (stmt, 4);
  service->overdue = column_count (stmt, 5);

  return service;
}

/**
 * layanan_database_workload_by_service:
 *
 * Each letter and complaint counts once per service, however many people
 * it was disposed to; open and overdue likewise.
 *
 * Returns: (transfer full) (element-type LayananWorkloadService): the
 *   services by name, items without a service last
 */
GPtrArray *
layanan_database_workload_by_service (LayananDatabase  *self,
                                      gint64            unit_id,
                                      const char       *date_from,
                                      const char       *date_to,
                                      GDateTime        *now,
                                      GError          **error)
{
  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return read_items_query (self,
                           ITEMS_SQL
                           "SELECT coalesce (service_id, 0), service_name, "
                           "  count (DISTINCT CASE WHEN kind = 0 THEN item_id END), "
                           "  count (DISTINCT CASE WHEN kind = 1 THEN item_id END), "
                           "  count (DISTINCT CASE WHEN is_open THEN kind || ':' || item_id END), "
                           "  count (DISTINCT CASE WHEN overdue THEN kind || ':' || item_id END) "
                           "FROM measured "
                           "GROUP BY coalesce (service_id, 0) "
                           "ORDER BY service_name IS NULL, service_name, 1",
                           unit_id, date_from, date_to, now, read_workload_service,
                           (GDestroyNotify) layanan_workload_service_free, error);
}

static gpointer
read_workload_overdue (sqlite3_stmt *stmt)
{
  LayananWorkloadOverdue *overdue = g_new0 (LayananWorkloadOverdue, 1);

  overdue->is_complaint = sqlite3_column_int (stmt, 0) != 0;
  overdue->id = sqlite3_column_int64 (stmt, 1);
  overdue->number = layanan_database_column_text (stmt, 2);
  overdue->title = layanan_database_column_text (stmt, 3);
  overdue->assigned_to = layanan_database_column_text (stmt, 4);
  overdue->section_name = layanan_database_column_text (stmt, 5);
  overdue->assigned_on = layanan_database_column_text (stmt, 6);
  overdue->due_at = layanan_database_column_text (stmt, 7);
  overdue->working_days_late = sqlite3_column_int (stmt, 8);

  return overdue;
}

/**
 * layanan_database_workload_overdue:
 *
 * Returns: (transfer full) (element-type LayananWorkloadOverdue): one row
 *   per overdue assignment, the longest overdue first
 */
GPtrArray *
layanan_database_workload_overdue (LayananDatabase  *self,
                                   gint64            unit_id,
                                   const char       *date_from,
                                   const char       *date_to,
                                   GDateTime        *now,
                                   GError          **error)
{
  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return read_items_query (self,
                           ITEMS_SQL
                           "SELECT m.kind, m.item_id, m.number, m.title, "
                           "  coalesce (st.name, u.name), u.name, m.assigned_on, m.due, "
                           "  layanan_working_days (substr (m.due, 1, 10), ?5) "
                           "FROM measured AS m JOIN units AS u ON u.id = m.unit_id "
                           "LEFT JOIN staff AS st ON st.id = m.staff_id "
                           "WHERE m.overdue "
                           "ORDER BY m.due, m.kind, m.item_id, 5",
                           unit_id, date_from, date_to, now, read_workload_overdue,
                           (GDestroyNotify) layanan_workload_overdue_free, error);
}

/* Meetings */

static gpointer
read_meeting (sqlite3_stmt *stmt)
{
  LayananMeeting *meeting = layanan_meeting_new ();

  meeting->id = sqlite3_column_int64 (stmt, 0);
  meeting->unit_id = sqlite3_column_int64 (stmt, 1);
  meeting->date = layanan_database_column_text (stmt, 2);
  meeting->attendees = layanan_database_column_text (stmt, 3);
  meeting->notes = layanan_database_column_text (stmt, 4);

  return meeting;
}

static gboolean
read_decisions (LayananDatabase  *self,
                sqlite3_stmt     *stmt,
                GHashTable       *by_id,
                GError          **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 meeting_id = sqlite3_column_int64 (stmt, 0);
      LayananMeeting *meeting = g_hash_table_lookup (by_id, &meeting_id);
      LayananMeetingDecision *decision;

      if (meeting == NULL)
        continue;

      decision = g_new0 (LayananMeetingDecision, 1);
      decision->id = sqlite3_column_int64 (stmt, 1);
      decision->decision = layanan_database_column_text (stmt, 2);
      decision->owner = layanan_database_column_text (stmt, 3);
      decision->due_date = layanan_database_column_text (stmt, 4);
      decision->done = sqlite3_column_int (stmt, 5) != 0;
      g_ptr_array_add (meeting->decisions, decision);
    }

  return rc == SQLITE_DONE || layanan_database_step_error (self, rc, error);
}

/**
 * layanan_database_list_meetings:
 * @unit_id: the unit, or 0 for every unit
 *
 * Returns: (transfer full) (element-type LayananMeeting): the meetings,
 *   newest first, each with its decisions in order
 */
GPtrArray *
layanan_database_list_meetings (LayananDatabase  *self,
                                gint64            unit_id,
                                GError          **error)
{
  g_autoptr(sqlite3_stmt) meetings_stmt = NULL;
  g_autoptr(sqlite3_stmt) decisions_stmt = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GHashTable) by_id = NULL;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  meetings_stmt = layanan_database_prepare (self,
                                            "SELECT id, unit_id, date, attendees, notes "
                                            "FROM meetings WHERE ?1 = 0 OR unit_id = ?1 "
                                            "ORDER BY date DESC, id DESC",
                                            error);
  decisions_stmt = layanan_database_prepare (self,
                                             "SELECT d.meeting_id, d.id, d.decision, d.owner, "
                                             "  d.due_date, d.done "
                                             "FROM meeting_decisions AS d "
                                             "JOIN meetings AS m ON m.id = d.meeting_id "
                                             "WHERE ?1 = 0 OR m.unit_id = ?1 "
                                             "ORDER BY d.meeting_id, d.position",
                                             error);
  if (meetings_stmt == NULL || decisions_stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (meetings_stmt, 1, unit_id);
  sqlite3_bind_int64 (decisions_stmt, 1, unit_id);

  meetings = layanan_database_read_rows (self, meetings_stmt, read_meeting,
                                         (GDestroyNotify) layanan_meeting_free, error);
  if (meetings == NULL)
    return NULL;

  by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < meetings->len; i++)
    {
      LayananMeeting *meeting = meetings->pdata[i];

      g_hash_table_insert (by_id, &meeting->id, meeting);
    }

  if (!read_decisions (self, decisions_stmt, by_id, error))
    return NULL;

  return g_steal_pointer (&meetings);
}

static gboolean
check_meeting (LayananMeeting  *meeting,
               GError         **error)
{
  GDate date;

  if (meeting->unit_id <= 0)
    {
      g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                           _("A meeting needs the unit that holds it"));
      return FALSE;
    }
  if (meeting->date == NULL || !layanan_date_parse_iso (meeting->date, &date, NULL))
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("The meeting date “%s” is not a date (YYYY-MM-DD)"),
                   meeting->date != NULL ? meeting->date : "");
      return FALSE;
    }

  for (guint i = 0; meeting->decisions != NULL && i < meeting->decisions->len; i++)
    {
      LayananMeetingDecision *decision = meeting->decisions->pdata[i];

      if (layanan_database_text_is_blank (decision->decision))
        {
          /* Translators: %u is the decision's position in the meeting's list. */
          g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                       _("Decision %u has no text"), i + 1);
          return FALSE;
        }
      if (decision->due_date != NULL && *decision->due_date != '\0'
          && !layanan_date_parse_iso (decision->due_date, &date, NULL))
        {
          /* Translators: %u is the decision's position, %s what was typed as its due date. */
          g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                       _("Decision %u: the due date “%s” is not a date (YYYY-MM-DD)"),
                       i + 1, decision->due_date);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
write_meeting_row (LayananDatabase  *self,
                   LayananMeeting   *meeting,
                   GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  sqlite3 *db = layanan_database_get_handle (self);

  stmt = layanan_database_prepare (self,
                                   meeting->id == 0
                                     ? "INSERT INTO meetings (unit_id, date, attendees, notes) "
                                       "VALUES (?2, ?3, ?4, ?5)"
                                     : "UPDATE meetings SET unit_id = ?2, date = ?3, "
                                       "  attendees = ?4, notes = ?5 WHERE id = ?1",
                                   error);
  if (stmt == NULL)
    return FALSE;

  if (meeting->id != 0)
    sqlite3_bind_int64 (stmt, 1, meeting->id);
  sqlite3_bind_int64 (stmt, 2, meeting->unit_id);
  sqlite3_bind_text (stmt, 3, meeting->date, -1, SQLITE_TRANSIENT);
  layanan_database_bind_text_or_null (stmt, 4, meeting->attendees);
  layanan_database_bind_text_or_null (stmt, 5, meeting->notes);
  if (!layanan_database_step_done (self, stmt, error))
    return FALSE;

  if (meeting->id == 0)
    {
      meeting->id = sqlite3_last_insert_rowid (db);
    }
  else if (sqlite3_changes (db) == 0)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, meeting->id);

      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND,
                   _("There is no meeting number %s"), number);
      return FALSE;
    }

  return TRUE;
}

/* The decisions are the meeting's list: written anew in its order. */
static gboolean
write_decisions (LayananDatabase  *self,
                 LayananMeeting   *meeting,
                 GError          **error)
{
  g_autoptr(sqlite3_stmt) clear = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;
  sqlite3 *db = layanan_database_get_handle (self);

  clear = layanan_database_prepare (self, "DELETE FROM meeting_decisions WHERE meeting_id = ?1",
                                    error);
  insert = layanan_database_prepare (self,
                                     "INSERT INTO meeting_decisions (meeting_id, position, "
                                     "  decision, owner, due_date, done) "
                                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                     error);
  if (clear == NULL || insert == NULL)
    return FALSE;

  sqlite3_bind_int64 (clear, 1, meeting->id);
  if (!layanan_database_step_done (self, clear, error))
    return FALSE;

  for (guint i = 0; meeting->decisions != NULL && i < meeting->decisions->len; i++)
    {
      LayananMeetingDecision *decision = meeting->decisions->pdata[i];
      g_autofree char *text = g_strstrip (g_strdup (decision->decision));

      sqlite3_bind_int64 (insert, 1, meeting->id);
      sqlite3_bind_int (insert, 2, (int) i + 1);
      sqlite3_bind_text (insert, 3, text, -1, SQLITE_TRANSIENT);
      layanan_database_bind_text_or_null (insert, 4, decision->owner);
      layanan_database_bind_text_or_null (insert, 5, decision->due_date);
      sqlite3_bind_int (insert, 6, decision->done ? 1 : 0);
      if (!layanan_database_step_done (self, insert, error))
        return FALSE;

      decision->id = sqlite3_last_insert_rowid (db);
    }

  return TRUE;
}

/**
 * layanan_database_save_meeting:
 *
 * Adds (id 0) or changes a meeting with its decisions, in one transaction;
 * sets the ids of the meeting and its decisions.
 */
gboolean
layanan_database_save_meeting (LayananDatabase  *self,
                               LayananMeeting   *meeting,
                               GError          **error)
{
  gint64 old_id;
  gboolean ok;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (meeting != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_meeting (meeting, error))
    return FALSE;

  if (!layanan_database_begin (self, error))
    return FALSE;

  old_id = meeting->id;
  ok = write_meeting_row (self, meeting, error) && write_decisions (self, meeting, error);
  if (!ok)
    meeting->id = old_id;

  return layanan_database_end (self, ok, error);
}

/**
 * layanan_database_delete_meeting:
 *
 * Deletes a meeting and its decisions.
 */
gboolean
layanan_database_delete_meeting (LayananDatabase  *self,
                                 gint64            id,
                                 GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean ok;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!layanan_database_begin (self, error))
    return FALSE;

  stmt = layanan_database_prepare (self, "DELETE FROM meetings WHERE id = ?1", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      ok = layanan_database_step_done (self, stmt, error);
    }
  if (ok && sqlite3_changes (layanan_database_get_handle (self)) == 0)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND,
                   _("There is no meeting number %s"), number);
      ok = FALSE;
    }

  return layanan_database_end (self, ok, error);
}

static gboolean
parse_month (const char  *text,
             const char  *what,
             GDate       *month,
             GError     **error)
{
  g_autofree char *first_day = g_strconcat (text != NULL ? text : "", "-01", NULL);

  if (text == NULL || strlen (text) != 7 || !layanan_date_parse_iso (first_day, month, NULL))
    {
      /* Translators: the first %s is "from" or "to" (already translated), the second what was typed. */
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("The month %s “%s” is not a month (YYYY-MM)"), what,
                   text != NULL ? text : "");
      return FALSE;
    }

  return TRUE;
}

/**
 * layanan_database_months_without_meeting:
 * @unit_id: the unit, or 0 for a meeting of any unit
 *
 * Returns: (transfer full): the months, in order
 */
GStrv
layanan_database_months_without_meeting (LayananDatabase  *self,
                                         gint64            unit_id,
                                         const char       *month_from,
                                         const char       *month_to,
                                         GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GStrvBuilder) months = NULL;
  GDate from, to;
  int rc;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Translators: as in "the month from … is not a month". */
  if (!parse_month (month_from, _("from"), &from, error) ||
      /* Translators: as in "the month to … is not a month". */
      !parse_month (month_to, _("to"), &to, error))
    return NULL;
  if (g_date_compare (&from, &to) > 0)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("The month %s comes after %s"), month_from, month_to);
      return NULL;
    }

  stmt = layanan_database_prepare (self,
                                   "WITH RECURSIVE months (month) AS ("
                                   "  SELECT ?2 UNION ALL "
                                   "  SELECT strftime ('%Y-%m', month || '-01', '+1 month') "
                                   "  FROM months WHERE month < ?3) "
                                   "SELECT month FROM months WHERE NOT EXISTS ("
                                   "  SELECT 1 FROM meetings "
                                   "  WHERE date >= month || '-01' AND date <= month || '-31' "
                                   "    AND (?1 = 0 OR unit_id = ?1)) "
                                   "ORDER BY month",
                                   error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, unit_id);
  sqlite3_bind_text (stmt, 2, month_from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, month_to, -1, SQLITE_TRANSIENT);

  months = g_strv_builder_new ();
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (months, (const char *) sqlite3_column_text (stmt, 0));

  if (rc != SQLITE_DONE)
    {
      layanan_database_step_error (self, rc, error);
      return NULL;
    }

  return g_strv_builder_end (months);
}
