/* layanan-complaint-recap-export.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "layanan-complaint-recap.h"

G_BEGIN_DECLS

/* The Rekapitulasi Pengaduan a bureau takes to its meeting (DOMAIN.md
 * §3.5): a sheet "Rekap" with the counts per month, category, channel,
 * status and classification, and a sheet "Daftar Pengaduan" with one line
 * per complaint, written as the complaints come from the caller's cursor. */

typedef struct
{
  const char *unit_name;      /* the biro whose complaints they are */
  const char *date_from;      /* YYYY-MM-DD */
  const char *date_to;        /* YYYY-MM-DD */
  const char *exported_by;    /* a person's name, or NULL */
  GDateTime  *exported_at;    /* NULL: now */
  gboolean    include_personal_data; /* Pelapor and Kontak columns (UU 27/2022) */
} LayananComplaintRecapHeader;

/* Who may be named. A confidential or anonymous complaint carries no name
 * and no contact here: the line shows "Dirahasiakan" or "Anonim". */
typedef enum
{
  LAYANAN_COMPLAINANT_NAMED,
  LAYANAN_COMPLAINANT_CONFIDENTIAL,
  LAYANAN_COMPLAINANT_ANONYMOUS,
} LayananComplainantIdentity;

/* The settlement column "Tepat Waktu": Ya, Tidak, or — while open. */
typedef enum
{
  LAYANAN_SETTLEMENT_NONE,
  LAYANAN_SETTLEMENT_ON_TIME,
  LAYANAN_SETTLEMENT_LATE,
} LayananSettlementTiming;

/* One complaint. Strings may be NULL (an empty cell); instants are ISO 8601
 * with an offset and are shown in WIB; names are the official Indonesian
 * ones (layanan_channel_kind_get_official_name()…). */
typedef struct
{
  int                         register_year;
  gint64                      register_number;
  const char                 *received_at;
  const char                 *channel;
  const char                 *lapor_number;
  LayananComplainantIdentity  identity;
  const char                 *complainant_name;     /* NAMED only; ignored otherwise */
  const char                 *complainant_contact;  /* NAMED only; ignored otherwise */
  const char                 *classification;
  const char                 *category;
  const char                 *service;
  const char                 *description;
  const char                 *status;
  const char                 *due_at;
  const char                 *closed_at;
  int                         settlement_days;      /* -1: not settled (or no closing time) */
  LayananSettlementTiming     timing;
  const char                 *last_response;
} LayananComplaintListRow;

typedef struct _LayananComplaintRecapWriter LayananComplaintRecapWriter;

LayananComplaintRecapWriter *layanan_complaint_recap_writer_new     (const char                        *path,
                                                                     const LayananComplaintRecapHeader *header,
                                                                     GError                           **error);
gboolean                     layanan_complaint_recap_writer_add_row (LayananComplaintRecapWriter       *self,
                                                                     const LayananComplaintListRow     *row,
                                                                     GError                           **error);
/* Writes the "Rekap" sheet from @recap (fed with the same complaints) and
 * saves the workbook. */
gboolean                     layanan_complaint_recap_writer_finish  (LayananComplaintRecapWriter       *self,
                                                                     LayananComplaintRecap             *recap,
                                                                     GError                           **error);
void                         layanan_complaint_recap_writer_free    (LayananComplaintRecapWriter       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananComplaintRecapWriter, layanan_complaint_recap_writer_free)

G_END_DECLS
