/* layanan-calendar.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-calendar"

#include "config.h"

#include "layanan-calendar.h"

#include <string.h>
#include <glib/gi18n.h>

#include "layanan-date.h"
#include "layanan-error.h"

/* One calendar serves every deadline (DESIGN.md §4): service completion
 * times, dispositions, complaint categories, SP4N-LAPOR! stages. Days are
 * counted as julian day numbers, times of day in seconds after midnight WIB.
 *
 * Once filled, a calendar is only read, so worker threads may share it. */

typedef struct
{
  int start;            /* minutes after midnight; start == end: a closed weekday */
  int end;
  int break_start;      /* break_start == break_end: no break */
  int break_end;
} DayHours;

struct _LayananCalendar
{
  GObject      parent_instance;

  /* Owned */
  GTimeZone   *timezone;
  GHashTable  *holidays;                /* julian day → LayananHolidayKind + 1 */
  DayHours     hours[G_DATE_SUNDAY + 1]; /* by GDateWeekday; [0] unused */

  gboolean     cuti_bersama_nonworking;
};

G_DEFINE_FINAL_TYPE (LayananCalendar, layanan_calendar, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CUTI_BERSAMA_NONWORKING,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

#define WIB_OFFSET_SECONDS (7 * 3600)
#define MINUTES_PER_DAY (24 * 60)

/* Perpres 21/2023: 37.5 hours a week from 07:30, a 60-minute break and a
 * 90-minute one on Friday. */
static const DayHours default_hours[G_DATE_SUNDAY + 1] = {
  [G_DATE_MONDAY] = { 7 * 60 + 30, 16 * 60, 12 * 60, 13 * 60 },
  [G_DATE_TUESDAY] = { 7 * 60 + 30, 16 * 60, 12 * 60, 13 * 60 },
  [G_DATE_WEDNESDAY] = { 7 * 60 + 30, 16 * 60, 12 * 60, 13 * 60 },
  [G_DATE_THURSDAY] = { 7 * 60 + 30, 16 * 60, 12 * 60, 13 * 60 },
  [G_DATE_FRIDAY] = { 7 * 60 + 30, 16 * 60 + 30, 11 * 60 + 30, 13 * 60 },
};

static const char * const holiday_kind_keys[] = {
  [LAYANAN_HOLIDAY_LIBUR_NASIONAL] = "libur_nasional",
  [LAYANAN_HOLIDAY_CUTI_BERSAMA] = "cuti_bersama",
};

/* Helpers */

static inline GDateWeekday
julian_weekday (guint32 julian)
{
  /* Julian day 1, 1 January of year 1, is a Monday (as in g_date_get_weekday). */
  return (GDateWeekday) ((julian - 1) % 7 + 1);
}

static inline gboolean
weekday_is_open (LayananCalendar *self,
                 GDateWeekday     weekday)
{
  return self->hours[weekday].start < self->hours[weekday].end;
}

static inline gboolean
day_has_break (const DayHours *day)
{
  return day->break_start < day->break_end;
}

static guint
count_open_weekdays (LayananCalendar *self)
{
  guint n = 0;

  for (GDateWeekday weekday = G_DATE_MONDAY; weekday <= G_DATE_SUNDAY; weekday++)
    n += weekday_is_open (self, weekday);

  return n;
}

static gboolean
holiday_closes (LayananCalendar    *self,
                LayananHolidayKind  kind)
{
  return kind == LAYANAN_HOLIDAY_LIBUR_NASIONAL || self->cuti_bersama_nonworking;
}

static gboolean
julian_is_working (LayananCalendar *self,
                   guint32          julian)
{
  gpointer value;

  if (!weekday_is_open (self, julian_weekday (julian)))
    return FALSE;

  value = g_hash_table_lookup (self->holidays, GUINT_TO_POINTER (julian));
  return value == NULL || !holiday_closes (self, GPOINTER_TO_INT (value) - 1);
}

/* The first working day on or after @julian. It exists: some weekday is open
 * (the callers check) and there are finitely many holidays, so one of the
 * next (holidays + 1) weeks has that weekday free. */
static guint32
next_working_julian (LayananCalendar *self,
                     guint32          julian)
{
  guint64 limit = 7 * ((guint64) g_hash_table_size (self->holidays) + 1);

  for (guint64 i = 0; i < limit; i++, julian++)
    {
      if (julian_is_working (self, julian))
        return julian;
    }

  g_assert_not_reached ();
  return julian;
}

static GDateTime *
instant_new (LayananCalendar *self,
             guint32          julian,
             gint64           second_of_day)
{
  g_autoptr(GDateTime) midnight = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  midnight = g_date_time_new (self->timezone, g_date_get_year (&date), g_date_get_month (&date),
                              g_date_get_day (&date), 0, 0, 0);

  /* 24:00 is a valid closing time but no valid hour for g_date_time_new (). */
  return g_date_time_add_seconds (midnight, (double) second_of_day);
}

static void
local_julian_and_second (LayananCalendar *self,
                         GDateTime       *instant,
                         guint32         *julian,
                         gint64          *second)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (instant, self->timezone);
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
  *julian = g_date_get_julian (&date);
  *second = g_date_time_get_hour (local) * 3600 + g_date_time_get_minute (local) * 60
            + g_date_time_get_second (local);
}

