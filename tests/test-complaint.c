/* test-complaint.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "layanan-complaint.h"
#include "layanan-error.h"
#include "layanan-test-util.h"

/* Complaint deadlines and the status flow (DOMAIN.md §3), against the
 * shipped 2026 calendar: Mon–Thu 07:30–16:00 with a 12:00–13:00 break,
 * Fri 07:30–16:30 with 11:30–13:00, and the March block of Nyepi and
 * Idulfitri (18 cuti bersama, 19 libur, 20 cuti, 23–24 cuti bersama).
 * Every expected instant was counted by hand on a wall calendar. */

#define HOURS(n) ((gint64) (n) * 3600)

static LayananCategory *
category_new (gint64              id,
              gint64              value,
              LayananDurationUnit unit)
{
  LayananCategory *category = layanan_category_new ();

  category->id = id;
  category->name = g_strdup_printf ("Category %" G_GINT64_FORMAT, id);
  category->deadline.value = value;
  category->deadline.unit = unit;
  return category;
}

static LayananComplaint *
complaint_new (LayananCalendar *calendar,
               const char      *received_at,
               gint64           value,
               LayananDurationUnit unit)
{
  g_autoptr(LayananCategory) category = category_new (1, value, unit);
  LayananComplaint *complaint = layanan_complaint_new ();

  complaint->received_at = g_strdup (received_at);
  complaint->description = g_strdup ("Jadwal pelayanan tidak diumumkan");
  complaint->channel = LAYANAN_CHANNEL_WHATSAPP;
  layanan_complaint_set_category (complaint, category, calendar);
  return complaint;
}

static void
take_step (LayananComplaint         *complaint,
           LayananCalendar          *calendar,
           LayananComplaintStepKind  kind,
           const char               *at,
           const char               *response)
{
  g_autoptr(LayananComplaintStep) step = layanan_complaint_step_new (kind);
  g_autoptr(GError) error = NULL;

  step->at = g_strdup (at);
  step->response = g_strdup (response);
  step->to_staff_id = kind == LAYANAN_COMPLAINT_STEP_FORWARD ? 7 : 0;
  g_assert_true (layanan_complaint_apply_step (complaint, step, NULL, calendar, &error));
  g_assert_no_error (error);
}

static GDateTime *
instant (const char *text)
{
  GDateTime *parsed = g_date_time_new_from_iso8601 (text, NULL);

  g_assert_nonnull (parsed);
  return parsed;
}

/* Deadlines */

static void
test_three_hours_from_friday (void)
{
  g_autoptr(LayananCalendar) calendar = layanan_test_reference_calendar (TRUE);
  g_autoptr(LayananComplaint) complaint = NULL;

  /* Friday 15:00–16:30 is 1 h 30; Monday from 07:30 gives the other 1 h 30. */
  complaint = complaint_new (calendar, "2026-03-06T15:00:00+07:00", 3, LAYANAN_DURATION_HOURS);
  g_assert_cmpstr (complaint->due_at, ==, "2026-03-09T09:00:00+07:00");
  g_assert_null (complaint->first_response_due_at);
}

static void
test_hours_across_holiday_block (void)
{
  g_autoptr(LayananCalendar) calendar = layanan_test_reference_calendar (TRUE);
  g_autoptr(LayananCalendar) cuti_working = layanan_test_reference_calendar (FALSE);
  g_autoptr(LayananComplaint) complaint = NULL;
  g_autoptr(LayananComplaint) same = NULL;

  /* Tuesday 17 March 15:00–16:00 is one hour; 18 March (cuti bersama) to
   * 24 March are closed, so the other two hours are on Wednesday 25th. */
  complaint = complaint_new (calendar, "2026-03-17T15:00:00+07:00", 3, LAYANAN_DURATION_HOURS);
  g_assert_cmpstr (complaint->due_at, ==, "2026-03-25T09:30:00+07:00");

  /* Where the bureau works on cuti bersama, 18 March counts. */
  same = complaint_new (cuti_working, "2026-03-17T15:00:00+07:00", 3, LAYANAN_DURATION_HOURS);
  g_assert_cmpstr (same->due_at, ==, "2026-03-18T09:30:00+07:00");
}

