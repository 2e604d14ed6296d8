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

#include "layanan-database-query-private.h"
#include "layanan-date.h"
#include "layanan-error.h"

/* The list of letters: filters and sorts in SQL, keyset pages (never
 * OFFSET), page anchors and a streaming cursor, over one query builder
 * (the pieces it shares with the complaints are in
 * layanan-database-query.c). Every sort has an index on exactly its keys
 * and the id (schema version 6). */

static const LayananSortSpec sort_specs[] = {
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

/* The filter, checked and in the forms the SQL compares. */

typedef struct
{
  const LayananLetterQuery *query;
  LayananKeyset             keyset;
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

static void append_keys (LayananSql    *sql,
                         gconstpointer  data);

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
  filter->keyset.spec = &sort_specs[query->sort];
  filter->keyset.sort = query->sort;
  filter->keyset.descending = query->descending;
  filter->keyset.append_keys = append_keys;
  filter->keyset.filter = filter;

  if (query->received_from != NULL &&
      !layanan_query_parse_day (query->received_from, _("Received from"), 0,
                                &filter->received_from, error))
    return FALSE;
  if (query->received_to != NULL &&
      !layanan_query_parse_day (query->received_to, _("Received until"), 1,
                                &filter->received_before, error))
    return FALSE;

  if (query->due_states != 0)
    {
      if (!layanan_query_parse_instant (query->due_now, _("Now"), &filter->due_now, error))
        return FALSE;
      if (query->due_soon_limit != NULL &&
          !layanan_query_parse_instant (query->due_soon_limit, _("Due soon until"),
                                        &filter->due_soon, error))
        return FALSE;
      if (filter->due_soon == NULL)
        filter->due_soon = g_strdup (filter->due_now);
    }

  filter->match = layanan_query_fts_match (query->search);
  if (filter->match != NULL &&
      !layanan_query_count_hits (self, "letters_fts", filter->match, many_hits,
                                 &filter->match_many, error))
    return FALSE;

  return TRUE;
}

static void
append_statuses (LayananSql *sql,
                 guint       statuses)
{
  gboolean first = TRUE;

  layanan_sql_add (sql, " AND status IN (");
  for (guint status = 0; status < LAYANAN_N_LETTER_STATUSES; status++)
    {
      if ((statuses & (1u << status)) == 0)
        continue;
      /* Keys are the store's own constants, never user text. */
      g_string_append_printf (sql->text, "%s'%s'", first ? "" : ", ",
                              layanan_letter_status_to_key (status));
      first = FALSE;
    }
  layanan_sql_add (sql, ")");
}

static void
append_due_states (LayananSql   *sql,
                   const Filter *filter)
{
  guint states = filter->query->due_states;
  gboolean first = TRUE;

#define OR_PART() layanan_sql_add (sql, first ? " AND (" : " OR "); first = FALSE

  if (states & (1u << LAYANAN_DUE_STATE_NONE))
    {
      OR_PART ();
      layanan_sql_add (sql, "(due_at IS NULL OR status IN " CLOSED_STATUSES ")");
    }
  if (states & (1u << LAYANAN_DUE_STATE_OVERDUE))
    {
      OR_PART ();
      layanan_sql_add (sql, "(status NOT IN " CLOSED_STATUSES " AND due_at < ");
      layanan_sql_text (sql, filter->due_now);
      layanan_sql_add (sql, ")");
    }
  if (states & (1u << LAYANAN_DUE_STATE_SOON))
    {
      OR_PART ();
      layanan_sql_add (sql, "(status NOT IN " CLOSED_STATUSES " AND due_at >= ");
      layanan_sql_text (sql, filter->due_now);
      layanan_sql_add (sql, " AND due_at < ");
      layanan_sql_text (sql, filter->due_soon);
      layanan_sql_add (sql, ")");
    }
  if (states & (1u << LAYANAN_DUE_STATE_ON_TIME))
    {
      OR_PART ();
      layanan_sql_add (sql, "(status NOT IN " CLOSED_STATUSES " AND due_at >= ");
      layanan_sql_text (sql, filter->due_soon);
      layanan_sql_add (sql, ")");
    }

#undef OR_PART

  if (!first)
    layanan_sql_add (sql, ")");
}

static void
append_where (LayananSql   *sql,
              const Filter *filter)
{
  const LayananLetterQuery *query = filter->query;
  guint all_statuses = (1u << LAYANAN_N_LETTER_STATUSES) - 1;
  guint all_due_states = (1u << (LAYANAN_DUE_STATE_OVERDUE + 1)) - 1;

  layanan_sql_add (sql, " WHERE 1 = 1");
  if ((query->statuses & all_statuses) != 0 && (query->statuses & all_statuses) != all_statuses)
    append_statuses (sql, query->statuses);
  if (query->unit_id != 0)
    {
      layanan_sql_add (sql, " AND unit_id = ");
      layanan_sql_int (sql, query->unit_id);
    }
  if (query->service_id != 0)
    {
      layanan_sql_add (sql, " AND service_id = ");
      layanan_sql_int (sql, query->service_id);
    }
  if (query->staff_id != 0)
    {
      layanan_sql_add (sql, " AND id IN (SELECT letter_id FROM dispositions WHERE to_staff_id = ");
      layanan_sql_int (sql, query->staff_id);
      layanan_sql_add (sql, ")");
    }
  if (filter->received_from != NULL)
    {
      layanan_sql_add (sql, " AND received_at >= ");
      layanan_sql_text (sql, filter->received_from);
    }
  if (filter->received_before != NULL)
    {
      layanan_sql_add (sql, " AND received_at < ");
      layanan_sql_text (sql, filter->received_before);
    }
  if ((query->due_states & all_due_states) != 0 &&
      (query->due_states & all_due_states) != all_due_states)
    append_due_states (sql, filter);
  if (filter->match != NULL)
    {
      /* "+id" keeps SQLite from driving the query from the hits. */
      layanan_sql_add (sql, filter->match_many ? " AND +id IN " : " AND id IN ");
      layanan_sql_add (sql, "(SELECT rowid FROM letters_fts WHERE letters_fts MATCH ");
      layanan_sql_text (sql, filter->match);
      layanan_sql_add (sql, ")");
    }
}

static void
append_select (LayananSql   *sql,
               const Filter *filter,
               gboolean      keys_only)
{
  layanan_sql_add (sql, keys_only ? "SELECT letters.id AS id" : "SELECT " ROW_COLUMNS);
  for (guint i = 0; i < filter->keyset.spec->n_keys; i++)
    g_string_append_printf (sql->text, ", %s AS sk%u", filter->keyset.spec->keys[i], i);
  layanan_sql_add (sql, " FROM letters");
}

/* The ids and keys of the rows the filter selects, for the keyset pages. */
static void
append_keys (LayananSql    *sql,
             gconstpointer  data)
{
  const Filter *filter = data;

  append_select (sql, filter, TRUE);
  append_where (sql, filter);
}

/* The ids and keys of the page, without the rest of the row. */
static gboolean
build_page_keys (LayananSql              *sql,
                 const Filter            *filter,
                 const LayananLetterRow  *after,
                 guint                    limit,
                 GError                 **error)
{
  return layanan_keyset_append_page_keys (sql, &filter->keyset, after != NULL,
                                          after != NULL ? after->id : 0,
                                          after != NULL ? after->sort_key : NULL,
                                          limit, error);
}

/* The rows are read for the page's ids only: reading them (and the names
 * they were disposed to) inside the ranges would do it for every row a
 * range or a search sorts, not only for the @limit kept. */
static gboolean
build_page (LayananSql              *sql,
            const Filter            *filter,
            const LayananLetterRow  *after,
            guint                    limit,
            GError                 **error)
{
  layanan_sql_add (sql, "SELECT " ROW_COLUMNS);
  for (guint i = 0; i < filter->keyset.spec->n_keys; i++)
    g_string_append_printf (sql->text, ", p.sk%u", i);
  layanan_sql_add (sql, " FROM (");
  if (!build_page_keys (sql, filter, after, limit, error))
    return FALSE;
  layanan_sql_add (sql, ") AS p JOIN letters ON letters.id = p.id");
  layanan_keyset_append_order (sql, &filter->keyset, "p.");
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
  row->sort_key = layanan_keyset_make_sort_key (&filter->keyset, stmt, N_ROW_COLUMNS);

  return row;
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
  g_auto(LayananSql) sql = { 0 };
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

  layanan_sql_init (&sql);
  if (!build_page (&sql, &filter, after, limit, error))
    return NULL;

  stmt = layanan_sql_prepare (self, &sql, error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, read_row (stmt, &filter));

  if (rc != SQLITE_DONE)
    {
      layanan_database_step_error (self, rc, error);
      return NULL;
    }

  if (filter.match != NULL && !layanan_query_add_snippets (self, "letters_fts", filter.match, rows,
                                  G_STRUCT_OFFSET (LayananLetterRow, id),
                                  G_STRUCT_OFFSET (LayananLetterRow, snippet), error))
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
  g_auto(LayananSql) sql = { 0 };

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), -1);
  g_return_val_if_fail (query != NULL, -1);
  g_return_val_if_fail (error == NULL || *error == NULL, -1);

  if (!filter_init (&filter, self, query, error))
    return -1;

  layanan_sql_init (&sql);
  layanan_sql_add (&sql, "SELECT count(*) FROM letters");
  append_where (&sql, &filter);

  return layanan_sql_count (self, &sql, error);
}

