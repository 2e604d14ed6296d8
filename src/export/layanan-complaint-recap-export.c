/* layanan-complaint-recap-export.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-complaint-recap-export"

#include "config.h"

#include "layanan-complaint-recap-export.h"

#include <math.h>

#include <glib/gi18n.h>
#include <xlsxwriter.h>

#include "layanan-date.h"
#include "layanan-error.h"
#include "layanan-letter.h"
#include "layanan-xlsx-file.h"

/* The Rekapitulasi Pengaduan is a report for the bureau's meeting: its
 * headings, names and dates are Indonesian whatever the language of the
 * interface, its numbers are numbers (the percentages real fractions with
 * a % format, the totals live SUM formulas with their values cached), and
 * its dates real date cells shown with Indonesian month names.
 *
 * The list of complaints streams in constant-memory mode, one row at a
 * time; the recap sheet comes first in the workbook but is written last,
 * in _finish(), when every complaint has been counted: in constant-memory
 * mode each sheet keeps its own rows in order, independently.
 *
 * Personal data (UU 27/2022 Pelindungan Data Pribadi): the Pelapor and
 * Kontak columns exist only when the caller asks for them, and a
 * confidential or anonymous complaint never brings a name to this file. */

#define RECAP_SHEET "Rekap"
#define LIST_SHEET "Daftar Pengaduan"
#define RECAP_TITLE "REKAPITULASI PENGADUAN"
#define LIST_TITLE "DAFTAR PENGADUAN"
#define DOCUMENT_TITLE "Rekapitulasi Pengaduan"

#define DATE_TIME_FORMAT "[$-421]d mmmm yyyy hh:mm"
#define PERCENT_FORMAT "0.0%"
#define DAYS_FORMAT "0.0"
#define NOT_APPLICABLE "\xe2\x80\x94"   /* — */

#define MAX_ROW_HEIGHT 409.0
#define LINE_HEIGHT 15.0
#define CHECK_EVERY_ROWS 1024

typedef enum
{
  COL_NO,
  COL_REGISTER,
  COL_RECEIVED,
  COL_CHANNEL,
  COL_LAPOR,
  COL_NAME,
  COL_CONTACT,
  COL_CLASSIFICATION,
  COL_CATEGORY,
  COL_SERVICE,
  COL_DESCRIPTION,
  COL_STATUS,
  COL_DUE,
  COL_CLOSED,
  COL_DAYS,
  COL_ON_TIME,
  COL_RESPONSE,
  N_COLUMNS
} Column;

static const struct
{
  const char *heading;
  double      width;
  gboolean    wrap;
} columns[N_COLUMNS] = {
  [COL_NO] = { "No", 6, FALSE },
  [COL_REGISTER] = { "Nomor Register", 13, FALSE },
  [COL_RECEIVED] = { "Diterima", 23, FALSE },
  [COL_CHANNEL] = { "Kanal", 16, TRUE },
  [COL_LAPOR] = { "Nomor LAPOR!", 13, FALSE },
  [COL_NAME] = { "Pelapor", 22, TRUE },
  [COL_CONTACT] = { "Kontak", 18, TRUE },
  [COL_CLASSIFICATION] = { "Klasifikasi", 14, TRUE },
  [COL_CATEGORY] = { "Kategori", 22, TRUE },
  [COL_SERVICE] = { "Layanan", 24, TRUE },
  [COL_DESCRIPTION] = { "Uraian", 40, TRUE },
  [COL_STATUS] = { "Status", 15, TRUE },
  [COL_DUE] = { "Batas Waktu", 23, FALSE },
  [COL_CLOSED] = { "Selesai", 23, FALSE },
  [COL_DAYS] = { "Lama Penyelesaian (hari kerja)", 13, FALSE },
  [COL_ON_TIME] = { "Tepat Waktu", 9, FALSE },
  [COL_RESPONSE] = { "Tanggapan terakhir", 36, TRUE },
};

