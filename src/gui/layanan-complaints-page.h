/* layanan-complaints-page.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "layanan-database.h"

G_BEGIN_DECLS

#define LAYANAN_TYPE_COMPLAINTS_PAGE (layanan_complaints_page_get_type ())

G_DECLARE_FINAL_TYPE (LayananComplaintsPage, layanan_complaints_page, LAYANAN, COMPLAINTS_PAGE,
                      AdwBin)

/* The Pengaduan tab: the complaint register over SQL, its filters, and the
 * commands to register, import, open and recap complaints. Its "n-overdue"
 * and "needs-attention" properties feed the tab's badge. */
void  layanan_complaints_page_set_database   (LayananComplaintsPage *self,
                                              LayananDatabase       *database);
void  layanan_complaints_page_refresh        (LayananComplaintsPage *self);
void  layanan_complaints_page_open_complaint (LayananComplaintsPage *self,
                                              gint64                 complaint_id);
guint layanan_complaints_page_get_n_overdue  (LayananComplaintsPage *self);

G_END_DECLS
