/* layanan-skm-chart.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LAYANAN_TYPE_SKM_CHART (layanan_skm_chart_get_type ())

G_DECLARE_FINAL_TYPE (LayananSkmChart, layanan_skm_chart, LAYANAN, SKM_CHART, GtkDrawingArea)

/* A bar chart of the NRR per unsur (1–4) with the lower bounds of the
 * grades drawn across; its accessible description lists the values. */
GtkWidget  *layanan_skm_chart_new          (void);
/* @unsur: LayananSkmUnsur; @nrr: one per unsur, negative when nobody
 * answered it; @grades: LayananSkmGrade, whose min_score / 25 are drawn. */
void        layanan_skm_chart_set_values   (LayananSkmChart *self,
                                            GPtrArray       *unsur,
                                            const double    *nrr,
                                            GPtrArray       *grades);
const char *layanan_skm_chart_get_summary  (LayananSkmChart *self);

/* @value rounded half-up to @digits (≤ 4) with a decimal comma: "91,48". */
char       *layanan_skm_format_decimal     (double           value,
                                            int              digits);

G_END_DECLS
