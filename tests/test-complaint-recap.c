/* test-complaint-recap.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "layanan-complaint-recap.h"
#include "layanan-error.h"

/* January–February 2026 with its two holidays on weekdays (DOMAIN.md §5.4):
 * Thursday 1 January and Friday 16 January. "Now" is Tuesday 10 February,
 * noon. */
#define NOW "2026-02-10T12:00:00+07:00"

#define RINGAN "Pengaduan ringan"
#define NORMATIF "Pengaduan bersifat normatif"
#define TIDAK_BERKADAR "Pengaduan tidak berkadar pengawasan"
#define BERKADAR "Pengaduan berkadar pengawasan dan memerlukan pemeriksaan"

/* The complaints, in the order a cursor gives them, and what each must
 * count as, worked out by hand from the calendar:
 *
 * F came at 18:30 UTC on 31 January: 01:30 WIB on Sunday 1 February, so it
 *   is February's; closed Monday 2 February, 1 working day, on time.
 * A Monday 5 → Friday 9 January: 6, 7, 8, 9 = 4 working days, on time.
 * B Wednesday 14 → Tuesday 20 January: 15, (16 is Isra Mikraj), 19, 20 =
 *   3 working days, closed after its due date: late.
 * C open, due 27 January: overdue at NOW.
 * D open, due 16 February: not yet.
 * E waiting for its complainant, due 9 February: its clock stands, so not
 *   overdue.
 * G closed (ditutup) before closing times were kept: closed, not timed. */
typedef struct
{
  LayananComplaintRecapInput input;
  LayananComplaintOutcome    outcome;
} Case;

static const Case cases[] = {
  { /* F */
    { "2026-01-31T18:30:00Z", LAYANAN_CHANNEL_SURAT, LAYANAN_COMPLAINT_KIND_PENGADUAN,
      TIDAK_BERKADAR, LAYANAN_COMPLAINT_STATUS_DITOLAK,
      "2026-02-06T16:00:00+07:00", "2026-02-02T09:00:00+07:00" },
    { .closed = TRUE, .timed = TRUE, .on_time = TRUE, .working_days = 1 } },
  { /* A */
    { "2026-01-05T09:00:00+07:00", LAYANAN_CHANNEL_TATAP_MUKA, LAYANAN_COMPLAINT_KIND_PENGADUAN,
      NORMATIF, LAYANAN_COMPLAINT_STATUS_SELESAI,
      "2026-01-12T16:00:00+07:00", "2026-01-09T10:00:00+07:00" },
    { .closed = TRUE, .timed = TRUE, .on_time = TRUE, .working_days = 4 } },
  { /* B */
    { "2026-01-14T10:00:00+07:00", LAYANAN_CHANNEL_WHATSAPP, LAYANAN_COMPLAINT_KIND_PENGADUAN,
      RINGAN, LAYANAN_COMPLAINT_STATUS_SELESAI,
      "2026-01-15T16:00:00+07:00", "2026-01-20T11:00:00+07:00" },
    { .closed = TRUE, .timed = TRUE, .on_time = FALSE, .working_days = 3 } },
  { /* C */
    { "2026-01-20T08:00:00+07:00", LAYANAN_CHANNEL_SP4N_LAPOR, LAYANAN_COMPLAINT_KIND_PENGADUAN,
      NORMATIF, LAYANAN_COMPLAINT_STATUS_DITINDAKLANJUTI,
      "2026-01-27T16:00:00+07:00", NULL },
    { .overdue = TRUE } },
  { /* D */
    { "2026-02-09T08:00:00+07:00", LAYANAN_CHANNEL_EMAIL, LAYANAN_COMPLAINT_KIND_ASPIRASI,
      NULL, LAYANAN_COMPLAINT_STATUS_DITERIMA,
      "2026-02-16T16:00:00+07:00", NULL },
    { .overdue = FALSE } },
  { /* E */
    { "2026-02-02T09:00:00+07:00", LAYANAN_CHANNEL_WHATSAPP, LAYANAN_COMPLAINT_KIND_PENGADUAN,
      RINGAN, LAYANAN_COMPLAINT_STATUS_MENUNGGU_PELAPOR,
      "2026-02-09T16:00:00+07:00", NULL },
    { .overdue = FALSE } },
  { /* G */
    { "2026-01-22T09:00:00+07:00", LAYANAN_CHANNEL_TELEPON,
      LAYANAN_COMPLAINT_KIND_PERMINTAAN_INFORMASI, NORMATIF, LAYANAN_COMPLAINT_STATUS_DITUTUP,
      "2026-01-29T16:00:00+07:00", NULL },
    { .closed = TRUE } },
};

