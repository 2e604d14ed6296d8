/* layanan-agenda-export.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The Agenda Surat Masuk register (DOMAIN.md §4.2) as a workbook, written
 * row by row as letters come from the caller's cursor, in constant memory. */

typedef struct
{
  const char *unit_name;           /* the biro whose agenda it is */
  const char *date_from;           /* YYYY-MM-DD */
  const char *date_to;             /* YYYY-MM-DD */
  const char *filter_description;  /* "Status: Diproses; Layanan: …", or NULL */
} LayananAgendaHeader;

/* One letter. Strings may be NULL (an empty cell); dates are YYYY-MM-DD,
 * instants ISO 8601 with an offset and are shown in WIB. */
typedef struct
{
  int         agenda_year;
  gint64      agenda_number;
  const char *received_at;          /* instant */
  const char *nomor;
  const char *tanggal;              /* date, or NULL */
  const char *pengirim;
  const char *hal;
  const char *lampiran;
  const char *keamanan;             /* label, "Biasa" */
  const char *kecepatan;            /* label, "Segera" */
  const char *classification_code;
  const char *service_name;
  const char *disposed_to;
  const char *due_at;               /* instant, or NULL */
  const char *status;               /* label, "Diproses" */
  const char *notes;
} LayananAgendaRow;

typedef struct _LayananAgendaWriter LayananAgendaWriter;

LayananAgendaWriter *layanan_agenda_writer_new     (const char                *path,
                                                    const LayananAgendaHeader *header,
                                                    GError                   **error);
gboolean             layanan_agenda_writer_add_row (LayananAgendaWriter       *self,
                                                    const LayananAgendaRow    *row,
                                                    GError                   **error);
gboolean             layanan_agenda_writer_finish  (LayananAgendaWriter       *self,
                                                    GError                   **error);
void                 layanan_agenda_writer_free    (LayananAgendaWriter       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananAgendaWriter, layanan_agenda_writer_free)

G_END_DECLS