static void
test_working_days_across_weekend_and_block (void)
{
  g_autoptr(LayananCalendar) calendar = layanan_test_reference_calendar (TRUE);
  g_autoptr(LayananComplaint) five = NULL;
  g_autoptr(LayananComplaint) fourteen = NULL;

  /* Friday 6 March is day 0; the fifth working day is Friday 13th. */
  five = complaint_new (calendar, "2026-03-06T10:00:00+07:00", 5, LAYANAN_DURATION_WORKING_DAYS);
  g_assert_cmpstr (five->due_at, ==, "2026-03-13T16:30:00+07:00");

  /* From Monday 2 March: 3–6 (4), 9–13 (9), 16–17 (11), then the block,
   * then 25, 26, 27 (14). */
  fourteen = complaint_new (calendar, "2026-03-02T08:00:00+07:00", 14,
                            LAYANAN_DURATION_WORKING_DAYS);
  g_assert_cmpstr (fourteen->due_at, ==, "2026-03-27T16:30:00+07:00");
}

static void
test_lapor_first_response (void)
{
  g_autoptr(LayananCalendar) calendar = layanan_test_reference_calendar (TRUE);
  g_autoptr(LayananComplaint) complaint = layanan_complaint_new ();
  g_autoptr(LayananCategory) category = category_new (2, 14, LAYANAN_DURATION_WORKING_DAYS);

  complaint->channel = LAYANAN_CHANNEL_SP4N_LAPOR;
  complaint->received_at = g_strdup ("2026-03-02T08:00:00+07:00");
  layanan_complaint_set_category (complaint, category, calendar);
  g_assert_cmpstr (complaint->first_response_due_at, ==, "2026-03-09T16:00:00+07:00");

  take_step (complaint, calendar, LAYANAN_COMPLAINT_STEP_VERIFY, "2026-03-02T09:00:00+07:00", NULL);
  g_assert_null (complaint->first_response_at);
  take_step (complaint, calendar, LAYANAN_COMPLAINT_STEP_FOLLOW_UP, "2026-03-04T10:00:00+07:00",
             "Laporan sedang kami tindak lanjuti.");
  g_assert_cmpstr (complaint->first_response_at, ==, "2026-03-04T10:00:00+07:00");

  /* Only the first response counts. */
  take_step (complaint, calendar, LAYANAN_COMPLAINT_STEP_RESPOND, "2026-03-05T10:00:00+07:00",
             "Jadwal sudah diumumkan.");
  g_assert_cmpstr (complaint->first_response_at, ==, "2026-03-04T10:00:00+07:00");
}

/* The pause */

