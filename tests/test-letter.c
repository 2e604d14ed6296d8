/* test-letter.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "layanan-database.h"
#include "layanan-date.h"
#include "layanan-error.h"
#include "layanan-letter.h"
#include "layanan-test-util.h"

/* The letter record's rules in core: keys, the status flow, due states
 * against the shipped holiday calendar, and validation messages. */

static void
test_keys_round_trip (void)
{
  for (guint i = 0; i <= LAYANAN_KEAMANAN_SANGAT_RAHASIA; i++)
    {
      LayananKeamanan value;

      g_assert_true (layanan_keamanan_from_key (layanan_keamanan_to_key (i), &value));
      g_assert_cmpuint (value, ==, i);
      g_assert_nonnull (layanan_keamanan_get_label (i));
    }
  for (guint i = 0; i <= LAYANAN_KECEPATAN_AMAT_SEGERA; i++)
    {
      LayananKecepatan value;

      g_assert_true (layanan_kecepatan_from_key (layanan_kecepatan_to_key (i), &value));
      g_assert_cmpuint (value, ==, i);
      g_assert_nonnull (layanan_kecepatan_get_label (i));
    }
  for (guint i = 0; i < LAYANAN_N_LETTER_STATUSES; i++)
    {
      LayananLetterStatus value;

      g_assert_true (layanan_letter_status_from_key (layanan_letter_status_to_key (i), &value));
      g_assert_cmpuint (value, ==, i);
      g_assert_nonnull (layanan_letter_status_get_label (i));
    }

  {
    LayananLetterStatus status = LAYANAN_LETTER_STATUS_SELESAI;
    LayananKeamanan keamanan = LAYANAN_KEAMANAN_RAHASIA;

    g_assert_false (layanan_letter_status_from_key ("Diterima", &status));
    g_assert_false (layanan_letter_status_from_key (NULL, &status));
    g_assert_cmpint (status, ==, LAYANAN_LETTER_STATUS_SELESAI);
    g_assert_false (layanan_keamanan_from_key ("sangat rahasia", &keamanan));
    g_assert_cmpint (keamanan, ==, LAYANAN_KEAMANAN_RAHASIA);
  }
}

/* The whole flow as a table: rows from, columns to, in enum order
 * (diterima, didisposisi, diproses, selesai, ditolak, diarsipkan, batal). */
static void
test_status_flow (void)
{
  static const char * const table[LAYANAN_N_LETTER_STATUSES] = {
    /*           dt dd dp se dl da ba */
    /* dt */    "0111110",
    /* dd */    "0011110",
    /* dp */    "0001110",
    /* se */    "0010010",
    /* dl */    "0010010",
    /* da */    "0000000",
    /* ba */    "0000000",
  };

  for (guint from = 0; from < LAYANAN_N_LETTER_STATUSES; from++)
    for (guint to = 0; to < LAYANAN_N_LETTER_STATUSES; to++)
      {
        gboolean expected = table[from][to] == '1';

        if (layanan_letter_status_can_change (from, to) != expected)
          g_error ("%s → %s should be %s", layanan_letter_status_to_key (from),
                   layanan_letter_status_to_key (to), expected ? "allowed" : "refused");
      }

  for (guint status = 0; status < LAYANAN_N_LETTER_STATUSES; status++)
    g_assert_cmpint (layanan_letter_status_is_closed (status), ==,
                     status >= LAYANAN_LETTER_STATUS_SELESAI);
}

static LayananDueState
due_state (LayananCalendar *calendar,
           const char      *due,
           const char      *now,
           int             *left)
{
  g_autoptr(GDateTime) due_at = due != NULL ? layanan_date_time_parse (due, NULL, NULL) : NULL;
  g_autoptr(GDateTime) now_at = layanan_date_time_parse (now, NULL, NULL);

  g_assert_true (due == NULL || due_at != NULL);
  g_assert_nonnull (now_at);
  return layanan_letter_due_state (calendar, due_at, now_at, left);
}

/* Idulfitri 1447 H: Nyepi on Thursday 19 March 2026, cuti bersama on the
 * 18th, 20th, 23rd and 24th, the weekend between; the office reopens on
 * Wednesday the 25th. */
