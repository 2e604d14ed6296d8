/* layanan-database.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "layanan-calendar.h"
#include "layanan-duration.h"
#include "layanan-complaint.h"
#include "layanan-letter.h"
#include "layanan-skm.h"
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

/* ───────────────────────────── Letters ─────────────────────────────
 * The register of incoming letters (surat masuk), their scans, history and
 * dispositions (layanan-database-letters.c), and the staff they are
 * disposed to (layanan-database-staff.c). Instants are returned in WIB. */

/* A scan of a letter, stored once per content. */
typedef struct
{
  char   *sha256;          /* lower-case hex; computed from @contents when NULL */
  char   *file_name;
  char   *mime_type;
  GBytes *contents;        /* the file's bytes */
  guint   n_pages;
} LayananLetterFile;

void layanan_letter_file_free (LayananLetterFile *file);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananLetterFile, layanan_letter_file_free)

/* One line of a letter's history. kind: "received", "edit", "due_override",
 * "status", "void", "disposition", "no_disposition", "disposition_done". */
typedef struct
{
  gint64               id;
  char                *at;
  char                *actor;
  char                *kind;
  LayananLetterStatus  from_status;
  LayananLetterStatus  to_status;
  gboolean             has_status_change;
  char                *note;
} LayananLetterEvent;

void layanan_letter_event_free (LayananLetterEvent *event);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananLetterEvent, layanan_letter_event_free)

/* A letter already in the register that looks like the one being entered. */
typedef struct
{
  gint64    letter_id;
  int       agenda_year;
  gint64    agenda_number;
  char     *nomor;
  char     *pengirim;
  char     *tanggal;
  gboolean  same_file;     /* the same scan (SHA-256), else the same sender, number and date */
  char     *file_name;     /* of the same scan, or NULL */
} LayananLetterDuplicate;

void layanan_letter_duplicate_free (LayananLetterDuplicate *duplicate);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananLetterDuplicate, layanan_letter_duplicate_free)

/* One recipient of a lembar disposisi: a staff member or a section. */
typedef struct
{
  gint64  id;
  gint64  letter_id;
  gint64  parent_id;       /* 0, or the disposition this one passes on */
  char   *from_name;       /* NULL on adding: the actor */
  gint64  to_staff_id;     /* exactly one of to_staff_id and to_unit_id */
  gint64  to_unit_id;
  char   *to_name;         /* filled on load */
  guint   instructions;    /* LayananInstructions */
  char   *note;
  char   *due_date;        /* YYYY-MM-DD, or NULL */
  char   *created_at;
  char   *done_at;         /* NULL while open */
} LayananDisposition;

void layanan_disposition_free (LayananDisposition *disposition);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananDisposition, layanan_disposition_free)

typedef struct
{
  gint64    id;
  gint64    unit_id;
  char     *unit_name;     /* filled on load */
  char     *name;
  char     *nip;           /* 18 digits, or NULL */
  char     *position_title;
  gboolean  active;
} LayananStaff;

void layanan_staff_free (LayananStaff *staff);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananStaff, layanan_staff_free)

typedef enum
{
  LAYANAN_LETTER_SORT_AGENDA,
  LAYANAN_LETTER_SORT_RECEIVED,
  LAYANAN_LETTER_SORT_TANGGAL,
  LAYANAN_LETTER_SORT_NOMOR,
  LAYANAN_LETTER_SORT_PENGIRIM,
  LAYANAN_LETTER_SORT_HAL,
  LAYANAN_LETTER_SORT_SERVICE,
  LAYANAN_LETTER_SORT_DUE,
  LAYANAN_LETTER_SORT_STATUS,
} LayananLetterSort;

#define LAYANAN_N_LETTER_SORTS (LAYANAN_LETTER_SORT_STATUS + 1)

/* What the list shows: every field is a filter that is off when 0 or NULL.
 * Missing values (no tanggal, service or due date) sort first; ties sort by
 * the order of entry. */
