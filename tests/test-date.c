/* test-date.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "layanan-date.h"
#include "layanan-error.h"

/* Untranslated (no setlocale): the English source strings. */

static void
assert_long (int         day,
             GDateMonth  month,
             int         year,
             const char *expected)
{
  g_autoptr(GDate) date = g_date_new_dmy (day, month, year);
  g_autofree char *text = layanan_date_format_long (date);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_format_long (void)
{
  const char * const months[] = {
    NULL, "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
  };

  assert_long (23, G_DATE_NOVEMBER, 2026, "23 November 2026");
  assert_long (1, G_DATE_MARCH, 2026, "1 March 2026");
  assert_long (31, G_DATE_DECEMBER, 2025, "31 December 2025");

  for (GDateMonth month = G_DATE_JANUARY; month <= G_DATE_DECEMBER; month++)
    {
      g_autofree char *expected = g_strdup_printf ("2 %s 2026", months[month]);

      g_assert_cmpstr (layanan_date_month_name (month), ==, months[month]);
      assert_long (2, month, 2026, expected);
    }
}

/* Official documents name the months in Indonesian whatever the locale
 * (this test runs untranslated, so a gettext lookup would give English). */
static void
test_format_indonesian (void)
{
  g_autoptr(GDate) day = g_date_new_dmy (17, G_DATE_AUGUST, 1945);
  g_autoptr(GDate) from = g_date_new_dmy (1, G_DATE_JANUARY, 2026);
  g_autoptr(GDate) to = g_date_new_dmy (31, G_DATE_MARCH, 2026);
  g_autofree char *text = layanan_date_format_indonesian (day);
  g_autofree char *range = layanan_date_format_indonesian_range (from, to);

  g_assert_cmpstr (text, ==, "17 Agustus 1945");
  g_assert_cmpstr (range, ==, "1 Januari 2026 s.d. 31 Maret 2026");
  g_assert_cmpstr (layanan_date_indonesian_month_name (G_DATE_MAY), ==, "Mei");
  g_assert_cmpstr (layanan_date_indonesian_month_name (G_DATE_DECEMBER), ==, "Desember");
}

/* A period's ends are dates, the end not before the start; the error says
 * which end is wrong. */
static void
test_parse_period (void)
{
  g_autoptr(GError) error = NULL;
  GDate from, to;

  g_assert_true (layanan_date_parse_period ("2026-02-01", "2026-02-01", &from, &to, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_date_compare (&from, &to), ==, 0);
  g_assert_cmpint (g_date_get_month (&to), ==, G_DATE_FEBRUARY);

  g_assert_false (layanan_date_parse_period ("2026-02-30", "2026-03-01", &from, &to, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_assert_true (g_str_has_prefix (error->message, "The period’s start: "));
  g_clear_error (&error);

  g_assert_false (layanan_date_parse_period ("2026-02-01", "Maret", &from, &to, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_assert_true (g_str_has_prefix (error->message, "The period’s end: "));
  g_clear_error (&error);

  g_assert_false (layanan_date_parse_period ("2026-03-02", "2026-03-01", &from, &to, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "2026-03-01"));
  g_assert_nonnull (strstr (error->message, "2026-03-02"));
}

static void
test_format_iso (void)
{
  g_autoptr(GDate) date = g_date_new_dmy (9, G_DATE_MARCH, 2026);
  g_autoptr(GDate) old = g_date_new_dmy (2, G_DATE_JANUARY, 800);
  g_autofree char *text = layanan_date_format_iso (date);
  g_autofree char *old_text = layanan_date_format_iso (old);

  g_assert_cmpstr (text, ==, "2026-03-09");
  g_assert_cmpstr (old_text, ==, "0800-01-02");
}

static void
test_format_time_of_day (void)
{
  g_autofree char *opening = layanan_date_format_time_of_day (7 * 60 + 30);
  g_autofree char *midnight = layanan_date_format_time_of_day (0);
  g_autofree char *end = layanan_date_format_time_of_day (24 * 60);
  g_autofree char *late = layanan_date_format_time_of_day (23 * 60 + 59);

  g_assert_cmpstr (opening, ==, "07:30");
  g_assert_cmpstr (midnight, ==, "00:00");
  g_assert_cmpstr (end, ==, "24:00");
  g_assert_cmpstr (late, ==, "23:59");
}

static void
test_date_time_format_long (void)
{
  const char * const weekdays[] = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  };
  g_autoptr(GTimeZone) wib = g_time_zone_new_offset (7 * 3600);
  g_autoptr(GDateTime) due = g_date_time_new (wib, 2026, 4, 1, 16, 0, 0);
  g_autoptr(GDateTime) christmas = g_date_time_new (wib, 2025, 12, 25, 7, 5, 59);
  g_autofree char *due_text = layanan_date_time_format_long (due);
  g_autofree char *christmas_text = layanan_date_time_format_long (christmas);

  g_assert_cmpstr (due_text, ==, "Wednesday, 1 April 2026, 16:00");
  g_assert_cmpstr (christmas_text, ==, "Thursday, 25 December 2025, 07:05");

  /* 5 January 2026 is a Monday. */
  for (int i = 0; i < 7; i++)
    {
      g_autoptr(GDateTime) dt = g_date_time_new (wib, 2026, 1, 5 + i, 9, 0, 0);
      g_autofree char *text = layanan_date_time_format_long (dt);
      g_autofree char *expected = g_strdup_printf ("%s, %d January 2026, 09:00", weekdays[i],
                                                   5 + i);

      g_assert_cmpstr (text, ==, expected);
      g_assert_cmpstr (layanan_date_weekday_name (i + 1), ==, weekdays[i]);
    }
}

static void
assert_date (const char *text,
             int         day,
             GDateMonth  month,
             int         year)
{
  g_autoptr(GError) error = NULL;
  GDate date;

  if (!layanan_date_parse_iso (text, &date, &error))
    g_error ("“%s” was refused: %s", text, error->message);
  g_assert_no_error (error);
  g_assert_cmpint (g_date_get_day (&date), ==, day);
  g_assert_cmpint (g_date_get_month (&date), ==, month);
  g_assert_cmpint (g_date_get_year (&date), ==, year);
}

static void
assert_date_refused (const char *text,
                     const char *fragment)
{
  g_autoptr(GError) error = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 17, G_DATE_AUGUST, 1945);

  g_assert_false (layanan_date_parse_iso (text, &date, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  if (strstr (error->message, fragment) == NULL)
    g_error ("the message for “%s”, “%s”, does not say “%s”", text, error->message, fragment);

  g_assert_cmpint (g_date_get_year (&date), ==, 1945);
}

static void
test_parse_iso (void)
{
  assert_date ("2026-03-19", 19, G_DATE_MARCH, 2026);
  assert_date (" 2024-02-29 ", 29, G_DATE_FEBRUARY, 2024);
  assert_date ("2000-02-29", 29, G_DATE_FEBRUARY, 2000);
  assert_date ("2026-12-31", 31, G_DATE_DECEMBER, 2026);
}

static void
test_parse_iso_refused (void)
{
  assert_date_refused ("2026-02-31", "“2026-02-31” is not a date: February 2026 has 28 days");
  assert_date_refused ("2025-02-29", "February 2025 has 28 days");
  assert_date_refused ("1900-02-29", "February 1900 has 28 days");
  assert_date_refused ("2026-04-31", "April 2026 has 30 days");
  assert_date_refused ("2026-03-00", "March 2026 has 31 days");
  assert_date_refused ("2026-13-01", "“2026-13-01” is not a date: there is no month 13");
  assert_date_refused ("2026-00-10", "there is no month 0");
  assert_date_refused ("0000-01-01", "there is no year 0");
  assert_date_refused ("", "The date is empty");
  assert_date_refused (NULL, "The date is empty");
  assert_date_refused ("31/02/2026", "“31/02/2026” is not a date; write it as YYYY-MM-DD");
  assert_date_refused ("2026/03/19", "write it as YYYY-MM-DD");
  assert_date_refused ("26-03-19", "write it as YYYY-MM-DD");
  assert_date_refused ("2026-3-19", "write it as YYYY-MM-DD");
  assert_date_refused ("2026-03-190", "write it as YYYY-MM-DD");
  assert_date_refused ("2026-03-19x", "write it as YYYY-MM-DD");
  assert_date_refused ("2026-03-19 10:00", "write it as YYYY-MM-DD");
}

static void
assert_instant (const char *text,
                GTimeZone  *tz,
                const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) dt = layanan_date_time_parse (text, tz, &error);
  g_autofree char *formatted = NULL;

  if (dt == NULL)
    g_error ("“%s” was refused: %s", text, error->message);
  g_assert_no_error (error);
  formatted = g_date_time_format (dt, "%Y-%m-%d %H:%M:%S %:z");
  g_assert_cmpstr (formatted, ==, expected);
}

static void
assert_instant_refused (const char *text,
                        const char *fragment)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) dt = layanan_date_time_parse (text, NULL, &error);

  g_assert_null (dt);
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  if (strstr (error->message, fragment) == NULL)
    g_error ("the message for “%s”, “%s”, does not say “%s”", text, error->message, fragment);
}

static void
test_date_time_parse (void)
{
  g_autoptr(GTimeZone) wib = g_time_zone_new_offset (7 * 3600);
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) fraction = NULL;

  assert_instant ("2026-03-19 10:00", wib, "2026-03-19 10:00:00 +07:00");
  assert_instant ("2026-03-19T10:00", wib, "2026-03-19 10:00:00 +07:00");
  assert_instant ("2026-03-19", wib, "2026-03-19 00:00:00 +07:00");
  assert_instant ("2026-03-19 10:00:30", wib, "2026-03-19 10:00:30 +07:00");
  assert_instant ("  2026-03-19   10:00  ", wib, "2026-03-19 10:00:00 +07:00");
  assert_instant ("2026-03-19 10.00", wib, "2026-03-19 10:00:00 +07:00");
  assert_instant ("2026-03-19 9:05", wib, "2026-03-19 09:05:00 +07:00");
  assert_instant ("2026-03-19 23:59:59", wib, "2026-03-19 23:59:59 +07:00");

  /* With an offset: the same instant, given in the zone asked for. */
  assert_instant ("2026-03-19T10:00:00+07:00", wib, "2026-03-19 10:00:00 +07:00");
  assert_instant ("2026-03-19T03:00:00Z", wib, "2026-03-19 10:00:00 +07:00");
  assert_instant ("2026-03-19T10:00:00+08:00", wib, "2026-03-19 09:00:00 +07:00");
  assert_instant ("2026-03-18T22:30-05:00", wib, "2026-03-19 10:30:00 +07:00");
  assert_instant ("2026-03-19T10:00+0700", wib, "2026-03-19 10:00:00 +07:00");
  assert_instant ("2026-03-19 10:00 +07:00", wib, "2026-03-19 10:00:00 +07:00");
  assert_instant ("2026-03-19T20:00:00+07:00", utc, "2026-03-19 13:00:00 +00:00");

  /* The zone of a text without an offset: the one given, WIB by default. */
  assert_instant ("2026-03-19 10:00", utc, "2026-03-19 10:00:00 +00:00");
  assert_instant ("2026-03-19 10:00", NULL, "2026-03-19 10:00:00 +07:00");

  fraction = layanan_date_time_parse ("2026-03-19T10:00:00.250+07:00", wib, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fraction);
  g_assert_cmpint (g_date_time_get_second (fraction), ==, 0);
  g_assert_cmpint (g_date_time_get_microsecond (fraction), ==, 250000);
}

static void
test_date_time_parse_refused (void)
{
  assert_instant_refused ("2026-02-31 10:00",
                          "“2026-02-31 10:00” is not a date: February 2026 has 28 days");
  assert_instant_refused ("2026-03-19 25:00",
                          "“2026-03-19 25:00” is not a time: there is no hour 25");
  assert_instant_refused ("2026-03-19 24:00", "there is no hour 24");
  assert_instant_refused ("2026-03-19 10:60", "there is no minute 60");
  assert_instant_refused ("2026-03-19 10:00:61", "there is no second 61");
  assert_instant_refused ("2026-03-19T10:00+15:00", "+15:00 is not a time zone offset");
  assert_instant_refused ("", "are empty");
  assert_instant_refused (NULL, "are empty");
  assert_instant_refused ("2026-03-19 10",
                          "“2026-03-19 10” is not a date and time; write it as YYYY-MM-DD HH:MM");
  assert_instant_refused ("2026-03-19T", "write it as YYYY-MM-DD HH:MM");
  assert_instant_refused ("2026-03-19 10:00 WIB", "write it as YYYY-MM-DD HH:MM");
  assert_instant_refused ("2026-03-19X10:00", "write it as YYYY-MM-DD HH:MM");
  assert_instant_refused ("19-03-2026 10:00", "write it as YYYY-MM-DD HH:MM");
  assert_instant_refused ("2026-03-19 100:00", "write it as YYYY-MM-DD HH:MM");
  assert_instant_refused ("2026-03-19 10:000", "write it as YYYY-MM-DD HH:MM");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/date/format/long", test_format_long);
  g_test_add_func ("/core/date/format/iso", test_format_iso);
  g_test_add_func ("/core/date/format/indonesian", test_format_indonesian);
  g_test_add_func ("/core/date/format/time-of-day", test_format_time_of_day);
  g_test_add_func ("/core/date/format/date-time-long", test_date_time_format_long);
  g_test_add_func ("/core/date/parse-iso/valid", test_parse_iso);
  g_test_add_func ("/core/date/parse-iso/refused", test_parse_iso_refused);
  g_test_add_func ("/core/date/parse-period", test_parse_period);
  g_test_add_func ("/core/date/date-time-parse/valid", test_date_time_parse);
  g_test_add_func ("/core/date/date-time-parse/refused", test_date_time_parse_refused);

  return g_test_run ();
}
