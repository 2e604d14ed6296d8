/* layanan-matrix-export.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-matrix-export"

#include "config.h"

#include "layanan-matrix-export.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "layanan-date.h"
#include "layanan-error.h"
#include "layanan-xlsx-file.h"

/* The Standar Pelayanan matrix as the bureaus publish it (PermenPANRB
 * 15/2014; DOMAIN.md §2.3): one sheet per service, two tables, then the
 * maklumat. The headings are the official Indonesian text and are printed
 * as they are, whatever the language of the interface.
 *
 * The workbook is written in libxlsxwriter's normal mode, not constant
 * memory: it holds a few dozen cells per service, so there is no memory to
 * save, and constant memory flushes each row once the next is begun, while
 * a long Uraian here runs over several rows beside No and Komponen cells
 * merged down over them (the number is written into the top one after the
 * merge). Constant memory would also cost one temporary file per sheet. */

#define SHEET_NAME_MAX 31
#define MAKLUMAT_SHEET_NAME "Maklumat Pelayanan"

#define FONT_NAME "Arial"
#define FONT_SIZE 11
/* A printed line of wrapped text, in points per point of font size, with a
 * little to spare (LibreOffice sets Arial 11 at 12.7 pt a line). */
#define LINE_SPACING 1.2
/* A component's Uraian longer than this is continued in the rows below
 * (Excel's rows end at 409 pt, and a row never breaks across pages). */
#define MAX_ROW_HEIGHT 260.0

#define WIDTH_NO 5
#define WIDTH_KOMPONEN 28
#define WIDTH_URAIAN 70
#define WIDTH_TABLE (WIDTH_NO + WIDTH_KOMPONEN + WIDTH_URAIAN)
#define WIDTH_MAKLUMAT_COLUMN 46

/* Under the text of "1. ", in FONT_NAME. */
#define ITEM_INDENT "     "

#define COL_NO 0
#define COL_KOMPONEN 1
#define COL_URAIAN 2

static const char title_text[] = "STANDAR PELAYANAN";
static const char heading_a[] =
  "A. KOMPONEN STANDAR PELAYANAN YANG TERKAIT DENGAN PROSES PENYAMPAIAN PELAYANAN "
  "(SERVICE DELIVERY)";
static const char heading_b[] =
  "B. KOMPONEN STANDAR PELAYANAN YANG TERKAIT DENGAN PROSES PENGELOLAAN PELAYANAN "
  "DI INTERNAL ORGANISASI (MANUFACTURING)";
static const char maklumat_title[] = "MAKLUMAT PELAYANAN";

typedef struct
{
  lxw_workbook *workbook;
  lxw_error     error;      /* the first failure, LXW_NO_ERROR until then */
  GPtrArray    *taken;      /* casefolded sheet names already used */

  lxw_format   *title;
  lxw_format   *subtitle;
  lxw_format   *unit;
  lxw_format   *heading;
  lxw_format   *table_header;
  lxw_format   *number;
  lxw_format   *cell;
  lxw_format   *cell_first;   /* an Uraian continued in the rows below */
  lxw_format   *cell_middle;
  lxw_format   *cell_last;
  lxw_format   *maklumat_title;
  lxw_format   *maklumat_text;
  lxw_format   *signature;
  lxw_format   *signature_name;
} Export;

static void
remember (Export    *self,
          lxw_error  error)
{
  if (error != LXW_NO_ERROR && self->error == LXW_NO_ERROR)
    self->error = error;
}

LAYANAN_XLSX_DEFINE_SAVE_ERROR (set_save_error, _("Cannot save the matrix to %s: %s"))

/* Cuts @text to at most @max_chars characters, at a space when that keeps
 * most of it, so "Fasilitasi Penyusunan Kebijakan Daerah" becomes
 * "Fasilitasi Penyusunan Kebijakan". */
