/* layanan-letter.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "layanan-calendar.h"

G_BEGIN_DECLS

/* An incoming letter (surat masuk) as the agenda register records it
 * (DOMAIN.md §4.2). Keamanan and kecepatan are two axes (§4.3). */

typedef enum
{
  LAYANAN_KEAMANAN_BIASA,
  LAYANAN_KEAMANAN_TERBATAS,
  LAYANAN_KEAMANAN_RAHASIA,
  LAYANAN_KEAMANAN_SANGAT_RAHASIA,
} LayananKeamanan;

typedef enum
{
  LAYANAN_KECEPATAN_BIASA,
  LAYANAN_KECEPATAN_SEGERA,
  LAYANAN_KECEPATAN_AMAT_SEGERA,
} LayananKecepatan;

/* diterima → didisposisi → diproses → selesai, or ditolak / diarsipkan;
 * a voided letter (batal) keeps its agenda number and row. */
typedef enum
{
  LAYANAN_LETTER_STATUS_DITERIMA,
  LAYANAN_LETTER_STATUS_DIDISPOSISI,
  LAYANAN_LETTER_STATUS_DIPROSES,
  LAYANAN_LETTER_STATUS_SELESAI,
  LAYANAN_LETTER_STATUS_DITOLAK,
  LAYANAN_LETTER_STATUS_DIARSIPKAN,
  LAYANAN_LETTER_STATUS_BATAL,
} LayananLetterStatus;

#define LAYANAN_N_LETTER_STATUSES (LAYANAN_LETTER_STATUS_BATAL + 1)

/* Where a letter stands against its due date. */
typedef enum
{
  LAYANAN_DUE_STATE_NONE,      /* no due date, or closed */
  LAYANAN_DUE_STATE_ON_TIME,
  LAYANAN_DUE_STATE_SOON,      /* due within LAYANAN_DUE_SOON_WORKING_DAYS */
  LAYANAN_DUE_STATE_OVERDUE,
} LayananDueState;

#define LAYANAN_DUE_SOON_WORKING_DAYS 2

/* Keys are the store's column values; labels are translated for display. */
const char *layanan_keamanan_to_key            (LayananKeamanan      keamanan);
gboolean    layanan_keamanan_from_key          (const char          *key,
                                                LayananKeamanan     *keamanan);
const char *layanan_keamanan_get_label         (LayananKeamanan      keamanan);
const char *layanan_kecepatan_to_key           (LayananKecepatan     kecepatan);
gboolean    layanan_kecepatan_from_key         (const char          *key,
                                                LayananKecepatan    *kecepatan);
const char *layanan_kecepatan_get_label        (LayananKecepatan     kecepatan);
const char *layanan_letter_status_to_key       (LayananLetterStatus  status);
gboolean    layanan_letter_status_from_key     (const char          *key,
                                                LayananLetterStatus *status);
const char *layanan_letter_status_get_label    (LayananLetterStatus  status);
/* Which of @service_names (a NULL-terminated list) the letter with subject
 * @hal most likely asks for: the one sharing the most words with it that
 * say what the service is ("narasumber", "konsultasi", "data"), not how
 * every name starts ("pelayanan", "fasilitasi"). -1 when none shares any. */
int         layanan_letter_suggest_service    (const char          *hal,
                                               const char * const  *service_names);

/* "12/2026": the agenda number as the register prints it. */
char       *layanan_agenda_number_format      (gint64               number,
                                               int                  year);

/* The names the register and the lembar disposisi print, in Indonesian
 * whatever the desktop's language: "Sangat Rahasia", "Amat Segera",
 * "Didisposisi". */
const char *layanan_keamanan_get_official_name      (LayananKeamanan      keamanan);
const char *layanan_kecepatan_get_official_name     (LayananKecepatan     kecepatan);
const char *layanan_letter_status_get_official_name (LayananLetterStatus  status);
/* Closed letters (selesai, ditolak, diarsipkan, batal) have no due state. */
gboolean    layanan_letter_status_is_closed    (LayananLetterStatus  status);
/* The status flow: which change a user may make from @from. Voiding goes
 * through layanan_database_void_letter, not here. */
gboolean    layanan_letter_status_can_change   (LayananLetterStatus  from,
                                                LayananLetterStatus  to);

/* The due state of a letter due at @due (NULL: none) seen at @now, and the
 * working days left (negative when overdue) in @working_days_left. */
LayananDueState layanan_letter_due_state       (LayananCalendar     *calendar,
                                                GDateTime           *due,
                                                GDateTime           *now,
                                                int                 *working_days_left);

/* The instant from which a letter due is no longer "due soon" seen at
 * @now: the start of the working day after the last that counts as soon.
 * Lets a query select the due states in SQL as layanan_letter_due_state
 * names them one by one. */
GDateTime      *layanan_letter_due_soon_limit  (LayananCalendar     *calendar,
                                                GDateTime           *now);

/* Instructions a disposition may carry (DOMAIN.md §4.4), as flags. */
typedef enum
{
  LAYANAN_INSTRUCTION_TANGGAPAN_SARAN   = 1 << 0,
  LAYANAN_INSTRUCTION_PROSES_LANJUT     = 1 << 1,
  LAYANAN_INSTRUCTION_KOORDINASI        = 1 << 2,
} LayananInstructions;

const char *layanan_instruction_get_label      (LayananInstructions  instruction);

/* One letter of the register. Strings are NULL when not known; dates are
 * YYYY-MM-DD, instants ISO 8601 with offset (WIB). */
typedef struct
{
  gint64               id;                 /* 0 until saved */
  gint64               unit_id;            /* the biro whose agenda it is in */
  int                  agenda_year;        /* set by the store on saving */
  gint64               agenda_number;      /* gap-free per unit and year */
  char                *received_at;        /* tanggal dan jam terima */
  char                *nomor;              /* nomor surat as printed */
  char                *tanggal;            /* tanggal surat */
  char                *pengirim;
  char                *kepada;             /* ditujukan kepada */
  char                *hal;                /* hal / perihal */
  char                *lampiran;           /* "1 (satu) berkas" */
  LayananKeamanan      keamanan;
  LayananKecepatan     kecepatan;
  char                *classification_code;/* Permendagri 83/2022, e.g. "400.8.2.2" */
  gint64               service_id;         /* 0: concerns no service */
  char                *due_at;             /* instant, or NULL */
  char                *due_override_reason;/* set when due_at is not the service's */
  LayananLetterStatus  status;
  char                *void_reason;        /* for LAYANAN_LETTER_STATUS_BATAL */
  char                *notes;              /* keterangan */
  char                *body_text;          /* text layer or OCR, all pages */
} LayananLetter;

LayananLetter *layanan_letter_new              (void);
LayananLetter *layanan_letter_copy             (const LayananLetter *letter);
void           layanan_letter_free             (LayananLetter       *letter);
/* Refuses a letter the register cannot hold, saying which field is wrong:
 * no nomor, no pengirim, no hal, a tanggal or received_at that is not a
 * date. */
gboolean       layanan_letter_validate         (const LayananLetter *letter,
                                                GError             **error);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananLetter, layanan_letter_free)

G_END_DECLS
