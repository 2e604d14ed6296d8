/* layanan-agenda-export.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-agenda-export"

#include "config.h"

#include "layanan-agenda-export.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "layanan-date.h"
#include "layanan-error.h"
#include "layanan-letter.h"
#include "layanan-xlsx-file.h"

/* The Agenda Surat Masuk is an official register (Buku Agenda, archive
 * class 000.5.3.1): its title, headings and period are Indonesian whatever
 * the language of the interface, and its dates are real date cells shown
 * with Indonesian month names through the locale code of the number format
 * ([$-421] is Indonesian), so that they sort, filter and compute.
 *
 * A year's register holds hundreds of thousands of letters, so the workbook
 * is written in libxlsxwriter's constant-memory mode: each row goes to a
 * temporary file once the next begins and strings are written inline. That
 * is why rows arrive one at a time, in order, and why the autofilter, which
 * needs the last row, is set only in _finish(). */

#define SHEET_NAME "Agenda Surat Masuk"
#define TITLE_TEXT "AGENDA SURAT MASUK"

#define DATE_FORMAT "[$-421]d mmmm yyyy"
#define DATE_TIME_FORMAT "[$-421]d mmmm yyyy hh:mm"

/* Excel's limit on the characters of a cell. */
#define CELL_MAX_CHARS 32767
/* Excel's rows end at 409 pt; the default font sets a line in 15 pt. */
#define MAX_ROW_HEIGHT 409.0
#define LINE_HEIGHT 15.0
/* Excel's footers end at 255 characters. */
#define FOOTER_UNIT_MAX_CHARS 100
/* How often (in rows) to ask whether the temporary file still takes data. */
#define CHECK_EVERY_ROWS 1024

/* 1900-03-01, the first day Excel counts right: before it, its 1900 has a
 * 29 February. */
#define EXCEL_FIRST_SERIAL 61

typedef enum
{
  COL_AGENDA,
  COL_RECEIVED,
  COL_NOMOR,
  COL_TANGGAL,
  COL_PENGIRIM,
  COL_HAL,
  COL_LAMPIRAN,
  COL_KEAMANAN,
  COL_KECEPATAN,
  COL_CLASSIFICATION,
  COL_SERVICE,
  COL_DISPOSED_TO,
  COL_DUE,
  COL_STATUS,
  COL_NOTES,
  N_COLUMNS
} Column;

/* Widths in Excel's unit, the digit of the default font (Calibri 11, 7 px):
 * the dates are as wide as "30 September 2026 14:30", the agenda number as
 * "199999/2026"; the free text wraps. */
static const struct
{
  const char *heading;
  double      width;
} columns[N_COLUMNS] = {
  [COL_AGENDA] = { "No. Agenda", 12 },
  [COL_RECEIVED] = { "Tanggal Terima", 23 },
  [COL_NOMOR] = { "Nomor Surat", 22 },
  [COL_TANGGAL] = { "Tanggal Surat", 18 },
  [COL_PENGIRIM] = { "Pengirim", 28 },
  [COL_HAL] = { "Hal", 40 },
  [COL_LAMPIRAN] = { "Lampiran", 12 },
  [COL_KEAMANAN] = { "Sifat", 10 },
  [COL_KECEPATAN] = { "Kecepatan", 12 },
  [COL_CLASSIFICATION] = { "Kode Klasifikasi", 12 },
  [COL_SERVICE] = { "Layanan", 24 },
  [COL_DISPOSED_TO] = { "Diteruskan Kepada", 22 },
  [COL_DUE] = { "Batas Waktu", 23 },
  [COL_STATUS] = { "Status", 12 },
  [COL_NOTES] = { "Keterangan", 26 },
};

/* The register is Indonesian whatever the interface speaks (see above), so
 * its period line does not go through the translated month names. */
static const char * const indonesian_months[] = {
  NULL, "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
  "Agustus", "September", "Oktober", "November", "Desember",
};

struct _LayananAgendaWriter
{
  /* Owned */
  char          *path;
  char          *tmp_path;       /* beside path, renamed onto it by _finish() */
  char          *tmp_dir;        /* libxlsxwriter's own temporary files */
  lxw_workbook  *workbook;       /* NULL once closed */
  GTimeZone     *wib;
  GHashTable    *agenda_formats; /* year → lxw_format "12/2026" */

