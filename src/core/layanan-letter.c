/* layanan-letter.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-letter"

#include "config.h"

#include "layanan-letter.h"

#include <glib/gi18n.h>

#include "layanan-date.h"
#include "layanan-error.h"

static const char * const keamanan_keys[] = {
  [LAYANAN_KEAMANAN_BIASA] = "biasa",
  [LAYANAN_KEAMANAN_TERBATAS] = "terbatas",
  [LAYANAN_KEAMANAN_RAHASIA] = "rahasia",
  [LAYANAN_KEAMANAN_SANGAT_RAHASIA] = "sangat_rahasia",
};

static const char * const kecepatan_keys[] = {
  [LAYANAN_KECEPATAN_BIASA] = "biasa",
  [LAYANAN_KECEPATAN_SEGERA] = "segera",
  [LAYANAN_KECEPATAN_AMAT_SEGERA] = "amat_segera",
};

static const char * const status_keys[] = {
  [LAYANAN_LETTER_STATUS_DITERIMA] = "diterima",
  [LAYANAN_LETTER_STATUS_DIDISPOSISI] = "didisposisi",
  [LAYANAN_LETTER_STATUS_DIPROSES] = "diproses",
  [LAYANAN_LETTER_STATUS_SELESAI] = "selesai",
  [LAYANAN_LETTER_STATUS_DITOLAK] = "ditolak",
  [LAYANAN_LETTER_STATUS_DIARSIPKAN] = "diarsipkan",
  [LAYANAN_LETTER_STATUS_BATAL] = "batal",
};

static const char * const keamanan_names[] = {
  [LAYANAN_KEAMANAN_BIASA] = "Biasa",
  [LAYANAN_KEAMANAN_TERBATAS] = "Terbatas",
  [LAYANAN_KEAMANAN_RAHASIA] = "Rahasia",
  [LAYANAN_KEAMANAN_SANGAT_RAHASIA] = "Sangat Rahasia",
};

static const char * const kecepatan_names[] = {
  [LAYANAN_KECEPATAN_BIASA] = "Biasa",
  [LAYANAN_KECEPATAN_SEGERA] = "Segera",
  [LAYANAN_KECEPATAN_AMAT_SEGERA] = "Amat Segera",
};

static const char * const status_names[] = {
  [LAYANAN_LETTER_STATUS_DITERIMA] = "Diterima",
  [LAYANAN_LETTER_STATUS_DIDISPOSISI] = "Didisposisi",
  [LAYANAN_LETTER_STATUS_DIPROSES] = "Diproses",
  [LAYANAN_LETTER_STATUS_SELESAI] = "Selesai",
  [LAYANAN_LETTER_STATUS_DITOLAK] = "Ditolak",
  [LAYANAN_LETTER_STATUS_DIARSIPKAN] = "Diarsipkan",
  [LAYANAN_LETTER_STATUS_BATAL] = "Batal",
};

/* Words nearly every service name has, which say nothing about which. */
static const char * const generic_words[] = {
  "pelayanan", "layanan", "fasilitasi", "daerah", "dan", "atau", "untuk", "bagi",
};

static GStrv
distinctive_words (const char *text)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);
  g_auto(GStrv) words = g_regex_split_simple ("[^[:alnum:]]+", lower, 0, 0);
  GStrvBuilder *builder = g_strv_builder_new ();
  GStrv kept;

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (g_utf8_strlen (words[i], -1) >= 4
          && !g_strv_contains (generic_words, words[i]))
        g_strv_builder_add (builder, words[i]);
    }
  kept = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return kept;
}

int
layanan_letter_suggest_service (const char         *hal,
                                const char * const *service_names)
{
  g_auto(GStrv) hal_words = NULL;
  int best = -1;
  guint best_score = 0;

  if (hal == NULL || service_names == NULL)
    return -1;

  hal_words = distinctive_words (hal);
  for (int i = 0; service_names[i] != NULL; i++)
    {
      g_auto(GStrv) name_words = distinctive_words (service_names[i]);
      guint score = 0;

      for (guint j = 0; name_words[j] != NULL; j++)
        if (g_strv_contains ((const char * const *) hal_words, name_words[j]))
          score++;

      if (score > best_score)
        {
          best = i;
          best_score = score;
        }
    }
  return best;
}

