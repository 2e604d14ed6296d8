/* layanan-database-complaint-query.c
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
#include "layanan-error.h"

/* The list of complaints: filters and sorts in SQL, keyset pages (never
 * OFFSET), page anchors and a streaming cursor, built from the pieces the
 * letters' list shares (layanan-database-query.c). Every sort has an index
 * on exactly its keys and the id (schema version 7).
 *
 * A row never carries the identity of a confidential or anonymous
 * complainant: the SQL itself leaves it out, so no caller can forget to. */

static const LayananSortSpec sort_specs[] = {
  [LAYANAN_COMPLAINT_SORT_NUMBER] = { { "register_year", "register_number" }, { TRUE, TRUE }, 2 },
  [LAYANAN_COMPLAINT_SORT_RECEIVED] = { { "received_at" }, { FALSE }, 1 },
  [LAYANAN_COMPLAINT_SORT_CHANNEL] = { { "(" LAYANAN_COMPLAINT_CHANNEL_RANK_SQL ")" },
                                       { TRUE }, 1 },
  [LAYANAN_COMPLAINT_SORT_CATEGORY] = { { "category_name" }, { FALSE }, 1 },
  [LAYANAN_COMPLAINT_SORT_SERVICE] = { { "coalesce (service_name, '')" }, { FALSE }, 1 },
  [LAYANAN_COMPLAINT_SORT_DUE] = { { "coalesce (due_at, '')" }, { FALSE }, 1 },
  [LAYANAN_COMPLAINT_SORT_STATUS] = { { "(" LAYANAN_COMPLAINT_STATUS_RANK_SQL ")" }, { TRUE }, 1 },
};

G_STATIC_ASSERT (G_N_ELEMENTS (sort_specs) == LAYANAN_N_COMPLAINT_SORTS);

#define HIDDEN_IF_CONFIDENTIAL(column) \
  "CASE WHEN complaints.anonymous = 0 AND complaints.confidential = 0 " \
  "THEN complaints." column " END"

#define ASSIGNED_TO_SQL \
  "coalesce ((SELECT name FROM staff WHERE id = complaints.assigned_staff_id), " \
  "  (SELECT name FROM units WHERE id = complaints.assigned_unit_id))"

#define LAST_RESPONSE_SQL \
  "(SELECT response FROM complaint_steps WHERE complaint_id = complaints.id " \
  "  AND response IS NOT NULL ORDER BY id DESC LIMIT 1)"

#define ROW_COLUMNS \
  "complaints.id, complaints.register_year, complaints.register_number, " \
  "complaints.received_at, complaints.channel, complaints.lapor_number, " \
  "complaints.service_name, complaints.anonymous, complaints.confidential, " \
  HIDDEN_IF_CONFIDENTIAL ("complainant_name") ", " \
  HIDDEN_IF_CONFIDENTIAL ("complainant_contact") ", " \
  "complaints.classification, complaints.category_name, " \
  "complaints.category_deadline_value, complaints.category_deadline_unit, " \
  "complaints.description, complaints.status, " ASSIGNED_TO_SQL ", complaints.due_at, " \
  "complaints.paused_at, complaints.closed_at, " LAST_RESPONSE_SQL
#define N_ROW_COLUMNS 22

/* The clock does not run: closed, or waiting for the complainant. */
#define CLOCK_STOPPED \
  "('selesai', 'bukan_wewenang', 'ditolak', 'ditutup', 'menunggu_pelapor')"

/* Above this many hits a search walks the sort's index and keeps the rows
 * that match; below it the hits are read from the text index and only
 * they are sorted (as for letters). */
#define MANY_HITS 2000

/* The filter, checked and in the forms the SQL compares. */

typedef struct
{
  const LayananComplaintQuery *query;
  LayananKeyset                keyset;
  char                        *received_from;
  char                        *received_before;   /* the day after received_to */
  char                        *due_now;
  char                        *due_soon;
  char                        *match;             /* FTS5 query, or NULL */
  gboolean                     match_many;
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
filter_init (Filter                       *filter,
             LayananDatabase              *self,
             const LayananComplaintQuery  *query,
             GError                      **error)
{
  memset (filter, 0, sizeof *filter);
  filter->query = query;

  if ((guint) query->sort >= LAYANAN_N_COMPLAINT_SORTS)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   "Unknown sort of complaints: %d", (int) query->sort);
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
      !layanan_query_count_hits (self, "complaints_fts", filter->match, MANY_HITS,
                                 &filter->match_many, error))
    return FALSE;

  return TRUE;
}