static void
truncate_chars (GString *text,
                glong    max_chars)
{
  const char *end;
  const char *space;

  if (g_utf8_strlen (text->str, -1) <= max_chars)
    return;

  end = g_utf8_offset_to_pointer (text->str, max_chars);
  if (*end != ' ')
    {
      space = g_utf8_strrchr (text->str, end - text->str, ' ');
      if (space != NULL && g_utf8_pointer_to_offset (text->str, space) >= max_chars / 2)
        end = space;
    }
  g_string_truncate (text, end - text->str);

  while (text->len > 0 && (text->str[text->len - 1] == ' ' || text->str[text->len - 1] == '\''))
    g_string_truncate (text, text->len - 1);
}

/* Excel refuses []:*?/\ in a sheet name, an apostrophe at either end, more
 * than 31 characters and, ignoring case, a name used twice. */
static GString *
sheet_name_base (const char *service_name)
{
  GString *base = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = service_name != NULL ? service_name : ""; *p != '\0';
       p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '[' || c == ']' || c == ':' || c == '*' || c == '?' || c == '/' || c == '\\'
          || g_unichar_isspace (c) || g_unichar_iscntrl (c))
        {
          space = base->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (base, ' ');
      space = FALSE;
      g_string_append_unichar (base, c);
    }

  while (base->len > 0 && (base->str[0] == '\'' || base->str[0] == ' '))
    g_string_erase (base, 0, 1);
  while (base->len > 0 && (base->str[base->len - 1] == '\'' || base->str[base->len - 1] == ' '))
    g_string_truncate (base, base->len - 1);

  if (base->len == 0)
    g_string_assign (base, "Layanan");

  return base;
}

static gboolean
sheet_name_taken (Export     *self,
                  const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);

  for (guint i = 0; i < self->taken->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->taken, i), folded) == 0)
      return TRUE;

  return FALSE;
}

static char *
sheet_name_claim (Export     *self,
                  const char *service_name)
{
  g_autoptr(GString) base = sheet_name_base (service_name);
  g_autoptr(GString) name = g_string_new (NULL);

  for (guint n = 1; ; n++)
    {
      g_autofree char *suffix = n > 1 ? g_strdup_printf (" (%u)", n) : g_strdup ("");

      g_string_assign (name, base->str);
      truncate_chars (name, SHEET_NAME_MAX - (glong) strlen (suffix));
      if (name->len == 0)
        g_string_assign (name, "Layanan");
      g_string_append (name, suffix);

      if (!sheet_name_taken (self, name->str))
        break;
    }

  g_ptr_array_add (self->taken, g_utf8_casefold (name->str, -1));

  return g_string_free (g_steal_pointer (&name), FALSE);
}

/* Advance widths of Arial (and Liberation Sans, metric-compatible) for
 * ' ' to '~', in thousandths of an em. Excel and LibreOffice never fit the
 * height of a merged cell, and files from libxlsxwriter get no fitted rows
 * in LibreOffice, so the rows are measured here; other characters count as
 * a digit. */
static const guint16 arial_widths[] = {
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
};
G_STATIC_ASSERT (G_N_ELEMENTS (arial_widths) == '~' - ' ' + 1);

static double
char_width (gunichar c,
            gboolean bold)
{
  double width = c >= ' ' && c <= '~' ? arial_widths[c - ' '] : 556;

  /* Arial Bold is about a tenth wider. */
  return bold ? width * 1.1 : width;
}

/* Lines that @paragraph takes in a column @width_chars wide (Excel's unit:
 * the digit of the default font, 7 px), wrapping at spaces and after
 * hyphens as Excel does, and inside a word longer than the line. */
