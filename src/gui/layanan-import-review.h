/* layanan-import-review.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "layanan-database.h"

G_BEGIN_DECLS

#define LAYANAN_TYPE_IMPORT_REVIEW (layanan_import_review_get_type ())

G_DECLARE_FINAL_TYPE (LayananImportReview, layanan_import_review, LAYANAN, IMPORT_REVIEW,
                      AdwWindow)

/* Shows what an import found, one page per service, before anything is
 * saved; emits "saved" with the first service's id once all are saved. */
LayananImportReview *layanan_import_review_new (GtkWindow       *parent,
                                                LayananDatabase *database,
                                                GPtrArray       *standards);

G_END_DECLS
