/* test-duration.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "layanan-duration.h"
#include "layanan-error.h"

/* The tests run untranslated (no setlocale), so messages are the English
 * source strings. */

static void
assert_parses (const char          *text,
               gint64               value,
               LayananDurationUnit  unit)
{
  g_autoptr(GError) error = NULL;
  LayananDuration duration = { -1, LAYANAN_DURATION_MINUTES };

  if (!layanan_duration_parse (text, &duration, &error))
    g_error ("“%s” was refused: %s", text, error->message);
  g_assert_no_error (error);
  g_assert_cmpint (duration.value, ==, value);
  g_assert_cmpint (duration.unit, ==, unit);
}

static void
assert_refused (const char *text,
                const char *fragment)
{
  g_autoptr(GError) error = NULL;
  LayananDuration duration = { 42, LAYANAN_DURATION_HOURS };

  g_assert_false (layanan_duration_parse (text, &duration, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  if (strstr (error->message, fragment) == NULL)
    g_error ("the message for “%s”, “%s”, does not say “%s”", text, error->message, fragment);

  /* Nothing is written on failure. */
  g_assert_cmpint (duration.value, ==, 42);
  g_assert_cmpint (duration.unit, ==, LAYANAN_DURATION_HOURS);
}

static void
test_parse_indonesian (void)
{
  assert_parses ("5 hari kerja", 5, LAYANAN_DURATION_WORKING_DAYS);
  assert_parses ("30 Hari Kerja", 30, LAYANAN_DURATION_WORKING_DAYS);
  assert_parses ("3 hari", 3, LAYANAN_DURATION_DAYS);
  assert_parses ("3 jam", 3, LAYANAN_DURATION_HOURS);
  assert_parses ("15 menit", 15, LAYANAN_DURATION_MINUTES);
  assert_parses ("14 HK", 14, LAYANAN_DURATION_WORKING_DAYS);
  assert_parses ("7 hari kalender", 7, LAYANAN_DURATION_DAYS);
}

static void
test_parse_english (void)
{
  assert_parses ("2 working days", 2, LAYANAN_DURATION_WORKING_DAYS);
  assert_parses ("1 working day", 1, LAYANAN_DURATION_WORKING_DAYS);
  assert_parses ("90 minutes", 90, LAYANAN_DURATION_MINUTES);
  assert_parses ("1 minute", 1, LAYANAN_DURATION_MINUTES);
  assert_parses ("1 hour", 1, LAYANAN_DURATION_HOURS);
  assert_parses ("2 Hours", 2, LAYANAN_DURATION_HOURS);
  assert_parses ("4 days", 4, LAYANAN_DURATION_DAYS);
  assert_parses ("1 DAY", 1, LAYANAN_DURATION_DAYS);
  assert_parses ("10 business days", 10, LAYANAN_DURATION_WORKING_DAYS);
}

static void
test_parse_spacing (void)
{
  assert_parses ("  7   HARI   kerja  ", 7, LAYANAN_DURATION_WORKING_DAYS);
  assert_parses ("5\thari\u00a0kerja", 5, LAYANAN_DURATION_WORKING_DAYS);
  assert_parses ("3jam", 3, LAYANAN_DURATION_HOURS);
  assert_parses ("007 menit", 7, LAYANAN_DURATION_MINUTES);
}

static void
test_parse_number_in_words (void)
{
  /* As naskah dinas write numbers: digits, then words in brackets. */
  assert_parses ("5 (lima) hari kerja", 5, LAYANAN_DURATION_WORKING_DAYS);
  assert_parses ("14 (empat belas) Hari Kerja", 14, LAYANAN_DURATION_WORKING_DAYS);
  assert_parses ("3(tiga)jam", 3, LAYANAN_DURATION_HOURS);
}

static void
test_parse_limits (void)
{
  assert_parses ("3660 hari", 3660, LAYANAN_DURATION_DAYS);
  assert_parses ("3660 hari kerja", 3660, LAYANAN_DURATION_WORKING_DAYS);
  assert_parses ("87840 jam", 87840, LAYANAN_DURATION_HOURS);
  assert_parses ("5270400 menit", 5270400, LAYANAN_DURATION_MINUTES);

  assert_refused ("3661 hari", "too long");
  assert_refused ("3661 hari kerja", "too long");
  assert_refused ("87841 jam", "too long");
  assert_refused ("5270401 menit", "too long");
  assert_refused ("99999999999999999999999 menit", "“99999999999999999999999 menit” is too long");

  g_assert_cmpint (layanan_duration_unit_get_max (LAYANAN_DURATION_WORKING_DAYS), ==, 3660);
  g_assert_cmpint (layanan_duration_unit_get_max (LAYANAN_DURATION_MINUTES), ==, 5270400);
}

static void
test_parse_refused (void)
{
  assert_refused ("", "empty");
  assert_refused ("   ", "empty");
  assert_refused ("hari kerja", "“hari kerja” has no number");
  assert_refused ("lima hari kerja", "“lima hari kerja” has no number");
  assert_refused ("-5 hari kerja", "“-5 hari kerja”: a duration cannot be negative");
  assert_refused ("−5 hari kerja", "negative");
  assert_refused ("0 hari kerja", "“0 hari kerja”: a duration of zero");
  assert_refused ("0 menit", "zero");
  assert_refused ("5", "“5” has no unit");
  assert_refused ("5 (lima)", "has no unit");
  assert_refused ("5 minggu", "“5 minggu”: “minggu” is not a unit");
  assert_refused ("5 hari kerja lagi", "“hari kerja lagi” is not a unit");
  assert_refused ("5 weeks", "is not a unit");
  assert_refused ("1,5 jam", "“1,5 jam”: write a whole number");
  assert_refused ("1.5 hours", "whole number");
}

static void
test_validate (void)
{
  g_autoptr(GError) error = NULL;
  LayananDuration ok = { 5, LAYANAN_DURATION_WORKING_DAYS };
  LayananDuration zero = { 0, LAYANAN_DURATION_DAYS };
  LayananDuration negative = { -3, LAYANAN_DURATION_HOURS };
  LayananDuration too_long = { 3661, LAYANAN_DURATION_WORKING_DAYS };
  LayananDuration bad_unit = { 1, (LayananDurationUnit) 9 };

  g_assert_true (layanan_duration_validate (&ok, NULL, &error));
  g_assert_no_error (error);

  g_assert_false (layanan_duration_validate (&zero, NULL, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "“0 days”"));
  g_clear_error (&error);

  g_assert_false (layanan_duration_validate (&negative, "services.tsv:4", &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "“services.tsv:4”"));
  g_clear_error (&error);

  g_assert_false (layanan_duration_validate (&too_long, NULL, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  g_assert_false (layanan_duration_validate (&bad_unit, NULL, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
}

static void
assert_string (gint64               value,
               LayananDurationUnit  unit,
               const char          *expected)
{
  LayananDuration duration = { value, unit };
  g_autofree char *text = layanan_duration_to_string (&duration);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_to_string (void)
{
  assert_string (5, LAYANAN_DURATION_WORKING_DAYS, "5 working days");
  assert_string (1, LAYANAN_DURATION_WORKING_DAYS, "1 working day");
  assert_string (30, LAYANAN_DURATION_DAYS, "30 days");
  assert_string (1, LAYANAN_DURATION_DAYS, "1 day");
  assert_string (3, LAYANAN_DURATION_HOURS, "3 hours");
  assert_string (1, LAYANAN_DURATION_HOURS, "1 hour");
  assert_string (90, LAYANAN_DURATION_MINUTES, "90 minutes");
  assert_string (1, LAYANAN_DURATION_MINUTES, "1 minute");
  assert_string (0, LAYANAN_DURATION_MINUTES, "0 minutes");
}

static void
test_round_trip (void)
{
  const char * const texts[] = { "5 hari kerja", "3 hari", "3 jam", "15 menit", "1 hari kerja" };

  /* What the app shows can be typed back in. */
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *shown = NULL;
      LayananDuration first, again;

      g_assert_true (layanan_duration_parse (texts[i], &first, &error));
      shown = layanan_duration_to_string (&first);
      g_assert_true (layanan_duration_parse (shown, &again, &error));
      g_assert_no_error (error);
      g_assert_cmpint (again.value, ==, first.value);
      g_assert_cmpint (again.unit, ==, first.unit);
    }
}

static void
test_unit_keys (void)
{
  const struct { LayananDurationUnit unit; const char *key; } keys[] = {
    { LAYANAN_DURATION_MINUTES, "minutes" },
    { LAYANAN_DURATION_HOURS, "hours" },
    { LAYANAN_DURATION_DAYS, "days" },
    { LAYANAN_DURATION_WORKING_DAYS, "working_days" },
  };
  LayananDurationUnit unit = LAYANAN_DURATION_HOURS;

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_assert_cmpstr (layanan_duration_unit_to_key (keys[i].unit), ==, keys[i].key);
      g_assert_true (layanan_duration_unit_from_key (keys[i].key, &unit));
      g_assert_cmpint (unit, ==, keys[i].unit);
    }

  unit = LAYANAN_DURATION_HOURS;
  g_assert_false (layanan_duration_unit_from_key ("working days", &unit));
  g_assert_false (layanan_duration_unit_from_key ("hari_kerja", &unit));
  g_assert_false (layanan_duration_unit_from_key ("", &unit));
  g_assert_false (layanan_duration_unit_from_key (NULL, &unit));
  g_assert_cmpint (unit, ==, LAYANAN_DURATION_HOURS);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/duration/parse/indonesian", test_parse_indonesian);
  g_test_add_func ("/core/duration/parse/english", test_parse_english);
  g_test_add_func ("/core/duration/parse/spacing", test_parse_spacing);
  g_test_add_func ("/core/duration/parse/number-in-words", test_parse_number_in_words);
  g_test_add_func ("/core/duration/parse/limits", test_parse_limits);
  g_test_add_func ("/core/duration/parse/refused", test_parse_refused);
  g_test_add_func ("/core/duration/validate", test_validate);
  g_test_add_func ("/core/duration/to-string", test_to_string);
  g_test_add_func ("/core/duration/round-trip", test_round_trip);
  g_test_add_func ("/core/duration/unit-keys", test_unit_keys);

  return g_test_run ();
}
