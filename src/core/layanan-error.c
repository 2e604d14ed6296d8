/* layanan-error.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "layanan-error.h"

G_DEFINE_QUARK (layanan-error-quark, layanan_error)
