/* layanan-workload-export.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-workload-export"

#include "config.h"

#include "layanan-workload-export.h"

#include <math.h>

#include <glib/gi18n.h>
#include <xlsxwriter.h>

#include "layanan-date.h"
#include "layanan-error.h"
#include "layanan-xlsx-file.h"

/* The Laporan Beban Kerja goes to the bureau's own meeting: its headings
 * are Indonesian whatever the interface speaks, its counts are numbers,
 * its totals live formulas with their values cached, its dates real date
 * cells. Every sheet is written top to bottom in constant memory, the way
 * the other reports are. The chart on "Per Pegawai" reads the sheet's own
 * "Total Terbuka" and "Lewat Batas Waktu" columns, so it follows an edit. */

#define STAFF_SHEET "Per Pegawai"
#define SECTIONS_SHEET "Per Bagian"
#define SERVICES_SHEET "Per Layanan"
#define OVERDUE_SHEET "Lewat Batas Waktu"
#define DOCUMENT_TITLE "Laporan Beban Kerja"

#define DATE_FORMAT "[$-421]d mmm yyyy"
#define DAYS_FORMAT "0.0"
#define NOT_APPLICABLE "\xe2\x80\x94"   /* — */
#define LINE_HEIGHT 15.0

/* The columns of "Per Pegawai"; "Per Bagian" has no COL_SECTION. */
typedef enum
{
  COL_NO,
  COL_NAME,
  COL_SECTION,
  COL_LETTERS,
  COL_LETTERS_OPEN,
  COL_COMPLAINTS,
  COL_COMPLAINTS_OPEN,
  COL_OPEN,
  COL_DUE_THIS_WEEK,
  COL_OVERDUE,
  COL_ON_TIME,
  COL_LATE,
  COL_AVERAGE,
  COL_AGE_0,
  COL_AGE_1,
  COL_AGE_2,
  COL_AGE_3,
  N_COLUMNS
} Column;

static const struct
{
  const char *heading;
  double      width;
} columns[N_COLUMNS] = {
  [COL_NO] = { "No", 5 },
  [COL_NAME] = { "Nama", 24 },
  [COL_SECTION] = { "Bagian", 22 },
  [COL_LETTERS] = { "Surat Diterima", 10 },
  [COL_LETTERS_OPEN] = { "Surat Belum Selesai", 10 },
  [COL_COMPLAINTS] = { "Pengaduan Diterima", 10 },
  [COL_COMPLAINTS_OPEN] = { "Pengaduan Belum Selesai", 11 },
  [COL_OPEN] = { "Total Terbuka", 9 },
  [COL_DUE_THIS_WEEK] = { "Jatuh Tempo Minggu Ini", 11 },
  [COL_OVERDUE] = { "Lewat Batas Waktu", 10 },
  [COL_ON_TIME] = { "Selesai Tepat Waktu", 10 },
  [COL_LATE] = { "Selesai Terlambat", 10 },
  [COL_AVERAGE] = { "Rata-rata Hari Kerja Penyelesaian", 13 },
  [COL_AGE_0] = { "Umur 0\xe2\x80\x93" "5 HK", 8 },
  [COL_AGE_1] = { "Umur 6\xe2\x80\x93" "10 HK", 8 },
  [COL_AGE_2] = { "Umur 11\xe2\x80\x93" "20 HK", 8 },
  [COL_AGE_3] = { "Umur > 20 HK", 8 },
};

typedef struct
{
  const LayananWorkloadReport *report;

  /* Owned */
  LayananXlsxStream            file;
  char                        *period;
  char                        *exported;
  double                      *assigned_on;   /* per overdue item, Excel serials */
  double                      *due_on;

  /* Owned by the workbook */
  lxw_worksheet               *staff;
  lxw_worksheet               *sections;
  lxw_worksheet               *services;
  lxw_worksheet               *overdue;
  lxw_format                  *title;
  lxw_format                  *subtitle;
  lxw_format                  *caption;
  lxw_format                  *heading;
  lxw_format                  *text;
  lxw_format                  *number;
  lxw_format                  *days;
  lxw_format                  *date;
  lxw_format                  *total_text;
  lxw_format                  *total_number;
} Writer;