/* The recap's tables: a label column and these. */
enum
{
  RECAP_LABEL,
  RECAP_TOTAL,
  RECAP_CLOSED,
  RECAP_ON_TIME,
  RECAP_LATE,
  RECAP_OPEN,
  RECAP_OVERDUE,
  RECAP_RATE,
  RECAP_AVERAGE,
  N_RECAP_COLUMNS
};

static const struct
{
  const char *heading;
  double      width;
} recap_columns[N_RECAP_COLUMNS] = {
  [RECAP_LABEL] = { NULL, 34 },
  [RECAP_TOTAL] = { "Jumlah", 10 },
  [RECAP_CLOSED] = { "Selesai", 10 },
  [RECAP_ON_TIME] = { "Tepat Waktu", 10 },
  [RECAP_LATE] = { "Terlambat", 10 },
  [RECAP_OPEN] = { "Belum Selesai", 10 },
  [RECAP_OVERDUE] = { "Lewat Batas Waktu", 11 },
  [RECAP_RATE] = { "% Tepat Waktu", 10 },
  [RECAP_AVERAGE] = { "Rata-rata Penyelesaian (hari kerja)", 14 },
};

static const struct
{
  LayananComplaintRecapAxis  axis;
  const char                *title;
  const char                *label;
} recap_tables[] = {
  { LAYANAN_COMPLAINT_RECAP_BY_MONTH, "Per Bulan", "Bulan" },
  { LAYANAN_COMPLAINT_RECAP_BY_CATEGORY, "Per Kategori", "Kategori" },
  { LAYANAN_COMPLAINT_RECAP_BY_CHANNEL, "Per Kanal", "Kanal" },
  { LAYANAN_COMPLAINT_RECAP_BY_STATUS, "Per Status", "Status" },
  { LAYANAN_COMPLAINT_RECAP_BY_CLASSIFICATION, "Per Klasifikasi", "Klasifikasi" },
};

struct _LayananComplaintRecapWriter
{
  /* Owned */
  LayananXlsxStream file;           /* the workbook, its destination, its first failure */
  char          *unit_name;
  char          *period;
  char          *exported;

  /* Owned by the workbook */
  lxw_worksheet *recap_sheet;
  lxw_worksheet *list_sheet;
  lxw_format    *title;
  lxw_format    *subtitle;
  lxw_format    *caption;
  lxw_format    *section;
  lxw_format    *heading;
  lxw_format    *text;
  lxw_format    *wrapped;
  lxw_format    *number;
  lxw_format    *date_time;
  lxw_format    *percent;
  lxw_format    *days;
  lxw_format    *centered;
  lxw_format    *total_text;
  lxw_format    *total_number;
  lxw_format    *total_percent;
  lxw_format    *total_days;

  int            position[N_COLUMNS];  /* the column of each, -1 when left out */
  int            n_columns;
  lxw_row_t      header_row;
  lxw_row_t      next_row;
  guint          n_rows;
  gboolean       finished;
};

/* Translators: %s is a file name, then why it failed */
LAYANAN_XLSX_DEFINE_SAVE_ERROR (set_save_error, _("Cannot save the complaint recap to %s: %s"))

static void
remember (LayananComplaintRecapWriter *self,
          lxw_error                    error)
{
  layanan_xlsx_failure_remember (&self->file.failure, error);
}

/* ───────────────────────── formats and setup ───────────────────────── */

static lxw_format *
cell_format (LayananComplaintRecapWriter *self,
             lxw_format                  *format)
{
  format_set_align (format, LXW_ALIGN_VERTICAL_TOP);
  format_set_border (format, LXW_BORDER_THIN);
  return format;
}