static LayananCalendar *
make_calendar (void)
{
  LayananCalendar *calendar = layanan_calendar_new ();
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_JANUARY, 2026);
  layanan_calendar_add_holiday (calendar, &date, LAYANAN_HOLIDAY_LIBUR_NASIONAL);
  g_date_set_dmy (&date, 16, G_DATE_JANUARY, 2026);
  layanan_calendar_add_holiday (calendar, &date, LAYANAN_HOLIDAY_LIBUR_NASIONAL);
  return calendar;
}

static LayananComplaintRecap *
make_recap (LayananCalendar *calendar)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 (NOW, NULL);

  return layanan_complaint_recap_new (calendar, now);
}

static void
assert_tally (const LayananComplaintTally *tally,
              guint total, guint open, guint closed, guint on_time, guint late,
              guint overdue, guint timed, gint64 days)
{
  g_assert_cmpuint (tally->total, ==, total);
  g_assert_cmpuint (tally->open, ==, open);
  g_assert_cmpuint (tally->closed, ==, closed);
  g_assert_cmpuint (tally->on_time, ==, on_time);
  g_assert_cmpuint (tally->late, ==, late);
  g_assert_cmpuint (tally->overdue, ==, overdue);
  g_assert_cmpuint (tally->timed, ==, timed);
  g_assert_cmpint (tally->working_days_sum, ==, days);
}

static void
feed_all (LayananComplaintRecap *recap)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      LayananComplaintOutcome outcome;

      g_assert_true (layanan_complaint_recap_add (recap, &cases[i].input, &outcome, &error));
      g_assert_no_error (error);
      g_test_message ("case %u", i);
      g_assert_cmpint (outcome.closed, ==, cases[i].outcome.closed);
      g_assert_cmpint (outcome.timed, ==, cases[i].outcome.timed);
      g_assert_cmpint (outcome.on_time, ==, cases[i].outcome.on_time);
      g_assert_cmpint (outcome.working_days, ==, cases[i].outcome.working_days);
      g_assert_cmpint (outcome.overdue, ==, cases[i].outcome.overdue);
    }
}

/* Each complaint is judged as layanan_complaint_settlement() judges it. */
static void
test_outcomes (void)
{
  g_autoptr(LayananCalendar) calendar = make_calendar ();
  g_autoptr(LayananComplaintRecap) recap = make_recap (calendar);

  feed_all (recap);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(LayananComplaint) complaint = layanan_complaint_new ();
      int working_days = -1;
      gboolean on_time = FALSE;
      gboolean settled;

      complaint->received_at = g_strdup (cases[i].input.received_at);
      complaint->status = cases[i].input.status;
      complaint->due_at = g_strdup (cases[i].input.due_at);
      complaint->closed_at = g_strdup (cases[i].input.closed_at);
      settled = layanan_complaint_settlement (complaint, calendar, &working_days, &on_time);
      g_assert_cmpint (settled, ==, cases[i].outcome.timed);
      if (settled)
        {
          g_assert_cmpint (working_days, ==, cases[i].outcome.working_days);
          g_assert_cmpint (on_time, ==, cases[i].outcome.on_time);
        }
    }
}

static void
test_totals (void)
{
  g_autoptr(LayananCalendar) calendar = make_calendar ();
  g_autoptr(LayananComplaintRecap) recap = make_recap (calendar);
  const LayananComplaintTally *total;

  feed_all (recap);
  total = layanan_complaint_recap_get_total (recap);

  /* 7 in all; A, B, F, G closed, of which A, B, F with a time: A and F on
   * time, B late; C, D, E open, C overdue; 4 + 3 + 1 working days. */
  assert_tally (total, 7, 3, 4, 2, 1, 1, 3, 8);
  g_assert_cmpfloat_with_epsilon (layanan_complaint_tally_on_time_rate (total), 2.0 / 3, 1e-12);
  g_assert_cmpfloat_with_epsilon (layanan_complaint_tally_average_days (total), 8.0 / 3, 1e-12);
}

