/* layanan-date.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-date"

#include "config.h"

#include "layanan-date.h"

#include <glib/gi18n.h>

#include "layanan-error.h"

/* The bureau's zone, for callers that pass no zone of their own. */
#define WIB_OFFSET_SECONDS (7 * 3600)

static const char * const month_names[] = {
  NULL,
  NC_("month name", "January"),
  NC_("month name", "February"),
  NC_("month name", "March"),
  NC_("month name", "April"),
  NC_("month name", "May"),
  NC_("month name", "June"),
  NC_("month name", "July"),
  NC_("month name", "August"),
  NC_("month name", "September"),
  NC_("month name", "October"),
  NC_("month name", "November"),
  NC_("month name", "December"),
};

static const char * const indonesian_month_names[] = {
  NULL, "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
  "Agustus", "September", "Oktober", "November", "Desember",
};

static const char * const weekday_names[] = {
  NULL,
  NC_("weekday name", "Monday"),
  NC_("weekday name", "Tuesday"),
  NC_("weekday name", "Wednesday"),
  NC_("weekday name", "Thursday"),
  NC_("weekday name", "Friday"),
  NC_("weekday name", "Saturday"),
  NC_("weekday name", "Sunday"),
};

typedef enum
{
  PARSE_OK,
  PARSE_BAD_SHAPE,   /* not written as the format asks; the caller explains the format */
  PARSE_BAD_VALUE,   /* the right shape, an impossible value; the error is set */
} ParseResult;

/* Translated month name, "March" → "Maret". */
const char *
layanan_date_month_name (GDateMonth month)
{
  g_return_val_if_fail (g_date_valid_month (month), NULL);

  return g_dpgettext2 (NULL, "month name", month_names[month]);
}

/* Translated weekday name, "Wednesday" → "Rabu". */
const char *
layanan_date_weekday_name (GDateWeekday weekday)
{
  g_return_val_if_fail (g_date_valid_weekday (weekday), NULL);

  return g_dpgettext2 (NULL, "weekday name", weekday_names[weekday]);
}

/**
 * layanan_date_format_long:
 *
 * Returns: (transfer full): "23 November 2026" ("23 November 2026" and
 *   "1 Maret 2026" in Indonesian).
 */
char *
layanan_date_format_long (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  /* Translators: a date as letters write it, "23 November 2026":
   * the day, the month name, the year */
  return g_strdup_printf (C_("long date", "%1$d %2$s %3$d"),
                          (int) g_date_get_day (date),
                          layanan_date_month_name (g_date_get_month (date)),
                          (int) g_date_get_year (date));
}

/* "Maret" for March, whatever the language of the interface. */
const char *
layanan_date_indonesian_month_name (GDateMonth month)
{
  g_return_val_if_fail (g_date_valid_month (month), NULL);

  return indonesian_month_names[month];
}

/* "1 Januari 2026", whatever the language of the interface. */
char *
layanan_date_format_indonesian (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%d %s %d", (int) g_date_get_day (date),
                          indonesian_month_names[g_date_get_month (date)],
                          (int) g_date_get_year (date));
}

/* "1 Januari 2026 s.d. 31 Januari 2026", whatever the language of the
 * interface. */
char *
layanan_date_format_indonesian_range (const GDate *from,
                                      const GDate *to)
{
  g_autofree char *from_text = layanan_date_format_indonesian (from);
  g_autofree char *to_text = layanan_date_format_indonesian (to);

  return g_strdup_printf ("%s s.d. %s", from_text, to_text);
}

/* "2026-03-19", as files and the database store dates. */
char *
layanan_date_format_iso (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04d-%02d-%02d", (int) g_date_get_year (date),
                          (int) g_date_get_month (date), (int) g_date_get_day (date));
}

/**
 * layanan_date_format_time_of_day:
 * @minute_of_day: 0 to 1440 (24:00, the end of a day)
 *
 * Returns: (transfer full): "07:30" ("07.30" in Indonesian).
 */