static void
make_formats (LayananComplaintRecapWriter *self)
{
  self->title = layanan_xlsx_add_title_format (self->file.workbook, 14, TRUE);
  self->subtitle = layanan_xlsx_add_title_format (self->file.workbook, 12, TRUE);
  self->caption = layanan_xlsx_add_title_format (self->file.workbook, 11, FALSE);

  self->section = workbook_add_format (self->file.workbook);
  format_set_bold (self->section);

  self->heading = layanan_xlsx_add_heading_format (self->file.workbook);

  self->text = cell_format (self, workbook_add_format (self->file.workbook));
  self->wrapped = cell_format (self, workbook_add_format (self->file.workbook));
  format_set_text_wrap (self->wrapped);
  self->number = cell_format (self, workbook_add_format (self->file.workbook));
  self->centered = cell_format (self, workbook_add_format (self->file.workbook));
  format_set_align (self->centered, LXW_ALIGN_CENTER);
  self->date_time = cell_format (self, workbook_add_format (self->file.workbook));
  format_set_num_format (self->date_time, DATE_TIME_FORMAT);
  format_set_align (self->date_time, LXW_ALIGN_LEFT);
  self->percent = cell_format (self, workbook_add_format (self->file.workbook));
  format_set_num_format (self->percent, PERCENT_FORMAT);
  format_set_align (self->percent, LXW_ALIGN_RIGHT);
  self->days = cell_format (self, workbook_add_format (self->file.workbook));
  format_set_num_format (self->days, DAYS_FORMAT);
  format_set_align (self->days, LXW_ALIGN_RIGHT);

  self->total_text = cell_format (self, workbook_add_format (self->file.workbook));
  format_set_bold (self->total_text);
  format_set_bg_color (self->total_text, 0xF2F2F2);
  self->total_number = cell_format (self, workbook_add_format (self->file.workbook));
  format_set_bold (self->total_number);
  format_set_bg_color (self->total_number, 0xF2F2F2);
  self->total_percent = cell_format (self, workbook_add_format (self->file.workbook));
  format_set_bold (self->total_percent);
  format_set_bg_color (self->total_percent, 0xF2F2F2);
  format_set_num_format (self->total_percent, PERCENT_FORMAT);
  format_set_align (self->total_percent, LXW_ALIGN_RIGHT);
  self->total_days = cell_format (self, workbook_add_format (self->file.workbook));
  format_set_bold (self->total_days);
  format_set_bg_color (self->total_days, 0xF2F2F2);
  format_set_num_format (self->total_days, DAYS_FORMAT);
  format_set_align (self->total_days, LXW_ALIGN_RIGHT);
}

static void
write_title_row (LayananComplaintRecapWriter *self,
                 lxw_worksheet               *sheet,
                 lxw_row_t                    row,
                 lxw_col_t                    last_col,
                 const char                  *text,
                 lxw_format                  *format,
                 double                       height)
{
  g_autofree char *cleaned = layanan_xlsx_clean_text (text);

  worksheet_set_row (sheet, row, height, NULL);
  remember (self, worksheet_merge_range (sheet, row, 0, row, last_col,
                                         cleaned != NULL ? cleaned : text, format));
}

/* The title lines of a sheet; returns the row after them and a blank one. */
static lxw_row_t
write_titles (LayananComplaintRecapWriter *self,
              lxw_worksheet               *sheet,
              const char                  *title,
              lxw_col_t                    last_col)
{
  lxw_row_t row = 0;

  write_title_row (self, sheet, row++, last_col, title, self->title, 21);
  if (self->unit_name[0] != '\0')
    write_title_row (self, sheet, row++, last_col, self->unit_name, self->subtitle, 18);
  write_title_row (self, sheet, row++, last_col, self->period, self->caption, 15);
  write_title_row (self, sheet, row++, last_col, self->exported, self->caption, 15);
  return row + 1;
}

static void
lay_out_columns (LayananComplaintRecapWriter *self,
                 gboolean                     include_personal_data)
{
  int next = 0;

  for (Column col = 0; col < N_COLUMNS; col++)
    {
      gboolean personal = col == COL_NAME || col == COL_CONTACT;

      self->position[col] = personal && !include_personal_data ? -1 : next++;
    }
  self->n_columns = next;
}

