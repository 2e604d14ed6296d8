/* layanan-complaint.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "layanan-calendar.h"
#include "layanan-duration.h"

G_BEGIN_DECLS

/* A complaint (pengaduan) and the rules of its handling (DOMAIN.md §3):
 * where it came from, its category deadline counted by the one calendar,
 * and the status flow of the Alur Penanganan Pengaduan. */

/* The channels every standard of the bureau publishes, plus letters and
 * social media (§3.2). Keys match the standards' channel kinds. */
typedef enum
{
  LAYANAN_CHANNEL_TATAP_MUKA,
  LAYANAN_CHANNEL_KOTAK_PENGADUAN,
  LAYANAN_CHANNEL_WHATSAPP,
  LAYANAN_CHANNEL_TELEPON,
  LAYANAN_CHANNEL_FAKSIMILE,
  LAYANAN_CHANNEL_EMAIL,
  LAYANAN_CHANNEL_SP4N_LAPOR,
  LAYANAN_CHANNEL_SURAT,
  LAYANAN_CHANNEL_MEDIA_SOSIAL,
  LAYANAN_CHANNEL_LAINNYA,
} LayananChannelKind;

#define LAYANAN_N_CHANNEL_KINDS (LAYANAN_CHANNEL_LAINNYA + 1)

/* The SP4N-LAPOR! classification of a report (§3.3). */
typedef enum
{
  LAYANAN_COMPLAINT_KIND_PENGADUAN,
  LAYANAN_COMPLAINT_KIND_ASPIRASI,
  LAYANAN_COMPLAINT_KIND_PERMINTAAN_INFORMASI,
} LayananComplaintKind;

#define LAYANAN_N_COMPLAINT_KINDS (LAYANAN_COMPLAINT_KIND_PERMINTAAN_INFORMASI + 1)

/* diterima → diverifikasi → diteruskan → ditindaklanjuti → selesai; also
 * bukan wewenang, ditolak, and menunggu pelapor (the clock stops), which
 * may end in ditutup when the complainant stays silent (§3.4). */
typedef enum
{
  LAYANAN_COMPLAINT_STATUS_DITERIMA,
  LAYANAN_COMPLAINT_STATUS_DIVERIFIKASI,
  LAYANAN_COMPLAINT_STATUS_DITERUSKAN,
  LAYANAN_COMPLAINT_STATUS_DITINDAKLANJUTI,
  LAYANAN_COMPLAINT_STATUS_MENUNGGU_PELAPOR,
  LAYANAN_COMPLAINT_STATUS_SELESAI,
  LAYANAN_COMPLAINT_STATUS_BUKAN_WEWENANG,
  LAYANAN_COMPLAINT_STATUS_DITOLAK,
  LAYANAN_COMPLAINT_STATUS_DITUTUP,
} LayananComplaintStatus;

#define LAYANAN_N_COMPLAINT_STATUSES (LAYANAN_COMPLAINT_STATUS_DITUTUP + 1)

/* SP4N-LAPOR! closes a report after this many working days without a reply
 * from the complainant, and expects a first response within the other. */
#define LAYANAN_COMPLAINT_AUTO_CLOSE_WORKING_DAYS     10
#define LAYANAN_COMPLAINT_LAPOR_RESPONSE_WORKING_DAYS 5

/* Keys are the store's column values; labels are translated for display;
 * official names are the Indonesian the recap prints whatever the desktop's
 * language ("SP4N-LAPOR!", "Permintaan Informasi", "Bukan Wewenang"). */
const char *layanan_channel_kind_to_key                 (LayananChannelKind      channel);
gboolean    layanan_channel_kind_from_key               (const char             *key,
                                                         LayananChannelKind     *channel);
const char *layanan_channel_kind_get_label              (LayananChannelKind      channel);
const char *layanan_channel_kind_get_official_name      (LayananChannelKind      channel);
const char *layanan_complaint_kind_to_key               (LayananComplaintKind    kind);
gboolean    layanan_complaint_kind_from_key             (const char             *key,
                                                         LayananComplaintKind   *kind);
const char *layanan_complaint_kind_get_label            (LayananComplaintKind    kind);
const char *layanan_complaint_kind_get_official_name    (LayananComplaintKind    kind);
const char *layanan_complaint_status_to_key             (LayananComplaintStatus  status);
gboolean    layanan_complaint_status_from_key           (const char             *key,
                                                         LayananComplaintStatus *status);
const char *layanan_complaint_status_get_label          (LayananComplaintStatus  status);
const char *layanan_complaint_status_get_official_name  (LayananComplaintStatus  status);

