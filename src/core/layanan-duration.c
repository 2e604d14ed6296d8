/* layanan-duration.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-duration"

#include "config.h"

#include "layanan-duration.h"

#include <glib/gi18n.h>

#include "layanan-error.h"

/* Ten years of each unit: longer than any standard prints, short enough that
 * the calendar's day-by-day loops stay instant. */
static const gint64 unit_max[] = {
  [LAYANAN_DURATION_MINUTES] = 3660 * 24 * 60,
  [LAYANAN_DURATION_HOURS] = 3660 * 24,
  [LAYANAN_DURATION_DAYS] = 3660,
  [LAYANAN_DURATION_WORKING_DAYS] = 3660,
};

static const char * const unit_keys[] = {
  [LAYANAN_DURATION_MINUTES] = "minutes",
  [LAYANAN_DURATION_HOURS] = "hours",
  [LAYANAN_DURATION_DAYS] = "days",
  [LAYANAN_DURATION_WORKING_DAYS] = "working_days",
};

/* The words standards and people write, already lower case and with single
 * spaces; "HK" is the usual abbreviation of hari kerja. */
static const struct
{
  const char          *word;
  LayananDurationUnit  unit;
} unit_words[] = {
  { "menit", LAYANAN_DURATION_MINUTES },
  { "mnt", LAYANAN_DURATION_MINUTES },
  { "minute", LAYANAN_DURATION_MINUTES },
  { "minutes", LAYANAN_DURATION_MINUTES },
  { "min", LAYANAN_DURATION_MINUTES },
  { "jam", LAYANAN_DURATION_HOURS },
  { "hour", LAYANAN_DURATION_HOURS },
  { "hours", LAYANAN_DURATION_HOURS },
  { "hari", LAYANAN_DURATION_DAYS },
  { "hari kalender", LAYANAN_DURATION_DAYS },
  { "day", LAYANAN_DURATION_DAYS },
  { "days", LAYANAN_DURATION_DAYS },
  { "calendar day", LAYANAN_DURATION_DAYS },
  { "calendar days", LAYANAN_DURATION_DAYS },
  { "hari kerja", LAYANAN_DURATION_WORKING_DAYS },
  { "hk", LAYANAN_DURATION_WORKING_DAYS },
  { "working day", LAYANAN_DURATION_WORKING_DAYS },
  { "working days", LAYANAN_DURATION_WORKING_DAYS },
  { "workday", LAYANAN_DURATION_WORKING_DAYS },
  { "workdays", LAYANAN_DURATION_WORKING_DAYS },
  { "business day", LAYANAN_DURATION_WORKING_DAYS },
  { "business days", LAYANAN_DURATION_WORKING_DAYS },
};

/* Lower case, every run of white space (tabs, no-break spaces) made one
 * space, none at either end. */
static char *
normalize (const char *text)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);
  GString *out = g_string_new (NULL);
  gboolean pending_space = FALSE;

  for (const char *p = lower; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F)
        {
          pending_space = out->len > 0;
          continue;
        }

      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static gboolean
is_minus (const char *p)
{
  /* A hyphen-minus, a minus sign or an en dash, as word processors change it. */
  return *p == '-' || g_str_has_prefix (p, "−") || g_str_has_prefix (p, "–");
}

static gboolean
set_invalid (GError    **error,
             const char *format,
             ...) G_GNUC_PRINTF (2, 3);

static gboolean
set_invalid (GError    **error,
             const char *format,
             ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT, message);
  return FALSE;
}

/**
 * layanan_duration_parse:
 * @text: what a standard or a person wrote, e.g. "5 (lima) hari kerja", "3 jam"
 *
 * Reads a whole positive number and a unit, in Indonesian or English, in
 * any case and with any spacing; a number written out in brackets after the
 * digits, as letters and standards do, is skipped. Zero is refused: as a
 * completion time it is an empty cell or a slip, never a promise (the
 * calendar still counts a zero #LayananDuration made in code).
 *
 * Returns: %FALSE with %LAYANAN_ERROR_INVALID_INPUT and a message that quotes
 *   @text when it is empty, has no number or no known unit, is negative,
 *   zero, fractional or longer than ten years.
 */
