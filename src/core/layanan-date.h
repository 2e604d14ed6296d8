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

/* Official documents (the agenda, the complaint recap) are Indonesian
 * whatever the interface speaks, so these do not go through gettext. */
const char *layanan_date_indonesian_month_name (GDateMonth    month);
char       *layanan_date_format_indonesian     (const GDate  *date);
char       *layanan_date_format_indonesian_range (const GDate *from,
                                                 const GDate *to);
gboolean    layanan_date_parse_iso             (const char   *text,
                                                GDate        *out,
                                                GError      **error);
gboolean    layanan_date_parse_period          (const char   *from_iso,
                                                const char   *to_iso,
                                                GDate        *from,
                                                GDate        *to,
                                                GError      **error);
GDateTime  *layanan_date_time_parse            (const char   *text,
                                                GTimeZone    *tz,
                                                GError      **error);

G_END_DECLS
