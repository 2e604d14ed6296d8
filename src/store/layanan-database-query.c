/* layanan-database-query.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-database"

#include "config.h"

#include "layanan-database-query-private.h"

#include <string.h>

#include "layanan-date.h"
#include "layanan-error.h"

/* The pieces every list of the store is built from (letters, complaints).
 *
 * Every sort is a tuple of keys plus the row's id, and has an index on
 * exactly those expressions, so a page is an index walk from the previous
 * page's last row. The page after a row is the union of one range per key
 * ("same first key, later id", "later first key"), each an exact index
 * seek: a single row-value comparison would seek on the first key only and
 * then step over every tie. */

/* SQL text with its parameters, numbered as they are appended. */

typedef struct
{
  gboolean  is_text;
  gint64    number;
  char     *text;
} Param;

static void
param_clear (Param *param)
{
  g_clear_pointer (&param->text, g_free);
}

void
layanan_sql_init (LayananSql *sql)
{
  sql->text = g_string_new (NULL);
  sql->params = g_array_new (FALSE, TRUE, sizeof (Param));
  g_array_set_clear_func (sql->params, (GDestroyNotify) param_clear);
}

void
layanan_sql_clear (LayananSql *sql)
{
  if (sql->text != NULL)
    g_string_free (sql->text, TRUE);
  g_clear_pointer (&sql->params, g_array_unref);
  sql->text = NULL;
}

void
layanan_sql_add (LayananSql *sql,
                 const char *text)
{
  g_string_append (sql->text, text);
}

void
layanan_sql_text (LayananSql *sql,
                  const char *value)
{
  Param param = { TRUE, 0, g_strdup (value) };

  g_array_append_val (sql->params, param);
  g_string_append_printf (sql->text, "?%u", sql->params->len);
}

void
layanan_sql_int (LayananSql *sql,
                 gint64      value)
{
  Param param = { FALSE, value, NULL };

  g_array_append_val (sql->params, param);
  g_string_append_printf (sql->text, "?%u", sql->params->len);
}

sqlite3_stmt *
layanan_sql_prepare (LayananDatabase  *self,
                     LayananSql       *sql,
                     GError          **error)
{
  sqlite3_stmt *stmt = layanan_database_prepare (self, sql->text->str, error);

  for (guint i = 0; stmt != NULL && i < sql->params->len; i++)
    {
      Param *param = &g_array_index (sql->params, Param, i);

      if (param->is_text)
        sqlite3_bind_text (stmt, i + 1, param->text, -1, SQLITE_TRANSIENT);
      else
        sqlite3_bind_int64 (stmt, i + 1, param->number);
    }

  return stmt;
}

/* Search */

static gboolean
has_word_character (const char *word)
{
  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/* Every word a quoted string (quotes doubled) matched as a prefix, all of
 * them required. Words without a letter or digit are dropped, as the
 * tokenizer would drop them. */
char *
layanan_query_fts_match (const char *search)
{
  g_auto(GStrv) words = NULL;
  GString *query;

  if (search == NULL || !g_utf8_validate (search, -1, NULL))
    return NULL;

  words = g_strsplit_set (search, " \t\r\n\f\v", -1);
  query = g_string_new (NULL);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (!has_word_character (words[i]))
        continue;

      if (query->len > 0)
        g_string_append_c (query, ' ');
      g_string_append_c (query, '"');
      for (const char *p = words[i]; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (query, '"');
          g_string_append_c (query, *p);
        }
      g_string_append (query, "\"*");
    }

  if (query->len == 0)
    {
      g_string_free (query, TRUE);
      return NULL;
    }

  return g_string_free (query, FALSE);
}