/* Months of WIB, ascending, every month of the period listed. */
static void
test_months (void)
{
  g_autoptr(LayananCalendar) calendar = make_calendar ();
  g_autoptr(LayananComplaintRecap) recap = make_recap (calendar);
  const LayananComplaintRecapGroup *group;
  GDate from, to;

  g_date_clear (&from, 1);
  g_date_clear (&to, 1);
  g_date_set_dmy (&from, 15, G_DATE_DECEMBER, 2025);
  g_date_set_dmy (&to, 28, G_DATE_FEBRUARY, 2026);
  layanan_complaint_recap_set_period (recap, &from, &to);
  feed_all (recap);

  g_assert_cmpuint (layanan_complaint_recap_get_n_groups (recap, LAYANAN_COMPLAINT_RECAP_BY_MONTH),
                    ==, 3);
  group = layanan_complaint_recap_get_group (recap, LAYANAN_COMPLAINT_RECAP_BY_MONTH, 0);
  g_assert_cmpstr (group->key, ==, "2025-12");
  g_assert_cmpint (group->year, ==, 2025);
  g_assert_cmpint (group->value, ==, 12);
  assert_tally (&group->tally, 0, 0, 0, 0, 0, 0, 0, 0);
  g_assert_true (isnan (layanan_complaint_tally_on_time_rate (&group->tally)));
  g_assert_true (isnan (layanan_complaint_tally_average_days (&group->tally)));

  /* January: A, B, C, G — not F, which is February in WIB. */
  group = layanan_complaint_recap_get_group (recap, LAYANAN_COMPLAINT_RECAP_BY_MONTH, 1);
  g_assert_cmpstr (group->key, ==, "2026-01");
  assert_tally (&group->tally, 4, 1, 3, 1, 1, 1, 2, 7);
  g_assert_cmpfloat (layanan_complaint_tally_on_time_rate (&group->tally), ==, 0.5);
  g_assert_cmpfloat (layanan_complaint_tally_average_days (&group->tally), ==, 3.5);

  /* February: F, D, E. */
  group = layanan_complaint_recap_get_group (recap, LAYANAN_COMPLAINT_RECAP_BY_MONTH, 2);
  g_assert_cmpstr (group->key, ==, "2026-02");
  assert_tally (&group->tally, 3, 2, 1, 1, 0, 0, 1, 1);
  g_assert_cmpfloat (layanan_complaint_tally_on_time_rate (&group->tally), ==, 1.0);
}

/* Without a period, the months that occur, still ascending though the
 * cursor gave February first. */
static void
test_months_sorted (void)
{
  g_autoptr(LayananCalendar) calendar = make_calendar ();
  g_autoptr(LayananComplaintRecap) recap = make_recap (calendar);

  feed_all (recap);
  g_assert_cmpuint (layanan_complaint_recap_get_n_groups (recap, LAYANAN_COMPLAINT_RECAP_BY_MONTH),
                    ==, 2);
  g_assert_cmpstr (layanan_complaint_recap_get_group (recap, LAYANAN_COMPLAINT_RECAP_BY_MONTH,
                                                      0)->key, ==, "2026-01");
  g_assert_cmpstr (layanan_complaint_recap_get_group (recap, LAYANAN_COMPLAINT_RECAP_BY_MONTH,
                                                      1)->key, ==, "2026-02");
}

/* Categories given first keep their place (with zeros), the others follow
 * as first seen, complaints without one last here because D came after. */