/* The first working instant at or after @received: the clock does not run
 * before opening, during a break, after closing or on a closed day. A break
 * moves the start to the break's end; closing time itself is already
 * closed. Microseconds are dropped. */
static void
effective_start (LayananCalendar *self,
                 GDateTime       *received,
                 guint32         *julian,
                 gint64          *second_of_day)
{
  const DayHours *day;
  gint64 second;
  guint32 jd;

  local_julian_and_second (self, received, &jd, &second);
  day = &self->hours[julian_weekday (jd)];

  if (!julian_is_working (self, jd) || second >= day->end * 60)
    {
      jd = next_working_julian (self, jd + 1);
      second = self->hours[julian_weekday (jd)].start * 60;
    }
  else if (second < day->start * 60)
    second = day->start * 60;
  else if (day_has_break (day) && second >= day->break_start * 60 && second < day->break_end * 60)
    second = day->break_end * 60;

  *julian = jd;
  *second_of_day = second;
}

/* Counts @seconds of working time from a working instant. Ending exactly at
 * a break or at closing time gives that instant, not the next opening. */
static GDateTime *
add_working_seconds (LayananCalendar *self,
                     guint32          julian,
                     gint64           second,
                     gint64           seconds)
{
  for (;;)
    {
      const DayHours *day = &self->hours[julian_weekday (julian)];
      gint64 segments[2][2] = {
        { day->start * 60, day->end * 60 },
        { 0, 0 },
      };

      if (day_has_break (day))
        {
          segments[0][1] = day->break_start * 60;
          segments[1][0] = day->break_end * 60;
          segments[1][1] = day->end * 60;
        }

      for (guint i = 0; i < G_N_ELEMENTS (segments); i++)
        {
          gint64 available;

          if (second >= segments[i][1])
            continue;
          second = MAX (second, segments[i][0]);
          available = segments[i][1] - second;

          if (seconds <= available)
            return instant_new (self, julian, second + seconds);

          seconds -= available;
          second = segments[i][1];
        }

      julian = next_working_julian (self, julian + 1);
      second = 0;
    }
}

/* GObject overrides */

static void
layanan_calendar_finalize (GObject *object)
{
  LayananCalendar *self = (LayananCalendar *)object;

  g_clear_pointer (&self->holidays, g_hash_table_unref);
  g_clear_pointer (&self->timezone, g_time_zone_unref);

  G_OBJECT_CLASS (layanan_calendar_parent_class)->finalize (object);
}