static guint
paragraph_lines (const char *paragraph,
                 double      width_chars,
                 double      font_size,
                 gboolean    bold)
{
  /* Pixels of the column less the cell's padding, a margin for renderers
   * that set text a little wider, in thousandths of an em. */
  double available = ((width_chars * 7 + 5) - 6) * 0.96 / (font_size * 96 / 72) * 1000;
  double x = 0;
  double word = 0;
  double spaces = 0;
  guint lines = 1;

  for (const char *p = paragraph; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ' ' || c == '\0' || (c == '-' && word > 0))
        {
          if (c == '-')
            word += char_width (c, bold);
          if (word > 0)
            {
              lines += layanan_xlsx_place_word (&x, spaces, word, available);
              spaces = 0;
              word = 0;
            }
          if (c == ' ')
            spaces += char_width (c, bold);
          if (c == '\0')
            break;
          continue;
        }
      word += char_width (c, bold);
    }

  return lines;
}

/* Points a row needs for @text (lines separated by "\n"). */
static double
text_height (const char *text,
             double      width_chars,
             double      font_size,
             gboolean    bold)
{
  g_auto(GStrv) paragraphs = g_strsplit (text != NULL ? text : "", "\n", -1);
  guint lines = 0;

  for (guint i = 0; paragraphs[i] != NULL; i++)
    lines += paragraph_lines (paragraphs[i], width_chars, font_size, bold);

  return MAX (lines, 1) * font_size * LINE_SPACING + 4;
}

static void
write_merged (Export        *self,
              lxw_worksheet *sheet,
              lxw_row_t      row,
              lxw_col_t      last_col,
              double         width_chars,
              const char    *text,
              lxw_format    *format,
              double         font_size,
              gboolean       bold)
{
  remember (self, worksheet_merge_range (sheet, row, 0, row, last_col, text, format));
  worksheet_set_row (sheet, row, text_height (text, width_chars, font_size, bold), NULL);
}

/* An item nested under the one before keeps its printed marker ("1) …",
 * "a. …", "- …"); top-level items come without one (layanan-standard.h). */
static gboolean
item_is_nested (const char *item)
{
  const char *p = item;

  while (*p == ' ' || *p == '\t')
    p++;

  if ((*p == '-' || *p == '*') && (p[1] == ' ' || p[1] == '\0'))
    return TRUE;
  if (g_str_has_prefix (p, "\u2022") || g_str_has_prefix (p, "\u2013"))
    return TRUE;

  if (*p == '(')
    p++;
  if (g_ascii_isdigit (*p))
    {
      while (g_ascii_isdigit (*p))
        p++;
    }
  else if (g_ascii_isalpha (*p) && !g_ascii_isalpha (p[1]))
    p++;
  else
    return FALSE;

  return (*p == ')' || *p == '.') && (p[1] == ' ' || p[1] == '\0');
}

/* One item as printed: @prefix, then its text; lines after the first are
 * indented to stand under the text of the numbered line. */
static char *
indent_item (const char *prefix,
             const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, i == 0 ? prefix : ITEM_INDENT);
      g_string_append (out, g_strchomp (lines[i]));
    }

  return g_string_free (out, FALSE);
}

/* The Uraian of a component as entries, each one or more lines, to be put
 * one under the other: items as numbered lines ("1. …", "2. …"), a lone
 * item and prose as they are, "-" for a component the document lacks, as
 * published matrices do. */
static GPtrArray *
component_uraian (LayananStandard      *standard,
                  LayananComponentKind  kind)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *items;
  const char *text;
  guint n_top = 0;
  guint number = 0;

  if (!layanan_standard_has_component (standard, kind))
    {
      g_ptr_array_add (entries, g_strdup ("-"));
      return entries;
    }

  items = layanan_standard_get_items (standard, kind);
  for (guint i = 0; items != NULL && i < items->len; i++)
    if (!item_is_nested (g_ptr_array_index (items, i)))
      n_top++;

  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      const char *item = g_ptr_array_index (items, i);
      g_autofree char *prefix = NULL;

      if (item_is_nested (item))
        prefix = g_strdup (n_top > 0 ? ITEM_INDENT : "");
      else if (n_top > 1)
        prefix = g_strdup_printf ("%u. ", ++number);
      else
        prefix = g_strdup ("");
      g_ptr_array_add (entries, indent_item (prefix, item));
    }

  text = layanan_standard_get_text (standard, kind);
  if (entries->len == 0 && text != NULL && text[0] != '\0')
    {
      g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

      for (guint i = 0; lines[i] != NULL; i++)
        g_ptr_array_add (entries, g_strdup (lines[i]));
    }

  if (entries->len == 0)
    g_ptr_array_add (entries, g_strdup ("-"));

  return entries;
}