/* Translators: %s is a file name, then why it failed */
LAYANAN_XLSX_DEFINE_SAVE_ERROR (set_save_error, _("Cannot save the workload report to %s: %s"))

static void
remember (Writer    *self,
          lxw_error  error)
{
  layanan_xlsx_failure_remember (&self->file.failure, error);
}

/* ───────────────────────── cells ───────────────────────── */

static void
write_text (Writer        *self,
            lxw_worksheet *sheet,
            lxw_row_t      row,
            lxw_col_t      col,
            const char    *text,
            lxw_format    *format)
{
  g_autofree char *cleaned = NULL;

  if (text == NULL || text[0] == '\0')
    {
      remember (self, worksheet_write_blank (sheet, row, col, format));
      return;
    }
  cleaned = layanan_xlsx_clean_text (text);
  remember (self, worksheet_write_string (sheet, row, col, cleaned != NULL ? cleaned : text,
                                          format));
}

static void
write_number (Writer        *self,
              lxw_worksheet *sheet,
              lxw_row_t      row,
              lxw_col_t      col,
              double         value)
{
  remember (self, worksheet_write_number (sheet, row, col, value, self->number));
}

static char *
cell (lxw_row_t row,
      lxw_col_t col)
{
  char name[LXW_MAX_CELL_NAME_LENGTH];

  lxw_rowcol_to_cell (name, row, col);
  return g_strdup (name);
}

/* A "Jumlah" row: a SUM over each numeric column of the lines above,
 * cached with @totals (the caller's own sum). */
static void
write_total_row (Writer        *self,
                 lxw_worksheet *sheet,
                 lxw_row_t      row,
                 lxw_row_t      first,
                 lxw_col_t      label_col,
                 lxw_col_t      first_col,
                 const double  *totals,
                 guint          n_totals)
{
  remember (self, worksheet_write_string (sheet, row, label_col, "Jumlah", self->total_text));
  for (lxw_col_t col = 0; col < label_col; col++)
    remember (self, worksheet_write_blank (sheet, row, col, self->total_text));

  for (guint i = 0; i < n_totals; i++)
    {
      lxw_col_t col = first_col + i;
      g_autofree char *top = cell (first, col);
      g_autofree char *bottom = cell (row - 1, col);
      g_autofree char *formula = g_strdup_printf ("=SUM(%s:%s)", top, bottom);

      if (row == first)
        remember (self, worksheet_write_number (sheet, row, col, 0, self->total_number));
      else
        remember (self, worksheet_write_formula_num (sheet, row, col, formula,
                                                     self->total_number, totals[i]));
    }
}

/* ───────────────────────── formats and titles ───────────────────────── */

static lxw_format *
boxed (Writer *self)
{
  lxw_format *format = workbook_add_format (self->file.workbook);

  format_set_align (format, LXW_ALIGN_VERTICAL_TOP);
  format_set_border (format, LXW_BORDER_THIN);
  return format;
}

static void
make_formats (Writer *self)
{
  self->title = layanan_xlsx_add_title_format (self->file.workbook, 14, TRUE);
  self->subtitle = layanan_xlsx_add_title_format (self->file.workbook, 12, TRUE);
  self->caption = layanan_xlsx_add_title_format (self->file.workbook, 11, FALSE);
  self->heading = layanan_xlsx_add_heading_format (self->file.workbook);

  self->text = boxed (self);
  format_set_text_wrap (self->text);
  self->number = boxed (self);
  format_set_align (self->number, LXW_ALIGN_CENTER);
  self->days = boxed (self);
  format_set_align (self->days, LXW_ALIGN_CENTER);
  format_set_num_format (self->days, DAYS_FORMAT);
  self->date = boxed (self);
  format_set_align (self->date, LXW_ALIGN_CENTER);
  format_set_num_format (self->date, DATE_FORMAT);

  self->total_text = boxed (self);
  format_set_bold (self->total_text);
  format_set_bg_color (self->total_text, 0xF2F2F2);
  self->total_number = boxed (self);
  format_set_bold (self->total_number);
  format_set_bg_color (self->total_number, 0xF2F2F2);
  format_set_align (self->total_number, LXW_ALIGN_CENTER);
}