static void
test_pause_and_resume (void)
{
  g_autoptr(LayananCalendar) calendar = layanan_test_reference_calendar (TRUE);
  g_autoptr(LayananComplaint) complaint = NULL;

  complaint = complaint_new (calendar, "2026-03-02T08:00:00+07:00", 5,
                             LAYANAN_DURATION_WORKING_DAYS);
  g_assert_cmpstr (complaint->due_at, ==, "2026-03-09T16:00:00+07:00");

  take_step (complaint, calendar, LAYANAN_COMPLAINT_STEP_VERIFY, "2026-03-02T09:00:00+07:00", NULL);
  take_step (complaint, calendar, LAYANAN_COMPLAINT_STEP_AWAIT_COMPLAINANT,
             "2026-03-03T10:00:00+07:00", "Mohon lengkapi nomor pendaftaran Anda.");
  g_assert_cmpint (complaint->status, ==, LAYANAN_COMPLAINT_STATUS_MENUNGGU_PELAPOR);
  g_assert_cmpstr (complaint->paused_at, ==, "2026-03-03T10:00:00+07:00");
  g_assert_cmpstr (complaint->due_at, ==, "2026-03-09T16:00:00+07:00");

  /* Tuesday 10:00–16:00 less the break (5 h), Wednesday (7 h 30),
   * Thursday 07:30–10:00 (2 h 30): two working days, so the deadline moves
   * from Monday 9th to Wednesday 11th. */
  take_step (complaint, calendar, LAYANAN_COMPLAINT_STEP_RESUME, "2026-03-05T10:00:00+07:00", NULL);
  g_assert_cmpint (complaint->status, ==, LAYANAN_COMPLAINT_STATUS_DIVERIFIKASI);
  g_assert_null (complaint->paused_at);
  g_assert_cmpint (complaint->paused_seconds, ==, HOURS (15));
  g_assert_cmpstr (complaint->due_at, ==, "2026-03-11T16:00:00+07:00");

  /* A second pause adds to the first: Monday 9th 13:00–16:00. */
  take_step (complaint, calendar, LAYANAN_COMPLAINT_STEP_AWAIT_COMPLAINANT,
             "2026-03-09T13:00:00+07:00", NULL);
  take_step (complaint, calendar, LAYANAN_COMPLAINT_STEP_RESUME, "2026-03-10T07:00:00+07:00", NULL);
  g_assert_cmpint (complaint->paused_seconds, ==, HOURS (18));
  g_assert_cmpstr (complaint->due_at, ==, "2026-03-12T10:30:00+07:00");
}

static void
test_settle_while_paused (void)
{
  g_autoptr(LayananCalendar) calendar = layanan_test_reference_calendar (TRUE);
  g_autoptr(LayananComplaint) complaint = NULL;
  int days = -1;
  gboolean on_time = FALSE;

  complaint = complaint_new (calendar, "2026-03-02T08:00:00+07:00", 5,
                             LAYANAN_DURATION_WORKING_DAYS);
  take_step (complaint, calendar, LAYANAN_COMPLAINT_STEP_VERIFY, "2026-03-02T09:00:00+07:00", NULL);
  take_step (complaint, calendar, LAYANAN_COMPLAINT_STEP_AWAIT_COMPLAINANT,
             "2026-03-03T10:00:00+07:00", NULL);

  /* The complainant answers on Wednesday 11th and the complaint is settled
   * at once: the pause moved the deadline past it. */
  take_step (complaint, calendar, LAYANAN_COMPLAINT_STEP_SETTLE, "2026-03-11T09:00:00+07:00",
             "Nomor pendaftaran sudah kami terima dan berkas Anda diproses.");
  g_assert_cmpint (complaint->status, ==, LAYANAN_COMPLAINT_STATUS_SELESAI);
  g_assert_cmpstr (complaint->closed_at, ==, "2026-03-11T09:00:00+07:00");
  g_assert_true (layanan_complaint_settlement (complaint, calendar, &days, &on_time));
  g_assert_cmpint (days, ==, 7);
  g_assert_true (on_time);
}