  /* Owned by the workbook */
  lxw_worksheet *sheet;
  lxw_format    *title;
  lxw_format    *subtitle;
  lxw_format    *caption;
  lxw_format    *heading;
  lxw_format    *text;
  lxw_format    *date;
  lxw_format    *date_time;

  lxw_row_t      header_row;
  lxw_row_t      next_row;
  GError        *failure;        /* the first write failure; the writer is broken from then on */
  gboolean       finished;
};

static void
set_save_error (GError      **error,
                LayananError  code,
                const char   *path,
                const char   *reason)
{
  g_set_error (error, LAYANAN_ERROR, code,
               _("Cannot save the agenda to %s: %s"), path, reason);
}

static void
set_lxw_error (GError     **error,
               lxw_error    lxw_code,
               int          saved_errno,
               const char  *path)
{
  LayananError code;
  g_autofree char *reason = layanan_xlsx_describe_error (lxw_code, saved_errno, &code);

  set_save_error (error, code, path, reason);
}

static void
remember (LayananAgendaWriter *self,
          lxw_error            error)
{
  if (error != LXW_NO_ERROR && self->failure == NULL)
    set_lxw_error (&self->failure, error, 0, self->path);
}

static gboolean
report_failure (LayananAgendaWriter  *self,
                GError              **error)
{
  g_propagate_error (error, g_error_copy (self->failure));
  return FALSE;
}

/* "Periode: 1 Januari 2026 s.d. 31 Januari 2026". */
static char *
format_indonesian_date (const GDate *date)
{
  return g_strdup_printf ("%d %s %d", (int) g_date_get_day (date),
                          indonesian_months[g_date_get_month (date)],
                          (int) g_date_get_year (date));
}

static char *
period_text (const LayananAgendaHeader  *header,
             GError                    **error)
{
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  GDate from, to;

  if (!layanan_date_parse_iso (header->date_from, &from, error))
    {
      /* Translators: the start of the period chosen for an export */
      g_prefix_error (error, _("The period’s start: "));
      return NULL;
    }
  if (!layanan_date_parse_iso (header->date_to, &to, error))
    {
      /* Translators: the end of the period chosen for an export */
      g_prefix_error (error, _("The period’s end: "));
      return NULL;
    }
  if (g_date_compare (&from, &to) > 0)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("The period ends (%s) before it starts (%s)"),
                   header->date_to, header->date_from);
      return NULL;
    }

  from_text = format_indonesian_date (&from);
  if (g_date_compare (&from, &to) == 0)
    return g_strdup_printf ("Periode: %s", from_text);
  to_text = format_indonesian_date (&to);

  return g_strdup_printf ("Periode: %s s.d. %s", from_text, to_text);
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

/* Lines that @text takes in a column @width_chars wide, wrapping at spaces
 * and inside a word longer than the line, as the spreadsheets do. */
static guint
text_lines (const char *text,
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
          if (x > 0 && x + spaces + word > available)
            {
              lines++;
              x = word;
            }
          else
            x += spaces + word;
          while (x > available)
            {
              lines++;
              x -= available;
            }
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

/* Text as a cell may hold it: valid UTF-8, no control characters but tab
 * and line feed (XML 1.0 has no place for the others and Excel would
 * repair the file), "\r\n" as "\n", and within Excel's length. Returns
 * NULL when @text is fine as it is, which is nearly always. */
static char *
clean_text (const char *text)
{
  gboolean clean = g_utf8_validate (text, -1, NULL);
  GString *out;
  glong n_chars = 0;

  for (const char *p = text; clean && *p != '\0'; p++)
    if (((guchar) *p < 0x20 && *p != '\n' && *p != '\t') || (guchar) *p == 0x7f)
      clean = FALSE;
  if (clean && strlen (text) <= CELL_MAX_CHARS)
    return NULL;
  if (clean && g_utf8_strlen (text, -1) <= CELL_MAX_CHARS)
    return NULL;

  {
    g_autofree char *valid = g_utf8_make_valid (text, -1);
    glong max_chars = g_utf8_strlen (valid, -1) > CELL_MAX_CHARS ? CELL_MAX_CHARS - 1
                      : G_MAXLONG;

    out = g_string_sized_new (strlen (valid));
    for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
      {
        gunichar c = g_utf8_get_char (p);

        if (c == '\r' && p[1] == '\n')
          continue;
        if (n_chars == max_chars)
          {
            /* Cut, and say so. */
            g_string_append_unichar (out, 0x2026);
            break;
          }
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
          c = c == '\r' ? '\n' : ' ';
        g_string_append_unichar (out, c);
        n_chars++;
      }
  }

  return g_string_free (out, FALSE);
}

static void
write_text (LayananAgendaWriter *self,
            lxw_row_t            row,
            Column               col,
            const char          *text)
{
  g_autofree char *cleaned = NULL;

  if (text == NULL || text[0] == '\0')
    {
      remember (self, worksheet_write_blank (self->sheet, row, col, self->text));
      return;
    }

  cleaned = clean_text (text);
  remember (self, worksheet_write_string (self->sheet, row, col,
                                          cleaned != NULL ? cleaned : text, self->text));
}

/* Days since Excel's day 0 (1899-12-30), right from 1900-03-01 on. */
static double
excel_serial (int year,
              int month,
              int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);

  return (double) g_date_get_julian (&date) - 693594;
}