/* Joins @entries into cells of at most MAX_ROW_HEIGHT each, breaking only
 * between entries: usually one cell, a long list in several rows. */
static GPtrArray *
chunk_uraian (GPtrArray *entries)
{
  GPtrArray *chunks = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) chunk = g_string_new (NULL);

  for (guint i = 0; i < entries->len; i++)
    {
      const char *entry = g_ptr_array_index (entries, i);
      g_autofree char *candidate = NULL;

      candidate = chunk->len > 0 ? g_strconcat (chunk->str, "\n", entry, NULL) : g_strdup (entry);
      if (chunk->len > 0
          && text_height (candidate, WIDTH_URAIAN, FONT_SIZE, FALSE) > MAX_ROW_HEIGHT)
        {
          g_ptr_array_add (chunks, g_strdup (chunk->str));
          g_string_assign (chunk, entry);
        }
      else
        g_string_assign (chunk, candidate);
    }
  g_ptr_array_add (chunks, g_strdup (chunk->str));

  return chunks;
}

static lxw_format *
new_format (Export *self)
{
  lxw_format *format = workbook_add_format (self->workbook);

  format_set_font_name (format, FONT_NAME);
  format_set_font_size (format, FONT_SIZE);

  return format;
}

static void
make_formats (Export *self)
{
  self->title = new_format (self);
  format_set_bold (self->title);
  format_set_font_size (self->title, 14);
  format_set_align (self->title, LXW_ALIGN_CENTER);
  format_set_align (self->title, LXW_ALIGN_VERTICAL_CENTER);

  self->subtitle = new_format (self);
  format_set_bold (self->subtitle);
  format_set_font_size (self->subtitle, 12);
  format_set_align (self->subtitle, LXW_ALIGN_CENTER);
  format_set_align (self->subtitle, LXW_ALIGN_VERTICAL_CENTER);
  format_set_text_wrap (self->subtitle);

  self->unit = new_format (self);
  format_set_font_size (self->unit, 12);
  format_set_align (self->unit, LXW_ALIGN_CENTER);
  format_set_align (self->unit, LXW_ALIGN_VERTICAL_CENTER);
  format_set_text_wrap (self->unit);

  self->heading = new_format (self);
  format_set_bold (self->heading);
  format_set_align (self->heading, LXW_ALIGN_LEFT);
  format_set_align (self->heading, LXW_ALIGN_VERTICAL_TOP);
  format_set_text_wrap (self->heading);

  self->table_header = new_format (self);
  format_set_bold (self->table_header);
  format_set_align (self->table_header, LXW_ALIGN_CENTER);
  format_set_align (self->table_header, LXW_ALIGN_VERTICAL_CENTER);
  format_set_border (self->table_header, LXW_BORDER_THIN);
  format_set_bg_color (self->table_header, 0xD9D9D9);
  format_set_text_wrap (self->table_header);

  self->number = new_format (self);
  format_set_align (self->number, LXW_ALIGN_CENTER);
  format_set_align (self->number, LXW_ALIGN_VERTICAL_TOP);
  format_set_border (self->number, LXW_BORDER_THIN);

  self->cell = new_format (self);
  format_set_align (self->cell, LXW_ALIGN_LEFT);
  format_set_align (self->cell, LXW_ALIGN_VERTICAL_TOP);
  format_set_border (self->cell, LXW_BORDER_THIN);
  format_set_text_wrap (self->cell);

  self->cell_first = new_format (self);
  format_set_align (self->cell_first, LXW_ALIGN_LEFT);
  format_set_align (self->cell_first, LXW_ALIGN_VERTICAL_TOP);
  format_set_text_wrap (self->cell_first);
  format_set_top (self->cell_first, LXW_BORDER_THIN);
  format_set_left (self->cell_first, LXW_BORDER_THIN);
  format_set_right (self->cell_first, LXW_BORDER_THIN);

  self->cell_middle = new_format (self);
  format_set_align (self->cell_middle, LXW_ALIGN_LEFT);
  format_set_align (self->cell_middle, LXW_ALIGN_VERTICAL_TOP);
  format_set_text_wrap (self->cell_middle);
  format_set_left (self->cell_middle, LXW_BORDER_THIN);
  format_set_right (self->cell_middle, LXW_BORDER_THIN);

  self->cell_last = new_format (self);
  format_set_align (self->cell_last, LXW_ALIGN_LEFT);
  format_set_align (self->cell_last, LXW_ALIGN_VERTICAL_TOP);
  format_set_text_wrap (self->cell_last);
  format_set_bottom (self->cell_last, LXW_BORDER_THIN);
  format_set_left (self->cell_last, LXW_BORDER_THIN);
  format_set_right (self->cell_last, LXW_BORDER_THIN);

  self->maklumat_title = new_format (self);
  format_set_bold (self->maklumat_title);
  format_set_font_size (self->maklumat_title, 16);
  format_set_align (self->maklumat_title, LXW_ALIGN_CENTER);
  format_set_align (self->maklumat_title, LXW_ALIGN_VERTICAL_CENTER);

  self->maklumat_text = new_format (self);
  format_set_font_size (self->maklumat_text, 12);
  format_set_align (self->maklumat_text, LXW_ALIGN_JUSTIFY);
  format_set_align (self->maklumat_text, LXW_ALIGN_VERTICAL_TOP);
  format_set_text_wrap (self->maklumat_text);

  self->signature = new_format (self);
  format_set_font_size (self->signature, 12);
  format_set_align (self->signature, LXW_ALIGN_CENTER);
  format_set_align (self->signature, LXW_ALIGN_VERTICAL_TOP);
  format_set_text_wrap (self->signature);

  self->signature_name = new_format (self);
  format_set_font_size (self->signature_name, 12);
  format_set_bold (self->signature_name);
  format_set_underline (self->signature_name, LXW_UNDERLINE_SINGLE);
  format_set_align (self->signature_name, LXW_ALIGN_CENTER);
  format_set_align (self->signature_name, LXW_ALIGN_VERTICAL_TOP);
  format_set_text_wrap (self->signature_name);
}

