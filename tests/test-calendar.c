/* test-calendar.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "layanan-calendar.h"
#include "layanan-error.h"
#include "layanan-tsv.h"

/* Every expected instant below was counted by hand from the tables in
 * DOMAIN.md §5.3–5.4 and a wall calendar; the holidays come from the shipped
 * data/reference/holidays.tsv, so a wrong row there fails a test here. */

#define HM(h, m) ((h) * 60 + (m))

/* Helpers */

static char *
data_path (const char *name)
{
  const char *dir = g_getenv ("LAYANAN_DATA_DIR");

  return g_build_filename (dir != NULL ? dir : SOURCE_DATADIR, "reference", name, NULL);
}

static void
read_date (const char *text,
           GDate      *date)
{
  int year, month, day;

  g_assert_cmpint (sscanf (text, "%4d-%2d-%2d", &year, &month, &day), ==, 3);
  g_assert_true (g_date_valid_dmy (day, month, year));
  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
}

static LayananCalendar *
shipped_calendar (gboolean cuti_bersama_nonworking)
{
  const char * const columns[] = { "date", "kind", "description", "legal_basis", NULL };
  g_autofree char *path = data_path ("holidays.tsv");
  g_autoptr(LayananCalendar) calendar = layanan_calendar_new ();
  g_autoptr(LayananTsv) tsv = NULL;
  g_autoptr(GError) error = NULL;

  tsv = layanan_tsv_open (path, columns, &error);
  g_assert_no_error (error);

  while (layanan_tsv_next (tsv, &error))
    {
      LayananHolidayKind kind;
      GDate date;

      read_date (layanan_tsv_get (tsv, "date"), &date);
      g_assert_true (layanan_holiday_kind_from_key (layanan_tsv_get (tsv, "kind"), &kind));
      g_assert_cmpstr (layanan_tsv_get (tsv, "description"), !=, "");
      g_assert_true (g_str_has_prefix (layanan_tsv_get (tsv, "legal_basis"),
                                       "SKB Menag, Menaker, MenPANRB No. "));
      g_assert_false (layanan_calendar_get_holiday (calendar, &date, NULL)); /* no date twice */
      layanan_calendar_add_holiday (calendar, &date, kind);
    }
  g_assert_no_error (error);

  layanan_calendar_set_cuti_bersama_nonworking (calendar, cuti_bersama_nonworking);
  return g_steal_pointer (&calendar);
}

static GDateTime *
wib (const char *text)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_offset (7 * 3600);
  int year, month, day, hour, minute;

  g_assert_cmpint (sscanf (text, "%4d-%2d-%2d %2d:%2d", &year, &month, &day, &hour, &minute),
                   ==, 5);
  return g_date_time_new (tz, year, month, day, hour, minute, 0);
}

static void
assert_instant (GDateTime  *instant,
                const char *expected)
{
  g_autofree char *text = NULL;

  g_assert_nonnull (instant);
  text = g_date_time_format (instant, "%Y-%m-%d %H:%M:%S %:z");
  g_assert_cmpstr (text, ==, expected);
}

static void
assert_due (LayananCalendar     *calendar,
            const char          *received,
            gint64               value,
            LayananDurationUnit  unit,
            const char          *expected)
{
  g_autoptr(GDateTime) start = wib (received);
  g_autoptr(GDateTime) due = NULL;
  g_autofree char *full = g_strconcat (expected, ":00 +07:00", NULL);
  LayananDuration duration = { value, unit };

  due = layanan_calendar_due (calendar, start, &duration);
  assert_instant (due, full);
}

/* Table-driven due dates */

typedef struct
{
  const char          *path;
  gboolean             cuti_bersama_nonworking;
  const char          *received;   /* WIB */
  gint64               value;
  LayananDurationUnit  unit;
  const char          *expected;   /* WIB */
} DueCase;

#define WD LAYANAN_DURATION_WORKING_DAYS
#define D LAYANAN_DURATION_DAYS
#define H LAYANAN_DURATION_HOURS
#define M LAYANAN_DURATION_MINUTES
#define CUTI_CLOSED TRUE
#define CUTI_WORKING FALSE

