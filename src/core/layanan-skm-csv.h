/* layanan-skm-csv.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "layanan-csv-import.h"
#include "layanan-skm.h"

G_BEGIN_DECLS

/* SKM questionnaires kept in a spreadsheet or collected by Google Forms, as
 * CSV with a header row (issue #6): which column holds which field,
 * recognised from the headers (U1…U9, the unsur names, the whole question
 * as Google Forms writes it, "Jenis Kelamin", "Umur"…) and changed by the
 * user, and one record turned into a questionnaire with every problem
 * named by line and column header. */

/* The respondent's fields; the unsur follow them as fields
 * LAYANAN_SKM_CSV_FIELD_UNSUR + i, one per unsur of the list in use. */
typedef enum
{
  LAYANAN_SKM_CSV_FIELD_DATE,
  LAYANAN_SKM_CSV_FIELD_SERVICE,
  LAYANAN_SKM_CSV_FIELD_SEX,
  LAYANAN_SKM_CSV_FIELD_AGE,
  LAYANAN_SKM_CSV_FIELD_EDUCATION,
  LAYANAN_SKM_CSV_FIELD_OCCUPATION,
  LAYANAN_SKM_CSV_FIELD_SUGGESTION,
  LAYANAN_SKM_CSV_FIELD_UNSUR,
} LayananSkmCsvField;

/* Field → column index of the file (-1: not in the file). */
typedef struct _LayananSkmCsvMapping LayananSkmCsvMapping;

/* Recognises @header (the first record) by its names; @unsur
 * (LayananSkmUnsur, questionnaire order) is copied. */
LayananSkmCsvMapping *layanan_skm_csv_mapping_new        (const char * const         *header,
                                                          GPtrArray                  *unsur);
LayananSkmCsvMapping *layanan_skm_csv_mapping_copy       (const LayananSkmCsvMapping *mapping);
void        layanan_skm_csv_mapping_free                 (LayananSkmCsvMapping       *mapping);
guint       layanan_skm_csv_mapping_get_n_columns        (const LayananSkmCsvMapping *mapping);
/* The header as the file writes it, for messages and the mapping step. */
const char *layanan_skm_csv_mapping_get_header           (const LayananSkmCsvMapping *mapping,
                                                          guint                       column);
/* LAYANAN_SKM_CSV_FIELD_UNSUR + the number of unsur. */
guint       layanan_skm_csv_mapping_get_n_fields         (const LayananSkmCsvMapping *mapping);
/* "Date", "Age"… translated; "U3 Waktu Penyelesaian" for an unsur. */
char       *layanan_skm_csv_mapping_get_field_label      (const LayananSkmCsvMapping *mapping,
                                                          guint                       field);
/* The date and every unsur must have a column. */
gboolean    layanan_skm_csv_mapping_field_is_required    (const LayananSkmCsvMapping *mapping,
                                                          guint                       field);
int         layanan_skm_csv_mapping_get_column           (const LayananSkmCsvMapping *mapping,
                                                          guint                       field);
/* @column -1 takes @field out of the file; a column feeds one field only,
 * so another field that had @column loses it. */
void        layanan_skm_csv_mapping_set_column           (LayananSkmCsvMapping       *mapping,
                                                          guint                       field,
                                                          int                         column);
/* Whether every required field has a column; the error names the missing
 * fields and the file's headers. */
gboolean    layanan_skm_csv_mapping_check                (const LayananSkmCsvMapping *mapping,
                                                          GError                    **error);

/* The mapping as a line to remember it by: "columns=14;date=0;service=2;
 * U1=5;…" (the unsur by code, so it survives a change of the list). */
char       *layanan_skm_csv_mapping_to_string            (const LayananSkmCsvMapping *mapping);
/* Takes the columns of a remembered mapping; FALSE, and @mapping
 * unchanged, when @text is not one or was made for a file with another
 * number of columns. */
gboolean    layanan_skm_csv_mapping_apply_string         (LayananSkmCsvMapping       *mapping,
                                                          const char                 *text,
                                                          GError                    **error);

/* What is wrong with one record, and where: the CSV import's problem
 * (layanan-csv-import.h) under the names this converter has always had. */
typedef LayananCsvProblem LayananSkmCsvProblem;

#define layanan_skm_csv_problem_new    layanan_csv_problem_new
#define layanan_skm_csv_problem_free   layanan_csv_problem_free
/* "Line 12, column “U3”: “5” is not an answer 1–4…", translated. */
#define layanan_skm_csv_problem_format layanan_csv_problem_format

/* Turns records into questionnaires, matching services by name (case and
 * spaces do not matter). */
typedef struct _LayananSkmCsvConverter LayananSkmCsvConverter;

/* @date_from, @date_to (YYYY-MM-DD, optional): the survey period; a
 * questionnaire dated outside it is refused. */
LayananSkmCsvConverter *layanan_skm_csv_converter_new         (const LayananSkmCsvMapping *mapping,
                                                               const char                 *date_from,
                                                               const char                 *date_to);
void                    layanan_skm_csv_converter_add_service (LayananSkmCsvConverter     *converter,
                                                               gint64                      service_id,
                                                               const char                 *name);
void                    layanan_skm_csv_converter_free        (LayananSkmCsvConverter     *converter);

/* One record (the fields of the line @line) as a questionnaire, valid by
 * layanan_skm_response_validate(), period_id 0. Returns NULL after adding
 * every problem of the record to @problems (LayananSkmCsvProblem). */
LayananSkmResponse     *layanan_skm_csv_converter_convert     (LayananSkmCsvConverter     *converter,
                                                               const char * const         *fields,
                                                               guint                       line,
                                                               GPtrArray                  *problems);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananSkmCsvMapping, layanan_skm_csv_mapping_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananSkmCsvProblem, layanan_skm_csv_problem_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananSkmCsvConverter, layanan_skm_csv_converter_free)

G_END_DECLS