typedef struct
{
  guint              statuses;        /* mask of 1 << LayananLetterStatus; 0 = all */
  gint64             unit_id;
  gint64             service_id;
  gint64             staff_id;        /* letters disposed to them */
  char              *received_from;   /* YYYY-MM-DD inclusive, WIB */
  char              *received_to;     /* YYYY-MM-DD inclusive, WIB */
  guint              due_states;      /* mask of 1 << LayananDueState; 0 = all */
  char              *due_now;         /* instant: overdue = open and due_at < due_now;
                                         NULL = now */
  char              *due_soon_limit;  /* instant: soon = due_now <= due_at < due_soon_limit;
                                         computed by the caller with the calendar;
                                         NULL = nothing is soon */
  char              *search;          /* what the user typed; every word must start a
                                         word of nomor, pengirim, hal, text or notes */
  LayananLetterSort  sort;
  gboolean           descending;
} LayananLetterQuery;

LayananLetterQuery *layanan_letter_query_new  (void);
LayananLetterQuery *layanan_letter_query_copy (const LayananLetterQuery *query);
void                layanan_letter_query_free (LayananLetterQuery       *query);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananLetterQuery, layanan_letter_query_free)

/* One row of the list. */
typedef struct
{
  gint64               id;
  int                  agenda_year;
  gint64               agenda_number;
  char                *received_at;
  char                *nomor;
  char                *tanggal;
  char                *pengirim;
  char                *hal;
  char                *lampiran;
  LayananKeamanan      keamanan;
  LayananKecepatan     kecepatan;
  char                *classification_code;
  char                *service_name;
  char                *due_at;
  LayananLetterStatus  status;
  char                *disposed_to;   /* names, ", "-joined, in the order disposed */
  char                *notes;
  char                *snippet;       /* hits between \x01 and \x02; NULL without search
                                         and in layanan_database_foreach_letter() */
  char                *sort_key;      /* opaque keyset key for the query's sort */
} LayananLetterRow;

void layanan_letter_row_free (LayananLetterRow *row);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananLetterRow, layanan_letter_row_free)

typedef gboolean (*LayananLetterRowFunc) (const LayananLetterRow  *row,
                                          gpointer                 user_data,
                                          GError                 **error);

gboolean         layanan_database_add_letter           (LayananDatabase          *self,
                                                        LayananLetter            *letter,
                                                        GPtrArray                *files,
                                                        GError                  **error);
gboolean         layanan_database_add_letters          (LayananDatabase          *self,
                                                        GPtrArray                *letters,
                                                        GPtrArray                *files_per_letter,
                                                        GCancellable             *cancellable,
                                                        GError                  **error);
gboolean         layanan_database_update_letter        (LayananDatabase          *self,
                                                        const LayananLetter      *letter,
                                                        GError                  **error);
LayananLetter   *layanan_database_load_letter          (LayananDatabase          *self,
                                                        gint64                    id,
                                                        GError                  **error);
GPtrArray       *layanan_database_list_letter_files    (LayananDatabase          *self,
                                                        gint64                    letter_id,
                                                        GError                  **error);
gboolean         layanan_database_void_letter          (LayananDatabase          *self,
                                                        gint64                    id,
                                                        const char               *reason,
                                                        GError                  **error);
gboolean         layanan_database_set_letter_status    (LayananDatabase          *self,
                                                        gint64                    id,
                                                        LayananLetterStatus       status,
                                                        const char               *note,
                                                        GError                  **error);
GPtrArray       *layanan_database_list_letter_events   (LayananDatabase          *self,
                                                        gint64                    letter_id,
                                                        GError                  **error);
GPtrArray       *layanan_database_find_letter_duplicates (LayananDatabase        *self,
                                                        const char * const       *sha256s,
                                                        const char               *pengirim,
                                                        const char               *nomor,
                                                        const char               *tanggal,
                                                        GError                  **error);

gboolean         layanan_database_add_dispositions     (LayananDatabase          *self,
                                                        gint64                    letter_id,
                                                        GPtrArray                *dispositions,
                                                        GError                  **error);