static const DueCase due_cases[] = {
  /* Weekends */
  { "/core/calendar/working-days/weekend",
    CUTI_CLOSED, "2026-01-09 10:00", 1, WD, "2026-01-12 16:00" },
  { "/core/calendar/working-days/isra-mikraj-2026",
    CUTI_CLOSED, "2026-01-09 10:00", 5, WD, "2026-01-19 16:00" },

  /* 2025: Isra Mikraj 27 Jan, Imlek cuti 28 Jan and libur 29 Jan */
  { "/core/calendar/working-days/imlek-2025",
    CUTI_CLOSED, "2025-01-24 09:00", 3, WD, "2025-02-03 16:00" },
  { "/core/calendar/working-days/imlek-2025-cuti-working",
    CUTI_WORKING, "2025-01-24 09:00", 3, WD, "2025-01-31 16:30" },
  /* Nyepi and Idulfitri 1446 H: 28 Mar – 7 Apr 2025 */
  { "/core/calendar/working-days/idulfitri-2025",
    CUTI_CLOSED, "2025-03-27 10:00", 2, WD, "2025-04-09 16:00" },
  { "/core/calendar/working-days/idulfitri-2025-cuti-working",
    CUTI_WORKING, "2025-03-27 10:00", 2, WD, "2025-04-02 16:00" },
  { "/core/calendar/working-days/idulfitri-2025-received-inside",
    CUTI_CLOSED, "2025-04-02 09:00", 1, WD, "2025-04-09 16:00" },
  { "/core/calendar/working-days/idulfitri-2025-received-inside-cuti-working",
    CUTI_WORKING, "2025-04-02 09:00", 1, WD, "2025-04-03 16:00" },
  /* Waisak: libur 12 May, cuti 13 May 2025 */
  { "/core/calendar/working-days/waisak-2025",
    CUTI_CLOSED, "2025-05-09 14:00", 1, WD, "2025-05-14 16:00" },
  { "/core/calendar/working-days/waisak-2025-cuti-working",
    CUTI_WORKING, "2025-05-09 14:00", 1, WD, "2025-05-13 16:00" },
  /* Kenaikan: libur 29 May, cuti 30 May 2025 (1 Jun is a Sunday) */
  { "/core/calendar/working-days/kenaikan-2025",
    CUTI_CLOSED, "2025-05-28 11:00", 2, WD, "2025-06-03 16:00" },
  { "/core/calendar/working-days/kenaikan-2025-cuti-working",
    CUTI_WORKING, "2025-05-28 11:00", 2, WD, "2025-06-02 16:00" },
  /* Iduladha: libur Fri 6 Jun, cuti Mon 9 Jun 2025 */
  { "/core/calendar/working-days/iduladha-2025",
    CUTI_CLOSED, "2025-06-05 08:00", 1, WD, "2025-06-10 16:00" },
  { "/core/calendar/working-days/iduladha-2025-cuti-working",
    CUTI_WORKING, "2025-06-05 08:00", 1, WD, "2025-06-09 16:00" },
  /* HUT RI ke-80: Sun 17 Aug libur, Mon 18 Aug 2025 cuti (SKB 933/2025) */
  { "/core/calendar/working-days/hut-ri-2025",
    CUTI_CLOSED, "2025-08-15 10:00", 1, WD, "2025-08-19 16:00" },
  { "/core/calendar/working-days/hut-ri-2025-cuti-working",
    CUTI_WORKING, "2025-08-15 10:00", 1, WD, "2025-08-18 16:00" },
  /* Christmas 25–26 Dec 2025 and 1 Jan 2026, across the year end */
  { "/core/calendar/working-days/year-end-2025",
    CUTI_CLOSED, "2025-12-22 10:00", 10, WD, "2026-01-08 16:00" },
  { "/core/calendar/working-days/year-end-2025-cuti-working",
    CUTI_WORKING, "2025-12-22 10:00", 10, WD, "2026-01-07 16:00" },

  /* 2026: Imlek cuti 16 Feb, libur 17 Feb */
  { "/core/calendar/working-days/imlek-2026",
    CUTI_CLOSED, "2026-02-13 10:00", 2, WD, "2026-02-19 16:00" },
  { "/core/calendar/working-days/imlek-2026-cuti-working",
    CUTI_WORKING, "2026-02-13 10:00", 2, WD, "2026-02-18 16:00" },
  /* Nyepi and Idulfitri 1447 H: 18–24 Mar 2026 */
  { "/core/calendar/working-days/idulfitri-2026",
    CUTI_CLOSED, "2026-03-19 10:00", 5, WD, "2026-04-01 16:00" },
  { "/core/calendar/working-days/idulfitri-2026-cuti-working",
    CUTI_WORKING, "2026-03-19 10:00", 5, WD, "2026-03-27 16:30" },
  { "/core/calendar/working-days/idulfitri-2026-before",
    CUTI_CLOSED, "2026-03-17 10:00", 1, WD, "2026-03-25 16:00" },
  { "/core/calendar/working-days/idulfitri-2026-before-cuti-working",
    CUTI_WORKING, "2026-03-17 10:00", 1, WD, "2026-03-18 16:00" },
  /* Wafat Yesus Kristus, Fri 3 Apr 2026 */
  { "/core/calendar/working-days/good-friday-2026",
    CUTI_CLOSED, "2026-04-02 09:00", 1, WD, "2026-04-06 16:00" },
  /* Kenaikan: libur 14 May, cuti 15 May 2026 */
  { "/core/calendar/working-days/kenaikan-2026",
    CUTI_CLOSED, "2026-05-13 10:00", 1, WD, "2026-05-18 16:00" },
  { "/core/calendar/working-days/kenaikan-2026-cuti-working",
    CUTI_WORKING, "2026-05-13 10:00", 1, WD, "2026-05-15 16:30" },
  /* Iduladha: libur 27 May, cuti 28 May; Waisak Sun 31 May, Pancasila Mon 1 Jun 2026 */
  { "/core/calendar/working-days/iduladha-2026",
    CUTI_CLOSED, "2026-05-26 10:00", 3, WD, "2026-06-03 16:00" },
  { "/core/calendar/working-days/iduladha-2026-cuti-working",
    CUTI_WORKING, "2026-05-26 10:00", 3, WD, "2026-06-02 16:00" },
  /* 31 May – 1 Jun 2026 are both libur: the setting changes nothing */
  { "/core/calendar/working-days/pancasila-2026",
    CUTI_CLOSED, "2026-05-29 15:00", 1, WD, "2026-06-02 16:00" },
  { "/core/calendar/working-days/pancasila-2026-cuti-working",
    CUTI_WORKING, "2026-05-29 15:00", 1, WD, "2026-06-02 16:00" },
  /* Christmas: cuti Thu 24 Dec, libur Fri 25 Dec 2026 */
  { "/core/calendar/working-days/christmas-2026",
    CUTI_CLOSED, "2026-12-23 10:00", 1, WD, "2026-12-28 16:00" },
  { "/core/calendar/working-days/christmas-2026-cuti-working",
    CUTI_WORKING, "2026-12-23 10:00", 1, WD, "2026-12-24 16:00" },

  /* Every other libur nasional on a weekday: the day before + 1 HK skips it */
  { "/core/calendar/working-days/new-year-2025",
    CUTI_CLOSED, "2024-12-31 10:00", 1, WD, "2025-01-02 16:00" },
  { "/core/calendar/working-days/easter-2025",
    CUTI_CLOSED, "2025-04-17 10:00", 1, WD, "2025-04-21 16:00" },
  { "/core/calendar/working-days/labour-day-2025",
    CUTI_CLOSED, "2025-04-30 10:00", 1, WD, "2025-05-02 16:30" },
  { "/core/calendar/working-days/muharam-2025",
    CUTI_CLOSED, "2025-06-26 10:00", 1, WD, "2025-06-30 16:00" },
  { "/core/calendar/working-days/maulid-2025",
    CUTI_CLOSED, "2025-09-04 10:00", 1, WD, "2025-09-08 16:00" },
  { "/core/calendar/working-days/new-year-2026",
    CUTI_CLOSED, "2025-12-31 10:00", 1, WD, "2026-01-02 16:30" },
  { "/core/calendar/working-days/labour-day-2026",
    CUTI_CLOSED, "2026-04-30 10:00", 1, WD, "2026-05-04 16:00" },
  { "/core/calendar/working-days/muharam-2026",
    CUTI_CLOSED, "2026-06-15 10:00", 1, WD, "2026-06-17 16:00" },
  { "/core/calendar/working-days/independence-2026",
    CUTI_CLOSED, "2026-08-14 10:00", 1, WD, "2026-08-18 16:00" },
  { "/core/calendar/working-days/maulid-2026",
    CUTI_CLOSED, "2026-08-24 10:00", 1, WD, "2026-08-26 16:00" },

  /* When the clock starts */
  { "/core/calendar/start/before-opening",
    CUTI_CLOSED, "2026-01-12 06:00", 1, WD, "2026-01-13 16:00" },
  { "/core/calendar/start/during-break",
    CUTI_CLOSED, "2026-01-12 12:30", 1, WD, "2026-01-13 16:00" },
  { "/core/calendar/start/at-closing", CUTI_CLOSED, "2026-01-12 16:00", 1, WD, "2026-01-14 16:00" },
  { "/core/calendar/start/after-closing",
    CUTI_CLOSED, "2026-01-12 16:30", 1, WD, "2026-01-14 16:00" },
  { "/core/calendar/start/friday-before-late-closing",
    CUTI_CLOSED, "2026-01-09 16:15", 1, WD, "2026-01-12 16:00" },
  { "/core/calendar/start/friday-at-closing",
    CUTI_CLOSED, "2026-01-09 16:30", 1, WD, "2026-01-13 16:00" },
  { "/core/calendar/start/saturday", CUTI_CLOSED, "2026-01-10 10:00", 1, WD, "2026-01-13 16:00" },
  { "/core/calendar/start/zero-on-saturday",
    CUTI_CLOSED, "2026-01-10 10:00", 0, WD, "2026-01-12 07:30" },
  { "/core/calendar/start/zero-during-break",
    CUTI_CLOSED, "2026-01-12 12:30", 0, H, "2026-01-12 13:00" },
  { "/core/calendar/start/zero-in-hours",
    CUTI_CLOSED, "2026-01-12 10:05", 0, M, "2026-01-12 10:05" },
  { "/core/calendar/start/zero-after-closing",
    CUTI_CLOSED, "2026-01-09 17:00", 0, D, "2026-01-12 07:30" },

  /* Calendar days */
  { "/core/calendar/days/plain", CUTI_CLOSED, "2026-01-12 10:00", 2, D, "2026-01-14 16:00" },
  { "/core/calendar/days/onto-weekend", CUTI_CLOSED, "2026-01-07 10:00", 3, D, "2026-01-12 16:00" },
  { "/core/calendar/days/from-saturday",
    CUTI_CLOSED, "2026-01-10 10:00", 1, D, "2026-01-13 16:00" },
  { "/core/calendar/days/onto-kenaikan-2026",
    CUTI_CLOSED, "2026-05-12 10:00", 2, D, "2026-05-18 16:00" },
  { "/core/calendar/days/onto-kenaikan-2026-cuti-working",
    CUTI_WORKING, "2026-05-12 10:00", 2, D, "2026-05-15 16:30" },
  { "/core/calendar/days/thirty", CUTI_CLOSED, "2026-03-02 10:00", 30, D, "2026-04-01 16:00" },

  /* Working hours and minutes */
  { "/core/calendar/hours/friday-afternoon",
    CUTI_CLOSED, "2026-01-09 15:00", 3, H, "2026-01-12 09:00" },
  { "/core/calendar/hours/across-break",
    CUTI_CLOSED, "2026-01-12 10:00", 3, H, "2026-01-12 14:00" },
  { "/core/calendar/hours/ends-at-break",
    CUTI_CLOSED, "2026-01-12 10:00", 2, H, "2026-01-12 12:00" },
  { "/core/calendar/hours/ends-at-closing",
    CUTI_CLOSED, "2026-01-12 11:00", 4, H, "2026-01-12 16:00" },
  { "/core/calendar/hours/friday-break",
    CUTI_CLOSED, "2026-01-09 11:00", 90, M, "2026-01-09 14:00" },
  { "/core/calendar/hours/overnight", CUTI_CLOSED, "2026-01-12 15:50", 15, M, "2026-01-13 07:35" },
  { "/core/calendar/hours/received-during-break",
    CUTI_CLOSED, "2026-01-12 12:15", 1, H, "2026-01-12 14:00" },
  { "/core/calendar/hours/received-before-opening",
    CUTI_CLOSED, "2026-01-12 06:00", 1, H, "2026-01-12 08:30" },
  { "/core/calendar/hours/received-after-closing",
    CUTI_CLOSED, "2026-01-12 17:00", 1, H, "2026-01-13 08:30" },
  { "/core/calendar/hours/received-at-closing",
    CUTI_CLOSED, "2026-01-12 16:00", 1, H, "2026-01-13 08:30" },
  { "/core/calendar/hours/received-saturday",
    CUTI_CLOSED, "2026-01-10 09:00", 1, H, "2026-01-12 08:30" },
  { "/core/calendar/hours/good-friday-2026",
    CUTI_CLOSED, "2026-04-02 15:00", 3, H, "2026-04-06 09:30" },
  { "/core/calendar/hours/idulfitri-2026",
    CUTI_CLOSED, "2026-03-17 14:00", 5, H, "2026-03-25 10:30" },
  { "/core/calendar/hours/idulfitri-2026-cuti-working",
    CUTI_WORKING, "2026-03-17 14:00", 5, H, "2026-03-18 10:30" },
  { "/core/calendar/hours/christmas-2025",
    CUTI_CLOSED, "2025-12-24 14:00", 8, H, "2025-12-29 14:30" },
  { "/core/calendar/hours/christmas-2025-cuti-working",
    CUTI_WORKING, "2025-12-24 14:00", 8, H, "2025-12-26 15:00" },
  /* Perpres 21/2023: a working week is exactly 37 h 30 min */
  { "/core/calendar/hours/whole-week",
    CUTI_CLOSED, "2026-01-05 07:30", 2250, M, "2026-01-09 16:30" },
};

