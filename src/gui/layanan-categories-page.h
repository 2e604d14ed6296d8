/* layanan-categories-page.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "layanan-database.h"

G_BEGIN_DECLS

#define LAYANAN_TYPE_CATEGORIES_PAGE (layanan_categories_page_get_type ())

G_DECLARE_FINAL_TYPE (LayananCategoriesPage, layanan_categories_page, LAYANAN, CATEGORIES_PAGE, AdwPreferencesPage)

/* The Preferences page of a unit's complaint categories and their
 * deadlines: editing, adding, and retiring those no longer used. */
LayananCategoriesPage *layanan_categories_page_new (LayananDatabase *database);

G_END_DECLS