char *
layanan_date_format_time_of_day (int minute_of_day)
{
  g_return_val_if_fail (minute_of_day >= 0 && minute_of_day <= 24 * 60, NULL);

  /* Translators: a time of day, hours and minutes; Indonesian writes 16.00 */
  return g_strdup_printf (C_("time of day", "%02d:%02d"),
                          minute_of_day / 60, minute_of_day % 60);
}

/**
 * layanan_date_time_format_long:
 *
 * Formats @dt in its own time zone (the calendar's instants are in WIB).
 *
 * Returns: (transfer full): "Wednesday, 1 April 2026, 16:00"
 *   ("Rabu, 1 April 2026, pukul 16.00" in Indonesian).
 */
char *
layanan_date_time_format_long (GDateTime *dt)
{
  g_autoptr(GDate) date = NULL;
  g_autofree char *day = NULL;
  g_autofree char *time = NULL;
  GDateWeekday weekday;

  g_return_val_if_fail (dt != NULL, NULL);

  date = g_date_new_dmy ((GDateDay) g_date_time_get_day_of_month (dt),
                         (GDateMonth) g_date_time_get_month (dt),
                         (GDateYear) g_date_time_get_year (dt));
  weekday = (GDateWeekday) g_date_time_get_day_of_week (dt);
  day = layanan_date_format_long (date);
  time = layanan_date_format_time_of_day (g_date_time_get_hour (dt) * 60 +
                                          g_date_time_get_minute (dt));

  /* Translators: "Wednesday, 1 April 2026, 16:00": the weekday, the date,
   * the time of day; Indonesian writes "Rabu, 1 April 2026, pukul 16.00" */
  return g_strdup_printf (C_("date and time", "%1$s, %2$s, %3$s"),
                          layanan_date_weekday_name (weekday), day, time);
}

/* Exactly @n ASCII digits. */
static gboolean
read_digits (const char **p,
             guint        n,
             int         *out)
{
  int value = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit ((*p)[i]))
        return FALSE;
      value = value * 10 + ((*p)[i] - '0');
    }

  *p += n;
  *out = value;
  return TRUE;
}

/* YYYY-MM-DD at *p; @quoted is what the messages show. */
static ParseResult
read_date (const char  *quoted,
           const char **p,
           GDate       *out,
           GError     **error)
{
  int year, month, day;
  const char *q = *p;

  if (!read_digits (&q, 4, &year) || *q++ != '-' ||
      !read_digits (&q, 2, &month) || *q++ != '-' ||
      !read_digits (&q, 2, &day) || g_ascii_isdigit (*q))
    return PARSE_BAD_SHAPE;

  if (year == 0)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("“%s” is not a date: there is no year 0"), quoted);
      return PARSE_BAD_VALUE;
    }

  if (month < 1 || month > 12)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("“%s” is not a date: there is no month %d (months run from 01 to 12)"),
                   quoted, month);
      return PARSE_BAD_VALUE;
    }

  if (day < 1 || day > g_date_get_days_in_month (month, year))
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   /* Translators: "“2026-02-31” is not a date: February 2026 has 28 days" */
                   _("“%s” is not a date: %s %d has %d days"),
                   quoted, layanan_date_month_name (month), year,
                   (int) g_date_get_days_in_month (month, year));
      return PARSE_BAD_VALUE;
    }

  g_date_clear (out, 1);
  g_date_set_dmy (out, day, month, year);
  *p = q;
  return PARSE_OK;
}

/**
 * layanan_date_parse_iso:
 * @text: (nullable): "2026-03-19"; white space around it is ignored
 * @out: where to put the date; untouched on failure
 *
 * Returns: %FALSE with %LAYANAN_ERROR_INVALID_INPUT and a message that
 *   quotes @text and says what is wrong ("February 2026 has 28 days").
 */
