/* layanan-skm-chart.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-skm-chart"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>
#include <adwaita.h>

#include "layanan-skm.h"
#include "layanan-skm-chart.h"

/* The NRR scale the axis spans. */
#define SCALE_MIN 1.0
#define SCALE_MAX 4.0
#define MARGIN    8.0

typedef struct
{
  char   *code;
  double  nrr;                /* < 0: nobody answered */
} Bar;

typedef struct
{
  char    mutu;
  double  nrr;                /* the grade's lower bound on the 1–4 scale */
} Threshold;

struct _LayananSkmChart
{
  GtkDrawingArea  parent_instance;

  /* Owned */
  GArray         *bars;       /* Bar */
  GArray         *thresholds; /* Threshold */
  char           *summary;
};

G_DEFINE_FINAL_TYPE (LayananSkmChart, layanan_skm_chart, GTK_TYPE_DRAWING_AREA)

static void
clear_bar (gpointer data)
{
  Bar *bar = data;

  g_free (bar->code);
}

char *
layanan_skm_format_decimal (double value,
                            int    digits)
{
  double factor = pow (10.0, CLAMP (digits, 0, 4));
  /* Half-up on the decimal value: 88.305 shows 88,31 as the grade reads it;
   * the small nudge absorbs binary representation error. */
  double rounded = floor (value * factor + 0.5 + 1e-9) / factor;
  char *text = g_strdup_printf ("%.*f", CLAMP (digits, 0, 4), rounded);
  char *point = strchr (text, '.');

  if (point != NULL)
    *point = ',';
  return text;
}

static void
set_rgba (cairo_t    *cr,
          const char *spec)
{
  GdkRGBA color;

  gdk_rgba_parse (&color, spec);
  gdk_cairo_set_source_rgba (cr, &color);
}

static double
y_of (double nrr,
      double top,
      double bottom)
{
  double fraction = (CLAMP (nrr, SCALE_MIN, SCALE_MAX) - SCALE_MIN) / (SCALE_MAX - SCALE_MIN);

  return bottom - fraction * (bottom - top);
}

static void
draw_text (GtkWidget  *widget,
           cairo_t    *cr,
           const char *text,
           double      center_x,
           double      y,
           gboolean    above)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);
  int width, height;

  pango_layout_get_pixel_size (layout, &width, &height);
  cairo_move_to (cr, center_x - width / 2.0, above ? y - height - 2 : y + 2);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
}

static void
draw_thresholds (LayananSkmChart *self,
                 cairo_t         *cr,
                 double           left,
                 double           right,
                 double           top,
                 double           bottom,
                 gboolean         dark)
{
  static const double dashes[] = { 4.0, 3.0 };

  cairo_save (cr);
  cairo_set_line_width (cr, 1.0);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  for (guint i = 0; i < self->thresholds->len; i++)
    {
      Threshold *threshold = &g_array_index (self->thresholds, Threshold, i);
      double y = round (y_of (threshold->nrr, top, bottom)) + 0.5;
      char letter[2] = { threshold->mutu, '\0' };

      set_rgba (cr, dark ? "rgba(255,255,255,0.45)" : "rgba(0,0,0,0.45)");
      cairo_move_to (cr, left, y);
      cairo_line_to (cr, right, y);
      cairo_stroke (cr);
      draw_text (GTK_WIDGET (self), cr, letter, right + MARGIN, y - 8, FALSE);
    }
  cairo_restore (cr);
}

static void
draw_cb (GtkDrawingArea *area,
         cairo_t        *cr,
         int             width,
         int             height,
         gpointer        user_data)
{
  LayananSkmChart *self = LAYANAN_SKM_CHART (area);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  const char *ink = dark ? "#ffffff" : "#242424";
  double left = MARGIN, right = width - 3 * MARGIN;
  double top = MARGIN + 20, bottom = height - MARGIN - 20;
  double slot;

  if (self->bars->len == 0 || right <= left || bottom <= top)
    return;

  slot = (right - left) / self->bars->len;
  for (guint i = 0; i < self->bars->len; i++)
    {
      Bar *bar = &g_array_index (self->bars, Bar, i);
      double center = left + slot * (i + 0.5);

      set_rgba (cr, ink);
      draw_text (GTK_WIDGET (self), cr, bar->code, center, bottom, FALSE);
      if (bar->nrr < 0)
        continue;

      set_rgba (cr, dark ? "#78aeed" : "#3584e4");
      cairo_rectangle (cr, center - slot * 0.3, y_of (bar->nrr, top, bottom),
                       slot * 0.6, bottom - y_of (bar->nrr, top, bottom));
      cairo_fill (cr);

      {
        g_autofree char *value = layanan_skm_format_decimal (bar->nrr, 2);

        set_rgba (cr, ink);
        draw_text (GTK_WIDGET (self), cr, value, center, y_of (bar->nrr, top, bottom), TRUE);
      }
    }
  set_rgba (cr, ink);
  cairo_set_line_width (cr, 1.0);
  cairo_move_to (cr, left, round (bottom) + 0.5);
  cairo_line_to (cr, right, round (bottom) + 0.5);
  cairo_stroke (cr);
  draw_thresholds (self, cr, left, right, top, bottom, dark);
}