static void
test_due_case (gconstpointer data)
{
  const DueCase *c = data;
  g_autoptr(LayananCalendar) calendar = shipped_calendar (c->cuti_bersama_nonworking);

  assert_due (calendar, c->received, c->value, c->unit, c->expected);
}

/* Data */

static void
test_data_holidays (void)
{
  g_autoptr(LayananCalendar) calendar = shipped_calendar (TRUE);
  /* DOMAIN.md §0: 2025 has 17 libur + 10 cuti bersama + 18 Aug; 2026 has 17 + 8 */
  guint libur[2] = { 0, 0 }, cuti[2] = { 0, 0 };
  GDate date;

  g_assert_cmpuint (layanan_calendar_get_n_holidays (calendar), ==, 53);

  for (int year = 2025; year <= 2026; year++)
    {
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, 1, G_DATE_JANUARY, year);
      for (; g_date_get_year (&date) == year; g_date_add_days (&date, 1))
        {
          LayananHolidayKind kind;

          if (!layanan_calendar_get_holiday (calendar, &date, &kind))
            continue;
          if (kind == LAYANAN_HOLIDAY_LIBUR_NASIONAL)
            libur[year - 2025]++;
          else
            cuti[year - 2025]++;
          g_assert_false (layanan_calendar_is_working_day (calendar, &date));
        }
    }

  g_assert_cmpuint (libur[0], ==, 17);
  g_assert_cmpuint (cuti[0], ==, 11);
  g_assert_cmpuint (libur[1], ==, 17);
  g_assert_cmpuint (cuti[1], ==, 8);
}