/* A parsed date or instant, ready to write. */
typedef struct
{
  gboolean present;
  gboolean as_text;   /* before March 1900: Excel cannot show it as a date */
  double   serial;
} CellDate;

static gboolean
read_date (const char  *text,
           CellDate    *out,
           GError     **error)
{
  GDate date;

  *out = (CellDate) { 0 };
  if (text == NULL || text[0] == '\0')
    return TRUE;
  if (!layanan_date_parse_iso (text, &date, error))
    return FALSE;

  out->present = TRUE;
  out->serial = excel_serial (g_date_get_year (&date), g_date_get_month (&date),
                              g_date_get_day (&date));
  out->as_text = out->serial < EXCEL_FIRST_SERIAL;
  return TRUE;
}

static gboolean
read_instant (LayananAgendaWriter  *self,
              const char           *text,
              CellDate             *out,
              GError              **error)
{
  g_autoptr(GDateTime) instant = NULL;

  *out = (CellDate) { 0 };
  if (text == NULL || text[0] == '\0')
    return TRUE;
  instant = layanan_date_time_parse (text, self->wib, error);
  if (instant == NULL)
    return FALSE;

  out->present = TRUE;
  out->serial = excel_serial (g_date_time_get_year (instant),
                              g_date_time_get_month (instant),
                              g_date_time_get_day_of_month (instant))
                + (g_date_time_get_hour (instant) * 3600
                   + g_date_time_get_minute (instant) * 60
                   + g_date_time_get_second (instant)) / 86400.0;
  out->as_text = out->serial < EXCEL_FIRST_SERIAL;
  return TRUE;
}

static void
write_date (LayananAgendaWriter *self,
            lxw_row_t            row,
            Column               col,
            const CellDate      *date,
            const char          *text,
            lxw_format          *format)
{
  if (!date->present)
    remember (self, worksheet_write_blank (self->sheet, row, col, self->text));
  else if (date->as_text)
    write_text (self, row, col, text);
  else
    remember (self, worksheet_write_number (self->sheet, row, col, date->serial, format));
}

/* The agenda number is a number, so that it sorts and counts, shown with
 * its year as the register writes it: "12/2026". */
static lxw_format *
agenda_format (LayananAgendaWriter *self,
               int                  year)
{
  lxw_format *format = g_hash_table_lookup (self->agenda_formats, GINT_TO_POINTER (year));

  if (format == NULL)
    {
      g_autofree char *number_format = g_strdup_printf ("0\"/%d\"", year);

      format = workbook_add_format (self->workbook);
      format_set_num_format (format, number_format);
      format_set_align (format, LXW_ALIGN_CENTER);
      format_set_align (format, LXW_ALIGN_VERTICAL_TOP);
      format_set_border (format, LXW_BORDER_THIN);
      g_hash_table_insert (self->agenda_formats, GINT_TO_POINTER (year), format);
    }

  return format;
}