gboolean
layanan_query_count_hits (LayananDatabase  *self,
                          const char       *fts_table,
                          const char       *match,
                          guint             limit,
                          gboolean         *many,
                          GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *sql = NULL;
  int rc;

  sql = g_strdup_printf ("SELECT count(*) FROM (SELECT rowid FROM %s "
                         "WHERE %s MATCH ?1 LIMIT ?2)", fts_table, fts_table);
  stmt = layanan_database_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, match, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, (gint64) limit + 1);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return layanan_database_step_error (self, rc, error);

  *many = sqlite3_column_int64 (stmt, 0) > limit;
  return TRUE;
}

/* One pass over the hits between the page's lowest and highest id, keeping
 * the page's own: a query per row would build the doclist of a prefix
 * ("hormat"*) once per row, and in the page query itself SQLite could
 * compute a snippet for every hit before the LIMIT. */
gboolean
layanan_query_add_snippets (LayananDatabase  *self,
                            const char       *fts_table,
                            const char       *match,
                            GPtrArray        *rows,
                            gsize             id_offset,
                            gsize             snippet_offset,
                            GError          **error)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GString) sql = NULL;
  gint64 lowest = G_MAXINT64, highest = G_MININT64;
  int rc;

  if (rows->len == 0)
    return TRUE;

  sql = g_string_new (NULL);
  g_string_printf (sql, "SELECT rowid, snippet (%s, -1, char (1), char (2), '…', 16) "
                   "FROM %s WHERE %s MATCH ?1 AND rowid BETWEEN ?2 AND ?3 AND +rowid IN (",
                   fts_table, fts_table, fts_table);
  for (guint i = 0; i < rows->len; i++)
    {
      gpointer row = g_ptr_array_index (rows, i);
      gint64 *id = &G_STRUCT_MEMBER (gint64, row, id_offset);

      g_hash_table_insert (by_id, id, row);
      lowest = MIN (lowest, *id);
      highest = MAX (highest, *id);
      g_string_append_printf (sql, "%s%" G_GINT64_FORMAT, i > 0 ? ", " : "", *id);
    }
  g_string_append (sql, ")");

  stmt = layanan_database_prepare (self, sql->str, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, match, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, lowest);
  sqlite3_bind_int64 (stmt, 3, highest);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      gpointer row = g_hash_table_lookup (by_id, &id);
      char **snippet = row != NULL ? &G_STRUCT_MEMBER (char *, row, snippet_offset) : NULL;

      if (snippet != NULL && *snippet == NULL)
        *snippet = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
    }

  if (rc != SQLITE_DONE)
    return layanan_database_step_error (self, rc, error);

  return TRUE;
}

/* Days and instants of a filter */

gboolean
layanan_query_parse_day (const char  *text,
                         const char  *field,
                         int          add_days,
                         char       **out,
                         GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  GDate date;

  if (!layanan_date_parse_iso (text, &date, &local_error))
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT, "%s: %s", field,
                   local_error->message);
      return FALSE;
    }

  g_date_add_days (&date, add_days);
  *out = layanan_date_format_iso (&date);
  return TRUE;
}

gboolean
layanan_query_parse_instant (const char  *text,
                             const char  *field,
                             char       **out,
                             GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GDateTime) instant = NULL;
  g_autoptr(GTimeZone) wib = g_time_zone_new_offset (LAYANAN_WIB_OFFSET_SECONDS);

  if (text == NULL)
    instant = g_date_time_new_now (wib);
  else
    instant = layanan_date_time_parse (text, wib, &local_error);

  if (instant == NULL)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT, "%s: %s", field,
                   local_error->message);
      return FALSE;
    }

  *out = g_date_time_format (instant, "%Y-%m-%dT%H:%M:%S%:z");
  return TRUE;
}

/* Keyset pages */

/* ORDER BY the sort's keys and id; @prefix "p." names the columns of the
 * keys subquery (sk0, sk1, id) instead of the expressions. */
