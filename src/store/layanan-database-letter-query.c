/* layanan-database-letter-query.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-database"

#include "config.h"

#include "layanan-database.h"

#include <string.h>

#include <glib/gi18n.h>

#include "layanan-database-private.h"
#include "layanan-date.h"
#include "layanan-error.h"

/* The list of letters: filters and sorts in SQL, keyset pages (never
 * OFFSET), page anchors and a streaming cursor, over one query builder.
 *
 * Every sort is a tuple of keys plus the letter's id, and has an index on
 * exactly those expressions (schema version 6), so a page is an index walk
 * from the previous page's last row. The page after a row is the union of
 * one range per key ("same first key, later id", "later first key"), each
 * an exact index seek: a single row-value comparison would seek on the first
 * key only and then step over every tie. */

typedef struct
{
  const char *keys[2];
  gboolean    integer[2];
  guint       n_keys;
} SortSpec;

static const SortSpec sort_specs[] = {
  [LAYANAN_LETTER_SORT_AGENDA] = { { "agenda_year", "agenda_number" }, { TRUE, TRUE }, 2 },
  [LAYANAN_LETTER_SORT_RECEIVED] = { { "received_at" }, { FALSE }, 1 },
  [LAYANAN_LETTER_SORT_TANGGAL] = { { "coalesce (tanggal, '')" }, { FALSE }, 1 },
  [LAYANAN_LETTER_SORT_NOMOR] = { { "nomor_key" }, { FALSE }, 1 },
  [LAYANAN_LETTER_SORT_PENGIRIM] = { { "pengirim_key" }, { FALSE }, 1 },
  [LAYANAN_LETTER_SORT_HAL] = { { "hal_key" }, { FALSE }, 1 },
  [LAYANAN_LETTER_SORT_SERVICE] = { { "coalesce (service_name, '')" }, { FALSE }, 1 },
  [LAYANAN_LETTER_SORT_DUE] = { { "coalesce (due_at, '')" }, { FALSE }, 1 },
  [LAYANAN_LETTER_SORT_STATUS] = { { "(" LAYANAN_LETTER_STATUS_RANK_SQL ")" }, { TRUE }, 1 },
};

G_STATIC_ASSERT (G_N_ELEMENTS (sort_specs) == LAYANAN_N_LETTER_SORTS);

#define DISPOSED_TO_SQL \
  "(SELECT group_concat (name, ', ') FROM (" \
  "  SELECT coalesce (s.name, u.name) AS name FROM dispositions AS d " \
  "  LEFT JOIN staff AS s ON s.id = d.to_staff_id " \
  "  LEFT JOIN units AS u ON u.id = d.to_unit_id " \
  "  WHERE d.letter_id = letters.id ORDER BY d.id))"

#define ROW_COLUMNS \
  "letters.id, letters.agenda_year, letters.agenda_number, letters.received_at, " \
  "letters.nomor, letters.tanggal, letters.pengirim, letters.hal, letters.lampiran, " \
  "letters.keamanan, letters.kecepatan, letters.classification_code, letters.service_name, " \
  "letters.due_at, letters.status, " DISPOSED_TO_SQL " AS disposed_to, letters.notes"
#define N_ROW_COLUMNS 17

#define CLOSED_STATUSES "('selesai', 'ditolak', 'diarsipkan', 'batal')"

/* Above this many hits a search walks the sort's index and keeps the rows
 * that match, stopping at the page's end; below it the hits are read from
 * the text index and only they are sorted. Sorting every hit of a word
 * found in every letter costs in proportion to the register; walking the
 * index for a rare word costs the whole walk. */
#define MANY_HITS 2000

static guint many_hits = MANY_HITS;

/* For tests: both ways of searching on a small register. */
void
layanan_database_set_search_many_hits (guint n)
{
  many_hits = n;
}

/* SQL text with its parameters, numbered as they are appended. */

typedef struct
{
  gboolean  is_text;
  gint64    number;
  char     *text;
} Param;

typedef struct
{
  GString *text;
  GArray  *params;
} Sql;

static void
param_clear (Param *param)
{
  g_clear_pointer (&param->text, g_free);
}

static void
sql_init (Sql *sql)
{
  sql->text = g_string_new (NULL);
  sql->params = g_array_new (FALSE, TRUE, sizeof (Param));
  g_array_set_clear_func (sql->params, (GDestroyNotify) param_clear);
}