static void
test_categories (void)
{
  g_autoptr(LayananCalendar) calendar = make_calendar ();
  g_autoptr(LayananComplaintRecap) recap = make_recap (calendar);
  const LayananComplaintRecapAxis axis = LAYANAN_COMPLAINT_RECAP_BY_CATEGORY;
  const LayananComplaintRecapGroup *group;

  layanan_complaint_recap_add_category (recap, RINGAN);
  layanan_complaint_recap_add_category (recap, NORMATIF);
  layanan_complaint_recap_add_category (recap, BERKADAR);
  feed_all (recap);

  g_assert_cmpuint (layanan_complaint_recap_get_n_groups (recap, axis), ==, 5);
  group = layanan_complaint_recap_get_group (recap, axis, 0);
  g_assert_cmpstr (group->key, ==, RINGAN);
  assert_tally (&group->tally, 2, 1, 1, 0, 1, 0, 1, 3);
  group = layanan_complaint_recap_get_group (recap, axis, 1);
  g_assert_cmpstr (group->key, ==, NORMATIF);
  assert_tally (&group->tally, 3, 1, 2, 1, 0, 1, 1, 4);
  group = layanan_complaint_recap_get_group (recap, axis, 2);
  g_assert_cmpstr (group->key, ==, BERKADAR);
  assert_tally (&group->tally, 0, 0, 0, 0, 0, 0, 0, 0);
  group = layanan_complaint_recap_get_group (recap, axis, 3);
  g_assert_cmpstr (group->key, ==, TIDAK_BERKADAR);
  assert_tally (&group->tally, 1, 0, 1, 1, 0, 0, 1, 1);
  group = layanan_complaint_recap_get_group (recap, axis, 4);
  g_assert_null (group->key);
  assert_tally (&group->tally, 1, 1, 0, 0, 0, 0, 0, 0);
}

/* Every channel, status and classification in enum order, zeros too. */
static void
test_enums (void)
{
  g_autoptr(LayananCalendar) calendar = make_calendar ();
  g_autoptr(LayananComplaintRecap) recap = make_recap (calendar);
  const LayananComplaintRecapGroup *group;

  feed_all (recap);

  g_assert_cmpuint (layanan_complaint_recap_get_n_groups (recap,
                                                          LAYANAN_COMPLAINT_RECAP_BY_CHANNEL),
                    ==, LAYANAN_N_CHANNEL_KINDS);
  for (guint i = 0; i < LAYANAN_N_CHANNEL_KINDS; i++)
    {
      group = layanan_complaint_recap_get_group (recap, LAYANAN_COMPLAINT_RECAP_BY_CHANNEL, i);
      g_assert_cmpint (group->value, ==, i);
      g_assert_cmpstr (group->key, ==, layanan_channel_kind_to_key (i));
    }
  group = layanan_complaint_recap_get_group (recap, LAYANAN_COMPLAINT_RECAP_BY_CHANNEL,
                                             LAYANAN_CHANNEL_WHATSAPP);
  assert_tally (&group->tally, 2, 1, 1, 0, 1, 0, 1, 3);
  group = layanan_complaint_recap_get_group (recap, LAYANAN_COMPLAINT_RECAP_BY_CHANNEL,
                                             LAYANAN_CHANNEL_MEDIA_SOSIAL);
  assert_tally (&group->tally, 0, 0, 0, 0, 0, 0, 0, 0);

  g_assert_cmpuint (layanan_complaint_recap_get_n_groups (recap,
                                                          LAYANAN_COMPLAINT_RECAP_BY_STATUS),
                    ==, LAYANAN_N_COMPLAINT_STATUSES);
  group = layanan_complaint_recap_get_group (recap, LAYANAN_COMPLAINT_RECAP_BY_STATUS,
                                             LAYANAN_COMPLAINT_STATUS_SELESAI);
  g_assert_cmpstr (group->key, ==, layanan_complaint_status_to_key (LAYANAN_COMPLAINT_STATUS_SELESAI));
  assert_tally (&group->tally, 2, 0, 2, 1, 1, 0, 2, 7);
  group = layanan_complaint_recap_get_group (recap, LAYANAN_COMPLAINT_RECAP_BY_STATUS,
                                             LAYANAN_COMPLAINT_STATUS_MENUNGGU_PELAPOR);
  assert_tally (&group->tally, 1, 1, 0, 0, 0, 0, 0, 0);

  group = layanan_complaint_recap_get_group (recap, LAYANAN_COMPLAINT_RECAP_BY_CLASSIFICATION,
                                             LAYANAN_COMPLAINT_KIND_PENGADUAN);
  assert_tally (&group->tally, 5, 2, 3, 2, 1, 1, 3, 8);
  group = layanan_complaint_recap_get_group (recap, LAYANAN_COMPLAINT_RECAP_BY_CLASSIFICATION,
                                             LAYANAN_COMPLAINT_KIND_PERMINTAAN_INFORMASI);
  assert_tally (&group->tally, 1, 0, 1, 0, 0, 0, 0, 0);
  g_assert_true (isnan (layanan_complaint_tally_on_time_rate (&group->tally)));
}

