/* layanan-skm-export.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-skm-export"

#include "config.h"

#include "layanan-skm-export.h"

#include <math.h>

#include <glib/gi18n.h>
#include <xlsxwriter.h>

#include "layanan-date.h"
#include "layanan-error.h"
#include "layanan-xlsx-file.h"

/* The Laporan SKM is an official document: its headings are Indonesian
 * whatever the interface speaks. The processing sheet is what an auditor
 * checks by hand, so its Σ, count, NRR, NRR tertimbang and IKM rows are
 * live formulas over the answers, each with the app's own value cached
 * (LayananSkmCalc, the same numbers the screen shows) for readers that do
 * not compute; the summary refers to those cells. A blank answer is an
 * empty cell, which COUNT skips: NRR divides by the answers given, as the
 * regulation and the core do. Unsur are columns in the order given, named
 * by their codes, never by fixed positions.
 *
 * Written in constant memory (20 000 questionnaires stream through), each
 * sheet's rows in order. */

#define PROCESSING_SHEET "Pengolahan"
#define SUMMARY_SHEET "Ringkasan"
#define SERVICES_SHEET "Per Layanan"
#define PROFILE_SHEET "Demografi"
#define ACTIONS_SHEET "RTL"
#define TREND_SHEET "Tren"
#define DOCUMENT_TITLE "Laporan Survei Kepuasan Masyarakat"

#define DATE_FORMAT "[$-421]d mmm yyyy"
#define NRR_FORMAT "0.000"
#define WEIGHTED_FORMAT "0.0000"
#define SCORE_FORMAT "0.00"
#define PERCENT_FORMAT "0.00%"
#define NOT_APPLICABLE "\xe2\x80\x94"   /* — */

#define CHECK_EVERY_ROWS 1024
#define LINE_HEIGHT 15.0

/* The processing sheet: No, Tanggal, Layanan, then one column per unsur. */
enum
{
  PROC_NO,
  PROC_DATE,
  PROC_SERVICE,
  PROC_FIRST_UNSUR,
};

/* The rows below the answers, in order. */
enum
{
  FOOT_SUM,
  FOOT_COUNT,
  FOOT_NRR,
  FOOT_WEIGHTED,
  FOOT_INDEX,
  FOOT_IKM,
  FOOT_MUTU,
  N_FOOT_ROWS
};

/* The summary per unsur (and its weakest three). */
enum
{
  SUM_CODE,
  SUM_NAME,
  SUM_NRR,
  SUM_SCORE,
  SUM_MUTU,
  SUM_KINERJA,
  N_SUM_COLUMNS
};

static const struct
{
  const char *heading;
  double      width;
} summary_columns[N_SUM_COLUMNS] = {
  [SUM_CODE] = { "No", 6 },
  [SUM_NAME] = { "Unsur", 44 },
  [SUM_NRR] = { "NRR", 10 },
  [SUM_SCORE] = { "NRR \xc3\x97 25", 10 },
  [SUM_MUTU] = { "Mutu", 7 },
  [SUM_KINERJA] = { "Kinerja", 14 },
};

typedef struct
{
  const LayananSkmReport *report;
  guint                   n_unsur;

  /* Owned */
  LayananXlsxStream       file;
  char                   *period;
  char                   *exported;
  double                 *dates;       /* the serial of each response's date */

  /* Owned by the workbook */
  lxw_worksheet          *processing;
  lxw_worksheet          *summary;
  lxw_worksheet          *services;
  lxw_worksheet          *profile;
  lxw_worksheet          *actions;
  lxw_worksheet          *trend;
  lxw_format             *title;
  lxw_format             *subtitle;
  lxw_format             *caption;
  lxw_format             *section;
  lxw_format             *heading;
  lxw_format             *text;
  lxw_format             *wrapped;
  lxw_format             *centered;
  lxw_format             *date;
  lxw_format             *nrr;
  lxw_format             *weighted;
  lxw_format             *score;
  lxw_format             *percent;
  lxw_format             *foot_label;
  lxw_format             *foot_number;
  lxw_format             *foot_nrr;
  lxw_format             *foot_weighted;
  lxw_format             *foot_score;
  lxw_format             *legend;
  lxw_format             *warning;

  /* Where the processing sheet's footer is, for the summary's formulas. */
  lxw_row_t               foot_row[N_FOOT_ROWS];
} Writer;

/* Translators: %s is a file name, then why it failed */
LAYANAN_XLSX_DEFINE_SAVE_ERROR (set_save_error, _("Cannot save the SKM report to %s: %s"))

static void
remember (Writer    *self,
          lxw_error  error)
{
  layanan_xlsx_failure_remember (&self->file.failure, error);
}

/* ───────────────────────── text ───────────────────────── */

static const char *
mutu_text (const LayananSkmGrade *grade,
           char                   buffer[2])
{
  if (grade == NULL)
    return NOT_APPLICABLE;
  buffer[0] = grade->mutu;
  buffer[1] = '\0';
  return buffer;
}

