/* layanan-matrix-export.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "layanan-standard.h"

G_BEGIN_DECLS

gboolean layanan_matrix_export (const char             *path,
                                GPtrArray              *standards,
                                const LayananMaklumat  *maklumat,
                                const char             *author,
                                GError                **error);

G_END_DECLS
