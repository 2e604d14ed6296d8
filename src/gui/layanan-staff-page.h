/* layanan-staff-page.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "layanan-database.h"

G_BEGIN_DECLS

#define LAYANAN_TYPE_STAFF_PAGE (layanan_staff_page_get_type ())

G_DECLARE_FINAL_TYPE (LayananStaffPage, layanan_staff_page, LAYANAN, STAFF_PAGE, AdwPreferencesPage)

/* The Preferences page of the staff and sections letters are disposed to:
 * adding them, and setting aside those who left. */
LayananStaffPage *layanan_staff_page_new (LayananDatabase *database);

G_END_DECLS
