/* test-complaint-watch.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "layanan-complaint-watch.h"
#include "layanan-date.h"
#include "layanan-startup.h"
#include "layanan-test-util.h"

typedef struct
{
  char            *dir;
  char            *path;
  LayananDatabase *database;
  LayananCalendar *calendar;
  LayananCategory *category;   /* 5 working days */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = layanan_test_make_tmp_dir ("complaint-watch");
  fixture->path = g_build_filename (fixture->dir, "layanan.sqlite", NULL);
  fixture->database = layanan_startup_open (fixture->path, &error);
  g_assert_no_error (error);
  fixture->calendar = layanan_database_load_calendar (fixture->database, &error);
  g_assert_no_error (error);

  fixture->category = layanan_test_add_category (fixture->database,
                                                 "Pengaduan uji 5 hari kerja", 5);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  layanan_category_free (fixture->category);
  g_clear_object (&fixture->calendar);
  g_clear_object (&fixture->database);
  layanan_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static LayananComplaint *
add_complaint (Fixture    *fixture,
               const char *received_at)
{
  LayananComplaint *complaint = layanan_complaint_new ();
  g_autoptr(GError) error = NULL;

  complaint->unit_id = fixture->category->unit_id;
  complaint->received_at = g_strdup (received_at);
  complaint->channel = LAYANAN_CHANNEL_WHATSAPP;
  complaint->complainant_name = g_strdup ("Pelapor Uji");
  complaint->description = g_strdup ("Antrean layanan terlalu lama");
  layanan_complaint_set_category (complaint, fixture->category, fixture->calendar);
  layanan_database_add_complaint (fixture->database, complaint, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (complaint->id, >, 0);
  return complaint;
}

/* One minute after @instant. */
static GDateTime *
just_after (const char *instant)
{
  g_autoptr(GDateTime) parsed = layanan_date_time_parse (instant, NULL, NULL);

  g_assert_nonnull (parsed);
  return g_date_time_add_minutes (parsed, 1);
}

static GArray *
check (LayananComplaintWatch *watch,
       GDateTime             *now,
       guint                 *n_closed)
{
  g_autoptr(GError) error = NULL;
  GArray *newly = NULL;

  g_assert_true (layanan_complaint_watch_check (watch, now, &newly, n_closed, &error));
  g_assert_no_error (error);
  g_assert_nonnull (newly);
  return newly;
}

static void
test_newly_overdue (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(LayananComplaint) early = add_complaint (fixture, "2026-03-02T09:00:00+07:00");
  g_autoptr(LayananComplaint) late = add_complaint (fixture, "2026-03-12T09:00:00+07:00");
  g_autoptr(LayananComplaintWatch) watch = layanan_complaint_watch_new (fixture->path);
  g_autoptr(GDateTime) early_overdue = just_after (early->due_at);
  g_autoptr(GDateTime) late_overdue = just_after (late->due_at);
  g_autoptr(GArray) first = NULL;
  g_autoptr(GArray) second = NULL;
  g_autoptr(GArray) again = NULL;
  guint n_closed = 99;

  /* The fixture only means something if the second falls due after the first. */
  g_assert_cmpint (g_date_time_compare (late_overdue, early_overdue), >, 0);

  /* The first check notes the overdue one without announcing it. */
  first = check (watch, early_overdue, &n_closed);
  g_assert_cmpuint (first->len, ==, 0);
  g_assert_cmpuint (n_closed, ==, 0);

  /* Once the second passes its deadline, it alone is new. */
  second = check (watch, late_overdue, NULL);
  g_assert_cmpuint (second->len, ==, 1);
  g_assert_cmpint (g_array_index (second, gint64, 0), ==, late->id);

  /* Nothing is announced twice. */
  again = check (watch, late_overdue, NULL);
  g_assert_cmpuint (again->len, ==, 0);
}

static void
test_settled_not_overdue (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(LayananComplaint) complaint = add_complaint (fixture, "2026-03-02T09:00:00+07:00");
  g_autoptr(LayananComplaintWatch) watch = layanan_complaint_watch_new (fixture->path);
  g_autoptr(GDateTime) before = g_date_time_new_from_iso8601 ("2026-03-02T10:00:00+07:00",
                                                               NULL);
  g_autoptr(GDateTime) overdue = just_after (complaint->due_at);
  g_autoptr(LayananComplaintStep) verify = NULL;
  g_autoptr(LayananComplaintStep) settle = NULL;
  g_autoptr(GArray) first = NULL;
  g_autoptr(GArray) later = NULL;
  g_autoptr(GError) error = NULL;

  first = check (watch, before, NULL);
  g_assert_cmpuint (first->len, ==, 0);

  verify = layanan_complaint_step_new (LAYANAN_COMPLAINT_STEP_VERIFY);
  settle = layanan_complaint_step_new (LAYANAN_COMPLAINT_STEP_SETTLE);
  /* Settled before its deadline, it never becomes overdue. */
  verify->at = g_strdup ("2026-03-02T11:00:00+07:00");
  settle->at = g_strdup ("2026-03-03T11:00:00+07:00");
  settle->response = g_strdup ("Antrean sudah dipercepat");
  g_assert_true (layanan_complaint_apply_step (complaint, verify, NULL, fixture->calendar,
                                               &error));
  g_assert_true (layanan_database_add_complaint_step (fixture->database, complaint, verify,
                                                      &error));
  g_assert_true (layanan_complaint_apply_step (complaint, settle, NULL, fixture->calendar,
                                               &error));
  g_assert_true (layanan_database_add_complaint_step (fixture->database, complaint, settle,
                                                      &error));
  g_assert_no_error (error);

  later = check (watch, overdue, NULL);
  g_assert_cmpuint (later->len, ==, 0);
}

/* A complaint put on hold for its complainant at @paused_at. */
static LayananComplaint *
add_waiting_complaint (Fixture    *fixture,
                       const char *paused_at)
{
  LayananComplaint *complaint = add_complaint (fixture, "2026-03-02T09:00:00+07:00");
  g_autoptr(LayananComplaintStep) await = NULL;
  g_autoptr(GError) error = NULL;

  await = layanan_complaint_step_new (LAYANAN_COMPLAINT_STEP_AWAIT_COMPLAINANT);
  await->at = g_strdup (paused_at);
  g_assert_true (layanan_complaint_apply_step (complaint, await, NULL, fixture->calendar,
                                               &error));
  g_assert_true (layanan_database_add_complaint_step (fixture->database, complaint, await,
                                                      &error));
  g_assert_no_error (error);
  return complaint;
}

static LayananComplaint *
reload (Fixture                *fixture,
        const LayananComplaint *complaint)
{
  g_autoptr(GError) error = NULL;
  LayananComplaint *loaded = layanan_database_load_complaint (fixture->database, complaint->id,
                                                              &error);

  g_assert_no_error (error);
  return loaded;
}

static void
test_auto_close (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(LayananComplaint) waiting = add_waiting_complaint (fixture,
                                                               "2026-03-03T10:00:00+07:00");
  g_autoptr(LayananComplaintWatch) watch = layanan_complaint_watch_new (fixture->path);
  g_autoptr(GDateTime) close_at = layanan_complaint_auto_close_at (waiting, fixture->calendar);
  g_autoptr(GDateTime) before = g_date_time_add_minutes (close_at, -1);
  g_autoptr(GDateTime) after = g_date_time_add_days (close_at, 3);
  g_autoptr(LayananComplaint) still = NULL;
  g_autoptr(LayananComplaint) closed = NULL;
  g_autoptr(GDateTime) closed_at = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(GArray) newly = NULL;
  g_autoptr(GError) error = NULL;
  LayananComplaintStep *last;
  guint n_closed = 99;

  g_assert_nonnull (close_at);
  layanan_database_set_complaint_auto_close (fixture->database, TRUE, &error);
  g_assert_no_error (error);

  /* A minute before the silence runs out it still waits. */
  g_clear_pointer (&newly, g_array_unref);
  newly = check (watch, before, &n_closed);
  g_assert_cmpuint (n_closed, ==, 0);
  still = reload (fixture, waiting);
  g_assert_cmpint (still->status, ==, LAYANAN_COMPLAINT_STATUS_MENUNGGU_PELAPOR);

  /* Seen days later, it closed at the instant the silence ran out. */
  g_clear_pointer (&newly, g_array_unref);
  newly = check (watch, after, &n_closed);
  g_assert_cmpuint (n_closed, ==, 1);
  closed = reload (fixture, waiting);
  g_assert_cmpint (closed->status, ==, LAYANAN_COMPLAINT_STATUS_DITUTUP);
  closed_at = layanan_date_time_parse (closed->closed_at, NULL, NULL);
  g_assert_nonnull (closed_at);
  g_assert_true (g_date_time_equal (closed_at, close_at));

  steps = layanan_database_list_complaint_steps (fixture->database, waiting->id, &error);
  g_assert_no_error (error);
  last = g_ptr_array_index (steps, steps->len - 1);
  g_assert_cmpint (last->kind, ==, LAYANAN_COMPLAINT_STEP_AUTO_CLOSE);
  g_assert_cmpint (last->from_status, ==, LAYANAN_COMPLAINT_STATUS_MENUNGGU_PELAPOR);

  /* Closed once: the next check finds nothing to close. */
  g_clear_pointer (&newly, g_array_unref);
  newly = check (watch, after, &n_closed);
  g_assert_cmpuint (n_closed, ==, 0);
}

static void
test_auto_close_off (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(LayananComplaint) waiting = add_waiting_complaint (fixture,
                                                               "2026-03-03T10:00:00+07:00");
  g_autoptr(LayananComplaintWatch) watch = layanan_complaint_watch_new (fixture->path);
  g_autoptr(GDateTime) close_at = layanan_complaint_auto_close_at (waiting, fixture->calendar);
  g_autoptr(GDateTime) after = g_date_time_add_days (close_at, 30);
  g_autoptr(LayananComplaint) still = NULL;
  g_autoptr(GArray) newly = NULL;
  guint n_closed = 99;

  /* The setting is off by default: the complaint waits however long. */
  g_assert_false (layanan_database_get_complaint_auto_close (fixture->database));
  newly = check (watch, after, &n_closed);
  g_assert_cmpuint (n_closed, ==, 0);
  still = reload (fixture, waiting);
  g_assert_cmpint (still->status, ==, LAYANAN_COMPLAINT_STATUS_MENUNGGU_PELAPOR);
}

typedef struct
{
  GMainLoop *loop;
  GArray    *newly;
  guint      n_closed;
  GError    *error;
} AsyncWait;

static void
checked_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  AsyncWait *wait = user_data;

  layanan_complaint_watch_check_finish (LAYANAN_COMPLAINT_WATCH (source), result, &wait->newly,
                                        &wait->n_closed, &wait->error);
  g_main_loop_quit (wait->loop);
}

