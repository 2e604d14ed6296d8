/* layanan-calendar.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "layanan-duration.h"

G_BEGIN_DECLS

typedef enum
{
  LAYANAN_HOLIDAY_LIBUR_NASIONAL,
  LAYANAN_HOLIDAY_CUTI_BERSAMA,
} LayananHolidayKind;

#define LAYANAN_TYPE_CALENDAR (layanan_calendar_get_type ())

G_DECLARE_FINAL_TYPE (LayananCalendar, layanan_calendar, LAYANAN, CALENDAR, GObject)

const char      *layanan_holiday_kind_to_key                 (LayananHolidayKind  kind);
gboolean         layanan_holiday_kind_from_key               (const char         *key,
                                                              LayananHolidayKind *kind);

gboolean         layanan_calendar_validate_working_hours     (int                 start_minute,
                                                              int                 end_minute,
                                                              int                 break_start_minute,
                                                              int                 break_end_minute,
                                                              GError            **error);

LayananCalendar *layanan_calendar_new                        (void);
GTimeZone       *layanan_calendar_get_timezone               (LayananCalendar    *self);
void             layanan_calendar_add_holiday                (LayananCalendar    *self,
                                                              GDate              *date,
                                                              LayananHolidayKind  kind);
void             layanan_calendar_remove_holiday             (LayananCalendar    *self,
                                                              GDate              *date);
gboolean         layanan_calendar_get_holiday                (LayananCalendar    *self,
                                                              GDate              *date,
                                                              LayananHolidayKind *kind);
guint            layanan_calendar_get_n_holidays             (LayananCalendar    *self);
void             layanan_calendar_set_cuti_bersama_nonworking (LayananCalendar   *self,
                                                              gboolean            nonworking);
gboolean         layanan_calendar_get_cuti_bersama_nonworking (LayananCalendar   *self);
void             layanan_calendar_set_working_hours          (LayananCalendar    *self,
                                                              GDateWeekday        weekday,
                                                              int                 start_minute,
                                                              int                 end_minute,
                                                              int                 break_start_minute,
                                                              int                 break_end_minute);
gboolean         layanan_calendar_try_set_working_hours      (LayananCalendar    *self,
                                                              GDateWeekday        weekday,
                                                              int                 start_minute,
                                                              int                 end_minute,
                                                              int                 break_start_minute,
                                                              int                 break_end_minute,
                                                              GError            **error);
gboolean         layanan_calendar_get_working_hours          (LayananCalendar    *self,
                                                              GDateWeekday        weekday,
                                                              int                *start_minute,
                                                              int                *end_minute,
                                                              int                *break_start_minute,
                                                              int                *break_end_minute);
gboolean         layanan_calendar_validate                   (LayananCalendar    *self,
                                                              GError            **error);
gboolean         layanan_calendar_is_working_day             (LayananCalendar    *self,
                                                              GDate              *date);
void             layanan_calendar_next_working_day           (LayananCalendar    *self,
                                                              GDate              *date);
GDateTime       *layanan_calendar_due                        (LayananCalendar    *self,
                                                              GDateTime          *received,
                                                              const LayananDuration *duration);
/* The working time between two instants in seconds (working hours of
 * working days only; 0 when @to is not after @from), and its inverse: the
 * instant @seconds of working time after @from. Together they move a
 * deadline by the working time a complaint spent paused. */
gint64           layanan_calendar_working_seconds_between    (LayananCalendar    *self,
                                                              GDateTime          *from,
                                                              GDateTime          *to);
GDateTime       *layanan_calendar_add_working_seconds        (LayananCalendar    *self,
                                                              GDateTime          *from,
                                                              gint64              seconds);
int              layanan_calendar_working_days_between       (LayananCalendar    *self,
                                                              GDate              *from,
                                                              GDate              *to);

G_END_DECLS
