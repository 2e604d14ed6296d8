/* layanan-xlsx-file.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-xlsx-file"

#include "config.h"

#include "layanan-xlsx-file.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "layanan-date.h"

LayananError
layanan_xlsx_code_for_errno (int saved_errno)
{
  switch (saved_errno)
    {
    case EACCES:
    case EPERM:
    case EROFS:
    case ENOTDIR:
    case EISDIR:
      return LAYANAN_ERROR_DATABASE_READ_ONLY;
    case ENOSPC:
    case EDQUOT:
    case EFBIG:
      return LAYANAN_ERROR_DATABASE_FULL;
    case ENOENT:
      return LAYANAN_ERROR_NOT_FOUND;
    default:
      return LAYANAN_ERROR_FAILED;
    }
}

static gboolean
is_file_error (lxw_error lxw_code)
{
  switch (lxw_code)
    {
    case LXW_ERROR_CREATING_XLSX_FILE:
    case LXW_ERROR_CREATING_TMPFILE:
    case LXW_ERROR_READING_TMPFILE:
    case LXW_ERROR_ZIP_FILE_OPERATION:
    case LXW_ERROR_ZIP_PARAMETER_ERROR:
    case LXW_ERROR_ZIP_BAD_ZIP_FILE:
    case LXW_ERROR_ZIP_INTERNAL_ERROR:
    case LXW_ERROR_ZIP_FILE_ADD:
    case LXW_ERROR_ZIP_CLOSE:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_input_error (lxw_error lxw_code)
{
  switch (lxw_code)
    {
    case LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED:
    case LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED:
    case LXW_ERROR_INVALID_SHEETNAME_CHARACTER:
    case LXW_ERROR_SHEETNAME_START_END_APOSTROPHE:
    case LXW_ERROR_SHEETNAME_ALREADY_USED:
      return TRUE;
    default:
      return FALSE;
    }
}

char *
layanan_xlsx_describe_error (lxw_error     lxw_code,
                             int           saved_errno,
                             LayananError *code)
{
  if (saved_errno != 0 && is_file_error (lxw_code))
    {
      *code = layanan_xlsx_code_for_errno (saved_errno);
      return g_strdup_printf ("%s (%s)", lxw_strerror (lxw_code), g_strerror (saved_errno));
    }

  *code = is_input_error (lxw_code) ? LAYANAN_ERROR_INVALID_INPUT : LAYANAN_ERROR_FAILED;
  return g_strdup (lxw_strerror (lxw_code));
}

/* Making the file here, before any row is written, also gives the system's
 * reason for a folder that is missing or read-only at once. */
char *
layanan_xlsx_create_temporary (const char *path,
                               int        *saved_errno)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = g_strdup_printf (".%s.XXXXXX", base);
  g_autofree char *tmpl = g_build_filename (dir, name, NULL);
  int fd;

  fd = g_mkstemp_full (tmpl, O_RDWR | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      *saved_errno = errno;
      return NULL;
    }
  close (fd);

  *saved_errno = 0;
  return g_steal_pointer (&tmpl);
}

gboolean
layanan_xlsx_sync_file (const char *path)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  gboolean ok;

  if (fd < 0)
    return FALSE;
  ok = fsync (fd) == 0;
  close (fd);

  return ok;
}

/* ───────────────────────── the first failure ───────────────────────── */

void
layanan_xlsx_failure_init (LayananXlsxFailure       *self,
                           const char               *path,
                           LayananXlsxSaveErrorFunc  set_save_error)
{
  self->path = g_strdup (path);
  self->set_save_error = set_save_error;
  self->error = NULL;
}

void
layanan_xlsx_failure_clear (LayananXlsxFailure *self)
{
  g_clear_error (&self->error);
  g_clear_pointer (&self->path, g_free);
}

void
layanan_xlsx_failure_set (LayananXlsxFailure *self,
                          LayananError        code,
                          const char         *reason)
{
  if (self->error == NULL)
    self->set_save_error (&self->error, code, self->path, reason);
}

void
layanan_xlsx_failure_set_errno (LayananXlsxFailure *self,
                                int                 saved_errno)
{
  layanan_xlsx_failure_set (self, layanan_xlsx_code_for_errno (saved_errno),
                            g_strerror (saved_errno));
}

