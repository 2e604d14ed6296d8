/* layanan-database.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "layanan-calendar.h"

G_BEGIN_DECLS

/* No sqlite3 type appears here: the store will one day sit on PostgreSQL
 * behind the same API (DESIGN.md §3). */

#define LAYANAN_TYPE_DATABASE (layanan_database_get_type ())

G_DECLARE_FINAL_TYPE (LayananDatabase, layanan_database, LAYANAN, DATABASE, GObject)

typedef struct
{
  gint64  id;
  gint64  parent_id;       /* 0 for a biro */
  char   *kind;            /* "biro", "bagian", "subbagian" */
  char   *name;
  char   *address;
  char   *code;            /* stable key from units.tsv: "kesra", "adpim" */
} LayananUnit;

void layanan_unit_free (LayananUnit *unit);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananUnit, layanan_unit_free)

typedef struct
{
  char *kind;              /* "tatap_muka", "kotak_pengaduan", "whatsapp", "telepon",
                              "faksimile", "email", "sp4n_lapor", ... */
  char *value;
  char *extension;         /* "233" for "ext. 233", or NULL */
} LayananChannel;

void layanan_channel_free (LayananChannel *channel);

char            *layanan_database_default_path         (void);
LayananDatabase *layanan_database_open                 (const char       *path,
                                                        GError          **error);
const char      *layanan_database_get_path             (LayananDatabase  *self);
int              layanan_database_get_schema_version   (LayananDatabase  *self);
int              layanan_database_get_latest_version   (void);

/* Settings that change how deadlines are counted live with the data, so the
 * window, the CLI and (later) other PCs on the same database agree. */
gboolean         layanan_database_get_cuti_bersama_nonworking (LayananDatabase *self);
gboolean         layanan_database_set_cuti_bersama_nonworking (LayananDatabase *self,
                                                               gboolean         nonworking,
                                                               GError         **error);
gboolean         layanan_database_set_working_hours    (LayananDatabase  *self,
                                                        GDateWeekday      weekday,
                                                        int               start_minute,
                                                        int               end_minute,
                                                        int               break_start_minute,
                                                        int               break_end_minute,
                                                        GError          **error);
LayananCalendar *layanan_database_load_calendar        (LayananDatabase  *self,
                                                        GError          **error);

GPtrArray       *layanan_database_list_units           (LayananDatabase  *self,
                                                        GError          **error);
GPtrArray       *layanan_database_list_unit_channels   (LayananDatabase  *self,
                                                        gint64            unit_id,
                                                        GError          **error);

/* Who is recorded in the audit log for the changes made through this connection. */
void             layanan_database_set_actor            (LayananDatabase  *self,
                                                        const char       *actor);

/* Reference data (the TSV files in data/reference), loaded on first run by the same
 * loaders `layanan-cli load` runs; loading twice changes nothing. */
gboolean         layanan_database_load_reference_dir   (LayananDatabase  *self,
                                                        const char       *dir,
                                                        GError          **error);
gboolean         layanan_database_load_units           (LayananDatabase  *self,
                                                        const char       *units_tsv,
                                                        const char       *channels_tsv,
                                                        GError          **error);
gboolean         layanan_database_load_holidays        (LayananDatabase  *self,
                                                        const char       *tsv,
                                                        GError          **error);
gboolean         layanan_database_load_working_hours   (LayananDatabase  *self,
                                                        const char       *tsv,
                                                        GError          **error);
gboolean         layanan_database_load_classification  (LayananDatabase  *self,
                                                        const char       *tsv,
                                                        GError          **error);
gboolean         layanan_database_load_skm             (LayananDatabase  *self,
                                                        const char       *unsur_tsv,
                                                        const char       *grades_tsv,
                                                        GError          **error);

/* SQLite online backup: safe while other connections write. */
gboolean         layanan_database_backup               (LayananDatabase  *self,
                                                        const char       *dest_path,
                                                        GCancellable     *cancellable,
                                                        GError          **error);

/* Replaces the database file at @database_path (no connection may be open on
 * it) with @backup_path after checking that the backup is a Layanan Biro
 * database this version can read. The current file is first kept aside as
 * "<name>.before-restore-<timestamp>", whose path is returned in @kept_aside. */
gboolean         layanan_database_restore              (const char       *database_path,
                                                        const char       *backup_path,
                                                        char            **kept_aside,
                                                        GError          **error);

G_END_DECLS