static void
test_async (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(LayananComplaint) complaint = add_complaint (fixture, "2026-03-02T09:00:00+07:00");
  g_autoptr(LayananComplaintWatch) watch = layanan_complaint_watch_new (fixture->path);
  g_autoptr(GDateTime) before = g_date_time_new_from_iso8601 ("2026-03-02T10:00:00+07:00",
                                                               NULL);
  g_autoptr(GDateTime) overdue = just_after (complaint->due_at);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  AsyncWait wait = { loop, NULL, 0, NULL };

  layanan_complaint_watch_check_async (watch, before, NULL, checked_cb, &wait);
  g_main_loop_run (loop);
  g_assert_no_error (wait.error);
  g_assert_cmpuint (wait.newly->len, ==, 0);
  g_clear_pointer (&wait.newly, g_array_unref);

  layanan_complaint_watch_check_async (watch, overdue, NULL, checked_cb, &wait);
  g_main_loop_run (loop);
  g_assert_no_error (wait.error);
  g_assert_cmpuint (wait.newly->len, ==, 1);
  g_assert_cmpint (g_array_index (wait.newly, gint64, 0), ==, complaint->id);
  g_clear_pointer (&wait.newly, g_array_unref);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/jobs/complaint-watch/newly-overdue", test_newly_overdue);
  ADD ("/jobs/complaint-watch/settled-not-overdue", test_settled_not_overdue);
  ADD ("/jobs/complaint-watch/auto-close", test_auto_close);
  ADD ("/jobs/complaint-watch/auto-close-off", test_auto_close_off);
  ADD ("/jobs/complaint-watch/async", test_async);

#undef ADD

  return g_test_run ();
}