void
layanan_xlsx_failure_set_lxw (LayananXlsxFailure *self,
                              lxw_error           lxw_code,
                              int                 saved_errno)
{
  LayananError code;
  g_autofree char *reason = layanan_xlsx_describe_error (lxw_code, saved_errno, &code);

  layanan_xlsx_failure_set (self, code, reason);
}

/* For the result of a libxlsxwriter call, which leaves errno alone. */
void
layanan_xlsx_failure_remember (LayananXlsxFailure *self,
                               lxw_error           lxw_code)
{
  if (lxw_code != LXW_NO_ERROR && self->error == NULL)
    layanan_xlsx_failure_set_lxw (self, lxw_code, 0);
}

/* libxlsxwriter never looks at the stream errors of a constant-memory
 * sheet's temporary file, and would copy a truncated file into the
 * workbook: a full disk is caught here, every few rows and before closing. */
void
layanan_xlsx_failure_check_sheet (LayananXlsxFailure *self,
                                  lxw_worksheet      *sheet)
{
  FILE *file = sheet->optimize_tmpfile;
  int saved_errno;

  errno = 0;
  if (self->error != NULL || file == NULL || (fflush (file) == 0 && !ferror (file)))
    return;

  saved_errno = errno;
  layanan_xlsx_failure_set (self, layanan_xlsx_code_for_errno (saved_errno),
                            saved_errno != 0 ? g_strerror (saved_errno)
                            : _("the rows could not be written to a temporary file"));
}

/* Whether a sheet has room for @row; the failure says when not. */
gboolean
layanan_xlsx_failure_check_row (LayananXlsxFailure *self,
                                lxw_row_t           row)
{
  g_autofree char *reason = NULL;

  if (row < LXW_ROW_MAX)
    return TRUE;

  /* Translators: %d is 1048576, the rows of a spreadsheet */
  reason = g_strdup_printf (_("a sheet holds no more than %d rows; choose a shorter period"),
                            LXW_ROW_MAX);
  layanan_xlsx_failure_set (self, LAYANAN_ERROR_INVALID_INPUT, reason);
  return FALSE;
}

gboolean
layanan_xlsx_failure_report (const LayananXlsxFailure  *self,
                             GError                   **error)
{
  g_propagate_error (error, g_error_copy (self->error));
  return FALSE;
}

/* ───────────────────────── the file ───────────────────────── */

char *
layanan_xlsx_failure_create_temporary (LayananXlsxFailure *self)
{
  int saved_errno;
  char *tmp_path = layanan_xlsx_create_temporary (self->path, &saved_errno);

  if (tmp_path == NULL)
    layanan_xlsx_failure_set_errno (self, saved_errno);
  return tmp_path;
}

/* Closes @workbook (written at @tmp_path) and renames it onto the
 * destination; FALSE with the failure set. */
static gboolean
save_into_place (LayananXlsxFailure *self,
                 lxw_workbook       *workbook,
                 const char         *tmp_path)
{
  lxw_error close_error;
  int close_errno;

  errno = 0;
  close_error = workbook_close (workbook);
  close_errno = errno;
  if (close_error != LXW_NO_ERROR)
    {
      layanan_xlsx_failure_set_lxw (self, close_error, close_errno);
      return FALSE;
    }

  if (!layanan_xlsx_sync_file (tmp_path) || g_rename (tmp_path, self->path) != 0)
    {
      layanan_xlsx_failure_set_errno (self, errno);
      return FALSE;
    }

  return TRUE;
}

/* An unclosed workbook goes unwritten. The rows' temporary files of its
 * constant-memory sheets are already unlinked, but only workbook_close()
 * would close them. */
static void
abandon (lxw_workbook *workbook)
{
  lxw_worksheet *sheet;

  if (workbook == NULL)
    return;

  LXW_FOREACH_WORKSHEET (sheet, workbook)
    if (sheet->optimize_tmpfile != NULL)
      {
        fclose (sheet->optimize_tmpfile);
        sheet->optimize_tmpfile = NULL;
        sheet->file = NULL;
      }
  lxw_workbook_free (workbook);
}