static void
test_auto_close (void)
{
  g_autoptr(LayananCalendar) calendar = layanan_test_reference_calendar (TRUE);
  g_autoptr(LayananComplaint) complaint = NULL;
  g_autoptr(GDateTime) close_at = NULL;
  g_autoptr(GDateTime) due_before = NULL;
  g_autoptr(GDateTime) due_after = NULL;
  g_autofree char *close_text = NULL;
  gboolean on_time = FALSE;

  complaint = complaint_new (calendar, "2026-04-09T09:00:00+07:00", 14,
                             LAYANAN_DURATION_WORKING_DAYS);
  g_assert_null (layanan_complaint_auto_close_at (complaint, calendar));

  take_step (complaint, calendar, LAYANAN_COMPLAINT_STEP_VERIFY, "2026-04-09T10:00:00+07:00", NULL);
  take_step (complaint, calendar, LAYANAN_COMPLAINT_STEP_FOLLOW_UP, "2026-04-10T09:00:00+07:00",
             NULL);
  take_step (complaint, calendar, LAYANAN_COMPLAINT_STEP_AWAIT_COMPLAINANT,
             "2026-04-10T10:00:00+07:00", "Mohon konfirmasi apakah masalah sudah selesai.");
  due_before = instant (complaint->due_at);

  /* Ten working days after Friday 10 April: 13–17 and 20–24 April. */
  close_at = layanan_complaint_auto_close_at (complaint, calendar);
  close_text = g_date_time_format (close_at, "%Y-%m-%dT%H:%M:%S%:z");
  g_assert_cmpstr (close_text, ==, "2026-04-24T16:30:00+07:00");

  take_step (complaint, calendar, LAYANAN_COMPLAINT_STEP_AUTO_CLOSE, close_text, NULL);
  g_assert_cmpint (complaint->status, ==, LAYANAN_COMPLAINT_STATUS_DITUTUP);
  g_assert_cmpstr (complaint->closed_at, ==, close_text);
  g_assert_null (complaint->paused_at);
  g_assert_null (layanan_complaint_auto_close_at (complaint, calendar));

  /* Friday 10:00–16:30 less the break (5 h) and ten full days (75 h): the
   * silence does not count against the bureau. */
  g_assert_cmpint (complaint->paused_seconds, ==, HOURS (80));
  due_after = instant (complaint->due_at);
  g_assert_cmpint (layanan_calendar_working_seconds_between (calendar, due_before, due_after),
                   ==, HOURS (80));
  g_assert_true (layanan_complaint_settlement (complaint, calendar, NULL, &on_time));
  g_assert_true (on_time);
}

/* Category */