static void
test_data_working_hours (void)
{
  const char * const columns[] = { "weekday", "start", "end", "break_start", "break_end", NULL };
  const char * const names[] = { "start", "end", "break_start", "break_end" };
  g_autofree char *path = data_path ("working-hours.tsv");
  g_autoptr(LayananCalendar) calendar = layanan_calendar_new ();
  g_autoptr(LayananTsv) tsv = NULL;
  g_autoptr(GError) error = NULL;
  guint seen = 0;

  tsv = layanan_tsv_open (path, columns, &error);
  g_assert_no_error (error);

  /* The shipped file and the calendar's built-in defaults must agree. */
  while (layanan_tsv_next (tsv, &error))
    {
      int weekday = atoi (layanan_tsv_get (tsv, "weekday"));
      int expected[4];
      gboolean working;

      g_assert_cmpint (weekday, >=, G_DATE_MONDAY);
      g_assert_cmpint (weekday, <=, G_DATE_SUNDAY);
      seen |= 1u << weekday;
      working = layanan_calendar_get_working_hours (calendar, weekday, &expected[0], &expected[1],
                                                    &expected[2], &expected[3]);
      for (guint i = 0; i < G_N_ELEMENTS (names); i++)
        {
          const char *text = layanan_tsv_get (tsv, names[i]);
          int hour, minute;

          if (!working)
            {
              g_assert_cmpstr (text, ==, "");
              continue;
            }
          g_assert_cmpint (sscanf (text, "%2d:%2d", &hour, &minute), ==, 2);
          g_assert_cmpint (HM (hour, minute), ==, expected[i]);
        }
    }
  g_assert_no_error (error);
  g_assert_cmpuint (seen, ==, 0xfe);
}

/* Settings */

static void
test_defaults (void)
{
  g_autoptr(LayananCalendar) calendar = layanan_calendar_new ();
  int start = -1, end = -1, break_start = -1, break_end = -1;
  GTimeZone *tz;

  g_assert_true (layanan_calendar_get_cuti_bersama_nonworking (calendar));

  tz = layanan_calendar_get_timezone (calendar);
  g_assert_cmpint (g_time_zone_get_offset (tz, 0), ==, 7 * 3600);

  for (GDateWeekday weekday = G_DATE_MONDAY; weekday <= G_DATE_THURSDAY; weekday++)
    {
      g_assert_true (layanan_calendar_get_working_hours (calendar, weekday, &start, &end,
                                                         &break_start, &break_end));
      g_assert_cmpint (start, ==, HM (7, 30));
      g_assert_cmpint (end, ==, HM (16, 0));
      g_assert_cmpint (break_start, ==, HM (12, 0));
      g_assert_cmpint (break_end, ==, HM (13, 0));
    }

  g_assert_true (layanan_calendar_get_working_hours (calendar, G_DATE_FRIDAY, &start, &end,
                                                     &break_start, &break_end));
  g_assert_cmpint (start, ==, HM (7, 30));
  g_assert_cmpint (end, ==, HM (16, 30));
  g_assert_cmpint (break_start, ==, HM (11, 30));
  g_assert_cmpint (break_end, ==, HM (13, 0));

  g_assert_false (layanan_calendar_get_working_hours (calendar, G_DATE_SATURDAY, &start, &end,
                                                      &break_start, &break_end));
  g_assert_cmpint (start, ==, 0);
  g_assert_cmpint (end, ==, 0);
  g_assert_false (layanan_calendar_get_working_hours (calendar, G_DATE_SUNDAY, NULL, NULL,
                                                      NULL, NULL));
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           gpointer    user_data)
{
  guint *count = user_data;

  (*count)++;
}

