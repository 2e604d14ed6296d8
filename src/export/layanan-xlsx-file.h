/* layanan-xlsx-file.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <xlsxwriter.h>

#include "layanan-error.h"

G_BEGIN_DECLS

/* Saving a workbook safely, for every export: written under a temporary
 * name beside its destination, synced, then renamed into place, so a
 * failed export never leaves half a file nor destroys the previous one.
 * Each export words its own message ("Cannot save the matrix to …"). */

/* The code the store gives the same cause (layanan_database_set_errno_error). */
LayananError layanan_xlsx_code_for_errno   (int           saved_errno);
/* Why libxlsxwriter failed, with the system's reason when errno (cleared
 * before the call) tells a full disk from a refused folder; @code gets the
 * LayananError for it. */
char        *layanan_xlsx_describe_error   (lxw_error     lxw_code,
                                            int           saved_errno,
                                            LayananError *code);
/* An empty file ".NAME.XXXXXX" beside @path, or NULL with @saved_errno. */
char        *layanan_xlsx_create_temporary (const char   *path,
                                            int          *saved_errno);
gboolean     layanan_xlsx_sync_file        (const char   *path);

/* Sets @error to the export's own message ("Cannot save the agenda to
 * %s: %s"), which stays with the export for its translators. */
typedef void (*LayananXlsxSaveErrorFunc) (GError       **error,
                                          LayananError   code,
                                          const char    *path,
                                          const char    *reason);

/* Defines @name, a LayananXlsxSaveErrorFunc giving @message (a literal
 * "…%s…%s", the path then the reason), so that each export keeps its own
 * wording and its translators see it there. */
#define LAYANAN_XLSX_DEFINE_SAVE_ERROR(name, message)                 \
  static void                                                         \
  name (GError       **error,                                         \
        LayananError   code,                                          \
        const char    *path,                                          \
        const char    *reason)                                        \
  {                                                                   \
    g_set_error (error, LAYANAN_ERROR, code, message, path, reason);  \
  }

/* The first failure of a workbook being written; from then on the writer
 * is broken, and every later call reports this one. */
typedef struct
{
  char                     *path;            /* the destination, for the message */
  LayananXlsxSaveErrorFunc  set_save_error;
  GError                   *error;           /* NULL until something fails */
} LayananXlsxFailure;

void     layanan_xlsx_failure_init         (LayananXlsxFailure       *self,
                                            const char               *path,
                                            LayananXlsxSaveErrorFunc  set_save_error);
void     layanan_xlsx_failure_clear        (LayananXlsxFailure       *self);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LayananXlsxFailure, layanan_xlsx_failure_clear)
/* These keep the first failure and ignore the later ones. */
void     layanan_xlsx_failure_set          (LayananXlsxFailure       *self,
                                            LayananError              code,
                                            const char               *reason);
void     layanan_xlsx_failure_set_errno    (LayananXlsxFailure       *self,
                                            int                       saved_errno);
void     layanan_xlsx_failure_set_lxw      (LayananXlsxFailure       *self,
                                            lxw_error                 lxw_code,
                                            int                       saved_errno);
void     layanan_xlsx_failure_remember     (LayananXlsxFailure       *self,
                                            lxw_error                 lxw_code);
void     layanan_xlsx_failure_check_sheet  (LayananXlsxFailure       *self,
                                            lxw_worksheet            *sheet);
gboolean layanan_xlsx_failure_check_row    (LayananXlsxFailure       *self,
                                            lxw_row_t                 row);
/* Always FALSE, with a copy of the failure in @error. */
gboolean layanan_xlsx_failure_report       (const LayananXlsxFailure *self,
                                            GError                  **error);

/* A temporary file beside the destination, or NULL with the failure set. */
char    *layanan_xlsx_failure_create_temporary (LayananXlsxFailure *self);

/* A workbook in libxlsxwriter's constant-memory mode, for the exports
 * whose rows stream in: written under a temporary name beside its
 * destination, its rows' own temporary files there too. */
typedef struct
{
  LayananXlsxFailure  failure;    /* the destination and the first failure */
  char               *tmp_path;   /* renamed onto the destination by _save() */
  char               *tmp_dir;    /* libxlsxwriter's own temporary files */
  lxw_workbook       *workbook;   /* NULL once closed */
  GHashTable         *year_formats; /* year → its lxw_format "12/2026" */
} LayananXlsxStream;