/* Keys are the store's own constants, never user text. */
static void
append_keys_in (LayananSql  *sql,
                const char  *column,
                guint        mask,
                guint        n,
                const char *(*to_key) (int))
{
  gboolean first = TRUE;

  g_string_append_printf (sql->text, " AND %s IN (", column);
  for (guint i = 0; i < n; i++)
    {
      if ((mask & (1u << i)) == 0)
        continue;
      g_string_append_printf (sql->text, "%s'%s'", first ? "" : ", ", to_key (i));
      first = FALSE;
    }
  layanan_sql_add (sql, ")");
}

static const char *
status_key (int status)
{
  return layanan_complaint_status_to_key (status);
}

static const char *
channel_key (int channel)
{
  return layanan_channel_kind_to_key (channel);
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
      layanan_sql_add (sql, "(due_at IS NULL OR status IN " CLOCK_STOPPED ")");
    }
  if (states & (1u << LAYANAN_DUE_STATE_OVERDUE))
    {
      OR_PART ();
      layanan_sql_add (sql, "(status NOT IN " CLOCK_STOPPED " AND due_at < ");
      layanan_sql_text (sql, filter->due_now);
      layanan_sql_add (sql, ")");
    }
  if (states & (1u << LAYANAN_DUE_STATE_SOON))
    {
      OR_PART ();
      layanan_sql_add (sql, "(status NOT IN " CLOCK_STOPPED " AND due_at >= ");
      layanan_sql_text (sql, filter->due_now);
      layanan_sql_add (sql, " AND due_at < ");
      layanan_sql_text (sql, filter->due_soon);
      layanan_sql_add (sql, ")");
    }
  if (states & (1u << LAYANAN_DUE_STATE_ON_TIME))
    {
      OR_PART ();
      layanan_sql_add (sql, "(status NOT IN " CLOCK_STOPPED " AND due_at >= ");
      layanan_sql_text (sql, filter->due_soon);
      layanan_sql_add (sql, ")");
    }

#undef OR_PART

  if (!first)
    layanan_sql_add (sql, ")");
}

static void
append_id_filter (LayananSql *sql,
                  const char *column,
                  gint64      id)
{
  if (id == 0)
    return;

  g_string_append_printf (sql->text, " AND %s = ", column);
  layanan_sql_int (sql, id);
}

static void
append_where (LayananSql   *sql,
              const Filter *filter)
{
  const LayananComplaintQuery *query = filter->query;
  guint all_statuses = (1u << LAYANAN_N_COMPLAINT_STATUSES) - 1;
  guint all_channels = (1u << LAYANAN_N_CHANNEL_KINDS) - 1;
  guint all_due_states = (1u << (LAYANAN_DUE_STATE_OVERDUE + 1)) - 1;

  layanan_sql_add (sql, " WHERE 1 = 1");
  if ((query->statuses & all_statuses) != 0 && (query->statuses & all_statuses) != all_statuses)
    append_keys_in (sql, "status", query->statuses, LAYANAN_N_COMPLAINT_STATUSES, status_key);
  if ((query->channels & all_channels) != 0 && (query->channels & all_channels) != all_channels)
    append_keys_in (sql, "channel", query->channels, LAYANAN_N_CHANNEL_KINDS, channel_key);
  append_id_filter (sql, "unit_id", query->unit_id);
  append_id_filter (sql, "category_id", query->category_id);
  append_id_filter (sql, "service_id", query->service_id);
  append_id_filter (sql, "assigned_staff_id", query->staff_id);
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
      layanan_sql_add (sql, "(SELECT rowid FROM complaints_fts WHERE complaints_fts MATCH ");
      layanan_sql_text (sql, filter->match);
      layanan_sql_add (sql, ")");
    }
}

static void
append_select (LayananSql   *sql,
               const Filter *filter,
               gboolean      keys_only)
{
  layanan_sql_add (sql, keys_only ? "SELECT complaints.id AS id" : "SELECT " ROW_COLUMNS);
  for (guint i = 0; i < filter->keyset.spec->n_keys; i++)
    g_string_append_printf (sql->text, ", %s AS sk%u", filter->keyset.spec->keys[i], i);
  layanan_sql_add (sql, " FROM complaints");
}

static void
append_keys (LayananSql    *sql,
             gconstpointer  data)
{
  const Filter *filter = data;

  append_select (sql, filter, TRUE);
  append_where (sql, filter);
}

/* The rows are read for the page's ids only: reading them (and their
 * latest response) inside the ranges would do it for every row a range or
 * a search sorts, not only for the @limit kept. */
