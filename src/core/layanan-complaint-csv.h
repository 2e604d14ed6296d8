/* layanan-complaint-csv.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "layanan-complaint.h"
#include "layanan-csv-import.h"

G_BEGIN_DECLS

/* The complaints a bureau kept before, in its own spreadsheet or a list
 * exported from SP4N-LAPOR!, as CSV with a header row (issue #5): which
 * column holds which field, recognised from the headers in Indonesian or
 * English and changed by the user, and one record turned into a complaint
 * with every problem named by line and column header. */

typedef enum
{
  LAYANAN_COMPLAINT_FIELD_RECEIVED,      /* the date, with the time or without */
  LAYANAN_COMPLAINT_FIELD_RECEIVED_TIME, /* the time, when a column of its own */
  LAYANAN_COMPLAINT_FIELD_CHANNEL,
  LAYANAN_COMPLAINT_FIELD_CATEGORY,
  LAYANAN_COMPLAINT_FIELD_LAPOR_NUMBER,
  LAYANAN_COMPLAINT_FIELD_SERVICE,
  LAYANAN_COMPLAINT_FIELD_DESCRIPTION,
  LAYANAN_COMPLAINT_FIELD_STATUS,
  LAYANAN_COMPLAINT_FIELD_COMPLAINANT_NAME,
  LAYANAN_COMPLAINT_FIELD_COMPLAINANT_CONTACT,
  LAYANAN_COMPLAINT_FIELD_CLASSIFICATION,
  LAYANAN_COMPLAINT_FIELD_CONFIDENTIAL,
  LAYANAN_COMPLAINT_FIELD_ANONYMOUS,
} LayananComplaintField;

#define LAYANAN_N_COMPLAINT_FIELDS (LAYANAN_COMPLAINT_FIELD_ANONYMOUS + 1)

/* "Received", "Channel"… translated, for the mapping step. */
const char *layanan_complaint_field_get_label   (LayananComplaintField field);
/* Received, category and description must have a column; channel too,
 * unless there is a LAPOR! number column (then the rows with a number came
 * through SP4N-LAPOR!). */
gboolean    layanan_complaint_field_is_required (LayananComplaintField field);

/* Field → column index of the file (-1: not in the file). */
typedef struct _LayananComplaintCsvMapping LayananComplaintCsvMapping;

/* Recognises @header (the first record) by its names. */
LayananComplaintCsvMapping *
layanan_complaint_csv_mapping_new            (const char * const               *header);
LayananComplaintCsvMapping *
layanan_complaint_csv_mapping_copy           (const LayananComplaintCsvMapping *mapping);
void  layanan_complaint_csv_mapping_free     (LayananComplaintCsvMapping       *mapping);
guint layanan_complaint_csv_mapping_get_n_columns (const LayananComplaintCsvMapping *mapping);
/* The header as the file writes it, for messages and the mapping step. */
const char *
layanan_complaint_csv_mapping_get_header     (const LayananComplaintCsvMapping *mapping,
                                              guint                             column);
int   layanan_complaint_csv_mapping_get_column (const LayananComplaintCsvMapping *mapping,
                                                LayananComplaintField             field);
/* @column -1 takes @field out of the file; a column feeds one field only,
 * so another field that had @column loses it. */
void  layanan_complaint_csv_mapping_set_column (LayananComplaintCsvMapping       *mapping,
                                                LayananComplaintField             field,
                                                int                               column);
/* Whether every required field has a column; the error names the missing
 * fields and the file's headers. */
gboolean layanan_complaint_csv_mapping_check (const LayananComplaintCsvMapping  *mapping,
                                              GError                           **error);

/* What is wrong with one record, and where: the CSV import's problem
 * (layanan-csv-import.h) under the names this converter has always had. */
typedef LayananCsvProblem LayananComplaintCsvProblem;

#define layanan_complaint_csv_problem_new    layanan_csv_problem_new
#define layanan_complaint_csv_problem_free   layanan_csv_problem_free
/* "Line 12, column “Kanal”: “Pos” is not a known channel", translated. */
#define layanan_complaint_csv_problem_format layanan_csv_problem_format

/* Turns records into complaints of one unit, matching categories and
 * services by name (case and spaces do not matter). */
typedef struct _LayananComplaintCsvConverter LayananComplaintCsvConverter;

/* @categories: (element-type LayananCategory): the unit's active ones,
 * copied. @now: received times after it are refused. */
LayananComplaintCsvConverter *
layanan_complaint_csv_converter_new         (const LayananComplaintCsvMapping *mapping,
                                             gint64                            unit_id,
                                             GPtrArray                        *categories,
                                             GDateTime                        *now);
void
layanan_complaint_csv_converter_add_service (LayananComplaintCsvConverter     *converter,
                                             gint64                            service_id,
                                             const char                       *name);
void
layanan_complaint_csv_converter_free        (LayananComplaintCsvConverter     *converter);

/* One record (the fields of the line @line) as a complaint with its
 * channel, LAPOR! number, service, category (@category, borrowed from the
 * converter, for layanan_complaint_set_category()), status and the rest;
 * due dates are left to the caller, who has the calendar. Returns NULL
 * after adding every problem of the record to @problems. */
LayananComplaint *
layanan_complaint_csv_converter_convert     (LayananComplaintCsvConverter     *converter,
                                             const char * const               *fields,
                                             guint                             line,
                                             const LayananCategory           **category,
                                             GPtrArray                        *problems);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananComplaintCsvMapping, layanan_complaint_csv_mapping_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananComplaintCsvProblem, layanan_complaint_csv_problem_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananComplaintCsvConverter, layanan_complaint_csv_converter_free)

G_END_DECLS