/* ───────────────────────── streamed workbooks ───────────────────────── */

/**
 * layanan_xlsx_stream_open:
 * @path: the destination, replaced only by a successful _save()
 * @set_save_error: words the export's message for every failure
 * @title: (nullable): the document's title property
 * @author: (nullable): its author property
 *
 * Starts an empty workbook in constant-memory mode; add its sheets at once.
 * Clear @self with layanan_xlsx_stream_clear() whatever happens.
 *
 * Returns: %TRUE, or %FALSE with the failure set
 */
gboolean
layanan_xlsx_stream_open (LayananXlsxStream        *self,
                          const char               *path,
                          LayananXlsxSaveErrorFunc  set_save_error,
                          const char               *title,
                          const char               *author)
{
  lxw_workbook_options options = { .constant_memory = LXW_TRUE, .use_zip64 = LXW_FALSE };
  lxw_doc_properties properties = { 0 };
  g_autofree char *title_copy = g_strdup (title != NULL ? title : "");
  g_autofree char *author_copy = g_strdup (author != NULL ? author : "");

  layanan_xlsx_failure_init (&self->failure, path, set_save_error);
  self->year_formats = g_hash_table_new (NULL, NULL);
  self->tmp_path = layanan_xlsx_failure_create_temporary (&self->failure);
  if (self->tmp_path == NULL)
    return FALSE;

  /* The rows wait in libxlsxwriter's temporary files, which may be as big
   * as the workbook unpacked: beside it, a full disk shows up where the
   * user chose to write, and /tmp in memory is spared. */
  self->tmp_dir = g_path_get_dirname (self->tmp_path);
  options.tmpdir = self->tmp_dir;

  /* errno stays as the workbook leaves it, for a sheet that cannot be added. */
  errno = 0;
  self->workbook = workbook_new_opt (self->tmp_path, &options);
  if (self->workbook == NULL)
    {
      layanan_xlsx_failure_set_lxw (&self->failure, LXW_ERROR_CREATING_TMPFILE, errno);
      return FALSE;
    }

  properties.title = title_copy;
  properties.author = author_copy;
  properties.created = time (NULL);
  layanan_xlsx_failure_remember (&self->failure,
                                 workbook_set_properties (self->workbook, &properties));

  return TRUE;
}

lxw_worksheet *
layanan_xlsx_stream_add_sheet (LayananXlsxStream *self,
                               const char        *name)
{
  lxw_worksheet *sheet;

  if (self->failure.error != NULL)
    return NULL;

  sheet = workbook_add_worksheet (self->workbook, name);
  if (sheet == NULL)
    layanan_xlsx_failure_set_lxw (&self->failure, LXW_ERROR_CREATING_TMPFILE, errno);
  return sheet;
}

void
layanan_xlsx_stream_add_report_sheets (LayananXlsxStream            *self,
                                       const LayananXlsxReportSheet *sheets,
                                       guint                         n_sheets,
                                       const char                   *unit_name)
{
  for (guint i = 0; i < n_sheets; i++)
    {
      *sheets[i].sheet = layanan_xlsx_stream_add_sheet (self, sheets[i].name);
      if (*sheets[i].sheet == NULL)
        return;
      layanan_xlsx_set_up_report_page (&self->failure, *sheets[i].sheet, sheets[i].name,
                                       unit_name);
    }
}

/* Completes the workbook and renames it onto the destination; on failure
 * the destination is as it was. */
gboolean
layanan_xlsx_stream_save (LayananXlsxStream  *self,
                          GError            **error)
{
  if (self->failure.error != NULL
      || !save_into_place (&self->failure, g_steal_pointer (&self->workbook), self->tmp_path))
    return layanan_xlsx_failure_report (&self->failure, error);

  g_clear_pointer (&self->tmp_path, g_free);
  return TRUE;
}

/* Before a successful _save() this abandons the workbook and removes what
 * was written so far. */
void
layanan_xlsx_stream_clear (LayananXlsxStream *self)
{
  g_clear_pointer (&self->workbook, abandon);
  if (self->tmp_path != NULL)
    g_unlink (self->tmp_path);

  g_clear_pointer (&self->tmp_path, g_free);
  g_clear_pointer (&self->tmp_dir, g_free);
  g_clear_pointer (&self->year_formats, g_hash_table_unref);
  layanan_xlsx_failure_clear (&self->failure);
}

