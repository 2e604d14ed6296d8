/* layanan-database-reference.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-database"

#include "config.h"

#include "layanan-database.h"

#include <stdarg.h>

#include <glib/gi18n.h>

#include "layanan-database-private.h"
#include "layanan-date.h"
#include "layanan-error.h"
#include "layanan-tsv.h"

/* The loaders for data/reference: the app runs them on first start and
 * `layanan-cli load` runs them on request. Each is one transaction; a bad
 * row stops it with "file:line: what is wrong" and nothing is kept. Rows are
 * upserts that write only what differs, so loading a file twice changes
 * nothing and adds nothing to the audit log. Rows missing from a file are
 * left alone: holidays and units may have been added by hand. */

typedef gboolean (*RowFunc) (LayananDatabase  *self,
                             LayananTsv       *tsv,
                             sqlite3_stmt     *stmt,
                             GHashTable       *seen,
                             GError          **error);

static void
row_error (GError     **error,
           LayananTsv  *tsv,
           const char  *format,
           ...) G_GNUC_PRINTF (3, 4);

static void
row_error (GError     **error,
           LayananTsv  *tsv,
           const char  *format,
           ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* Translators: a file, a line number and what is wrong on that line */
  g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT, _("%s:%u: %s"),
               layanan_tsv_get_path (tsv), layanan_tsv_get_line (tsv), message);
}

/* A database error on a row keeps its code and names the row. */
static gboolean
step_row (LayananDatabase  *self,
          LayananTsv       *tsv,
          sqlite3_stmt     *stmt,
          GError          **error)
{
  g_autoptr(GError) local_error = NULL;

  if (layanan_database_step_done (self, stmt, &local_error))
    return TRUE;

  g_set_error (error, LAYANAN_ERROR, local_error->code, _("%s:%u: %s"),
               layanan_tsv_get_path (tsv), layanan_tsv_get_line (tsv), local_error->message);
  return FALSE;
}

static const char *
get_required (LayananTsv  *tsv,
              const char  *column,
              GError     **error)
{
  const char *value = layanan_tsv_get (tsv, column);

  if (value == NULL || *value == '\0')
    {
      row_error (error, tsv, _("the column “%s” is empty"), column);
      return NULL;
    }

  return value;
}

/* An optional column may be missing from the header altogether. */
static const char *
get_optional (LayananTsv *tsv,
              const char *column)
{
  const char *value = layanan_tsv_get (tsv, column);

  return value != NULL && *value != '\0' ? value : NULL;
}