/* A4 portrait, one page wide, binding margin on the left (2 cm), 1.5 cm
 * elsewhere. A matrix runs over pages, so its footer names the service and
 * numbers the page from 1 on every sheet (not "of N": printing the whole
 * workbook, LibreOffice counts the pages of every sheet); the maklumat is
 * one page and has none. */
static void
set_up_page (Export        *self,
             lxw_worksheet *sheet,
             const char    *service_name)
{
  lxw_header_footer_options options = { .margin = 0.3 };

  worksheet_set_paper (sheet, 9);
  worksheet_set_portrait (sheet);
  worksheet_fit_to_pages (sheet, 1, 0);
  worksheet_set_margins (sheet, 0.79, 0.59, 0.59, 0.79);
  worksheet_center_horizontally (sheet);
  worksheet_gridlines (sheet, LXW_HIDE_ALL_GRIDLINES);

  if (service_name != NULL)
    {
      g_autoptr(GString) name = g_string_new (service_name);
      g_autofree char *footer = NULL;

      /* Excel's footers end at 255 characters; "&" is a code there. */
      truncate_chars (name, 120);
      g_string_replace (name, "&", "&&", 0);
      footer = g_strdup_printf ("&L&\"" FONT_NAME "\"&8 Standar Pelayanan %s"
                                "&R&\"" FONT_NAME "\"&8 Halaman &P", name->str);
      remember (self, worksheet_set_footer_opt (sheet, footer, &options));
      worksheet_set_start_page (sheet, 1);
    }
}

