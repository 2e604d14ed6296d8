/* layanan-evaluation-page.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "layanan-database.h"

G_BEGIN_DECLS

#define LAYANAN_TYPE_EVALUATION_PAGE (layanan_evaluation_page_get_type ())

G_DECLARE_FINAL_TYPE (LayananEvaluationPage, layanan_evaluation_page, LAYANAN, EVALUATION_PAGE,
                      AdwBin)

/* The Evaluasi Kinerja tab: the SKM and the workload, side by side under
 * their own switcher. */
void  layanan_evaluation_page_set_database     (LayananEvaluationPage *self,
                                                LayananDatabase       *database);
/* "skm" or "workload". */
void  layanan_evaluation_page_set_visible_view (LayananEvaluationPage *self,
                                                const char            *name);

G_END_DECLS
