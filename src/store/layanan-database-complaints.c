/* layanan-database-complaints.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-database"

#include "config.h"

#include "layanan-database.h"

#include <glib/gi18n.h>

#include "layanan-database-private.h"
#include "layanan-date.h"
#include "layanan-error.h"

/* The complaint register (DOMAIN.md §3): each unit's category table,
 * complaints with their register numbers and attachments, and their
 * timeline. The clock of a complaint is computed by
 * layanan_complaint_apply_step() in core; this file stores what it left,
 * with the step, in one transaction, and refuses a step taken from a
 * status someone else has moved on from. */

#define SETTING_AUTO_CLOSE "complaint_auto_close"

/* Helpers */

static void
complaint_not_found (GError **error,
                     gint64   id)
{
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

  g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND,
               _("There is no complaint number %s in the register"), number);
}

/* Instants are stored in WIB so that their text sorts as time does; NULL
 * stays NULL. */
static gboolean
normalise_instant (char       **text,
                   const char  *field,
                   GError     **error)
{
  g_autoptr(GDateTime) instant = NULL;
  g_autoptr(GError) local_error = NULL;

  if (*text == NULL)
    return TRUE;

  instant = layanan_date_time_parse (*text, NULL, &local_error);
  if (instant == NULL)
    {
      /* Translators: a field of a complaint ("time received"), then the parser's message */
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT, _("%s: %s"), field,
                   local_error->message);
      return FALSE;
    }

  g_free (*text);
  *text = layanan_database_format_wib (instant);
  return TRUE;
}

/* "#1916449" as its digits. */
static gboolean
normalise_lapor_number (char    **number,
                        GError  **error)
{
  char *digits = NULL;

  if (*number == NULL)
    return TRUE;
  if (!layanan_lapor_number_normalize (*number, &digits, error))
    return FALSE;

  g_free (*number);
  *number = digits;
  return TRUE;
}

static void
clear_blank (char **text)
{
  if (layanan_database_text_is_blank (*text))
    g_clear_pointer (text, g_free);
}

static gboolean
duration_from_columns (sqlite3_stmt    *stmt,
                       int              column,
                       LayananDuration *duration)
{
  duration->value = sqlite3_column_int64 (stmt, column);
  return layanan_duration_unit_from_key ((const char *) sqlite3_column_text (stmt, column + 1),
                                         &duration->unit);
}

/* Categories */

#define CATEGORY_COLUMNS "id, unit_id, position, name, deadline_value, deadline_unit, active"

static LayananCategory *
read_category (sqlite3_stmt *stmt)
{
  LayananCategory *category = layanan_category_new ();

  category->id = sqlite3_column_int64 (stmt, 0);
  category->unit_id = sqlite3_column_int64 (stmt, 1);
  category->position = sqlite3_column_int (stmt, 2);
  category->name = layanan_database_column_text (stmt, 3);
  duration_from_columns (stmt, 4, &category->deadline);
  category->active = sqlite3_column_int (stmt, 6) != 0;
  return category;
}

/**
 * layanan_database_list_categories:
 *
 * Returns: (transfer full) (element-type LayananCategory): the unit's
 *   categories by position
 */
GPtrArray *
layanan_database_list_categories (LayananDatabase  *self,
                                  gint64            unit_id,
                                  gboolean          include_inactive,
                                  GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = layanan_database_prepare (self,
                                   "SELECT " CATEGORY_COLUMNS " FROM complaint_categories "
                                   "WHERE unit_id = ?1 AND (?2 OR active = 1) "
                                   "ORDER BY position, id",
                                   error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, unit_id);
  sqlite3_bind_int (stmt, 2, include_inactive ? 1 : 0);
  return layanan_database_read_rows (self, stmt, (LayananReadRowFunc) read_category,
                                     (GDestroyNotify) layanan_category_free, error);
}

static gboolean
load_category (LayananDatabase  *self,
               gint64            id,
               LayananCategory **category,
               GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean found;

  stmt = layanan_database_prepare (self,
                                   "SELECT " CATEGORY_COLUMNS " FROM complaint_categories "
                                   "WHERE id = ?1",
                                   error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!layanan_database_step_one (self, stmt, &found, error))
    return FALSE;
  if (!found)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("There is no complaint category number %s"), number);
      return FALSE;
    }

  *category = read_category (stmt);
  return TRUE;
}

static gboolean
write_category (LayananDatabase        *self,
                sqlite3_stmt           *stmt,
                const LayananCategory  *category,
                gint64                 *id,
                int                    *position,
                GError                **error)
{
  gboolean found;

  if (!layanan_database_step_one (self, stmt, &found, error))
    return FALSE;
  if (!found)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, category->id);

      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND,
                   _("There is no complaint category number %s"), number);
      return FALSE;
    }

  *id = sqlite3_column_int64 (stmt, 0);
  *position = sqlite3_column_int (stmt, 1);
  /* RETURNING rows are only final once the statement has run to its end. */
  return layanan_database_step_done (self, stmt, error);
}

/**
 * layanan_database_save_category:
 * @category: a new category (id 0, position 0 = after the last) or a
 *   changed one; its id and position are set on saving
 */
gboolean
layanan_database_save_category (LayananDatabase  *self,
                                LayananCategory  *category,
                                GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 id = 0;
  int position = 0;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (category != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (layanan_database_text_is_blank (category->name))
    {
      g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                           _("A complaint category needs a name"));
      return FALSE;
    }
  /* Translators: the field whose duration is wrong */
  if (!layanan_duration_validate (&category->deadline, _("Settlement deadline"), error))
    return FALSE;

  if (category->id == 0)
    stmt = layanan_database_prepare (self,
                                     "INSERT INTO complaint_categories (unit_id, position, name, "
                                     "  deadline_value, deadline_unit, active) "
                                     "VALUES (?1, CASE WHEN ?2 > 0 THEN ?2 ELSE (SELECT "
                                     "  coalesce (max (position), 0) + 1 FROM "
                                     "  complaint_categories WHERE unit_id = ?1) END, "
                                     "  ?3, ?4, ?5, ?6) RETURNING id, position",
                                     error);
  else
    stmt = layanan_database_prepare (self,
                                     "UPDATE complaint_categories SET unit_id = ?1, "
                                     "  position = CASE WHEN ?2 > 0 THEN ?2 ELSE position END, "
                                     "  name = ?3, deadline_value = ?4, deadline_unit = ?5, "
                                     "  active = ?6 WHERE id = ?7 RETURNING id, position",
                                     error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, category->unit_id);
  sqlite3_bind_int (stmt, 2, category->position);
  sqlite3_bind_text (stmt, 3, g_strstrip (category->name), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, category->deadline.value);
  sqlite3_bind_text (stmt, 5, layanan_duration_unit_to_key (category->deadline.unit), -1,
                     SQLITE_STATIC);
  sqlite3_bind_int (stmt, 6, category->active ? 1 : 0);
  if (category->id != 0)
    sqlite3_bind_int64 (stmt, 7, category->id);

  if (!layanan_database_begin (self, error))
    return FALSE;

  if (!layanan_database_end (self,
                             write_category (self, stmt, category, &id, &position, error),
                             error))
    return FALSE;

  category->id = id;
  category->position = position;
  return TRUE;
}

