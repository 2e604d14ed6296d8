/* layanan-agenda-export.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-agenda-export"

#include "config.h"

#include "layanan-agenda-export.h"


#include <glib/gi18n.h>
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

/* Excel's rows end at 409 pt; the default font sets a line in 15 pt. */
#define MAX_ROW_HEIGHT 409.0
#define LINE_HEIGHT 15.0
/* How often (in rows) to ask whether the temporary file still takes data. */
#define CHECK_EVERY_ROWS 1024

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

struct _LayananAgendaWriter
{
  /* Owned */
  LayananXlsxStream file;        /* the workbook, its destination, its first failure */

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
  gboolean       finished;
};

LAYANAN_XLSX_DEFINE_SAVE_ERROR (set_save_error, _("Cannot save the agenda to %s: %s"))

/* "Periode: 1 Januari 2026 s.d. 31 Januari 2026", or one day; the
 * register is Indonesian whatever the interface speaks (see above). */
static char *
period_text (const LayananAgendaHeader  *header,
             GError                    **error)
{
  g_autofree char *dates = NULL;
  GDate from, to;

  if (!layanan_date_parse_period (header->date_from, header->date_to, &from, &to, error))
    return NULL;

  if (g_date_compare (&from, &to) == 0)
    dates = layanan_date_format_indonesian (&from);
  else
    dates = layanan_date_format_indonesian_range (&from, &to);

  return g_strdup_printf ("Periode: %s", dates);
}

static void
remember (LayananAgendaWriter *self,
          lxw_error            error)
{
  layanan_xlsx_failure_remember (&self->file.failure, error);
}

static void
write_date (LayananAgendaWriter *self,
            lxw_row_t            row,
            Column               col,
            double               serial,
            const char          *text,
            lxw_format          *format)
{
  layanan_xlsx_write_date (&self->file.failure, self->sheet, row, col, serial, text, format,
                           self->text);
}

static void
make_formats (LayananAgendaWriter *self)
{
  self->title = workbook_add_format (self->file.workbook);
  format_set_bold (self->title);
  format_set_font_size (self->title, 14);
  format_set_align (self->title, LXW_ALIGN_CENTER);
  format_set_align (self->title, LXW_ALIGN_VERTICAL_CENTER);

  self->subtitle = workbook_add_format (self->file.workbook);
  format_set_bold (self->subtitle);
  format_set_font_size (self->subtitle, 12);
  format_set_align (self->subtitle, LXW_ALIGN_CENTER);
  format_set_align (self->subtitle, LXW_ALIGN_VERTICAL_CENTER);

  self->caption = workbook_add_format (self->file.workbook);
  format_set_align (self->caption, LXW_ALIGN_CENTER);
  format_set_align (self->caption, LXW_ALIGN_VERTICAL_CENTER);

  self->heading = layanan_xlsx_add_heading_format (self->file.workbook);

  self->text = workbook_add_format (self->file.workbook);
  format_set_align (self->text, LXW_ALIGN_LEFT);
  format_set_align (self->text, LXW_ALIGN_VERTICAL_TOP);
  format_set_text_wrap (self->text);
  format_set_border (self->text, LXW_BORDER_THIN);

  self->date = workbook_add_format (self->file.workbook);
  format_set_num_format (self->date, DATE_FORMAT);
  format_set_align (self->date, LXW_ALIGN_LEFT);
  format_set_align (self->date, LXW_ALIGN_VERTICAL_TOP);
  format_set_border (self->date, LXW_BORDER_THIN);

  self->date_time = workbook_add_format (self->file.workbook);
  format_set_num_format (self->date_time, DATE_TIME_FORMAT);
  format_set_align (self->date_time, LXW_ALIGN_LEFT);
  format_set_align (self->date_time, LXW_ALIGN_VERTICAL_TOP);
  format_set_border (self->date_time, LXW_BORDER_THIN);
}