static void
test_cuti_bersama_setting (void)
{
  g_autoptr(LayananCalendar) calendar = shipped_calendar (TRUE);
  gboolean property = TRUE;
  guint notified = 0;
  GDate date;

  g_signal_connect (calendar, "notify::cuti-bersama-nonworking", G_CALLBACK (notify_cb),
                    &notified);

  read_date ("2026-03-20", &date); /* cuti bersama Idulfitri, a Friday */
  g_assert_false (layanan_calendar_is_working_day (calendar, &date));

  layanan_calendar_set_cuti_bersama_nonworking (calendar, FALSE);
  g_assert_cmpuint (notified, ==, 1);
  g_object_get (calendar, "cuti-bersama-nonworking", &property, NULL);
  g_assert_false (property);
  g_assert_true (layanan_calendar_is_working_day (calendar, &date));

  layanan_calendar_set_cuti_bersama_nonworking (calendar, FALSE);
  g_assert_cmpuint (notified, ==, 1);

  /* A libur nasional stays closed whatever the setting. */
  read_date ("2026-03-19", &date);
  g_assert_false (layanan_calendar_is_working_day (calendar, &date));
}

static void
test_holidays_edit (void)
{
  g_autoptr(LayananCalendar) calendar = layanan_calendar_new ();
  LayananHolidayKind kind = LAYANAN_HOLIDAY_LIBUR_NASIONAL;
  GDate date;

  read_date ("2026-01-14", &date);
  g_assert_true (layanan_calendar_is_working_day (calendar, &date));
  g_assert_false (layanan_calendar_get_holiday (calendar, &date, &kind));

  layanan_calendar_add_holiday (calendar, &date, LAYANAN_HOLIDAY_CUTI_BERSAMA);
  g_assert_true (layanan_calendar_get_holiday (calendar, &date, &kind));
  g_assert_cmpint (kind, ==, LAYANAN_HOLIDAY_CUTI_BERSAMA);
  g_assert_false (layanan_calendar_is_working_day (calendar, &date));

  /* Adding again replaces the kind. */
  layanan_calendar_add_holiday (calendar, &date, LAYANAN_HOLIDAY_LIBUR_NASIONAL);
  g_assert_cmpuint (layanan_calendar_get_n_holidays (calendar), ==, 1);
  g_assert_true (layanan_calendar_get_holiday (calendar, &date, &kind));
  g_assert_cmpint (kind, ==, LAYANAN_HOLIDAY_LIBUR_NASIONAL);
  layanan_calendar_set_cuti_bersama_nonworking (calendar, FALSE);
  g_assert_false (layanan_calendar_is_working_day (calendar, &date));

  layanan_calendar_remove_holiday (calendar, &date);
  g_assert_cmpuint (layanan_calendar_get_n_holidays (calendar), ==, 0);
  g_assert_true (layanan_calendar_is_working_day (calendar, &date));

  read_date ("2026-01-17", &date); /* Saturday */
  g_assert_false (layanan_calendar_is_working_day (calendar, &date));
  layanan_calendar_next_working_day (calendar, &date);
  g_assert_cmpint (g_date_get_day (&date), ==, 19);
  layanan_calendar_next_working_day (calendar, &date);
  g_assert_cmpint (g_date_get_day (&date), ==, 19);
}

static void
test_holiday_kind_keys (void)
{
  LayananHolidayKind kind = LAYANAN_HOLIDAY_CUTI_BERSAMA;

  g_assert_cmpstr (layanan_holiday_kind_to_key (LAYANAN_HOLIDAY_LIBUR_NASIONAL), ==,
                   "libur_nasional");
  g_assert_cmpstr (layanan_holiday_kind_to_key (LAYANAN_HOLIDAY_CUTI_BERSAMA), ==,
                   "cuti_bersama");
  g_assert_true (layanan_holiday_kind_from_key ("libur_nasional", &kind));
  g_assert_cmpint (kind, ==, LAYANAN_HOLIDAY_LIBUR_NASIONAL);
  g_assert_true (layanan_holiday_kind_from_key ("cuti_bersama", &kind));
  g_assert_cmpint (kind, ==, LAYANAN_HOLIDAY_CUTI_BERSAMA);
  g_assert_false (layanan_holiday_kind_from_key ("Libur", &kind));
  g_assert_false (layanan_holiday_kind_from_key (NULL, &kind));
}

/* Time zones */

static void
test_received_in_utc (void)
{
  g_autoptr(LayananCalendar) calendar = shipped_calendar (TRUE);
  g_autoptr(GDateTime) monday = g_date_time_new_utc (2026, 1, 12, 2, 0, 0); /* 09:00 WIB */
  /* Friday 20:00 UTC is Saturday 03:00 WIB. */
  g_autoptr(GDateTime) friday_night = g_date_time_new_utc (2026, 1, 9, 20, 0, 0);
  g_autoptr(GDateTime) due_hour = NULL;
  g_autoptr(GDateTime) due_day = NULL;
  LayananDuration hour = { 1, LAYANAN_DURATION_HOURS };
  LayananDuration day = { 1, LAYANAN_DURATION_WORKING_DAYS };

  due_hour = layanan_calendar_due (calendar, monday, &hour);
  assert_instant (due_hour, "2026-01-12 10:00:00 +07:00");

  /* Friday evening in UTC is already Saturday in Pontianak. */
  due_day = layanan_calendar_due (calendar, friday_night, &day);
  assert_instant (due_day, "2026-01-13 16:00:00 +07:00");
}