static void
make_formats (LayananAgendaWriter *self)
{
  self->title = workbook_add_format (self->workbook);
  format_set_bold (self->title);
  format_set_font_size (self->title, 14);
  format_set_align (self->title, LXW_ALIGN_CENTER);
  format_set_align (self->title, LXW_ALIGN_VERTICAL_CENTER);

  self->subtitle = workbook_add_format (self->workbook);
  format_set_bold (self->subtitle);
  format_set_font_size (self->subtitle, 12);
  format_set_align (self->subtitle, LXW_ALIGN_CENTER);
  format_set_align (self->subtitle, LXW_ALIGN_VERTICAL_CENTER);

  self->caption = workbook_add_format (self->workbook);
  format_set_align (self->caption, LXW_ALIGN_CENTER);
  format_set_align (self->caption, LXW_ALIGN_VERTICAL_CENTER);

  self->heading = workbook_add_format (self->workbook);
  format_set_bold (self->heading);
  format_set_align (self->heading, LXW_ALIGN_CENTER);
  format_set_align (self->heading, LXW_ALIGN_VERTICAL_CENTER);
  format_set_text_wrap (self->heading);
  format_set_border (self->heading, LXW_BORDER_THIN);
  format_set_bg_color (self->heading, 0xD9D9D9);

  self->text = workbook_add_format (self->workbook);
  format_set_align (self->text, LXW_ALIGN_LEFT);
  format_set_align (self->text, LXW_ALIGN_VERTICAL_TOP);
  format_set_text_wrap (self->text);
  format_set_border (self->text, LXW_BORDER_THIN);

  self->date = workbook_add_format (self->workbook);
  format_set_num_format (self->date, DATE_FORMAT);
  format_set_align (self->date, LXW_ALIGN_LEFT);
  format_set_align (self->date, LXW_ALIGN_VERTICAL_TOP);
  format_set_border (self->date, LXW_BORDER_THIN);

  self->date_time = workbook_add_format (self->workbook);
  format_set_num_format (self->date_time, DATE_TIME_FORMAT);
  format_set_align (self->date_time, LXW_ALIGN_LEFT);
  format_set_align (self->date_time, LXW_ALIGN_VERTICAL_TOP);
  format_set_border (self->date_time, LXW_BORDER_THIN);
}

/* A4 landscape, one page wide and as many tall as it takes, the column
 * headings on top of every page, the unit and the page number below. */
static void
set_up_page (LayananAgendaWriter *self,
             const char          *unit_name)
{
  lxw_header_footer_options options = { .margin = 0.3 };
  g_autoptr(GString) unit = g_string_new (NULL);
  g_autofree char *footer = NULL;

  worksheet_set_paper (self->sheet, 9);
  worksheet_set_landscape (self->sheet);
  worksheet_fit_to_pages (self->sheet, 1, 0);
  worksheet_set_margins (self->sheet, 0.5, 0.5, 0.6, 0.7);
  worksheet_center_horizontally (self->sheet);

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
  footer = g_strdup_printf ("&L&8" SHEET_NAME "%s&R&8Halaman &P dari &N", unit->str);
  remember (self, worksheet_set_footer_opt (self->sheet, footer, &options));
}

static void
write_title_row (LayananAgendaWriter *self,
                 const char          *text,
                 lxw_format          *format,
                 double               height)
{
  g_autofree char *cleaned = clean_text (text);

  worksheet_set_row (self->sheet, self->next_row, height, NULL);
  remember (self, worksheet_merge_range (self->sheet, self->next_row, 0,
                                         self->next_row, N_COLUMNS - 1,
                                         cleaned != NULL ? cleaned : text, format));
  self->next_row++;
}

static void
write_head (LayananAgendaWriter       *self,
            const LayananAgendaHeader *header,
            const char                *period)
{
  for (Column col = 0; col < N_COLUMNS; col++)
    worksheet_set_column (self->sheet, col, col, columns[col].width, NULL);

  write_title_row (self, TITLE_TEXT, self->title, 21);
  if (header->unit_name != NULL && header->unit_name[0] != '\0')
    write_title_row (self, header->unit_name, self->subtitle, 18);
  write_title_row (self, period, self->caption, 15);
  if (header->filter_description != NULL && header->filter_description[0] != '\0')
    write_title_row (self, header->filter_description, self->caption, 15);
  self->next_row++;

  self->header_row = self->next_row++;
  worksheet_set_row (self->sheet, self->header_row, 2 * LINE_HEIGHT + 2, NULL);
  for (Column col = 0; col < N_COLUMNS; col++)
    remember (self, worksheet_write_string (self->sheet, self->header_row, col,
                                            columns[col].heading, self->heading));

  worksheet_freeze_panes (self->sheet, self->header_row + 1, 0);
  worksheet_repeat_rows (self->sheet, self->header_row, self->header_row);
}