static void
write_list_head (LayananComplaintRecapWriter *self)
{
  lxw_worksheet *sheet = self->list_sheet;

  for (Column col = 0; col < N_COLUMNS; col++)
    if (self->position[col] >= 0)
      worksheet_set_column (sheet, self->position[col], self->position[col],
                            columns[col].width, NULL);

  self->header_row = write_titles (self, sheet, LIST_TITLE, self->n_columns - 1);
  self->next_row = self->header_row + 1;
  worksheet_set_row (sheet, self->header_row, 3 * LINE_HEIGHT + 2, NULL);
  for (Column col = 0; col < N_COLUMNS; col++)
    if (self->position[col] >= 0)
      remember (self, worksheet_write_string (sheet, self->header_row, self->position[col],
                                              columns[col].heading, self->heading));

  worksheet_freeze_panes (sheet, self->header_row + 1, 0);
  worksheet_repeat_rows (sheet, self->header_row, self->header_row);
}

/**
 * layanan_complaint_recap_writer_new:
 * @path: the .xlsx file to write; replaced only by a successful _finish()
 * @header: the unit, the period, who exports, and whether personal data
 *   goes in
 * @error: %LAYANAN_ERROR_INVALID_INPUT for a bad period; a code for the
 *   cause and a message naming @path when the folder cannot take the file
 *
 * Starts the workbook. Add the complaints in order with _add_row() (and
 * count them in a #LayananComplaintRecap), then call _finish(); freeing the
 * writer before that abandons the export and leaves nothing behind.
 *
 * Returns: (transfer full) (nullable): the writer, or %NULL with @error set
 */