static gboolean
parse_int (LayananTsv  *tsv,
           const char  *column,
           int          min,
           int          max,
           gint64      *out,
           GError     **error)
{
  const char *text = get_required (tsv, column, error);

  if (text == NULL)
    return FALSE;

  if (!g_ascii_string_to_signed (text, 10, min, max, out, NULL))
    {
      row_error (error, tsv,
                 _("“%s” in the column “%s” is not a whole number from %d to %d"),
                 text, column, min, max);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_key (LayananTsv  *tsv,
           GHashTable  *seen,
           const char  *key,
           GError     **error)
{
  guint first = GPOINTER_TO_UINT (g_hash_table_lookup (seen, key));

  if (first != 0)
    {
      row_error (error, tsv, _("“%s” is listed twice (first on line %u)"), key, first);
      return FALSE;
    }

  g_hash_table_insert (seen, g_strdup (key), GUINT_TO_POINTER (layanan_tsv_get_line (tsv)));
  return TRUE;
}

static gboolean
check_enum (LayananTsv          *tsv,
            const char          *column,
            const char          *value,
            const char * const  *allowed,
            GError             **error)
{
  g_autofree char *list = NULL;

  if (g_strv_contains (allowed, value))
    return TRUE;

  list = g_strjoinv (", ", (char **) allowed);
  row_error (error, tsv, _("“%s” in the column “%s” is not one of: %s"), value, column, list);
  return FALSE;
}

static gboolean
code_exists (LayananDatabase  *self,
             const char       *sql,
             const char       *code,
             gboolean         *exists,
             GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = layanan_database_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      layanan_database_set_error (error, self->db, rc, self->path);
      return FALSE;
    }

  *exists = rc == SQLITE_ROW;
  return TRUE;
}

static gboolean
load_file (LayananDatabase     *self,
           const char          *path,
           const char * const  *columns,
           const char          *sql,
           RowFunc              row,
           GError             **error)
{
  g_autoptr(LayananTsv) tsv = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) local_error = NULL;

  tsv = layanan_tsv_open (path, columns, error);
  if (tsv == NULL)
    return FALSE;

  stmt = layanan_database_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;

  while (layanan_tsv_next (tsv, &local_error))
    {
      if (!row (self, tsv, stmt, seen, error))
        return FALSE;
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

/* Runs @load as one transaction, or as part of the caller's. */
static gboolean
in_transaction (LayananDatabase  *self,
                gboolean        (*load) (LayananDatabase *, const char *, const char *,
                                         GError **),
                const char       *first,
                const char       *second,
                GError          **error)
{
  if (!layanan_database_begin (self, error))
    return FALSE;

  return layanan_database_end (self, load (self, first, second, error), error);
}

/* Units and their channels */

static const char * const unit_kinds[] = { "biro", "bagian", "subbagian", NULL };
static const char * const channel_kinds[] = {
  "tatap_muka", "kotak_pengaduan", "whatsapp", "telepon", "faksimile", "email", "sp4n_lapor",
  NULL
};

static gboolean
unit_row (LayananDatabase  *self,
          LayananTsv       *tsv,
          sqlite3_stmt     *stmt,
          GHashTable       *seen,
          GError          **error)
{
  const char *code, *kind, *name;
  const char *parent = get_optional (tsv, "parent");
  gboolean parent_exists = FALSE;

  if ((code = get_required (tsv, "code", error)) == NULL ||
      (kind = get_required (tsv, "kind", error)) == NULL ||
      (name = get_required (tsv, "name", error)) == NULL ||
      !check_key (tsv, seen, code, error) ||
      !check_enum (tsv, "kind", kind, unit_kinds, error))
    return FALSE;

  if (g_str_equal (kind, "biro") && parent != NULL)
    {
      row_error (error, tsv, _("a biro has no parent unit, but “%s” is given"), parent);
      return FALSE;
    }
  if (!g_str_equal (kind, "biro") && parent == NULL)
    {
      row_error (error, tsv, _("a %s needs a parent unit"), kind);
      return FALSE;
    }
  if (parent != NULL)
    {
      if (!code_exists (self, "SELECT 1 FROM units WHERE code = ?1", parent, &parent_exists,
                        error))
        return FALSE;
      if (!parent_exists)
        {
          row_error (error, tsv, _("the parent unit “%s” is not defined on a line above"),
                     parent);
          return FALSE;
        }
    }

  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_STATIC);
  layanan_database_bind_text_or_null (stmt, 2, parent);
  sqlite3_bind_text (stmt, 3, kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, name, -1, SQLITE_STATIC);
  layanan_database_bind_text_or_null (stmt, 5, get_optional (tsv, "address"));

  return step_row (self, tsv, stmt, error);
}

static gboolean
is_digits (const char *text)
{
  if (*text == '\0')
    return FALSE;

  for (; *text != '\0'; text++)
    if (!g_ascii_isdigit (*text))
      return FALSE;

  return TRUE;
}

static gboolean
channel_row (LayananDatabase  *self,
             LayananTsv       *tsv,
             sqlite3_stmt     *stmt,
             GHashTable       *seen,
             GError          **error)
{
  const char *unit, *kind, *value;
  const char *extension = get_optional (tsv, "extension");
  g_autofree char *key = NULL;
  gboolean unit_exists = FALSE;
  gint64 position;

  if ((unit = get_required (tsv, "unit", error)) == NULL ||
      !parse_int (tsv, "position", 1, 1000, &position, error) ||
      (kind = get_required (tsv, "kind", error)) == NULL ||
      (value = get_required (tsv, "value", error)) == NULL ||
      !check_enum (tsv, "kind", kind, channel_kinds, error))
    return FALSE;

  key = g_strdup_printf ("%s %" G_GINT64_FORMAT, unit, position);
  if (!check_key (tsv, seen, key, error))
    return FALSE;

  if (extension != NULL && !is_digits (extension))
    {
      row_error (error, tsv, _("the extension “%s” should be digits only, e.g. 233"), extension);
      return FALSE;
    }

  if (!code_exists (self, "SELECT 1 FROM units WHERE code = ?1", unit, &unit_exists, error))
    return FALSE;
  if (!unit_exists)
    {
      row_error (error, tsv, _("there is no unit “%s”; load it with the units first"), unit);
      return FALSE;
    }

  sqlite3_bind_text (stmt, 1, unit, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, position);
  sqlite3_bind_text (stmt, 3, kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, value, -1, SQLITE_STATIC);
  layanan_database_bind_text_or_null (stmt, 5, extension);
  layanan_database_bind_text_or_null (stmt, 6, get_optional (tsv, "description"));

  return step_row (self, tsv, stmt, error);
}

static gboolean
load_units (LayananDatabase  *self,
            const char       *units_tsv,
            const char       *channels_tsv,
            GError          **error)
{
  static const char * const unit_columns[] = { "code", "parent", "kind", "name", "address", NULL };
  static const char * const channel_columns[] = {
    "unit", "position", "kind", "value", "extension", NULL
  };
  static const char unit_sql[] =
    "INSERT INTO units (code, parent_id, kind, name, address) "
    "VALUES (?1, (SELECT id FROM units WHERE code = ?2), ?3, ?4, ?5) "
    "ON CONFLICT (code) DO UPDATE SET parent_id = excluded.parent_id, kind = excluded.kind, "
    "  name = excluded.name, address = excluded.address "
    "WHERE units.parent_id IS NOT excluded.parent_id OR units.kind IS NOT excluded.kind "
    "  OR units.name IS NOT excluded.name OR units.address IS NOT excluded.address";
  static const char channel_sql[] =
    "INSERT INTO unit_channels (unit_id, position, kind, value, extension, description) "
    "VALUES ((SELECT id FROM units WHERE code = ?1), ?2, ?3, ?4, ?5, ?6) "
    "ON CONFLICT (unit_id, position) DO UPDATE SET kind = excluded.kind, "
    "  value = excluded.value, extension = excluded.extension, "
    "  description = excluded.description "
    "WHERE unit_channels.kind IS NOT excluded.kind OR unit_channels.value IS NOT excluded.value "
    "  OR unit_channels.extension IS NOT excluded.extension "
    "  OR unit_channels.description IS NOT excluded.description";

  return load_file (self, units_tsv, unit_columns, unit_sql, unit_row, error) &&
         load_file (self, channels_tsv, channel_columns, channel_sql, channel_row, error);
}

/* Holidays and working hours */

static gboolean
holiday_row (LayananDatabase  *self,
             LayananTsv       *tsv,
             sqlite3_stmt     *stmt,
             GHashTable       *seen,
             GError          **error)
{
  const char *text, *kind, *description;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *iso = NULL;
  LayananHolidayKind holiday_kind;
  GDate date;

  if ((text = get_required (tsv, "date", error)) == NULL ||
      (kind = get_required (tsv, "kind", error)) == NULL ||
      (description = get_required (tsv, "description", error)) == NULL)
    return FALSE;

  if (!layanan_date_parse_iso (text, &date, &local_error))
    {
      row_error (error, tsv, "%s", local_error->message);
      return FALSE;
    }
  if (!layanan_holiday_kind_from_key (kind, &holiday_kind))
    {
      row_error (error, tsv, _("“%s” in the column “kind” is not one of: %s, %s"), kind,
                 layanan_holiday_kind_to_key (LAYANAN_HOLIDAY_LIBUR_NASIONAL),
                 layanan_holiday_kind_to_key (LAYANAN_HOLIDAY_CUTI_BERSAMA));
      return FALSE;
    }

  iso = layanan_date_format_iso (&date);
  if (!check_key (tsv, seen, iso, error))
    return FALSE;

  sqlite3_bind_text (stmt, 1, iso, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, layanan_holiday_kind_to_key (holiday_kind), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, description, -1, SQLITE_STATIC);
  layanan_database_bind_text_or_null (stmt, 4, get_optional (tsv, "legal_basis"));

  return step_row (self, tsv, stmt, error);
}

static gboolean
load_holidays (LayananDatabase  *self,
               const char       *tsv,
               const char       *unused,
               GError          **error)
{
  static const char * const columns[] = { "date", "kind", "description", NULL };
  static const char sql[] =
    "INSERT INTO holidays (date, kind, description, legal_basis) VALUES (?1, ?2, ?3, ?4) "
    "ON CONFLICT (date) DO UPDATE SET kind = excluded.kind, "
    "  description = excluded.description, legal_basis = excluded.legal_basis "
    "WHERE holidays.kind IS NOT excluded.kind "
    "  OR holidays.description IS NOT excluded.description "
    "  OR holidays.legal_basis IS NOT excluded.legal_basis";

  return load_file (self, tsv, columns, sql, holiday_row, error);
}

/* "07:30" → 450; an empty cell is -1. */
static gboolean
parse_time (LayananTsv  *tsv,
            const char  *column,
            int         *minutes,
            GError     **error)
{
  const char *text = get_optional (tsv, column);
  guint64 hours, mins;
  g_auto(GStrv) parts = NULL;

  if (text == NULL)
    {
      *minutes = -1;
      return TRUE;
    }

  parts = g_strsplit (text, ":", -1);
  if (g_strv_length (parts) != 2 || strlen (parts[0]) != 2 || strlen (parts[1]) != 2 ||
      !g_ascii_string_to_unsigned (parts[0], 10, 0, 24, &hours, NULL) ||
      !g_ascii_string_to_unsigned (parts[1], 10, 0, 59, &mins, NULL) ||
      (hours == 24 && mins != 0))
    {
      row_error (error, tsv, _("“%s” in the column “%s” is not a time like 07:30"), text, column);
      return FALSE;
    }

  *minutes = hours * 60 + mins;
  return TRUE;
}

static gboolean
working_hours_row (LayananDatabase  *self,
                   LayananTsv       *tsv,
                   sqlite3_stmt     *stmt,
                   GHashTable       *seen,
                   GError          **error)
{
  static const char * const columns[] = { "start", "end", "break_start", "break_end" };
  g_autoptr(GError) local_error = NULL;
  int minutes[G_N_ELEMENTS (columns)];
  gint64 weekday;

  if (!parse_int (tsv, "weekday", 1, 7, &weekday, error) ||
      !check_key (tsv, seen, layanan_tsv_get (tsv, "weekday"), error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    if (!parse_time (tsv, columns[i], &minutes[i], error))
      return FALSE;

  if ((minutes[0] < 0) != (minutes[1] < 0) || (minutes[2] < 0) != (minutes[3] < 0) ||
      (minutes[0] < 0 && minutes[2] >= 0))
    {
      row_error (error, tsv, _("give both start and end, and both break_start and break_end, "
                               "or leave all four empty for a day off"));
      return FALSE;
    }

  if (minutes[0] >= 0 &&
      (minutes[0] == minutes[1] ||
       !layanan_calendar_validate_working_hours (minutes[0], minutes[1],
                                                 MAX (minutes[2], 0), MAX (minutes[3], 0),
                                                 &local_error)))
    {
      row_error (error, tsv, "%s",
                 local_error != NULL ? local_error->message
                                     : _("the working day must end after it starts"));
      return FALSE;
    }

  sqlite3_bind_int64 (stmt, 1, weekday);
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      if (minutes[i] >= 0 && !(i >= 2 && minutes[2] == minutes[3]))
        sqlite3_bind_int (stmt, i + 2, minutes[i]);
      else
        sqlite3_bind_null (stmt, i + 2);
    }

  return step_row (self, tsv, stmt, error);
}

static gboolean
load_working_hours (LayananDatabase  *self,
                    const char       *tsv,
                    const char       *unused,
                    GError          **error)
{
  static const char * const columns[] = {
    "weekday", "start", "end", "break_start", "break_end", NULL
  };
  static const char sql[] =
    "INSERT INTO working_hours (weekday, start_minute, end_minute, break_start_minute, "
    "  break_end_minute) VALUES (?1, ?2, ?3, ?4, ?5) "
    "ON CONFLICT (weekday) DO UPDATE SET start_minute = excluded.start_minute, "
    "  end_minute = excluded.end_minute, break_start_minute = excluded.break_start_minute, "
    "  break_end_minute = excluded.break_end_minute "
    "WHERE working_hours.start_minute IS NOT excluded.start_minute "
    "  OR working_hours.end_minute IS NOT excluded.end_minute "
    "  OR working_hours.break_start_minute IS NOT excluded.break_start_minute "
    "  OR working_hours.break_end_minute IS NOT excluded.break_end_minute";
  gint64 n_open;

  if (!load_file (self, tsv, columns, sql, working_hours_row, error))
    return FALSE;

  n_open = layanan_database_query_int (self,
                                       "SELECT count(*) FROM working_hours "
                                       "WHERE start_minute IS NOT NULL",
                                       error);
  if (n_open < 0)
    return FALSE;
  if (n_open == 0)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("%s: no day of the week has working hours; give at least one day "
                     "working hours"), tsv);
      return FALSE;
    }

  return TRUE;
}