static void
layanan_calendar_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LayananCalendar *self = LAYANAN_CALENDAR (object);

  switch (prop_id)
    {
    case PROP_CUTI_BERSAMA_NONWORKING:
      g_value_set_boolean (value, self->cuti_bersama_nonworking);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
layanan_calendar_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  LayananCalendar *self = LAYANAN_CALENDAR (object);

  switch (prop_id)
    {
    case PROP_CUTI_BERSAMA_NONWORKING:
      layanan_calendar_set_cuti_bersama_nonworking (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
layanan_calendar_class_init (LayananCalendarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = layanan_calendar_finalize;
  object_class->get_property = layanan_calendar_get_property;
  object_class->set_property = layanan_calendar_set_property;

  /**
   * LayananCalendar:cuti-bersama-nonworking:
   *
   * Whether cuti bersama days are closed, like libur nasional. The standards
   * do not say (DOMAIN.md §5.2), so it is a setting; offices close, so it
   * defaults to %TRUE.
   */
  properties [PROP_CUTI_BERSAMA_NONWORKING] =
    g_param_spec_boolean ("cuti-bersama-nonworking", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
layanan_calendar_init (LayananCalendar *self)
{
  self->timezone = g_time_zone_new_offset (WIB_OFFSET_SECONDS);
  self->holidays = g_hash_table_new (NULL, NULL);
  self->cuti_bersama_nonworking = TRUE;
  memcpy (self->hours, default_hours, sizeof self->hours);
}

/* Public API */

/**
 * layanan_calendar_new:
 *
 * A calendar in WIB with the working hours of Perpres 21/2023 (Monday to
 * Thursday 07:30–16:00 with a break 12:00–13:00, Friday 07:30–16:30 with a
 * break 11:30–13:00), no holidays, and cuti bersama closed.
 */
LayananCalendar *
layanan_calendar_new (void)
{
  return g_object_new (LAYANAN_TYPE_CALENDAR, NULL);
}

/**
 * layanan_calendar_get_timezone:
 *
 * Returns: (transfer none): WIB, UTC+7, in which every instant is counted
 *   and every due instant is given.
 */
GTimeZone *
layanan_calendar_get_timezone (LayananCalendar *self)
{
  g_return_val_if_fail (LAYANAN_IS_CALENDAR (self), NULL);

  return self->timezone;
}

/**
 * layanan_calendar_add_holiday:
 *
 * Marks @date as a holiday of @kind, replacing the kind it had.
 */
void
layanan_calendar_add_holiday (LayananCalendar    *self,
                              GDate              *date,
                              LayananHolidayKind  kind)
{
  g_return_if_fail (LAYANAN_IS_CALENDAR (self));
  g_return_if_fail (date != NULL && g_date_valid (date));
  g_return_if_fail (kind == LAYANAN_HOLIDAY_LIBUR_NASIONAL || kind == LAYANAN_HOLIDAY_CUTI_BERSAMA);

  g_hash_table_insert (self->holidays, GUINT_TO_POINTER (g_date_get_julian (date)),
                       GINT_TO_POINTER (kind + 1));
}

void
layanan_calendar_remove_holiday (LayananCalendar *self,
                                 GDate           *date)
{
  g_return_if_fail (LAYANAN_IS_CALENDAR (self));
  g_return_if_fail (date != NULL && g_date_valid (date));

  g_hash_table_remove (self->holidays, GUINT_TO_POINTER (g_date_get_julian (date)));
}

/**
 * layanan_calendar_get_holiday:
 * @kind: (out) (optional): the kind of holiday
 *
 * Returns: whether @date is a holiday (of either kind, whatever the
 *   cuti bersama setting).
 */
gboolean
layanan_calendar_get_holiday (LayananCalendar    *self,
                              GDate              *date,
                              LayananHolidayKind *kind)
{
  gpointer value;

  g_return_val_if_fail (LAYANAN_IS_CALENDAR (self), FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  value = g_hash_table_lookup (self->holidays, GUINT_TO_POINTER (g_date_get_julian (date)));
  if (value == NULL)
    return FALSE;

  if (kind != NULL)
    *kind = GPOINTER_TO_INT (value) - 1;
  return TRUE;
}

guint
layanan_calendar_get_n_holidays (LayananCalendar *self)
{
  g_return_val_if_fail (LAYANAN_IS_CALENDAR (self), 0);

  return g_hash_table_size (self->holidays);
}

void
layanan_calendar_set_cuti_bersama_nonworking (LayananCalendar *self,
                                              gboolean         nonworking)
{
  g_return_if_fail (LAYANAN_IS_CALENDAR (self));

  nonworking = !!nonworking;
  if (self->cuti_bersama_nonworking == nonworking)
    return;

  self->cuti_bersama_nonworking = nonworking;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CUTI_BERSAMA_NONWORKING]);
}

gboolean
layanan_calendar_get_cuti_bersama_nonworking (LayananCalendar *self)
{
  g_return_val_if_fail (LAYANAN_IS_CALENDAR (self), FALSE);

  return self->cuti_bersama_nonworking;
}

/**
 * layanan_calendar_validate_working_hours:
 * @start_minute: opening, in minutes after midnight (0–1440)
 * @end_minute: closing; equal to @start_minute for a closed weekday, whose
 *   break is then ignored
 * @break_start_minute: the break; equal to @break_end_minute for none
 *
 * Checks one weekday's hours: every time within 00:00–24:00, opening before
 * closing, the break's start before its end and the whole break strictly
 * inside the working hours.
 *
 * Returns: %FALSE with %LAYANAN_ERROR_INVALID_INPUT and a message with the
 *   times when they do not make a working day.
 */
gboolean
layanan_calendar_validate_working_hours (int      start_minute,
                                         int      end_minute,
                                         int      break_start_minute,
                                         int      break_end_minute,
                                         GError **error)
{
  const int times[] = { start_minute, end_minute, break_start_minute, break_end_minute };
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *break_start = NULL;
  g_autofree char *break_end = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      if (times[i] < 0 || times[i] > MINUTES_PER_DAY)
        {
          g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                               _("Working hours must lie between 00:00 and 24:00"));
          return FALSE;
        }
    }

  if (start_minute == end_minute)
    return TRUE;

  start = layanan_date_format_time_of_day (start_minute);
  end = layanan_date_format_time_of_day (end_minute);
  break_start = layanan_date_format_time_of_day (break_start_minute);
  break_end = layanan_date_format_time_of_day (break_end_minute);

  if (start_minute > end_minute)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("The working day cannot end at %s, before it starts at %s"), end, start);
      return FALSE;
    }

  if (break_start_minute > break_end_minute)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("The break cannot end at %s, before it starts at %s"),
                   break_end, break_start);
      return FALSE;
    }

  if (break_start_minute < break_end_minute &&
      (break_start_minute <= start_minute || break_end_minute >= end_minute))
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   /* Translators: "The break 12:00–13:00 must lie within the working
                    * hours 07:30–16:00" */
                   _("The break %s–%s must lie within the working hours %s–%s"),
                   break_start, break_end, start, end);
      return FALSE;
    }

  return TRUE;
}