LayananComplaintRecapWriter *
layanan_complaint_recap_writer_new (const char                         *path,
                                    const LayananComplaintRecapHeader  *header,
                                    GError                            **error)
{
  g_autoptr(LayananComplaintRecapWriter) self = NULL;
  g_autofree char *period = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (header != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  period = layanan_xlsx_period_text (header->date_from, header->date_to, NULL, error);
  if (period == NULL)
    return NULL;

  self = g_new0 (LayananComplaintRecapWriter, 1);
  self->unit_name = g_strdup (header->unit_name != NULL ? header->unit_name : "");
  self->period = g_steal_pointer (&period);
  self->exported = layanan_xlsx_exported_text (header->exported_by, header->exported_at);

  if (layanan_xlsx_stream_open (&self->file, path, set_save_error, DOCUMENT_TITLE,
                                self->unit_name))
    {
      self->recap_sheet = layanan_xlsx_stream_add_sheet (&self->file, RECAP_SHEET);
      self->list_sheet = layanan_xlsx_stream_add_sheet (&self->file, LIST_SHEET);
    }
  if (self->list_sheet != NULL)
    {
      make_formats (self);
      lay_out_columns (self, header->include_personal_data);
      layanan_xlsx_set_up_report_page (&self->file.failure, self->recap_sheet, RECAP_SHEET,
                                       self->unit_name);
      layanan_xlsx_set_up_report_page (&self->file.failure, self->list_sheet, LIST_SHEET,
                                       self->unit_name);
      write_list_head (self);
    }

  if (self->file.failure.error != NULL)
    {
      layanan_xlsx_failure_report (&self->file.failure, error);
      return NULL;
    }
  return g_steal_pointer (&self);
}

/* ───────────────────────── the list ───────────────────────── */

static char *
register_text (const LayananComplaintListRow *row)
{
  return layanan_agenda_number_format (row->register_number, row->register_year);
}

static void
prefix_field (GError                        **error,
              const LayananComplaintListRow  *row,
              const char                     *field)
{
  g_autofree char *number = register_text (row);

  /* Translators: "Complaint 12/2026, due date: “2026-02-31” is not a
   * date: …"; the second %s is a field of a complaint */
  g_prefix_error (error, _("Complaint %s, %s: "), number, field);
}

static void
check_temporary_file (LayananComplaintRecapWriter *self,
                      lxw_worksheet               *sheet)
{
  layanan_xlsx_failure_check_sheet (&self->file.failure, sheet);
}

/* What the identity columns show: never a confidential or anonymous name. */
static const char *
identity_text (const LayananComplaintListRow *row,
               const char                    *named)
{
  switch (row->identity)
    {
    case LAYANAN_COMPLAINANT_CONFIDENTIAL:
      return "Dirahasiakan";
    case LAYANAN_COMPLAINANT_ANONYMOUS:
      return "Anonim";
    case LAYANAN_COMPLAINANT_NAMED:
    default:
      return named;
    }
}

static const char *
timing_text (LayananSettlementTiming timing)
{
  switch (timing)
    {
    case LAYANAN_SETTLEMENT_ON_TIME:
      return "Ya";
    case LAYANAN_SETTLEMENT_LATE:
      return "Tidak";
    case LAYANAN_SETTLEMENT_NONE:
    default:
      return NOT_APPLICABLE;
    }
}

static const char *
row_text (const LayananComplaintListRow *row,
          Column                         col)
{
  switch (col)
    {
    case COL_CHANNEL: return row->channel;
    case COL_LAPOR: return row->lapor_number;
    case COL_NAME: return identity_text (row, row->complainant_name);
    case COL_CONTACT: return identity_text (row, row->complainant_contact);
    case COL_CLASSIFICATION: return row->classification;
    case COL_CATEGORY: return row->category;
    case COL_SERVICE: return row->service;
    case COL_DESCRIPTION: return row->description;
    case COL_STATUS: return row->status;
    case COL_ON_TIME: return timing_text (row->timing);
    case COL_RESPONSE: return row->last_response;
    case COL_NO:
    case COL_REGISTER:
    case COL_RECEIVED:
    case COL_DUE:
    case COL_CLOSED:
    case COL_DAYS:
    case N_COLUMNS:
    default:
      return NULL;
    }
}

static const Column text_columns[] = {
  COL_CHANNEL, COL_LAPOR, COL_NAME, COL_CONTACT, COL_CLASSIFICATION, COL_CATEGORY,
  COL_SERVICE, COL_DESCRIPTION, COL_STATUS, COL_ON_TIME, COL_RESPONSE,
};

/* The text cells of a row, the row high enough for every line of them. */
static void
write_texts (LayananComplaintRecapWriter   *self,
             lxw_row_t                      r,
             const LayananComplaintListRow *row)
{
  char *cleaned[G_N_ELEMENTS (text_columns)] = { NULL };
  const char *texts[G_N_ELEMENTS (text_columns)] = { NULL };
  guint lines = 1;

  for (guint i = 0; i < G_N_ELEMENTS (text_columns); i++)
    {
      Column col = text_columns[i];

      if (self->position[col] < 0)
        continue;
      texts[i] = row_text (row, col);
      if (texts[i] == NULL || texts[i][0] == '\0')
        continue;
      cleaned[i] = layanan_xlsx_clean_text (texts[i]);
      if (cleaned[i] != NULL)
        texts[i] = cleaned[i];
      if (columns[col].wrap)
        lines = MAX (lines, layanan_xlsx_text_lines (texts[i], columns[col].width));
    }

  /* In constant memory a row's height is set before its cells. */
  worksheet_set_row (self->list_sheet, r, MIN (lines * LINE_HEIGHT, MAX_ROW_HEIGHT), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (text_columns); i++)
    {
      Column col = text_columns[i];
      lxw_format *format = col == COL_ON_TIME ? self->centered
                           : columns[col].wrap ? self->wrapped : self->text;

      if (self->position[col] < 0)
        continue;
      if (texts[i] == NULL || texts[i][0] == '\0')
        remember (self, worksheet_write_blank (self->list_sheet, r, self->position[col], format));
      else
        remember (self, worksheet_write_string (self->list_sheet, r, self->position[col],
                                                texts[i], format));
      g_free (cleaned[i]);
    }
}

static void
write_instant (LayananComplaintRecapWriter *self,
               lxw_row_t                    r,
               Column                       col,
               double                       serial,
               const char                  *text)
{
  layanan_xlsx_write_date (&self->file.failure, self->list_sheet, r, self->position[col], serial,
                           text, self->date_time, self->text);
}

static gboolean
read_row_instants (LayananComplaintRecapWriter    *self,
                   const LayananComplaintListRow  *row,
                   double                          serials[3],
                   GError                        **error)
{
  /* Translators: a field of a complaint, named in an error message */
  if (!layanan_xlsx_read_instant (row->received_at, &serials[0], error))
    prefix_field (error, row, _("received at"));
  /* Translators: a field of a complaint, named in an error message */
  else if (!layanan_xlsx_read_instant (row->due_at, &serials[1], error))
    prefix_field (error, row, _("due date"));
  /* Translators: a field of a complaint, named in an error message */
  else if (!layanan_xlsx_read_instant (row->closed_at, &serials[2], error))
    prefix_field (error, row, _("closed at"));
  else
    return TRUE;
  return FALSE;
}

/**
 * layanan_complaint_recap_writer_add_row:
 * @row: the next complaint; its strings are copied into the workbook
 *
 * Writes one line of the list under the ones before. A row with an instant
 * that does not parse is refused whole with %LAYANAN_ERROR_INVALID_INPUT
 * naming the complaint's register number and the field. A failure to write
 * (a full disk) breaks the writer: _finish() then fails too.
 *
 * Returns: %TRUE when the row was written
 */
gboolean
layanan_complaint_recap_writer_add_row (LayananComplaintRecapWriter    *self,
                                        const LayananComplaintListRow  *row,
                                        GError                        **error)
{
  double serials[3];
  lxw_row_t r;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (!self->finished, FALSE);
  g_return_val_if_fail (row != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->file.failure.error != NULL)
    return layanan_xlsx_failure_report (&self->file.failure, error);

  if (row->register_year < 1 || row->register_year > 9999 || row->register_number < 1)
    {
      g_autofree char *number = register_text (row);

      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("“%s” is not a register number: it is a number from 1 on and a year"),
                   number);
      return FALSE;
    }
  if (!read_row_instants (self, row, serials, error))
    return FALSE;

  if (!layanan_xlsx_failure_check_row (&self->file.failure, self->next_row))
    return layanan_xlsx_failure_report (&self->file.failure, error);

  r = self->next_row++;
  self->n_rows++;
  write_texts (self, r, row);
  remember (self, worksheet_write_number (self->list_sheet, r, self->position[COL_NO],
                                          self->n_rows, self->centered));
  remember (self, worksheet_write_number (self->list_sheet, r, self->position[COL_REGISTER],
                                          (double) row->register_number,
                                          layanan_xlsx_stream_year_format (&self->file, row->register_year)));
  write_instant (self, r, COL_RECEIVED, serials[0], row->received_at);
  write_instant (self, r, COL_DUE, serials[1], row->due_at);
  write_instant (self, r, COL_CLOSED, serials[2], row->closed_at);
  if (row->settlement_days >= 0)
    remember (self, worksheet_write_number (self->list_sheet, r, self->position[COL_DAYS],
                                            row->settlement_days, self->centered));
  else
    remember (self, worksheet_write_blank (self->list_sheet, r, self->position[COL_DAYS],
                                           self->centered));

  if (self->n_rows % CHECK_EVERY_ROWS == 0)
    check_temporary_file (self, self->list_sheet);
  if (self->file.failure.error != NULL)
    return layanan_xlsx_failure_report (&self->file.failure, error);
  return TRUE;
}

