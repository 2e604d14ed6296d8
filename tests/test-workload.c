/* test-workload.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>

#include "layanan-database.h"
#include "layanan-error.h"
#include "layanan-test-util.h"

/* A bureau seen on Thursday 26 March 2026, 10:00 WIB, over February and
 * March. The shipped calendar closes 16–17 February (Imlek) and 18–24
 * March (Nyepi, Idulfitri); Friday 27 March ends the working week.
 *
 * Biro Kesra > Bagian Tata Usaha (Budi, and Citra who left) > Subbagian
 * Umum (Ani). Working days below count after the first day up to and
 * including the last, by hand from that calendar. */

#define NOW "2026-03-26T10:00:00+07:00"
#define FROM "2026-02-01"
#define TO "2026-03-31"

typedef struct
{
  char            *dir;
  LayananDatabase *database;
  gint64           biro;
  gint64           bagian;
  gint64           subbagian;
  gint64           ani;
  gint64           budi;
  gint64           citra;
  gint64           category;
  guint            next_number;
  gint64           letter_l3;
  gint64           complaint_c3;
} Fixture;

static gint64
add_staff (Fixture    *fixture,
           gint64      unit_id,
           const char *name,
           gboolean    active)
{
  g_autoptr(GError) error = NULL;
  LayananStaff staff = { 0, unit_id, NULL, (char *) name, NULL, NULL, active };

  layanan_database_save_staff (fixture->database, &staff, &error);
  g_assert_no_error (error);
  g_assert_cmpint (staff.id, >, 0);

  return staff.id;
}

static gint64
add_letter (Fixture    *fixture,
            const char *status,
            const char *due_at)
{
  g_autofree char *sql = NULL;
  guint number = ++fixture->next_number;

  sql = g_strdup_printf ("INSERT INTO letters (unit_id, agenda_year, agenda_number, "
                         "  received_at, nomor, nomor_key, pengirim, pengirim_key, hal, hal_key, "
                         "  due_at, status, void_reason, created_at, updated_at) "
                         "VALUES (%" G_GINT64_FORMAT ", 2026, %u, '2026-01-30T08:00:00+07:00', "
                         "  'N-%u', 'n-%u', 'Dinas', 'dinas', 'Surat %u', 'surat %u', %s%s%s, "
                         "  '%s', %s, layanan_now (), layanan_now ())",
                         fixture->biro, number, number, number, number, number,
                         due_at != NULL ? "'" : "", due_at != NULL ? due_at : "NULL",
                         due_at != NULL ? "'" : "", status,
                         g_str_equal (status, "batal") ? "'salah catat'" : "NULL");
  layanan_test_exec (fixture->database, sql);

  return layanan_test_query_int (fixture->database, "SELECT max (id) FROM letters");
}

static gint64
add_disposition (Fixture    *fixture,
                 gint64      letter_id,
                 gint64      staff_id,
                 gint64      unit_id,
                 gint64      parent_id,
                 const char *created_at,
                 const char *due_date,
                 const char *done_at)
{
  g_autofree char *sql = NULL;
  g_autofree char *due = due_date != NULL ? g_strdup_printf ("'%s'", due_date) : g_strdup ("NULL");
  g_autofree char *done = done_at != NULL ? g_strdup_printf ("'%s'", done_at) : g_strdup ("NULL");

  sql = g_strdup_printf ("INSERT INTO dispositions (letter_id, parent_id, from_name, to_staff_id, "
                         "  to_unit_id, due_date, created_at, done_at) "
                         "VALUES (%" G_GINT64_FORMAT ", nullif (%" G_GINT64_FORMAT ", 0), "
                         "  'Kepala Biro', nullif (%" G_GINT64_FORMAT ", 0), "
                         "  nullif (%" G_GINT64_FORMAT ", 0), %s, '%s', %s)",
                         letter_id, parent_id, staff_id, unit_id, due, created_at, done);
  layanan_test_exec (fixture->database, sql);

  return layanan_test_query_int (fixture->database, "SELECT max (id) FROM dispositions");
}