char *
layanan_agenda_number_format (gint64 number,
                              int    year)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT "/%d", number, year);
}

const char *
layanan_keamanan_get_official_name (LayananKeamanan keamanan)
{
  g_return_val_if_fail (keamanan < G_N_ELEMENTS (keamanan_names), NULL);
  return keamanan_names[keamanan];
}

const char *
layanan_kecepatan_get_official_name (LayananKecepatan kecepatan)
{
  g_return_val_if_fail (kecepatan < G_N_ELEMENTS (kecepatan_names), NULL);
  return kecepatan_names[kecepatan];
}

const char *
layanan_letter_status_get_official_name (LayananLetterStatus status)
{
  g_return_val_if_fail (status < G_N_ELEMENTS (status_names), NULL);
  return status_names[status];
}

static gboolean
key_lookup (const char * const *keys,
            guint               n_keys,
            const char         *key,
            int                *value)
{
  for (guint i = 0; key != NULL && i < n_keys; i++)
    {
      if (g_strcmp0 (keys[i], key) == 0)
        {
          *value = (int) i;
          return TRUE;
        }
    }
  return FALSE;
}

const char *
layanan_keamanan_to_key (LayananKeamanan keamanan)
{
  g_return_val_if_fail (keamanan < G_N_ELEMENTS (keamanan_keys), NULL);
  return keamanan_keys[keamanan];
}

gboolean
layanan_keamanan_from_key (const char      *key,
                           LayananKeamanan *keamanan)
{
  int value;

  if (!key_lookup (keamanan_keys, G_N_ELEMENTS (keamanan_keys), key, &value))
    return FALSE;
  *keamanan = value;
  return TRUE;
}