gboolean         layanan_database_mark_no_disposition  (LayananDatabase          *self,
                                                        gint64                    letter_id,
                                                        GError                  **error);
GPtrArray       *layanan_database_list_dispositions    (LayananDatabase          *self,
                                                        gint64                    letter_id,
                                                        GError                  **error);
gboolean         layanan_database_complete_disposition (LayananDatabase          *self,
                                                        gint64                    id,
                                                        GError                  **error);

GPtrArray       *layanan_database_query_letters        (LayananDatabase          *self,
                                                        const LayananLetterQuery *query,
                                                        const LayananLetterRow   *after,
                                                        guint                     limit,
                                                        GError                  **error);
gint64           layanan_database_count_letters        (LayananDatabase          *self,
                                                        const LayananLetterQuery *query,
                                                        GError                  **error);
GPtrArray       *layanan_database_letter_page_anchors  (LayananDatabase          *self,
                                                        const LayananLetterQuery *query,
                                                        guint                     stride,
                                                        GError                  **error);
gboolean         layanan_database_foreach_letter       (LayananDatabase          *self,
                                                        const LayananLetterQuery *query,
                                                        LayananLetterRowFunc      func,
                                                        gpointer                  user_data,
                                                        GCancellable             *cancellable,
                                                        GError                  **error);

GPtrArray       *layanan_database_list_staff           (LayananDatabase          *self,
                                                        gboolean                  include_inactive,
                                                        GError                  **error);
gboolean         layanan_database_save_staff           (LayananDatabase          *self,
                                                        LayananStaff             *staff,
                                                        GError                  **error);
gboolean         layanan_database_add_section          (LayananDatabase          *self,
                                                        const char               *parent_code,
                                                        const char               *kind,
                                                        const char               *code,
                                                        const char               *name,
                                                        gint64                   *id,
                                                        GError                  **error);
gboolean         layanan_database_load_staff           (LayananDatabase          *self,
                                                        const char               *tsv_path,
                                                        GError                  **error);

/* ──────────────────────────── Complaints ────────────────────────────
 * The complaint register (pengaduan, DOMAIN.md §3): the bureau's category
 * table, complaints with their attachments and timeline
 * (layanan-database-complaints.c), and the list over them
 * (layanan-database-complaint-query.c). Instants are returned in WIB. */

/* The unit's categories by position; retired ones only when asked. */
GPtrArray       *layanan_database_list_categories      (LayananDatabase          *self,
                                                        gint64                    unit_id,
                                                        gboolean                  include_inactive,
                                                        GError                  **error);
/* Adds (id 0) or changes a category; its deadline must be valid. A
 * changed deadline applies to complaints categorised from then on. */
gboolean         layanan_database_save_category        (LayananDatabase          *self,
                                                        LayananCategory          *category,
                                                        GError                  **error);
/* Gives every unit without categories the ones its standards in force
 * print (standard_complaint_categories, first occurrence of each name),
 * or the four of DOMAIN.md §3.3 when none print any. Idempotent. */
gboolean         layanan_database_ensure_categories    (LayananDatabase          *self,
                                                        GError                  **error);

/* Whether a complaint waiting for its complainant closes by itself after
 * LAYANAN_COMPLAINT_AUTO_CLOSE_WORKING_DAYS (setting, off by default). */
gboolean         layanan_database_get_complaint_auto_close (LayananDatabase      *self);
gboolean         layanan_database_set_complaint_auto_close (LayananDatabase      *self,
                                                        gboolean                  enabled,
                                                        GError                  **error);

/* Saves a new complaint with its attachments (LayananLetterFile: stored once
 * per SHA-256 with the letters' scans) and the RECEIVE line of its
 * timeline, in one transaction; sets id, register_year and
 * register_number. The complaint must pass layanan_complaint_validate(). */
gboolean         layanan_database_add_complaint        (LayananDatabase          *self,
                                                        LayananComplaint         *complaint,
                                                        GPtrArray                *files,
                                                        GError                  **error);