gboolean
layanan_date_parse_iso (const char  *text,
                        GDate       *out,
                        GError     **error)
{
  g_autofree char *quoted = NULL;
  const char *p;
  GDate date;

  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  quoted = g_strstrip (g_strdup (text != NULL ? text : ""));
  if (*quoted == '\0')
    {
      g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                           _("The date is empty; write it as YYYY-MM-DD, e.g. 2026-03-19"));
      return FALSE;
    }

  p = quoted;
  switch (read_date (quoted, &p, &date, error))
    {
    case PARSE_OK:
      if (*p == '\0')
        {
          *out = date;
          return TRUE;
        }
      G_GNUC_FALLTHROUGH;
    case PARSE_BAD_SHAPE:
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("“%s” is not a date; write it as YYYY-MM-DD, e.g. 2026-03-19"), quoted);
      return FALSE;
    case PARSE_BAD_VALUE:
    default:
      return FALSE;
    }
}

/**
 * layanan_date_parse_period:
 * @from_iso: the first day, "YYYY-MM-DD"
 * @to_iso: the last day, "YYYY-MM-DD"
 *
 * Reads the period an export covers: both ends dates, the end not before
 * the start. The error says which end is wrong.
 *
 * Returns: %TRUE with @from and @to set, or %FALSE with
 *   %LAYANAN_ERROR_INVALID_INPUT
 */
gboolean
layanan_date_parse_period (const char  *from_iso,
                           const char  *to_iso,
                           GDate       *from,
                           GDate       *to,
                           GError     **error)
{
  if (!layanan_date_parse_iso (from_iso, from, error))
    {
      /* Translators: the start of the period chosen for an export */
      g_prefix_error (error, _("The period’s start: "));
      return FALSE;
    }
  if (!layanan_date_parse_iso (to_iso, to, error))
    {
      /* Translators: the end of the period chosen for an export */
      g_prefix_error (error, _("The period’s end: "));
      return FALSE;
    }
  if (g_date_compare (from, to) > 0)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("The period ends (%s) before it starts (%s)"), to_iso, from_iso);
      return FALSE;
    }

  return TRUE;
}

/* HH:MM[:SS[.fraction]]; 07.30 is accepted too, as Indonesian writes it. */
static ParseResult
read_time (const char  *quoted,
           const char **p,
           int         *hour,
           int         *minute,
           double      *seconds,
           GError     **error)
{
  const char *q = *p;
  int second = 0;
  double fraction = 0;

  if (!read_digits (&q, 2, hour) && !read_digits (&q, 1, hour))
    return PARSE_BAD_SHAPE;
  if ((*q != ':' && *q != '.') || (q++, !read_digits (&q, 2, minute)))
    return PARSE_BAD_SHAPE;

  if (*q == ':')
    {
      q++;
      if (!read_digits (&q, 2, &second))
        return PARSE_BAD_SHAPE;

      if ((*q == '.' || *q == ',') && g_ascii_isdigit (q[1]))
        {
          double scale = 0.1;

          for (q++; g_ascii_isdigit (*q); q++, scale /= 10)
            fraction += (*q - '0') * scale;
        }
    }

  if (g_ascii_isdigit (*q))
    return PARSE_BAD_SHAPE;

  if (*hour > 23)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("“%s” is not a time: there is no hour %d (hours run from 00 to 23)"),
                   quoted, *hour);
      return PARSE_BAD_VALUE;
    }

  if (*minute > 59)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("“%s” is not a time: there is no minute %d (minutes run from 00 to 59)"),
                   quoted, *minute);
      return PARSE_BAD_VALUE;
    }

  if (second > 59)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("“%s” is not a time: there is no second %d (seconds run from 00 to 59)"),
                   quoted, second);
      return PARSE_BAD_VALUE;
    }

  /* Below a microsecond a fraction only risks rounding up to 60 seconds. */
  *seconds = second + MIN (fraction, 0.999999);
  *p = q;
  return PARSE_OK;
}