/* Archive classification codes */

static gboolean
classification_row (LayananDatabase  *self,
                    LayananTsv       *tsv,
                    sqlite3_stmt     *stmt,
                    GHashTable       *seen,
                    GError          **error)
{
  const char *code, *name;
  const char *parent = get_optional (tsv, "induk");
  g_auto(GStrv) parts = NULL;
  g_autofree char *expected_parent = NULL;
  gboolean parent_exists = FALSE;
  gint64 level;
  guint n_parts;

  if ((code = get_required (tsv, "kode", error)) == NULL ||
      !parse_int (tsv, "level", 1, 4, &level, error) ||
      (name = get_required (tsv, "nama", error)) == NULL ||
      !check_key (tsv, seen, code, error))
    return FALSE;

  parts = g_strsplit (code, ".", -1);
  n_parts = g_strv_length (parts);
  for (guint i = 0; i < n_parts; i++)
    {
      if (!is_digits (parts[i]) || (i == 0 && strlen (parts[i]) != 3))
        {
          row_error (error, tsv, _("“%s” is not a classification code like 400.8.2.1"), code);
          return FALSE;
        }
    }

  if (n_parts != level)
    {
      row_error (error, tsv, _("the code %s has %u parts but its level is %d"),
                 code, n_parts, (int) level);
      return FALSE;
    }

  if (n_parts > 1)
    expected_parent = g_strndup (code, strrchr (code, '.') - code);
  if (g_strcmp0 (parent, expected_parent) != 0)
    {
      row_error (error, tsv, _("the parent of %s should be “%s”, not “%s”"), code,
                 expected_parent != NULL ? expected_parent : "", parent != NULL ? parent : "");
      return FALSE;
    }

  if (parent != NULL)
    {
      if (!code_exists (self, "SELECT 1 FROM classification_codes WHERE code = ?1", parent,
                        &parent_exists, error))
        return FALSE;
      if (!parent_exists)
        {
          row_error (error, tsv, _("the parent code %s is not defined on a line above"), parent);
          return FALSE;
        }
    }

  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_STATIC);
  layanan_database_bind_text_or_null (stmt, 2, parent);
  sqlite3_bind_int64 (stmt, 3, level);
  sqlite3_bind_text (stmt, 4, name, -1, SQLITE_STATIC);

  return step_row (self, tsv, stmt, error);
}