static void
sql_clear (Sql *sql)
{
  if (sql->text != NULL)
    g_string_free (sql->text, TRUE);
  g_clear_pointer (&sql->params, g_array_unref);
  sql->text = NULL;
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Sql, sql_clear)

static void
sql_add (Sql        *sql,
         const char *text)
{
  g_string_append (sql->text, text);
}

static void
sql_text (Sql        *sql,
          const char *value)
{
  Param param = { TRUE, 0, g_strdup (value) };

  g_array_append_val (sql->params, param);
  g_string_append_printf (sql->text, "?%u", sql->params->len);
}

static void
sql_int (Sql    *sql,
         gint64  value)
{
  Param param = { FALSE, value, NULL };

  g_array_append_val (sql->params, param);
  g_string_append_printf (sql->text, "?%u", sql->params->len);
}

static sqlite3_stmt *
sql_prepare (LayananDatabase  *self,
             Sql              *sql,
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

/* The filter, checked and in the forms the SQL compares. */

typedef struct
{
  const LayananLetterQuery *query;
  const SortSpec           *spec;
  char                     *received_from;
  char                     *received_before;   /* the day after received_to */
  char                     *due_now;
  char                     *due_soon;
  char                     *match;             /* FTS5 query, or NULL */
  gboolean                  match_many;        /* more hits than many_hits */
} Filter;

static void
filter_clear (Filter *filter)
{
  g_clear_pointer (&filter->received_from, g_free);
  g_clear_pointer (&filter->received_before, g_free);
  g_clear_pointer (&filter->due_now, g_free);
  g_clear_pointer (&filter->due_soon, g_free);
  g_clear_pointer (&filter->match, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Filter, filter_clear)

static gboolean
has_word_character (const char *word)
{
  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/* What a person typed, as an FTS5 query that cannot be a syntax error:
 * every word a quoted string (quotes doubled) matched as a prefix, all of
 * them required. Words without a letter or digit are dropped, as the
 * tokenizer would drop them. */
static char *
fts_query (const char *search)
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

static gboolean
parse_day (const char  *text,
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

static gboolean
parse_instant (const char  *text,
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

static gboolean
count_hits (LayananDatabase  *self,
            Filter           *filter,
            GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = layanan_database_prepare (self,
                                   "SELECT count(*) FROM (SELECT rowid FROM letters_fts "
                                   "WHERE letters_fts MATCH ?1 LIMIT ?2)",
                                   error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, filter->match, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, (gint64) many_hits + 1);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      layanan_database_set_error (error, layanan_database_get_handle (self), rc,
                                  layanan_database_get_path (self));
      return FALSE;
    }

  filter->match_many = sqlite3_column_int64 (stmt, 0) > many_hits;
  return TRUE;
}

static gboolean
filter_init (Filter                    *filter,
             LayananDatabase           *self,
             const LayananLetterQuery  *query,
             GError                   **error)
{
  memset (filter, 0, sizeof *filter);
  filter->query = query;

  if ((guint) query->sort >= LAYANAN_N_LETTER_SORTS)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   "Unknown sort of letters: %d", (int) query->sort);
      return FALSE;
    }
  filter->spec = &sort_specs[query->sort];

  if (query->received_from != NULL &&
      !parse_day (query->received_from, _("Received from"), 0, &filter->received_from, error))
    return FALSE;
  if (query->received_to != NULL &&
      !parse_day (query->received_to, _("Received until"), 1, &filter->received_before, error))
    return FALSE;

  if (query->due_states != 0)
    {
      if (!parse_instant (query->due_now, _("Now"), &filter->due_now, error))
        return FALSE;
      if (query->due_soon_limit != NULL &&
          !parse_instant (query->due_soon_limit, _("Due soon until"), &filter->due_soon, error))
        return FALSE;
      if (filter->due_soon == NULL)
        filter->due_soon = g_strdup (filter->due_now);
    }

  filter->match = fts_query (query->search);
  if (filter->match != NULL && !count_hits (self, filter, error))
    return FALSE;

  return TRUE;
}

static void
append_statuses (Sql   *sql,
                 guint  statuses)
{
  gboolean first = TRUE;

  sql_add (sql, " AND status IN (");
  for (guint status = 0; status < LAYANAN_N_LETTER_STATUSES; status++)
    {
      if ((statuses & (1u << status)) == 0)
        continue;
      /* Keys are the store's own constants, never user text. */
      g_string_append_printf (sql->text, "%s'%s'", first ? "" : ", ",
                              layanan_letter_status_to_key (status));
      first = FALSE;
    }
  sql_add (sql, ")");
}

static void
append_due_states (Sql          *sql,
                   const Filter *filter)
{
  guint states = filter->query->due_states;
  gboolean first = TRUE;

#define OR_PART() sql_add (sql, first ? " AND (" : " OR "); first = FALSE

  if (states & (1u << LAYANAN_DUE_STATE_NONE))
    {
      OR_PART ();
      sql_add (sql, "(due_at IS NULL OR status IN " CLOSED_STATUSES ")");
    }
  if (states & (1u << LAYANAN_DUE_STATE_OVERDUE))
    {
      OR_PART ();
      sql_add (sql, "(status NOT IN " CLOSED_STATUSES " AND due_at < ");
      sql_text (sql, filter->due_now);
      sql_add (sql, ")");
    }
  if (states & (1u << LAYANAN_DUE_STATE_SOON))
    {
      OR_PART ();
      sql_add (sql, "(status NOT IN " CLOSED_STATUSES " AND due_at >= ");
      sql_text (sql, filter->due_now);
      sql_add (sql, " AND due_at < ");
      sql_text (sql, filter->due_soon);
      sql_add (sql, ")");
    }
  if (states & (1u << LAYANAN_DUE_STATE_ON_TIME))
    {
      OR_PART ();
      sql_add (sql, "(status NOT IN " CLOSED_STATUSES " AND due_at >= ");
      sql_text (sql, filter->due_soon);
      sql_add (sql, ")");
    }

#undef OR_PART

  if (!first)
    sql_add (sql, ")");
}

static void
append_where (Sql          *sql,
              const Filter *filter)
{
  const LayananLetterQuery *query = filter->query;
  guint all_statuses = (1u << LAYANAN_N_LETTER_STATUSES) - 1;
  guint all_due_states = (1u << (LAYANAN_DUE_STATE_OVERDUE + 1)) - 1;

  sql_add (sql, " WHERE 1 = 1");
  if ((query->statuses & all_statuses) != 0 && (query->statuses & all_statuses) != all_statuses)
    append_statuses (sql, query->statuses);
  if (query->unit_id != 0)
    {
      sql_add (sql, " AND unit_id = ");
      sql_int (sql, query->unit_id);
    }
  if (query->service_id != 0)
    {
      sql_add (sql, " AND service_id = ");
      sql_int (sql, query->service_id);
    }
  if (query->staff_id != 0)
    {
      sql_add (sql, " AND id IN (SELECT letter_id FROM dispositions WHERE to_staff_id = ");
      sql_int (sql, query->staff_id);
      sql_add (sql, ")");
    }
  if (filter->received_from != NULL)
    {
      sql_add (sql, " AND received_at >= ");
      sql_text (sql, filter->received_from);
    }
  if (filter->received_before != NULL)
    {
      sql_add (sql, " AND received_at < ");
      sql_text (sql, filter->received_before);
    }
  if ((query->due_states & all_due_states) != 0 &&
      (query->due_states & all_due_states) != all_due_states)
    append_due_states (sql, filter);
  if (filter->match != NULL)
    {
      /* "+id" keeps SQLite from driving the query from the hits. */
      sql_add (sql, filter->match_many ? " AND +id IN " : " AND id IN ");
      sql_add (sql, "(SELECT rowid FROM letters_fts WHERE letters_fts MATCH ");
      sql_text (sql, filter->match);
      sql_add (sql, ")");
    }
}

/* ORDER BY the sort's keys and id; @prefix "p." names the columns of the
 * keys subquery instead of the expressions. */
static void
append_order (Sql          *sql,
              const Filter *filter,
              const char   *prefix)
{
  const char *direction = filter->query->descending ? " DESC" : " ASC";

  sql_add (sql, " ORDER BY ");
  for (guint i = 0; i < filter->spec->n_keys; i++)
    {
      if (prefix != NULL)
        g_string_append_printf (sql->text, "%ssk%u%s, ", prefix, i, direction);
      else
        g_string_append_printf (sql->text, "%s%s, ", filter->spec->keys[i], direction);
    }
  g_string_append_printf (sql->text, "%sid%s", prefix != NULL ? prefix : "", direction);
}

static void
append_select (Sql          *sql,
               const Filter *filter,
               gboolean      keys_only)
{
  sql_add (sql, keys_only ? "SELECT letters.id AS id" : "SELECT " ROW_COLUMNS);
  for (guint i = 0; i < filter->spec->n_keys; i++)
    g_string_append_printf (sql->text, ", %s AS sk%u", filter->spec->keys[i], i);
  sql_add (sql, " FROM letters");
}

/* Sort keys: "<sort>" then, for each key, a unit separator and the key's
 * text, escaped so that no key can hold the separator. */

static char *
make_sort_key (sqlite3_stmt   *stmt,
               int             first_column,
               const Filter   *filter)
{
  GString *key = g_string_new (NULL);

  g_string_append_printf (key, "%d", (int) filter->query->sort);
  for (guint i = 0; i < filter->spec->n_keys; i++)
    {
      const char *text = (const char *) sqlite3_column_text (stmt, first_column + i);
      g_autofree char *escaped = g_strescape (text != NULL ? text : "", NULL);

      g_string_append_c (key, '\x1f');
      g_string_append (key, escaped);
    }

  return g_string_free (key, FALSE);
}

static GStrv
parse_sort_key (const LayananLetterRow  *after,
                const Filter            *filter,
                GError                 **error)
{
  g_auto(GStrv) parts = NULL;
  g_autofree char *sort = g_strdup_printf ("%d", (int) filter->query->sort);

  if (after->sort_key != NULL)
    parts = g_strsplit (after->sort_key, "\x1f", -1);

  if (parts == NULL || g_strv_length (parts) != filter->spec->n_keys + 1 ||
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
append_key_value (Sql           *sql,
                  const Filter  *filter,
                  guint          key,
                  const char    *value,
                  GError       **error)
{
  gint64 number;

  if (!filter->spec->integer[key])
    {
      sql_text (sql, value);
      return TRUE;
    }

  if (!g_ascii_string_to_signed (value, 10, G_MININT64, G_MAXINT64, &number, NULL))
    {
      g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                           "The row to continue after has a broken sort key");
      return FALSE;
    }

  sql_int (sql, number);
  return TRUE;
}

/* The rows after @after: one branch per key, each an exact seek into the
 * sort's index; the union is ordered again, which sorts at most
 * (n_keys + 1) × @limit rows. */
static gboolean
append_page_after (Sql                     *sql,
                   const Filter            *filter,
                   const LayananLetterRow  *after,
                   guint                    limit,
                   GError                 **error)
{
  g_auto(GStrv) values = parse_sort_key (after, filter, error);
  const SortSpec *spec = filter->spec;
  const char *later = filter->query->descending ? " < " : " > ";

  if (values == NULL)
    return FALSE;

  for (guint branch = 0; branch <= spec->n_keys; branch++)
    {
      guint n_equal = spec->n_keys - branch;

      if (branch > 0)
        sql_add (sql, " UNION ALL ");
      sql_add (sql, "SELECT * FROM (");
      append_select (sql, filter, TRUE);
      append_where (sql, filter);
      for (guint k = 0; k < n_equal; k++)
        {
          g_string_append_printf (sql->text, " AND %s = ", spec->keys[k]);
          if (!append_key_value (sql, filter, k, values[k + 1], error))
            return FALSE;
        }
      if (branch == 0)
        {
          g_string_append_printf (sql->text, " AND id%s", later);
          sql_int (sql, after->id);
        }
      else
        {
          g_string_append_printf (sql->text, " AND %s%s", spec->keys[n_equal], later);
          if (!append_key_value (sql, filter, n_equal, values[n_equal + 1], error))
            return FALSE;
        }
      append_order (sql, filter, NULL);
      sql_add (sql, " LIMIT ");
      sql_int (sql, limit);
      sql_add (sql, ")");
    }

  append_order (sql, filter, "");
  sql_add (sql, " LIMIT ");
  sql_int (sql, limit);
  return TRUE;
}

/* The ids and keys of the page, without the rest of the row. */
static gboolean
build_page_keys (Sql                     *sql,
                 const Filter            *filter,
                 const LayananLetterRow  *after,
                 guint                    limit,
                 GError                 **error)
{
  if (after != NULL)
    return append_page_after (sql, filter, after, limit, error);

  append_select (sql, filter, TRUE);
  append_where (sql, filter);
  append_order (sql, filter, NULL);
  sql_add (sql, " LIMIT ");
  sql_int (sql, limit);
  return TRUE;
}

/* The rows are read for the page's ids only: reading them (and the names
 * they were disposed to) inside the ranges would do it for every row a
 * range or a search sorts, not only for the @limit kept. */
static gboolean
build_page (Sql                     *sql,
            const Filter            *filter,
            const LayananLetterRow  *after,
            guint                    limit,
            GError                 **error)
{
  sql_add (sql, "SELECT " ROW_COLUMNS);
  for (guint i = 0; i < filter->spec->n_keys; i++)
    g_string_append_printf (sql->text, ", p.sk%u", i);
  sql_add (sql, " FROM (");
  if (!build_page_keys (sql, filter, after, limit, error))
    return FALSE;
  sql_add (sql, ") AS p JOIN letters ON letters.id = p.id");
  append_order (sql, filter, "p.");
  return TRUE;
}

static LayananLetterRow *
read_row (sqlite3_stmt *stmt,
          const Filter *filter)
{
  LayananLetterRow *row = g_new0 (LayananLetterRow, 1);

  row->id = sqlite3_column_int64 (stmt, 0);
  row->agenda_year = sqlite3_column_int (stmt, 1);
  row->agenda_number = sqlite3_column_int64 (stmt, 2);
  row->received_at = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
  row->nomor = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
  row->tanggal = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
  row->pengirim = g_strdup ((const char *) sqlite3_column_text (stmt, 6));
  row->hal = g_strdup ((const char *) sqlite3_column_text (stmt, 7));
  row->lampiran = g_strdup ((const char *) sqlite3_column_text (stmt, 8));
  layanan_keamanan_from_key ((const char *) sqlite3_column_text (stmt, 9), &row->keamanan);
  layanan_kecepatan_from_key ((const char *) sqlite3_column_text (stmt, 10), &row->kecepatan);
  row->classification_code = g_strdup ((const char *) sqlite3_column_text (stmt, 11));
  row->service_name = g_strdup ((const char *) sqlite3_column_text (stmt, 12));
  row->due_at = g_strdup ((const char *) sqlite3_column_text (stmt, 13));
  layanan_letter_status_from_key ((const char *) sqlite3_column_text (stmt, 14), &row->status);
  row->disposed_to = g_strdup ((const char *) sqlite3_column_text (stmt, 15));
  row->notes = g_strdup ((const char *) sqlite3_column_text (stmt, 16));
  row->sort_key = make_sort_key (stmt, N_ROW_COLUMNS, filter);

  return row;
}

/* One pass over the hits between the page's lowest and highest id, keeping
 * the page's own: a query per row would build the doclist of a prefix
 * ("hormat"*) once per row, and in the page query itself SQLite could
 * compute a snippet for every hit before the LIMIT. */
static gboolean
add_snippets (LayananDatabase  *self,
              const Filter     *filter,
              GPtrArray        *rows,
              GError          **error)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GString) sql = NULL;
  gint64 lowest = G_MAXINT64, highest = G_MININT64;
  int rc;

  if (rows->len == 0)
    return TRUE;

  sql = g_string_new ("SELECT rowid, snippet (letters_fts, -1, char (1), char (2), '…', 16) "
                      "FROM letters_fts WHERE letters_fts MATCH ?1 "
                      "AND rowid BETWEEN ?2 AND ?3 AND +rowid IN (");
  for (guint i = 0; i < rows->len; i++)
    {
      LayananLetterRow *row = g_ptr_array_index (rows, i);

      g_hash_table_insert (by_id, &row->id, row);
      lowest = MIN (lowest, row->id);
      highest = MAX (highest, row->id);
      g_string_append_printf (sql, "%s%" G_GINT64_FORMAT, i > 0 ? ", " : "", row->id);
    }
  g_string_append (sql, ")");

  stmt = layanan_database_prepare (self, sql->str, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, filter->match, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, lowest);
  sqlite3_bind_int64 (stmt, 3, highest);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      LayananLetterRow *row = g_hash_table_lookup (by_id, &id);

      if (row != NULL && row->snippet == NULL)
        row->snippet = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
    }

  if (rc != SQLITE_DONE)
    {
      layanan_database_set_error (error, layanan_database_get_handle (self), rc,
                                  layanan_database_get_path (self));
      return FALSE;
    }

  return TRUE;
}