/**
 * layanan_calendar_set_working_hours:
 *
 * Sets one weekday's hours, which must pass
 * layanan_calendar_validate_working_hours(); start == end closes the
 * weekday. Use layanan_calendar_try_set_working_hours() for hours a person
 * typed. A calendar may be left with no open weekday while it is being
 * filled, but must not be counted with like that: see
 * layanan_calendar_validate().
 */
void
layanan_calendar_set_working_hours (LayananCalendar *self,
                                    GDateWeekday     weekday,
                                    int              start_minute,
                                    int              end_minute,
                                    int              break_start_minute,
                                    int              break_end_minute)
{
  DayHours *day;

  g_return_if_fail (LAYANAN_IS_CALENDAR (self));
  g_return_if_fail (g_date_valid_weekday (weekday));
  g_return_if_fail (layanan_calendar_validate_working_hours (start_minute, end_minute,
                                                             break_start_minute,
                                                             break_end_minute, NULL));

  day = &self->hours[weekday];
  if (start_minute == end_minute)
    {
      *day = (DayHours) { 0, 0, 0, 0 };
    }
  else
    {
      *day = (DayHours) { start_minute, end_minute, break_start_minute, break_end_minute };
      if (break_start_minute == break_end_minute)
        day->break_start = day->break_end = 0;
    }
}