/* What DOMAIN.md §3.3 seeds when a unit's standards print no categories:
 * the table Biro Adpem Kalbar publishes. Names are the official Indonesian,
 * data rather than interface text. */
#define STANDARD_CATEGORIES_SQL \
  "(VALUES (1, 'Pengaduan ringan', 3, 'hours'), " \
  "  (2, 'Pengaduan bersifat normatif', 5, 'working_days'), " \
  "  (3, 'Pengaduan tidak berkadar pengawasan', 14, 'working_days'), " \
  "  (4, 'Pengaduan berkadar pengawasan dan memerlukan pemeriksaan', 60, 'working_days'))"

/**
 * layanan_database_ensure_categories:
 *
 * For each unit without categories: the categories its services' standards
 * in force print, in the order of the services and of each standard's
 * table, each name once (its first deadline wins), or else the four of
 * DOMAIN.md §3.3. Units that have categories are left as they are.
 */
gboolean
layanan_database_ensure_categories (LayananDatabase  *self,
                                    GError          **error)
{
  static const char sql[] =
    "WITH printed AS ("
    "  SELECT s.unit_id, c.name, c.deadline_value, c.deadline_unit,"
    "    row_number () OVER (PARTITION BY s.unit_id"
    "                        ORDER BY s.position, s.id, c.position) AS seq"
    "  FROM services AS s"
    "  JOIN standard_versions AS v ON v.service_id = s.id AND v.status = 'ditetapkan'"
    "  JOIN standard_complaint_categories AS c ON c.standard_version_id = v.id"
    "  WHERE s.deleted_at IS NULL AND c.deadline_value IS NOT NULL"
    "    AND s.unit_id NOT IN (SELECT unit_id FROM complaint_categories)),"
    " firsts AS ("
    "  SELECT unit_id, name, deadline_value, deadline_unit, seq,"
    "    row_number () OVER (PARTITION BY unit_id, name ORDER BY seq) AS nth"
    "  FROM printed)"
    "INSERT INTO complaint_categories (unit_id, position, name, deadline_value, deadline_unit)"
    "  SELECT unit_id, row_number () OVER (PARTITION BY unit_id ORDER BY seq),"
    "    name, deadline_value, deadline_unit"
    "  FROM firsts WHERE nth = 1 ORDER BY unit_id, seq;"

    "INSERT INTO complaint_categories (unit_id, position, name, deadline_value, deadline_unit)"
    "  SELECT u.id, d.column1, d.column2, d.column3, d.column4"
    "  FROM units AS u CROSS JOIN " STANDARD_CATEGORIES_SQL " AS d"
    "  WHERE u.id NOT IN (SELECT unit_id FROM complaint_categories)"
    "  ORDER BY u.id, d.column1;";

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!layanan_database_begin (self, error))
    return FALSE;

  return layanan_database_end (self, layanan_database_exec (self, sql, error), error);
}

/* Settings */

gboolean
layanan_database_get_complaint_auto_close (LayananDatabase *self)
{
  g_autofree char *value = NULL;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);

  value = layanan_database_get_setting (self, SETTING_AUTO_CLOSE);
  return g_strcmp0 (value, "1") == 0;
}

gboolean
layanan_database_set_complaint_auto_close (LayananDatabase  *self,
                                           gboolean          enabled,
                                           GError          **error)
{
  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return layanan_database_set_setting (self, SETTING_AUTO_CLOSE, enabled ? "1" : "0", error);
}

/* Writing complaints */

#define COMPLAINT_CLOCK_COLUMNS \
  "status, assigned_staff_id, assigned_unit_id, due_at, paused_seconds, paused_at, " \
  "status_before_pause, first_response_due_at, first_response_at, closed_at, category_id, " \
  "category_name, category_deadline_value, category_deadline_unit"

/* The statements of one writing transaction, prepared once for a whole
 * import. */
typedef struct
{
  LayananCalendar *calendar;       /* loaded when a complaint has no due_at */
  GHashTable      *categories;     /* id → LayananCategory, as read */
  sqlite3_stmt    *check;
  sqlite3_stmt    *next_number;
  sqlite3_stmt    *insert;
  sqlite3_stmt    *step;
  sqlite3_stmt    *insert_file;
  sqlite3_stmt    *link_file;
} Writer;

static void
writer_clear (Writer *writer)
{
  g_clear_object (&writer->calendar);
  g_clear_pointer (&writer->categories, g_hash_table_unref);
  g_clear_pointer (&writer->check, sqlite3_finalize);
  g_clear_pointer (&writer->next_number, sqlite3_finalize);
  g_clear_pointer (&writer->insert, sqlite3_finalize);
  g_clear_pointer (&writer->step, sqlite3_finalize);
  g_clear_pointer (&writer->insert_file, sqlite3_finalize);
  g_clear_pointer (&writer->link_file, sqlite3_finalize);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Writer, writer_clear)

#define INSERT_STEP_SQL \
  "INSERT INTO complaint_steps (complaint_id, kind, at, actor, from_status, to_status, note, " \
  "  response, to_staff_id, to_unit_id, to_name, category_id) " \
  "VALUES (?1, ?2, ?3, coalesce (?4, layanan_actor ()), ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"

