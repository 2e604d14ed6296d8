/* layanan-date.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Dates as Indonesian offices write them ("1 April 2026"), and the strict
 * readers for what people type and files hold. */

const char *layanan_date_month_name            (GDateMonth    month);
const char *layanan_date_weekday_name          (GDateWeekday  weekday);
char       *layanan_date_format_long           (const GDate  *date);
char       *layanan_date_format_iso            (const GDate  *date);
char       *layanan_date_format_time_of_day    (int           minute_of_day);
char       *layanan_date_time_format_long      (GDateTime    *dt);
gboolean    layanan_date_parse_iso             (const char   *text,
                                                GDate        *out,
                                                GError      **error);
GDateTime  *layanan_date_time_parse            (const char   *text,
                                                GTimeZone    *tz,
                                                GError      **error);

G_END_DECLS