static const char *
kinerja_text (const LayananSkmGrade *grade)
{
  return grade != NULL && grade->kinerja != NULL ? grade->kinerja : NOT_APPLICABLE;
}

static const LayananSkmUnsur *
unsur_at (Writer *self,
          guint   index)
{
  return g_ptr_array_index (self->report->unsur, index);
}

/* "U3 Waktu Penyelesaian" for "U3", the code itself when it is not one. */
static char *
unsur_label (Writer     *self,
             const char *code)
{
  if (code == NULL)
    return NULL;
  for (guint i = 0; i < self->n_unsur; i++)
    if (g_strcmp0 (unsur_at (self, i)->code, code) == 0)
      return g_strdup_printf ("%s %s", code, unsur_at (self, i)->name);
  return g_strdup (code);
}

/* "88,31": two decimals with the Indonesian comma, whatever the locale. */
static char *
decimal_text (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (buffer, sizeof buffer, "%.2f", value);
  return g_strdelimit (g_strdup (buffer), ".", ',');
}

static char *
cell (lxw_row_t row,
      lxw_col_t col)
{
  char name[LXW_MAX_CELL_NAME_LENGTH];

  lxw_rowcol_to_cell (name, row, col);
  return g_strdup (name);
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
              double         value,
              lxw_format    *format)
{
  remember (self, worksheet_write_number (sheet, row, col, value, format));
}

static void
write_formula (Writer        *self,
               lxw_worksheet *sheet,
               lxw_row_t      row,
               lxw_col_t      col,
               const char    *formula,
               double         cached,
               lxw_format    *format)
{
  remember (self, worksheet_write_formula_num (sheet, row, col, formula, format, cached));
}

static void
write_merged (Writer        *self,
              lxw_worksheet *sheet,
              lxw_row_t      row,
              lxw_col_t      first,
              lxw_col_t      last,
              const char    *text,
              lxw_format    *format)
{
  g_autofree char *cleaned = layanan_xlsx_clean_text (text);

  if (first == last)
    write_text (self, sheet, row, first, text, format);
  else
    remember (self, worksheet_merge_range (sheet, row, first, row, last,
                                           cleaned != NULL ? cleaned : text, format));
}

/* ───────────────────────── formats and setup ───────────────────────── */

static lxw_format *
boxed (Writer *self)
{
  lxw_format *format = workbook_add_format (self->file.workbook);

  format_set_align (format, LXW_ALIGN_VERTICAL_TOP);
  format_set_border (format, LXW_BORDER_THIN);
  return format;
}

static lxw_format *
boxed_number (Writer     *self,
              const char *number_format,
              gboolean    total)
{
  lxw_format *format = boxed (self);

  format_set_align (format, LXW_ALIGN_CENTER);
  if (number_format != NULL)
    format_set_num_format (format, number_format);
  if (total)
    {
      format_set_bold (format);
      format_set_bg_color (format, 0xF2F2F2);
    }
  return format;
}

static void
make_formats (Writer *self)
{
  self->title = layanan_xlsx_add_title_format (self->file.workbook, 14, TRUE);
  self->subtitle = layanan_xlsx_add_title_format (self->file.workbook, 12, TRUE);
  self->caption = layanan_xlsx_add_title_format (self->file.workbook, 11, FALSE);
  self->section = workbook_add_format (self->file.workbook);
  format_set_bold (self->section);
  self->heading = layanan_xlsx_add_heading_format (self->file.workbook);

  self->text = boxed (self);
  self->wrapped = boxed (self);
  format_set_text_wrap (self->wrapped);
  self->centered = boxed_number (self, NULL, FALSE);
  self->date = boxed_number (self, DATE_FORMAT, FALSE);
  self->nrr = boxed_number (self, NRR_FORMAT, FALSE);
  self->weighted = boxed_number (self, WEIGHTED_FORMAT, FALSE);
  self->score = boxed_number (self, SCORE_FORMAT, FALSE);
  self->percent = boxed_number (self, PERCENT_FORMAT, FALSE);

  self->foot_label = boxed (self);
  format_set_bold (self->foot_label);
  format_set_bg_color (self->foot_label, 0xF2F2F2);
  format_set_text_wrap (self->foot_label);
  self->foot_number = boxed_number (self, NULL, TRUE);
  self->foot_nrr = boxed_number (self, NRR_FORMAT, TRUE);
  self->foot_weighted = boxed_number (self, WEIGHTED_FORMAT, TRUE);
  self->foot_score = boxed_number (self, SCORE_FORMAT, TRUE);

  self->legend = workbook_add_format (self->file.workbook);
  format_set_italic (self->legend);
  self->warning = workbook_add_format (self->file.workbook);
  format_set_bold (self->warning);
  format_set_font_color (self->warning, 0xC00000);
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
      if (lines[i] == NULL || lines[i][0] == '\0')
        continue;
      worksheet_set_row (sheet, row, i == 0 ? 20 : LINE_HEIGHT + 1, NULL);
      write_merged (self, sheet, row++, 0, last_col, lines[i], formats[i]);
    }
  return row + 1;
}