/**
 * layanan_calendar_try_set_working_hours:
 *
 * Like layanan_calendar_set_working_hours() for hours a person typed:
 * refuses invalid hours, and refuses to close the last open weekday, since
 * no deadline could be counted then. The calendar is unchanged on failure.
 */
gboolean
layanan_calendar_try_set_working_hours (LayananCalendar  *self,
                                        GDateWeekday      weekday,
                                        int               start_minute,
                                        int               end_minute,
                                        int               break_start_minute,
                                        int               break_end_minute,
                                        GError          **error)
{
  g_return_val_if_fail (LAYANAN_IS_CALENDAR (self), FALSE);
  g_return_val_if_fail (g_date_valid_weekday (weekday), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!layanan_calendar_validate_working_hours (start_minute, end_minute, break_start_minute,
                                                break_end_minute, error))
    return FALSE;

  if (start_minute == end_minute && weekday_is_open (self, weekday) &&
      count_open_weekdays (self) == 1)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("%s is the only working day left; at least one day of the week "
                     "must have working hours"),
                   layanan_date_weekday_name (weekday));
      return FALSE;
    }

  layanan_calendar_set_working_hours (self, weekday, start_minute, end_minute,
                                      break_start_minute, break_end_minute);
  return TRUE;
}

/**
 * layanan_calendar_get_working_hours:
 * @start_minute: (out) (optional):
 * @end_minute: (out) (optional):
 * @break_start_minute: (out) (optional): equal to @break_end_minute when
 *   there is no break
 * @break_end_minute: (out) (optional):
 *
 * Returns: whether @weekday is a working weekday; all four are 0 when not.
 */
gboolean
layanan_calendar_get_working_hours (LayananCalendar *self,
                                    GDateWeekday     weekday,
                                    int             *start_minute,
                                    int             *end_minute,
                                    int             *break_start_minute,
                                    int             *break_end_minute)
{
  const DayHours *day;

  g_return_val_if_fail (LAYANAN_IS_CALENDAR (self), FALSE);
  g_return_val_if_fail (g_date_valid_weekday (weekday), FALSE);

  day = &self->hours[weekday];
  if (start_minute != NULL)
    *start_minute = day->start;
  if (end_minute != NULL)
    *end_minute = day->end;
  if (break_start_minute != NULL)
    *break_start_minute = day->break_start;
  if (break_end_minute != NULL)
    *break_end_minute = day->break_end;

  return weekday_is_open (self, weekday);
}

/**
 * layanan_calendar_validate:
 *
 * Checks that deadlines can be counted: at least one weekday must be open.
 * Call it after filling a calendar from stored settings; counting with a
 * calendar that fails it is a programming error.
 *
 * Returns: %FALSE with %LAYANAN_ERROR_INVALID_INPUT when no weekday is open.
 */
