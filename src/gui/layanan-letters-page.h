/* layanan-letters-page.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "layanan-database.h"

G_BEGIN_DECLS

#define LAYANAN_TYPE_LETTERS_PAGE (layanan_letters_page_get_type ())

G_DECLARE_FINAL_TYPE (LayananLettersPage, layanan_letters_page, LAYANAN, LETTERS_PAGE, AdwBin)

void layanan_letters_page_set_database (LayananLettersPage *self,
                                        LayananDatabase    *database);
void layanan_letters_page_refresh      (LayananLettersPage *self);
/* Opens the intake of these files (GFile), as a drop or the file chooser does. */
void layanan_letters_page_add_files    (LayananLettersPage *self,
                                        GListModel         *files);

G_END_DECLS
