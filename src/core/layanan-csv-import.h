/* layanan-csv-import.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What the CSV converters of complaints and SKM questionnaires share:
 * the problems of a record, named by line and column header, and the way
 * header and cell names are compared. */

/* What is wrong with one record, and where: @column is the header of the
 * column as the file writes it, or NULL when the record as a whole is
 * wrong. @message says what, without the place. */
typedef struct
{
  guint  line;
  char  *column;
  char  *message;
} LayananCsvProblem;

LayananCsvProblem *layanan_csv_problem_new    (guint                    line,
                                               const char              *column,
                                               const char              *message);
void               layanan_csv_problem_free   (LayananCsvProblem       *problem);
/* "Line 12, column “Kanal”: “Pos” is not a known channel", translated. */
char              *layanan_csv_problem_format (const LayananCsvProblem *problem);

/* Lower case, every run of punctuation and spaces as one space, trimmed:
 * "No. Pelacakan" → "no pelacakan", "Biaya/Tarif" → "biaya tarif". */
char     *layanan_csv_fold_name          (const char  *text);

/* Gives @field (of @n_fields in @columns) @column, -1 for none; a column
 * feeds one field only, so another field that had @column loses it. */
void      layanan_csv_columns_set        (int         *columns,
                                          guint        n_fields,
                                          guint        field,
                                          int          column);

/* The error of a mapping that leaves required fields without a column:
 * @missing lists them, @headers (char *) are the file's. */
void      layanan_csv_set_missing_error  (GError     **error,
                                          const char  *missing,
                                          GPtrArray   *headers);

/* Names folded by layanan_csv_fold_name() → gint64 * id; a name added
 * twice keeps its first id. */
GHashTable   *layanan_csv_names_new      (void);
void          layanan_csv_names_add      (GHashTable  *names,
                                          gint64       id,
                                          const char  *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananCsvProblem, layanan_csv_problem_free)

G_END_DECLS
