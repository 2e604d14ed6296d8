/* layanan-database-private.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "layanan-database.h"

G_BEGIN_DECLS

/* What the store's own files and the tests share; sqlite3 types may appear
 * here, never in layanan-database.h. */

/* "LayB": PRAGMA application_id of every Layanan Biro database, so that
 * another program's SQLite file is recognised and left alone. */
#define LAYANAN_DATABASE_APPLICATION_ID 0x4c617942

#define LAYANAN_DATABASE_BUSY_TIMEOUT_MS 3000

#define LAYANAN_WIB_OFFSET_SECONDS (7 * 3600)

/* The statuses of a letter in flow order. Schema version 6 indexes exactly
 * this expression (letters_sort_status), and the sort by status must use it
 * unchanged for the index to serve; never edit it. */
#define LAYANAN_LETTER_STATUS_RANK_SQL \
  "CASE status WHEN 'diterima' THEN 0 WHEN 'didisposisi' THEN 1 WHEN 'diproses' THEN 2 " \
  "WHEN 'selesai' THEN 3 WHEN 'ditolak' THEN 4 WHEN 'diarsipkan' THEN 5 ELSE 6 END"

/* The channels and statuses of a complaint in the order of their enums.
 * Schema version 7 indexes exactly these expressions (complaints_sort_channel,
 * complaints_sort_status); never edit them. */
#define LAYANAN_COMPLAINT_CHANNEL_RANK_SQL \
  "CASE channel WHEN 'tatap_muka' THEN 0 WHEN 'kotak_pengaduan' THEN 1 WHEN 'whatsapp' THEN 2 " \
  "WHEN 'telepon' THEN 3 WHEN 'faksimile' THEN 4 WHEN 'email' THEN 5 WHEN 'sp4n_lapor' THEN 6 " \
  "WHEN 'surat' THEN 7 WHEN 'media_sosial' THEN 8 ELSE 9 END"
#define LAYANAN_COMPLAINT_STATUS_RANK_SQL \
  "CASE status WHEN 'diterima' THEN 0 WHEN 'diverifikasi' THEN 1 WHEN 'diteruskan' THEN 2 " \
  "WHEN 'ditindaklanjuti' THEN 3 WHEN 'menunggu_pelapor' THEN 4 WHEN 'selesai' THEN 5 " \
  "WHEN 'bukan_wewenang' THEN 6 WHEN 'ditolak' THEN 7 ELSE 8 END"

struct _LayananDatabase
{
  GObject   parent_instance;

  /* Owned */
  sqlite3  *db;
  char     *path;
  char     *actor;            /* guarded by actor_lock: read from SQL functions */
  GMutex    actor_lock;

  int       schema_version;
  guint     transaction_depth;
};

/* Opening */
LayananDatabase *layanan_database_open_at_version     (const char       *path,
                                                       int               version,
                                                       GError          **error);
void             layanan_database_set_busy_timeout    (int               milliseconds);
int              layanan_database_get_busy_timeout    (void);

/* Errors: maps an SQLite result code to a LAYANAN_ERROR code and a message
 * that names @path and keeps SQLite's own words. */
void             layanan_database_set_error           (GError          **error,
                                                       sqlite3          *db,
                                                       int               rc,
                                                       const char       *path);
void             layanan_database_set_errno_error     (GError          **error,
                                                       int               saved_errno,
                                                       const char       *format,
                                                       ...) G_GNUC_PRINTF (3, 4);
sqlite3         *layanan_database_get_handle          (LayananDatabase  *self);

/* Transactions nest: the outermost is BEGIN IMMEDIATE, inner ones are
 * savepoints, so a loader is one transaction alone and part of a larger
 * one inside layanan_database_load_reference_dir(). */
gboolean         layanan_database_begin               (LayananDatabase  *self,
                                                       GError          **error);
gboolean         layanan_database_commit              (LayananDatabase  *self,
                                                       GError          **error);
void             layanan_database_rollback            (LayananDatabase  *self);
/* Ends what layanan_database_begin() began: commits when @succeeded, or
 * rolls back and returns FALSE (the error is already set). */
gboolean         layanan_database_end                 (LayananDatabase  *self,
                                                       gboolean          succeeded,
                                                       GError          **error);

/* The settings table: one value per key. */
char            *layanan_database_get_setting         (LayananDatabase  *self,
                                                       const char       *key);
