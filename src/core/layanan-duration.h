/* layanan-duration.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A completion time as the standards print it: "30 hari kerja", "3 jam". */
typedef enum
{
  LAYANAN_DURATION_MINUTES,
  LAYANAN_DURATION_HOURS,
  LAYANAN_DURATION_DAYS,
  LAYANAN_DURATION_WORKING_DAYS,
} LayananDurationUnit;

typedef struct
{
  gint64              value;
  LayananDurationUnit unit;
} LayananDuration;

gboolean    layanan_duration_parse             (const char          *text,
                                                LayananDuration     *duration,
                                                GError             **error);
gboolean    layanan_duration_validate          (const LayananDuration *duration,
                                                const char          *what,
                                                GError             **error);
char       *layanan_duration_to_string         (const LayananDuration *duration);
const char *layanan_duration_unit_to_key       (LayananDurationUnit  unit);
gboolean    layanan_duration_unit_from_key     (const char          *key,
                                                LayananDurationUnit *unit);
gint64      layanan_duration_unit_get_max      (LayananDurationUnit  unit);

G_END_DECLS