static gboolean
load_classification (LayananDatabase  *self,
                     const char       *tsv,
                     const char       *unused,
                     GError          **error)
{
  static const char * const columns[] = { "kode", "induk", "level", "nama", NULL };
  static const char sql[] =
    "INSERT INTO classification_codes (code, parent_code, level, name) VALUES (?1, ?2, ?3, ?4) "
    "ON CONFLICT (code) DO UPDATE SET parent_code = excluded.parent_code, "
    "  level = excluded.level, name = excluded.name "
    "WHERE classification_codes.parent_code IS NOT excluded.parent_code "
    "  OR classification_codes.level IS NOT excluded.level "
    "  OR classification_codes.name IS NOT excluded.name";

  return load_file (self, tsv, columns, sql, classification_row, error);
}

/* SKM unsur and grades */

static gboolean
unsur_row (LayananDatabase  *self,
           LayananTsv       *tsv,
           sqlite3_stmt     *stmt,
           GHashTable       *seen,
           GError          **error)
{
  static const char * const texts[] = {
    "name", "question", "label_1", "label_2", "label_3", "label_4"
  };
  const char *code;
  gint64 position;

  if ((code = get_required (tsv, "code", error)) == NULL ||
      !parse_int (tsv, "position", 1, 100, &position, error) ||
      !check_key (tsv, seen, code, error))
    return FALSE;

  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, position);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      const char *text = get_required (tsv, texts[i], error);

      if (text == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, i + 3, text, -1, SQLITE_STATIC);
    }

  return step_row (self, tsv, stmt, error);
}