static void
update_summary (LayananSkmChart *self,
                GPtrArray       *unsur)
{
  g_autoptr(GString) summary = g_string_new (NULL);

  for (guint i = 0; i < self->bars->len; i++)
    {
      Bar *bar = &g_array_index (self->bars, Bar, i);
      LayananSkmUnsur *item = g_ptr_array_index (unsur, i);
      g_autofree char *value = bar->nrr >= 0 ? layanan_skm_format_decimal (bar->nrr, 2)
                                             /* Translators: an unsur nobody answered */
                                             : g_strdup (_("no answers"));

      /* Translators: one unsur in the chart's spoken summary, "U1 Persyaratan: 3,62" */
      g_string_append_printf (summary, _("%s%s %s: %s"), summary->len > 0 ? "; " : "",
                              item->code, item->name, value);
    }
  g_free (self->summary);
  self->summary = g_string_free (g_steal_pointer (&summary), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->summary,
                                  -1);
}

static void
style_changed_cb (LayananSkmChart *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
layanan_skm_chart_finalize (GObject *object)
{
  LayananSkmChart *self = LAYANAN_SKM_CHART (object);

  g_clear_pointer (&self->bars, g_array_unref);
  g_clear_pointer (&self->thresholds, g_array_unref);
  g_clear_pointer (&self->summary, g_free);

  G_OBJECT_CLASS (layanan_skm_chart_parent_class)->finalize (object);
}

static void
layanan_skm_chart_class_init (LayananSkmChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = layanan_skm_chart_finalize;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
layanan_skm_chart_init (LayananSkmChart *self)
{
  self->bars = g_array_new (FALSE, TRUE, sizeof (Bar));
  g_array_set_clear_func (self->bars, clear_bar);
  self->thresholds = g_array_new (FALSE, TRUE, sizeof (Threshold));
  self->summary = g_strdup ("");

  gtk_widget_set_size_request (GTK_WIDGET (self), 320, 220);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self), draw_cb, NULL, NULL);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  /* Translators: accessible name of the bar chart */
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("NRR per unsur"),
                                  -1);
}

GtkWidget *
layanan_skm_chart_new (void)
{
  return g_object_new (LAYANAN_TYPE_SKM_CHART, NULL);
}

void
layanan_skm_chart_set_values (LayananSkmChart *self,
                              GPtrArray       *unsur,
                              const double    *nrr,
                              GPtrArray       *grades)
{
  g_return_if_fail (LAYANAN_IS_SKM_CHART (self));
  g_return_if_fail (unsur != NULL);
  g_return_if_fail (nrr != NULL || unsur->len == 0);

  g_array_set_size (self->bars, 0);
  for (guint i = 0; i < unsur->len; i++)
    {
      LayananSkmUnsur *item = g_ptr_array_index (unsur, i);
      Bar bar = { g_strdup (item->code), nrr[i] };

      g_array_append_val (self->bars, bar);
    }

  g_array_set_size (self->thresholds, 0);
  for (guint i = 0; grades != NULL && i < grades->len; i++)
    {
      LayananSkmGrade *grade = g_ptr_array_index (grades, i);
      Threshold threshold = { grade->mutu, grade->min_score / 25.0 };

      /* The lowest grade starts at the bottom of the scale: no line. */
      if (threshold.nrr > SCALE_MIN)
        g_array_append_val (self->thresholds, threshold);
    }

  update_summary (self, unsur);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const char *
layanan_skm_chart_get_summary (LayananSkmChart *self)
{
  g_return_val_if_fail (LAYANAN_IS_SKM_CHART (self), NULL);

  return self->summary;
}
