/* layanan-catalog-page.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "layanan-database.h"

G_BEGIN_DECLS

#define LAYANAN_TYPE_CATALOG_PAGE (layanan_catalog_page_get_type ())

G_DECLARE_FINAL_TYPE (LayananCatalogPage, layanan_catalog_page, LAYANAN, CATALOG_PAGE, AdwBin)

void layanan_catalog_page_set_database (LayananCatalogPage *self,
                                        LayananDatabase    *database);
void layanan_catalog_page_refresh      (LayananCatalogPage *self);

G_END_DECLS