static gboolean
parse_score (LayananTsv  *tsv,
             const char  *column,
             double      *out,
             GError     **error)
{
  const char *text = get_required (tsv, column, error);
  char *end = NULL;
  double value;

  if (text == NULL)
    return FALSE;

  value = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || value < 25.0 || value > 100.0)
    {
      row_error (error, tsv, _("“%s” in the column “%s” is not a score from 25.00 to 100.00"),
                 text, column);
      return FALSE;
    }

  *out = value;
  return TRUE;
}

static gboolean
grade_row (LayananDatabase  *self,
           LayananTsv       *tsv,
           sqlite3_stmt     *stmt,
           GHashTable       *seen,
           GError          **error)
{
  static const char * const grades[] = { "A", "B", "C", "D", NULL };
  const char *mutu, *kinerja;
  gint64 persepsi;
  double min, max;

  if ((mutu = get_required (tsv, "mutu", error)) == NULL ||
      !check_enum (tsv, "mutu", mutu, grades, error) ||
      !check_key (tsv, seen, mutu, error) ||
      !parse_int (tsv, "nilai_persepsi", 1, 4, &persepsi, error) ||
      !parse_score (tsv, "min", &min, error) ||
      !parse_score (tsv, "max", &max, error) ||
      (kinerja = get_required (tsv, "kinerja", error)) == NULL)
    return FALSE;

  if (min >= max)
    {
      row_error (error, tsv, _("the minimum %s must be below the maximum %s"),
                 layanan_tsv_get (tsv, "min"), layanan_tsv_get (tsv, "max"));
      return FALSE;
    }

  sqlite3_bind_text (stmt, 1, mutu, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, persepsi);
  sqlite3_bind_double (stmt, 3, min);
  sqlite3_bind_double (stmt, 4, max);
  sqlite3_bind_text (stmt, 5, kinerja, -1, SQLITE_STATIC);

  return step_row (self, tsv, stmt, error);
}