static void
write_table_header (Export        *self,
                    lxw_worksheet *sheet,
                    lxw_row_t      row)
{
  remember (self, worksheet_write_string (sheet, row, COL_NO, "No", self->table_header));
  remember (self, worksheet_write_string (sheet, row, COL_KOMPONEN, "Komponen",
                                          self->table_header));
  remember (self, worksheet_write_string (sheet, row, COL_URAIAN, "Uraian",
                                          self->table_header));
  worksheet_set_row (sheet, row, 20, NULL);
}

/* Writes the components of @group ('A' or 'B') from @row on, in their
 * published order; returns the row after the table. */
static lxw_row_t
write_group (Export          *self,
             lxw_worksheet   *sheet,
             lxw_row_t        row,
             LayananStandard *standard,
             char             group)
{
  LayananComponentKind kinds[LAYANAN_N_COMPONENTS];
  guint n_kinds = 0;

  for (int number = 1; number <= LAYANAN_N_COMPONENTS; number++)
    for (LayananComponentKind kind = 0; kind < LAYANAN_N_COMPONENTS; kind++)
      if (layanan_component_kind_get_group (kind) == group
          && layanan_component_kind_get_number (kind) == number)
        kinds[n_kinds++] = kind;

  for (guint i = 0; i < n_kinds; i++)
    {
      g_autoptr(GPtrArray) entries = component_uraian (standard, kinds[i]);
      g_autoptr(GPtrArray) chunks = chunk_uraian (entries);
      const char *name = layanan_component_kind_get_name (kinds[i]);
      int number = layanan_component_kind_get_number (kinds[i]);
      double name_height = text_height (name, WIDTH_KOMPONEN, FONT_SIZE, FALSE);
      lxw_row_t last = row + chunks->len - 1;

      if (chunks->len == 1)
        {
          remember (self, worksheet_write_number (sheet, row, COL_NO, number, self->number));
          remember (self, worksheet_write_string (sheet, row, COL_KOMPONEN, name, self->cell));
        }
      else
        {
          /* The number and the name stand once beside all the rows. */
          remember (self, worksheet_merge_range (sheet, row, COL_NO, last, COL_NO, "",
                                                 self->number));
          remember (self, worksheet_write_number (sheet, row, COL_NO, number, self->number));
          remember (self, worksheet_merge_range (sheet, row, COL_KOMPONEN, last, COL_KOMPONEN,
                                                 name, self->cell));
        }

      for (guint j = 0; j < chunks->len; j++, row++)
        {
          const char *chunk = g_ptr_array_index (chunks, j);
          double height = text_height (chunk, WIDTH_URAIAN, FONT_SIZE, FALSE);
          lxw_format *format = self->cell;

          if (chunks->len > 1)
            format = j == 0 ? self->cell_first
                     : j + 1 == chunks->len ? self->cell_last : self->cell_middle;
          if (j == 0)
            height = MAX (height, name_height);
          remember (self, worksheet_write_string (sheet, row, COL_URAIAN, chunk, format));
          worksheet_set_row (sheet, row, MIN (height, 409), NULL);
        }
    }

  return row;
}

