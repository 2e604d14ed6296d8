/* layanan-database.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "layanan-calendar.h"
#include "layanan-duration.h"
#include "layanan-standard.h"

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
/* An archive classification code (Permendagri 83/2022, Lampiran B). */
typedef struct
{
  char *code;              /* "400.8.2.2" */
  char *name;
  int   level;             /* 1–4 */
} LayananClassification;

void layanan_classification_free (LayananClassification *classification);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananClassification, layanan_classification_free)

/* Codes whose code starts with @text or whose name holds all its words,
 * shortest codes first, at most @limit of them. */
GPtrArray       *layanan_database_search_classification (LayananDatabase *self,
                                                         const char      *text,
                                                         guint            limit,
                                                         GError         **error);
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

/* ───────────────────────────── Catalog ─────────────────────────────
 * The services and their Standar Pelayanan (layanan-database-catalog.c).
 * A service has versions; its latest version is the one shown and edited.
 * Saving over an established (ditetapkan) version makes a new draft, so
 * the text an SK established is never changed. */

typedef enum
{
  LAYANAN_STANDARD_STATUS_DRAFT,
  LAYANAN_STANDARD_STATUS_DITETAPKAN,
  LAYANAN_STANDARD_STATUS_DICABUT,
} LayananStandardStatus;

const char *layanan_standard_status_to_key    (LayananStandardStatus  status);
gboolean    layanan_standard_status_from_key  (const char            *key,
                                               LayananStandardStatus *status);
/* "Draft", "Established", "Revoked", translated. */
const char *layanan_standard_status_get_label (LayananStandardStatus  status);

/* One row of the catalog list. */
typedef struct
{
  gint64                 id;
  gint64                 unit_id;
  char                  *unit_code;
  char                  *unit_name;
  char                  *name;
  LayananStandardStatus  status;            /* of the latest version */
  char                  *sk_number;         /* of the version in force, or NULL */
  gboolean               has_completion;
  gint64                 completion_value;
  LayananDurationUnit    completion_unit;
  char                  *next_review_date;  /* YYYY-MM-DD of the version in force, or NULL */
  gboolean               review_due;        /* next_review_date is today or past */
  guint                  n_review_flags;    /* left by an import, on the latest version */
} LayananServiceSummary;

void layanan_service_summary_free (LayananServiceSummary *summary);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananServiceSummary, layanan_service_summary_free)

typedef struct
{
  gint64                 id;
  LayananStandardStatus  status;
  char                  *sk_number;
  char                  *sk_date;           /* YYYY-MM-DD */
  char                  *last_review_date;
  char                  *next_review_date;
} LayananStandardVersion;

void layanan_standard_version_free (LayananStandardVersion *version);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananStandardVersion, layanan_standard_version_free)

gboolean         layanan_database_save_standard        (LayananDatabase        *self,
                                                        LayananStandard        *standard,
                                                        gint64                 *service_id,
                                                        GError                **error);
gboolean         layanan_database_save_standards       (LayananDatabase        *self,
                                                        GPtrArray              *standards,
                                                        gint64                 *first_id,
                                                        GError                **error);
LayananStandard *layanan_database_load_standard        (LayananDatabase        *self,
                                                        gint64                  service_id,
                                                        GError                **error);
GPtrArray       *layanan_database_list_services        (LayananDatabase        *self,
                                                        const char             *search,
                                                        GError                **error);
gint64           layanan_database_count_services       (LayananDatabase        *self,
                                                        gboolean                include_deleted,
                                                        GError                **error);
gboolean         layanan_database_delete_service       (LayananDatabase        *self,
                                                        gint64                  service_id,
                                                        LayananStandard       **deleted_copy,
                                                        GError                **error);
gint64           layanan_database_restore_service      (LayananDatabase        *self,
                                                        LayananStandard        *copy,
                                                        GError                **error);

gboolean         layanan_database_set_standard_status  (LayananDatabase        *self,
                                                        gint64                  service_id,
                                                        LayananStandardStatus   status,
                                                        const char             *sk_number,
                                                        const char             *sk_date,
                                                        GError                **error);
GPtrArray       *layanan_database_list_versions        (LayananDatabase        *self,
                                                        gint64                  service_id,
                                                        GError                **error);

/* How long an established standard runs before its review is due
 * (PermenPANRB 15/2014 fixes none; default 12 months). */
int              layanan_database_get_review_interval_months (LayananDatabase *self);
gboolean         layanan_database_set_review_interval_months (LayananDatabase *self,
                                                              int              months,
                                                              GError         **error);

LayananMaklumat *layanan_database_get_maklumat         (LayananDatabase        *self,
                                                        const char             *unit_code,
                                                        GError                **error);
gboolean         layanan_database_set_maklumat         (LayananDatabase        *self,
                                                        const char             *unit_code,
                                                        const LayananMaklumat  *maklumat,
                                                        GError                **error);

G_END_DECLS
