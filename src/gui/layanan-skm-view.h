/* layanan-skm-view.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "layanan-database.h"

G_BEGIN_DECLS

#define LAYANAN_TYPE_SKM_VIEW (layanan_skm_view_get_type ())

G_DECLARE_FINAL_TYPE (LayananSkmView, layanan_skm_view, LAYANAN, SKM_VIEW, AdwBin)

/* The SKM part of the Evaluasi Kinerja tab: a unit's survey periods, the
 * IKM and mutu of the period chosen, the NRR per unsur, per service, the
 * trend, the respondents and the follow-up plan for the weakest unsur. */
void     layanan_skm_view_set_database (LayananSkmView  *self,
                                        LayananDatabase *database);
/* Computes the period shown again (in a worker thread). */
void     layanan_skm_view_refresh      (LayananSkmView  *self);
gboolean layanan_skm_view_is_loading   (LayananSkmView  *self);
/* The period shown, 0 when none. */
gint64   layanan_skm_view_get_period_id (LayananSkmView *self);
void     layanan_skm_view_select_period (LayananSkmView *self,
                                         gint64          period_id);
void     layanan_skm_view_export        (LayananSkmView *self,
                                         const char     *path);
gboolean layanan_skm_view_is_exporting  (LayananSkmView *self);

G_END_DECLS
