/* layanan-disposition-sheet.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-disposition-sheet"

#include "config.h"

#include <glib/gi18n.h>

#include "layanan-date.h"
#include "layanan-disposition-sheet.h"

/* The sheet is an official Indonesian form: its labels are printed as the
 * Tata Naskah Dinas has them, whatever the desktop's language. */

#define MARGIN 36.0        /* points */
#define LINE_GAP 4.0

typedef struct
{
  char      *unit_name;
  LayananLetter *letter;
  GPtrArray *dispositions;  /* LayananDisposition */
} Sheet;

static void
sheet_free (Sheet *sheet)
{
  g_free (sheet->unit_name);
  layanan_letter_free (sheet->letter);
  g_ptr_array_unref (sheet->dispositions);
  g_free (sheet);
}

static char *
long_date (const char *iso)
{
  GDate date;

  if (iso == NULL || !layanan_date_parse_iso (iso, &date, NULL))
    return g_strdup (iso != NULL ? iso : "");
  return layanan_date_format_long (&date);
}

/* Draws @text at the top left of (@x, @y) within @width; returns its height. */
static double
draw_text (cairo_t    *cr,
           const char *text,
           const char *font,
           double      x,
           double      y,
           double      width,
           PangoAlignment alignment)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  PangoFontDescription *description = pango_font_description_from_string (font);
  int text_width, text_height;

  pango_layout_set_font_description (layout, description);
  pango_font_description_free (description);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  pango_layout_get_size (layout, &text_width, &text_height);
  return (double) text_height / PANGO_SCALE;
}

static double
draw_field (cairo_t    *cr,
            const char *label,
            const char *value,
            double      x,
            double      y,
            double      width)
{
  double label_width = width * 0.32;
  double height = draw_text (cr, label, "Sans 10", x + 4, y + 4, label_width, PANGO_ALIGN_LEFT);

  height = MAX (height, draw_text (cr, value, "Sans 10", x + label_width, y + 4,
                                   width - label_width - 4, PANGO_ALIGN_LEFT));
  return height + 8;
}

static void
draw_box (cairo_t *cr,
          double   x,
          double   y,
          double   width,
          double   height)
{
  cairo_rectangle (cr, x, y, width, height);
  cairo_stroke (cr);
}