void
layanan_keyset_append_order (LayananSql          *sql,
                             const LayananKeyset *keyset,
                             const char          *prefix)
{
  const char *direction = keyset->descending ? " DESC" : " ASC";

  layanan_sql_add (sql, " ORDER BY ");
  for (guint i = 0; i < keyset->spec->n_keys; i++)
    {
      if (prefix != NULL)
        g_string_append_printf (sql->text, "%ssk%u%s, ", prefix, i, direction);
      else
        g_string_append_printf (sql->text, "%s%s, ", keyset->spec->keys[i], direction);
    }
  g_string_append_printf (sql->text, "%sid%s", prefix != NULL ? prefix : "", direction);
}

/* Sort keys: "<sort>" then, for each key, a unit separator and the key's
 * text, escaped so that no key can hold the separator. */
char *
layanan_keyset_make_sort_key (const LayananKeyset *keyset,
                              sqlite3_stmt        *stmt,
                              int                  first_column)
{
  GString *key = g_string_new (NULL);

  g_string_append_printf (key, "%d", keyset->sort);
  for (guint i = 0; i < keyset->spec->n_keys; i++)
    {
      const char *text = (const char *) sqlite3_column_text (stmt, first_column + i);
      g_autofree char *escaped = g_strescape (text != NULL ? text : "", NULL);

      g_string_append_c (key, '\x1f');
      g_string_append (key, escaped);
    }

  return g_string_free (key, FALSE);
}

static GStrv
parse_sort_key (const LayananKeyset  *keyset,
                const char           *sort_key,
                GError              **error)
{
  g_auto(GStrv) parts = NULL;
  g_autofree char *sort = g_strdup_printf ("%d", keyset->sort);

  if (sort_key != NULL)
    parts = g_strsplit (sort_key, "\x1f", -1);

  if (parts == NULL || g_strv_length (parts) != keyset->spec->n_keys + 1 ||
      !g_str_equal (parts[0], sort))
    {
      g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                           "The row to continue after was read in another order");
      return NULL;
    }

  for (guint i = 1; parts[i] != NULL; i++)
    {
      char *value = g_strcompress (parts[i]);

      g_free (parts[i]);
      parts[i] = value;
    }

  return g_steal_pointer (&parts);
}

static gboolean
append_key_value (LayananSql           *sql,
                  const LayananKeyset  *keyset,
                  guint                 key,
                  const char           *value,
                  GError              **error)
{
  gint64 number;

  if (!keyset->spec->integer[key])
    {
      layanan_sql_text (sql, value);
      return TRUE;
    }

  if (!g_ascii_string_to_signed (value, 10, G_MININT64, G_MAXINT64, &number, NULL))
    {
      g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                           "The row to continue after has a broken sort key");
      return FALSE;
    }

  layanan_sql_int (sql, number);
  return TRUE;
}

/* The rows after the given one: one branch per key, each an exact seek
 * into the sort's index; the union is ordered again, which sorts at most
 * (n_keys + 1) × @limit rows. */
static gboolean
append_page_after (LayananSql           *sql,
                   const LayananKeyset  *keyset,
                   gint64                after_id,
                   const char           *after_sort_key,
                   guint                 limit,
                   GError              **error)
{
  g_auto(GStrv) values = parse_sort_key (keyset, after_sort_key, error);
  const LayananSortSpec *spec = keyset->spec;
  const char *later = keyset->descending ? " < " : " > ";

  if (values == NULL)
    return FALSE;

  for (guint branch = 0; branch <= spec->n_keys; branch++)
    {
      guint n_equal = spec->n_keys - branch;

      if (branch > 0)
        layanan_sql_add (sql, " UNION ALL ");
      layanan_sql_add (sql, "SELECT * FROM (");
      keyset->append_keys (sql, keyset->filter);
      for (guint k = 0; k < n_equal; k++)
        {
          g_string_append_printf (sql->text, " AND %s = ", spec->keys[k]);
          if (!append_key_value (sql, keyset, k, values[k + 1], error))
            return FALSE;
        }
      if (branch == 0)
        {
          g_string_append_printf (sql->text, " AND id%s", later);
          layanan_sql_int (sql, after_id);
        }
      else
        {
          g_string_append_printf (sql->text, " AND %s%s", spec->keys[n_equal], later);
          if (!append_key_value (sql, keyset, n_equal, values[n_equal + 1], error))
            return FALSE;
        }
      layanan_keyset_append_order (sql, keyset, NULL);
      layanan_sql_add (sql, " LIMIT ");
      layanan_sql_int (sql, limit);
      layanan_sql_add (sql, ")");
    }

  layanan_keyset_append_order (sql, keyset, "");
  layanan_sql_add (sql, " LIMIT ");
  layanan_sql_int (sql, limit);
  return TRUE;
}