/* Recognise what a person or another system wrote for a channel, a
 * classification or a status, in Indonesian or English, any case:
 * "WA", "WhatsApp", "lapor.go.id", "Tatap Muka", "in person"; "Aspirasi";
 * "Selesai", "closed", "Dalam Proses". FALSE when none fits. */
gboolean    layanan_channel_kind_parse                  (const char             *text,
                                                         LayananChannelKind     *channel);
gboolean    layanan_complaint_kind_parse                (const char             *text,
                                                         LayananComplaintKind   *kind);
gboolean    layanan_complaint_status_parse              (const char             *text,
                                                         LayananComplaintStatus *status);

/* Selesai, bukan wewenang, ditolak and ditutup: the clock has stopped for
 * good (until a reopening). */
gboolean    layanan_complaint_status_is_closed        (LayananComplaintStatus  status);

/* An SP4N-LAPOR! tracking number as people copy it ("#1916449",
 * "1916449"): normalised to its digits in @normalized. Refuses anything
 * else with a message that shows the expected form. */
gboolean    layanan_lapor_number_normalize            (const char             *text,
                                                       char                  **normalized,
                                                       GError                **error);

/* A category of the bureau's table, with its deadline (§3.3). */
typedef struct
{
  gint64           id;              /* 0 until saved */
  gint64           unit_id;
  int              position;
  char            *name;            /* "Pengaduan ringan" */
  LayananDuration  deadline;        /* 3 jam, 5 hari kerja… */
  gboolean         active;          /* retired categories stay for old complaints */
} LayananCategory;

LayananCategory *layanan_category_new  (void);
LayananCategory *layanan_category_copy (const LayananCategory *category);
void             layanan_category_free (LayananCategory       *category);

/* One complaint. Strings are NULL when not known; instants are ISO 8601
 * with offset (WIB). The *_at fields below "status" are kept by
 * layanan_complaint_apply_step(), not edited directly. */
typedef struct
{
  gint64                  id;                 /* 0 until saved */
  gint64                  unit_id;
  int                     register_year;      /* set by the store on saving */
  gint64                  register_number;    /* gap-free per unit and year */
  char                   *received_at;        /* tanggal dan jam terima */
  LayananChannelKind      channel;
  char                   *lapor_number;       /* digits, SP4N-LAPOR! only */
  gint64                  service_id;         /* 0: concerns no service */
  gboolean                anonymous;          /* no name or contact */
  char                   *complainant_name;
  char                   *complainant_contact;
  gboolean                confidential;       /* identity shown only on the complaint itself */
  LayananComplaintKind    classification;     /* aspirasi, pengaduan, permintaan informasi */
  gint64                  category_id;
  LayananDuration         category_deadline;  /* copied from the category when set */
  char                   *description;
  LayananComplaintStatus  status;
  gint64                  assigned_staff_id;  /* diteruskan to a staff member… */
  gint64                  assigned_unit_id;   /* …or a section; 0 for none */
  char                   *due_at;             /* from received_at, category and pauses */
  gint64                  paused_seconds;     /* working seconds spent menunggu pelapor */
  char                   *paused_at;          /* while menunggu pelapor */
  LayananComplaintStatus  status_before_pause;
  char                   *first_response_due_at; /* SP4N-LAPOR! only */
  char                   *first_response_at;
  char                   *closed_at;          /* when it entered a closed status */
} LayananComplaint;

LayananComplaint *layanan_complaint_new      (void);
LayananComplaint *layanan_complaint_copy     (const LayananComplaint *complaint);
void              layanan_complaint_free     (LayananComplaint       *complaint);

/* Refuses a complaint the register cannot hold, saying which field is
 * wrong: a received time that is not an instant or is later than @now, no
 * category, no description, a LAPOR! number on another channel or in the
 * wrong form, a name on an anonymous complaint. */
gboolean          layanan_complaint_validate (const LayananComplaint *complaint,
                                              GDateTime              *now,
                                              GError                **error);

/* Sets the category and its deadline, and recomputes due_at (and, for
 * SP4N-LAPOR! complaints, first_response_due_at) from received_at, the
 * deadline and the working time already spent paused. */
void              layanan_complaint_set_category (LayananComplaint      *complaint,
                                                  const LayananCategory *category,
                                                  LayananCalendar       *calendar);