/**
 * layanan_database_query_letters:
 * @after: (nullable): the last row of the previous page (or an anchor of
 *   layanan_database_letter_page_anchors()); %NULL for the first page
 *
 * Returns: (transfer full) (element-type LayananLetterRow): up to @limit
 *   rows that follow @after in the query's order
 */
GPtrArray *
layanan_database_query_letters (LayananDatabase           *self,
                                const LayananLetterQuery  *query,
                                const LayananLetterRow    *after,
                                guint                      limit,
                                GError                   **error)
{
  g_auto(Filter) filter = { 0 };
  g_auto(Sql) sql = { 0 };
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  int rc;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) layanan_letter_row_free);
  if (!filter_init (&filter, self, query, error))
    return NULL;
  if (limit == 0)
    return g_steal_pointer (&rows);

  sql_init (&sql);
  if (!build_page (&sql, &filter, after, limit, error))
    return NULL;

  stmt = sql_prepare (self, &sql, error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, read_row (stmt, &filter));

  if (rc != SQLITE_DONE)
    {
      layanan_database_set_error (error, layanan_database_get_handle (self), rc,
                                  layanan_database_get_path (self));
      return NULL;
    }

  if (filter.match != NULL && !add_snippets (self, &filter, rows, error))
    return NULL;

  return g_steal_pointer (&rows);
}