static void
write_headings (Writer             *self,
                lxw_worksheet      *sheet,
                lxw_row_t           row,
                const char * const *headings,
                guint               n_headings)
{
  worksheet_set_row (sheet, row, 2 * LINE_HEIGHT + 2, NULL);
  for (guint col = 0; col < n_headings; col++)
    write_text (self, sheet, row, col, headings[col], self->heading);
}

static void
set_widths (lxw_worksheet *sheet,
            const double  *widths,
            guint          n_widths)
{
  for (guint col = 0; col < n_widths; col++)
    worksheet_set_column (sheet, col, col, widths[col], NULL);
}

/* ───────────────────────── Pengolahan ───────────────────────── */

static void
write_response (Writer    *self,
                lxw_row_t  row,
                guint      index)
{
  const LayananSkmReportResponse *line = &self->report->responses[index];
  const LayananSkmResponse *response = line->response;

  write_number (self, self->processing, row, PROC_NO, index + 1, self->centered);
  layanan_xlsx_write_date (&self->file.failure, self->processing, row, PROC_DATE,
                           self->dates[index], response->date, self->date, self->text);
  write_text (self, self->processing, row, PROC_SERVICE, line->service_name, self->text);
  for (guint i = 0; i < self->n_unsur; i++)
    {
      /* Blank, not 0: COUNT skips it, so NRR divides by the answers given. */
      if (response->answers[i] == 0)
        remember (self, worksheet_write_blank (self->processing, row, PROC_FIRST_UNSUR + i,
                                               self->centered));
      else
        write_number (self, self->processing, row, PROC_FIRST_UNSUR + i, response->answers[i],
                      self->centered);
    }
}

static const char *const foot_labels[N_FOOT_ROWS] = {
  [FOOT_SUM] = "\xce\xa3 Nilai per unsur",
  [FOOT_COUNT] = "Jumlah kuesioner yang terisi",
  [FOOT_NRR] = "NRR per unsur",
  [FOOT_WEIGHTED] = "NRR tertimbang per unsur (bobot 0,111)",
  [FOOT_INDEX] = "\xce\xa3 NRR tertimbang (nilai indeks)",
  [FOOT_IKM] = "IKM unit pelayanan (\xce\xa3 NRR tertimbang \xc3\x97 25)",
  [FOOT_MUTU] = "Mutu pelayanan (kinerja unit pelayanan)",
};

/* The formula of a footer cell of unsur column @col over the answers in
 * @first … @last, and the app's own value for it. */