static void
write_title_row (LayananAgendaWriter *self,
                 const char          *text,
                 lxw_format          *format,
                 double               height)
{
  g_autofree char *cleaned = layanan_xlsx_clean_text (text);

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

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (header != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  period = period_text (header, error);
  if (period == NULL)
    return NULL;

  self = g_new0 (LayananAgendaWriter, 1);

  if (layanan_xlsx_stream_open (&self->file, path, set_save_error, SHEET_NAME,
                                header->unit_name))
    self->sheet = layanan_xlsx_stream_add_sheet (&self->file, SHEET_NAME);
  if (self->sheet != NULL)
    {
      make_formats (self);
      /* The column headings are on top of every page too (write_head). */
      layanan_xlsx_set_up_report_page (&self->file.failure, self->sheet, SHEET_NAME,
                                       header->unit_name);
      write_head (self, header, period);
    }

  if (self->file.failure.error != NULL)
    {
      layanan_xlsx_failure_report (&self->file.failure, error);
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

static void
check_temporary_file (LayananAgendaWriter *self)
{
  layanan_xlsx_failure_check_sheet (&self->file.failure, self->sheet);
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
      cleaned[i] = layanan_xlsx_clean_text (texts[i]);
      if (cleaned[i] != NULL)
        texts[i] = cleaned[i];
      lines = MAX (lines, layanan_xlsx_text_lines (texts[i], columns[text_columns[i]].width));
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
  double received, tanggal, due;
  lxw_row_t r;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (!self->finished, FALSE);
  g_return_val_if_fail (row != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->file.failure.error != NULL)
    return layanan_xlsx_failure_report (&self->file.failure, error);

  if (row->agenda_year < 1 || row->agenda_year > 9999 || row->agenda_number < 1)
    {
      g_autofree char *number = agenda_text (row);

      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("“%s” is not an agenda number: it is a number from 1 on and a year"),
                   number);
      return FALSE;
    }
  if (!layanan_xlsx_read_instant (row->received_at, &received, error))
    {
      /* Translators: a field of a letter, named in an error message */
      prefix_field (error, row, _("date received"));
      return FALSE;
    }
  if (!layanan_xlsx_read_date (row->tanggal, &tanggal, error))
    {
      /* Translators: a field of a letter, named in an error message */
      prefix_field (error, row, _("letter date"));
      return FALSE;
    }
  if (!layanan_xlsx_read_instant (row->due_at, &due, error))
    {
      /* Translators: a field of a letter, named in an error message */
      prefix_field (error, row, _("due date"));
      return FALSE;
    }

  if (!layanan_xlsx_failure_check_row (&self->file.failure, self->next_row))
    return layanan_xlsx_failure_report (&self->file.failure, error);

  r = self->next_row++;
  /* libxlsxwriter holds the current row until the next one begins, so its
   * cells may come in any order; the text cells set its height. */
  write_texts (self, r, row);
  remember (self, worksheet_write_number (self->sheet, r, COL_AGENDA, (double) row->agenda_number,
                                          layanan_xlsx_stream_year_format (&self->file,
                                                                           row->agenda_year)));
  write_date (self, r, COL_RECEIVED, received, row->received_at, self->date_time);
  write_date (self, r, COL_TANGGAL, tanggal, row->tanggal, self->date);
  write_date (self, r, COL_DUE, due, row->due_at, self->date_time);

  if ((r - self->header_row) % CHECK_EVERY_ROWS == 0)
    check_temporary_file (self);

  if (self->file.failure.error != NULL)
    return layanan_xlsx_failure_report (&self->file.failure, error);

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

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (!self->finished, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  self->finished = TRUE;

  /* The filter's buttons sit on the headings and cover every letter. */
  last_row = MAX (self->next_row - 1, self->header_row);
  remember (self, worksheet_autofilter (self->sheet, self->header_row, 0,
                                        last_row, N_COLUMNS - 1));
  check_temporary_file (self);

  self->sheet = NULL;
  return layanan_xlsx_stream_save (&self->file, error);
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

  layanan_xlsx_stream_clear (&self->file);
  g_free (self);
}