static void
write_standard (Export          *self,
                LayananStandard *standard)
{
  g_autofree char *sheet_name = sheet_name_claim (self, layanan_standard_get_name (standard));
  const char *name = layanan_standard_get_name (standard);
  const char *unit = layanan_standard_get_unit_name (standard);
  lxw_worksheet *sheet;
  lxw_row_t row = 0;

  sheet = workbook_add_worksheet (self->workbook, sheet_name);
  if (sheet == NULL)
    {
      remember (self, workbook_validate_sheet_name (self->workbook, sheet_name));
      remember (self, LXW_ERROR_MEMORY_MALLOC_FAILED);
      return;
    }

  set_up_page (self, sheet, name != NULL ? name : "");
  worksheet_set_column (sheet, COL_NO, COL_NO, WIDTH_NO, NULL);
  worksheet_set_column (sheet, COL_KOMPONEN, COL_KOMPONEN, WIDTH_KOMPONEN, NULL);
  worksheet_set_column (sheet, COL_URAIAN, COL_URAIAN, WIDTH_URAIAN, NULL);

  write_merged (self, sheet, row++, COL_URAIAN, WIDTH_TABLE, title_text, self->title, 14, TRUE);
  write_merged (self, sheet, row++, COL_URAIAN, WIDTH_TABLE, name != NULL ? name : "",
                self->subtitle, 12, TRUE);
  write_merged (self, sheet, row++, COL_URAIAN, WIDTH_TABLE, unit != NULL ? unit : "",
                self->unit, 12, FALSE);
  row++;

  write_merged (self, sheet, row++, COL_URAIAN, WIDTH_TABLE, heading_a, self->heading,
                FONT_SIZE, TRUE);
  /* Printed on top of every page the tables run onto. */
  worksheet_repeat_rows (sheet, row, row);
  write_table_header (self, sheet, row++);
  row = write_group (self, sheet, row, standard, 'A');
  row++;

  write_merged (self, sheet, row++, COL_URAIAN, WIDTH_TABLE, heading_b, self->heading,
                FONT_SIZE, TRUE);
  write_table_header (self, sheet, row++);
  write_group (self, sheet, row, standard, 'B');
}

/* A line of the signature block, on the right half of the page. */
static void
write_line (Export        *self,
            lxw_worksheet *sheet,
            lxw_row_t      row,
            const char    *text,
            lxw_format    *format,
            gboolean       bold)
{
  remember (self, worksheet_write_string (sheet, row, 1, text, format));
  worksheet_set_row (sheet, row, text_height (text, WIDTH_MAKLUMAT_COLUMN, 12, bold), NULL);
}

/* "Kepala Biro …\nDrs. Nama\nNIP …": the first line of several is the
 * position, above the room for the signature; the rest, the name first,
 * below it. A single line is the name. */
static void
write_maklumat (Export                *self,
                const LayananMaklumat *maklumat,
                const char            *date_text)
{
  g_autofree char *place_date = NULL;
  g_auto(GStrv) signatory = NULL;
  lxw_worksheet *sheet;
  lxw_row_t row = 0;
  guint first_below = 0;

  /* Its name was kept free from the start. */
  sheet = workbook_add_worksheet (self->workbook, MAKLUMAT_SHEET_NAME);
  if (sheet == NULL)
    {
      remember (self, LXW_ERROR_MEMORY_MALLOC_FAILED);
      return;
    }

  set_up_page (self, sheet, NULL);
  worksheet_set_column (sheet, 0, 1, WIDTH_MAKLUMAT_COLUMN, NULL);

  write_merged (self, sheet, row++, 1, 2 * WIDTH_MAKLUMAT_COLUMN, maklumat_title,
                self->maklumat_title, 16, TRUE);
  row++;
  write_merged (self, sheet, row++, 1, 2 * WIDTH_MAKLUMAT_COLUMN,
                maklumat->text != NULL ? maklumat->text : "", self->maklumat_text, 12, FALSE);
  row += 2;

  if (maklumat->place != NULL && maklumat->place[0] != '\0' && date_text != NULL)
    place_date = g_strdup_printf ("%s, %s", maklumat->place, date_text);
  else if (maklumat->place != NULL && maklumat->place[0] != '\0')
    place_date = g_strdup (maklumat->place);
  else if (date_text != NULL)
    place_date = g_strdup (date_text);
  if (place_date != NULL)
    write_line (self, sheet, row++, place_date, self->signature, FALSE);

  signatory = g_strsplit (maklumat->signatory != NULL ? maklumat->signatory : "", "\n", -1);
  for (guint i = 0; signatory[i] != NULL; i++)
    g_strstrip (signatory[i]);
  if (g_strv_length (signatory) > 1)
    {
      write_line (self, sheet, row++, signatory[0], self->signature, FALSE);
      first_below = 1;
    }
  row += 4;
  for (guint i = first_below; signatory[i] != NULL; i++)
    write_line (self, sheet, row++, signatory[i],
                i == first_below ? self->signature_name : self->signature, i == first_below);
}