static char *
unsur_formula (Writer                      *self,
               guint                        foot,
               lxw_col_t                    col,
               lxw_row_t                    first,
               lxw_row_t                    last,
               const LayananSkmUnsurResult *result,
               double                      *cached)
{
  g_autofree char *top = cell (first, col);
  g_autofree char *bottom = cell (last, col);
  g_autofree char *sum = cell (self->foot_row[FOOT_SUM], col);
  g_autofree char *count = cell (self->foot_row[FOOT_COUNT], col);
  g_autofree char *nrr = cell (self->foot_row[FOOT_NRR], col);

  switch (foot)
    {
    case FOOT_SUM:
      *cached = result->sum;
      return g_strdup_printf ("=SUM(%s:%s)", top, bottom);
    case FOOT_COUNT:
      *cached = result->n_answered;
      return g_strdup_printf ("=COUNT(%s:%s)", top, bottom);
    case FOOT_NRR:
      *cached = result->nrr;
      return g_strdup_printf ("=IF(%s=0,0,%s/%s)", count, sum, count);
    case FOOT_WEIGHTED:
      *cached = result->nrr_weighted;
      return g_strdup_printf ("=%s/%u", nrr, self->n_unsur);
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
write_unsur_foot (Writer    *self,
                  guint      foot,
                  lxw_row_t  first,
                  lxw_row_t  last)
{
  lxw_format *format = foot == FOOT_NRR ? self->foot_nrr
                       : foot == FOOT_WEIGHTED ? self->foot_weighted : self->foot_number;
  lxw_row_t row = self->foot_row[foot];

  for (guint i = 0; i < self->n_unsur; i++)
    {
      const LayananSkmUnsurResult *result = layanan_skm_calc_get_unsur (self->report->calc, i);
      double cached = 0;
      g_autofree char *formula = unsur_formula (self, foot, PROC_FIRST_UNSUR + i, first, last,
                                                result, &cached);

      if (self->report->n_responses == 0)
        write_number (self, self->processing, row, PROC_FIRST_UNSUR + i, cached, format);
      else
        write_formula (self, self->processing, row, PROC_FIRST_UNSUR + i, formula, cached,
                       format);
    }
}

/* One value for the whole unit under the unsur columns, merged across them. */
static void
write_unit_foot (Writer     *self,
                 guint       foot,
                 const char *formula,
                 double      cached,
                 lxw_format *format)
{
  lxw_row_t row = self->foot_row[foot];
  lxw_col_t last = PROC_FIRST_UNSUR + self->n_unsur - 1;

  if (last > PROC_FIRST_UNSUR)
    remember (self, worksheet_merge_range (self->processing, row, PROC_FIRST_UNSUR, row, last,
                                           "", format));
  write_formula (self, self->processing, row, PROC_FIRST_UNSUR, formula, cached, format);
}

static void
write_processing_foot (Writer    *self,
                       lxw_row_t  first,
                       lxw_row_t  last)
{
  LayananSkmCalc *calc = self->report->calc;
  lxw_col_t last_unsur = PROC_FIRST_UNSUR + self->n_unsur - 1;
  g_autofree char *weighted_first = cell (self->foot_row[FOOT_WEIGHTED], PROC_FIRST_UNSUR);
  g_autofree char *weighted_last = cell (self->foot_row[FOOT_WEIGHTED], last_unsur);
  g_autofree char *index = g_strdup_printf ("=SUM(%s:%s)", weighted_first, weighted_last);
  g_autofree char *ikm = g_strdup_printf ("=SUM(%s:%s)*25", weighted_first, weighted_last);
  const LayananSkmGrade *grade = layanan_skm_calc_get_grade (calc);
  g_autofree char *mutu = NULL;
  char letter[2];

  for (guint foot = 0; foot < N_FOOT_ROWS; foot++)
    {
      lxw_row_t row = self->foot_row[foot];

      worksheet_set_row (self->processing, row, foot == FOOT_WEIGHTED || foot == FOOT_IKM
                                                ? 2 * LINE_HEIGHT : LINE_HEIGHT, NULL);
      write_merged (self, self->processing, row, PROC_NO, PROC_SERVICE, foot_labels[foot],
                    self->foot_label);
      if (foot <= FOOT_WEIGHTED)
        write_unsur_foot (self, foot, first, last);
      else if (foot == FOOT_INDEX)
        write_unit_foot (self, foot, index, layanan_skm_calc_get_index (calc),
                         self->foot_weighted);
      else if (foot == FOOT_IKM)
        write_unit_foot (self, foot, ikm, layanan_skm_calc_get_ikm (calc), self->foot_score);
    }

  mutu = g_strdup_printf ("%s (%s)", mutu_text (grade, letter), kinerja_text (grade));
  write_merged (self, self->processing, self->foot_row[FOOT_MUTU], PROC_FIRST_UNSUR, last_unsur,
                mutu, self->foot_number);
}

static lxw_row_t
write_processing_legend (Writer    *self,
                         lxw_row_t  row)
{
  static const char *const lines[] = {
    "NRR per unsur = jumlah nilai per unsur dibagi jumlah kuesioner yang terisi (jawaban "
    "kosong tidak dihitung)",
    "NRR tertimbang per unsur = NRR per unsur \xc3\x97 1/jumlah unsur (bobot 0,111)",
    "IKM unit pelayanan = \xce\xa3 NRR tertimbang \xc3\x97 25",
  };
  GPtrArray *grades = self->report->grades;

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    write_text (self, self->processing, row++, PROC_NO, lines[i], self->legend);
  row++;
  for (guint i = 0; i < self->n_unsur; i++)
    {
      g_autofree char *line = g_strdup_printf ("%s = %s", unsur_at (self, i)->code,
                                               unsur_at (self, i)->name);

      write_text (self, self->processing, row++, PROC_NO, line, self->legend);
    }
  row++;
  for (guint i = 0; grades != NULL && i < grades->len; i++)
    {
      const LayananSkmGrade *grade = g_ptr_array_index (grades, i);
      g_autofree char *low = decimal_text (grade->min_score);
      g_autofree char *high = decimal_text (grade->max_score);
      g_autofree char *line = g_strdup_printf ("Mutu %c: %s \xe2\x80\x93 %s (%s)", grade->mutu,
                                               low, high, grade->kinerja);

      write_text (self, self->processing, row++, PROC_NO, line, self->legend);
    }
  return row;
}

static void
write_processing (Writer *self)
{
  lxw_col_t last_col = PROC_FIRST_UNSUR + self->n_unsur - 1;
  g_autoptr(GPtrArray) headings = g_ptr_array_new ();
  lxw_row_t row, first, last;

  worksheet_set_column (self->processing, PROC_NO, PROC_NO, 6, NULL);
  worksheet_set_column (self->processing, PROC_DATE, PROC_DATE, 13, NULL);
  worksheet_set_column (self->processing, PROC_SERVICE, PROC_SERVICE, 30, NULL);
  worksheet_set_column (self->processing, PROC_FIRST_UNSUR, last_col, 8, NULL);

  row = write_titles (self, self->processing,
                      "PENGOLAHAN DATA SURVEI KEPUASAN MASYARAKAT PER RESPONDEN DAN PER UNSUR",
                      last_col);
  g_ptr_array_add (headings, "No");
  g_ptr_array_add (headings, "Tanggal");
  g_ptr_array_add (headings, "Layanan");
  for (guint i = 0; i < self->n_unsur; i++)
    g_ptr_array_add (headings, unsur_at (self, i)->code);
  write_headings (self, self->processing, row, (const char * const *) headings->pdata,
                  headings->len);
  worksheet_freeze_panes (self->processing, row + 1, PROC_FIRST_UNSUR);
  worksheet_repeat_rows (self->processing, row, row);

  first = ++row;
  for (guint i = 0; i < self->report->n_responses; i++, row++)
    {
      write_response (self, row, i);
      if ((i + 1) % CHECK_EVERY_ROWS == 0)
        layanan_xlsx_failure_check_sheet (&self->file.failure, self->processing);
    }
  last = row - 1;

  for (guint foot = 0; foot < N_FOOT_ROWS; foot++)
    self->foot_row[foot] = row + foot;
  write_processing_foot (self, first, last);
  write_processing_legend (self, row + N_FOOT_ROWS + 1);
}

/* ───────────────────────── Ringkasan ───────────────────────── */

static void
write_unsur_line (Writer                      *self,
                  lxw_row_t                    row,
                  guint                        index,
                  const LayananSkmUnsurResult *result,
                  gboolean                     live)
{
  const LayananSkmUnsur *unsur = unsur_at (self, index);
  g_autofree char *nrr = cell (self->foot_row[FOOT_NRR], PROC_FIRST_UNSUR + index);
  g_autofree char *nrr_formula = g_strdup_printf ("=" PROCESSING_SHEET "!%s", nrr);
  g_autofree char *here = cell (row, SUM_NRR);
  g_autofree char *score_formula = g_strdup_printf ("=%s*25", here);
  char letter[2];

  write_text (self, self->summary, row, SUM_CODE, unsur->code, self->centered);
  write_text (self, self->summary, row, SUM_NAME, unsur->name, self->wrapped);
  if (live)
    {
      write_formula (self, self->summary, row, SUM_NRR, nrr_formula, result->nrr, self->nrr);
      write_formula (self, self->summary, row, SUM_SCORE, score_formula, result->score,
                     self->score);
    }
  else
    {
      write_number (self, self->summary, row, SUM_NRR, result->nrr, self->nrr);
      write_number (self, self->summary, row, SUM_SCORE, result->score, self->score);
    }
  write_text (self, self->summary, row, SUM_MUTU, mutu_text (result->grade, letter),
              self->centered);
  write_text (self, self->summary, row, SUM_KINERJA, kinerja_text (result->grade), self->text);
}

static void
write_key_value (Writer     *self,
                 lxw_row_t   row,
                 const char *label,
                 const char *text,
                 double      number,
                 const char *formula,
                 lxw_format *format)
{
  write_text (self, self->summary, row, SUM_NAME, label, self->foot_label);
  if (text != NULL)
    write_text (self, self->summary, row, SUM_NRR, text, self->centered);
  else if (formula != NULL)
    write_formula (self, self->summary, row, SUM_NRR, formula, number, format);
  else
    write_number (self, self->summary, row, SUM_NRR, number, format);
}

static lxw_row_t
write_unit_result (Writer    *self,
                   lxw_row_t  row)
{
  LayananSkmCalc *calc = self->report->calc;
  const LayananSkmGrade *grade = layanan_skm_calc_get_grade (calc);
  g_autofree char *ikm = cell (self->foot_row[FOOT_IKM], PROC_FIRST_UNSUR);
  g_autofree char *ikm_formula = g_strdup_printf ("=" PROCESSING_SHEET "!%s", ikm);
  char letter[2];

  write_key_value (self, row++, "IKM unit pelayanan", NULL, layanan_skm_calc_get_ikm (calc),
                   ikm_formula, self->score);
  write_key_value (self, row++, "Mutu pelayanan", mutu_text (grade, letter), 0, NULL, NULL);
  write_key_value (self, row++, "Kinerja unit pelayanan", kinerja_text (grade), 0, NULL, NULL);
  return row + 1;
}

static lxw_row_t
write_sample (Writer    *self,
              lxw_row_t  row)
{
  guint population = self->report->population;
  guint responses = layanan_skm_calc_get_n_responses (self->report->calc);
  guint minimum = population > 0 ? layanan_skm_minimum_sample (population) : 0;

  write_key_value (self, row++, "Jumlah responden", NULL, responses, NULL, self->centered);
  if (population == 0)
    {
      write_key_value (self, row++, "Populasi (pengguna layanan)", "belum diisi", 0, NULL,
                       NULL);
      return row + 1;
    }
  write_key_value (self, row++, "Populasi (pengguna layanan)", NULL, population, NULL,
                   self->centered);
  write_key_value (self, row++, "Sampel minimum (Krejcie & Morgan)", NULL, minimum, NULL,
                   self->centered);
  if (responses < minimum)
    {
      g_autofree char *warning =
        g_strdup_printf ("Peringatan: jumlah responden (%u) kurang dari sampel minimum (%u) "
                         "untuk populasi %u.", responses, minimum, population);

      write_text (self, self->summary, row++, SUM_NAME, warning, self->warning);
    }
  return row + 1;
}

static lxw_row_t
write_weakest (Writer    *self,
               lxw_row_t  row)
{
  guint weakest[LAYANAN_SKM_WEAKEST];
  guint n = layanan_skm_calc_get_weakest (self->report->calc, weakest);
  const char *headings[N_SUM_COLUMNS];

  for (guint col = 0; col < N_SUM_COLUMNS; col++)
    headings[col] = summary_columns[col].heading;
  write_text (self, self->summary, row++, SUM_CODE, "Unsur terlemah (prioritas tindak lanjut)",
              self->section);
  write_headings (self, self->summary, row++, headings, N_SUM_COLUMNS);
  for (guint i = 0; i < n; i++)
    write_unsur_line (self, row++, weakest[i],
                      layanan_skm_calc_get_unsur (self->report->calc, weakest[i]), FALSE);
  return row + 1;
}

/* A native column chart of NRR per unsur, beside the table it reads. */
static void
insert_chart (Writer    *self,
              lxw_row_t  first,
              lxw_row_t  last)
{
  lxw_chart *chart = workbook_add_chart (self->file.workbook, LXW_CHART_COLUMN);
  lxw_chart_series *series;
  lxw_chart_options options = { .x_scale = 1.2, .y_scale = 1.2 };

  series = chart_add_series (chart, NULL, NULL);
  chart_series_set_categories (series, SUMMARY_SHEET, first, SUM_CODE, last, SUM_CODE);
  chart_series_set_values (series, SUMMARY_SHEET, first, SUM_NRR, last, SUM_NRR);
  chart_series_set_name (series, "NRR");
  chart_title_set_name (chart, "NRR per Unsur");
  chart_legend_set_position (chart, LXW_CHART_LEGEND_NONE);
  chart_axis_set_min (chart->y_axis, 0);
  chart_axis_set_max (chart->y_axis, 4);
  chart_axis_set_name (chart->y_axis, "NRR");
  chart_axis_set_name (chart->x_axis, "Unsur");
  remember (self, worksheet_insert_chart_opt (self->summary, first - 1, N_SUM_COLUMNS + 1, chart,
                                              &options));
}

static void
write_summary (Writer *self)
{
  const char *headings[N_SUM_COLUMNS];
  lxw_row_t row, first;

  for (guint col = 0; col < N_SUM_COLUMNS; col++)
    {
      headings[col] = summary_columns[col].heading;
      worksheet_set_column (self->summary, col, col, summary_columns[col].width, NULL);
    }

  row = write_titles (self, self->summary, "INDEKS KEPUASAN MASYARAKAT PER UNSUR PELAYANAN",
                      N_SUM_COLUMNS - 1);
  write_headings (self, self->summary, row++, headings, N_SUM_COLUMNS);
  first = row;
  for (guint i = 0; i < self->n_unsur; i++)
    write_unsur_line (self, row++, i, layanan_skm_calc_get_unsur (self->report->calc, i), TRUE);
  if (self->n_unsur > 0)
    insert_chart (self, first, row - 1);

  row = write_unit_result (self, row + 1);
  row = write_sample (self, row);
  write_weakest (self, row);
  worksheet_activate (self->summary);
}

/* ───────────────────────── Per Layanan ───────────────────────── */

static void
write_services (Writer *self)
{
  static const char *const headings[] = {
    "No", "Layanan", "Jumlah Responden", "IKM", "Mutu", "Kinerja",
  };
  static const double widths[] = { 6, 40, 12, 10, 7, 14 };
  lxw_row_t row;

  set_widths (self->services, widths, G_N_ELEMENTS (widths));
  row = write_titles (self, self->services, "INDEKS KEPUASAN MASYARAKAT PER JENIS LAYANAN",
                      G_N_ELEMENTS (headings) - 1);
  write_headings (self, self->services, row++, headings, G_N_ELEMENTS (headings));
  for (guint i = 0; i < self->report->n_services; i++, row++)
    {
      const LayananSkmReportService *service = &self->report->services[i];
      guint n = layanan_skm_calc_get_n_responses (service->calc);
      const LayananSkmGrade *grade = n > 0 ? layanan_skm_calc_get_grade (service->calc) : NULL;
      char letter[2];

      write_number (self, self->services, row, 0, i + 1, self->centered);
      write_text (self, self->services, row, 1, service->name, self->wrapped);
      write_number (self, self->services, row, 2, n, self->centered);
      if (n > 0)
        write_number (self, self->services, row, 3, layanan_skm_calc_get_ikm (service->calc),
                      self->score);
      else
        write_text (self, self->services, row, 3, NOT_APPLICABLE, self->centered);
      write_text (self, self->services, row, 4, mutu_text (grade, letter), self->centered);
      write_text (self, self->services, row, 5, kinerja_text (grade), self->text);
    }
}

/* ───────────────────────── Demografi ───────────────────────── */

static void
write_profile (Writer *self)
{
  static const char *const headings[] = {
    "No", "Karakteristik", "Indikator", "Jumlah", "Persentase",
  };
  static const double widths[] = { 6, 18, 28, 10, 12 };
  LayananSkmProfile *profile = self->report->profile;
  guint n_rows = profile != NULL ? layanan_skm_profile_get_n_rows (profile) : 0;
  const char *characteristic = NULL;
  guint number = 0;
  lxw_row_t row;

  set_widths (self->profile, widths, G_N_ELEMENTS (widths));
  row = write_titles (self, self->profile, "KARAKTERISTIK RESPONDEN", G_N_ELEMENTS (headings) - 1);
  write_headings (self, self->profile, row++, headings, G_N_ELEMENTS (headings));
  for (guint i = 0; i < n_rows; i++, row++)
    {
      const LayananSkmProfileRow *line = layanan_skm_profile_get_row (profile, i);
      gboolean first = g_strcmp0 (line->characteristic, characteristic) != 0;

      /* Each characteristic is numbered and named on its first line only. */
      if (first)
        {
          characteristic = line->characteristic;
          write_number (self, self->profile, row, 0, ++number, self->centered);
        }
      else
        remember (self, worksheet_write_blank (self->profile, row, 0, self->centered));
      write_text (self, self->profile, row, 1, first ? line->characteristic : NULL, self->text);
      write_text (self, self->profile, row, 2, line->indicator, self->text);
      write_number (self, self->profile, row, 3, line->count, self->centered);
      write_number (self, self->profile, row, 4, line->percent / 100.0, self->percent);
    }
}

/* ───────────────────────── RTL ───────────────────────── */

static lxw_row_t
write_action_table (Writer     *self,
                    lxw_row_t   row,
                    const char *title,
                    gboolean    previous)
{
  static const char *const headings[] = {
    "No", "Unsur", "Rencana Tindak Lanjut", "Penanggung Jawab", "Target Waktu", "Status",
    "Hasil Tindak Lanjut",
  };
  guint number = 0;

  write_text (self, self->actions, row++, 0, title, self->section);
  write_headings (self, self->actions, row++, headings, G_N_ELEMENTS (headings));
  for (guint i = 0; i < self->report->n_actions; i++)
    {
      const LayananSkmReportAction *action = &self->report->actions[i];
      g_autofree char *unsur = NULL;

      if (action->previous != previous)
        continue;
      unsur = unsur_label (self, action->unsur_code);
      write_number (self, self->actions, row, 0, ++number, self->centered);
      write_text (self, self->actions, row, 1, unsur, self->wrapped);
      write_text (self, self->actions, row, 2, action->action, self->wrapped);
      write_text (self, self->actions, row, 3, action->owner, self->wrapped);
      write_text (self, self->actions, row, 4, action->target, self->text);
      write_text (self, self->actions, row, 5, action->status, self->text);
      write_text (self, self->actions, row++, 6, action->result, self->wrapped);
    }
  if (number == 0)
    write_merged (self, self->actions, row++, 0, G_N_ELEMENTS (headings) - 1,
                  "Tidak ada rencana tindak lanjut.", self->text);
  return row + 1;
}

static void
write_actions (Writer *self)
{
  static const double widths[] = { 6, 28, 40, 22, 16, 14, 36 };
  lxw_row_t row;

  set_widths (self->actions, widths, G_N_ELEMENTS (widths));
  row = write_titles (self, self->actions, "RENCANA TINDAK LANJUT HASIL SURVEI KEPUASAN MASYARAKAT",
                      G_N_ELEMENTS (widths) - 1);
  row = write_action_table (self, row, "Rencana tindak lanjut periode ini", FALSE);
  write_action_table (self, row, "Hasil tindak lanjut periode sebelumnya", TRUE);
}

/* ───────────────────────── Tren ───────────────────────── */

static void
write_trend (Writer *self)
{
  static const char *const headings[] = {
    "No", "Periode", "IKM", "Mutu", "Kinerja", "Jumlah Responden",
  };
  static const double widths[] = { 6, 28, 10, 7, 14, 12 };
  lxw_row_t row;

  set_widths (self->trend, widths, G_N_ELEMENTS (widths));
  row = write_titles (self, self->trend, "TREN NILAI SURVEI KEPUASAN MASYARAKAT",
                      G_N_ELEMENTS (headings) - 1);
  write_headings (self, self->trend, row++, headings, G_N_ELEMENTS (headings));
  for (guint i = 0; i < self->report->n_trend; i++, row++)
    {
      const LayananSkmReportTrend *line = &self->report->trend[i];
      const LayananSkmGrade *grade = line->n_responses > 0
                                     ? layanan_skm_grade_for (self->report->grades, line->ikm)
                                     : NULL;
      char letter[2];

      write_number (self, self->trend, row, 0, i + 1, self->centered);
      write_text (self, self->trend, row, 1, line->period_name, self->text);
      if (line->n_responses > 0)
        write_number (self, self->trend, row, 2, line->ikm, self->score);
      else
        write_text (self, self->trend, row, 2, NOT_APPLICABLE, self->centered);
      write_text (self, self->trend, row, 3, mutu_text (grade, letter), self->centered);
      write_text (self, self->trend, row, 4, kinerja_text (grade), self->text);
      write_number (self, self->trend, row, 5, line->n_responses, self->centered);
    }
}

/* ───────────────────────── the workbook ───────────────────────── */

/* Everything that can be wrong with the input, before the file is begun. */
static gboolean
check_input (Writer  *self,
             GError **error)
{
  const LayananSkmReport *report = self->report;

  self->period = layanan_xlsx_period_text (report->date_from, report->date_to,
                                           report->period_name, error);
  if (self->period == NULL)
    return FALSE;

  if (layanan_skm_calc_get_n_unsur (report->calc) != report->unsur->len || self->n_unsur == 0)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("The SKM results count %u unsur, the questionnaire has %u"),
                   layanan_skm_calc_get_n_unsur (report->calc), report->unsur->len);
      return FALSE;
    }

  self->dates = g_new (double, MAX (report->n_responses, 1));
  for (guint i = 0; i < report->n_responses; i++)
    if (!layanan_xlsx_read_date (report->responses[i].response->date, &self->dates[i], error))
      {
        /* Translators: "Questionnaire 12: “2026-02-31” is not a date…" */
        g_prefix_error (error, _("Questionnaire %u: "), i + 1);
        return FALSE;
      }

  return TRUE;
}