static gint64
add_complaint (Fixture    *fixture,
               gint64      staff_id,
               const char *status,
               const char *received_at,
               const char *due_at,
               const char *closed_at)
{
  g_autofree char *sql = NULL;
  g_autofree char *closed = closed_at != NULL ? g_strdup_printf ("'%s'", closed_at)
                                              : g_strdup ("NULL");
  guint number = ++fixture->next_number;

  sql = g_strdup_printf ("INSERT INTO complaints (unit_id, register_year, register_number, "
                         "  received_at, channel, classification, category_id, category_name, "
                         "  category_deadline_value, category_deadline_unit, description, status, "
                         "  assigned_staff_id, due_at, closed_at, created_at, updated_at) "
                         "VALUES (%" G_GINT64_FORMAT ", 2026, %u, '%s', 'email', 'pengaduan', "
                         "  %" G_GINT64_FORMAT ", 'Umum', 5, 'working_days', "
                         "  'Pengaduan %u' || char (10) || 'rinciannya', '%s', "
                         "  %" G_GINT64_FORMAT ", '%s', %s, layanan_now (), layanan_now ())",
                         fixture->biro, number, received_at, fixture->category, number, status,
                         staff_id, due_at, closed);
  layanan_test_exec (fixture->database, sql);

  return layanan_test_query_int (fixture->database, "SELECT max (id) FROM complaints");
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LayananCategory) category = NULL;
  gint64 letter;

  fixture->dir = layanan_test_make_tmp_dir ("test-workload-XXXXXX");
  fixture->database = layanan_test_open_reference_database (fixture->dir);
  fixture->biro = layanan_test_top_unit_id (fixture->database);
  fixture->next_number = 0;

  layanan_database_add_section (fixture->database, "kesra", "bagian", "tu",
                                "Bagian Tata Usaha", &fixture->bagian, &error);
  g_assert_no_error (error);
  layanan_database_add_section (fixture->database, "tu", "subbagian", "umum",
                                "Subbagian Umum", &fixture->subbagian, &error);
  g_assert_no_error (error);

  fixture->ani = add_staff (fixture, fixture->subbagian, "Ani", TRUE);
  fixture->budi = add_staff (fixture, fixture->bagian, "Budi", TRUE);
  fixture->citra = add_staff (fixture, fixture->bagian, "Citra", FALSE);
  category = layanan_test_add_category (fixture->database, "Umum", 5);
  fixture->category = category->id;

  /* Ani's letters. L1: done on time in 5 working days (3–6, 9 March). */
  letter = add_letter (fixture, "diproses", "2026-03-10T16:00:00+07:00");
  add_disposition (fixture, letter, fixture->ani, 0, 0, "2026-03-02T09:00:00+07:00", NULL,
                   "2026-03-09T10:00:00+07:00");
  /* L2: due on its disposition's date, done the day after: late, 3 working
   * days (17, 25, 26 March; 18–24 closed). */
  letter = add_letter (fixture, "diproses", "2026-04-30T16:00:00+07:00");
  add_disposition (fixture, letter, fixture->ani, 0, 0, "2026-03-16T09:00:00+07:00",
                   "2026-03-25", "2026-03-26T08:00:00+07:00");
  /* L3: open and overdue since yesterday; 2 working days old. */
  fixture->letter_l3 = add_letter (fixture, "didisposisi", "2026-03-25T16:00:00+07:00");
  add_disposition (fixture, fixture->letter_l3, fixture->ani, 0, 0,
                   "2026-03-17T09:00:00+07:00", NULL, NULL);
  /* L4: open, due Friday by its disposition; 13 working days old. */
  letter = add_letter (fixture, "didisposisi", NULL);
  add_disposition (fixture, letter, fixture->ani, 0, 0, "2026-03-02T09:00:00+07:00",
                   "2026-03-27", NULL);
  /* L5: voided, no work. L6: disposed before the period. */
  letter = add_letter (fixture, "batal", NULL);
  add_disposition (fixture, letter, fixture->ani, 0, 0, "2026-03-03T09:00:00+07:00", NULL, NULL);
  letter = add_letter (fixture, "didisposisi", NULL);
  add_disposition (fixture, letter, fixture->ani, 0, 0, "2026-01-30T09:00:00+07:00", NULL, NULL);
  /* L7: open without a due date, 30 working days old (17 in February
   * without 16–17, 13 in March). */
  letter = add_letter (fixture, "didisposisi", NULL);
  add_disposition (fixture, letter, fixture->ani, 0, 0, "2026-02-02T09:00:00+07:00", NULL, NULL);
  /* L8: closed letter, its disposition never marked done: neither open
   * nor finished. */
  letter = add_letter (fixture, "diarsipkan", NULL);
  add_disposition (fixture, letter, fixture->ani, 0, 0, "2026-03-04T09:00:00+07:00", NULL, NULL);

  /* Ani's complaints. C1: closed a day late, 6 working days. */
  add_complaint (fixture, fixture->ani, "selesai", "2026-03-05T10:00:00+07:00",
                 "2026-03-12T16:00:00+07:00", "2026-03-13T09:00:00+07:00");
  /* C2: open, 1 working day old, due in April. */
  add_complaint (fixture, fixture->ani, "ditindaklanjuti", "2026-03-25T09:00:00+07:00",
                 "2026-04-08T16:00:00+07:00", NULL);
  /* C3: waiting for the complainant, past its due: not overdue; 11 old. */
  fixture->complaint_c3 = add_complaint (fixture, fixture->ani, "menunggu_pelapor",
                                         "2026-03-04T10:00:00+07:00",
                                         "2026-03-11T16:00:00+07:00", NULL);

  /* The section's own letter D8, open and due Friday, 7 working days old. */
  letter = add_letter (fixture, "didisposisi", "2026-03-27T16:00:00+07:00");
  add_disposition (fixture, letter, 0, fixture->subbagian, 0, "2026-03-10T09:00:00+07:00",
                   NULL, NULL);
  /* D9 to Bagian TU (open, 12 working days old) passed on as D10 to Budi,
   * done in 1 working day: one letter for the bagian. */
  letter = add_letter (fixture, "didisposisi", NULL);
  {
    gint64 d9 = add_disposition (fixture, letter, 0, fixture->bagian, 0,
                                 "2026-03-03T09:00:00+07:00", NULL, NULL);

    add_disposition (fixture, letter, fixture->budi, 0, d9, "2026-03-04T09:00:00+07:00", NULL,
                     "2026-03-05T10:00:00+07:00");
  }
  /* C4: Budi's, closed on time in 5 working days (10–13, 16 March). */
  add_complaint (fixture, fixture->budi, "selesai", "2026-03-09T08:00:00+07:00",
                 "2026-03-16T16:00:00+07:00", "2026-03-16T15:00:00+07:00");
  /* Citra left: her item counts for the section but she has no row. */
  add_complaint (fixture, fixture->citra, "selesai", "2026-03-09T08:00:00+07:00",
                 "2026-03-16T16:00:00+07:00", "2026-03-16T15:00:00+07:00");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->database);
  layanan_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static GDateTime *