static gboolean
load_skm (LayananDatabase  *self,
          const char       *unsur_tsv,
          const char       *grades_tsv,
          GError          **error)
{
  static const char * const unsur_columns[] = {
    "code", "position", "name", "question", "label_1", "label_2", "label_3", "label_4", NULL
  };
  static const char * const grade_columns[] = {
    "mutu", "nilai_persepsi", "min", "max", "kinerja", NULL
  };
  static const char unsur_sql[] =
    "INSERT INTO skm_unsur (code, position, name, question, label_1, label_2, label_3, label_4) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
    "ON CONFLICT (code) DO UPDATE SET position = excluded.position, name = excluded.name, "
    "  question = excluded.question, label_1 = excluded.label_1, label_2 = excluded.label_2, "
    "  label_3 = excluded.label_3, label_4 = excluded.label_4 "
    "WHERE skm_unsur.position IS NOT excluded.position OR skm_unsur.name IS NOT excluded.name "
    "  OR skm_unsur.question IS NOT excluded.question "
    "  OR skm_unsur.label_1 IS NOT excluded.label_1 OR skm_unsur.label_2 IS NOT excluded.label_2 "
    "  OR skm_unsur.label_3 IS NOT excluded.label_3 OR skm_unsur.label_4 IS NOT excluded.label_4";
  static const char grade_sql[] =
    "INSERT INTO skm_grades (mutu, nilai_persepsi, min_score, max_score, kinerja) "
    "VALUES (?1, ?2, ?3, ?4, ?5) "
    "ON CONFLICT (mutu) DO UPDATE SET nilai_persepsi = excluded.nilai_persepsi, "
    "  min_score = excluded.min_score, max_score = excluded.max_score, "
    "  kinerja = excluded.kinerja "
    "WHERE skm_grades.nilai_persepsi IS NOT excluded.nilai_persepsi "
    "  OR skm_grades.min_score IS NOT excluded.min_score "
    "  OR skm_grades.max_score IS NOT excluded.max_score "
    "  OR skm_grades.kinerja IS NOT excluded.kinerja";

  return load_file (self, unsur_tsv, unsur_columns, unsur_sql, unsur_row, error) &&
         load_file (self, grades_tsv, grade_columns, grade_sql, grade_row, error);
}