/* ───────────────────────── the recap ───────────────────────── */

static char *
group_label (const LayananComplaintRecapGroup *group,
             LayananComplaintRecapAxis         axis)
{
  switch (axis)
    {
    case LAYANAN_COMPLAINT_RECAP_BY_MONTH:
      return g_strdup_printf ("%s %d", layanan_date_indonesian_month_name (group->value), group->year);
    case LAYANAN_COMPLAINT_RECAP_BY_CATEGORY:
      return g_strdup (group->key != NULL ? group->key : "Tanpa Kategori");
    case LAYANAN_COMPLAINT_RECAP_BY_CHANNEL:
      return g_strdup (layanan_channel_kind_get_official_name (group->value));
    case LAYANAN_COMPLAINT_RECAP_BY_STATUS:
      return g_strdup (layanan_complaint_status_get_official_name (group->value));
    case LAYANAN_COMPLAINT_RECAP_BY_CLASSIFICATION:
      return g_strdup (layanan_complaint_kind_get_official_name (group->value));
    default:
      g_return_val_if_reached (NULL);
    }
}

static char *
cell_name (lxw_row_t row,
           int       col)
{
  return g_strdup_printf ("%c%u", 'A' + col, (guint) row + 1);
}

/* % Tepat Waktu as a live formula over the row's own Tepat Waktu and
 * Terlambat, its value cached for readers that do not compute. */