/* Imports many complaints in one transaction, each with its RECEIVE line
 * and, when its status is not diterima, one line that sets it (note
 * "imported"). All or nothing. */
gboolean         layanan_database_add_complaints       (LayananDatabase          *self,
                                                        GPtrArray                *complaints,
                                                        GCancellable             *cancellable,
                                                        GError                  **error);
/* Edits what a person may correct after registering (received_at, channel,
 * LAPOR! number, service, complainant, anonymous, confidential,
 * classification, description), logged as a RESPOND line with note
 * "edited: field, field". The clock fields are not touched here. */
gboolean         layanan_database_update_complaint     (LayananDatabase          *self,
                                                        const LayananComplaint   *complaint,
                                                        GError                  **error);
LayananComplaint *layanan_database_load_complaint      (LayananDatabase          *self,
                                                        gint64                    id,
                                                        GError                  **error);
/* Records @step and the state layanan_complaint_apply_step() left in
 * @complaint, in one transaction. Refuses (LAYANAN_ERROR_CONFLICT) when the
 * stored status is no longer step->from_status: someone else moved it.
 * Sets step->id; step->actor NULL means the OS user. */
gboolean         layanan_database_add_complaint_step   (LayananDatabase          *self,
                                                        const LayananComplaint   *complaint,
                                                        LayananComplaintStep     *step,
                                                        GError                  **error);
/* The timeline, oldest first, with to_name and category_name filled. */
GPtrArray       *layanan_database_list_complaint_steps (LayananDatabase          *self,
                                                        gint64                    complaint_id,
                                                        GError                  **error);
GPtrArray       *layanan_database_list_complaint_files (LayananDatabase          *self,
                                                        gint64                    complaint_id,
                                                        GError                  **error);
gboolean         layanan_database_add_complaint_files  (LayananDatabase          *self,
                                                        gint64                    complaint_id,
                                                        GPtrArray                *files,
                                                        GError                  **error);
/* Complaints waiting for their complainant (menunggu pelapor), for the
 * auto-close check. */
GPtrArray       *layanan_database_list_waiting_complaints (LayananDatabase       *self,
                                                        GError                  **error);

typedef enum
{
  LAYANAN_COMPLAINT_SORT_NUMBER,
  LAYANAN_COMPLAINT_SORT_RECEIVED,
  LAYANAN_COMPLAINT_SORT_CHANNEL,
  LAYANAN_COMPLAINT_SORT_CATEGORY,
  LAYANAN_COMPLAINT_SORT_SERVICE,
  LAYANAN_COMPLAINT_SORT_DUE,
  LAYANAN_COMPLAINT_SORT_STATUS,
} LayananComplaintSort;

#define LAYANAN_N_COMPLAINT_SORTS (LAYANAN_COMPLAINT_SORT_STATUS + 1)

/* What the list shows: every field is a filter that is off when 0 or NULL.
 * Due states follow LayananLetterQuery: open complaints only, paused ones
 * are never overdue. */
typedef struct
{
  guint                 statuses;        /* mask of 1 << LayananComplaintStatus; 0 = all */
  guint                 channels;        /* mask of 1 << LayananChannelKind; 0 = all */
  gint64                unit_id;
  gint64                category_id;
  gint64                service_id;
  gint64                staff_id;        /* assigned (forwarded) to them */
  char                 *received_from;   /* YYYY-MM-DD inclusive, WIB */
  char                 *received_to;     /* YYYY-MM-DD inclusive, WIB */
  guint                 due_states;      /* mask of 1 << LayananDueState; 0 = all */
  char                 *due_now;         /* instant; NULL = now */
  char                 *due_soon_limit;  /* instant from layanan_letter_due_soon_limit() */
  char                 *search;          /* every word must start a word of the
                                            description, responses or notes */
  LayananComplaintSort  sort;
  gboolean              descending;
} LayananComplaintQuery;

LayananComplaintQuery *layanan_complaint_query_new  (void);
LayananComplaintQuery *layanan_complaint_query_copy (const LayananComplaintQuery *query);
void                   layanan_complaint_query_free (LayananComplaintQuery       *query);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananComplaintQuery, layanan_complaint_query_free)