static gboolean
build_page (LayananSql                 *sql,
            const Filter               *filter,
            const LayananComplaintRow  *after,
            guint                       limit,
            GError                    **error)
{
  layanan_sql_add (sql, "SELECT " ROW_COLUMNS);
  for (guint i = 0; i < filter->keyset.spec->n_keys; i++)
    g_string_append_printf (sql->text, ", p.sk%u", i);
  layanan_sql_add (sql, " FROM (");
  if (!layanan_keyset_append_page_keys (sql, &filter->keyset, after != NULL,
                                        after != NULL ? after->id : 0,
                                        after != NULL ? after->sort_key : NULL,
                                        limit, error))
    return FALSE;
  layanan_sql_add (sql, ") AS p JOIN complaints ON complaints.id = p.id");
  layanan_keyset_append_order (sql, &filter->keyset, "p.");
  return TRUE;
}

static LayananComplaintRow *
read_row (sqlite3_stmt *stmt,
          const Filter *filter)
{
  LayananComplaintRow *row = g_new0 (LayananComplaintRow, 1);

  row->id = sqlite3_column_int64 (stmt, 0);
  row->register_year = sqlite3_column_int (stmt, 1);
  row->register_number = sqlite3_column_int64 (stmt, 2);
  row->received_at = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
  layanan_channel_kind_from_key ((const char *) sqlite3_column_text (stmt, 4), &row->channel);
  row->lapor_number = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
  row->service_name = g_strdup ((const char *) sqlite3_column_text (stmt, 6));
  row->anonymous = sqlite3_column_int (stmt, 7) != 0;
  row->confidential = sqlite3_column_int (stmt, 8) != 0;
  row->complainant_name = g_strdup ((const char *) sqlite3_column_text (stmt, 9));
  row->complainant_contact = g_strdup ((const char *) sqlite3_column_text (stmt, 10));
  layanan_complaint_kind_from_key ((const char *) sqlite3_column_text (stmt, 11),
                                   &row->classification);
  row->category_name = g_strdup ((const char *) sqlite3_column_text (stmt, 12));
  row->category_deadline.value = sqlite3_column_int64 (stmt, 13);
  layanan_duration_unit_from_key ((const char *) sqlite3_column_text (stmt, 14),
                                  &row->category_deadline.unit);
  row->description = g_strdup ((const char *) sqlite3_column_text (stmt, 15));
  layanan_complaint_status_from_key ((const char *) sqlite3_column_text (stmt, 16),
                                     &row->status);
  row->assigned_to = g_strdup ((const char *) sqlite3_column_text (stmt, 17));
  row->due_at = g_strdup ((const char *) sqlite3_column_text (stmt, 18));
  row->paused_at = g_strdup ((const char *) sqlite3_column_text (stmt, 19));
  row->closed_at = g_strdup ((const char *) sqlite3_column_text (stmt, 20));
  row->last_response = g_strdup ((const char *) sqlite3_column_text (stmt, 21));
  row->sort_key = layanan_keyset_make_sort_key (&filter->keyset, stmt, N_ROW_COLUMNS);

  return row;
}

void
layanan_complaint_row_free (LayananComplaintRow *row)
{
  if (row == NULL)
    return;

  g_free (row->received_at);
  g_free (row->lapor_number);
  g_free (row->service_name);
  g_free (row->complainant_name);
  g_free (row->complainant_contact);
  g_free (row->category_name);
  g_free (row->description);
  g_free (row->assigned_to);
  g_free (row->due_at);
  g_free (row->paused_at);
  g_free (row->closed_at);
  g_free (row->last_response);
  g_free (row->snippet);
  g_free (row->sort_key);
  g_free (row);
}

/**
 * layanan_database_query_complaints:
 * @after: (nullable): the last row of the previous page (or an anchor of
 *   layanan_database_complaint_page_anchors()); %NULL for the first page
 *
 * Returns: (transfer full) (element-type LayananComplaintRow): up to
 *   @limit rows that follow @after in the query's order
 */
GPtrArray *
layanan_database_query_complaints (LayananDatabase              *self,
                                   const LayananComplaintQuery  *query,
                                   const LayananComplaintRow    *after,
                                   guint                         limit,
                                   GError                      **error)
{
  g_auto(Filter) filter = { 0 };
  g_auto(LayananSql) sql = { 0 };
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  int rc;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) layanan_complaint_row_free);
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

  if (filter.match != NULL &&
      !layanan_query_add_snippets (self, "complaints_fts", filter.match, rows,
                                   G_STRUCT_OFFSET (LayananComplaintRow, id),
                                   G_STRUCT_OFFSET (LayananComplaintRow, snippet), error))
    return NULL;

  return g_steal_pointer (&rows);
}