gboolean
layanan_keyset_append_page_keys (LayananSql           *sql,
                                 const LayananKeyset  *keyset,
                                 gboolean              has_after,
                                 gint64                after_id,
                                 const char           *after_sort_key,
                                 guint                 limit,
                                 GError              **error)
{
  if (has_after)
    return append_page_after (sql, keyset, after_id, after_sort_key, limit, error);

  keyset->append_keys (sql, keyset->filter);
  layanan_keyset_append_order (sql, keyset, NULL);
  layanan_sql_add (sql, " LIMIT ");
  layanan_sql_int (sql, limit);
  return TRUE;
}

static gboolean
foreach_row (LayananDatabase       *self,
             sqlite3_stmt          *stmt,
             LayananQueryReadFunc   read_row,
             gconstpointer          filter,
             GDestroyNotify         free_row,
             LayananQueryRowFunc    func,
             gpointer               user_data,
             GCancellable          *cancellable,
             GError               **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gpointer row;
      gboolean ok;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      row = read_row (stmt, filter);
      ok = func (row, user_data, error);
      free_row (row);
      if (!ok)
        return FALSE;
    }

  if (rc != SQLITE_DONE)
    return layanan_database_step_error (self, rc, error);

  return TRUE;
}

gboolean
layanan_query_foreach (LayananDatabase       *self,
                       sqlite3_stmt          *stmt,
                       LayananQueryReadFunc   read_row,
                       gconstpointer          filter,
                       GDestroyNotify         free_row,
                       LayananQueryRowFunc    func,
                       gpointer               user_data,
                       GCancellable          *cancellable,
                       GError               **error)
{
  gboolean own_snapshot, ok;

  /* A read transaction keeps the walk on one snapshot while others write. */
  own_snapshot = self->transaction_depth == 0;
  if (own_snapshot && !layanan_database_exec (self, "BEGIN DEFERRED", error))
    return FALSE;

  ok = foreach_row (self, stmt, read_row, filter, free_row, func, user_data, cancellable, error);
  sqlite3_reset (stmt);

  if (own_snapshot)
    sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL);

  return ok;
}

GPtrArray *
layanan_query_page_anchors (LayananDatabase         *self,
                            sqlite3_stmt            *stmt,
                            const LayananKeyset     *keyset,
                            guint                    stride,
                            LayananQueryAnchorFunc   make_anchor,
                            GDestroyNotify           free_anchor,
                            GError                 **error)
{
  g_autoptr(GPtrArray) anchors = g_ptr_array_new_with_free_func (free_anchor);
  gint64 position = 0;
  int rc;

  g_ptr_array_add (anchors, NULL);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      position++;
      if (position % stride == 0)
        g_ptr_array_add (anchors, make_anchor (stmt, keyset));
    }

  if (rc != SQLITE_DONE)
    {
      layanan_database_step_error (self, rc, error);
      return NULL;
    }

  /* The last row of the last page starts no page. */
  if (position > 0 && position % stride == 0)
    g_ptr_array_remove_index (anchors, anchors->len - 1);

  return g_steal_pointer (&anchors);
}

gint64
layanan_sql_count (LayananDatabase  *self,
                   LayananSql       *sql,
                   GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = layanan_sql_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return -1;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      layanan_database_step_error (self, rc, error);
      return -1;
    }

  return sqlite3_column_int64 (stmt, 0);
}