now_instant (void)
{
  g_autoptr(GTimeZone) wib = g_time_zone_new_offset (7 * 3600);

  return g_date_time_new_from_iso8601 (NOW, wib);
}

static const LayananWorkloadRow *
find_row (GPtrArray *rows,
          gboolean   is_section,
          gint64     id)
{
  for (guint i = 0; i < rows->len; i++)
    {
      const LayananWorkloadRow *row = rows->pdata[i];

      if (row->is_section == is_section && row->id == id)
        return row;
    }

  return NULL;
}

static void
assert_row (const LayananWorkloadRow *row,
            const guint               counts[8],
            double                    average,
            const guint               ageing[4])
{
  g_assert_nonnull (row);
  g_assert_cmpuint (row->letters_assigned, ==, counts[0]);
  g_assert_cmpuint (row->letters_open, ==, counts[1]);
  g_assert_cmpuint (row->complaints_assigned, ==, counts[2]);
  g_assert_cmpuint (row->complaints_open, ==, counts[3]);
  g_assert_cmpuint (row->due_this_week, ==, counts[4]);
  g_assert_cmpuint (row->overdue, ==, counts[5]);
  g_assert_cmpuint (row->done_on_time, ==, counts[6]);
  g_assert_cmpuint (row->done_late, ==, counts[7]);
  g_assert_cmpfloat_with_epsilon (row->average_working_days, average, 1e-9);
  for (guint i = 0; i < 4; i++)
    g_assert_cmpuint (row->ageing[i], ==, ageing[i]);
}