static void
write_rate (LayananComplaintRecapWriter *self,
            lxw_row_t                    r,
            const LayananComplaintTally *tally,
            lxw_format                  *format)
{
  g_autofree char *on_time = cell_name (r, RECAP_ON_TIME);
  g_autofree char *late = cell_name (r, RECAP_LATE);
  g_autofree char *formula = g_strdup_printf ("=IF(%s+%s=0,\"" NOT_APPLICABLE "\",%s/(%s+%s))",
                                              on_time, late, on_time, on_time, late);
  double rate = layanan_complaint_tally_on_time_rate (tally);

  if (isnan (rate))
    remember (self, worksheet_write_formula_str (self->recap_sheet, r, RECAP_RATE, formula,
                                                 format, NOT_APPLICABLE));
  else
    remember (self, worksheet_write_formula_num (self->recap_sheet, r, RECAP_RATE, formula,
                                                 format, rate));
}

static void
write_average (LayananComplaintRecapWriter *self,
               lxw_row_t                    r,
               const LayananComplaintTally *tally,
               lxw_format                  *format)
{
  double average = layanan_complaint_tally_average_days (tally);

  if (isnan (average))
    remember (self, worksheet_write_string (self->recap_sheet, r, RECAP_AVERAGE,
                                            NOT_APPLICABLE, format));
  else
    remember (self, worksheet_write_number (self->recap_sheet, r, RECAP_AVERAGE, average,
                                            format));
}

static const guint *
tally_counts (const LayananComplaintTally *tally,
              guint                        counts[N_RECAP_COLUMNS])
{
  counts[RECAP_TOTAL] = tally->total;
  counts[RECAP_CLOSED] = tally->closed;
  counts[RECAP_ON_TIME] = tally->on_time;
  counts[RECAP_LATE] = tally->late;
  counts[RECAP_OPEN] = tally->open;
  counts[RECAP_OVERDUE] = tally->overdue;
  return counts;
}

static void
write_group_row (LayananComplaintRecapWriter *self,
                 lxw_row_t                    r,
                 const char                  *label,
                 const LayananComplaintTally *tally)
{
  guint counts[N_RECAP_COLUMNS];

  tally_counts (tally, counts);
  remember (self, worksheet_write_string (self->recap_sheet, r, RECAP_LABEL, label,
                                          self->wrapped));
  for (int col = RECAP_TOTAL; col <= RECAP_OVERDUE; col++)
    remember (self, worksheet_write_number (self->recap_sheet, r, col, counts[col],
                                            self->number));
  write_rate (self, r, tally, self->percent);
  write_average (self, r, tally, self->days);
}

/* The totals of a table: SUM formulas over its lines, whose cached values
 * are the recap's overall counts (every complaint is in one line of each
 * table, so the two agree, and a recalculation shows it). */
static void
write_total_row (LayananComplaintRecapWriter *self,
                 lxw_row_t                    r,
                 lxw_row_t                    first,
                 guint                        n_groups,
                 const LayananComplaintTally *total)
{
  guint counts[N_RECAP_COLUMNS];

  tally_counts (total, counts);
  remember (self, worksheet_write_string (self->recap_sheet, r, RECAP_LABEL, "Jumlah",
                                          self->total_text));
  for (int col = RECAP_TOTAL; col <= RECAP_OVERDUE; col++)
    {
      g_autofree char *top = cell_name (first, col);
      g_autofree char *bottom = cell_name (first + n_groups - 1, col);
      g_autofree char *formula = g_strdup_printf ("=SUM(%s:%s)", top, bottom);

      if (n_groups == 0)
        remember (self, worksheet_write_number (self->recap_sheet, r, col, 0,
                                                self->total_number));
      else
        remember (self, worksheet_write_formula_num (self->recap_sheet, r, col, formula,
                                                     self->total_number, counts[col]));
    }
  write_rate (self, r, total, self->total_percent);
  write_average (self, r, total, self->total_days);
}