static void
test_category_change (void)
{
  g_autoptr(LayananCalendar) calendar = layanan_test_reference_calendar (TRUE);
  g_autoptr(LayananComplaint) complaint = NULL;
  g_autoptr(LayananCategory) normatif = category_new (2, 5, LAYANAN_DURATION_WORKING_DAYS);
  g_autoptr(LayananComplaintStep) step = layanan_complaint_step_new (LAYANAN_COMPLAINT_STEP_RECATEGORIZE);
  g_autoptr(LayananComplaintStep) no_category = NULL;
  g_autoptr(GError) error = NULL;

  complaint = complaint_new (calendar, "2026-03-02T08:00:00+07:00", 14,
                             LAYANAN_DURATION_WORKING_DAYS);
  take_step (complaint, calendar, LAYANAN_COMPLAINT_STEP_VERIFY, "2026-03-02T09:00:00+07:00", NULL);
  g_assert_cmpstr (complaint->due_at, ==, "2026-03-27T16:30:00+07:00");

  no_category = layanan_complaint_step_copy (step);
  no_category->at = g_strdup ("2026-03-03T09:00:00+07:00");
  g_assert_false (layanan_complaint_apply_step (complaint, no_category, NULL, calendar, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);

  step->at = g_strdup ("2026-03-03T09:00:00+07:00");
  step->note = g_strdup ("Cukup dijawab dengan ketentuan yang berlaku");
  g_assert_true (layanan_complaint_apply_step (complaint, step, normatif, calendar, NULL));
  g_assert_cmpint (complaint->category_id, ==, 2);
  g_assert_cmpint (complaint->category_deadline.value, ==, 5);
  g_assert_cmpstr (complaint->due_at, ==, "2026-03-09T16:00:00+07:00");
  g_assert_cmpint (step->from_status, ==, LAYANAN_COMPLAINT_STATUS_DIVERIFIKASI);
  g_assert_cmpint (step->to_status, ==, LAYANAN_COMPLAINT_STATUS_DIVERIFIKASI);
}

/* The flow */

static void
test_full_flow (void)
{
  g_autoptr(LayananCalendar) calendar = layanan_test_reference_calendar (TRUE);
  g_autoptr(LayananComplaint) complaint = NULL;
  int days = -1;
  gboolean on_time = FALSE;

  complaint = complaint_new (calendar, "2026-03-02T08:00:00+07:00", 5,
                             LAYANAN_DURATION_WORKING_DAYS);
  take_step (complaint, calendar, LAYANAN_COMPLAINT_STEP_VERIFY, "2026-03-02T09:00:00+07:00", NULL);
  take_step (complaint, calendar, LAYANAN_COMPLAINT_STEP_FORWARD, "2026-03-02T10:00:00+07:00", NULL);
  g_assert_cmpint (complaint->status, ==, LAYANAN_COMPLAINT_STATUS_DITERUSKAN);
  g_assert_cmpint (complaint->assigned_staff_id, ==, 7);
  take_step (complaint, calendar, LAYANAN_COMPLAINT_STEP_FOLLOW_UP, "2026-03-03T10:00:00+07:00",
             NULL);
  take_step (complaint, calendar, LAYANAN_COMPLAINT_STEP_SETTLE, "2026-03-10T10:00:00+07:00",
             "Jadwal sudah diumumkan di papan informasi.");

  /* Settled a day after Monday 9th 16:00: late, after six working days. */
  g_assert_true (layanan_complaint_settlement (complaint, calendar, &days, &on_time));
  g_assert_cmpint (days, ==, 6);
  g_assert_false (on_time);
}

static void
test_refused_steps_change_nothing (void)
{
  g_autoptr(LayananCalendar) calendar = layanan_test_reference_calendar (TRUE);
  g_autoptr(LayananComplaint) complaint = NULL;
  g_autoptr(LayananComplaint) before = NULL;
  struct {
    LayananComplaintStepKind kind;
    const char *at;
  } refused[] = {
    { LAYANAN_COMPLAINT_STEP_SETTLE, "2026-03-03T09:00:00+07:00" },         /* no response */
    { LAYANAN_COMPLAINT_STEP_FORWARD, "2026-03-03T09:00:00+07:00" },        /* to nobody */
    { LAYANAN_COMPLAINT_STEP_REJECT, "2026-03-03T09:00:00+07:00" },         /* not from here */
    { LAYANAN_COMPLAINT_STEP_REOPEN, "2026-03-03T09:00:00+07:00" },         /* not closed */
    { LAYANAN_COMPLAINT_STEP_RESUME, "2026-03-03T09:00:00+07:00" },         /* not paused */
    { LAYANAN_COMPLAINT_STEP_RESPOND, "2026-03-03T09:00:00+07:00" },        /* empty */
    { LAYANAN_COMPLAINT_STEP_VERIFY, "31/02/2026" },                         /* no such day */
  };

  complaint = complaint_new (calendar, "2026-03-02T08:00:00+07:00", 5,
                             LAYANAN_DURATION_WORKING_DAYS);
  take_step (complaint, calendar, LAYANAN_COMPLAINT_STEP_VERIFY, "2026-03-02T09:00:00+07:00", NULL);
  take_step (complaint, calendar, LAYANAN_COMPLAINT_STEP_FOLLOW_UP, "2026-03-02T10:00:00+07:00",
             NULL);
  before = layanan_complaint_copy (complaint);

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(LayananComplaintStep) step = layanan_complaint_step_new (refused[i].kind);
      g_autoptr(GError) error = NULL;

      step->at = g_strdup (refused[i].at);
      g_assert_false (layanan_complaint_apply_step (complaint, step, NULL, calendar, &error));
      g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
      g_assert_cmpint (complaint->status, ==, before->status);
      g_assert_cmpstr (complaint->due_at, ==, before->due_at);
      g_assert_null (complaint->closed_at);
    }
}

