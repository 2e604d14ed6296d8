/* layanan-complaint-recap.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "layanan-calendar.h"
#include "layanan-complaint.h"

G_BEGIN_DECLS

/* The monthly Rekapitulasi Pengaduan (DOMAIN.md §3.5 step 5): complaints
 * counted per month, category, channel, status and classification, as they
 * come one at a time from the caller's cursor, in memory proportional to
 * the groups, not the complaints. */

/* What the recap needs of one complaint; plain values, so that core does
 * not depend on the store. Instants are ISO 8601 with offset. */
typedef struct
{
  const char             *received_at;    /* required */
  LayananChannelKind      channel;
  LayananComplaintKind    classification;
  const char             *category_name;  /* NULL: not categorised */
  LayananComplaintStatus  status;
  const char             *due_at;         /* NULL: no deadline */
  const char             *closed_at;      /* when it entered a closed status */
} LayananComplaintRecapInput;

/* How one complaint counted, for the line that lists it. */
typedef struct
{
  gboolean closed;        /* in a closed status (selesai, bukan wewenang, ditolak, ditutup) */
  gboolean timed;         /* closed with a known closed_at: on time or late */
  gboolean on_time;       /* timed, and closed_at is not after due_at (or there is none) */
  int      working_days;  /* timed: working days from received to closed, WIB */
  gboolean overdue;       /* open, not waiting for the complainant, due_at before now */
} LayananComplaintOutcome;

/* The counts of one group, or of all. closed == timed + closed without a
 * known closing time (old imports); on_time + late == timed. */
typedef struct
{
  guint  total;
  guint  open;
  guint  closed;
  guint  on_time;
  guint  late;
  guint  overdue;
  guint  timed;
  gint64 working_days_sum;   /* over the timed ones */
} LayananComplaintTally;

/* on_time / (on_time + late) in [0, 1]; NaN when nothing was settled with
 * a known time (test with isnan()). */
double  layanan_complaint_tally_on_time_rate  (const LayananComplaintTally *tally);
/* working_days_sum / timed; NaN when nothing was settled with a known time. */
double  layanan_complaint_tally_average_days  (const LayananComplaintTally *tally);

typedef enum
{
  LAYANAN_COMPLAINT_RECAP_BY_MONTH,          /* "2026-01", ascending */
  LAYANAN_COMPLAINT_RECAP_BY_CATEGORY,       /* given, then first-seen order */
  LAYANAN_COMPLAINT_RECAP_BY_CHANNEL,        /* every channel, enum order */
  LAYANAN_COMPLAINT_RECAP_BY_STATUS,         /* every status, enum order */
  LAYANAN_COMPLAINT_RECAP_BY_CLASSIFICATION, /* every classification, enum order */
} LayananComplaintRecapAxis;

#define LAYANAN_N_COMPLAINT_RECAP_AXES (LAYANAN_COMPLAINT_RECAP_BY_CLASSIFICATION + 1)

typedef struct
{
  /* "2026-01" for a month; the category's name (NULL for complaints
   * without one); the enum's key (layanan_channel_kind_to_key()…) */
  const char            *key;
  /* The month (1-12) with year, or the enum value; 0 for a category. */
  int                    year;
  int                    value;
  LayananComplaintTally  tally;
} LayananComplaintRecapGroup;

typedef struct _LayananComplaintRecap LayananComplaintRecap;

/* @now decides what is overdue; months are those of @calendar's time zone
 * (WIB). */
LayananComplaintRecap *layanan_complaint_recap_new          (LayananCalendar               *calendar,
                                                             GDateTime                     *now);
void                   layanan_complaint_recap_free         (LayananComplaintRecap         *self);
/* Lists every month from @from to @to, with zeros where nothing came. */
void                   layanan_complaint_recap_set_period   (LayananComplaintRecap         *self,
                                                             const GDate                   *from,
                                                             const GDate                   *to);
/* Lists a category in this position, with zeros when nothing comes in it. */
void                   layanan_complaint_recap_add_category (LayananComplaintRecap         *self,
                                                             const char                    *name);
/* Counts one complaint and says in @outcome (may be NULL) how. Refuses
 * (LAYANAN_ERROR_INVALID_INPUT, naming the field) one whose instants do
 * not parse; it is then not counted at all. */
gboolean               layanan_complaint_recap_add          (LayananComplaintRecap         *self,
                                                             const LayananComplaintRecapInput *input,
                                                             LayananComplaintOutcome       *outcome,
                                                             GError                       **error);
const LayananComplaintTally *
                       layanan_complaint_recap_get_total    (LayananComplaintRecap         *self);
guint                  layanan_complaint_recap_get_n_groups (LayananComplaintRecap         *self,
                                                             LayananComplaintRecapAxis      axis);
const LayananComplaintRecapGroup *
                       layanan_complaint_recap_get_group    (LayananComplaintRecap         *self,
                                                             LayananComplaintRecapAxis      axis,
                                                             guint                          index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananComplaintRecap, layanan_complaint_recap_free)

G_END_DECLS