/**
 * layanan_database_count_letters:
 *
 * Returns: the number of letters the query selects, or -1 with @error set
 */
gint64
layanan_database_count_letters (LayananDatabase           *self,
                                const LayananLetterQuery  *query,
                                GError                   **error)
{
  g_auto(Filter) filter = { 0 };
  g_auto(Sql) sql = { 0 };
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), -1);
  g_return_val_if_fail (query != NULL, -1);
  g_return_val_if_fail (error == NULL || *error == NULL, -1);

  if (!filter_init (&filter, self, query, error))
    return -1;

  sql_init (&sql);
  sql_add (&sql, "SELECT count(*) FROM letters");
  append_where (&sql, &filter);

  stmt = sql_prepare (self, &sql, error);
  if (stmt == NULL)
    return -1;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      layanan_database_set_error (error, layanan_database_get_handle (self), rc,
                                  layanan_database_get_path (self));
      return -1;
    }

  return sqlite3_column_int64 (stmt, 0);
}

/**
 * layanan_database_letter_page_anchors:
 * @stride: rows per page
 *
 * Where each page of the query starts, so that a list can show page k
 * (rows k × @stride onwards) with layanan_database_query_letters (query,
 * anchors[k], stride) and never OFFSET. Element 0 is %NULL (the first page
 * starts at the beginning); element k ≥ 1 is the row at position
 * k × @stride − 1, the last row of page k − 1, with only its id and
 * sort_key (and agenda numbers) set. There is one element per page,
 * ceil (count / @stride), and at least one.
 *
 * The keys come from one walk of the sort's index; a window function
 * (row_number() OVER) did the same walk 3–8 times slower when measured.
 *
 * Returns: (transfer full) (element-type LayananLetterRow): the anchors
 */