static void
test_workload_rows (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GDateTime) now = now_instant ();
  g_autoptr(GError) error = NULL;
  const LayananWorkloadRow *ani, *budi, *bagian, *subbagian;

  rows = layanan_database_workload (fixture->database, fixture->biro, FROM, TO, now, &error);
  g_assert_no_error (error);

  ani = find_row (rows, FALSE, fixture->ani);
  g_assert_nonnull (ani);
  g_assert_cmpstr (ani->name, ==, "Ani");
  g_assert_cmpstr (ani->section_name, ==, "Subbagian Umum");
  /* Finished: L1 (5), L2 (3), C1 (6) working days. */
  assert_row (ani, (guint[]) { 6, 3, 3, 2, 1, 1, 1, 2 }, (5 + 3 + 6) / 3.0,
              (guint[]) { 2, 0, 2, 1 });

  budi = find_row (rows, FALSE, fixture->budi);
  assert_row (budi, (guint[]) { 1, 0, 1, 0, 0, 0, 2, 0 }, (1 + 5) / 2.0,
              (guint[]) { 0, 0, 0, 0 });
  g_assert_null (find_row (rows, FALSE, fixture->citra));

  /* The subbagian holds Ani's and its own D8. */
  subbagian = find_row (rows, TRUE, fixture->subbagian);
  g_assert_cmpstr (subbagian->name, ==, "Subbagian Umum");
  g_assert_null (subbagian->section_name);
  assert_row (subbagian, (guint[]) { 7, 4, 3, 2, 2, 1, 1, 2 }, (5 + 3 + 6) / 3.0,
              (guint[]) { 2, 1, 2, 1 });

  /* The bagian adds D9 (not D10, passed on within it), Budi's and Citra's
   * complaints. */
  bagian = find_row (rows, TRUE, fixture->bagian);
  assert_row (bagian, (guint[]) { 8, 5, 5, 2, 2, 1, 3, 2 }, (5 + 3 + 6 + 5 + 5) / 5.0,
              (guint[]) { 2, 1, 3, 1 });

  /* Staff come first, then the sections. */
  g_assert_false (((LayananWorkloadRow *) rows->pdata[0])->is_section);
  g_assert_true (((LayananWorkloadRow *) rows->pdata[rows->len - 1])->is_section);
  g_assert_null (find_row (rows, TRUE, fixture->biro));
}