/* The title lines of a sheet, who exported it and when among them;
 * returns the row after them and a blank one. */
static lxw_row_t
write_titles (Writer        *self,
              lxw_worksheet *sheet,
              const char    *title,
              lxw_col_t      last_col)
{
  const char *lines[] = { title, self->report->unit_name, self->period, self->exported };
  lxw_format *formats[] = { self->title, self->subtitle, self->caption, self->caption };
  lxw_row_t row = 0;

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_autofree char *cleaned = NULL;

      if (lines[i] == NULL || lines[i][0] == '\0')
        continue;
      cleaned = layanan_xlsx_clean_text (lines[i]);
      worksheet_set_row (sheet, row, i == 0 ? 20 : LINE_HEIGHT + 1, NULL);
      remember (self, worksheet_merge_range (sheet, row, 0, row, last_col,
                                             cleaned != NULL ? cleaned : lines[i], formats[i]));
      row++;
    }
  return row + 1;
}

/* The heading row at @row, frozen and repeated on every printed page. */
static void
write_headings (Writer             *self,
                lxw_worksheet      *sheet,
                lxw_row_t           row,
                const char * const *headings,
                const double       *widths,
                guint               n_headings)
{
  worksheet_set_row (sheet, row, 3 * LINE_HEIGHT + 2, NULL);
  for (guint col = 0; col < n_headings; col++)
    {
      worksheet_set_column (sheet, col, col, widths[col], NULL);
      write_text (self, sheet, row, col, headings[col], self->heading);
    }
  worksheet_freeze_panes (sheet, row + 1, 0);
  worksheet_repeat_rows (sheet, row, row);
}

/* ───────────────────────── Per Pegawai, Per Bagian ───────────────────────── */

static double
row_value (const LayananWorkloadReportRow *line,
           Column                          col)
{
  switch (col)
    {
    case COL_LETTERS: return line->letters_assigned;
    case COL_LETTERS_OPEN: return line->letters_open;
    case COL_COMPLAINTS: return line->complaints_assigned;
    case COL_COMPLAINTS_OPEN: return line->complaints_open;
    case COL_OPEN: return line->letters_open + line->complaints_open;
    case COL_DUE_THIS_WEEK: return line->due_this_week;
    case COL_OVERDUE: return line->overdue;
    case COL_ON_TIME: return line->done_on_time;
    case COL_LATE: return line->done_late;
    case COL_AGE_0: return line->ageing[0];
    case COL_AGE_1: return line->ageing[1];
    case COL_AGE_2: return line->ageing[2];
    case COL_AGE_3: return line->ageing[3];
    case COL_NO:
    case COL_NAME:
    case COL_SECTION:
    case COL_AVERAGE:
    case N_COLUMNS:
    default:
      return 0;
    }
}

/* The sheet column of @col: "Per Bagian" has no Bagian column. */
static lxw_col_t
position (gboolean with_section,
          Column   col)
{
  return with_section || col < COL_SECTION ? col : col - 1;
}