lxw_format *
layanan_xlsx_add_heading_format (lxw_workbook *workbook)
{
  lxw_format *format = workbook_add_format (workbook);

  format_set_bold (format);
  format_set_align (format, LXW_ALIGN_CENTER);
  format_set_align (format, LXW_ALIGN_VERTICAL_CENTER);
  format_set_text_wrap (format);
  format_set_border (format, LXW_BORDER_THIN);
  format_set_bg_color (format, 0xD9D9D9);
  return format;
}

lxw_format *
layanan_xlsx_add_title_format (lxw_workbook *workbook,
                               double        size,
                               gboolean      bold)
{
  lxw_format *format = workbook_add_format (workbook);

  if (bold)
    format_set_bold (format);
  format_set_font_size (format, size);
  format_set_align (format, LXW_ALIGN_CENTER);
  format_set_align (format, LXW_ALIGN_VERTICAL_CENTER);
  return format;
}

char *
layanan_xlsx_period_text (const char  *date_from,
                          const char  *date_to,
                          const char  *period_name,
                          GError     **error)
{
  g_autofree char *dates = NULL;
  GDate from, to;

  if (!layanan_date_parse_period (date_from, date_to, &from, &to, error))
    return NULL;

  dates = layanan_date_format_indonesian_range (&from, &to);
  if (period_name == NULL || period_name[0] == '\0')
    return g_strdup_printf ("Periode: %s", dates);
  return g_strdup_printf ("Periode: %s (%s)", period_name, dates);
}

char *
layanan_xlsx_exported_text (const char *exported_by,
                            GDateTime  *exported_at)
{
  g_autoptr(GTimeZone) wib = g_time_zone_new_offset (7 * 3600);
  g_autoptr(GDateTime) now = exported_at == NULL ? g_date_time_new_now (wib) : NULL;
  g_autoptr(GDateTime) local = g_date_time_to_timezone (exported_at != NULL ? exported_at : now,
                                                        wib);
  g_autofree char *when = g_strdup_printf ("%d %s %d pukul %02d.%02d WIB",
                                           g_date_time_get_day_of_month (local),
                                           layanan_date_indonesian_month_name (g_date_time_get_month (local)),
                                           g_date_time_get_year (local),
                                           g_date_time_get_hour (local),
                                           g_date_time_get_minute (local));

  if (exported_by != NULL && exported_by[0] != '\0')
    return g_strdup_printf ("Diekspor oleh %s, %s", exported_by, when);
  return g_strdup_printf ("Diekspor %s", when);
}

/* A number, so that it sorts and counts; boxed and centred at the top of
 * its cell, as the other cells of a register's row. */
lxw_format *
layanan_xlsx_stream_year_format (LayananXlsxStream *self,
                                 int                year)
{
  lxw_format *format = g_hash_table_lookup (self->year_formats, GINT_TO_POINTER (year));

  if (format == NULL)
    {
      g_autofree char *number_format = g_strdup_printf ("0\"/%d\"", year);

      format = workbook_add_format (self->workbook);
      format_set_num_format (format, number_format);
      format_set_align (format, LXW_ALIGN_CENTER);
      format_set_align (format, LXW_ALIGN_VERTICAL_TOP);
      format_set_border (format, LXW_BORDER_THIN);
      g_hash_table_insert (self->year_formats, GINT_TO_POINTER (year), format);
    }

  return format;
}

/* Excel's footers end at 255 characters. */
#define FOOTER_UNIT_MAX_CHARS 100