static char *
recipients_text (GPtrArray *dispositions)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < dispositions->len; i++)
    {
      LayananDisposition *disposition = g_ptr_array_index (dispositions, i);

      g_string_append_printf (text, "%u. %s (dari %s)\n", i + 1, disposition->to_name,
                              disposition->from_name);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The three instructions of layout 1 as boxes, ticked when any disposition
 * gave them. */
static char *
instructions_text (GPtrArray *dispositions)
{
  static const struct { LayananInstructions flag; const char *label; } printed[] = {
    { LAYANAN_INSTRUCTION_TANGGAPAN_SARAN, "Tanggapan dan Saran" },
    { LAYANAN_INSTRUCTION_PROSES_LANJUT, "Proses lebih lanjut" },
    { LAYANAN_INSTRUCTION_KOORDINASI, "Koordinasi/konfirmasi" },
  };
  g_autoptr(GString) text = g_string_new (NULL);
  guint given = 0;

  for (guint i = 0; i < dispositions->len; i++)
    given |= ((LayananDisposition *) g_ptr_array_index (dispositions, i))->instructions;
  for (guint i = 0; i < G_N_ELEMENTS (printed); i++)
    g_string_append_printf (text, "%s %s   ", (given & printed[i].flag) ? "☒" : "☐",
                            printed[i].label);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
notes_text (GPtrArray *dispositions)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < dispositions->len; i++)
    {
      LayananDisposition *disposition = g_ptr_array_index (dispositions, i);

      if (disposition->note != NULL)
        g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", disposition->note);
      if (disposition->due_date != NULL)
        {
          g_autofree char *due = long_date (disposition->due_date);

          g_string_append_printf (text, "%sBatas waktu: %s", text->len > 0 ? "\n" : "", due);
        }
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_number,
              Sheet             *sheet)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context) - 2 * MARGIN;
  double x = MARGIN, y = MARGIN, top, half = width / 2;
  const LayananLetter *letter = sheet->letter;
  g_autofree char *received = NULL;
  g_autofree char *tanggal = long_date (letter->tanggal);
  g_autofree char *agenda = layanan_agenda_number_format (letter->agenda_number,
                                                          letter->agenda_year);
  g_autofree char *sifat = g_strdup_printf ("%s, %s", layanan_keamanan_get_official_name (letter->keamanan),
                                            layanan_kecepatan_get_official_name (letter->kecepatan));
  g_autofree char *recipients = recipients_text (sheet->dispositions);
  g_autofree char *instructions = instructions_text (sheet->dispositions);
  g_autofree char *notes = notes_text (sheet->dispositions);
  g_autoptr(GDateTime) received_at = layanan_date_time_parse (letter->received_at, NULL, NULL);

  received = received_at != NULL ? layanan_date_time_format_long (received_at)
                                 : g_strdup (letter->received_at);

  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 0.8);

  y += draw_text (cr, "PEMERINTAH PROVINSI KALIMANTAN BARAT\nSEKRETARIAT DAERAH", "Sans Bold 11",
                  x, y, width, PANGO_ALIGN_CENTER);
  y += draw_text (cr, sheet->unit_name, "Sans Bold 11", x, y, width, PANGO_ALIGN_CENTER) + 12;
  y += draw_text (cr, "LEMBAR DISPOSISI", "Sans Bold 14", x, y, width, PANGO_ALIGN_CENTER) + 12;

  top = y;
  {
    double left = 0, right = 0;

    left += draw_field (cr, "Surat dari", letter->pengirim, x, y + left, half);
    left += draw_field (cr, "No. Surat", letter->nomor, x, y + left, half);
    left += draw_field (cr, "Tgl. Surat", tanggal, x, y + left, half);
    right += draw_field (cr, "Diterima Tgl", received, x + half, y + right, half);
    right += draw_field (cr, "No. Agenda", agenda, x + half, y + right, half);
    right += draw_field (cr, "Sifat", sifat, x + half, y + right, half);
    y += MAX (left, right);
  }
  draw_box (cr, x, top, half, y - top);
  draw_box (cr, x + half, top, half, y - top);

  top = y;
  y += draw_field (cr, "Perihal", letter->hal, x, y, width);
  draw_box (cr, x, top, width, y - top);

  top = y;
  y += draw_field (cr, "Diteruskan kepada Sdr.", recipients, x, y, width);
  y += draw_field (cr, "Dengan hormat harap", instructions, x, y, width);
  draw_box (cr, x, top, width, y - top);

  top = y;
  y += MAX (draw_field (cr, "Catatan", notes, x, y, width), 120);
  draw_box (cr, x, top, width, y - top);
}

static char *
unit_name (LayananDatabase *database,
           gint64           unit_id)
{
  g_autoptr(GPtrArray) units = layanan_database_list_units (database, NULL);

  for (guint i = 0; units != NULL && i < units->len; i++)
    {
      LayananUnit *unit = g_ptr_array_index (units, i);

      if (unit->id == unit_id)
        return g_utf8_strup (unit->name, -1);
    }
  return g_strdup ("");
}

gboolean
layanan_disposition_sheet_print (GtkWindow           *parent,
                                 LayananDatabase     *database,
                                 const LayananLetter *letter,
                                 GPtrArray           *dispositions,
                                 const char          *pdf_path,
                                 GError             **error)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  GtkPrintOperationAction action = GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG;
  Sheet *sheet = g_new0 (Sheet, 1);
  GtkPrintOperationResult result;

  sheet->unit_name = unit_name (database, letter->unit_id);
  sheet->letter = layanan_letter_copy (letter);
  sheet->dispositions = dispositions != NULL ? g_ptr_array_ref (dispositions)
                                             : g_ptr_array_new ();

  gtk_page_setup_set_paper_size (setup, a4);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_n_pages (operation, 1);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, "Lembar Disposisi");
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), sheet);
  g_object_set_data_full (G_OBJECT (operation), "sheet", sheet, (GDestroyNotify) sheet_free);

  if (pdf_path != NULL)
    {
      gtk_print_operation_set_export_filename (operation, pdf_path);
      action = GTK_PRINT_OPERATION_ACTION_EXPORT;
    }
  else
    gtk_print_operation_set_allow_async (operation, TRUE);

  result = gtk_print_operation_run (operation, action, parent, error);
  return result != GTK_PRINT_OPERATION_RESULT_ERROR;
}