#define LINK_FILE_SQL \
  "INSERT INTO complaint_file_links (complaint_id, sha256, position) " \
  "VALUES (?1, ?2, (SELECT coalesce (max (position), 0) + 1 FROM complaint_file_links " \
  "  WHERE complaint_id = ?1)) " \
  "ON CONFLICT (complaint_id, sha256) DO NOTHING"

static gboolean
writer_prepare_files (LayananDatabase  *self,
                      Writer           *writer,
                      GError          **error)
{
  writer->insert_file = layanan_database_prepare (self, LAYANAN_INSERT_LETTER_FILE_SQL, error);
  if (writer->insert_file == NULL)
    return FALSE;

  writer->link_file = layanan_database_prepare (self, LINK_FILE_SQL, error);
  return writer->link_file != NULL;
}

static gboolean
writer_prepare (LayananDatabase  *self,
                Writer           *writer,
                GError          **error)
{
  writer->categories = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                              (GDestroyNotify) layanan_category_free);

  writer->check = layanan_database_prepare (self,
                                            "SELECT (SELECT count(*) FROM units WHERE id = ?1), "
                                            "  (SELECT count(*) FROM services WHERE id = ?2), "
                                            "  (SELECT name FROM services WHERE id = ?2)",
                                            error);
  if (writer->check == NULL)
    return FALSE;

  /* The counter row is the lock that makes numbers gap-free: it is written
   * inside the same BEGIN IMMEDIATE as the complaint, so a refused
   * complaint rolls its number back. */
  writer->next_number = layanan_database_prepare (self,
                                                  "INSERT INTO complaint_counters "
                                                  "  (unit_id, year, last_number) "
                                                  "VALUES (?1, ?2, 1) "
                                                  "ON CONFLICT (unit_id, year) DO UPDATE "
                                                  "  SET last_number = last_number + 1 "
                                                  "RETURNING last_number",
                                                  error);
  if (writer->next_number == NULL)
    return FALSE;

  writer->insert = layanan_database_prepare (self,
                                             "INSERT INTO complaints (unit_id, register_year, "
                                             "  register_number, received_at, channel, "
                                             "  lapor_number, service_id, service_name, "
                                             "  anonymous, complainant_name, "
                                             "  complainant_contact, confidential, "
                                             "  classification, description, "
                                             "  " COMPLAINT_CLOCK_COLUMNS ", "
                                             "  created_at, updated_at) "
                                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
                                             "  ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, "
                                             "  ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, "
                                             "  layanan_now (), layanan_now ())",
                                             error);
  if (writer->insert == NULL)
    return FALSE;

  writer->step = layanan_database_prepare (self, INSERT_STEP_SQL, error);
  if (writer->step == NULL)
    return FALSE;

  return writer_prepare_files (self, writer, error);
}

static const LayananCategory *
writer_category (LayananDatabase  *self,
                 Writer           *writer,
                 gint64            id,
                 GError          **error)
{
  LayananCategory *category = g_hash_table_lookup (writer->categories, &id);

  if (category == NULL)
    {
      if (!load_category (self, id, &category, error))
        return NULL;
      g_hash_table_insert (writer->categories, &category->id, category);
    }

  return category;
}

/* Binds the fields the clock of a complaint keeps, from @first. */
static void
bind_clock (sqlite3_stmt           *stmt,
            int                     first,
            const LayananComplaint *complaint,
            const char             *category_name)
{
  sqlite3_bind_text (stmt, first, layanan_complaint_status_to_key (complaint->status), -1,
                     SQLITE_STATIC);
  layanan_database_bind_id_or_null (stmt, first + 1, complaint->assigned_staff_id);
  layanan_database_bind_id_or_null (stmt, first + 2, complaint->assigned_unit_id);
  layanan_database_bind_text_or_null (stmt, first + 3, complaint->due_at);
  sqlite3_bind_int64 (stmt, first + 4, complaint->paused_seconds);
  layanan_database_bind_text_or_null (stmt, first + 5, complaint->paused_at);
  sqlite3_bind_text (stmt, first + 6,
                     layanan_complaint_status_to_key (complaint->status_before_pause), -1,
                     SQLITE_STATIC);
  layanan_database_bind_text_or_null (stmt, first + 7, complaint->first_response_due_at);
  layanan_database_bind_text_or_null (stmt, first + 8, complaint->first_response_at);
  layanan_database_bind_text_or_null (stmt, first + 9, complaint->closed_at);
  sqlite3_bind_int64 (stmt, first + 10, complaint->category_id);
  sqlite3_bind_text (stmt, first + 11, category_name, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, first + 12, complaint->category_deadline.value);
  sqlite3_bind_text (stmt, first + 13,
                     layanan_duration_unit_to_key (complaint->category_deadline.unit), -1,
                     SQLITE_STATIC);
}

/* The clock's instants, in WIB. */
static gboolean
normalise_clock (LayananComplaint  *complaint,
                 GError           **error)
{
  return normalise_instant (&complaint->due_at, _("Due"), error) &&
         normalise_instant (&complaint->paused_at, _("Waiting since"), error) &&
         normalise_instant (&complaint->first_response_due_at, _("First response due"),
                            error) &&
         normalise_instant (&complaint->first_response_at, _("First response"), error) &&
         normalise_instant (&complaint->closed_at, _("Closed"), error);
}

static gboolean
check_enums (const LayananComplaint  *complaint,
             GError                 **error)
{
  if ((guint) complaint->channel >= LAYANAN_N_CHANNEL_KINDS ||
      (guint) complaint->classification >= LAYANAN_N_COMPLAINT_KINDS ||
      (guint) complaint->status >= LAYANAN_N_COMPLAINT_STATUSES ||
      (guint) complaint->status_before_pause >= LAYANAN_N_COMPLAINT_STATUSES)
    {
      g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                           _("The complaint has an unknown channel, classification or status"));
      return FALSE;
    }

  return TRUE;
}

