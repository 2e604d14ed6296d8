/* layanan-application.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "layanan-database.h"

G_BEGIN_DECLS

#define LAYANAN_TYPE_APPLICATION (layanan_application_get_type ())

G_DECLARE_FINAL_TYPE (LayananApplication, layanan_application, LAYANAN, APPLICATION,
                      AdwApplication)

LayananApplication *layanan_application_new          (void);
LayananDatabase    *layanan_application_get_database (LayananApplication *self);

G_END_DECLS