/* Z, +07:00, +0700 or +07 → seconds east of UTC. */
static ParseResult
read_offset (const char  *quoted,
             const char **p,
             int         *offset,
             GError     **error)
{
  const char *q = *p;
  int sign, hours, minutes = 0;

  if (*q == 'Z' || *q == 'z')
    {
      *offset = 0;
      *p = q + 1;
      return PARSE_OK;
    }

  if (*q != '+' && *q != '-')
    return PARSE_BAD_SHAPE;
  sign = *q++ == '-' ? -1 : 1;

  if (!read_digits (&q, 2, &hours))
    return PARSE_BAD_SHAPE;
  if (*q == ':')
    q++;
  if (g_ascii_isdigit (*q) && !read_digits (&q, 2, &minutes))
    return PARSE_BAD_SHAPE;

  /* Real offsets run from −12:00 to +14:00. */
  if (hours > 14 || minutes > 59)
    {
      g_autofree char *given = g_strndup (*p, q - *p);

      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("“%s”: %s is not a time zone offset; write e.g. +07:00"), quoted, given);
      return PARSE_BAD_VALUE;
    }

  *offset = sign * (hours * 3600 + minutes * 60);
  *p = q;
  return PARSE_OK;
}

/**
 * layanan_date_time_parse:
 * @text: "2026-03-19 10:00", "2026-03-19T10:00", "2026-03-19" (midnight),
 *   seconds optional, or ISO 8601 with an offset ("2026-03-19T10:00:00+07:00",
 *   "…Z"); 10.00 is read like 10:00
 * @tz: (nullable): the zone of a text without an offset, and of the result;
 *   %NULL means WIB (UTC+7)
 *
 * An instant given with an offset is kept as that instant and returned in
 * @tz ("2026-03-19T03:00Z" → 10:00 WIB).
 *
 * Returns: (transfer full) (nullable): the instant, or %NULL with
 *   %LAYANAN_ERROR_INVALID_INPUT and a message that quotes @text and says
 *   what is wrong ("February 2026 has 28 days", "there is no hour 25").
 */
GDateTime *
layanan_date_time_parse (const char  *text,
                         GTimeZone   *tz,
                         GError     **error)
{
  g_autofree char *quoted = NULL;
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GTimeZone) given_zone = NULL;
  g_autoptr(GDateTime) instant = NULL;
  const char *p;
  GDate date;
  int hour = 0, minute = 0, offset = 0;
  double seconds = 0;
  gboolean has_offset = FALSE;
  ParseResult result;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  zone = tz != NULL ? g_time_zone_ref (tz) : g_time_zone_new_offset (WIB_OFFSET_SECONDS);
  quoted = g_strstrip (g_strdup (text != NULL ? text : ""));
  if (*quoted == '\0')
    {
      g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                           _("The date and time are empty; write them as YYYY-MM-DD HH:MM, "
                             "e.g. 2026-03-19 10:00"));
      return NULL;
    }

  p = quoted;
  result = read_date (quoted, &p, &date, error);

  if (result == PARSE_OK && *p != '\0')
    {
      if (*p == 'T' || *p == 't')
        p++;
      else if (*p == ' ')
        while (*p == ' ')
          p++;
      else
        result = PARSE_BAD_SHAPE;

      if (result == PARSE_OK)
        result = read_time (quoted, &p, &hour, &minute, &seconds, error);

      if (result == PARSE_OK)
        {
          while (*p == ' ')
            p++;
          if (*p != '\0')
            {
              result = read_offset (quoted, &p, &offset, error);
              has_offset = result == PARSE_OK;
            }
        }

      if (result == PARSE_OK && *p != '\0')
        result = PARSE_BAD_SHAPE;
    }

  if (result == PARSE_BAD_SHAPE)
    g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                 _("“%s” is not a date and time; write it as YYYY-MM-DD HH:MM, "
                   "e.g. 2026-03-19 10:00"), quoted);
  if (result != PARSE_OK)
    return NULL;

  if (has_offset)
    given_zone = g_time_zone_new_offset (offset);

  instant = g_date_time_new (has_offset ? given_zone : zone,
                             g_date_get_year (&date), g_date_get_month (&date),
                             g_date_get_day (&date), hour, minute, seconds);
  if (instant == NULL)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("“%s” is outside the dates this program can count"), quoted);
      return NULL;
    }

  if (has_offset)
    return g_date_time_to_timezone (instant, zone);

  return g_steal_pointer (&instant);
}