gboolean
layanan_duration_parse (const char       *text,
                        LayananDuration  *duration,
                        GError          **error)
{
  g_autofree char *quoted = NULL;
  g_autofree char *normal = NULL;
  const char *p;
  const char *unit_text;
  LayananDuration parsed;
  guint64 value = 0;
  guint n_digits = 0;
  guint unit = G_N_ELEMENTS (unit_keys);

  g_return_val_if_fail (text != NULL && g_utf8_validate (text, -1, NULL), FALSE);
  g_return_val_if_fail (duration != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  quoted = g_strstrip (g_strdup (text));
  normal = normalize (text);
  p = normal;

  if (*p == '\0')
    return set_invalid (error, _("The duration is empty; write a number and a unit, "
                                 "e.g. “5 hari kerja”"));

  if (is_minus (p))
    return set_invalid (error, _("“%s”: a duration cannot be negative"), quoted);

  if (!g_ascii_isdigit (*p))
    return set_invalid (error, _("“%s” has no number; write it in digits, "
                                 "e.g. “5 hari kerja”"), quoted);

  for (; g_ascii_isdigit (*p); p++)
    {
      /* Past 18 digits it is too long whatever the unit, and still fits. */
      if (++n_digits <= 18)
        value = value * 10 + (guint64) (*p - '0');
    }

  if ((*p == ',' || *p == '.') && g_ascii_isdigit (p[1]))
    return set_invalid (error, _("“%s”: write a whole number, using a smaller unit for "
                                 "parts, e.g. “90 menit” for one and a half hours"), quoted);

  if (*p == ' ')
    p++;

  /* "5 (lima) hari kerja": the number in words, as naskah dinas write it. */
  if (*p == '(')
    {
      const char *close = strchr (p, ')');

      if (close != NULL)
        {
          p = close + 1;
          if (*p == ' ')
            p++;
        }
    }

  unit_text = p;
  if (*unit_text == '\0')
    return set_invalid (error, _("“%s” has no unit; write e.g. “5 hari kerja”, “3 jam” "
                                 "or “15 menit”"), quoted);

  for (guint i = 0; i < G_N_ELEMENTS (unit_words); i++)
    {
      if (g_str_equal (unit_text, unit_words[i].word))
        {
          unit = unit_words[i].unit;
          break;
        }
    }

  if (unit >= G_N_ELEMENTS (unit_keys))
    return set_invalid (error, _("“%s”: “%s” is not a unit; use menit, jam, hari or "
                                 "hari kerja (minutes, hours, days, working days)"),
                        quoted, unit_text);

  parsed.unit = (LayananDurationUnit) unit;
  parsed.value = n_digits > 18 ? G_MAXINT64 : (gint64) value;
  if (!layanan_duration_validate (&parsed, quoted, error))
    return FALSE;

  *duration = parsed;
  return TRUE;
}

/**
 * layanan_duration_validate:
 * @what: (nullable): the text to quote in the message, or %NULL to quote
 *   the duration itself
 *
 * Checks a duration read from storage or built in code as the parser
 * checks typed text: at least 1 and at most ten years of its unit.
 */
gboolean
layanan_duration_validate (const LayananDuration  *duration,
                           const char             *what,
                           GError                **error)
{
  g_autofree char *described = NULL;

  g_return_val_if_fail (duration != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if ((guint) duration->unit >= G_N_ELEMENTS (unit_keys))
    return set_invalid (error, _("The duration has an unknown unit (%d)"),
                        (int) duration->unit);

  if (what == NULL)
    what = described = g_strdup_printf ("%" G_GINT64_FORMAT " %s", duration->value,
                                        unit_keys[duration->unit]);

  if (duration->value < 0)
    return set_invalid (error, _("“%s”: a duration cannot be negative"), what);

  if (duration->value == 0)
    return set_invalid (error, _("“%s”: a duration of zero is not a completion time; "
                                 "write at least 1"), what);

  if (duration->value > unit_max[duration->unit])
    return set_invalid (error, _("“%s” is too long; a duration can be at most ten years"),
                        what);

  return TRUE;
}

/**
 * layanan_duration_unit_get_max:
 *
 * The largest value of @unit that the parser accepts and the calendar counts.
 */
gint64
layanan_duration_unit_get_max (LayananDurationUnit unit)
{
  g_return_val_if_fail ((guint) unit < G_N_ELEMENTS (unit_max), 0);

  return unit_max[unit];
}

/**
 * layanan_duration_to_string:
 *
 * Returns: (transfer full): the duration for people, translated, e.g.
 *   "5 working days" ("5 hari kerja" in Indonesian).
 */
char *
layanan_duration_to_string (const LayananDuration *duration)
{
  gulong n;

  g_return_val_if_fail (duration != NULL, NULL);
  g_return_val_if_fail (duration->value >= 0 && duration->value <= G_MAXINT, NULL);

  n = (gulong) duration->value;

  switch (duration->unit)
    {
    case LAYANAN_DURATION_MINUTES:
      return g_strdup_printf (ngettext ("%d minute", "%d minutes", n), (int) n);
    case LAYANAN_DURATION_HOURS:
      return g_strdup_printf (ngettext ("%d hour", "%d hours", n), (int) n);
    case LAYANAN_DURATION_DAYS:
      return g_strdup_printf (ngettext ("%d day", "%d days", n), (int) n);
    case LAYANAN_DURATION_WORKING_DAYS:
      return g_strdup_printf (ngettext ("%d working day", "%d working days", n), (int) n);
    default:
      g_return_val_if_reached (NULL);
    }
}

/* The unit as stored: "minutes", "hours", "days", "working_days". */
const char *
layanan_duration_unit_to_key (LayananDurationUnit unit)
{
  g_return_val_if_fail ((guint) unit < G_N_ELEMENTS (unit_keys), NULL);

  return unit_keys[unit];
}

gboolean
layanan_duration_unit_from_key (const char          *key,
                                LayananDurationUnit *unit)
{
  g_return_val_if_fail (unit != NULL, FALSE);

  if (key == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (unit_keys); i++)
    {
      if (g_str_equal (key, unit_keys[i]))
        {
          *unit = (LayananDurationUnit) i;
          return TRUE;
        }
    }

  return FALSE;
}