/* Checks what layanan_complaint_validate() cannot: the references. */
static gboolean
check_references (LayananDatabase         *self,
                  Writer                  *writer,
                  const LayananComplaint  *complaint,
                  char                   **service_name,
                  GError                 **error)
{
  sqlite3_stmt *stmt = writer->check;
  gboolean found, ok = FALSE;

  sqlite3_bind_int64 (stmt, 1, complaint->unit_id);
  sqlite3_bind_int64 (stmt, 2, complaint->service_id);

  if (!layanan_database_step_one (self, stmt, &found, error))
    goto out;

  if (sqlite3_column_int (stmt, 0) == 0)
    g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                         _("There is no unit for the complaint to be registered in"));
  else if (complaint->service_id != 0 && sqlite3_column_int (stmt, 1) == 0)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, complaint->service_id);

      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("There is no service number %s in the catalog"), number);
    }
  else
    {
      *service_name = layanan_database_column_text (stmt, 2);
      ok = TRUE;
    }

out:
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return ok;
}

static gboolean
next_register_number (LayananDatabase  *self,
                      Writer           *writer,
                      gint64            unit_id,
                      int               year,
                      gint64           *number,
                      GError          **error)
{
  gboolean found = FALSE;

  sqlite3_bind_int64 (writer->next_number, 1, unit_id);
  sqlite3_bind_int (writer->next_number, 2, year);
  if (!layanan_database_step_one (self, writer->next_number, &found, error) || !found)
    {
      if (!found && error != NULL && *error == NULL)
        g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_DATABASE,
                             "The complaint counter returned no number");
      sqlite3_reset (writer->next_number);
      return FALSE;
    }

  *number = sqlite3_column_int64 (writer->next_number, 0);
  /* RETURNING rows are only final once the statement has run to its end. */
  sqlite3_step (writer->next_number);
  sqlite3_reset (writer->next_number);
  sqlite3_clear_bindings (writer->next_number);
  return TRUE;
}

static void
bind_text_unless_blank (sqlite3_stmt *stmt,
                        int           index,
                        const char   *text)
{
  layanan_database_bind_text_or_null (stmt, index,
                                      layanan_database_text_is_blank (text) ? NULL : text);
}

static gboolean
insert_step (LayananDatabase             *self,
             sqlite3_stmt                *stmt,
             gint64                       complaint_id,
             const LayananComplaintStep  *step,
             const char                  *at,
             GError                     **error)
{
  sqlite3_bind_int64 (stmt, 1, complaint_id);
  sqlite3_bind_text (stmt, 2, layanan_complaint_step_kind_to_key (step->kind), -1,
                     SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, at, -1, SQLITE_STATIC);
  bind_text_unless_blank (stmt, 4, step->actor);
  sqlite3_bind_text (stmt, 5, layanan_complaint_status_to_key (step->from_status), -1,
                     SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, layanan_complaint_status_to_key (step->to_status), -1,
                     SQLITE_STATIC);
  bind_text_unless_blank (stmt, 7, step->note);
  bind_text_unless_blank (stmt, 8, step->response);
  layanan_database_bind_id_or_null (stmt, 9, step->to_staff_id);
  layanan_database_bind_id_or_null (stmt, 10, step->to_unit_id);
  /* A forward names its recipient by id; the name is read on loading. */
  bind_text_unless_blank (stmt, 11, step->to_staff_id == 0 && step->to_unit_id == 0
                                    ? step->to_name : NULL);
  layanan_database_bind_id_or_null (stmt, 12, step->category_id);

  if (!layanan_database_step_done (self, stmt, error))
    return FALSE;

  sqlite3_clear_bindings (stmt);
  return TRUE;
}

static gboolean
insert_files (LayananDatabase  *self,
              Writer           *writer,
              gint64            complaint_id,
              GPtrArray        *files,
              GError          **error)
{
  for (guint i = 0; files != NULL && i < files->len; i++)
    {
      LayananLetterFile *file = g_ptr_array_index (files, i);
      g_autofree char *sha256 = NULL;

      if (!layanan_database_store_letter_file (self, writer->insert_file, file, i + 1, &sha256,
                                               error))
        return FALSE;

      sqlite3_bind_int64 (writer->link_file, 1, complaint_id);
      sqlite3_bind_text (writer->link_file, 2, sha256, -1, SQLITE_STATIC);
      if (!layanan_database_step_done (self, writer->link_file, error))
        return FALSE;

      g_free (file->sha256);
      file->sha256 = g_steal_pointer (&sha256);
    }

  return TRUE;
}

/* The step an import records for a complaint that arrives in @status. */
static LayananComplaintStepKind
step_kind_into (LayananComplaintStatus status)
{
  switch (status)
    {
    case LAYANAN_COMPLAINT_STATUS_DIVERIFIKASI:
      return LAYANAN_COMPLAINT_STEP_VERIFY;
    case LAYANAN_COMPLAINT_STATUS_DITERUSKAN:
      return LAYANAN_COMPLAINT_STEP_FORWARD;
    case LAYANAN_COMPLAINT_STATUS_MENUNGGU_PELAPOR:
      return LAYANAN_COMPLAINT_STEP_AWAIT_COMPLAINANT;
    case LAYANAN_COMPLAINT_STATUS_SELESAI:
      return LAYANAN_COMPLAINT_STEP_SETTLE;
    case LAYANAN_COMPLAINT_STATUS_BUKAN_WEWENANG:
      return LAYANAN_COMPLAINT_STEP_NOT_COMPETENT;
    case LAYANAN_COMPLAINT_STATUS_DITOLAK:
      return LAYANAN_COMPLAINT_STEP_REJECT;
    case LAYANAN_COMPLAINT_STATUS_DITUTUP:
      return LAYANAN_COMPLAINT_STEP_AUTO_CLOSE;
    case LAYANAN_COMPLAINT_STATUS_DITERIMA:
    case LAYANAN_COMPLAINT_STATUS_DITINDAKLANJUTI:
    default:
      return LAYANAN_COMPLAINT_STEP_FOLLOW_UP;
    }
}

/* The RECEIVE line, and for a complaint saved past diterima the line that
 * took it there. */