GPtrArray *
layanan_database_letter_page_anchors (LayananDatabase           *self,
                                      const LayananLetterQuery  *query,
                                      guint                      stride,
                                      GError                   **error)
{
  g_auto(Filter) filter = { 0 };
  g_auto(Sql) sql = { 0 };
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) anchors = NULL;
  gint64 position = 0;
  int rc;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (stride > 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!filter_init (&filter, self, query, error))
    return NULL;

  sql_init (&sql);
  append_select (&sql, &filter, TRUE);
  append_where (&sql, &filter);
  append_order (&sql, &filter, NULL);

  stmt = sql_prepare (self, &sql, error);
  if (stmt == NULL)
    return NULL;

  anchors = g_ptr_array_new_with_free_func ((GDestroyNotify) layanan_letter_row_free);
  g_ptr_array_add (anchors, NULL);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LayananLetterRow *anchor;

      position++;
      if (position % stride != 0)
        continue;

      anchor = g_new0 (LayananLetterRow, 1);
      anchor->id = sqlite3_column_int64 (stmt, 0);
      anchor->sort_key = make_sort_key (stmt, 1, &filter);
      if (query->sort == LAYANAN_LETTER_SORT_AGENDA)
        {
          anchor->agenda_year = sqlite3_column_int (stmt, 1);
          anchor->agenda_number = sqlite3_column_int64 (stmt, 2);
        }
      g_ptr_array_add (anchors, anchor);
    }

  if (rc != SQLITE_DONE)
    {
      layanan_database_set_error (error, layanan_database_get_handle (self), rc,
                                  layanan_database_get_path (self));
      return NULL;
    }

  /* The last row of the last page starts no page. */
  if (position > 0 && position % stride == 0)
    g_ptr_array_remove_index (anchors, anchors->len - 1);

  return g_steal_pointer (&anchors);
}