static void
write_load_line (Writer                         *self,
                 lxw_worksheet                  *sheet,
                 lxw_row_t                       row,
                 guint                           index,
                 const LayananWorkloadReportRow *line,
                 gboolean                        with_section)
{
  g_autofree char *letters_open = cell (row, position (with_section, COL_LETTERS_OPEN));
  g_autofree char *complaints_open = cell (row, position (with_section, COL_COMPLAINTS_OPEN));
  g_autofree char *open = g_strdup_printf ("=%s+%s", letters_open, complaints_open);

  write_number (self, sheet, row, COL_NO, index + 1);
  write_text (self, sheet, row, COL_NAME, line->name, self->text);
  if (with_section)
    write_text (self, sheet, row, COL_SECTION, line->section_name, self->text);

  for (Column col = COL_LETTERS; col < N_COLUMNS; col++)
    {
      lxw_col_t at = position (with_section, col);

      if (col == COL_OPEN)
        remember (self, worksheet_write_formula_num (sheet, row, at, open, self->number,
                                                     row_value (line, col)));
      else if (col == COL_AVERAGE && line->average_working_days < 0)
        remember (self, worksheet_write_string (sheet, row, at, NOT_APPLICABLE, self->number));
      else if (col == COL_AVERAGE)
        remember (self, worksheet_write_number (sheet, row, at, line->average_working_days,
                                                self->days));
      else
        write_number (self, sheet, row, at, row_value (line, col));
    }
}

/* A native column chart of the open and the overdue items per staff
 * member, below the table it reads. */