static void
test_workload_period_and_unit (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) march = NULL;
  g_autoptr(GDateTime) now = now_instant ();
  g_autoptr(GError) error = NULL;
  const LayananWorkloadRow *ani;

  /* Only the subbagian's people and itself. */
  rows = layanan_database_workload (fixture->database, fixture->subbagian, FROM, TO, now, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_nonnull (find_row (rows, FALSE, fixture->ani));
  g_assert_nonnull (find_row (rows, TRUE, fixture->subbagian));

  /* March alone leaves L7 out: no item older than 20 working days. */
  march = layanan_database_workload (fixture->database, 0, "2026-03-01", TO, now, &error);
  g_assert_no_error (error);
  ani = find_row (march, FALSE, fixture->ani);
  assert_row (ani, (guint[]) { 5, 2, 3, 2, 1, 1, 1, 2 }, (5 + 3 + 6) / 3.0,
              (guint[]) { 2, 0, 2, 0 });

  /* A later "now": L4 is overdue too, and nothing is due this week. */
  {
    g_autoptr(GTimeZone) wib = g_time_zone_new_offset (7 * 3600);
    g_autoptr(GDateTime) later = g_date_time_new_from_iso8601 ("2026-03-28T09:00:00+07:00", wib);
    g_autoptr(GPtrArray) saturday = NULL;

    saturday = layanan_database_workload (fixture->database, 0, FROM, TO, later, &error);
    g_assert_no_error (error);
    ani = find_row (saturday, FALSE, fixture->ani);
    g_assert_cmpuint (ani->overdue, ==, 2);
    g_assert_cmpuint (ani->due_this_week, ==, 0);
  }

  /* A holiday added to the calendar counts at once: 25 March closed makes
   * L3 one working day old and L2 two working days long. */
  layanan_test_exec (fixture->database,
                     "INSERT INTO holidays (date, kind, description) "
                     "VALUES ('2026-03-25', 'libur_nasional', 'Uji')");
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = layanan_database_workload (fixture->database, 0, FROM, TO, now, &error);
  g_assert_no_error (error);
  ani = find_row (rows, FALSE, fixture->ani);
  g_assert_cmpfloat_with_epsilon (ani->average_working_days, (5 + 2 + 6) / 3.0, 1e-9);

  /* A bad period is refused. */
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = layanan_database_workload (fixture->database, 0, "2026-03-31", "2026-03-01", now, &error);
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_assert_null (rows);
}

static void
test_workload_items (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) section = NULL;
  g_autoptr(GError) error = NULL;
  LayananWorkloadItem *item;

  items = layanan_database_workload_items (fixture->database, FALSE, fixture->ani, FROM, TO,
                                           &error);
  g_assert_no_error (error);
  /* L1 L2 L3 L4 L7 L8, C1 C2 C3. */
  g_assert_cmpuint (items->len, ==, 9);

  /* Open ones first by due: C3 (11 March), L3, L4, C2, then L7 without. */
  item = items->pdata[0];
  g_assert_true (item->is_complaint);
  g_assert_cmpint (item->id, ==, fixture->complaint_c3);
  g_assert_true (item->open);
  g_assert_cmpstr (item->title, ==, "Pengaduan 11");
  item = items->pdata[1];
  g_assert_false (item->is_complaint);
  g_assert_cmpint (item->id, ==, fixture->letter_l3);
  g_assert_cmpstr (item->number, ==, "3/2026");
  g_assert_cmpstr (item->title, ==, "Surat 3");
  g_assert_cmpstr (item->due_at, ==, "2026-03-25T16:00:00+07:00");
  item = items->pdata[2];
  g_assert_cmpstr (item->due_at, ==, "2026-03-27T23:59:59+07:00");
  item = items->pdata[4];
  g_assert_null (item->due_at);
  g_assert_true (item->open);
  item = items->pdata[5];
  g_assert_false (item->open);

  section = layanan_database_workload_items (fixture->database, TRUE, fixture->bagian, FROM, TO,
                                             &error);
  g_assert_no_error (error);
  /* Ani's 9, D8, D9, C4 and Citra's complaint; not D10. */
  g_assert_cmpuint (section->len, ==, 13);
}