/* One row of the list. The complainant's name and contact are NULL when
 * the complaint is confidential or anonymous: the list, the recap and
 * everything built on rows never see a confidential identity. */
typedef struct
{
  gint64                  id;
  int                     register_year;
  gint64                  register_number;
  char                   *received_at;
  LayananChannelKind      channel;
  char                   *lapor_number;
  char                   *service_name;
  gboolean                anonymous;
  gboolean                confidential;
  char                   *complainant_name;
  char                   *complainant_contact;
  LayananComplaintKind    classification;
  char                   *category_name;
  LayananDuration         category_deadline;
  char                   *description;
  LayananComplaintStatus  status;
  char                   *assigned_to;     /* staff or section name */
  char                   *due_at;
  char                   *paused_at;
  char                   *closed_at;
  char                   *last_response;   /* the latest response sent */
  char                   *snippet;         /* hits between \x01 and \x02; NULL without search
                                              and in layanan_database_foreach_complaint() */
  char                   *sort_key;        /* opaque keyset key for the query's sort */
} LayananComplaintRow;

void layanan_complaint_row_free (LayananComplaintRow *row);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananComplaintRow, layanan_complaint_row_free)

typedef gboolean (*LayananComplaintRowFunc) (const LayananComplaintRow  *row,
                                             gpointer                    user_data,
                                             GError                    **error);

GPtrArray       *layanan_database_query_complaints     (LayananDatabase             *self,
                                                        const LayananComplaintQuery *query,
                                                        const LayananComplaintRow   *after,
                                                        guint                        limit,
                                                        GError                     **error);
gint64           layanan_database_count_complaints     (LayananDatabase             *self,
                                                        const LayananComplaintQuery *query,
                                                        GError                     **error);
GPtrArray       *layanan_database_complaint_page_anchors (LayananDatabase           *self,
                                                        const LayananComplaintQuery *query,
                                                        guint                        stride,
                                                        GError                     **error);
gboolean         layanan_database_foreach_complaint    (LayananDatabase             *self,
                                                        const LayananComplaintQuery *query,
                                                        LayananComplaintRowFunc      func,
                                                        gpointer                     user_data,
                                                        GCancellable                *cancellable,
                                                        GError                     **error);

/* ─────────────────────────── Evaluation ───────────────────────────
 * The SKM (survey periods, questionnaires, follow-up plans;
 * layanan-database-skm.c), the workload of staff and sections and the
 * monthly evaluation meetings (layanan-database-workload.c). */

typedef enum
{
  LAYANAN_SKM_PERIOD_TRIWULAN,
  LAYANAN_SKM_PERIOD_SEMESTER,
  LAYANAN_SKM_PERIOD_TAHUNAN,
  LAYANAN_SKM_PERIOD_CUSTOM,
} LayananSkmPeriodKind;

typedef struct
{
  gint64                id;
  gint64                unit_id;
  char                 *name;         /* "Semester I 2026", unique per unit */
  LayananSkmPeriodKind  kind;
  char                 *date_from;    /* YYYY-MM-DD */
  char                 *date_to;
  guint                 population;   /* service users in the period; 0: not entered */
} LayananSkmPeriod;

void layanan_skm_period_free (LayananSkmPeriod *period);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananSkmPeriod, layanan_skm_period_free)

/* The unsur (questionnaire order) and the grade table, as loaded. */
GPtrArray       *layanan_database_list_skm_unsur       (LayananDatabase          *self,
                                                        GError                  **error);
GPtrArray       *layanan_database_list_skm_grades      (LayananDatabase          *self,
                                                        GError                  **error);

/* A unit's periods, newest first. */
GPtrArray       *layanan_database_list_skm_periods     (LayananDatabase          *self,
                                                        gint64                    unit_id,
                                                        GError                  **error);
LayananSkmPeriod *layanan_database_find_skm_period     (LayananDatabase          *self,
                                                        gint64                    unit_id,
                                                        const char               *name,
                                                        GError                  **error);