gboolean
layanan_calendar_validate (LayananCalendar  *self,
                           GError          **error)
{
  g_return_val_if_fail (LAYANAN_IS_CALENDAR (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (count_open_weekdays (self) == 0)
    {
      g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                           _("No day of the week has working hours, so no deadline can be "
                             "counted; give at least one day working hours"));
      return FALSE;
    }

  return TRUE;
}

/**
 * layanan_calendar_is_working_day:
 *
 * Returns: whether @date is an open weekday and neither a libur nasional nor,
 *   when they are closed, a cuti bersama.
 */
gboolean
layanan_calendar_is_working_day (LayananCalendar *self,
                                 GDate           *date)
{
  g_return_val_if_fail (LAYANAN_IS_CALENDAR (self), FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  return julian_is_working (self, g_date_get_julian (date));
}

/**
 * layanan_calendar_next_working_day:
 * @date: (inout): moved to the first working day on or after itself
 *
 * Requires a calendar that passes layanan_calendar_validate().
 */
void
layanan_calendar_next_working_day (LayananCalendar *self,
                                   GDate           *date)
{
  g_return_if_fail (LAYANAN_IS_CALENDAR (self));
  g_return_if_fail (date != NULL && g_date_valid (date));
  g_return_if_fail (count_open_weekdays (self) > 0);

  g_date_set_julian (date, next_working_julian (self, g_date_get_julian (date)));
}

/**
 * layanan_calendar_due:
 * @received: when the letter or complaint came in, in any zone
 * @duration: the completion time; zero is allowed and gives the effective start
 *
 * When something received at @received is due. The clock starts at the first
 * working instant at or after @received (the next opening when it came on a
 * closed day or at or after closing time, the day's opening before it, the
 * end of the break during one). Then:
 *
 * - working days: the day the clock starts is day 0; due at closing time of
 *   the N-th working day after it;
 * - days: N calendar days after the day the clock starts, at closing time,
 *   moved on to the next working day when that day is closed;
 * - hours and minutes: only working time counts (inside working hours,
 *   outside breaks, on working days); ending exactly at a break or at
 *   closing time gives that instant.
 *
 * The calendar must pass layanan_calendar_validate() and @duration must be
 * at most layanan_duration_unit_get_max() of its unit.
 *
 * Returns: (transfer full): the due instant, in WIB
 */
GDateTime *
layanan_calendar_due (LayananCalendar       *self,
                      GDateTime             *received,
                      const LayananDuration *duration)
{
  guint32 julian;
  gint64 second;

  g_return_val_if_fail (LAYANAN_IS_CALENDAR (self), NULL);
  g_return_val_if_fail (received != NULL, NULL);
  g_return_val_if_fail (duration != NULL, NULL);
  g_return_val_if_fail (duration->value >= 0, NULL);
  g_return_val_if_fail (duration->value <= layanan_duration_unit_get_max (duration->unit), NULL);
  g_return_val_if_fail (count_open_weekdays (self) > 0, NULL);

  effective_start (self, received, &julian, &second);

  if (duration->value == 0)
    return instant_new (self, julian, second);

  switch (duration->unit)
    {
    case LAYANAN_DURATION_WORKING_DAYS:
      for (gint64 n = 0; n < duration->value; n++)
        julian = next_working_julian (self, julian + 1);
      return instant_new (self, julian, self->hours[julian_weekday (julian)].end * 60);

    case LAYANAN_DURATION_DAYS:
      julian = next_working_julian (self, julian + (guint32) duration->value);
      return instant_new (self, julian, self->hours[julian_weekday (julian)].end * 60);

    case LAYANAN_DURATION_HOURS:
      return add_working_seconds (self, julian, second, duration->value * 3600);

    case LAYANAN_DURATION_MINUTES:
      return add_working_seconds (self, julian, second, duration->value * 60);

    default:
      g_return_val_if_reached (NULL);
    }
}

/* The working seconds of day @julian between @from and @to, seconds of
 * that day. */
static gint64
working_seconds_of_day (LayananCalendar *self,
                        guint32          julian,
                        gint64           from,
                        gint64           to)
{
  const DayHours *day = &self->hours[julian_weekday (julian)];
  gint64 start = MAX (from, day->start * 60);
  gint64 end = MIN (to, day->end * 60);
  gint64 seconds;

  if (!julian_is_working (self, julian) || end <= start)
    return 0;

  seconds = end - start;
  if (day_has_break (day))
    seconds -= MAX (0, MIN (end, day->break_end * 60) - MAX (start, day->break_start * 60));

  return seconds;
}

/**
 * layanan_calendar_working_seconds_between:
 *
 * The working time from @from to @to in seconds: only the working hours of
 * working days count, so a pause from Friday 15:00 to Monday 09:00 is
 * 1 h 30 min + 1 h 30 min. 0 when @to is not after @from.
 */
gint64
layanan_calendar_working_seconds_between (LayananCalendar *self,
                                          GDateTime       *from,
                                          GDateTime       *to)
{
  guint32 first, last;
  gint64 first_second, last_second, seconds = 0;

  g_return_val_if_fail (LAYANAN_IS_CALENDAR (self), 0);
  g_return_val_if_fail (from != NULL && to != NULL, 0);

  if (g_date_time_compare (to, from) <= 0)
    return 0;

  local_julian_and_second (self, from, &first, &first_second);
  local_julian_and_second (self, to, &last, &last_second);

  for (guint32 julian = first; julian <= last; julian++)
    seconds += working_seconds_of_day (self, julian,
                                       julian == first ? first_second : 0,
                                       julian == last ? last_second : MINUTES_PER_DAY * 60);

  return seconds;
}

/**
 * layanan_calendar_add_working_seconds:
 *
 * The instant @seconds of working time after @from (counted from the first
 * working instant at or after it); @from itself, when @seconds is 0.
 */
GDateTime *
layanan_calendar_add_working_seconds (LayananCalendar *self,
                                      GDateTime       *from,
                                      gint64           seconds)
{
  guint32 julian;
  gint64 second;

  g_return_val_if_fail (LAYANAN_IS_CALENDAR (self), NULL);
  g_return_val_if_fail (from != NULL, NULL);
  g_return_val_if_fail (seconds >= 0, NULL);
  g_return_val_if_fail (count_open_weekdays (self) > 0, NULL);

  if (seconds == 0)
    return g_date_time_to_timezone (from, self->timezone);

  effective_start (self, from, &julian, &second);
  return add_working_seconds (self, julian, second, seconds);
}

/**
 * layanan_calendar_working_days_between:
 *
 * The number of working days after @from up to and including @to, negative
 * (minus the working days after @to up to and including @from) when @to is
 * before @from. With @from today and @to a due date: 1 when due on the next
 * working day, 0 when due today, -1 when one working day late.
 */
int
layanan_calendar_working_days_between (LayananCalendar *self,
                                       GDate           *from,
                                       GDate           *to)
{
  GHashTableIter iter;
  gpointer key, value;
  guint32 first, last;
  gint64 weeks, count;

  g_return_val_if_fail (LAYANAN_IS_CALENDAR (self), 0);
  g_return_val_if_fail (from != NULL && g_date_valid (from), 0);
  g_return_val_if_fail (to != NULL && g_date_valid (to), 0);

  if (g_date_compare (to, from) < 0)
    return -layanan_calendar_working_days_between (self, to, from);

  /* Whole weeks by arithmetic, the rest day by day, then the holidays in
   * between taken off: cheap enough for a column of thousands of rows. */
  first = g_date_get_julian (from);
  last = g_date_get_julian (to);
  weeks = (last - first) / 7;
  count = weeks * count_open_weekdays (self);

  for (guint32 julian = first + 1 + (guint32) (weeks * 7); julian <= last; julian++)
    count += weekday_is_open (self, julian_weekday (julian));

  g_hash_table_iter_init (&iter, self->holidays);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint32 julian = GPOINTER_TO_UINT (key);

      if (julian > first && julian <= last &&
          weekday_is_open (self, julian_weekday (julian)) &&
          holiday_closes (self, GPOINTER_TO_INT (value) - 1))
        count--;
    }

  return (int) CLAMP (count, G_MININT, G_MAXINT);
}

/* The kind as files and the database store it: "libur_nasional", "cuti_bersama". */
const char *
layanan_holiday_kind_to_key (LayananHolidayKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (holiday_kind_keys), NULL);

  return holiday_kind_keys[kind];
}

gboolean
layanan_holiday_kind_from_key (const char         *key,
                               LayananHolidayKind *kind)
{
  g_return_val_if_fail (kind != NULL, FALSE);

  if (key == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (holiday_kind_keys); i++)
    {
      if (g_str_equal (key, holiday_kind_keys[i]))
        {
          *kind = (LayananHolidayKind) i;
          return TRUE;
        }
    }

  return FALSE;
}
