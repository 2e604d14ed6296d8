/* layanan-database-query-private.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "layanan-database-private.h"

G_BEGIN_DECLS

/* What the lists of letters and of complaints share: SQL text built with
 * numbered parameters, the search box as an FTS5 query, the filter's days
 * and instants, and keyset pages over a sort of one or two keys plus the
 * row's id (layanan-database-query.c). */

typedef struct
{
  GString *text;
  GArray  *params;
} LayananSql;

void          layanan_sql_init    (LayananSql        *sql);
void          layanan_sql_clear   (LayananSql        *sql);
void          layanan_sql_add     (LayananSql        *sql,
                                   const char        *text);
void          layanan_sql_text    (LayananSql        *sql,
                                   const char        *value);
void          layanan_sql_int     (LayananSql        *sql,
                                   gint64             value);
sqlite3_stmt *layanan_sql_prepare (LayananDatabase   *self,
                                   LayananSql        *sql,
                                   GError           **error);
/* The number a "SELECT count(*) …" gives, or -1 with @error set. */
gint64        layanan_sql_count   (LayananDatabase   *self,
                                   LayananSql        *sql,
                                   GError           **error);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LayananSql, layanan_sql_clear)

/* What a person typed as an FTS5 query that cannot be a syntax error, or
 * NULL when it holds no word. */
char     *layanan_query_fts_match   (const char   *search);
/* Whether @match has more than @limit hits in @fts_table. */
gboolean  layanan_query_count_hits  (LayananDatabase *self,
                                     const char      *fts_table,
                                     const char      *match,
                                     guint            limit,
                                     gboolean        *many,
                                     GError         **error);
/* Sets the snippet (hits between \x01 and \x02) of each row of @rows, a
 * page of row structs with a gint64 id at @id_offset and a char * snippet
 * at @snippet_offset, from @fts_table. */
gboolean  layanan_query_add_snippets (LayananDatabase *self,
                                      const char      *fts_table,
                                      const char      *match,
                                      GPtrArray       *rows,
                                      gsize            id_offset,
                                      gsize            snippet_offset,
                                      GError         **error);
/* A filter's day (YYYY-MM-DD) plus @add_days, and instant (NULL = now), as
 * the stored texts compare with them (WIB). */
gboolean  layanan_query_parse_day     (const char   *text,
                                       const char   *field,
                                       int           add_days,
                                       char        **out,
                                       GError      **error);
gboolean  layanan_query_parse_instant (const char   *text,
                                       const char   *field,
                                       char        **out,
                                       GError      **error);

/* A sort: one or two key expressions, each with an index on (keys, id). */
typedef struct
{
  const char *keys[2];
  gboolean    integer[2];
  guint       n_keys;
} LayananSortSpec;

/* Appends "SELECT <table>.id AS id, <key> AS sk0… FROM … WHERE <filter>"
 * for the list at hand. */
typedef void (*LayananSqlKeysFunc) (LayananSql    *sql,
                                    gconstpointer  filter);

typedef struct
{
  const LayananSortSpec *spec;
  int                    sort;
  gboolean               descending;
  LayananSqlKeysFunc     append_keys;
  gconstpointer          filter;
} LayananKeyset;

void      layanan_keyset_append_order      (LayananSql          *sql,
                                            const LayananKeyset *keyset,
                                            const char          *prefix);
/* The opaque key of a row read with the sort's keys from @first_column. */
char     *layanan_keyset_make_sort_key     (const LayananKeyset *keyset,
                                            sqlite3_stmt        *stmt,
                                            int                  first_column);
/* The ids and keys of up to @limit rows, from the start or after the row
 * with @after_id and @after_sort_key. */
gboolean  layanan_keyset_append_page_keys  (LayananSql          *sql,
                                            const LayananKeyset *keyset,
                                            gboolean             has_after,
                                            gint64               after_id,
                                            const char          *after_sort_key,
                                            guint                limit,
                                            GError             **error);

/* Each row @stmt gives, read by @read_row with @filter and handed to
 * @func, from one snapshot of the database (a read transaction unless the
 * caller is in one); stops when @func fails or @cancellable is cancelled. */
typedef gpointer (*LayananQueryReadFunc) (sqlite3_stmt  *stmt,
                                          gconstpointer  filter);
typedef gboolean (*LayananQueryRowFunc)  (gpointer       row,
                                          gpointer       user_data,
                                          GError       **error);
gboolean   layanan_query_foreach (LayananDatabase       *self,
                                  sqlite3_stmt          *stmt,
                                  LayananQueryReadFunc   read_row,
                                  gconstpointer          filter,
                                  GDestroyNotify         free_row,
                                  LayananQueryRowFunc    func,
                                  gpointer               user_data,
                                  GCancellable          *cancellable,
                                  GError               **error);

/* The last row of every page of @stride rows of @stmt (ids and sort keys
 * in the keyset's order) as @make_anchor makes it, after a NULL for the
 * first page. */
typedef gpointer (*LayananQueryAnchorFunc) (sqlite3_stmt        *stmt,
                                            const LayananKeyset *keyset);
GPtrArray *layanan_query_page_anchors (LayananDatabase         *self,
                                       sqlite3_stmt            *stmt,
                                       const LayananKeyset     *keyset,
                                       guint                    stride,
                                       LayananQueryAnchorFunc   make_anchor,
                                       GDestroyNotify           free_anchor,
                                       GError                 **error);

G_END_DECLS