static void
insert_chart (Writer    *self,
              lxw_row_t  first,
              lxw_row_t  last)
{
  lxw_chart *chart = workbook_add_chart (self->file.workbook, LXW_CHART_COLUMN);
  lxw_chart_options options = { .x_scale = 1.5, .y_scale = 1.2 };
  struct { Column col; const char *name; } series[] = {
    { COL_OPEN, "Terbuka" },
    { COL_OVERDUE, "Lewat Batas Waktu" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (series); i++)
    {
      lxw_chart_series *line = chart_add_series (chart, NULL, NULL);

      chart_series_set_categories (line, STAFF_SHEET, first, COL_NAME, last, COL_NAME);
      chart_series_set_values (line, STAFF_SHEET, first, series[i].col, last, series[i].col);
      chart_series_set_name (line, series[i].name);
    }
  chart_title_set_name (chart, "Beban Kerja per Pegawai");
  chart_legend_set_position (chart, LXW_CHART_LEGEND_BOTTOM);
  chart_axis_set_min (chart->y_axis, 0);
  chart_axis_set_name (chart->y_axis, "Jumlah");
  remember (self, worksheet_insert_chart_opt (self->staff, last + 3, COL_NAME, chart, &options));
}

static void
write_load_sheet (Writer                         *self,
                  lxw_worksheet                  *sheet,
                  const char                     *title,
                  const LayananWorkloadReportRow *lines,
                  guint                           n_lines,
                  gboolean                        with_section)
{
  const char *headings[N_COLUMNS];
  double widths[N_COLUMNS];
  double totals[N_COLUMNS] = { 0 };
  guint n = 0;
  lxw_row_t row, first;

  for (Column col = 0; col < N_COLUMNS; col++)
    {
      if (col == COL_SECTION && !with_section)
        continue;
      headings[n] = col == COL_NAME && !with_section ? "Bagian" : columns[col].heading;
      widths[n++] = columns[col].width;
    }

  row = write_titles (self, sheet, title, n - 1);
  write_headings (self, sheet, row++, headings, widths, n);
  first = row;
  for (guint i = 0; i < n_lines; i++)
    {
      write_load_line (self, sheet, row++, i, &lines[i], with_section);
      for (Column col = COL_LETTERS; col < N_COLUMNS; col++)
        totals[col] += row_value (&lines[i], col);
    }

  /* The average and the ageing are not summed: no meaning across people. */
  write_total_row (self, sheet, row, first, COL_NAME, position (with_section, COL_LETTERS),
                   totals + COL_LETTERS, COL_LATE - COL_LETTERS + 1);
  if (sheet == self->staff && n_lines > 0)
    insert_chart (self, first, row - 1);
}

/* ───────────────────────── Per Layanan ───────────────────────── */

static void
write_services (Writer *self)
{
  static const char * const headings[] = {
    "No", "Layanan", "Surat", "Pengaduan", "Jumlah", "Belum Selesai", "Lewat Batas Waktu",
  };
  static const double widths[] = { 5, 44, 10, 11, 10, 11, 11 };
  const LayananWorkloadReport *report = self->report;
  double totals[5] = { 0 };
  lxw_row_t row, first;

  row = write_titles (self, self->services, "BEBAN KERJA PER JENIS LAYANAN",
                      G_N_ELEMENTS (headings) - 1);
  write_headings (self, self->services, row++, headings, widths, G_N_ELEMENTS (headings));
  first = row;
  for (guint i = 0; i < report->n_services; i++, row++)
    {
      const LayananWorkloadReportService *service = &report->services[i];
      g_autofree char *letters = cell (row, 2);
      g_autofree char *complaints = cell (row, 3);
      g_autofree char *sum = g_strdup_printf ("=%s+%s", letters, complaints);
      double values[] = { service->letters, service->complaints,
                          service->letters + service->complaints, service->open,
                          service->overdue };

      write_number (self, self->services, row, 0, i + 1);
      write_text (self, self->services, row, 1,
                  service->service_name != NULL ? service->service_name
                                                : "Tanpa layanan tercatat", self->text);
      for (guint v = 0; v < G_N_ELEMENTS (values); v++)
        {
          totals[v] += values[v];
          if (v == 2)
            remember (self, worksheet_write_formula_num (self->services, row, 4, sum,
                                                         self->number, values[v]));
          else
            write_number (self, self->services, row, 2 + v, values[v]);
        }
    }
  write_total_row (self, self->services, row, first, 1, 2, totals, G_N_ELEMENTS (totals));
}

/* ───────────────────────── Lewat Batas Waktu ───────────────────────── */

static void
write_overdue (Writer *self)
{
  static const char * const headings[] = {
    "No", "Jenis", "Nomor", "Hal / Uraian", "Ditangani oleh", "Bagian", "Tanggal Penugasan",
    "Batas Waktu", "Terlambat (Hari Kerja)",
  };
  static const double widths[] = { 5, 11, 12, 44, 22, 22, 13, 13, 11 };
  const LayananWorkloadReport *report = self->report;
  lxw_row_t row;

  row = write_titles (self, self->overdue, "DAFTAR SURAT DAN PENGADUAN LEWAT BATAS WAKTU",
                      G_N_ELEMENTS (headings) - 1);
  write_headings (self, self->overdue, row++, headings, widths, G_N_ELEMENTS (headings));
  for (guint i = 0; i < report->n_overdue; i++, row++)
    {
      const LayananWorkloadReportOverdue *item = &report->overdue[i];

      write_number (self, self->overdue, row, 0, i + 1);
      write_text (self, self->overdue, row, 1, item->is_complaint ? "Pengaduan" : "Surat",
                  self->text);
      write_text (self, self->overdue, row, 2, item->number, self->text);
      write_text (self, self->overdue, row, 3, item->title, self->text);
      write_text (self, self->overdue, row, 4, item->assigned_to, self->text);
      write_text (self, self->overdue, row, 5, item->section_name, self->text);
      layanan_xlsx_write_date (&self->file.failure, self->overdue, row, 6,
                               self->assigned_on[i], item->assigned_on, self->date, self->text);
      layanan_xlsx_write_date (&self->file.failure, self->overdue, row, 7, self->due_on[i],
                               item->due_at, self->date, self->text);
      write_number (self, self->overdue, row, 8, item->working_days_late);
    }
  if (report->n_overdue > 0)
    remember (self, worksheet_autofilter (self->overdue, row - report->n_overdue - 1, 0,
                                          row - 1, G_N_ELEMENTS (headings) - 1));
}

/* ───────────────────────── the workbook ───────────────────────── */

/* The day an item is due: a date, or the day of an instant as stored. */
static gboolean
read_due_day (const char  *due_at,
              double      *serial,
              GError     **error)
{
  g_autofree char *day = due_at != NULL ? g_strndup (due_at, 10) : NULL;

  return layanan_xlsx_read_date (day, serial, error);
}

/* Everything that can be wrong with the input, before the file is begun. */
static gboolean
check_input (Writer  *self,
             GError **error)
{
  const LayananWorkloadReport *report = self->report;

  self->period = layanan_xlsx_period_text (report->date_from, report->date_to, NULL, error);
  if (self->period == NULL)
    return FALSE;

  self->assigned_on = g_new (double, MAX (report->n_overdue, 1));
  self->due_on = g_new (double, MAX (report->n_overdue, 1));
  for (guint i = 0; i < report->n_overdue; i++)
    {
      const LayananWorkloadReportOverdue *item = &report->overdue[i];

      if (!layanan_xlsx_read_date (item->assigned_on, &self->assigned_on[i], error)
          || !read_due_day (item->due_at, &self->due_on[i], error))
        {
          /* Translators: "Overdue item 12/2026: “2026-02-31” is not a date…" */
          g_prefix_error (error, _("Overdue item %s: "),
                          item->number != NULL ? item->number : "");
          return FALSE;
        }
    }
  return TRUE;
}

static void
add_sheets (Writer *self)
{
  const LayananXlsxReportSheet sheets[] = {
    { &self->staff, STAFF_SHEET },
    { &self->sections, SECTIONS_SHEET },
    { &self->services, SERVICES_SHEET },
    { &self->overdue, OVERDUE_SHEET },
  };

  layanan_xlsx_stream_add_report_sheets (&self->file, sheets, G_N_ELEMENTS (sheets),
                                         self->report->unit_name);
}

static void
write_sheets (Writer *self)
{
  const LayananWorkloadReport *report = self->report;

  make_formats (self);
  write_load_sheet (self, self->staff, "BEBAN KERJA PER PEGAWAI", report->staff,
                    report->n_staff, TRUE);
  write_load_sheet (self, self->sections, "BEBAN KERJA PER BAGIAN", report->sections,
                    report->n_sections, FALSE);
  write_services (self);
  write_overdue (self);
  worksheet_activate (self->staff);

  layanan_xlsx_failure_check_sheet (&self->file.failure, self->staff);
  layanan_xlsx_failure_check_sheet (&self->file.failure, self->sections);
  layanan_xlsx_failure_check_sheet (&self->file.failure, self->services);
  layanan_xlsx_failure_check_sheet (&self->file.failure, self->overdue);
}

/**
 * layanan_workload_report_write:
 * @report: the period's workload, as the store counted it
 * @path: the workbook to write; replaced only by a complete one
 *
 * Writes the workload report. A period or an overdue item's date that is
 * not a date is refused with %LAYANAN_ERROR_INVALID_INPUT naming it; a
 * file that cannot be written says why and where, and leaves nothing
 * behind (an earlier file at @path stays as it was).
 *
 * Returns: %TRUE when the workbook is saved
 */
gboolean
layanan_workload_report_write (const LayananWorkloadReport  *report,
                               const char                   *path,
                               GError                      **error)
{
  Writer self = { .report = report };
  gboolean saved = FALSE;

  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (report->staff != NULL || report->n_staff == 0, FALSE);
  g_return_val_if_fail (report->sections != NULL || report->n_sections == 0, FALSE);
  g_return_val_if_fail (report->services != NULL || report->n_services == 0, FALSE);
  g_return_val_if_fail (report->overdue != NULL || report->n_overdue == 0, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Rows (titles, headings, lines, the total) must fit in a sheet. */
  if (MAX (MAX (report->n_staff, report->n_sections),
           MAX (report->n_services, report->n_overdue)) > LXW_ROW_MAX - 16)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("The workload report has more lines than a sheet can hold"));
      return FALSE;
    }
  if (check_input (&self, error))
    {
      self.exported = layanan_xlsx_exported_text (report->exported_by, report->exported_at);
      if (layanan_xlsx_stream_open (&self.file, path, set_save_error, DOCUMENT_TITLE,
                                    report->unit_name))
        add_sheets (&self);
      if (self.file.failure.error == NULL)
        write_sheets (&self);
      saved = layanan_xlsx_stream_save (&self.file, error);
      layanan_xlsx_stream_clear (&self.file);
    }

  g_free (self.assigned_on);
  g_free (self.due_on);
  g_free (self.exported);
  g_free (self.period);
  return saved;
}