static gboolean
insert_first_steps (LayananDatabase         *self,
                    Writer                  *writer,
                    const LayananComplaint  *saved,
                    const char              *note,
                    GError                 **error)
{
  g_autoptr(LayananComplaintStep) receive = layanan_complaint_step_new (
    LAYANAN_COMPLAINT_STEP_RECEIVE);
  g_autoptr(LayananComplaintStep) set = NULL;
  const char *at;

  receive->from_status = LAYANAN_COMPLAINT_STATUS_DITERIMA;
  receive->to_status = LAYANAN_COMPLAINT_STATUS_DITERIMA;
  if (!insert_step (self, writer->step, saved->id, receive, saved->received_at, error))
    return FALSE;

  if (saved->status == LAYANAN_COMPLAINT_STATUS_DITERIMA)
    return TRUE;

  set = layanan_complaint_step_new (step_kind_into (saved->status));
  set->from_status = LAYANAN_COMPLAINT_STATUS_DITERIMA;
  set->to_status = saved->status;
  set->note = g_strdup (note);
  set->to_staff_id = saved->assigned_staff_id;
  set->to_unit_id = saved->assigned_unit_id;
  at = saved->closed_at != NULL ? saved->closed_at
       : saved->paused_at != NULL ? saved->paused_at
       : saved->first_response_at != NULL ? saved->first_response_at
       : saved->received_at;
  return insert_step (self, writer->step, saved->id, set, at, error);
}

/* Inserts @saved (a copy of the caller's complaint, completed here: its
 * instants in WIB, its number, its category's deadline and, when it came
 * without one, its due time). */
static gboolean
insert_complaint (LayananDatabase   *self,
                  Writer            *writer,
                  LayananComplaint  *saved,
                  GPtrArray         *files,
                  const char        *note,
                  GError           **error)
{
  sqlite3_stmt *stmt = writer->insert;
  g_autofree char *service_name = NULL;
  const LayananCategory *category;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  if (saved->received_at == NULL)
    saved->received_at = layanan_database_now_wib ();
  clear_blank (&saved->complainant_name);
  clear_blank (&saved->complainant_contact);
  clear_blank (&saved->lapor_number);
  if (!check_enums (saved, error) || !layanan_complaint_validate (saved, now, error) ||
      !normalise_lapor_number (&saved->lapor_number, error) ||
      !normalise_instant (&saved->received_at, _("Time received"), error) ||
      !normalise_clock (saved, error))
    return FALSE;
  saved->register_year = (int) g_ascii_strtoll (saved->received_at, NULL, 10);

  category = writer_category (self, writer, saved->category_id, error);
  if (category == NULL || !check_references (self, writer, saved, &service_name, error))
    return FALSE;
  if (category->unit_id != saved->unit_id)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("The category “%s” belongs to another unit"), category->name);
      return FALSE;
    }

  if (saved->category_deadline.value <= 0)
    saved->category_deadline = category->deadline;
  if (saved->due_at == NULL)
    {
      if (writer->calendar == NULL)
        writer->calendar = layanan_database_load_calendar (self, error);
      if (writer->calendar == NULL)
        return FALSE;
      layanan_complaint_set_category (saved, category, writer->calendar);
      if (!normalise_clock (saved, error))
        return FALSE;
    }

  if (!next_register_number (self, writer, saved->unit_id, saved->register_year,
                             &saved->register_number, error))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, saved->unit_id);
  sqlite3_bind_int (stmt, 2, saved->register_year);
  sqlite3_bind_int64 (stmt, 3, saved->register_number);
  sqlite3_bind_text (stmt, 4, saved->received_at, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, layanan_channel_kind_to_key (saved->channel), -1, SQLITE_STATIC);
  layanan_database_bind_text_or_null (stmt, 6, saved->lapor_number);
  layanan_database_bind_id_or_null (stmt, 7, saved->service_id);
  layanan_database_bind_text_or_null (stmt, 8, service_name);
  sqlite3_bind_int (stmt, 9, saved->anonymous ? 1 : 0);
  layanan_database_bind_text_or_null (stmt, 10, saved->complainant_name);
  layanan_database_bind_text_or_null (stmt, 11, saved->complainant_contact);
  sqlite3_bind_int (stmt, 12, saved->confidential ? 1 : 0);
  sqlite3_bind_text (stmt, 13, layanan_complaint_kind_to_key (saved->classification), -1,
                     SQLITE_STATIC);
  sqlite3_bind_text (stmt, 14, saved->description, -1, SQLITE_STATIC);
  bind_clock (stmt, 15, saved, category->name);

  if (!layanan_database_step_done (self, stmt, error))
    return FALSE;
  sqlite3_clear_bindings (stmt);
  saved->id = sqlite3_last_insert_rowid (self->db);

  return insert_first_steps (self, writer, saved, note, error) &&
         insert_files (self, writer, saved->id, files, error);
}

/* Hands the saved copy's contents to the caller's complaint. */
static void
swap_complaint (LayananComplaint *complaint,
                LayananComplaint *saved)
{
  LayananComplaint old = *complaint;

  *complaint = *saved;
  *saved = old;
}

/**
 * layanan_database_add_complaint:
 * @complaint: the complaint; received_at defaults to now
 * @files: (nullable) (element-type LayananLetterFile): its attachments
 *
 * Registers @complaint under the next number of its unit for the year it
 * was received (WIB). Sets its id, register year and number, its instants
 * as stored (WIB), its category's deadline when it had none, and its due
 * time when it came without one; sets each file's sha256. A complaint that
 * is refused takes no number.
 */
gboolean
layanan_database_add_complaint (LayananDatabase   *self,
                                LayananComplaint  *complaint,
                                GPtrArray         *files,
                                GError           **error)
{
  g_auto(Writer) writer = { 0 };
  g_autoptr(LayananComplaint) saved = NULL;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (complaint != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!writer_prepare (self, &writer, error))
    return FALSE;

  saved = layanan_complaint_copy (complaint);
  if (!layanan_database_begin (self, error))
    return FALSE;

  if (!layanan_database_end (self,
                             insert_complaint (self, &writer, saved, files, NULL, error),
                             error))
    return FALSE;

  swap_complaint (complaint, saved);
  return TRUE;
}

/**
 * layanan_database_add_complaints:
 * @complaints: (element-type LayananComplaint): in the order they get
 *   their numbers
 *
 * Registers many complaints as layanan_database_add_complaint() does one,
 * in one transaction: all of them, or (on an error or cancellation) none,
 * and then none of @complaints is changed. An error names the complaint
 * by its position in @complaints.
 */