static void
add_sheets (Writer *self)
{
  const LayananXlsxReportSheet sheets[] = {
    { &self->processing, PROCESSING_SHEET },
    { &self->summary, SUMMARY_SHEET },
    { &self->services, SERVICES_SHEET },
    { &self->profile, PROFILE_SHEET },
    { &self->actions, ACTIONS_SHEET },
    { &self->trend, TREND_SHEET },
  };

  layanan_xlsx_stream_add_report_sheets (&self->file, sheets, G_N_ELEMENTS (sheets),
                                         self->report->unit_name);
}

static void
write_sheets (Writer *self)
{
  /* The last row the answers and the footer take must fit in a sheet. */
  if (!layanan_xlsx_failure_check_row (&self->file.failure,
                                       self->report->n_responses + N_FOOT_ROWS + 64))
    return;

  make_formats (self);
  write_processing (self);
  write_summary (self);
  write_services (self);
  write_profile (self);
  write_actions (self);
  write_trend (self);

  layanan_xlsx_failure_check_sheet (&self->file.failure, self->processing);
  layanan_xlsx_failure_check_sheet (&self->file.failure, self->summary);
  layanan_xlsx_failure_check_sheet (&self->file.failure, self->services);
  layanan_xlsx_failure_check_sheet (&self->file.failure, self->profile);
  layanan_xlsx_failure_check_sheet (&self->file.failure, self->actions);
  layanan_xlsx_failure_check_sheet (&self->file.failure, self->trend);
}