static gboolean
foreach_row (LayananDatabase           *self,
             sqlite3_stmt              *stmt,
             const Filter              *filter,
             LayananLetterRowFunc       func,
             gpointer                   user_data,
             GCancellable              *cancellable,
             GError                   **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(LayananLetterRow) row = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      row = read_row (stmt, filter);
      if (!func (row, user_data, error))
        return FALSE;
    }

  if (rc != SQLITE_DONE)
    {
      layanan_database_set_error (error, layanan_database_get_handle (self), rc,
                                  layanan_database_get_path (self));
      return FALSE;
    }

  return TRUE;
}

/**
 * layanan_database_foreach_letter:
 * @func: called for each row in the query's order; returning %FALSE with
 *   @error set stops the walk
 *
 * Streams every row the query selects from one snapshot of the database,
 * one row in memory at a time (for exports). Rows carry no snippet. Stops
 * with %G_IO_ERROR_CANCELLED when @cancellable is cancelled.
 */
gboolean
layanan_database_foreach_letter (LayananDatabase           *self,
                                 const LayananLetterQuery  *query,
                                 LayananLetterRowFunc       func,
                                 gpointer                   user_data,
                                 GCancellable              *cancellable,
                                 GError                   **error)
{
  g_auto(Filter) filter = { 0 };
  g_auto(Sql) sql = { 0 };
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean own_snapshot, ok;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (query != NULL, FALSE);
  g_return_val_if_fail (func != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!filter_init (&filter, self, query, error))
    return FALSE;

  sql_init (&sql);
  append_select (&sql, &filter, FALSE);
  append_where (&sql, &filter);
  append_order (&sql, &filter, NULL);

  stmt = sql_prepare (self, &sql, error);
  if (stmt == NULL)
    return FALSE;

  /* A read transaction keeps the walk on one snapshot while others write. */
  own_snapshot = self->transaction_depth == 0;
  if (own_snapshot && !layanan_database_exec (self, "BEGIN DEFERRED", error))
    return FALSE;

  ok = foreach_row (self, stmt, &filter, func, user_data, cancellable, error);
  sqlite3_reset (stmt);

  if (own_snapshot)
    sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL);

  return ok;
}