/**
 * layanan_matrix_export:
 * @path: the .xlsx file to write; replaced if it exists
 * @standards: (element-type LayananStandard): one sheet each, in this order
 * @maklumat: (nullable): printed on a last sheet when given
 * @author: the bureau, stored as the workbook's author
 * @error: a %LAYANAN_ERROR naming @path on failure
 *
 * Writes the Standar Pelayanan matrix of @standards in the published
 * layout. On failure nothing is left at @path (a file that was there stays
 * as it was).
 */
gboolean
layanan_matrix_export (const char             *path,
                       GPtrArray              *standards,
                       const LayananMaklumat  *maklumat,
                       const char             *author,
                       GError                **error)
{
  lxw_workbook_options options = { .constant_memory = LXW_FALSE, .use_zip64 = LXW_FALSE };
  g_autoptr(GPtrArray) taken = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *title = g_strdup ("Standar Pelayanan");
  g_autofree char *author_copy = g_strdup (author != NULL ? author : "");
  g_autofree char *date_text = NULL;
  g_autofree char *tmp_path = NULL;
  lxw_doc_properties properties = { 0 };
  g_auto(LayananXlsxFailure) failure = { 0 };
  Export self = { 0 };
  lxw_error close_error;
  int close_errno;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (standards != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (standards->len == 0 && maklumat == NULL)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("Nothing to export to %s: choose at least one service"), path);
      return FALSE;
    }

  if (maklumat != NULL && maklumat->date != NULL && maklumat->date[0] != '\0')
    {
      GDate date;

      if (!layanan_date_parse_iso (maklumat->date, &date, error))
        return FALSE;
      date_text = layanan_date_format_long (&date);
    }

  layanan_xlsx_failure_init (&failure, path, set_save_error);
  tmp_path = layanan_xlsx_failure_create_temporary (&failure);
  if (tmp_path == NULL)
    return layanan_xlsx_failure_report (&failure, error);

  self.workbook = workbook_new_opt (tmp_path, &options);
  if (self.workbook == NULL)
    {
      g_unlink (tmp_path);
      layanan_xlsx_failure_set_lxw (&failure, LXW_ERROR_MEMORY_MALLOC_FAILED, 0);
      return layanan_xlsx_failure_report (&failure, error);
    }
  self.taken = taken;

  /* Excel keeps "History" for itself; the maklumat's name is claimed first
   * so that a service of that name gets "(2)", not the maklumat. */
  g_ptr_array_add (taken, g_utf8_casefold ("History", -1));
  if (maklumat != NULL)
    g_ptr_array_add (taken, g_utf8_casefold (MAKLUMAT_SHEET_NAME, -1));

  properties.title = title;
  properties.author = author_copy;
  properties.created = time (NULL);
  remember (&self, workbook_set_properties (self.workbook, &properties));

  make_formats (&self);

  for (guint i = 0; i < standards->len; i++)
    write_standard (&self, g_ptr_array_index (standards, i));

  if (maklumat != NULL)
    write_maklumat (&self, maklumat, date_text);

  errno = 0;
  close_error = workbook_close (self.workbook);
  close_errno = errno;
  if (self.error == LXW_NO_ERROR)
    self.error = close_error;

  if (self.error != LXW_NO_ERROR)
    {
      g_unlink (tmp_path);
      layanan_xlsx_failure_set_lxw (&failure, self.error, close_errno);
      return layanan_xlsx_failure_report (&failure, error);
    }

  if (!layanan_xlsx_sync_file (tmp_path) || g_rename (tmp_path, path) != 0)
    {
      layanan_xlsx_failure_set_errno (&failure, errno);
      g_unlink (tmp_path);
      return layanan_xlsx_failure_report (&failure, error);
    }

  return TRUE;
}