/* Public API */

/**
 * layanan_database_load_units:
 * @units_tsv: columns code, parent, kind, name, address
 * @channels_tsv: columns unit, position, kind, value, extension (and an
 *   optional description)
 */
gboolean
layanan_database_load_units (LayananDatabase  *self,
                             const char       *units_tsv,
                             const char       *channels_tsv,
                             GError          **error)
{
  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (units_tsv != NULL && channels_tsv != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return in_transaction (self, load_units, units_tsv, channels_tsv, error);
}

/**
 * layanan_database_load_holidays:
 * @tsv: columns date, kind (libur_nasional or cuti_bersama), description,
 *   and an optional legal_basis
 */
gboolean
layanan_database_load_holidays (LayananDatabase  *self,
                                const char       *tsv,
                                GError          **error)
{
  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (tsv != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return in_transaction (self, load_holidays, tsv, NULL, error);
}

/**
 * layanan_database_load_working_hours:
 * @tsv: columns weekday (1 = Monday … 7 = Sunday), start, end, break_start,
 *   break_end as "07:30"; empty times for a day off or no break
 */
gboolean
layanan_database_load_working_hours (LayananDatabase  *self,
                                     const char       *tsv,
                                     GError          **error)
{
  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (tsv != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return in_transaction (self, load_working_hours, tsv, NULL, error);
}

/**
 * layanan_database_load_classification:
 * @tsv: columns kode, induk, level, nama; parents on a line above children
 */
gboolean
layanan_database_load_classification (LayananDatabase  *self,
                                      const char       *tsv,
                                      GError          **error)
{
  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (tsv != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return in_transaction (self, load_classification, tsv, NULL, error);
}

/**
 * layanan_database_load_skm:
 * @unsur_tsv: columns code, position, name, question, label_1 … label_4
 * @grades_tsv: columns mutu, nilai_persepsi, min, max, kinerja
 */
gboolean
layanan_database_load_skm (LayananDatabase  *self,
                           const char       *unsur_tsv,
                           const char       *grades_tsv,
                           GError          **error)
{
  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (unsur_tsv != NULL && grades_tsv != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return in_transaction (self, load_skm, unsur_tsv, grades_tsv, error);
}

/**
 * layanan_database_load_reference_dir:
 * @dir: a folder with units.tsv, unit-channels.tsv, holidays.tsv,
 *   working-hours.tsv, klasifikasi-arsip.tsv, skm-unsur.tsv, skm-grades.tsv
 *
 * Loads every reference file in one transaction: all or nothing.
 */
gboolean
layanan_database_load_reference_dir (LayananDatabase  *self,
                                     const char       *dir,
                                     GError          **error)
{
  g_autofree char *units = NULL;
  g_autofree char *channels = NULL;
  g_autofree char *holidays = NULL;
  g_autofree char *working_hours = NULL;
  g_autofree char *classification = NULL;
  g_autofree char *unsur = NULL;
  g_autofree char *grades = NULL;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (dir != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  units = g_build_filename (dir, "units.tsv", NULL);
  channels = g_build_filename (dir, "unit-channels.tsv", NULL);
  holidays = g_build_filename (dir, "holidays.tsv", NULL);
  working_hours = g_build_filename (dir, "working-hours.tsv", NULL);
  classification = g_build_filename (dir, "klasifikasi-arsip.tsv", NULL);
  unsur = g_build_filename (dir, "skm-unsur.tsv", NULL);
  grades = g_build_filename (dir, "skm-grades.tsv", NULL);

  if (!layanan_database_begin (self, error))
    return FALSE;

  if (!in_transaction (self, load_units, units, channels, error) ||
      !in_transaction (self, load_holidays, holidays, NULL, error) ||
      !in_transaction (self, load_working_hours, working_hours, NULL, error) ||
      !in_transaction (self, load_classification, classification, NULL, error) ||
      !in_transaction (self, load_skm, unsur, grades, error))
    {
      layanan_database_rollback (self);
      return FALSE;
    }

  return layanan_database_commit (self, error);
}

void
layanan_classification_free (LayananClassification *classification)
{
  if (classification == NULL)
    return;
  g_free (classification->code);
  g_free (classification->name);
  g_free (classification);
}

/* Escapes LIKE's wildcards so "100%" or "a_b" match themselves. */
static char *
like_pattern (const char *word,
              gboolean    prefix_only)
{
  GString *pattern = g_string_new (prefix_only ? "" : "%");

  for (const char *p = word; *p != '\0'; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (pattern, '\\');
      g_string_append_c (pattern, *p);
    }
  g_string_append_c (pattern, '%');
  return g_string_free (pattern, FALSE);
}

/**
 * layanan_database_search_classification:
 *
 * The table holds a few thousand codes, so a scan is quick enough for
 * type-to-search; the shortest codes come first because a person typing
 * "sosial" most likely wants 400.9, not one of its forty children.
 *
 * Returns: (transfer full) (element-type LayananClassification):
 */
GPtrArray *
layanan_database_search_classification (LayananDatabase  *self,
                                        const char       *text,
                                        guint             limit,
                                        GError          **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT code, name, level FROM classification_codes "
                                         "WHERE code LIKE ?1 ESCAPE '\\'");
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_auto(GStrv) words = g_strsplit_set (trimmed, " \t", -1);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) layanan_classification_free);
  g_autoptr(GPtrArray) patterns = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), NULL);

  g_ptr_array_add (patterns, like_pattern (words[0] != NULL ? words[0] : "", TRUE));
  g_string_append (sql, " OR (1");
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      g_ptr_array_add (patterns, like_pattern (words[i], FALSE));
      g_string_append_printf (sql, " AND name LIKE ?%u ESCAPE '\\'", patterns->len);
    }
  g_string_append_printf (sql, " AND %d) ORDER BY level, length (code), code LIMIT %u",
                          patterns->len > 1, limit);

  stmt = layanan_database_prepare (self, sql->str, error);
  if (stmt == NULL)
    return NULL;
  for (guint i = 0; i < patterns->len; i++)
    sqlite3_bind_text (stmt, (int) i + 1, g_ptr_array_index (patterns, i), -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LayananClassification *classification = g_new0 (LayananClassification, 1);

      classification->code = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      classification->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      classification->level = sqlite3_column_int (stmt, 2);
      g_ptr_array_add (found, classification);
    }
  if (rc != SQLITE_DONE)
    {
      layanan_database_set_error (error, layanan_database_get_handle (self), rc,
                                  layanan_database_get_path (self));
      return NULL;
    }

  return g_steal_pointer (&found);
}