gboolean         layanan_database_set_setting         (LayananDatabase  *self,
                                                       const char       *key,
                                                       const char       *value,
                                                       GError          **error);

/* Statements */
sqlite3_stmt    *layanan_database_prepare             (LayananDatabase  *self,
                                                       const char       *sql,
                                                       GError          **error);
gboolean         layanan_database_step_done           (LayananDatabase  *self,
                                                       sqlite3_stmt     *stmt,
                                                       GError          **error);
void             layanan_database_bind_text_or_null   (sqlite3_stmt     *stmt,
                                                       int               index,
                                                       const char       *text);
/* Whether @text is NULL or only white space. */
gboolean         layanan_database_text_is_blank       (const char       *text);
/* Instants are stored in WIB, so that their text sorts as time does. */
char            *layanan_database_format_wib          (GDateTime        *instant);
char            *layanan_database_now_wib             (void);

/* Binds NULL for the id 0, which no row has. */
void             layanan_database_bind_id_or_null     (sqlite3_stmt     *stmt,
                                                       int               index,
                                                       gint64            id);
char            *layanan_database_column_text         (sqlite3_stmt     *stmt,
                                                       int               column);
/* Sets @error from the failed step's @rc; returns FALSE. */
gboolean         layanan_database_step_error          (LayananDatabase  *self,
                                                       int               rc,
                                                       GError          **error);
/* Runs @stmt, expected to give at most one row. */
gboolean         layanan_database_step_one            (LayananDatabase  *self,
                                                       sqlite3_stmt     *stmt,
                                                       gboolean         *found,
                                                       GError          **error);
/* Every row of @stmt as @read_row makes it, or NULL on an error. */
typedef gpointer (*LayananReadRowFunc) (sqlite3_stmt *stmt);
GPtrArray       *layanan_database_read_rows           (LayananDatabase     *self,
                                                       sqlite3_stmt        *stmt,
                                                       LayananReadRowFunc   read_row,
                                                       GDestroyNotify       free_row,
                                                       GError             **error);
/* Every row of @sql, whose ?1 is @id, as @read_row makes it, or NULL on an
 * error. */
GPtrArray       *layanan_database_list_by_id          (LayananDatabase     *self,
                                                       const char          *sql,
                                                       gint64               id,
                                                       LayananReadRowFunc   read_row,
                                                       GDestroyNotify       free_row,
                                                       GError             **error);

/* Scans and attachments, stored once per SHA-256 (layanan-database-letters.c). */
#define LAYANAN_INSERT_LETTER_FILE_SQL \
  "INSERT INTO letter_files (sha256, file_name, mime_type, n_pages, size, contents, " \
  "  created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, layanan_now ()) " \
  "ON CONFLICT (sha256) DO NOTHING"
gboolean         layanan_database_store_letter_file   (LayananDatabase    *self,
                                                       sqlite3_stmt       *insert_file,
                                                       LayananLetterFile  *file,
                                                       guint               number,
                                                       char              **sha256,
                                                       GError            **error);

/* The files linked to a letter or complaint by @link_table, whose
 * @owner_column holds @owner_id, in their order. */
GPtrArray       *layanan_database_list_linked_files   (LayananDatabase    *self,
                                                       const char         *link_table,
                                                       const char         *owner_column,
                                                       gint64              owner_id,
                                                       GError            **error);

/* For tests and tools: run SQL through the connection, with its functions
 * (the audit triggers need them). */
gboolean         layanan_database_exec                (LayananDatabase  *self,
                                                       const char       *sql,
                                                       GError          **error);
gint64           layanan_database_query_int           (LayananDatabase  *self,
                                                       const char       *sql,
                                                       GError          **error);
char            *layanan_database_query_text          (LayananDatabase  *self,
                                                       const char       *sql,
                                                       GError          **error);

/* For tests: the query plan of a page of letters (layanan-database-letter-query.c). */
char            *layanan_database_explain_letter_query (LayananDatabase          *self,
                                                        const LayananLetterQuery *query,
                                                        const LayananLetterRow   *after,
                                                        GError                  **error);

void             layanan_database_set_search_many_hits (guint                     n);

/* Migrations (layanan-migrations.c) */
int              layanan_migrations_get_latest        (void);
gboolean         layanan_migrations_apply             (sqlite3          *db,
                                                       int               version,
                                                       GError          **error);
gboolean         layanan_migrations_create_audit_triggers (sqlite3      *db,
                                                           const char   *table,
                                                           GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

G_END_DECLS