/**
 * layanan_skm_report_write:
 * @report: the period's results, computed by the caller
 * @path: the workbook to write; replaced only by a complete one
 *
 * Writes the SKM report. A period or a questionnaire date that is not a
 * date, or results computed over other unsur, are refused with
 * %LAYANAN_ERROR_INVALID_INPUT naming them; a file that cannot be written
 * says why and where, and leaves nothing behind (an earlier file at @path
 * stays as it was).
 *
 * Returns: %TRUE when the workbook is saved
 */
gboolean
layanan_skm_report_write (const LayananSkmReport  *report,
                          const char              *path,
                          GError                 **error)
{
  Writer self = { .report = report };
  gboolean saved = FALSE;

  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (report->unsur != NULL, FALSE);
  g_return_val_if_fail (report->calc != NULL, FALSE);
  g_return_val_if_fail (report->responses != NULL || report->n_responses == 0, FALSE);
  g_return_val_if_fail (report->services != NULL || report->n_services == 0, FALSE);
  g_return_val_if_fail (report->actions != NULL || report->n_actions == 0, FALSE);
  g_return_val_if_fail (report->trend != NULL || report->n_trend == 0, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  self.n_unsur = MIN (report->unsur->len, LAYANAN_SKM_MAX_UNSUR);
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

  g_free (self.dates);
  g_free (self.exported);
  g_free (self.period);
  return saved;
}