/* Taking the holiday away gives B one more working day: the average
 * follows the calendar, not calendar days. */
static void
test_holiday (void)
{
  g_autoptr(LayananCalendar) calendar = make_calendar ();
  g_autoptr(LayananComplaintRecap) recap = NULL;
  LayananComplaintOutcome outcome;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 16, G_DATE_JANUARY, 2026);
  layanan_calendar_remove_holiday (calendar, &date);
  recap = make_recap (calendar);

  g_assert_true (layanan_complaint_recap_add (recap, &cases[2].input, &outcome, NULL));
  g_assert_cmpint (outcome.working_days, ==, 4);
  g_assert_cmpfloat (layanan_complaint_tally_average_days (layanan_complaint_recap_get_total (recap)),
                     ==, 4.0);
}

static void
test_empty (void)
{
  g_autoptr(LayananCalendar) calendar = make_calendar ();
  g_autoptr(LayananComplaintRecap) recap = make_recap (calendar);
  const LayananComplaintTally *total = layanan_complaint_recap_get_total (recap);

  assert_tally (total, 0, 0, 0, 0, 0, 0, 0, 0);
  g_assert_true (isnan (layanan_complaint_tally_on_time_rate (total)));
  g_assert_true (isnan (layanan_complaint_tally_average_days (total)));
  g_assert_cmpuint (layanan_complaint_recap_get_n_groups (recap, LAYANAN_COMPLAINT_RECAP_BY_MONTH),
                    ==, 0);
  g_assert_cmpuint (layanan_complaint_recap_get_n_groups (recap,
                                                          LAYANAN_COMPLAINT_RECAP_BY_CATEGORY),
                    ==, 0);
}

/* A bad instant refuses the complaint whole, naming the field; nothing of
 * it is counted anywhere. */
static void
test_bad_input (void)
{
  g_autoptr(LayananCalendar) calendar = make_calendar ();
  g_autoptr(LayananComplaintRecap) recap = make_recap (calendar);
  LayananComplaintRecapInput input = cases[1].input;
  g_autoptr(GError) error = NULL;

  input.received_at = "2026-02-30T10:00:00+07:00";
  g_assert_false (layanan_complaint_recap_add (recap, &input, NULL, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "received at"));
  g_clear_error (&error);

  input = cases[1].input;
  input.closed_at = "kemarin";
  g_assert_false (layanan_complaint_recap_add (recap, &input, NULL, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "closed at"));
  g_assert_nonnull (strstr (error->message, "kemarin"));
  g_clear_error (&error);

  input = cases[1].input;
  input.due_at = "2026-13-01T10:00:00+07:00";
  g_assert_false (layanan_complaint_recap_add (recap, &input, NULL, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "due date"));
  g_clear_error (&error);

  input = cases[1].input;
  input.status = LAYANAN_N_COMPLAINT_STATUSES;
  g_assert_false (layanan_complaint_recap_add (recap, &input, NULL, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);

  assert_tally (layanan_complaint_recap_get_total (recap), 0, 0, 0, 0, 0, 0, 0, 0);
  g_assert_cmpuint (layanan_complaint_recap_get_n_groups (recap, LAYANAN_COMPLAINT_RECAP_BY_MONTH),
                    ==, 0);
  g_assert_cmpuint (layanan_complaint_recap_get_n_groups (recap,
                                                          LAYANAN_COMPLAINT_RECAP_BY_CATEGORY),
                    ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/complaint-recap/outcomes", test_outcomes);
  g_test_add_func ("/core/complaint-recap/totals", test_totals);
  g_test_add_func ("/core/complaint-recap/months", test_months);
  g_test_add_func ("/core/complaint-recap/months-sorted", test_months_sorted);
  g_test_add_func ("/core/complaint-recap/categories", test_categories);
  g_test_add_func ("/core/complaint-recap/enums", test_enums);
  g_test_add_func ("/core/complaint-recap/holiday", test_holiday);
  g_test_add_func ("/core/complaint-recap/empty", test_empty);
  g_test_add_func ("/core/complaint-recap/bad-input", test_bad_input);

  return g_test_run ();
}
