/* bench-startup.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a person waits for at start-up and per deadline, as ratios against
 * a baseline measured in the same run (never absolute thresholds):
 *   - the first start (create, migrate, load all reference data and the
 *     first-run catalog) against
 *     opening an existing database;
 *   - a 60-working-day deadline against a 1-working-day one, and 3 working
 *     hours across a weekend against the same within one morning.
 * Run with `meson test -C _build --benchmark --verbose`.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "layanan-startup.h"

#define OPEN_RUNS 20
#define DUE_RUNS 20000

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
}

static void
remove_database (const char *path)
{
  static const char *suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

static double
time_first_runs (const char *dir)
{
  gint64 start = g_get_monotonic_time ();

  for (int i = 0; i < OPEN_RUNS; i++)
    {
      g_autofree char *name = g_strdup_printf ("first-%d.sqlite", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(LayananDatabase) database = layanan_startup_open (path, &error);

      g_assert_no_error (error);
      g_clear_object (&database);
      remove_database (path);
    }

  return seconds_since (start) / OPEN_RUNS;
}

static double
time_reopens (const char *path)
{
  gint64 start = g_get_monotonic_time ();

  for (int i = 0; i < OPEN_RUNS; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(LayananDatabase) database = layanan_startup_open (path, &error);

      g_assert_no_error (error);
    }

  return seconds_since (start) / OPEN_RUNS;
}

static double
time_due (LayananCalendar *calendar,
          GDateTime       *received,
          const char      *duration_text)
{
  LayananDuration duration;
  g_autoptr(GError) error = NULL;
  gint64 start;

  layanan_duration_parse (duration_text, &duration, &error);
  g_assert_no_error (error);

  start = g_get_monotonic_time ();
  for (int i = 0; i < DUE_RUNS; i++)
    {
      g_autoptr(GDateTime) due = layanan_calendar_due (calendar, received, &duration);

      g_assert_nonnull (due);
    }

  return seconds_since (start) / DUE_RUNS;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("layanan-bench-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "layanan.sqlite", NULL);
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(LayananCalendar) calendar = NULL;
  g_autoptr(GTimeZone) wib = g_time_zone_new_offset (7 * 3600);
  g_autoptr(GDateTime) monday = g_date_time_new (wib, 2026, 3, 2, 8, 0, 0);
  g_autoptr(GDateTime) friday = g_date_time_new (wib, 2026, 3, 6, 15, 0, 0);
  double first, reopen, one_day, sixty_days, morning, weekend;

  g_assert_no_error (error);
  database = layanan_startup_open (path, &error);
  g_assert_no_error (error);
  calendar = layanan_database_load_calendar (database, &error);
  g_assert_no_error (error);

  reopen = time_reopens (path);
  first = time_first_runs (dir);
  one_day = time_due (calendar, monday, "1 hari kerja");
  sixty_days = time_due (calendar, monday, "60 hari kerja");
  morning = time_due (calendar, monday, "3 jam");
  weekend = time_due (calendar, friday, "3 jam");

  g_print ("open an existing database (baseline)   %8.2f ms\n", reopen * 1e3);
  g_print ("first start: reference data, catalog    %8.2f ms  = %5.1f x baseline\n",
           first * 1e3, first / reopen);
  g_print ("due: 1 hari kerja (baseline)           %8.2f us\n", one_day * 1e6);
  g_print ("due: 60 hari kerja                     %8.2f us  = %5.1f x baseline\n",
           sixty_days * 1e6, sixty_days / one_day);
  g_print ("due: 3 jam within a morning (baseline) %8.2f us\n", morning * 1e6);
  g_print ("due: 3 jam from Friday 15.00           %8.2f us  = %5.1f x baseline\n",
           weekend * 1e6, weekend / morning);

  g_clear_object (&database);
  remove_database (path);
  g_rmdir (dir);
  return 0;
}