gboolean
layanan_database_add_complaints (LayananDatabase  *self,
                                 GPtrArray        *complaints,
                                 GCancellable     *cancellable,
                                 GError          **error)
{
  g_auto(Writer) writer = { 0 };
  g_autoptr(GPtrArray) saved = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (complaints != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!writer_prepare (self, &writer, error))
    return FALSE;

  saved = g_ptr_array_new_full (complaints->len, (GDestroyNotify) layanan_complaint_free);
  if (!layanan_database_begin (self, error))
    return FALSE;

  for (guint i = 0; i < complaints->len; i++)
    {
      LayananComplaint *copy = layanan_complaint_copy (g_ptr_array_index (complaints, i));

      g_ptr_array_add (saved, copy);
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          layanan_database_rollback (self);
          return FALSE;
        }

      /* Translators: the note on the timeline of a complaint brought in by an import */
      if (!insert_complaint (self, &writer, copy, NULL, _("imported"), &local_error))
        {
          /* Translators: the position of a complaint in an import, then what is wrong */
          g_set_error (error, LAYANAN_ERROR, local_error->code, _("Complaint %u: %s"), i + 1,
                       local_error->message);
          layanan_database_rollback (self);
          return FALSE;
        }
    }

  if (!layanan_database_commit (self, error))
    return FALSE;

  for (guint i = 0; i < complaints->len; i++)
    swap_complaint (g_ptr_array_index (complaints, i), g_ptr_array_index (saved, i));
  return TRUE;
}

/* Loading */

#define COMPLAINT_COLUMNS \
  "id, unit_id, register_year, register_number, received_at, channel, lapor_number, " \
  "coalesce (service_id, 0), anonymous, complainant_name, complainant_contact, confidential, " \
  "classification, category_id, category_deadline_value, category_deadline_unit, " \
  "description, status, coalesce (assigned_staff_id, 0), coalesce (assigned_unit_id, 0), " \
  "due_at, paused_seconds, paused_at, status_before_pause, first_response_due_at, " \
  "first_response_at, closed_at"

static LayananComplaint *
read_complaint (sqlite3_stmt *stmt)
{
  LayananComplaint *complaint = layanan_complaint_new ();

  complaint->id = sqlite3_column_int64 (stmt, 0);
  complaint->unit_id = sqlite3_column_int64 (stmt, 1);
  complaint->register_year = sqlite3_column_int (stmt, 2);
  complaint->register_number = sqlite3_column_int64 (stmt, 3);
  complaint->received_at = layanan_database_column_text (stmt, 4);
  layanan_channel_kind_from_key ((const char *) sqlite3_column_text (stmt, 5),
                                 &complaint->channel);
  complaint->lapor_number = layanan_database_column_text (stmt, 6);
  complaint->service_id = sqlite3_column_int64 (stmt, 7);
  complaint->anonymous = sqlite3_column_int (stmt, 8) != 0;
  complaint->complainant_name = layanan_database_column_text (stmt, 9);
  complaint->complainant_contact = layanan_database_column_text (stmt, 10);
  complaint->confidential = sqlite3_column_int (stmt, 11) != 0;
  layanan_complaint_kind_from_key ((const char *) sqlite3_column_text (stmt, 12),
                                   &complaint->classification);
  complaint->category_id = sqlite3_column_int64 (stmt, 13);
  duration_from_columns (stmt, 14, &complaint->category_deadline);
  complaint->description = layanan_database_column_text (stmt, 16);
  layanan_complaint_status_from_key ((const char *) sqlite3_column_text (stmt, 17),
                                     &complaint->status);
  complaint->assigned_staff_id = sqlite3_column_int64 (stmt, 18);
  complaint->assigned_unit_id = sqlite3_column_int64 (stmt, 19);
  complaint->due_at = layanan_database_column_text (stmt, 20);
  complaint->paused_seconds = sqlite3_column_int64 (stmt, 21);
  complaint->paused_at = layanan_database_column_text (stmt, 22);
  layanan_complaint_status_from_key ((const char *) sqlite3_column_text (stmt, 23),
                                     &complaint->status_before_pause);
  complaint->first_response_due_at = layanan_database_column_text (stmt, 24);
  complaint->first_response_at = layanan_database_column_text (stmt, 25);
  complaint->closed_at = layanan_database_column_text (stmt, 26);

  return complaint;
}

/**
 * layanan_database_load_complaint:
 *
 * Returns: (transfer full): the complaint, or %NULL with
 *   %LAYANAN_ERROR_NOT_FOUND when there is none with @id
 */
LayananComplaint *
layanan_database_load_complaint (LayananDatabase  *self,
                                 gint64            id,
                                 GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean found;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = layanan_database_prepare (self,
                                   "SELECT " COMPLAINT_COLUMNS " FROM complaints WHERE id = ?1",
                                   error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!layanan_database_step_one (self, stmt, &found, error))
    return NULL;
  if (!found)
    {
      complaint_not_found (error, id);
      return NULL;
    }

  return read_complaint (stmt);
}

/**
 * layanan_database_list_waiting_complaints:
 *
 * Returns: (transfer full) (element-type LayananComplaint): the complaints
 *   waiting for their complainant, longest waiting first
 */
GPtrArray *
layanan_database_list_waiting_complaints (LayananDatabase  *self,
                                          GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = layanan_database_prepare (self,
                                   "SELECT " COMPLAINT_COLUMNS " FROM complaints "
                                   "WHERE status = 'menunggu_pelapor' "
                                   "ORDER BY paused_at, id",
                                   error);
  if (stmt == NULL)
    return NULL;

  return layanan_database_read_rows (self, stmt, (LayananReadRowFunc) read_complaint,
                                     (GDestroyNotify) layanan_complaint_free, error);
}

/* Editing */

/* The fields a person may correct, by the names the edit line lists. */
static void
list_changes (const LayananComplaint *old,
              const LayananComplaint *new,
              GString                *changed)
{
#define CHANGED(test, name) \
  if (test) g_string_append_printf (changed, "%s%s", changed->len > 0 ? ", " : "", name)

  CHANGED (g_strcmp0 (old->received_at, new->received_at) != 0, "received_at");
  CHANGED (old->channel != new->channel, "channel");
  CHANGED (g_strcmp0 (old->lapor_number, new->lapor_number) != 0, "lapor_number");
  CHANGED (old->service_id != new->service_id, "service");
  CHANGED (g_strcmp0 (old->complainant_name, new->complainant_name) != 0, "complainant_name");
  CHANGED (g_strcmp0 (old->complainant_contact, new->complainant_contact) != 0,
           "complainant_contact");
  CHANGED (!old->anonymous != !new->anonymous, "anonymous");
  CHANGED (!old->confidential != !new->confidential, "confidential");
  CHANGED (old->classification != new->classification, "classification");
  CHANGED (g_strcmp0 (old->description, new->description) != 0, "description");

#undef CHANGED
}