void
layanan_xlsx_set_up_report_page (LayananXlsxFailure *failure,
                                 lxw_worksheet      *sheet,
                                 const char         *sheet_name,
                                 const char         *unit_name)
{
  lxw_header_footer_options options = { .margin = 0.3 };
  g_autoptr(GString) unit = g_string_new (NULL);
  g_autofree char *footer = NULL;

  worksheet_set_paper (sheet, 9);
  worksheet_set_landscape (sheet);
  worksheet_fit_to_pages (sheet, 1, 0);
  worksheet_set_margins (sheet, 0.5, 0.5, 0.6, 0.7);
  worksheet_center_horizontally (sheet);

  if (unit_name != NULL && unit_name[0] != '\0')
    {
      g_string_append (unit, " \xe2\x80\x94 ");
      g_string_append_len (unit, unit_name,
                           g_utf8_offset_to_pointer (unit_name,
                                                     MIN (g_utf8_strlen (unit_name, -1),
                                                          FOOTER_UNIT_MAX_CHARS))
                           - unit_name);
      /* "&" starts a code in a footer. */
      g_string_replace (unit, "&", "&&", 0);
    }
  footer = g_strdup_printf ("&L&8%s%s&R&8Halaman &P dari &N", sheet_name, unit->str);
  layanan_xlsx_failure_remember (failure, worksheet_set_footer_opt (sheet, footer, &options));
}

/* ───────────────────────── cells ───────────────────────── */

static gboolean
is_cell_text (const char *text)
{
  if (!g_utf8_validate (text, -1, NULL))
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (((guchar) *p < 0x20 && *p != '\n' && *p != '\t') || (guchar) *p == 0x7f)
      return FALSE;

  return strlen (text) <= LAYANAN_XLSX_CELL_MAX_CHARS
         || g_utf8_strlen (text, -1) <= LAYANAN_XLSX_CELL_MAX_CHARS;
}

/**
 * layanan_xlsx_clean_text:
 *
 * Text as a cell may hold it: valid UTF-8, no control characters but tab
 * and line feed (XML 1.0 has no place for the others and Excel would
 * repair the file), "\r\n" as "\n", and within Excel's length, cut with
 * "…" to say so.
 *
 * Returns: (transfer full) (nullable): the cleaned text, or %NULL when
 *   @text is fine as it is, which is nearly always
 */
char *
layanan_xlsx_clean_text (const char *text)
{
  g_autofree char *valid = NULL;
  glong max_chars, n_chars = 0;
  GString *out;

  if (is_cell_text (text))
    return NULL;

  valid = g_utf8_make_valid (text, -1);
  max_chars = g_utf8_strlen (valid, -1) > LAYANAN_XLSX_CELL_MAX_CHARS
              ? LAYANAN_XLSX_CELL_MAX_CHARS - 1 : G_MAXLONG;
  out = g_string_sized_new (strlen (valid));
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\r' && p[1] == '\n')
        continue;
      if (n_chars == max_chars)
        {
          g_string_append_unichar (out, 0x2026);
          break;
        }
      if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
        c = c == '\r' ? '\n' : ' ';
      g_string_append_unichar (out, c);
      n_chars++;
    }

  return g_string_free (out, FALSE);
}

/* Days since Excel's day 0 (1899-12-30), right from 1900-03-01 on
 * (LAYANAN_XLSX_FIRST_SERIAL). */
double
layanan_xlsx_excel_serial (int year,
                           int month,
                           int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);

  return (double) g_date_get_julian (&date) - 693594;
}

/* @instant as Excel counts it, in its own time zone. */
double
layanan_xlsx_instant_serial (GDateTime *instant)
{
  return layanan_xlsx_excel_serial (g_date_time_get_year (instant),
                                    g_date_time_get_month (instant),
                                    g_date_time_get_day_of_month (instant))
         + (g_date_time_get_hour (instant) * 3600
            + g_date_time_get_minute (instant) * 60
            + g_date_time_get_second (instant)) / 86400.0;
}

gboolean
layanan_xlsx_read_date (const char  *text,
                        double      *serial,
                        GError     **error)
{
  GDate date;

  *serial = NAN;
  if (text == NULL || text[0] == '\0')
    return TRUE;
  if (!layanan_date_parse_iso (text, &date, error))
    return FALSE;

  *serial = layanan_xlsx_excel_serial (g_date_get_year (&date), g_date_get_month (&date),
                                       g_date_get_day (&date));
  return TRUE;
}