static lxw_row_t
write_table (LayananComplaintRecapWriter *self,
             LayananComplaintRecap       *recap,
             guint                        table,
             lxw_row_t                    r)
{
  LayananComplaintRecapAxis axis = recap_tables[table].axis;
  guint n_groups = layanan_complaint_recap_get_n_groups (recap, axis);
  lxw_row_t first;

  remember (self, worksheet_write_string (self->recap_sheet, r++, 0, recap_tables[table].title,
                                          self->section));
  worksheet_set_row (self->recap_sheet, r, 3 * LINE_HEIGHT + 2, NULL);
  remember (self, worksheet_write_string (self->recap_sheet, r, RECAP_LABEL,
                                          recap_tables[table].label, self->heading));
  for (int col = RECAP_TOTAL; col < N_RECAP_COLUMNS; col++)
    remember (self, worksheet_write_string (self->recap_sheet, r, col,
                                            recap_columns[col].heading, self->heading));
  first = ++r;

  for (guint i = 0; i < n_groups; i++)
    {
      const LayananComplaintRecapGroup *group = layanan_complaint_recap_get_group (recap, axis,
                                                                                   i);
      g_autofree char *label = group_label (group, axis);
      g_autofree char *cleaned = layanan_xlsx_clean_text (label);

      write_group_row (self, r++, cleaned != NULL ? cleaned : label, &group->tally);
    }
  write_total_row (self, r++, first, n_groups, layanan_complaint_recap_get_total (recap));
  return r + 1;
}

static void
write_recap (LayananComplaintRecapWriter *self,
             LayananComplaintRecap       *recap)
{
  lxw_row_t r;

  for (int col = 0; col < N_RECAP_COLUMNS; col++)
    worksheet_set_column (self->recap_sheet, col, col, recap_columns[col].width, NULL);

  r = write_titles (self, self->recap_sheet, RECAP_TITLE, N_RECAP_COLUMNS - 1);
  for (guint i = 0; i < G_N_ELEMENTS (recap_tables); i++)
    r = write_table (self, recap, i, r);
  worksheet_activate (self->recap_sheet);
}

/**
 * layanan_complaint_recap_writer_finish:
 * @recap: the complaints of the list, counted
 *
 * Writes the recap sheet, completes the workbook and puts it at the path
 * given to _new(), replacing a file that was there. On failure nothing is
 * left at the path (a file that was there stays as it was). Either way the
 * writer is done: free it.
 *
 * Returns: %TRUE when the workbook is saved
 */
gboolean
layanan_complaint_recap_writer_finish (LayananComplaintRecapWriter  *self,
                                       LayananComplaintRecap        *recap,
                                       GError                      **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (!self->finished, FALSE);
  g_return_val_if_fail (recap != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  self->finished = TRUE;

  remember (self, worksheet_autofilter (self->list_sheet, self->header_row, 0,
                                        MAX (self->next_row - 1, self->header_row),
                                        self->n_columns - 1));
  write_recap (self, recap);
  check_temporary_file (self, self->list_sheet);
  check_temporary_file (self, self->recap_sheet);
  self->recap_sheet = NULL;
  self->list_sheet = NULL;
  return layanan_xlsx_stream_save (&self->file, error);
}

/**
 * layanan_complaint_recap_writer_free:
 *
 * Frees the writer; before a successful _finish() this abandons the export
 * (a cancelled job) and removes what was written so far.
 */
void
layanan_complaint_recap_writer_free (LayananComplaintRecapWriter *self)
{
  if (self == NULL)
    return;

  layanan_xlsx_stream_clear (&self->file);
  g_free (self->exported);
  g_free (self->period);
  g_free (self->unit_name);
  g_free (self);
}