gboolean layanan_xlsx_stream_open          (LayananXlsxStream        *self,
                                            const char               *path,
                                            LayananXlsxSaveErrorFunc  set_save_error,
                                            const char               *title,
                                            const char               *author);
/* A sheet of the open workbook, or NULL with the failure set. */
lxw_worksheet *layanan_xlsx_stream_add_sheet (LayananXlsxStream    *self,
                                              const char           *name);
/* One sheet of a report: where to keep it, and its name. */
typedef struct
{
  lxw_worksheet **sheet;
  const char     *name;
} LayananXlsxReportSheet;

/* Adds @n_sheets sheets, each set up as a page of the report of
 * @unit_name; stops at the first that fails, with the failure set. */
void     layanan_xlsx_stream_add_report_sheets (LayananXlsxStream            *self,
                                                const LayananXlsxReportSheet *sheets,
                                                guint                         n_sheets,
                                                const char                   *unit_name);
gboolean layanan_xlsx_stream_save          (LayananXlsxStream        *self,
                                            GError                  **error);
void     layanan_xlsx_stream_clear         (LayananXlsxStream        *self);

/* A number shown with its year, "12/2026", as registers number things. */
lxw_format *layanan_xlsx_stream_year_format (LayananXlsxStream *self,
                                             int                year);

/* Formats and page setup of the reports. */

/* Bold centred headings on grey, wrapped, boxed. */
lxw_format *layanan_xlsx_add_heading_format (lxw_workbook *workbook);
/* Centred title lines of @size points, bold or not. */
lxw_format *layanan_xlsx_add_title_format  (lxw_workbook *workbook,
                                            double        size,
                                            gboolean      bold);
/* A4 landscape, one page wide and as many tall as it takes, centred,
 * "@sheet_name — @unit_name" and the page number in the footer. */
void     layanan_xlsx_set_up_report_page   (LayananXlsxFailure       *failure,
                                            lxw_worksheet            *sheet,
                                            const char               *sheet_name,
                                            const char               *unit_name);

/* The Indonesian lines under a report's title, whatever the interface
 * speaks. */

/* "Periode: 1 Januari 2026 s.d. 31 Januari 2026", with @period_name
 * before the dates when it is not empty: "Periode: Triwulan I (…)". */
char        *layanan_xlsx_period_text      (const char   *date_from,
                                            const char   *date_to,
                                            const char   *period_name,
                                            GError      **error);
/* "Diekspor oleh Budi Santoso, 5 Februari 2026 pukul 10.00 WIB", now
 * when @exported_at is NULL, without "oleh …" when @exported_by is empty. */
char        *layanan_xlsx_exported_text    (const char   *exported_by,
                                            GDateTime    *exported_at);

/* Cells. */

/* Excel's limit on the characters of a cell. */
#define LAYANAN_XLSX_CELL_MAX_CHARS 32767
/* 1900-03-01, the first day Excel counts right: before it, its 1900 has a
 * 29 February. */
#define LAYANAN_XLSX_FIRST_SERIAL 61

char        *layanan_xlsx_clean_text       (const char   *text);
double       layanan_xlsx_excel_serial     (int           year,
                                            int           month,
                                            int           day);
double       layanan_xlsx_instant_serial   (GDateTime    *instant);
/* Dates and instants as Excel counts them, NAN for an empty @text. */
gboolean     layanan_xlsx_read_date        (const char   *text,
                                            double       *serial,
                                            GError      **error);
gboolean     layanan_xlsx_read_instant     (const char   *text,
                                            double       *serial,
                                            GError      **error);
void         layanan_xlsx_write_date       (LayananXlsxFailure *failure,
                                            lxw_worksheet      *sheet,
                                            lxw_row_t           row,
                                            lxw_col_t           col,
                                            double              serial,
                                            const char         *text,
                                            lxw_format         *date_format,
                                            lxw_format         *text_format);
/* Measuring wrapped text, for row heights no spreadsheet fits by itself. */
guint        layanan_xlsx_place_word       (double       *x,
                                            double        spaces,
                                            double        word,
                                            double        available);
guint        layanan_xlsx_text_lines       (const char   *text,
                                            double        width_chars);

G_END_DECLS