static gpointer
make_anchor (sqlite3_stmt        *stmt,
             const LayananKeyset *keyset)
{
  LayananLetterRow *anchor = g_new0 (LayananLetterRow, 1);

  anchor->id = sqlite3_column_int64 (stmt, 0);
  anchor->sort_key = layanan_keyset_make_sort_key (keyset, stmt, 1);
  return anchor;
}

/* Sorted by number, an anchor also carries it. */
static gpointer
make_numbered_anchor (sqlite3_stmt        *stmt,
                      const LayananKeyset *keyset)
{
  LayananLetterRow *anchor = make_anchor (stmt, keyset);

  anchor->agenda_year = sqlite3_column_int (stmt, 1);
  anchor->agenda_number = sqlite3_column_int64 (stmt, 2);
  return anchor;
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
  g_auto(LayananSql) sql = { 0 };
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (stride > 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!filter_init (&filter, self, query, error))
    return NULL;

  layanan_sql_init (&sql);
  append_select (&sql, &filter, TRUE);
  append_where (&sql, &filter);
  layanan_keyset_append_order (&sql, &filter.keyset, NULL);

  stmt = layanan_sql_prepare (self, &sql, error);
  if (stmt == NULL)
    return NULL;

  return layanan_query_page_anchors (self, stmt, &filter.keyset, stride,
                                     query->sort == LAYANAN_LETTER_SORT_AGENDA
                                     ? make_numbered_anchor : make_anchor,
                                     (GDestroyNotify) layanan_letter_row_free, error);
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
  g_auto(LayananSql) sql = { 0 };
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (query != NULL, FALSE);
  g_return_val_if_fail (func != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!filter_init (&filter, self, query, error))
    return FALSE;

  layanan_sql_init (&sql);
  append_select (&sql, &filter, FALSE);
  append_where (&sql, &filter);
  layanan_keyset_append_order (&sql, &filter.keyset, NULL);

  stmt = layanan_sql_prepare (self, &sql, error);
  if (stmt == NULL)
    return FALSE;

  return layanan_query_foreach (self, stmt, (LayananQueryReadFunc) read_row, &filter,
                                (GDestroyNotify) layanan_letter_row_free,
                                (LayananQueryRowFunc) func, user_data, cancellable, error);
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
  g_auto(LayananSql) sql = { 0 };
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GString) plan = g_string_new (NULL);

  if (!filter_init (&filter, self, query, error))
    return NULL;

  layanan_sql_init (&sql);
  layanan_sql_add (&sql, "EXPLAIN QUERY PLAN ");
  if (!build_page_keys (&sql, &filter, after, 50, error))
    return NULL;

  stmt = layanan_sql_prepare (self, &sql, error);
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