const char *
layanan_keamanan_get_label (LayananKeamanan keamanan)
{
  switch (keamanan)
    {
    case LAYANAN_KEAMANAN_BIASA:
      /* Translators: the security class of a letter (klasifikasi keamanan Biasa) */
      return C_("keamanan", "Ordinary");
    case LAYANAN_KEAMANAN_TERBATAS:
      /* Translators: the security class of a letter (Terbatas) */
      return _("Restricted");
    case LAYANAN_KEAMANAN_RAHASIA:
      /* Translators: the security class of a letter (Rahasia) */
      return _("Secret");
    case LAYANAN_KEAMANAN_SANGAT_RAHASIA:
      /* Translators: the security class of a letter (Sangat Rahasia) */
      return _("Top Secret");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
layanan_kecepatan_to_key (LayananKecepatan kecepatan)
{
  g_return_val_if_fail (kecepatan < G_N_ELEMENTS (kecepatan_keys), NULL);
  return kecepatan_keys[kecepatan];
}

gboolean
layanan_kecepatan_from_key (const char       *key,
                            LayananKecepatan *kecepatan)
{
  int value;

  if (!key_lookup (kecepatan_keys, G_N_ELEMENTS (kecepatan_keys), key, &value))
    return FALSE;
  *kecepatan = value;
  return TRUE;
}

const char *
layanan_kecepatan_get_label (LayananKecepatan kecepatan)
{
  switch (kecepatan)
    {
    case LAYANAN_KECEPATAN_BIASA:
      /* Translators: the urgency of a letter (derajat kecepatan Biasa) */
      return C_("kecepatan", "Ordinary");
    case LAYANAN_KECEPATAN_SEGERA:
      /* Translators: the urgency of a letter (Segera) */
      return _("Urgent");
    case LAYANAN_KECEPATAN_AMAT_SEGERA:
      /* Translators: the urgency of a letter (Amat Segera / Sangat Segera) */
      return _("Very Urgent");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
layanan_letter_status_to_key (LayananLetterStatus status)
{
  g_return_val_if_fail (status < G_N_ELEMENTS (status_keys), NULL);
  return status_keys[status];
}

gboolean
layanan_letter_status_from_key (const char          *key,
                                LayananLetterStatus *status)
{
  int value;

  if (!key_lookup (status_keys, G_N_ELEMENTS (status_keys), key, &value))
    return FALSE;
  *status = value;
  return TRUE;
}

const char *
layanan_letter_status_get_label (LayananLetterStatus status)
{
  switch (status)
    {
    case LAYANAN_LETTER_STATUS_DITERIMA:
      /* Translators: a letter's status (diterima) */
      return _("Received");
    case LAYANAN_LETTER_STATUS_DIDISPOSISI:
      /* Translators: a letter's status (didisposisi) */
      return _("Disposed");
    case LAYANAN_LETTER_STATUS_DIPROSES:
      /* Translators: a letter's status (diproses) */
      return _("In Progress");
    case LAYANAN_LETTER_STATUS_SELESAI:
      /* Translators: a letter's status (selesai) */
      return _("Done");
    case LAYANAN_LETTER_STATUS_DITOLAK:
      /* Translators: a letter's status (ditolak) */
      return _("Rejected");
    case LAYANAN_LETTER_STATUS_DIARSIPKAN:
      /* Translators: a letter's status (diarsipkan) */
      return _("Archived");
    case LAYANAN_LETTER_STATUS_BATAL:
      /* Translators: a letter's status when its registration was voided (batal) */
      return _("Void");
    default:
      g_return_val_if_reached (NULL);
    }
}

gboolean
layanan_letter_status_is_closed (LayananLetterStatus status)
{
  return status >= LAYANAN_LETTER_STATUS_SELESAI;
}

gboolean
layanan_letter_status_can_change (LayananLetterStatus from,
                                  LayananLetterStatus to)
{
  if (from == to || to == LAYANAN_LETTER_STATUS_BATAL)
    return FALSE;

  switch (from)
    {
    case LAYANAN_LETTER_STATUS_DITERIMA:
    case LAYANAN_LETTER_STATUS_DIDISPOSISI:
    case LAYANAN_LETTER_STATUS_DIPROSES:
      /* Forward along the flow, or closed at any step. */
      return to > from;
    case LAYANAN_LETTER_STATUS_SELESAI:
    case LAYANAN_LETTER_STATUS_DITOLAK:
      /* A closed letter may only be archived, or reopened to be processed. */
      return to == LAYANAN_LETTER_STATUS_DIARSIPKAN || to == LAYANAN_LETTER_STATUS_DIPROSES;
    case LAYANAN_LETTER_STATUS_DIARSIPKAN:
    case LAYANAN_LETTER_STATUS_BATAL:
    default:
      return FALSE;
    }
}

LayananDueState
layanan_letter_due_state (LayananCalendar *calendar,
                          GDateTime       *due,
                          GDateTime       *now,
                          int             *working_days_left)
{
  g_autoptr(GDateTime) due_local = NULL;
  g_autoptr(GDateTime) now_local = NULL;
  GDate due_day, today;
  int left;

  g_return_val_if_fail (LAYANAN_IS_CALENDAR (calendar), LAYANAN_DUE_STATE_NONE);

  if (working_days_left != NULL)
    *working_days_left = 0;
  if (due == NULL)
    return LAYANAN_DUE_STATE_NONE;

  due_local = g_date_time_to_timezone (due, layanan_calendar_get_timezone (calendar));
  now_local = g_date_time_to_timezone (now, layanan_calendar_get_timezone (calendar));
  g_date_set_dmy (&due_day, g_date_time_get_day_of_month (due_local),
                  g_date_time_get_month (due_local), g_date_time_get_year (due_local));
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now_local),
                  g_date_time_get_month (now_local), g_date_time_get_year (now_local));

  /* Counted in whole working days so a letter due at 16:00 tomorrow reads
   * "1 day left" all day today, as people count. */
  if (g_date_time_compare (now, due) > 0)
    left = -MAX (1, layanan_calendar_working_days_between (calendar, &due_day, &today));
  else
    left = layanan_calendar_working_days_between (calendar, &today, &due_day);

  if (working_days_left != NULL)
    *working_days_left = left;
  if (left < 0)
    return LAYANAN_DUE_STATE_OVERDUE;
  if (left <= LAYANAN_DUE_SOON_WORKING_DAYS)
    return LAYANAN_DUE_STATE_SOON;
  return LAYANAN_DUE_STATE_ON_TIME;
}

GDateTime *
layanan_letter_due_soon_limit (LayananCalendar *calendar,
                               GDateTime       *now)
{
  g_autoptr(GDateTime) now_local = NULL;
  GTimeZone *zone;
  GDate day;

  g_return_val_if_fail (LAYANAN_IS_CALENDAR (calendar), NULL);

  zone = layanan_calendar_get_timezone (calendar);
  now_local = g_date_time_to_timezone (now, zone);
  g_date_set_dmy (&day, g_date_time_get_day_of_month (now_local),
                  g_date_time_get_month (now_local), g_date_time_get_year (now_local));
  for (int i = 0; i <= LAYANAN_DUE_SOON_WORKING_DAYS; i++)
    {
      g_date_add_days (&day, 1);
      layanan_calendar_next_working_day (calendar, &day);
    }

  return g_date_time_new (zone, g_date_get_year (&day), g_date_get_month (&day),
                          g_date_get_day (&day), 0, 0, 0);
}

const char *
layanan_instruction_get_label (LayananInstructions instruction)
{
  switch (instruction)
    {
    case LAYANAN_INSTRUCTION_TANGGAPAN_SARAN:
      /* Translators: a disposition instruction (tanggapan dan saran) */
      return _("Response and advice");
    case LAYANAN_INSTRUCTION_PROSES_LANJUT:
      /* Translators: a disposition instruction (proses lebih lanjut) */
      return _("Process further");
    case LAYANAN_INSTRUCTION_KOORDINASI:
      /* Translators: a disposition instruction (koordinasi/konfirmasi) */
      return _("Coordinate / confirm");
    default:
      g_return_val_if_reached (NULL);
    }
}

LayananLetter *
layanan_letter_new (void)
{
  return g_new0 (LayananLetter, 1);
}

LayananLetter *
layanan_letter_copy (const LayananLetter *letter)
{
  LayananLetter *copy = g_memdup2 (letter, sizeof *letter);

  copy->received_at = g_strdup (letter->received_at);
  copy->nomor = g_strdup (letter->nomor);
  copy->tanggal = g_strdup (letter->tanggal);
  copy->pengirim = g_strdup (letter->pengirim);
  copy->kepada = g_strdup (letter->kepada);
  copy->hal = g_strdup (letter->hal);
  copy->lampiran = g_strdup (letter->lampiran);
  copy->classification_code = g_strdup (letter->classification_code);
  copy->due_at = g_strdup (letter->due_at);
  copy->due_override_reason = g_strdup (letter->due_override_reason);
  copy->void_reason = g_strdup (letter->void_reason);
  copy->notes = g_strdup (letter->notes);
  copy->body_text = g_strdup (letter->body_text);
  return copy;
}

void
layanan_letter_free (LayananLetter *letter)
{
  if (letter == NULL)
    return;
  g_free (letter->received_at);
  g_free (letter->nomor);
  g_free (letter->tanggal);
  g_free (letter->pengirim);
  g_free (letter->kepada);
  g_free (letter->hal);
  g_free (letter->lampiran);
  g_free (letter->classification_code);
  g_free (letter->due_at);
  g_free (letter->due_override_reason);
  g_free (letter->void_reason);
  g_free (letter->notes);
  g_free (letter->body_text);
  g_free (letter);
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  while (g_ascii_isspace (*text))
    text++;
  return *text == '\0';
}

static gboolean
require_text (const char  *value,
              const char  *field,
              GError     **error)
{
  if (!is_blank (value))
    return TRUE;
  g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
               /* Translators: %s is a field of a letter, e.g. "Number" */
               _("The letter has no %s"), field);
  return FALSE;
}

gboolean
layanan_letter_validate (const LayananLetter *letter,
                         GError             **error)
{
  GDate date;

  if (!require_text (letter->nomor, _("letter number"), error)
      || !require_text (letter->pengirim, _("sender"), error)
      || !require_text (letter->hal, _("subject"), error))
    return FALSE;

  if (letter->tanggal != NULL && !layanan_date_parse_iso (letter->tanggal, &date, NULL))
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("The letter date “%s” is not a date"), letter->tanggal);
      return FALSE;
    }

  if (letter->received_at != NULL)
    {
      g_autoptr(GDateTime) received = layanan_date_time_parse (letter->received_at, NULL, NULL);

      if (received == NULL)
        {
          g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                       _("The time received “%s” is not a date and time"), letter->received_at);
          return FALSE;
        }
    }

  return TRUE;
}