static void
test_due_state_idulfitri (void)
{
  g_autoptr(LayananCalendar) holidays = layanan_test_reference_calendar (TRUE);
  g_autoptr(LayananCalendar) cuti_open = layanan_test_reference_calendar (FALSE);
  g_autoptr(LayananCalendar) plain = layanan_calendar_new ();
  int left = 99;

  /* Due on the first day back: one working day left, so soon … */
  g_assert_cmpint (due_state (holidays, "2026-03-25 16:00", "2026-03-19 10:00", &left), ==,
                   LAYANAN_DUE_STATE_SOON);
  g_assert_cmpint (left, ==, 1);
  /* … where with the cuti bersama open it is four days away, and so
   * without any holidays. */
  g_assert_cmpint (due_state (cuti_open, "2026-03-25 16:00", "2026-03-19 10:00", &left), ==,
                   LAYANAN_DUE_STATE_ON_TIME);
  g_assert_cmpint (left, ==, 4);
  g_assert_cmpint (due_state (plain, "2026-03-25 16:00", "2026-03-19 10:00", &left), ==,
                   LAYANAN_DUE_STATE_ON_TIME);
  g_assert_cmpint (left, ==, 4);

  /* Due before the break, seen on the first day back: one working day late
   * with the holidays, five without. */
  g_assert_cmpint (due_state (holidays, "2026-03-18 16:00", "2026-03-25 08:00", &left), ==,
                   LAYANAN_DUE_STATE_OVERDUE);
  g_assert_cmpint (left, ==, -1);
  g_assert_cmpint (due_state (plain, "2026-03-18 16:00", "2026-03-25 08:00", &left), ==,
                   LAYANAN_DUE_STATE_OVERDUE);
  g_assert_cmpint (left, ==, -5);

  /* Due later today is soon with no day left; an hour late is overdue. */
  g_assert_cmpint (due_state (holidays, "2026-03-25 16:00", "2026-03-25 08:00", &left), ==,
                   LAYANAN_DUE_STATE_SOON);
  g_assert_cmpint (left, ==, 0);
  g_assert_cmpint (due_state (holidays, "2026-03-25 16:00", "2026-03-25 17:00", &left), ==,
                   LAYANAN_DUE_STATE_OVERDUE);
  g_assert_cmpint (left, ==, -1);

  /* The same instant written in UTC. */
  g_assert_cmpint (due_state (holidays, "2026-03-25T09:00:00Z", "2026-03-19T03:00:00Z", &left),
                   ==, LAYANAN_DUE_STATE_SOON);
  g_assert_cmpint (left, ==, 1);

  g_assert_cmpint (due_state (holidays, "2026-04-10 16:00", "2026-03-25 08:00", &left), ==,
                   LAYANAN_DUE_STATE_ON_TIME);
  g_assert_cmpint (left, >, LAYANAN_DUE_SOON_WORKING_DAYS);
  g_assert_cmpint (due_state (holidays, NULL, "2026-03-25 08:00", &left), ==,
                   LAYANAN_DUE_STATE_NONE);
  g_assert_cmpint (left, ==, 0);
}

/* The soon limit agrees with the due states it stands for in SQL: a letter
 * due just before it is soon, one due at it is not. */
static void
test_due_soon_limit (void)
{
  g_autoptr(LayananCalendar) holidays = layanan_test_reference_calendar (TRUE);
  g_autoptr(GDateTime) now = layanan_date_time_parse ("2026-03-18 10:00", NULL, NULL);
  g_autoptr(GDateTime) limit = layanan_letter_due_soon_limit (holidays, now);
  g_autoptr(GDateTime) just_before = g_date_time_add_seconds (limit, -1);
  g_autofree char *limit_text = g_date_time_format (limit, "%Y-%m-%d %H:%M");
  int left;

  /* Wednesday 18 March 2026, the first day of the Nyepi–Idulfitri block:
   * the next working days are Wednesday 25th and Thursday 26th, so soon
   * ends when Friday 27th begins. */
  g_assert_cmpstr (limit_text, ==, "2026-03-27 00:00");
  g_assert_cmpint (layanan_letter_due_state (holidays, just_before, now, &left), ==,
                   LAYANAN_DUE_STATE_SOON);
  g_assert_cmpint (left, ==, LAYANAN_DUE_SOON_WORKING_DAYS);
  g_assert_cmpint (layanan_letter_due_state (holidays, limit, now, &left), ==,
                   LAYANAN_DUE_STATE_ON_TIME);
}