/* @edited: the stored complaint with the editable fields of the caller's. */
static void
take_editable_fields (LayananComplaint       *edited,
                      const LayananComplaint *complaint)
{
  g_free (edited->received_at);
  edited->received_at = g_strdup (complaint->received_at);
  edited->channel = complaint->channel;
  g_free (edited->lapor_number);
  edited->lapor_number = g_strdup (complaint->lapor_number);
  edited->service_id = complaint->service_id;
  edited->anonymous = complaint->anonymous;
  g_free (edited->complainant_name);
  edited->complainant_name = g_strdup (complaint->complainant_name);
  g_free (edited->complainant_contact);
  edited->complainant_contact = g_strdup (complaint->complainant_contact);
  edited->confidential = complaint->confidential;
  edited->classification = complaint->classification;
  g_free (edited->description);
  edited->description = g_strdup (complaint->description);
}

static gboolean
update_complaint (LayananDatabase         *self,
                  const LayananComplaint  *complaint,
                  GError                 **error)
{
  g_autoptr(LayananComplaint) old = NULL;
  g_autoptr(LayananComplaint) edited = NULL;
  g_autoptr(LayananComplaintStep) step = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autoptr(GString) changed = g_string_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *at = layanan_database_now_wib ();

  old = layanan_database_load_complaint (self, complaint->id, error);
  if (old == NULL)
    return FALSE;

  edited = layanan_complaint_copy (old);
  take_editable_fields (edited, complaint);
  clear_blank (&edited->complainant_name);
  clear_blank (&edited->complainant_contact);
  clear_blank (&edited->lapor_number);
  if (!check_enums (edited, error) || !layanan_complaint_validate (edited, now, error) ||
      !normalise_lapor_number (&edited->lapor_number, error) ||
      !normalise_instant (&edited->received_at, _("Time received"), error))
    return FALSE;

  list_changes (old, edited, changed);
  if (changed->len == 0)
    return TRUE;

  stmt = layanan_database_prepare (self,
                                   "UPDATE complaints SET received_at = ?2, channel = ?3, "
                                   "  lapor_number = ?4, service_id = ?5, "
                                   "  service_name = (SELECT name FROM services WHERE id = ?5), "
                                   "  anonymous = ?6, complainant_name = ?7, "
                                   "  complainant_contact = ?8, confidential = ?9, "
                                   "  classification = ?10, description = ?11, "
                                   "  updated_at = layanan_now () WHERE id = ?1",
                                   error);
  insert = layanan_database_prepare (self, INSERT_STEP_SQL, error);
  if (stmt == NULL || insert == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, edited->id);
  sqlite3_bind_text (stmt, 2, edited->received_at, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, layanan_channel_kind_to_key (edited->channel), -1, SQLITE_STATIC);
  layanan_database_bind_text_or_null (stmt, 4, edited->lapor_number);
  layanan_database_bind_id_or_null (stmt, 5, edited->service_id);
  sqlite3_bind_int (stmt, 6, edited->anonymous ? 1 : 0);
  layanan_database_bind_text_or_null (stmt, 7, edited->complainant_name);
  layanan_database_bind_text_or_null (stmt, 8, edited->complainant_contact);
  sqlite3_bind_int (stmt, 9, edited->confidential ? 1 : 0);
  sqlite3_bind_text (stmt, 10, layanan_complaint_kind_to_key (edited->classification), -1,
                     SQLITE_STATIC);
  sqlite3_bind_text (stmt, 11, edited->description, -1, SQLITE_STATIC);
  if (!layanan_database_step_done (self, stmt, error))
    return FALSE;

  step = layanan_complaint_step_new (LAYANAN_COMPLAINT_STEP_RESPOND);
  step->from_status = old->status;
  step->to_status = old->status;
  /* The note names the fields in the store's words, for the audit. */
  step->note = g_strdup_printf ("edited: %s", changed->str);
  return insert_step (self, insert, edited->id, step, at, error);
}

/**
 * layanan_database_update_complaint:
 *
 * Stores the fields of @complaint a person may correct, and a RESPOND line
 * that lists them; nothing when none changed.
 */
gboolean
layanan_database_update_complaint (LayananDatabase         *self,
                                   const LayananComplaint  *complaint,
                                   GError                 **error)
{
  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (complaint != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!layanan_database_begin (self, error))
    return FALSE;

  return layanan_database_end (self, update_complaint (self, complaint, error), error);
}

/* Steps */

static gboolean
read_status (LayananDatabase         *self,
             gint64                   id,
             LayananComplaintStatus  *status,
             GError                 **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean found;

  stmt = layanan_database_prepare (self, "SELECT status FROM complaints WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!layanan_database_step_one (self, stmt, &found, error))
    return FALSE;
  if (!found)
    {
      complaint_not_found (error, id);
      return FALSE;
    }

  if (!layanan_complaint_status_from_key ((const char *) sqlite3_column_text (stmt, 0), status))
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_DATABASE,
                   _("The database %s holds a complaint with an unknown status “%s”"),
                   self->path, (const char *) sqlite3_column_text (stmt, 0));
      return FALSE;
    }

  return TRUE;
}

static gboolean
write_clock (LayananDatabase         *self,
             const LayananComplaint  *complaint,
             GError                 **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(LayananCategory) category = NULL;

  if (!load_category (self, complaint->category_id, &category, error))
    return FALSE;

  stmt = layanan_database_prepare (self,
                                   "UPDATE complaints SET (" COMPLAINT_CLOCK_COLUMNS ", "
                                   "  updated_at) = (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
                                   "  ?12, ?13, ?14, ?15, layanan_now ()) WHERE id = ?1",
                                   error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, complaint->id);
  bind_clock (stmt, 2, complaint, category->name);
  return layanan_database_step_done (self, stmt, error);
}

