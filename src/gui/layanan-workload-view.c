/* layanan-workload-view.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-workload-view"

#include "config.h"

#include "layanan-workload-view.h"

/* TEMPORARY stub, dropped when the real workload view is merged. */
GtkWidget *
layanan_workload_view_new (LayananDatabase *database)
{
  GtkWidget *page = adw_status_page_new ();

  g_return_val_if_fail (LAYANAN_IS_DATABASE (database), NULL);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "x-office-spreadsheet-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (page), "Workload");
  return page;
}