static void
test_workload_service_and_overdue (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(GPtrArray) services = NULL;
  g_autoptr(GPtrArray) overdue = NULL;
  g_autoptr(GDateTime) now = now_instant ();
  g_autoptr(GError) error = NULL;
  LayananWorkloadService *none;
  LayananWorkloadOverdue *late;

  layanan_test_exec (fixture->database,
                     "INSERT INTO services (unit_id, name) SELECT id, 'Rekomendasi' FROM units "
                     "WHERE code = 'kesra'");
  layanan_test_exec (fixture->database,
                     "UPDATE letters SET service_id = (SELECT max (id) FROM services), "
                     "  service_name = 'Rekomendasi' WHERE agenda_number IN (1, 3)");

  services = layanan_database_workload_by_service (fixture->database, 0, FROM, TO, now, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (services->len, ==, 2);
  g_assert_cmpstr (((LayananWorkloadService *) services->pdata[0])->service_name, ==,
                   "Rekomendasi");
  g_assert_cmpuint (((LayananWorkloadService *) services->pdata[0])->letters, ==, 2);
  g_assert_cmpuint (((LayananWorkloadService *) services->pdata[0])->open, ==, 1);
  g_assert_cmpuint (((LayananWorkloadService *) services->pdata[0])->overdue, ==, 1);
  none = services->pdata[1];
  g_assert_null (none->service_name);
  g_assert_cmpint (none->service_id, ==, 0);
  /* L2 L4 L7 L8, D8's and D9/D10's letter once. */
  g_assert_cmpuint (none->letters, ==, 6);
  g_assert_cmpuint (none->complaints, ==, 5);
  /* L4 L7 D8 D9, C2 C3. */
  g_assert_cmpuint (none->open, ==, 6);
  g_assert_cmpuint (none->overdue, ==, 0);

  overdue = layanan_database_workload_overdue (fixture->database, 0, FROM, TO, now, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (overdue->len, ==, 1);
  late = overdue->pdata[0];
  g_assert_cmpint (late->id, ==, fixture->letter_l3);
  g_assert_cmpstr (late->assigned_to, ==, "Ani");
  g_assert_cmpstr (late->section_name, ==, "Subbagian Umum");
  g_assert_cmpstr (late->assigned_on, ==, "2026-03-17");
  g_assert_cmpint (late->working_days_late, ==, 1);
}

static LayananMeeting *
make_meeting (gint64      unit_id,
              const char *date)
{
  LayananMeeting *meeting = layanan_meeting_new ();
  LayananMeetingDecision *decision = g_new0 (LayananMeetingDecision, 1);

  meeting->unit_id = unit_id;
  meeting->date = g_strdup (date);
  meeting->attendees = g_strdup ("Ani\nBudi");
  meeting->notes = g_strdup ("Evaluasi bulanan");
  decision->decision = g_strdup ("Selesaikan surat yang terlambat");
  decision->owner = g_strdup ("Ani");
  decision->due_date = g_strdup ("2026-04-10");
  g_ptr_array_add (meeting->decisions, decision);
  decision = g_new0 (LayananMeetingDecision, 1);
  decision->decision = g_strdup ("Perbarui SOP");
  decision->done = TRUE;
  g_ptr_array_add (meeting->decisions, decision);

  return meeting;
}

static void
test_meetings (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(LayananMeeting) january = make_meeting (fixture->biro, "2026-01-28");
  g_autoptr(LayananMeeting) march = make_meeting (fixture->biro, "2026-03-31");
  g_autoptr(LayananMeeting) other = make_meeting (fixture->bagian, "2026-02-10");
  g_autoptr(LayananMeeting) bad = make_meeting (fixture->biro, "2026-02-30");
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) months = NULL;
  LayananMeeting *loaded;
  LayananMeetingDecision *decision;

  layanan_database_save_meeting (fixture->database, january, &error);
  g_assert_no_error (error);
  layanan_database_save_meeting (fixture->database, march, &error);
  g_assert_no_error (error);
  layanan_database_save_meeting (fixture->database, other, &error);
  g_assert_no_error (error);
  g_assert_cmpint (january->id, >, 0);
  g_assert_cmpint (((LayananMeetingDecision *) january->decisions->pdata[1])->id, >, 0);

  /* A bad date, or a decision without text, saves nothing. */
  g_assert_false (layanan_database_save_meeting (fixture->database, bad, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_free (march->date);
  march->date = g_strdup ("2026-03-30");
  g_free (((LayananMeetingDecision *) march->decisions->pdata[1])->decision);
  ((LayananMeetingDecision *) march->decisions->pdata[1])->decision = g_strdup ("  ");
  g_assert_false (layanan_database_save_meeting (fixture->database, march, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  meetings = layanan_database_list_meetings (fixture->database, fixture->biro, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (meetings->len, ==, 2);
  loaded = meetings->pdata[0];
  g_assert_cmpstr (loaded->date, ==, "2026-03-31");
  g_assert_cmpstr (loaded->attendees, ==, "Ani\nBudi");
  g_assert_cmpuint (loaded->decisions->len, ==, 2);
  decision = loaded->decisions->pdata[0];
  g_assert_cmpstr (decision->decision, ==, "Selesaikan surat yang terlambat");
  g_assert_cmpstr (decision->owner, ==, "Ani");
  g_assert_cmpstr (decision->due_date, ==, "2026-04-10");
  g_assert_false (decision->done);
  decision = loaded->decisions->pdata[1];
  g_assert_null (decision->owner);
  g_assert_true (decision->done);
  g_clear_pointer (&meetings, g_ptr_array_unref);

  /* Changing a meeting rewrites its decisions in their new order. */
  g_ptr_array_remove_index (january->decisions, 0);
  g_free (january->notes);
  january->notes = NULL;
  layanan_database_save_meeting (fixture->database, january, &error);
  g_assert_no_error (error);
  meetings = layanan_database_list_meetings (fixture->database, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (meetings->len, ==, 3);
  loaded = meetings->pdata[2];
  g_assert_cmpint (loaded->id, ==, january->id);
  g_assert_null (loaded->notes);
  g_assert_cmpuint (loaded->decisions->len, ==, 1);
  g_assert_cmpstr (((LayananMeetingDecision *) loaded->decisions->pdata[0])->decision, ==,
                   "Perbarui SOP");

  months = layanan_database_months_without_meeting (fixture->database, fixture->biro,
                                                    "2025-12", "2026-04", &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (months, ((const char *[]) { "2025-12", "2026-02", "2026-04", NULL }));
  g_clear_pointer (&months, g_strfreev);
  months = layanan_database_months_without_meeting (fixture->database, 0,
                                                    "2026-01", "2026-03", &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (months, ((const char *[]) { NULL }));
  g_clear_pointer (&months, g_strfreev);
  months = layanan_database_months_without_meeting (fixture->database, 0, "2026-13", "2026-03",
                                                    &error);
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_assert_null (months);
  g_clear_error (&error);

  /* Deleting takes the decisions along; deleting twice is refused. */
  g_assert_true (layanan_database_delete_meeting (fixture->database, march->id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (layanan_test_query_int (fixture->database,
                                           "SELECT count (*) FROM meeting_decisions"), ==, 3);
  g_assert_false (layanan_database_delete_meeting (fixture->database, march->id, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND);
  g_clear_error (&error);
  months = layanan_database_months_without_meeting (fixture->database, fixture->biro,
                                                    "2026-03", "2026-03", &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (months, ((const char *[]) { "2026-03", NULL }));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/store/workload/rows", Fixture, NULL,
              fixture_set_up, test_workload_rows, fixture_tear_down);
  g_test_add ("/store/workload/period-and-unit", Fixture, NULL,
              fixture_set_up, test_workload_period_and_unit, fixture_tear_down);
  g_test_add ("/store/workload/items", Fixture, NULL,
              fixture_set_up, test_workload_items, fixture_tear_down);
  g_test_add ("/store/workload/service-and-overdue", Fixture, NULL,
              fixture_set_up, test_workload_service_and_overdue, fixture_tear_down);
  g_test_add ("/store/workload/meetings", Fixture, NULL,
              fixture_set_up, test_meetings, fixture_tear_down);

  return g_test_run ();
}