static void
test_reject_and_reopen_need_reasons (void)
{
  g_autoptr(LayananCalendar) calendar = layanan_test_reference_calendar (TRUE);
  g_autoptr(LayananComplaint) complaint = NULL;
  g_autoptr(LayananComplaintStep) reject = layanan_complaint_step_new (LAYANAN_COMPLAINT_STEP_REJECT);
  g_autoptr(LayananComplaintStep) reopen = layanan_complaint_step_new (LAYANAN_COMPLAINT_STEP_REOPEN);
  g_autoptr(GError) error = NULL;

  complaint = complaint_new (calendar, "2026-03-02T08:00:00+07:00", 5,
                             LAYANAN_DURATION_WORKING_DAYS);
  reject->at = g_strdup ("2026-03-02T09:00:00+07:00");
  g_assert_false (layanan_complaint_apply_step (complaint, reject, NULL, calendar, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_assert_cmpint (complaint->status, ==, LAYANAN_COMPLAINT_STATUS_DITERIMA);
  g_clear_error (&error);

  reject->note = g_strdup ("Isi laporan tidak jelas");
  g_assert_true (layanan_complaint_apply_step (complaint, reject, NULL, calendar, NULL));
  g_assert_cmpint (complaint->status, ==, LAYANAN_COMPLAINT_STATUS_DITOLAK);
  g_assert_nonnull (complaint->closed_at);

  reopen->at = g_strdup ("2026-03-03T09:00:00+07:00");
  g_assert_false (layanan_complaint_apply_step (complaint, reopen, NULL, calendar, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_assert_cmpint (complaint->status, ==, LAYANAN_COMPLAINT_STATUS_DITOLAK);

  reopen->note = g_strdup ("Pelapor melengkapi keterangan");
  g_assert_true (layanan_complaint_apply_step (complaint, reopen, NULL, calendar, NULL));
  g_assert_cmpint (complaint->status, ==, LAYANAN_COMPLAINT_STATUS_DITINDAKLANJUTI);
  g_assert_null (complaint->closed_at);
}

/* Validation */

static void
assert_invalid (LayananComplaint *complaint,
                GDateTime        *now,
                const char       *fragment)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (layanan_complaint_validate (complaint, now, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, fragment));
}

static void
test_validate (void)
{
  g_autoptr(LayananCalendar) calendar = layanan_test_reference_calendar (TRUE);
  g_autoptr(GDateTime) now = instant ("2026-03-02T10:00:00+07:00");
  g_autoptr(LayananComplaint) valid = NULL;
  g_autoptr(LayananComplaint) complaint = NULL;
  g_autoptr(GError) error = NULL;

  valid = complaint_new (calendar, "2026-03-02T08:00:00+07:00", 5, LAYANAN_DURATION_WORKING_DAYS);
  g_assert_true (layanan_complaint_validate (valid, now, &error));
  g_assert_no_error (error);

  complaint = layanan_complaint_copy (valid);
  g_free (complaint->received_at);
  complaint->received_at = g_strdup ("2026-03-02T11:00:00+07:00");
  assert_invalid (complaint, now, "future");
  g_free (complaint->received_at);
  complaint->received_at = g_strdup ("2026-02-31T11:00:00+07:00");
  assert_invalid (complaint, now, "2026-02-31");
  layanan_complaint_free (complaint);

  complaint = layanan_complaint_copy (valid);
  complaint->category_id = 0;
  assert_invalid (complaint, now, "category");
  layanan_complaint_free (complaint);

  complaint = layanan_complaint_copy (valid);
  g_free (complaint->description);
  complaint->description = g_strdup ("  ");
  assert_invalid (complaint, now, "Describe");
  layanan_complaint_free (complaint);

  complaint = layanan_complaint_copy (valid);
  complaint->channel = LAYANAN_N_CHANNEL_KINDS;
  assert_invalid (complaint, now, "channel");
  complaint->channel = LAYANAN_CHANNEL_WHATSAPP;
  complaint->lapor_number = g_strdup ("1916449");
  assert_invalid (complaint, now, "SP4N-LAPOR!");
  complaint->channel = LAYANAN_CHANNEL_SP4N_LAPOR;
  g_assert_true (layanan_complaint_validate (complaint, now, NULL));
  g_free (complaint->lapor_number);
  complaint->lapor_number = g_strdup ("LAP-19x");
  assert_invalid (complaint, now, "LAP-19x");
  layanan_complaint_free (complaint);

  complaint = layanan_complaint_copy (valid);
  complaint->anonymous = TRUE;
  g_assert_true (layanan_complaint_validate (complaint, now, NULL));
  complaint->complainant_name = g_strdup ("Siti Aminah");
  assert_invalid (complaint, now, "anonymous");
  layanan_complaint_free (g_steal_pointer (&complaint));
}

static void
test_lapor_number (void)
{
  const char *good[][2] = {
    { "#1916449", "1916449" }, { " 1916449 ", "1916449" }, { "10234567890", "10234567890" },
  };
  const char *bad[] = { "", "#", "1234", "19164x9", "LAP1916449", "1916 449", "1234567890123" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autofree char *normalized = NULL;

      g_assert_true (layanan_lapor_number_normalize (good[i][0], &normalized, NULL));
      g_assert_cmpstr (normalized, ==, good[i][1]);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *normalized = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_false (layanan_lapor_number_normalize (bad[i], &normalized, &error));
      g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
      g_assert_null (normalized);
    }
}

/* Names */

/* Every value of an enum, written with @to_text, reads back with @from_text
 * as the same value. A macro: each enum has its own type. */
#define ASSERT_ROUND_TRIP(Type, n_values, to_text, from_text) \
  for (Type value = 0; value < (n_values); value++)          \
    {                                                          \
      Type back = (n_values);                                  \
                                                               \
      g_assert_true (from_text (to_text (value), &back));      \
      g_assert_cmpint (back, ==, value);                       \
    }

static void
test_keys_round_trip (void)
{
  ASSERT_ROUND_TRIP (LayananChannelKind, LAYANAN_N_CHANNEL_KINDS,
                     layanan_channel_kind_to_key, layanan_channel_kind_from_key);
  ASSERT_ROUND_TRIP (LayananChannelKind, LAYANAN_N_CHANNEL_KINDS,
                     layanan_channel_kind_get_official_name, layanan_channel_kind_parse);
  ASSERT_ROUND_TRIP (LayananComplaintStatus, LAYANAN_N_COMPLAINT_STATUSES,
                     layanan_complaint_status_to_key, layanan_complaint_status_from_key);
  ASSERT_ROUND_TRIP (LayananComplaintStatus, LAYANAN_N_COMPLAINT_STATUSES,
                     layanan_complaint_status_to_key, layanan_complaint_status_parse);
  ASSERT_ROUND_TRIP (LayananComplaintStepKind, LAYANAN_N_COMPLAINT_STEPS,
                     layanan_complaint_step_kind_to_key, layanan_complaint_step_kind_from_key);
}

#undef ASSERT_ROUND_TRIP

static void
test_parse_what_people_write (void)
{
  LayananChannelKind channel;
  LayananComplaintStatus status;
  LayananComplaintKind kind;

  g_assert_true (layanan_channel_kind_parse ("WA", &channel));
  g_assert_cmpint (channel, ==, LAYANAN_CHANNEL_WHATSAPP);
  g_assert_true (layanan_channel_kind_parse ("lapor.go.id", &channel));
  g_assert_cmpint (channel, ==, LAYANAN_CHANNEL_SP4N_LAPOR);
  g_assert_true (layanan_channel_kind_parse ("Tatap muka", &channel));
  g_assert_cmpint (channel, ==, LAYANAN_CHANNEL_TATAP_MUKA);
  g_assert_true (layanan_channel_kind_parse ("E-mail", &channel));
  g_assert_cmpint (channel, ==, LAYANAN_CHANNEL_EMAIL);
  g_assert_false (layanan_channel_kind_parse ("Pos", &channel));
  g_assert_false (layanan_channel_kind_parse ("", &channel));

  g_assert_true (layanan_complaint_status_parse ("Dalam Proses", &status));
  g_assert_cmpint (status, ==, LAYANAN_COMPLAINT_STATUS_DITINDAKLANJUTI);
  g_assert_true (layanan_complaint_status_parse ("Bukan Wewenang", &status));
  g_assert_cmpint (status, ==, LAYANAN_COMPLAINT_STATUS_BUKAN_WEWENANG);
  g_assert_false (layanan_complaint_status_parse ("Entah", &status));

  g_assert_true (layanan_complaint_kind_parse ("Permintaan Informasi", &kind));
  g_assert_cmpint (kind, ==, LAYANAN_COMPLAINT_KIND_PERMINTAAN_INFORMASI);
  g_assert_true (layanan_complaint_kind_parse ("aspirasi", &kind));
  g_assert_cmpint (kind, ==, LAYANAN_COMPLAINT_KIND_ASPIRASI);
}

static void
test_step_allowed_matches_apply (void)
{
  g_autoptr(LayananCalendar) calendar = layanan_test_reference_calendar (TRUE);
  g_autoptr(LayananCategory) category = category_new (3, 3, LAYANAN_DURATION_HOURS);

  /* Whatever the greying says is what applying does, for every pair. */
  for (LayananComplaintStatus status = 0; status < LAYANAN_N_COMPLAINT_STATUSES; status++)
    for (LayananComplaintStepKind kind = 0; kind < LAYANAN_N_COMPLAINT_STEPS; kind++)
      {
        g_autoptr(LayananComplaint) complaint = complaint_new (calendar,
                                                               "2026-03-02T08:00:00+07:00", 5,
                                                               LAYANAN_DURATION_WORKING_DAYS);
        g_autoptr(LayananComplaintStep) step = layanan_complaint_step_new (kind);

        complaint->status = status;
        step->at = g_strdup ("2026-03-03T09:00:00+07:00");
        step->note = g_strdup ("alasan");
        step->response = g_strdup ("tanggapan");
        step->to_name = g_strdup ("Ombudsman RI");
        step->to_unit_id = 4;
        g_assert_cmpint (layanan_complaint_apply_step (complaint, step, category, calendar, NULL),
                         ==, layanan_complaint_step_is_allowed (kind, status));
      }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/complaint/deadline/three-hours-from-friday", test_three_hours_from_friday);
  g_test_add_func ("/core/complaint/deadline/hours-across-holiday-block",
                   test_hours_across_holiday_block);
  g_test_add_func ("/core/complaint/deadline/working-days", test_working_days_across_weekend_and_block);
  g_test_add_func ("/core/complaint/deadline/lapor-first-response", test_lapor_first_response);
  g_test_add_func ("/core/complaint/pause/resume", test_pause_and_resume);
  g_test_add_func ("/core/complaint/pause/settle", test_settle_while_paused);
  g_test_add_func ("/core/complaint/pause/auto-close", test_auto_close);
  g_test_add_func ("/core/complaint/category-change", test_category_change);
  g_test_add_func ("/core/complaint/flow/full", test_full_flow);
  g_test_add_func ("/core/complaint/flow/refused", test_refused_steps_change_nothing);
  g_test_add_func ("/core/complaint/flow/reasons", test_reject_and_reopen_need_reasons);
  g_test_add_func ("/core/complaint/flow/allowed-matches-apply", test_step_allowed_matches_apply);
  g_test_add_func ("/core/complaint/validate", test_validate);
  g_test_add_func ("/core/complaint/lapor-number", test_lapor_number);
  g_test_add_func ("/core/complaint/names/keys", test_keys_round_trip);
  g_test_add_func ("/core/complaint/names/parse", test_parse_what_people_write);

  return g_test_run ();
}