static void
test_seconds_kept (void)
{
  g_autoptr(LayananCalendar) calendar = layanan_calendar_new ();
  g_autoptr(GTimeZone) tz = g_time_zone_new_offset (7 * 3600);
  g_autoptr(GDateTime) received = g_date_time_new (tz, 2026, 1, 12, 10, 0, 30.75);
  g_autoptr(GDateTime) due = NULL;
  LayananDuration minutes = { 15, LAYANAN_DURATION_MINUTES };

  due = layanan_calendar_due (calendar, received, &minutes);
  assert_instant (due, "2026-01-12 10:15:30 +07:00");
  g_assert_cmpint (g_date_time_get_microsecond (due), ==, 0);
}

/* Custom working hours */

static void
test_custom_saturday (void)
{
  g_autoptr(LayananCalendar) calendar = layanan_calendar_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (layanan_calendar_try_set_working_hours (calendar, G_DATE_SATURDAY,
                                                         HM (8, 0), HM (12, 0), 0, 0, &error));
  g_assert_no_error (error);

  /* 90 minutes left on Friday, the other 90 on Saturday morning (no break). */
  assert_due (calendar, "2026-01-09 15:00", 3, H, "2026-01-10 09:30");
  assert_due (calendar, "2026-01-09 10:00", 1, WD, "2026-01-10 12:00");
}

static void
test_custom_closed_monday (void)
{
  g_autoptr(LayananCalendar) calendar = layanan_calendar_new ();
  int start = -1, end = -1, break_start = -1, break_end = -1;

  /* A break given with a closed day is dropped. */
  layanan_calendar_set_working_hours (calendar, G_DATE_MONDAY, HM (8, 0), HM (8, 0),
                                      HM (12, 0), HM (13, 0));
  g_assert_false (layanan_calendar_get_working_hours (calendar, G_DATE_MONDAY, &start, &end,
                                                      &break_start, &break_end));
  g_assert_cmpint (start, ==, 0);
  g_assert_cmpint (break_start, ==, 0);
  g_assert_cmpint (break_end, ==, 0);

  assert_due (calendar, "2026-01-09 15:00", 3, H, "2026-01-13 09:00");
  assert_due (calendar, "2026-01-09 10:00", 1, WD, "2026-01-13 16:00");
}

static void
test_custom_no_break (void)
{
  g_autoptr(LayananCalendar) calendar = layanan_calendar_new ();
  int break_start = -1, break_end = -1;

  layanan_calendar_set_working_hours (calendar, G_DATE_MONDAY, HM (8, 0), HM (16, 0), 0, 0);
  g_assert_true (layanan_calendar_get_working_hours (calendar, G_DATE_MONDAY, NULL, NULL,
                                                     &break_start, &break_end));
  g_assert_cmpint (break_start, ==, break_end);

  /* 12:00–13:00 is working time now. */
  assert_due (calendar, "2026-01-12 11:00", 2, H, "2026-01-12 13:00");
  assert_due (calendar, "2026-01-12 12:30", 0, M, "2026-01-12 12:30");
}

static void
test_custom_midnight_closing (void)
{
  g_autoptr(LayananCalendar) calendar = layanan_calendar_new ();

  /* 24:00 closing is the next day's midnight instant. */
  layanan_calendar_set_working_hours (calendar, G_DATE_MONDAY, HM (0, 0), HM (24, 0), 0, 0);
  assert_due (calendar, "2026-01-09 10:00", 1, WD, "2026-01-13 00:00");
  assert_due (calendar, "2026-01-12 23:00", 2, H, "2026-01-13 08:30");
}

/* Working hours validation */