/* Adds (id 0) or changes a period; from ≤ to, name unique per unit. */
gboolean         layanan_database_save_skm_period      (LayananDatabase          *self,
                                                        LayananSkmPeriod         *period,
                                                        GError                  **error);

/* Saves questionnaires in one transaction, all or nothing ("Response 12:
 * …"); sets their ids. Each must pass layanan_skm_response_validate(). */
gboolean         layanan_database_add_skm_responses    (LayananDatabase          *self,
                                                        GPtrArray                *responses,
                                                        GCancellable             *cancellable,
                                                        GError                  **error);
gboolean         layanan_database_update_skm_response  (LayananDatabase          *self,
                                                        const LayananSkmResponse *response,
                                                        GError                  **error);
gboolean         layanan_database_delete_skm_response  (LayananDatabase          *self,
                                                        gint64                    id,
                                                        GError                  **error);
gint64           layanan_database_count_skm_responses  (LayananDatabase          *self,
                                                        gint64                    period_id,
                                                        GError                  **error);

typedef gboolean (*LayananSkmResponseFunc) (const LayananSkmResponse  *response,
                                            gpointer                   user_data,
                                            GError                   **error);

/* The period's questionnaires in entry order (service_id 0: every service). */
gboolean         layanan_database_foreach_skm_response (LayananDatabase          *self,
                                                        gint64                    period_id,
                                                        gint64                    service_id,
                                                        LayananSkmResponseFunc    func,
                                                        gpointer                  user_data,
                                                        GCancellable             *cancellable,
                                                        GError                  **error);

typedef enum
{
  LAYANAN_SKM_ACTION_PLANNED,
  LAYANAN_SKM_ACTION_IN_PROGRESS,
  LAYANAN_SKM_ACTION_DONE,
} LayananSkmActionStatus;

/* A line of the Rencana Tindak Lanjut for a weak unsur. */
typedef struct
{
  gint64                  id;
  gint64                  period_id;        /* the period whose result it answers */
  char                   *unsur_code;       /* "U3" */
  char                   *action;
  char                   *owner;
  char                   *target;           /* "Semester II 2026" */
  LayananSkmActionStatus  status;
  char                   *result;           /* what was done */
} LayananSkmAction;

void layanan_skm_action_free (LayananSkmAction *action);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananSkmAction, layanan_skm_action_free)

GPtrArray       *layanan_database_list_skm_actions     (LayananDatabase          *self,
                                                        gint64                    period_id,
                                                        GError                  **error);
gboolean         layanan_database_save_skm_action      (LayananDatabase          *self,
                                                        LayananSkmAction         *action,
                                                        GError                  **error);

/* Workload: what each staff member and section holds over a period. */
typedef struct
{
  gboolean  is_section;
  gint64    id;                 /* staff or unit id */
  char     *name;
  char     *section_name;       /* of a staff member; NULL for a section */
  guint     letters_assigned;   /* dispositions received in the period */
  guint     letters_open;
  guint     complaints_assigned;
  guint     complaints_open;
  guint     due_this_week;      /* open, due from now to the end of the working week */
  guint     overdue;            /* open and past due */
  guint     done_on_time;
  guint     done_late;
  double    average_working_days; /* to finish; -1 when none finished */
  guint     ageing[4];          /* open items by age in working days: 0–5, 6–10, 11–20, > 20 */
} LayananWorkloadRow;

void layanan_workload_row_free (LayananWorkloadRow *row);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananWorkloadRow, layanan_workload_row_free)

/* Computed in SQL (working days through the database's calendar), one row
 * per active staff member and per section of @unit_id (0: all), for the
 * items assigned from @date_from to @date_to (YYYY-MM-DD), seen at @now. */
GPtrArray       *layanan_database_workload             (LayananDatabase          *self,
                                                        gint64                    unit_id,
                                                        const char               *date_from,
                                                        const char               *date_to,
                                                        GDateTime                *now,
                                                        GError                  **error);