/* The instant in the bureau's zone, WIB, as its registers show it. */
gboolean
layanan_xlsx_read_instant (const char  *text,
                           double      *serial,
                           GError     **error)
{
  g_autoptr(GDateTime) instant = NULL;

  *serial = NAN;
  if (text == NULL || text[0] == '\0')
    return TRUE;
  instant = layanan_date_time_parse (text, NULL, error);
  if (instant == NULL)
    return FALSE;

  *serial = layanan_xlsx_instant_serial (instant);
  return TRUE;
}

/* A date cell as layanan_xlsx_read_date() or _read_instant() gave it:
 * blank for none, and @text itself before 1900-03-01, which Excel cannot
 * show as a date. */
void
layanan_xlsx_write_date (LayananXlsxFailure *failure,
                         lxw_worksheet      *sheet,
                         lxw_row_t           row,
                         lxw_col_t           col,
                         double              serial,
                         const char         *text,
                         lxw_format         *date_format,
                         lxw_format         *text_format)
{
  lxw_error result;

  if (isnan (serial))
    result = worksheet_write_blank (sheet, row, col, text_format);
  else if (serial < LAYANAN_XLSX_FIRST_SERIAL)
    result = worksheet_write_string (sheet, row, col, text, text_format);
  else
    result = worksheet_write_number (sheet, row, col, serial, date_format);
  layanan_xlsx_failure_remember (failure, result);
}

/* Sets a word @word wide, after @spaces, on a line of @available filled
 * up to @x, as the spreadsheets wrap: onto the next line when it does not
 * fit, cut where it is longer than a line. Returns the lines it began. */
guint
layanan_xlsx_place_word (double *x,
                         double  spaces,
                         double  word,
                         double  available)
{
  guint lines = 0;

  if (*x > 0 && *x + spaces + word > available)
    {
      lines++;
      *x = word;
    }
  else
    *x += spaces + word;
  while (*x > available)
    {
      lines++;
      *x -= available;
    }

  return lines;
}

/* Advance widths of Calibri (and Carlito, metric-compatible, which
 * LibreOffice uses for it), the default font, for ' ' to '~', in
 * thousandths of an em. Neither Excel nor LibreOffice fits a row of
 * libxlsxwriter's to its wrapped text, so the rows are measured here;
 * other characters count as a lower-case letter, a little wide. */
static const guint16 calibri_widths[] = {
  226, 326, 401, 498, 507, 715, 682, 221, 303, 303, 498, 498, 250, 258, 252, 386,
  507, 507, 507, 507, 507, 507, 507, 507, 507, 507, 268, 268, 498, 498, 498, 463,
  894, 579, 537, 533, 615, 488, 459, 624, 623, 252, 319, 520, 420, 855, 646, 656,
  517, 688, 543, 459, 443, 642, 567, 890, 519, 453, 468, 307, 386, 307, 498, 498,
  291, 452, 505, 401, 504, 456, 305, 471, 516, 229, 239, 455, 229, 790, 516, 481,
  505, 504, 349, 374, 338, 515, 452, 715, 433, 453, 395, 314, 460, 314, 498,
};
G_STATIC_ASSERT (G_N_ELEMENTS (calibri_widths) == '~' - ' ' + 1);

static int
char_width (gunichar c)
{
  return c >= ' ' && c <= '~' ? calibri_widths[c - ' '] : 520;
}

/* Lines that @text takes in a column @width_chars wide (in Excel's unit,
 * the digit of Calibri 11, 7 px), wrapping at spaces and inside a word
 * longer than the line, as the spreadsheets do. */
guint
layanan_xlsx_text_lines (const char *text,
                         double      width_chars)
{
  /* The column's pixels less the cell's padding, in thousandths of an em
   * of the 11-point font (14.67 px). */
  double available = (width_chars * 7 + 5 - 6) / (11 * 96.0 / 72) * 1000;
  double x = 0, word = 0, spaces = 0;
  guint lines = 1;

  for (const char *p = text; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != ' ' && c != '\n' && c != '\0')
        {
          word += char_width (c);
          continue;
        }

      if (word > 0)
        {
          lines += layanan_xlsx_place_word (&x, spaces, word, available);
          spaces = 0;
          word = 0;
        }

      if (c == ' ')
        spaces += char_width (c);
      else if (c == '\n')
        {
          lines++;
          x = 0;
          spaces = 0;
        }
      else
        break;
    }

  return lines;
}