static void
assert_hours_invalid (int         start,
                      int         end,
                      int         break_start,
                      int         break_end,
                      const char *fragment)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (layanan_calendar_validate_working_hours (start, end, break_start, break_end,
                                                           &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  if (fragment != NULL && strstr (error->message, fragment) == NULL)
    g_error ("“%s” does not mention “%s”", error->message, fragment);
}

static void
test_validate_working_hours (void)
{
  g_assert_true (layanan_calendar_validate_working_hours (HM (7, 30), HM (16, 0), HM (12, 0),
                                                          HM (13, 0), NULL));
  g_assert_true (layanan_calendar_validate_working_hours (HM (7, 30), HM (16, 0), 0, 0, NULL));
  g_assert_true (layanan_calendar_validate_working_hours (0, 0, 0, 0, NULL));
  g_assert_true (layanan_calendar_validate_working_hours (0, 0, HM (12, 0), HM (13, 0), NULL));
  g_assert_true (layanan_calendar_validate_working_hours (0, HM (24, 0), 0, 0, NULL));

  assert_hours_invalid (HM (16, 0), HM (7, 30), 0, 0, "16:00");
  assert_hours_invalid (HM (7, 30), HM (16, 0), HM (13, 0), HM (12, 0), "13:00");
  assert_hours_invalid (HM (7, 30), HM (16, 0), HM (7, 0), HM (8, 0), "07:00–08:00");
  assert_hours_invalid (HM (7, 30), HM (16, 0), HM (15, 0), HM (16, 0), "07:30–16:00");
  assert_hours_invalid (HM (7, 30), HM (16, 0), HM (7, 30), HM (8, 0), NULL);
  assert_hours_invalid (HM (7, 30), HM (16, 0), HM (15, 0), HM (17, 0), NULL);
  assert_hours_invalid (-1, HM (16, 0), 0, 0, "24:00");
  assert_hours_invalid (HM (7, 30), HM (24, 1), 0, 0, "24:00");
  assert_hours_invalid (HM (7, 30), HM (16, 0), HM (12, 0), HM (25, 0), NULL);
}

static void
test_try_set_working_hours (void)
{
  g_autoptr(LayananCalendar) calendar = layanan_calendar_new ();
  g_autoptr(GError) error = NULL;
  int start = -1, end = -1;

  /* Refused hours leave the day as it was. */
  g_assert_false (layanan_calendar_try_set_working_hours (calendar, G_DATE_MONDAY, HM (16, 0),
                                                          HM (8, 0), 0, 0, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_true (layanan_calendar_get_working_hours (calendar, G_DATE_MONDAY, &start, &end,
                                                     NULL, NULL));
  g_assert_cmpint (start, ==, HM (7, 30));
  g_assert_cmpint (end, ==, HM (16, 0));

  /* Closing Monday to Thursday is fine; Friday is then the last open day. */
  for (GDateWeekday weekday = G_DATE_MONDAY; weekday <= G_DATE_THURSDAY; weekday++)
    {
      g_assert_true (layanan_calendar_try_set_working_hours (calendar, weekday, 0, 0, 0, 0,
                                                             &error));
      g_assert_no_error (error);
    }
  g_assert_false (layanan_calendar_try_set_working_hours (calendar, G_DATE_FRIDAY, 0, 0, 0, 0,
                                                          &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "Friday"));
  g_assert_true (layanan_calendar_get_working_hours (calendar, G_DATE_FRIDAY, NULL, NULL,
                                                     NULL, NULL));
  g_assert_true (layanan_calendar_validate (calendar, NULL));

  /* Only Friday counts now: Friday → next Friday. */
  assert_due (calendar, "2026-01-09 10:00", 1, WD, "2026-01-16 16:30");
}

static void
test_no_working_weekday (void)
{
  g_autoptr(LayananCalendar) calendar = layanan_calendar_new ();
  g_autoptr(GDateTime) received = wib ("2026-01-12 10:00");
  g_autoptr(GDateTime) due = NULL;
  g_autoptr(GError) error = NULL;
  LayananDuration duration = { 1, LAYANAN_DURATION_WORKING_DAYS };
  GDate from, to;

  g_assert_true (layanan_calendar_validate (calendar, &error));
  g_assert_no_error (error);

  for (GDateWeekday weekday = G_DATE_MONDAY; weekday <= G_DATE_SUNDAY; weekday++)
    layanan_calendar_set_working_hours (calendar, weekday, 0, 0, 0, 0);

  g_assert_false (layanan_calendar_validate (calendar, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);

  /* Counting with it is a programming error, reported and refused, not a hang. */
  g_test_expect_message ("layanan-calendar", G_LOG_LEVEL_CRITICAL, "*count_open_weekdays*");
  due = layanan_calendar_due (calendar, received, &duration);
  g_test_assert_expected_messages ();
  g_assert_null (due);

  /* Counting days between needs no working day: there are none. */
  read_date ("2026-01-01", &from);
  read_date ("2026-12-31", &to);
  g_assert_cmpint (layanan_calendar_working_days_between (calendar, &from, &to), ==, 0);
}

static void
test_invalid_set_working_hours (void)
{
  g_autoptr(LayananCalendar) calendar = layanan_calendar_new ();
  int start = -1;

  g_test_expect_message ("layanan-calendar", G_LOG_LEVEL_CRITICAL, "*validate_working_hours*");
  layanan_calendar_set_working_hours (calendar, G_DATE_MONDAY, HM (16, 0), HM (8, 0), 0, 0);
  g_test_assert_expected_messages ();

  g_assert_true (layanan_calendar_get_working_hours (calendar, G_DATE_MONDAY, &start, NULL,
                                                     NULL, NULL));
  g_assert_cmpint (start, ==, HM (7, 30));
}

/* Working days between */

static int
between (LayananCalendar *calendar,
         const char      *from_text,
         const char      *to_text)
{
  GDate from, to;

  read_date (from_text, &from);
  read_date (to_text, &to);
  return layanan_calendar_working_days_between (calendar, &from, &to);
}

static void
test_between (void)
{
  g_autoptr(LayananCalendar) calendar = shipped_calendar (TRUE);

  g_assert_cmpint (between (calendar, "2026-01-12", "2026-01-12"), ==, 0);
  g_assert_cmpint (between (calendar, "2026-01-09", "2026-01-12"), ==, 1);
  g_assert_cmpint (between (calendar, "2026-01-12", "2026-01-09"), ==, -1);
  g_assert_cmpint (between (calendar, "2026-01-09", "2026-01-11"), ==, 0);
  g_assert_cmpint (between (calendar, "2026-01-10", "2026-01-12"), ==, 1);
  g_assert_cmpint (between (calendar, "2026-03-17", "2026-03-25"), ==, 1);
  g_assert_cmpint (between (calendar, "2025-12-22", "2026-01-08"), ==, 10);
  g_assert_cmpint (between (calendar, "2026-01-08", "2025-12-22"), ==, -10);
  /* 2025: 261 weekdays − 13 libur on weekdays − 11 cuti bersama */
  g_assert_cmpint (between (calendar, "2024-12-31", "2025-12-31"), ==, 237);
  /* 2026: 261 weekdays − 13 libur on weekdays − 8 cuti bersama */
  g_assert_cmpint (between (calendar, "2025-12-31", "2026-12-31"), ==, 240);
  g_assert_cmpint (between (calendar, "2026-12-31", "2025-12-31"), ==, -240);

  layanan_calendar_set_cuti_bersama_nonworking (calendar, FALSE);
  g_assert_cmpint (between (calendar, "2026-03-17", "2026-03-25"), ==, 5);
  g_assert_cmpint (between (calendar, "2025-12-22", "2026-01-08"), ==, 11);
  g_assert_cmpint (between (calendar, "2024-12-31", "2025-12-31"), ==, 248);
  g_assert_cmpint (between (calendar, "2025-12-31", "2026-12-31"), ==, 248);
}

static void
test_between_six_day_week (void)
{
  g_autoptr(LayananCalendar) calendar = layanan_calendar_new ();

  layanan_calendar_set_working_hours (calendar, G_DATE_SATURDAY, HM (8, 0), HM (12, 0), 0, 0);
  /* Two whole weeks, then one week and three days (Tue–Sat, Mon–Thu). */
  g_assert_cmpint (between (calendar, "2026-01-05", "2026-01-19"), ==, 12);
  g_assert_cmpint (between (calendar, "2026-01-05", "2026-01-15"), ==, 9);
}

static void
test_between_matches_due (void)
{
  g_autoptr(LayananCalendar) calendar = shipped_calendar (TRUE);

  /* "Days left" on the day of receipt equals the N of the standard. */
  g_assert_cmpint (between (calendar, "2026-03-25", "2026-04-01"), ==, 5);
  g_assert_cmpint (between (calendar, "2025-03-27", "2025-04-09"), ==, 2);
}

static gint64
seconds_between (LayananCalendar *calendar,
                 const char      *from,
                 const char      *to)
{
  g_autoptr(GDateTime) start = wib (from);
  g_autoptr(GDateTime) end = wib (to);

  return layanan_calendar_working_seconds_between (calendar, start, end);
}

static void
test_working_seconds (void)
{
  g_autoptr(LayananCalendar) calendar = shipped_calendar (TRUE);
  const char * const instants[] = {
    "2026-03-06 15:00", "2026-03-09 09:00", "2026-03-09 13:30", "2026-03-17 15:59",
    "2026-03-25 07:31", "2026-04-10 10:45", "2026-04-24 16:30",
  };

  /* Friday 15:00–16:30 and Monday 07:30–09:00. */
  g_assert_cmpint (seconds_between (calendar, "2026-03-06 15:00", "2026-03-09 09:00"), ==, 3 * 3600);
  /* A break and the time before opening do not count. */
  g_assert_cmpint (seconds_between (calendar, "2026-03-09 11:00", "2026-03-09 13:30"), ==,
                   90 * 60);
  g_assert_cmpint (seconds_between (calendar, "2026-03-09 05:00", "2026-03-09 08:00"), ==, 30 * 60);
  /* The Nyepi–Idulfitri block is closed from 18 to 24 March. */
  g_assert_cmpint (seconds_between (calendar, "2026-03-17 16:00", "2026-03-25 07:30"), ==, 0);
  g_assert_cmpint (seconds_between (calendar, "2026-03-09 10:00", "2026-03-09 09:00"), ==, 0);

  /* Adding the working time between two working instants gives the later. */
  for (guint i = 0; i < G_N_ELEMENTS (instants); i++)
    for (guint j = i + 1; j < G_N_ELEMENTS (instants); j++)
      {
        g_autoptr(GDateTime) from = wib (instants[i]);
        g_autoptr(GDateTime) to = wib (instants[j]);
        g_autoptr(GDateTime) sum = NULL;
        gint64 seconds = layanan_calendar_working_seconds_between (calendar, from, to);

        sum = layanan_calendar_add_working_seconds (calendar, from, seconds);
        g_assert_true (g_date_time_equal (sum, to));
      }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (due_cases); i++)
    g_test_add_data_func (due_cases[i].path, &due_cases[i], test_due_case);

  g_test_add_func ("/core/calendar/data/holidays", test_data_holidays);
  g_test_add_func ("/core/calendar/data/working-hours", test_data_working_hours);
  g_test_add_func ("/core/calendar/defaults", test_defaults);
  g_test_add_func ("/core/calendar/cuti-bersama-setting", test_cuti_bersama_setting);
  g_test_add_func ("/core/calendar/holidays/edit", test_holidays_edit);
  g_test_add_func ("/core/calendar/holidays/kind-keys", test_holiday_kind_keys);
  g_test_add_func ("/core/calendar/timezone/received-in-utc", test_received_in_utc);
  g_test_add_func ("/core/calendar/timezone/seconds-kept", test_seconds_kept);
  g_test_add_func ("/core/calendar/working-hours/saturday", test_custom_saturday);
  g_test_add_func ("/core/calendar/working-hours/closed-monday", test_custom_closed_monday);
  g_test_add_func ("/core/calendar/working-hours/no-break", test_custom_no_break);
  g_test_add_func ("/core/calendar/working-hours/midnight-closing", test_custom_midnight_closing);
  g_test_add_func ("/core/calendar/working-hours/validate", test_validate_working_hours);
  g_test_add_func ("/core/calendar/working-hours/try-set", test_try_set_working_hours);
  g_test_add_func ("/core/calendar/working-hours/none-open", test_no_working_weekday);
  g_test_add_func ("/core/calendar/working-hours/invalid-set", test_invalid_set_working_hours);
  g_test_add_func ("/core/calendar/between/holidays", test_between);
  g_test_add_func ("/core/calendar/between/six-day-week", test_between_six_day_week);
  g_test_add_func ("/core/calendar/between/matches-due", test_between_matches_due);
  g_test_add_func ("/core/calendar/working-seconds", test_working_seconds);

  return g_test_run ();
}