/* An item behind a workload number, to click through to. */
typedef struct
{
  gboolean  is_complaint;
  gint64    id;
  char     *number;             /* "12/2026" */
  char     *title;              /* hal, or the complaint's first line */
  char     *due_at;
  gboolean  open;
} LayananWorkloadItem;

void layanan_workload_item_free (LayananWorkloadItem *item);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananWorkloadItem, layanan_workload_item_free)

GPtrArray       *layanan_database_workload_items       (LayananDatabase          *self,
                                                        gboolean                  is_section,
                                                        gint64                    id,
                                                        const char               *date_from,
                                                        const char               *date_to,
                                                        GError                  **error);

/* A monthly evaluation meeting and its decisions. */
typedef struct
{
  gint64    id;
  char     *decision;
  char     *owner;
  char     *due_date;           /* YYYY-MM-DD or NULL */
  gboolean  done;
} LayananMeetingDecision;

typedef struct
{
  gint64     id;
  gint64     unit_id;
  char      *date;              /* YYYY-MM-DD */
  char      *attendees;         /* one per line */
  char      *notes;
  GPtrArray *decisions;         /* LayananMeetingDecision */
} LayananMeeting;

void layanan_meeting_decision_free (LayananMeetingDecision *decision);
LayananMeeting *layanan_meeting_new  (void);
void            layanan_meeting_free (LayananMeeting *meeting);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananMeeting, layanan_meeting_free)

GPtrArray       *layanan_database_list_meetings        (LayananDatabase          *self,
                                                        gint64                    unit_id,
                                                        GError                  **error);
gboolean         layanan_database_save_meeting         (LayananDatabase          *self,
                                                        LayananMeeting           *meeting,
                                                        GError                  **error);
gboolean         layanan_database_delete_meeting       (LayananDatabase          *self,
                                                        gint64                    id,
                                                        GError                  **error);
/* The months (YYYY-MM) from @month_from to @month_to without a meeting. */
GStrv            layanan_database_months_without_meeting (LayananDatabase        *self,
                                                        gint64                    unit_id,
                                                        const char               *month_from,
                                                        const char               *month_to,
                                                        GError                  **error);

/* ─────────────────────────── Workload report ───────────────────────────
 * What the "Beban Kerja" workbook adds to the Evaluation section's rows
 * (layanan-database-workload.c): the same items counted per service, and
 * the overdue items with whom they wait on. */

typedef struct
{
  gint64  service_id;           /* 0: no service recorded */
  char   *service_name;         /* NULL for no service */
  guint   letters;              /* assigned in the period */
  guint   complaints;
  guint   open;
  guint   overdue;
} LayananWorkloadService;

void layanan_workload_service_free (LayananWorkloadService *service);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananWorkloadService, layanan_workload_service_free)

/* The items of layanan_database_workload() counted per service, by name. */
GPtrArray       *layanan_database_workload_by_service  (LayananDatabase          *self,
                                                        gint64                    unit_id,
                                                        const char               *date_from,
                                                        const char               *date_to,
                                                        GDateTime                *now,
                                                        GError                  **error);

typedef struct
{
  gboolean  is_complaint;
  gint64    id;
  char     *number;             /* "12/2026" */
  char     *title;
  char     *assigned_to;        /* staff or section name */
  char     *section_name;       /* the section it sits in */
  char     *assigned_on;        /* YYYY-MM-DD */
  char     *due_at;
  int       working_days_late;  /* working days from the due day to @now's day */
} LayananWorkloadOverdue;

void layanan_workload_overdue_free (LayananWorkloadOverdue *overdue);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananWorkloadOverdue, layanan_workload_overdue_free)

/* The open items of layanan_database_workload() past due at @now, the
 * longest overdue first. */
GPtrArray       *layanan_database_workload_overdue     (LayananDatabase          *self,
                                                        gint64                    unit_id,
                                                        const char               *date_from,
                                                        const char               *date_to,
                                                        GDateTime                *now,
                                                        GError                  **error);

G_END_DECLS
