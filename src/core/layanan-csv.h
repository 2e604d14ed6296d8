/* layanan-csv.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A reader for comma-separated files as spreadsheets write them (RFC 4180):
 * quoted fields may hold separators, doubled quotes and line breaks; lines
 * end in CRLF or LF; a UTF-8 byte order mark is dropped; and the separator
 * is ';' when the first line has more of those than commas, as Excel writes
 * CSV on an Indonesian desktop (where the comma is the decimal sign).
 * Files in Windows-1252 (Excel's "CSV" without "UTF-8") are converted.
 * Every record knows the line it starts on, for messages. */
typedef struct _LayananCsv LayananCsv;

/* @name is what messages call the data (a file's display name). */
LayananCsv         *layanan_csv_new_from_data (const char   *data,
                                               gsize         length,
                                               const char   *name,
                                               GError      **error);
LayananCsv         *layanan_csv_new_from_file (const char   *path,
                                               GError      **error);
char                layanan_csv_get_separator (LayananCsv   *self);
const char         *layanan_csv_get_name      (LayananCsv   *self);
gboolean            layanan_csv_next          (LayananCsv   *self,
                                               GError      **error);
guint               layanan_csv_get_n_fields  (LayananCsv   *self);
const char         *layanan_csv_get_field     (LayananCsv   *self,
                                               guint         index);
const char * const *layanan_csv_get_fields    (LayananCsv   *self);
guint               layanan_csv_get_line      (LayananCsv   *self);
gboolean            layanan_csv_is_blank      (LayananCsv   *self);
double              layanan_csv_get_fraction  (LayananCsv   *self);
void                layanan_csv_free          (LayananCsv   *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananCsv, layanan_csv_free)

G_END_DECLS