static char *
create_temporary (const char  *path,
                  GError     **error)
{
  int saved_errno;
  char *tmp_path = layanan_xlsx_create_temporary (path, &saved_errno);

  if (tmp_path == NULL)
    set_save_error (error, layanan_xlsx_code_for_errno (saved_errno), path,
                    g_strerror (saved_errno));
  return tmp_path;
}

/**
 * layanan_agenda_writer_new:
 * @path: the .xlsx file to write; replaced only by a successful _finish()
 * @header: the unit, the period and the filter the rows were chosen by
 * @error: %LAYANAN_ERROR_INVALID_INPUT for a bad period; a code for the
 *   cause and a message naming @path when the folder cannot take the file
 *
 * Starts a workbook with the register's title rows and column headings.
 * Add the letters in order with layanan_agenda_writer_add_row(), then call
 * layanan_agenda_writer_finish(); freeing the writer before that abandons
 * the export and leaves nothing behind.
 *
 * Returns: (transfer full) (nullable): the writer, or %NULL with @error set
 */
LayananAgendaWriter *
layanan_agenda_writer_new (const char                 *path,
                           const LayananAgendaHeader  *header,
                           GError                    **error)
{
  g_autoptr(LayananAgendaWriter) self = NULL;
  g_autofree char *period = NULL;
  g_autofree char *title = g_strdup (SHEET_NAME);
  g_autofree char *author = NULL;
  lxw_workbook_options options = { .constant_memory = LXW_TRUE, .use_zip64 = LXW_FALSE };
  lxw_doc_properties properties = { 0 };

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (header != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  period = period_text (header, error);
  if (period == NULL)
    return NULL;

  self = g_new0 (LayananAgendaWriter, 1);
  self->path = g_strdup (path);
  self->wib = g_time_zone_new_offset (7 * 3600);
  self->agenda_formats = g_hash_table_new (NULL, NULL);

  self->tmp_path = create_temporary (path, error);
  if (self->tmp_path == NULL)
    return NULL;

  /* The rows wait in libxlsxwriter's temporary files, which may be as big
   * as the workbook unpacked: beside it, a full disk shows up where the
   * user chose to write, and /tmp in memory is spared. */
  self->tmp_dir = g_path_get_dirname (self->tmp_path);
  options.tmpdir = self->tmp_dir;

  errno = 0;
  self->workbook = workbook_new_opt (self->tmp_path, &options);
  if (self->workbook != NULL)
    self->sheet = workbook_add_worksheet (self->workbook, SHEET_NAME);
  if (self->sheet == NULL)
    {
      set_lxw_error (error, LXW_ERROR_CREATING_TMPFILE, errno, path);
      return NULL;
    }

  author = g_strdup (header->unit_name != NULL ? header->unit_name : "");
  properties.title = title;
  properties.author = author;
  properties.created = time (NULL);
  remember (self, workbook_set_properties (self->workbook, &properties));

  make_formats (self);
  set_up_page (self, header->unit_name);
  write_head (self, header, period);

  if (self->failure != NULL)
    {
      report_failure (self, error);
      return NULL;
    }

  return g_steal_pointer (&self);
}

static char *
agenda_text (const LayananAgendaRow *row)
{
  return layanan_agenda_number_format (row->agenda_number, row->agenda_year);
}

/* Prefixes @error with the letter and the field it came from. */
static void
prefix_field (GError                 **error,
              const LayananAgendaRow  *row,
              const char              *field)
{
  g_autofree char *number = agenda_text (row);

  /* Translators: "Agenda number 12/2026, letter date: “2026-02-31” is not a
   * date: …"; the second %s is one of the field names below */
  g_prefix_error (error, _("Agenda number %s, %s: "), number, field);
}

/* libxlsxwriter never looks at its temporary file's stream errors, and
 * would copy a truncated file into the workbook: a full disk is caught
 * here, every few rows and before closing. */
static void
check_temporary_file (LayananAgendaWriter *self)
{
  FILE *file = self->sheet->optimize_tmpfile;
  int saved_errno;

  errno = 0;
  if (self->failure != NULL || file == NULL || (fflush (file) == 0 && !ferror (file)))
    return;

  saved_errno = errno;
  set_save_error (&self->failure, layanan_xlsx_code_for_errno (saved_errno), self->path,
                  saved_errno != 0 ? g_strerror (saved_errno)
                  : _("the rows could not be written to a temporary file"));
}

/* The text columns, in the order of a row. */
static const Column text_columns[] = {
  COL_NOMOR, COL_PENGIRIM, COL_HAL, COL_LAMPIRAN, COL_KEAMANAN, COL_KECEPATAN,
  COL_CLASSIFICATION, COL_SERVICE, COL_DISPOSED_TO, COL_STATUS, COL_NOTES,
};

static const char *
row_text (const LayananAgendaRow *row,
          Column                  col)
{
  switch (col)
    {
    case COL_NOMOR: return row->nomor;
    case COL_PENGIRIM: return row->pengirim;
    case COL_HAL: return row->hal;
    case COL_LAMPIRAN: return row->lampiran;
    case COL_KEAMANAN: return row->keamanan;
    case COL_KECEPATAN: return row->kecepatan;
    case COL_CLASSIFICATION: return row->classification_code;
    case COL_SERVICE: return row->service_name;
    case COL_DISPOSED_TO: return row->disposed_to;
    case COL_STATUS: return row->status;
    case COL_NOTES: return row->notes;
    case COL_AGENDA:
    case COL_RECEIVED:
    case COL_TANGGAL:
    case COL_DUE:
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

/* Writes the text cells of a row high enough to show every line of them. */
static void
write_texts (LayananAgendaWriter    *self,
             lxw_row_t               r,
             const LayananAgendaRow *row)
{
  char *cleaned[G_N_ELEMENTS (text_columns)] = { NULL };
  const char *texts[G_N_ELEMENTS (text_columns)];
  guint lines = 1;

  for (guint i = 0; i < G_N_ELEMENTS (text_columns); i++)
    {
      texts[i] = row_text (row, text_columns[i]);
      if (texts[i] == NULL || texts[i][0] == '\0')
        continue;
      cleaned[i] = clean_text (texts[i]);
      if (cleaned[i] != NULL)
        texts[i] = cleaned[i];
      lines = MAX (lines, text_lines (texts[i], columns[text_columns[i]].width));
    }

  /* In constant memory a row's height is set before its cells. */
  worksheet_set_row (self->sheet, r, MIN (lines * LINE_HEIGHT, MAX_ROW_HEIGHT), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (text_columns); i++)
    {
      if (texts[i] == NULL || texts[i][0] == '\0')
        remember (self, worksheet_write_blank (self->sheet, r, text_columns[i], self->text));
      else
        remember (self, worksheet_write_string (self->sheet, r, text_columns[i], texts[i],
                                                self->text));
      g_free (cleaned[i]);
    }
}

/**
 * layanan_agenda_writer_add_row:
 * @row: the next letter; its strings are copied into the workbook
 *
 * Writes one letter under the ones before. A row with a date or instant
 * that does not parse is refused whole with %LAYANAN_ERROR_INVALID_INPUT
 * naming its agenda number and the field; nothing of it is written, and
 * the caller may go on with the next row or give up. A failure to write
 * (a full disk) breaks the writer: _finish() then fails too.
 *
 * Returns: %TRUE when the row was written
 */
gboolean
layanan_agenda_writer_add_row (LayananAgendaWriter     *self,
                               const LayananAgendaRow  *row,
                               GError                 **error)
{
  CellDate received, tanggal, due;
  lxw_row_t r;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (!self->finished, FALSE);
  g_return_val_if_fail (row != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->failure != NULL)
    return report_failure (self, error);

  if (row->agenda_year < 1 || row->agenda_year > 9999 || row->agenda_number < 1)
    {
      g_autofree char *number = agenda_text (row);

      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("“%s” is not an agenda number: it is a number from 1 on and a year"),
                   number);
      return FALSE;
    }
  if (!read_instant (self, row->received_at, &received, error))
    {
      /* Translators: a field of a letter, named in an error message */
      prefix_field (error, row, _("date received"));
      return FALSE;
    }
  if (!read_date (row->tanggal, &tanggal, error))
    {
      /* Translators: a field of a letter, named in an error message */
      prefix_field (error, row, _("letter date"));
      return FALSE;
    }
  if (!read_instant (self, row->due_at, &due, error))
    {
      /* Translators: a field of a letter, named in an error message */
      prefix_field (error, row, _("due date"));
      return FALSE;
    }

  if (self->next_row >= LXW_ROW_MAX)
    {
      /* Translators: %d is 1048576, the rows of a spreadsheet */
      g_autofree char *reason = g_strdup_printf (_("a sheet holds no more than %d rows; "
                                                   "choose a shorter period"), LXW_ROW_MAX);

      set_save_error (&self->failure, LAYANAN_ERROR_INVALID_INPUT, self->path, reason);
      return report_failure (self, error);
    }

  r = self->next_row++;
  /* libxlsxwriter holds the current row until the next one begins, so its
   * cells may come in any order; the text cells set its height. */
  write_texts (self, r, row);
  remember (self, worksheet_write_number (self->sheet, r, COL_AGENDA, (double) row->agenda_number,
                                          agenda_format (self, row->agenda_year)));
  write_date (self, r, COL_RECEIVED, &received, row->received_at, self->date_time);
  write_date (self, r, COL_TANGGAL, &tanggal, row->tanggal, self->date);
  write_date (self, r, COL_DUE, &due, row->due_at, self->date_time);

  if ((r - self->header_row) % CHECK_EVERY_ROWS == 0)
    check_temporary_file (self);

  if (self->failure != NULL)
    return report_failure (self, error);

  return TRUE;
}

/**
 * layanan_agenda_writer_finish:
 *
 * Completes the workbook and puts it at the path given to _new(),
 * replacing a file that was there. On failure nothing is left at the path
 * (a file that was there stays as it was). Either way the writer is done:
 * free it.
 *
 * Returns: %TRUE when the workbook is saved
 */
gboolean
layanan_agenda_writer_finish (LayananAgendaWriter  *self,
                              GError              **error)
{
  lxw_row_t last_row;
  lxw_error close_error;
  int close_errno;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (!self->finished, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  self->finished = TRUE;

  /* The filter's buttons sit on the headings and cover every letter. */
  last_row = MAX (self->next_row - 1, self->header_row);
  remember (self, worksheet_autofilter (self->sheet, self->header_row, 0,
                                        last_row, N_COLUMNS - 1));
  check_temporary_file (self);

  if (self->failure != NULL)
    return report_failure (self, error);

  errno = 0;
  close_error = workbook_close (g_steal_pointer (&self->workbook));
  close_errno = errno;
  self->sheet = NULL;
  if (close_error != LXW_NO_ERROR)
    {
      set_lxw_error (error, close_error, close_errno, self->path);
      return FALSE;
    }

  if (!layanan_xlsx_sync_file (self->tmp_path) || g_rename (self->tmp_path, self->path) != 0)
    {
      int saved_errno = errno;

      set_save_error (error, layanan_xlsx_code_for_errno (saved_errno), self->path,
                      g_strerror (saved_errno));
      return FALSE;
    }
  g_clear_pointer (&self->tmp_path, g_free);

  return TRUE;
}

/**
 * layanan_agenda_writer_free:
 *
 * Frees the writer; before a successful _finish() this abandons the export
 * (a cancelled job) and removes what was written so far.
 */
void
layanan_agenda_writer_free (LayananAgendaWriter *self)
{
  if (self == NULL)
    return;

  /* An unclosed workbook goes unwritten. Its rows' temporary file is
   * already unlinked, but only workbook_close() closes it. */
  if (self->workbook != NULL)
    {
      if (self->sheet != NULL && self->sheet->optimize_tmpfile != NULL)
        {
          fclose (self->sheet->optimize_tmpfile);
          self->sheet->optimize_tmpfile = NULL;
          self->sheet->file = NULL;
        }
      lxw_workbook_free (self->workbook);
    }
  if (self->tmp_path != NULL)
    g_unlink (self->tmp_path);

  g_clear_error (&self->failure);
  g_clear_pointer (&self->agenda_formats, g_hash_table_unref);
  g_clear_pointer (&self->wib, g_time_zone_unref);
  g_free (self->tmp_dir);
  g_free (self->tmp_path);
  g_free (self->path);
  g_free (self);
}