static void
test_suggest_service (void)
{
  const char * const services[] = {
    "Fasilitasi Penyusunan Kebijakan Daerah",
    "Pelayanan Data, Laporan, dan Informasi",
    "Pelayanan Penyediaan Narasumber",
    "Pelayanan Konsultasi",
    "Pelayanan Peliputan Kegiatan Pimpinan",
    NULL,
  };

  g_assert_cmpint (layanan_letter_suggest_service ("Permohonan Narasumber Seminar Nasional",
                                                   services), ==, 2);
  g_assert_cmpint (layanan_letter_suggest_service ("Permintaan DATA Penerima Bantuan Sosial",
                                                   services), ==, 1);
  g_assert_cmpint (layanan_letter_suggest_service ("Permohonan Fasilitasi Penyusunan Rancangan "
                                                   "Peraturan Gubernur", services), ==, 0);
  g_assert_cmpint (layanan_letter_suggest_service ("Permintaan Jadwal Kegiatan Gubernur untuk "
                                                   "Peliputan", services), ==, 4);
  /* Words every name shares ("pelayanan", "fasilitasi") choose nothing. */
  g_assert_cmpint (layanan_letter_suggest_service ("Fasilitasi Pelayanan", services), ==, -1);
  g_assert_cmpint (layanan_letter_suggest_service ("Undangan", services), ==, -1);
  g_assert_cmpint (layanan_letter_suggest_service (NULL, services), ==, -1);
}

static void
test_official_names (void)
{
  g_autofree char *agenda = layanan_agenda_number_format (12, 2026);

  g_assert_cmpstr (agenda, ==, "12/2026");
  g_assert_cmpstr (layanan_keamanan_get_official_name (LAYANAN_KEAMANAN_SANGAT_RAHASIA), ==,
                   "Sangat Rahasia");
  g_assert_cmpstr (layanan_kecepatan_get_official_name (LAYANAN_KECEPATAN_AMAT_SEGERA), ==,
                   "Amat Segera");
  g_assert_cmpstr (layanan_letter_status_get_official_name (LAYANAN_LETTER_STATUS_DIDISPOSISI),
                   ==, "Didisposisi");
}

static LayananLetter *
valid_letter (void)
{
  LayananLetter *letter = layanan_letter_new ();

  letter->nomor = g_strdup ("005/123/KESRA");
  letter->pengirim = g_strdup ("Dinas Sosial Provinsi Kalimantan Barat");
  letter->hal = g_strdup ("Undangan rapat koordinasi");
  letter->tanggal = g_strdup ("2026-03-02");
  letter->received_at = g_strdup ("2026-03-03 09:15");
  return letter;
}

static void
assert_invalid (LayananLetter *letter,
                const char    *expected_part)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (layanan_letter_validate (letter, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  if (strstr (error->message, expected_part) == NULL)
    g_error ("“%s” does not mention “%s”", error->message, expected_part);
}

static void
test_validate (void)
{
  g_autoptr(LayananLetter) letter = valid_letter ();
  g_autoptr(LayananLetter) copy = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (layanan_letter_validate (letter, &error));
  g_assert_no_error (error);

  copy = layanan_letter_copy (letter);
  g_assert_cmpstr (copy->nomor, ==, letter->nomor);
  g_assert_true (copy->nomor != letter->nomor);

  g_clear_pointer (&copy->nomor, g_free);
  assert_invalid (copy, "letter number");
  copy->nomor = g_strdup ("  ");
  assert_invalid (copy, "letter number");
  g_free (copy->nomor);
  copy->nomor = g_strdup ("1");

  g_clear_pointer (&copy->pengirim, g_free);
  assert_invalid (copy, "sender");
  copy->pengirim = g_strdup ("Dinas");

  g_free (copy->hal);
  copy->hal = g_strdup ("");
  assert_invalid (copy, "subject");
  g_free (copy->hal);
  copy->hal = g_strdup ("Undangan");

  g_free (copy->tanggal);
  copy->tanggal = g_strdup ("2026-02-31");
  assert_invalid (copy, "2026-02-31");
  g_free (copy->tanggal);
  copy->tanggal = NULL;
  g_assert_true (layanan_letter_validate (copy, NULL));

  g_free (copy->received_at);
  copy->received_at = g_strdup ("kemarin");
  assert_invalid (copy, "kemarin");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/letter/keys-round-trip", test_keys_round_trip);
  g_test_add_func ("/core/letter/status-flow", test_status_flow);
  g_test_add_func ("/core/letter/due-state-idulfitri", test_due_state_idulfitri);
  g_test_add_func ("/core/letter/validate", test_validate);
  g_test_add_func ("/core/letter/due-soon-limit", test_due_soon_limit);
  g_test_add_func ("/core/letter/suggest-service", test_suggest_service);
  g_test_add_func ("/core/letter/official-names", test_official_names);

  return g_test_run ();
}