/**
 * layanan_database_explain_letter_query:
 *
 * For tests: the plan SQLite chooses for the ids and keys of a page, one
 * line per step ("SEARCH letters USING INDEX …").
 */
char *
layanan_database_explain_letter_query (LayananDatabase           *self,
                                       const LayananLetterQuery  *query,
                                       const LayananLetterRow    *after,
                                       GError                   **error)
{
  g_auto(Filter) filter = { 0 };
  g_auto(Sql) sql = { 0 };
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GString) plan = g_string_new (NULL);

  if (!filter_init (&filter, self, query, error))
    return NULL;

  sql_init (&sql);
  sql_add (&sql, "EXPLAIN QUERY PLAN ");
  if (!build_page_keys (&sql, &filter, after, 50, error))
    return NULL;

  stmt = sql_prepare (self, &sql, error);
  if (stmt == NULL)
    return NULL;

  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (plan, "%s\n", (const char *) sqlite3_column_text (stmt, 3));

  return g_string_free (g_steal_pointer (&plan), FALSE);
}

LayananLetterQuery *
layanan_letter_query_new (void)
{
  return g_new0 (LayananLetterQuery, 1);
}

LayananLetterQuery *
layanan_letter_query_copy (const LayananLetterQuery *query)
{
  LayananLetterQuery *copy = g_memdup2 (query, sizeof *query);

  copy->received_from = g_strdup (query->received_from);
  copy->received_to = g_strdup (query->received_to);
  copy->due_now = g_strdup (query->due_now);
  copy->due_soon_limit = g_strdup (query->due_soon_limit);
  copy->search = g_strdup (query->search);
  return copy;
}

void
layanan_letter_query_free (LayananLetterQuery *query)
{
  if (query == NULL)
    return;
  g_free (query->received_from);
  g_free (query->received_to);
  g_free (query->due_now);
  g_free (query->due_soon_limit);
  g_free (query->search);
  g_free (query);
}