static gboolean
add_step (LayananDatabase         *self,
          const LayananComplaint  *complaint,
          LayananComplaintStep    *step,
          GError                 **error)
{
  g_autoptr(LayananComplaint) clock = layanan_complaint_copy (complaint);
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autofree char *at = g_strdup (step->at);
  LayananComplaintStatus stored;

  if (!read_status (self, complaint->id, &stored, error))
    return FALSE;
  if (stored != step->from_status)
    {
      g_autofree char *number = layanan_agenda_number_format (complaint->register_number,
                                                              complaint->register_year);

      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_CONFLICT,
                   _("The complaint %s is now “%s”, no longer “%s”: "
                     "someone else changed it meanwhile"),
                   number,
                   layanan_complaint_status_get_label (stored),
                   layanan_complaint_status_get_label (step->from_status));
      return FALSE;
    }

  if (at == NULL)
    at = layanan_database_now_wib ();
  if (!normalise_instant (&at, _("Time of the step"), error) ||
      !check_enums (clock, error) || !normalise_clock (clock, error) ||
      !write_clock (self, clock, error))
    return FALSE;

  insert = layanan_database_prepare (self, INSERT_STEP_SQL, error);
  if (insert == NULL || !insert_step (self, insert, complaint->id, step, at, error))
    return FALSE;

  step->id = sqlite3_last_insert_rowid (self->db);
  step->complaint_id = complaint->id;
  g_free (step->at);
  step->at = g_steal_pointer (&at);
  return TRUE;
}

/**
 * layanan_database_add_complaint_step:
 * @complaint: the complaint as layanan_complaint_apply_step() left it
 * @step: the step it applied; step->at NULL means now
 */
gboolean
layanan_database_add_complaint_step (LayananDatabase         *self,
                                     const LayananComplaint  *complaint,
                                     LayananComplaintStep    *step,
                                     GError                 **error)
{
  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (complaint != NULL, FALSE);
  g_return_val_if_fail (step != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if ((guint) step->kind >= LAYANAN_N_COMPLAINT_STEPS ||
      (guint) step->from_status >= LAYANAN_N_COMPLAINT_STATUSES ||
      (guint) step->to_status >= LAYANAN_N_COMPLAINT_STATUSES)
    {
      g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                           _("The step has an unknown kind or status"));
      return FALSE;
    }

  if (!layanan_database_begin (self, error))
    return FALSE;

  return layanan_database_end (self, add_step (self, complaint, step, error), error);
}

static LayananComplaintStep *
read_step (sqlite3_stmt *stmt)
{
  LayananComplaintStepKind kind = LAYANAN_COMPLAINT_STEP_RESPOND;
  LayananComplaintStep *step;

  layanan_complaint_step_kind_from_key ((const char *) sqlite3_column_text (stmt, 1), &kind);
  step = layanan_complaint_step_new (kind);
  step->id = sqlite3_column_int64 (stmt, 0);
  step->at = layanan_database_column_text (stmt, 2);
  step->actor = layanan_database_column_text (stmt, 3);
  layanan_complaint_status_from_key ((const char *) sqlite3_column_text (stmt, 4),
                                     &step->from_status);
  layanan_complaint_status_from_key ((const char *) sqlite3_column_text (stmt, 5),
                                     &step->to_status);
  step->note = layanan_database_column_text (stmt, 6);
  step->response = layanan_database_column_text (stmt, 7);
  step->to_staff_id = sqlite3_column_int64 (stmt, 8);
  step->to_unit_id = sqlite3_column_int64 (stmt, 9);
  step->to_name = layanan_database_column_text (stmt, 10);
  step->category_id = sqlite3_column_int64 (stmt, 11);
  step->category_name = layanan_database_column_text (stmt, 12);
  step->complaint_id = sqlite3_column_int64 (stmt, 13);
  return step;
}

/**
 * layanan_database_list_complaint_steps:
 *
 * Returns: (transfer full) (element-type LayananComplaintStep): the
 *   timeline in the order it was written, with the names of the staff
 *   member or section a step forwarded to and of a new category
 */
GPtrArray *
layanan_database_list_complaint_steps (LayananDatabase  *self,
                                       gint64            complaint_id,
                                       GError          **error)
{
  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return layanan_database_list_by_id (self,
                                      "SELECT s.id, s.kind, s.at, s.actor, s.from_status, "
                                      "  s.to_status, s.note, s.response, "
                                      "  coalesce (s.to_staff_id, 0), coalesce (s.to_unit_id, 0), "
                                      "  coalesce (st.name, u.name, s.to_name), "
                                      "  coalesce (s.category_id, 0), c.name, s.complaint_id "
                                      "FROM complaint_steps AS s "
                                      "LEFT JOIN staff AS st ON st.id = s.to_staff_id "
                                      "LEFT JOIN units AS u ON u.id = s.to_unit_id "
                                      "LEFT JOIN complaint_categories AS c ON c.id = s.category_id "
                                      "WHERE s.complaint_id = ?1 ORDER BY s.id",
                                      complaint_id, (LayananReadRowFunc) read_step,
                                      (GDestroyNotify) layanan_complaint_step_free, error);
}

/* Attachments */

/**
 * layanan_database_list_complaint_files:
 *
 * Returns: (transfer full) (element-type LayananLetterFile): the
 *   complaint's attachments in the order they were added
 */
GPtrArray *
layanan_database_list_complaint_files (LayananDatabase  *self,
                                       gint64            complaint_id,
                                       GError          **error)
{
  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return layanan_database_list_linked_files (self, "complaint_file_links", "complaint_id",
                                             complaint_id, error);
}

/**
 * layanan_database_add_complaint_files:
 * @files: (element-type LayananLetterFile): attachments to add after the
 *   complaint's others; one it already has is not added twice
 */
gboolean
layanan_database_add_complaint_files (LayananDatabase  *self,
                                      gint64            complaint_id,
                                      GPtrArray        *files,
                                      GError          **error)
{
  g_auto(Writer) writer = { 0 };
  LayananComplaintStatus status;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (files != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!writer_prepare_files (self, &writer, error) || !layanan_database_begin (self, error))
    return FALSE;

  return layanan_database_end (self,
                               read_status (self, complaint_id, &status, error) &&
                               insert_files (self, &writer, complaint_id, files, error),
                               error);
}