/* What a person does to a complaint; each becomes one line of its timeline. */
typedef enum
{
  LAYANAN_COMPLAINT_STEP_RECEIVE,          /* the first line, written on saving */
  LAYANAN_COMPLAINT_STEP_VERIFY,           /* → diverifikasi */
  LAYANAN_COMPLAINT_STEP_FORWARD,          /* → diteruskan, to a staff member or section */
  LAYANAN_COMPLAINT_STEP_FOLLOW_UP,        /* → ditindaklanjuti */
  LAYANAN_COMPLAINT_STEP_AWAIT_COMPLAINANT,/* → menunggu pelapor; the clock stops */
  LAYANAN_COMPLAINT_STEP_RESUME,           /* back to the status before the pause */
  LAYANAN_COMPLAINT_STEP_SETTLE,           /* → selesai; needs a response */
  LAYANAN_COMPLAINT_STEP_NOT_COMPETENT,    /* → bukan wewenang; needs whom it went to */
  LAYANAN_COMPLAINT_STEP_REJECT,           /* → ditolak; needs why */
  LAYANAN_COMPLAINT_STEP_AUTO_CLOSE,       /* → ditutup after the silence */
  LAYANAN_COMPLAINT_STEP_REOPEN,           /* closed → ditindaklanjuti; needs why */
  LAYANAN_COMPLAINT_STEP_RECATEGORIZE,     /* new category, deadline recomputed */
  LAYANAN_COMPLAINT_STEP_RESPOND,          /* a response or note, status unchanged */
} LayananComplaintStepKind;

#define LAYANAN_N_COMPLAINT_STEPS (LAYANAN_COMPLAINT_STEP_RESPOND + 1)

typedef struct
{
  gint64                    id;
  gint64                    complaint_id;
  LayananComplaintStepKind  kind;
  char                     *at;               /* instant */
  char                     *actor;
  LayananComplaintStatus    from_status;
  LayananComplaintStatus    to_status;
  char                     *note;             /* internal: why, what was done */
  char                     *response;         /* what the complainant was told */
  gint64                    to_staff_id;      /* FORWARD */
  gint64                    to_unit_id;       /* FORWARD */
  char                     *to_name;          /* FORWARD: filled on load; NOT_COMPETENT: whom */
  gint64                    category_id;      /* RECATEGORIZE: the new one */
  char                     *category_name;    /* filled on load */
} LayananComplaintStep;

LayananComplaintStep *layanan_complaint_step_new  (LayananComplaintStepKind     kind);
LayananComplaintStep *layanan_complaint_step_copy (const LayananComplaintStep  *step);
void                  layanan_complaint_step_free (LayananComplaintStep        *step);

const char *layanan_complaint_step_kind_to_key   (LayananComplaintStepKind  kind);
gboolean    layanan_complaint_step_kind_from_key (const char               *key,
                                                  LayananComplaintStepKind *kind);
/* "Verified", "Forwarded", "Settled"… for the timeline. */
const char *layanan_complaint_step_kind_get_label (LayananComplaintStepKind kind);

/* Whether @kind may be taken from @status (for greying actions). */
gboolean    layanan_complaint_step_is_allowed    (LayananComplaintStepKind  kind,
                                                  LayananComplaintStatus    status);

/* Applies @step, taken at step->at, to @complaint: checks that the flow
 * allows it and that it carries what it needs (a response to settle, a
 * reason to reject or reopen, a recipient to forward), then moves the
 * status and keeps the clock: a pause records paused_at; resuming adds the
 * working time paused to paused_seconds and moves due_at by it; closing
 * sets closed_at; the first response of a SP4N-LAPOR! complaint sets
 * first_response_at; a new category (@category, RECATEGORIZE only)
 * recomputes due_at. Fills step->from_status and step->to_status. On
 * error @complaint is unchanged. */
gboolean    layanan_complaint_apply_step         (LayananComplaint          *complaint,
                                                  LayananComplaintStep      *step,
                                                  const LayananCategory     *category,
                                                  LayananCalendar           *calendar,
                                                  GError                   **error);

/* When a complaint waiting for its complainant since paused_at closes by
 * itself: LAYANAN_COMPLAINT_AUTO_CLOSE_WORKING_DAYS working days later.
 * NULL when it is not waiting. */
GDateTime  *layanan_complaint_auto_close_at      (const LayananComplaint    *complaint,
                                                  LayananCalendar           *calendar);

/* Working days from received_at to closed_at (0 when closed the day it
 * came), and whether closed_at is not after due_at. Only for closed
 * complaints; FALSE otherwise. */
gboolean    layanan_complaint_settlement         (const LayananComplaint    *complaint,
                                                  LayananCalendar           *calendar,
                                                  int                       *working_days,
                                                  gboolean                  *on_time);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananCategory, layanan_category_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananComplaint, layanan_complaint_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananComplaintStep, layanan_complaint_step_free)

G_END_DECLS
