/* render-letter.c — draws a letter laid out by make-fixtures.sh into an A4 PDF.
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not part of the build: make-fixtures.sh compiles it with pangocairo to make the
 * born-digital fixtures. Input (stdin), one command a line:
 *   ROW <space-before-pt>                      start a row of cells
 *   CELL <L|C|R|J> <x-mm> <width-mm> <indent-mm> <markup>   a cell of the current row
 *   RULE                                       the double line under a letterhead
 *   PAGE                                       a new page
 * Usage: render-letter OUT.pdf < layout
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#define MM (72.0 / 25.4)
#define PAGE_W (210 * MM)
#define PAGE_H (297 * MM)
#define MARGIN_L (25 * MM)
#define MARGIN_T (15 * MM)
#define MARGIN_B (20 * MM)

typedef struct
{
  PangoLayout *layout;
  double       x;
} Cell;

static PangoLayout *
make_layout (cairo_t    *cr,
             char        align,
             double      width,
             double      indent,
             const char *markup)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Liberation Serif 12");

  /* Points, not the 96 dpi pango assumes: the PDF surface counts in points. */
  pango_cairo_context_set_resolution (pango_layout_get_context (layout), 72);
  pango_layout_context_changed (layout);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_set_indent (layout, (int) (indent * PANGO_SCALE));
  pango_layout_set_alignment (layout, align == 'C' ? PANGO_ALIGN_CENTER
                                      : align == 'R' ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  pango_layout_set_justify (layout, align == 'J');
  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

static void
flush_row (cairo_t *cr,
           Cell    *cells,
           int      n_cells,
           double  *y)
{
  double height = 0;

  for (int i = 0; i < n_cells; i++)
    {
      int w, h;

      pango_layout_get_size (cells[i].layout, &w, &h);
      if (h / (double) PANGO_SCALE > height)
        height = h / (double) PANGO_SCALE;
    }

  if (*y + height > PAGE_H - MARGIN_B)
    {
      cairo_show_page (cr);
      *y = MARGIN_T;
    }

  for (int i = 0; i < n_cells; i++)
    {
      cairo_move_to (cr, MARGIN_L + cells[i].x, *y);
      pango_cairo_show_layout (cr, cells[i].layout);
      g_object_unref (cells[i].layout);
    }

  *y += height;
}

int
main (int    argc,
      char **argv)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  char line[8192];
  Cell cells[8];
  int n_cells = 0;
  double y = MARGIN_T, space = 0;

  if (argc != 2)
    {
      fprintf (stderr, "usage: render-letter OUT.pdf < layout\n");
      return 2;
    }

  surface = cairo_pdf_surface_create (argv[1], PAGE_W, PAGE_H);
  cr = cairo_create (surface);

  while (fgets (line, sizeof line, stdin) != NULL)
    {
      line[strcspn (line, "\n")] = '\0';

      if (strncmp (line, "ROW ", 4) == 0 || strcmp (line, "PAGE") == 0 || strcmp (line, "RULE") == 0)
        {
          flush_row (cr, cells, n_cells, &y);
          n_cells = 0;
        }

      if (strncmp (line, "ROW ", 4) == 0)
        {
          space = atof (line + 4);
          y += space;
        }
      else if (strcmp (line, "PAGE") == 0)
        {
          cairo_show_page (cr);
          y = MARGIN_T;
        }
      else if (strcmp (line, "RULE") == 0)
        {
          y += 3;
          cairo_set_line_width (cr, 2);
          cairo_move_to (cr, MARGIN_L, y);
          cairo_line_to (cr, PAGE_W - 20 * MM, y);
          cairo_stroke (cr);
          cairo_set_line_width (cr, 0.6);
          cairo_move_to (cr, MARGIN_L, y + 3);
          cairo_line_to (cr, PAGE_W - 20 * MM, y + 3);
          cairo_stroke (cr);
          y += 8;
        }
      else if (strncmp (line, "CELL ", 5) == 0 && n_cells < 8)
        {
          char align;
          double x, width, indent;
          int used = 0;

          if (sscanf (line + 5, "%c %lf %lf %lf %n", &align, &x, &width, &indent, &used) < 4)
            {
              fprintf (stderr, "render-letter: bad line: %s\n", line);
              return 1;
            }
          cells[n_cells].x = x * MM;
          cells[n_cells].layout = make_layout (cr, align, width * MM, indent * MM,
                                               line + 5 + used);
          n_cells++;
        }
    }

  flush_row (cr, cells, n_cells, &y);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      fprintf (stderr, "render-letter: %s\n", cairo_status_to_string (cairo_surface_status (surface)));
      return 1;
    }
  cairo_surface_destroy (surface);
  return 0;
}