/**
 * layanan_database_count_complaints:
 *
 * Returns: the number of complaints the query selects, or -1 with @error set
 */
gint64
layanan_database_count_complaints (LayananDatabase              *self,
                                   const LayananComplaintQuery  *query,
                                   GError                      **error)
{
  g_auto(Filter) filter = { 0 };
  g_auto(LayananSql) sql = { 0 };

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), -1);
  g_return_val_if_fail (query != NULL, -1);
  g_return_val_if_fail (error == NULL || *error == NULL, -1);

  if (!filter_init (&filter, self, query, error))
    return -1;

  layanan_sql_init (&sql);
  layanan_sql_add (&sql, "SELECT count(*) FROM complaints");
  append_where (&sql, &filter);

  return layanan_sql_count (self, &sql, error);
}

static gpointer
make_anchor (sqlite3_stmt        *stmt,
             const LayananKeyset *keyset)
{
  LayananComplaintRow *anchor = g_new0 (LayananComplaintRow, 1);

  anchor->id = sqlite3_column_int64 (stmt, 0);
  anchor->sort_key = layanan_keyset_make_sort_key (keyset, stmt, 1);
  return anchor;
}

/* Sorted by number, an anchor also carries it. */
static gpointer
make_numbered_anchor (sqlite3_stmt        *stmt,
                      const LayananKeyset *keyset)
{
  LayananComplaintRow *anchor = make_anchor (stmt, keyset);

  anchor->register_year = sqlite3_column_int (stmt, 1);
  anchor->register_number = sqlite3_column_int64 (stmt, 2);
  return anchor;
}

/**
 * layanan_database_complaint_page_anchors:
 * @stride: rows per page
 *
 * Where each page of the query starts, as
 * layanan_database_letter_page_anchors() does for letters: element 0 is
 * %NULL, element k ≥ 1 the last row of page k − 1 with only its id,
 * sort_key (and register numbers) set; one element per page, at least one.
 *
 * Returns: (transfer full) (element-type LayananComplaintRow): the anchors
 */
GPtrArray *
layanan_database_complaint_page_anchors (LayananDatabase              *self,
                                         const LayananComplaintQuery  *query,
                                         guint                         stride,
                                         GError                      **error)
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
  append_keys (&sql, &filter);
  layanan_keyset_append_order (&sql, &filter.keyset, NULL);

  stmt = layanan_sql_prepare (self, &sql, error);
  if (stmt == NULL)
    return NULL;

  return layanan_query_page_anchors (self, stmt, &filter.keyset, stride,
                                     query->sort == LAYANAN_COMPLAINT_SORT_NUMBER
                                     ? make_numbered_anchor : make_anchor,
                                     (GDestroyNotify) layanan_complaint_row_free, error);
}

/**
 * layanan_database_foreach_complaint:
 * @func: called for each row in the query's order; returning %FALSE with
 *   @error set stops the walk
 *
 * Streams every row the query selects from one snapshot of the database,
 * one row in memory at a time (for exports and the recap). Rows carry no
 * snippet. Stops with %G_IO_ERROR_CANCELLED when @cancellable is cancelled.
 */
gboolean
layanan_database_foreach_complaint (LayananDatabase              *self,
                                    const LayananComplaintQuery  *query,
                                    LayananComplaintRowFunc       func,
                                    gpointer                      user_data,
                                    GCancellable                 *cancellable,
                                    GError                      **error)
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
                                (GDestroyNotify) layanan_complaint_row_free,
                                (LayananQueryRowFunc) func, user_data, cancellable, error);
}

LayananComplaintQuery *
layanan_complaint_query_new (void)
{
  return g_new0 (LayananComplaintQuery, 1);
}

LayananComplaintQuery *
layanan_complaint_query_copy (const LayananComplaintQuery *query)
{
  LayananComplaintQuery *copy = g_memdup2 (query, sizeof *query);

  copy->received_from = g_strdup (query->received_from);
  copy->received_to = g_strdup (query->received_to);
  copy->due_now = g_strdup (query->due_now);
  copy->due_soon_limit = g_strdup (query->due_soon_limit);
  copy->search = g_strdup (query->search);
  return copy;
}

void
layanan_complaint_query_free (LayananComplaintQuery *query)
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
