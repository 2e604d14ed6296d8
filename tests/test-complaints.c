/* test-complaints.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <gio/gio.h>

#include "layanan-complaint.h"
#include "layanan-database.h"
#include "layanan-database-private.h"
#include "layanan-error.h"
#include "layanan-letter.h"
#include "layanan-test-util.h"

/* The complaint register in the store: register numbers, categories from
 * the standards, steps refused when someone else moved the complaint, the
 * timeline, confidential identities kept out of the list, imports that are
 * all or nothing, search in responses, and the list's filters, sorts,
 * keyset pages, anchors and streaming cursor. */

typedef struct
{
  char            *dir;
  LayananDatabase *database;
  LayananCalendar *calendar;
  gint64           kesra;
  gint64           adpim;
  gint64           service_a;      /* "Fasilitasi Kerukunan Umat Beragama" */
  gint64           service_b;      /* "Rekomendasi Bantuan Hibah" */
  gint64           staff_1;
  gint64           staff_2;
  GPtrArray       *kesra_categories;
} Fixture;

static gint64
count_rows (Fixture    *fixture,
            const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);

  return layanan_test_query_int (fixture->database, sql);
}

static gint64
add_staff (Fixture    *fixture,
           const char *name)
{
  LayananStaff staff = { .unit_id = fixture->kesra, .name = (char *) name, .active = TRUE };
  g_autoptr(GError) error = NULL;

  layanan_database_save_staff (fixture->database, &staff, &error);
  g_assert_no_error (error);
  return staff.id;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  LayananDatabase *database;

  fixture->dir = layanan_test_make_tmp_dir ("complaints");
  fixture->database = database = layanan_test_open_reference_database (fixture->dir);

  fixture->kesra = layanan_test_query_int (database, "SELECT id FROM units WHERE code = 'kesra'");
  fixture->adpim = layanan_test_query_int (database, "SELECT id FROM units WHERE code = 'adpim'");
  layanan_test_exec (database,
                     "INSERT INTO services (unit_id, position, name) SELECT id, 1, "
                     "  'Fasilitasi Kerukunan Umat Beragama' FROM units WHERE code = 'kesra';"
                     "INSERT INTO services (unit_id, position, name) SELECT id, 2, "
                     "  'Rekomendasi Bantuan Hibah' FROM units WHERE code = 'kesra';");
  fixture->service_a = layanan_test_query_int (database, "SELECT id FROM services "
                                                         "WHERE name LIKE 'Fasilitasi%'");
  fixture->service_b = layanan_test_query_int (database, "SELECT id FROM services "
                                                         "WHERE name LIKE 'Rekomendasi%'");
  fixture->staff_1 = add_staff (fixture, "Hj. Siti Aminah, S.Sos.");
  fixture->staff_2 = add_staff (fixture, "Budi Santoso, S.H.");

  layanan_database_ensure_categories (fixture->database, &error);
  g_assert_no_error (error);
  fixture->kesra_categories = layanan_database_list_categories (fixture->database,
                                                                fixture->kesra, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->kesra_categories->len, ==, 4);

  fixture->calendar = layanan_database_load_calendar (fixture->database, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_pointer (&fixture->kesra_categories, g_ptr_array_unref);
  g_clear_object (&fixture->calendar);
  g_clear_object (&fixture->database);
  layanan_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static LayananCategory *
kesra_category (Fixture *fixture,
                guint    index)
{
  return g_ptr_array_index (fixture->kesra_categories, index);
}

static LayananComplaint *
new_complaint (Fixture    *fixture,
               const char *received_at,
               const char *description)
{
  LayananComplaint *complaint = layanan_complaint_new ();

  complaint->unit_id = fixture->kesra;
  complaint->received_at = g_strdup (received_at);
  complaint->channel = LAYANAN_CHANNEL_WHATSAPP;
  complaint->classification = LAYANAN_COMPLAINT_KIND_PENGADUAN;
  complaint->description = g_strdup (description);
  complaint->complainant_name = g_strdup ("Rahmat Hidayat");
  complaint->complainant_contact = g_strdup ("0812-5678-9012");
  layanan_complaint_set_category (complaint, kesra_category (fixture, 1), fixture->calendar);
  return complaint;
}

static LayananComplaint *
add_complaint (Fixture    *fixture,
               const char *received_at,
               const char *description)
{
  LayananComplaint *complaint = new_complaint (fixture, received_at, description);
  g_autoptr(GError) error = NULL;

  layanan_database_add_complaint (fixture->database, complaint, NULL, &error);
  g_assert_no_error (error);
  return complaint;
}

/* Applies a step as the window would: in core, then stored. */
static void
take_step (Fixture              *fixture,
           LayananComplaint     *complaint,
           LayananComplaintStep *step,
           LayananCategory      *category)
{
  g_autoptr(GError) error = NULL;

  layanan_complaint_apply_step (complaint, step, category, fixture->calendar, &error);
  g_assert_no_error (error);
  layanan_database_add_complaint_step (fixture->database, complaint, step, &error);
  g_assert_no_error (error);
  g_assert_cmpint (step->id, >, 0);
}

static LayananComplaintStep *
new_step (LayananComplaintStepKind  kind,
          const char               *at)
{
  LayananComplaintStep *step = layanan_complaint_step_new (kind);

  step->at = g_strdup (at);
  return step;
}

/* The complaint @id as stored now. */
static LayananComplaint *
load_complaint (Fixture *fixture,
                gint64   id)
{
  g_autoptr(GError) error = NULL;
  LayananComplaint *complaint = layanan_database_load_complaint (fixture->database, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (complaint);
  return complaint;
}

/* The timeline of complaint @id, oldest step first. */
static GPtrArray *
list_steps (Fixture *fixture,
            gint64   id)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *steps = layanan_database_list_complaint_steps (fixture->database, id, &error);

  g_assert_no_error (error);
  return steps;
}

/* The first rows of the list that @query shows. */
static GPtrArray *
query_rows (Fixture                     *fixture,
            const LayananComplaintQuery *query)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = layanan_database_query_complaints (fixture->database, query, NULL, 10,
                                                       &error);

  g_assert_no_error (error);
  return rows;
}

/* Adding and loading */

static void
test_add_and_load (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(LayananComplaint) first = NULL;
  g_autoptr(LayananComplaint) second = NULL;
  g_autoptr(LayananComplaint) refused = NULL;
  g_autoptr(LayananComplaint) third = NULL;
  g_autoptr(LayananComplaint) other_unit = NULL;
  g_autoptr(LayananComplaint) other_year = NULL;
  g_autoptr(LayananComplaint) lapor = NULL;
  g_autoptr(LayananComplaint) loaded = NULL;
  g_autoptr(GPtrArray) categories = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (
    (GDestroyNotify) layanan_letter_file_free);
  g_autoptr(GPtrArray) stored_files = NULL;
  g_autoptr(GError) error = NULL;
  LayananLetterFile *file;

  /* UTC in, WIB stored. */
  first = add_complaint (fixture, "2026-03-02T02:00:00Z", "Bantuan hibah belum cair");
  g_assert_cmpint (first->id, >, 0);
  g_assert_cmpint (first->register_year, ==, 2026);
  g_assert_cmpint (first->register_number, ==, 1);
  g_assert_cmpstr (first->received_at, ==, "2026-03-02T09:00:00+07:00");
  g_assert_nonnull (first->due_at);

  second = add_complaint (fixture, "2026-03-03T09:00:00+07:00", "Antrean terlalu lama");
  g_assert_cmpint (second->register_number, ==, 2);

  /* A refused complaint takes no number and changes nothing it was given. */
  refused = new_complaint (fixture, "2026-03-03T10:00:00+07:00", NULL);
  g_assert_false (layanan_database_add_complaint (fixture->database, refused, NULL, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_cmpint (refused->id, ==, 0);
  g_assert_cmpint (refused->register_number, ==, 0);

  /* Nor does one whose category belongs to another unit. */
  categories = layanan_database_list_categories (fixture->database, fixture->adpim, FALSE,
                                                 &error);
  g_assert_no_error (error);
  refused->description = g_strdup ("Kategori unit lain");
  refused->category_id = ((LayananCategory *) categories->pdata[0])->id;
  g_assert_false (layanan_database_add_complaint (fixture->database, refused, NULL, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  third = add_complaint (fixture, "2026-03-04T09:00:00+07:00", "Petugas tidak ramah");
  g_assert_cmpint (third->register_number, ==, 3);

  other_unit = new_complaint (fixture, "2026-03-04T09:00:00+07:00", "Surat belum dibalas");
  other_unit->unit_id = fixture->adpim;
  layanan_complaint_set_category (other_unit, categories->pdata[0], fixture->calendar);
  layanan_database_add_complaint (fixture->database, other_unit, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (other_unit->register_number, ==, 1);

  other_year = add_complaint (fixture, "2025-12-31T23:59:00+07:00", "Terlambat");
  g_assert_cmpint (other_year->register_year, ==, 2025);
  g_assert_cmpint (other_year->register_number, ==, 1);

  /* Every field comes back as it was saved; the LAPOR! number as digits. */
  lapor = new_complaint (fixture, "2026-03-05T13:15:00+07:00", "Laporan dari LAPOR!");
  lapor->channel = LAYANAN_CHANNEL_SP4N_LAPOR;
  lapor->lapor_number = g_strdup ("#1916449");
  lapor->service_id = fixture->service_b;
  lapor->confidential = TRUE;
  lapor->classification = LAYANAN_COMPLAINT_KIND_ASPIRASI;
  g_clear_pointer (&lapor->due_at, g_free);
  file = g_new0 (LayananLetterFile, 1);
  file->file_name = g_strdup ("bukti.pdf");
  file->mime_type = g_strdup ("application/pdf");
  file->contents = g_bytes_new_static ("%PDF-1.4 bukti", 14);
  file->n_pages = 1;
  g_ptr_array_add (files, file);
  layanan_database_add_complaint (fixture->database, lapor, files, &error);
  g_assert_no_error (error);
  g_assert_cmpint (lapor->register_number, ==, 4);
  g_assert_cmpstr (lapor->lapor_number, ==, "1916449");
  /* It came without a due time: the store counted it from its category. */
  g_assert_nonnull (lapor->due_at);
  g_assert_nonnull (lapor->first_response_due_at);
  g_assert_nonnull (file->sha256);

  loaded = load_complaint (fixture, lapor->id);
  g_assert_cmpint (loaded->unit_id, ==, fixture->kesra);
  g_assert_cmpint (loaded->register_year, ==, 2026);
  g_assert_cmpint (loaded->register_number, ==, 4);
  g_assert_cmpstr (loaded->received_at, ==, "2026-03-05T13:15:00+07:00");
  g_assert_cmpint (loaded->channel, ==, LAYANAN_CHANNEL_SP4N_LAPOR);
  g_assert_cmpstr (loaded->lapor_number, ==, "1916449");
  g_assert_cmpint (loaded->service_id, ==, fixture->service_b);
  g_assert_false (loaded->anonymous);
  g_assert_true (loaded->confidential);
  /* The complaint itself shows the identity. */
  g_assert_cmpstr (loaded->complainant_name, ==, "Rahmat Hidayat");
  g_assert_cmpstr (loaded->complainant_contact, ==, "0812-5678-9012");
  g_assert_cmpint (loaded->classification, ==, LAYANAN_COMPLAINT_KIND_ASPIRASI);
  g_assert_cmpint (loaded->category_id, ==, kesra_category (fixture, 1)->id);
  g_assert_cmpint (loaded->category_deadline.value, ==, 5);
  g_assert_cmpint (loaded->category_deadline.unit, ==, LAYANAN_DURATION_WORKING_DAYS);
  g_assert_cmpstr (loaded->description, ==, "Laporan dari LAPOR!");
  g_assert_cmpint (loaded->status, ==, LAYANAN_COMPLAINT_STATUS_DITERIMA);
  g_assert_cmpstr (loaded->due_at, ==, lapor->due_at);
  g_assert_cmpstr (loaded->first_response_due_at, ==, lapor->first_response_due_at);
  g_assert_null (loaded->closed_at);

  steps = list_steps (fixture, lapor->id);
  g_assert_cmpuint (steps->len, ==, 1);
  g_assert_cmpint (((LayananComplaintStep *) steps->pdata[0])->kind, ==,
                   LAYANAN_COMPLAINT_STEP_RECEIVE);
  g_assert_cmpstr (((LayananComplaintStep *) steps->pdata[0])->at, ==, loaded->received_at);

  /* The attachment is stored with the letters' scans, once. */
  stored_files = layanan_database_list_complaint_files (fixture->database, lapor->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored_files->len, ==, 1);
  g_assert_cmpstr (((LayananLetterFile *) stored_files->pdata[0])->file_name, ==, "bukti.pdf");
  g_assert_true (g_bytes_equal (((LayananLetterFile *) stored_files->pdata[0])->contents,
                                file->contents));
  layanan_database_add_complaint_files (fixture->database, first->id, files, &error);
  g_assert_no_error (error);
  layanan_database_add_complaint_files (fixture->database, first->id, files, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (fixture, "letter_files"), ==, 1);
  g_assert_cmpint (count_rows (fixture, "complaint_file_links"), ==, 2);

  g_assert_null (layanan_database_load_complaint (fixture->database, 9999, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND);
}

/* Categories */

static void
check_category (LayananCategory     *category,
                const char          *name,
                gint64               value,
                LayananDurationUnit  unit)
{
  g_assert_cmpstr (category->name, ==, name);
  g_assert_cmpint (category->deadline.value, ==, value);
  g_assert_cmpint (category->deadline.unit, ==, unit);
}

static void
test_ensure_categories (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) kesra = NULL;
  g_autoptr(GPtrArray) adpim = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;

  /* Both units had no standard: the four of DOMAIN.md §3.3. */
  check_category (kesra_category (fixture, 0), "Pengaduan ringan", 3, LAYANAN_DURATION_HOURS);
  check_category (kesra_category (fixture, 1), "Pengaduan bersifat normatif", 5,
                  LAYANAN_DURATION_WORKING_DAYS);
  check_category (kesra_category (fixture, 2), "Pengaduan tidak berkadar pengawasan", 14,
                  LAYANAN_DURATION_WORKING_DAYS);
  check_category (kesra_category (fixture, 3),
                  "Pengaduan berkadar pengawasan dan memerlukan pemeriksaan", 60,
                  LAYANAN_DURATION_WORKING_DAYS);

  /* Now the unit's standards print their own: the first service's table,
   * then what the second adds; a repeated name keeps its first deadline;
   * drafts print nothing. */
  sql = g_strdup_printf (
    "DELETE FROM complaint_categories WHERE unit_id = %" G_GINT64_FORMAT ";"
    "INSERT INTO standard_versions (id, service_id, status, sk_number, sk_date) VALUES "
    "  (101, %" G_GINT64_FORMAT ", 'ditetapkan', '1/KESRA/2025', '2025-01-06'),"
    "  (102, %" G_GINT64_FORMAT ", 'ditetapkan', '2/KESRA/2025', '2025-01-06'),"
    "  (103, %" G_GINT64_FORMAT ", 'draft', NULL, NULL);"
    "INSERT INTO standard_complaint_categories (standard_version_id, position, name, "
    "  deadline_value, deadline_unit) VALUES "
    "  (102, 1, 'Pengaduan ringan', 3, 'hours'),"
    "  (102, 2, 'Pengaduan berat', 15, 'working_days'),"
    "  (101, 2, 'Pengaduan sedang', 7, 'days'),"
    "  (101, 1, 'Pengaduan ringan', 2, 'working_days'),"
    "  (103, 1, 'Rancangan', 1, 'days');",
    fixture->kesra, fixture->service_a, fixture->service_b, fixture->service_a);
  layanan_test_exec (fixture->database, sql);

  layanan_database_ensure_categories (fixture->database, &error);
  g_assert_no_error (error);
  layanan_database_ensure_categories (fixture->database, &error);
  g_assert_no_error (error);

  kesra = layanan_database_list_categories (fixture->database, fixture->kesra, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kesra->len, ==, 3);
  check_category (kesra->pdata[0], "Pengaduan ringan", 2, LAYANAN_DURATION_WORKING_DAYS);
  check_category (kesra->pdata[1], "Pengaduan sedang", 7, LAYANAN_DURATION_DAYS);
  check_category (kesra->pdata[2], "Pengaduan berat", 15, LAYANAN_DURATION_WORKING_DAYS);
  for (guint i = 0; i < kesra->len; i++)
    g_assert_cmpint (((LayananCategory *) kesra->pdata[i])->position, ==, i + 1);

  /* The other unit kept what it had. */
  adpim = layanan_database_list_categories (fixture->database, fixture->adpim, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (adpim->len, ==, 4);
}

static void
test_save_category (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(LayananCategory) category = layanan_category_new ();
  g_autoptr(LayananComplaint) complaint = NULL;
  g_autoptr(GPtrArray) active = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  LayananComplaintQuery query = { 0 };

  category->unit_id = fixture->kesra;
  category->name = g_strdup ("Pengaduan sedang");
  category->deadline.value = 0;
  category->deadline.unit = LAYANAN_DURATION_DAYS;
  category->active = TRUE;
  g_assert_false (layanan_database_save_category (fixture->database, category, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_cmpint (category->id, ==, 0);

  category->deadline.value = 7;
  layanan_database_save_category (fixture->database, category, &error);
  g_assert_no_error (error);
  g_assert_cmpint (category->id, >, 0);
  g_assert_cmpint (category->position, ==, 5);

  /* A renamed category renames it on the complaints' rows; a retired one
   * is listed only when asked. */
  complaint = new_complaint (fixture, "2026-03-02T09:00:00+07:00", "Sedang");
  layanan_complaint_set_category (complaint, category, fixture->calendar);
  layanan_database_add_complaint (fixture->database, complaint, NULL, &error);
  g_assert_no_error (error);

  g_free (category->name);
  category->name = g_strdup ("Pengaduan menengah");
  category->active = FALSE;
  layanan_database_save_category (fixture->database, category, &error);
  g_assert_no_error (error);

  rows = query_rows (fixture, &query);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpstr (((LayananComplaintRow *) rows->pdata[0])->category_name, ==,
                   "Pengaduan menengah");

  active = layanan_database_list_categories (fixture->database, fixture->kesra, FALSE, &error);
  g_assert_no_error (error);
  all = layanan_database_list_categories (fixture->database, fixture->kesra, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (active->len, ==, 4);
  g_assert_cmpuint (all->len, ==, 5);

  /* Two categories of one unit never share a name. */
  {
    g_autoptr(LayananCategory) twin = layanan_category_copy (kesra_category (fixture, 0));

    twin->id = 0;
    twin->position = 0;
    g_assert_false (layanan_database_save_category (fixture->database, twin, &error));
    g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_CONSTRAINT);
  }
}

static void
test_auto_close_setting (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (layanan_database_get_complaint_auto_close (fixture->database));
  layanan_database_set_complaint_auto_close (fixture->database, TRUE, &error);
  g_assert_no_error (error);
  g_assert_true (layanan_database_get_complaint_auto_close (fixture->database));
  layanan_database_set_complaint_auto_close (fixture->database, FALSE, &error);
  g_assert_no_error (error);
  g_assert_false (layanan_database_get_complaint_auto_close (fixture->database));
}

/* Steps */

static void
test_stale_step_refused (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(LayananComplaint) mine = NULL;
  g_autoptr(LayananComplaint) theirs = NULL;
  g_autoptr(LayananComplaint) loaded = NULL;
  g_autoptr(LayananComplaintStep) verify = new_step (LAYANAN_COMPLAINT_STEP_VERIFY,
                                                     "2026-03-02T10:00:00+07:00");
  g_autoptr(LayananComplaintStep) reject = new_step (LAYANAN_COMPLAINT_STEP_REJECT,
                                                     "2026-03-02T11:00:00+07:00");
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(GError) error = NULL;
  gint64 audited;

  mine = add_complaint (fixture, "2026-03-02T09:00:00+07:00", "Bantuan hibah");
  theirs = layanan_complaint_copy (mine);

  take_step (fixture, mine, verify, NULL);
  audited = count_rows (fixture, "audit_log");

  /* The other window still thinks it is diterima. */
  reject->note = g_strdup ("Tidak jelas");
  layanan_complaint_apply_step (theirs, reject, NULL, fixture->calendar, &error);
  g_assert_no_error (error);
  g_assert_cmpint (reject->from_status, ==, LAYANAN_COMPLAINT_STATUS_DITERIMA);
  g_assert_false (layanan_database_add_complaint_step (fixture->database, theirs, reject,
                                                       &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_CONFLICT);
  g_assert_cmpint (reject->id, ==, 0);

  loaded = load_complaint (fixture, mine->id);
  g_assert_cmpint (loaded->status, ==, LAYANAN_COMPLAINT_STATUS_DIVERIFIKASI);
  g_assert_null (loaded->closed_at);
  steps = list_steps (fixture, mine->id);
  g_assert_cmpuint (steps->len, ==, 2);
  g_assert_cmpint (count_rows (fixture, "audit_log"), ==, audited);
}

static void
test_timeline (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(LayananComplaint) complaint = NULL;
  g_autoptr(LayananComplaint) loaded = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  LayananComplaintQuery query = { 0 };
  LayananComplaintStep *step;
  struct {
    LayananComplaintStepKind kind;
    const char *at;
  } flow[] = {
    { LAYANAN_COMPLAINT_STEP_VERIFY, "2026-03-02T10:00:00+07:00" },
    { LAYANAN_COMPLAINT_STEP_FORWARD, "2026-03-02T11:00:00+07:00" },
    { LAYANAN_COMPLAINT_STEP_RECATEGORIZE, "2026-03-02T13:00:00+07:00" },
    { LAYANAN_COMPLAINT_STEP_FORWARD, "2026-03-02T14:00:00+07:00" },
    { LAYANAN_COMPLAINT_STEP_AWAIT_COMPLAINANT, "2026-03-03T09:00:00+07:00" },
    { LAYANAN_COMPLAINT_STEP_RESUME, "2026-03-04T09:00:00+07:00" },
    { LAYANAN_COMPLAINT_STEP_SETTLE, "2026-03-05T09:00:00+07:00" },
  };

  complaint = add_complaint (fixture, "2026-03-02T09:00:00+07:00", "Bantuan hibah");
  for (guint i = 0; i < G_N_ELEMENTS (flow); i++)
    {
      g_autoptr(LayananComplaintStep) next = new_step (flow[i].kind, flow[i].at);
      LayananCategory *category = NULL;

      if (i == 1)
        next->to_staff_id = fixture->staff_1;
      if (i == 2)
        {
          category = kesra_category (fixture, 2);
          next->category_id = category->id;
          next->note = g_strdup ("Perlu pemeriksaan");
        }
      if (i == 3)
        next->to_unit_id = fixture->adpim;
      if (i == 6)
        next->response = g_strdup ("Bantuan telah dicairkan");
      take_step (fixture, complaint, next, category);
    }

  loaded = load_complaint (fixture, complaint->id);
  g_assert_cmpint (loaded->status, ==, LAYANAN_COMPLAINT_STATUS_SELESAI);
  g_assert_cmpstr (loaded->closed_at, ==, "2026-03-05T09:00:00+07:00");
  g_assert_cmpint (loaded->category_id, ==, kesra_category (fixture, 2)->id);
  g_assert_cmpint (loaded->category_deadline.value, ==, 14);
  g_assert_cmpint (loaded->paused_seconds, ==, complaint->paused_seconds);
  g_assert_cmpint (loaded->paused_seconds, >, 0);
  g_assert_cmpstr (loaded->due_at, ==, complaint->due_at);
  g_assert_cmpint (loaded->assigned_unit_id, ==, fixture->adpim);
  g_assert_cmpint (loaded->assigned_staff_id, ==, 0);

  steps = list_steps (fixture, complaint->id);
  g_assert_cmpuint (steps->len, ==, G_N_ELEMENTS (flow) + 1);
  step = steps->pdata[0];
  g_assert_cmpint (step->kind, ==, LAYANAN_COMPLAINT_STEP_RECEIVE);
  for (guint i = 0; i < G_N_ELEMENTS (flow); i++)
    {
      step = steps->pdata[i + 1];
      g_assert_cmpint (step->kind, ==, flow[i].kind);
      g_assert_cmpstr (step->at, ==, flow[i].at);
      g_assert_cmpstr (step->actor, ==, g_get_user_name ());
      g_assert_cmpint (step->complaint_id, ==, complaint->id);
    }
  step = steps->pdata[2];
  g_assert_cmpint (step->from_status, ==, LAYANAN_COMPLAINT_STATUS_DIVERIFIKASI);
  g_assert_cmpint (step->to_status, ==, LAYANAN_COMPLAINT_STATUS_DITERUSKAN);
  g_assert_cmpstr (step->to_name, ==, "Hj. Siti Aminah, S.Sos.");
  step = steps->pdata[3];
  g_assert_cmpstr (step->category_name, ==, "Pengaduan tidak berkadar pengawasan");
  g_assert_cmpstr (step->note, ==, "Perlu pemeriksaan");
  step = steps->pdata[4];
  g_assert_cmpstr (step->to_name, ==, "Biro Administrasi Pimpinan");
  step = steps->pdata[7];
  g_assert_cmpint (step->to_status, ==, LAYANAN_COMPLAINT_STATUS_SELESAI);
  g_assert_cmpstr (step->response, ==, "Bantuan telah dicairkan");

  /* The row names the section and the latest response. */
  rows = query_rows (fixture, &query);
  g_assert_cmpstr (((LayananComplaintRow *) rows->pdata[0])->assigned_to, ==,
                   "Biro Administrasi Pimpinan");
  g_assert_cmpstr (((LayananComplaintRow *) rows->pdata[0])->last_response, ==,
                   "Bantuan telah dicairkan");
}

static void
test_not_competent_keeps_whom (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(LayananComplaint) complaint = NULL;
  g_autoptr(LayananComplaintStep) step = new_step (LAYANAN_COMPLAINT_STEP_NOT_COMPETENT,
                                                   "2026-03-02T03:00:00Z");
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(GPtrArray) waiting = NULL;
  g_autoptr(GError) error = NULL;

  complaint = add_complaint (fixture, "2026-03-02T09:00:00+07:00", "Jalan rusak");
  step->to_name = g_strdup ("Dinas Pekerjaan Umum");
  take_step (fixture, complaint, step, NULL);
  /* Stored, and handed back, in WIB. */
  g_assert_cmpstr (step->at, ==, "2026-03-02T10:00:00+07:00");

  steps = list_steps (fixture, complaint->id);
  g_assert_cmpstr (((LayananComplaintStep *) steps->pdata[1])->to_name, ==,
                   "Dinas Pekerjaan Umum");
  g_assert_cmpstr (((LayananComplaintStep *) steps->pdata[1])->at, ==,
                   "2026-03-02T10:00:00+07:00");

  waiting = layanan_database_list_waiting_complaints (fixture->database, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (waiting->len, ==, 0);
}

static void
test_waiting_list (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(LayananComplaint) early = NULL;
  g_autoptr(LayananComplaint) late = NULL;
  g_autoptr(LayananComplaint) busy = NULL;
  g_autoptr(GPtrArray) waiting = NULL;
  g_autoptr(GError) error = NULL;
  LayananComplaint *complaints[3];
  const char *paused[] = { "2026-03-05T09:00:00+07:00", "2026-03-04T09:00:00+07:00", NULL };

  late = add_complaint (fixture, "2026-03-02T09:00:00+07:00", "Satu");
  early = add_complaint (fixture, "2026-03-02T09:30:00+07:00", "Dua");
  busy = add_complaint (fixture, "2026-03-02T10:00:00+07:00", "Tiga");
  complaints[0] = late;
  complaints[1] = early;
  complaints[2] = busy;
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(LayananComplaintStep) verify = new_step (LAYANAN_COMPLAINT_STEP_VERIFY,
                                                         "2026-03-03T09:00:00+07:00");

      take_step (fixture, complaints[i], verify, NULL);
      if (paused[i] != NULL)
        {
          g_autoptr(LayananComplaintStep) wait = new_step (
            LAYANAN_COMPLAINT_STEP_AWAIT_COMPLAINANT, paused[i]);

          take_step (fixture, complaints[i], wait, NULL);
        }
    }

  waiting = layanan_database_list_waiting_complaints (fixture->database, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (waiting->len, ==, 2);
  g_assert_cmpint (((LayananComplaint *) waiting->pdata[0])->id, ==, early->id);
  g_assert_cmpint (((LayananComplaint *) waiting->pdata[1])->id, ==, late->id);
  g_assert_cmpstr (((LayananComplaint *) waiting->pdata[0])->paused_at, ==, paused[1]);
  g_assert_cmpint (((LayananComplaint *) waiting->pdata[0])->status_before_pause, ==,
                   LAYANAN_COMPLAINT_STATUS_DIVERIFIKASI);
}

static void
test_update (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(LayananComplaint) complaint = NULL;
  g_autoptr(LayananComplaint) loaded = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  LayananComplaintQuery query = { .search = (char *) "antrean" };
  LayananComplaintStep *last;
  g_autofree char *due_before = NULL;

  complaint = add_complaint (fixture, "2026-03-02T09:00:00+07:00", "Antrean terlalu lama");
  due_before = g_strdup (complaint->due_at);

  g_free (complaint->description);
  complaint->description = g_strdup ("Loket tutup sebelum jam pelayanan");
  complaint->channel = LAYANAN_CHANNEL_EMAIL;
  complaint->service_id = fixture->service_a;
  g_free (complaint->due_at);
  complaint->due_at = g_strdup ("2030-01-01T00:00:00+07:00");
  layanan_database_update_complaint (fixture->database, complaint, &error);
  g_assert_no_error (error);

  loaded = load_complaint (fixture, complaint->id);
  g_assert_cmpstr (loaded->description, ==, "Loket tutup sebelum jam pelayanan");
  g_assert_cmpint (loaded->channel, ==, LAYANAN_CHANNEL_EMAIL);
  g_assert_cmpint (loaded->service_id, ==, fixture->service_a);
  /* The clock is not edited here. */
  g_assert_cmpstr (loaded->due_at, ==, due_before);

  steps = list_steps (fixture, complaint->id);
  g_assert_cmpuint (steps->len, ==, 2);
  last = steps->pdata[1];
  g_assert_cmpint (last->kind, ==, LAYANAN_COMPLAINT_STEP_RESPOND);
  g_assert_cmpstr (last->note, ==, "edited: channel, service, description");

  /* An update that changes nothing writes nothing. */
  layanan_database_update_complaint (fixture->database, loaded, &error);
  g_assert_no_error (error);
  g_clear_pointer (&steps, g_ptr_array_unref);
  steps = list_steps (fixture, complaint->id);
  g_assert_cmpuint (steps->len, ==, 2);

  /* The text index follows the description. */
  rows = query_rows (fixture, &query);
  g_assert_cmpuint (rows->len, ==, 0);
  g_clear_pointer (&rows, g_ptr_array_unref);
  query.search = (char *) "loket";
  rows = query_rows (fixture, &query);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpstr (((LayananComplaintRow *) rows->pdata[0])->service_name, ==,
                   "Fasilitasi Kerukunan Umat Beragama");

  /* A name on an anonymous complaint is refused, and nothing changes. */
  loaded->anonymous = TRUE;
  g_assert_false (layanan_database_update_complaint (fixture->database, loaded, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
}

/* Imports */

static void
test_add_many_all_or_nothing (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GPtrArray) complaints = g_ptr_array_new_with_free_func (
    (GDestroyNotify) layanan_complaint_free);
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(GError) error = NULL;
  LayananComplaint *settled;

  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *at = g_strdup_printf ("2026-02-%02uT09:00:00+07:00", i + 2);

      g_ptr_array_add (complaints, new_complaint (fixture, at, "Diimpor dari rekap"));
    }
  g_clear_pointer (&((LayananComplaint *) complaints->pdata[2])->description, g_free);

  g_assert_false (layanan_database_add_complaints (fixture->database, complaints, NULL,
                                                   &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_assert_true (g_str_has_prefix (error->message, "Complaint 3: "));
  g_clear_error (&error);
  g_assert_cmpint (count_rows (fixture, "complaints"), ==, 0);
  g_assert_cmpint (count_rows (fixture, "complaint_steps"), ==, 0);
  g_assert_cmpint (count_rows (fixture, "complaint_counters"), ==, 0);
  for (guint i = 0; i < complaints->len; i++)
    g_assert_cmpint (((LayananComplaint *) complaints->pdata[i])->id, ==, 0);

  ((LayananComplaint *) complaints->pdata[2])->description = g_strdup ("Diperbaiki");
  settled = complaints->pdata[3];
  settled->status = LAYANAN_COMPLAINT_STATUS_SELESAI;
  settled->closed_at = g_strdup ("2026-02-10T10:00:00+07:00");
  layanan_database_add_complaints (fixture->database, complaints, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < complaints->len; i++)
    g_assert_cmpint (((LayananComplaint *) complaints->pdata[i])->register_number, ==, i + 1);

  steps = list_steps (fixture, settled->id);
  g_assert_cmpuint (steps->len, ==, 2);
  g_assert_cmpint (((LayananComplaintStep *) steps->pdata[1])->kind, ==,
                   LAYANAN_COMPLAINT_STEP_SETTLE);
  g_assert_cmpint (((LayananComplaintStep *) steps->pdata[1])->to_status, ==,
                   LAYANAN_COMPLAINT_STATUS_SELESAI);
  g_assert_cmpstr (((LayananComplaintStep *) steps->pdata[1])->note, ==, "imported");
  g_assert_cmpstr (((LayananComplaintStep *) steps->pdata[1])->at, ==,
                   "2026-02-10T10:00:00+07:00");
}

/* Confidential identities */

static gboolean
collect_row (const LayananComplaintRow  *row,
             gpointer                    user_data,
             GError                    **error)
{
  GPtrArray *rows = user_data;
  LayananComplaintRow *copy = g_new0 (LayananComplaintRow, 1);

  g_assert_null (row->snippet);
  copy->id = row->id;
  copy->anonymous = row->anonymous;
  copy->confidential = row->confidential;
  copy->complainant_name = g_strdup (row->complainant_name);
  copy->complainant_contact = g_strdup (row->complainant_contact);
  copy->received_at = g_strdup (row->received_at);
  copy->channel = row->channel;
  copy->category_name = g_strdup (row->category_name);
  copy->service_name = g_strdup (row->service_name);
  copy->due_at = g_strdup (row->due_at);
  copy->status = row->status;
  copy->register_year = row->register_year;
  copy->register_number = row->register_number;
  g_ptr_array_add (rows, copy);
  return TRUE;
}

static GPtrArray *
foreach_rows (Fixture                     *fixture,
              const LayananComplaintQuery *query)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) layanan_complaint_row_free);
  g_autoptr(GError) error = NULL;

  layanan_database_foreach_complaint (fixture->database, query, collect_row, rows, NULL, &error);
  g_assert_no_error (error);
  return rows;
}

static void
check_identity (const LayananComplaintRow *row)
{
  if (row->anonymous || row->confidential)
    {
      g_assert_null (row->complainant_name);
      g_assert_null (row->complainant_contact);
    }
  else
    {
      g_assert_cmpstr (row->complainant_name, ==, "Rahmat Hidayat");
      g_assert_cmpstr (row->complainant_contact, ==, "0812-5678-9012");
    }
}

static void
test_confidential_rows (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(LayananComplaint) open = NULL;
  g_autoptr(LayananComplaint) confidential = NULL;
  g_autoptr(LayananComplaint) anonymous = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) streamed = NULL;
  g_autoptr(GError) error = NULL;
  LayananComplaintQuery query = { .search = (char *) "pungutan" };

  open = add_complaint (fixture, "2026-03-02T09:00:00+07:00", "Pungutan liar di loket");
  confidential = new_complaint (fixture, "2026-03-02T10:00:00+07:00", "Pungutan oleh petugas");
  confidential->confidential = TRUE;
  layanan_database_add_complaint (fixture->database, confidential, NULL, &error);
  g_assert_no_error (error);
  anonymous = new_complaint (fixture, "2026-03-02T11:00:00+07:00", "Pungutan tanpa kuitansi");
  anonymous->anonymous = TRUE;
  g_clear_pointer (&anonymous->complainant_name, g_free);
  g_clear_pointer (&anonymous->complainant_contact, g_free);
  layanan_database_add_complaint (fixture->database, anonymous, NULL, &error);
  g_assert_no_error (error);

  rows = query_rows (fixture, &query);
  g_assert_cmpuint (rows->len, ==, 3);
  for (guint i = 0; i < rows->len; i++)
    check_identity (rows->pdata[i]);
  g_assert_true (((LayananComplaintRow *) rows->pdata[1])->confidential);

  streamed = foreach_rows (fixture, &query);
  g_assert_cmpuint (streamed->len, ==, 3);
  for (guint i = 0; i < streamed->len; i++)
    check_identity (streamed->pdata[i]);
}

/* Search */

static void
test_search_responses (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(LayananComplaint) complaint = NULL;
  g_autoptr(LayananComplaint) other = NULL;
  g_autoptr(LayananComplaintStep) verify = new_step (LAYANAN_COMPLAINT_STEP_VERIFY,
                                                     "2026-03-02T10:00:00+07:00");
  g_autoptr(LayananComplaintStep) respond = new_step (LAYANAN_COMPLAINT_STEP_RESPOND,
                                                      "2026-03-02T11:00:00+07:00");
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  LayananComplaintQuery query = { .search = (char *) "bappeda" };
  LayananComplaintRow *row;

  complaint = add_complaint (fixture, "2026-03-02T09:00:00+07:00", "Bantuan hibah terlambat");
  other = add_complaint (fixture, "2026-03-02T09:30:00+07:00", "Hibah masjid");

  rows = query_rows (fixture, &query);
  g_assert_cmpuint (rows->len, ==, 0);
  g_clear_pointer (&rows, g_ptr_array_unref);

  take_step (fixture, complaint, verify, NULL);
  respond->response = g_strdup ("Sudah dikoordinasikan dengan Bappeda");
  respond->note = g_strdup ("Ditelepon pukul 10.30");
  take_step (fixture, complaint, respond, NULL);

  rows = query_rows (fixture, &query);
  g_assert_cmpuint (rows->len, ==, 1);
  row = rows->pdata[0];
  g_assert_cmpint (row->id, ==, complaint->id);
  g_assert_nonnull (strstr (row->snippet, "\x01" "Bappeda" "\x02"));
  g_assert_cmpstr (row->last_response, ==, "Sudah dikoordinasikan dengan Bappeda");
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* Words from the description and from a response or note together;
   * prefixes of words. */
  query.search = (char *) "hibah ditelep";
  rows = query_rows (fixture, &query);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpint (layanan_database_count_complaints (fixture->database, &query, &error), ==, 1);
  g_clear_pointer (&rows, g_ptr_array_unref);

  query.search = (char *) "hibah";
  g_assert_cmpint (layanan_database_count_complaints (fixture->database, &query, &error), ==, 2);
  query.search = (char *) "\"(";
  g_assert_cmpint (layanan_database_count_complaints (fixture->database, &query, &error), ==, 2);
  g_assert_no_error (error);
}

/* The list over many complaints */

#define N_MANY 300

/* 300 complaints spread over channels, categories, services, staff, units,
 * days, and statuses (through the import, which writes the status line). */
static void
add_many (Fixture *fixture)
{
  g_autoptr(GPtrArray) complaints = g_ptr_array_new_with_free_func (
    (GDestroyNotify) layanan_complaint_free);
  g_autoptr(GPtrArray) adpim = NULL;
  g_autoptr(GError) error = NULL;
  static const char * const words[] = { "hibah", "antrean", "pungutan", "loket", "jalan" };

  adpim = layanan_database_list_categories (fixture->database, fixture->adpim, FALSE, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < N_MANY; i++)
    {
      g_autofree char *at = g_strdup_printf ("2026-%02u-%02uT%02u:%02u:00+07:00",
                                             1 + i % 4, 1 + (i * 11) % 28, 8 + i % 8,
                                             (i * 13) % 60);
      g_autofree char *description = g_strdup_printf ("Keluhan %s nomor %u",
                                                      words[i % G_N_ELEMENTS (words)], i);
      LayananComplaint *complaint = new_complaint (fixture, at, description);

      complaint->channel = (i * 3) % LAYANAN_N_CHANNEL_KINDS;
      if (complaint->channel == LAYANAN_CHANNEL_SP4N_LAPOR && i % 2 == 0)
        complaint->lapor_number = g_strdup_printf ("19%05u", i);
      complaint->service_id = i % 3 == 0 ? 0 : i % 3 == 1 ? fixture->service_a
                                                          : fixture->service_b;
      if (i % 10 == 9)
        {
          complaint->unit_id = fixture->adpim;
          layanan_complaint_set_category (complaint, adpim->pdata[i % 4], fixture->calendar);
        }
      else
        layanan_complaint_set_category (complaint, kesra_category (fixture, i % 4),
                                        fixture->calendar);
      complaint->status = (i / 2) % LAYANAN_N_COMPLAINT_STATUSES;
      if (complaint->status == LAYANAN_COMPLAINT_STATUS_DITERUSKAN)
        complaint->assigned_staff_id = i % 4 == 0 ? fixture->staff_1 : fixture->staff_2;
      if (complaint->status == LAYANAN_COMPLAINT_STATUS_MENUNGGU_PELAPOR)
        complaint->paused_at = g_strdup (at);
      if (layanan_complaint_status_is_closed (complaint->status))
        complaint->closed_at = g_strdup (at);
      g_ptr_array_add (complaints, complaint);
    }

  layanan_database_add_complaints (fixture->database, complaints, NULL, &error);
  g_assert_no_error (error);
}

static const char *
or_empty (const char *text)
{
  return text != NULL ? text : "";
}

/* Compares two rows in @sort, ascending, with the id last. */
static int
compare_rows (const LayananComplaintRow *a,
              const LayananComplaintRow *b,
              LayananComplaintSort       sort)
{
  int order = 0;

  switch (sort)
    {
    case LAYANAN_COMPLAINT_SORT_NUMBER:
      order = a->register_year != b->register_year
              ? (a->register_year < b->register_year ? -1 : 1)
              : (a->register_number > b->register_number) - (a->register_number <
                                                             b->register_number);
      break;
    case LAYANAN_COMPLAINT_SORT_RECEIVED:
      order = strcmp (a->received_at, b->received_at);
      break;
    case LAYANAN_COMPLAINT_SORT_CHANNEL:
      order = (int) a->channel - (int) b->channel;
      break;
    case LAYANAN_COMPLAINT_SORT_CATEGORY:
      order = strcmp (a->category_name, b->category_name);
      break;
    case LAYANAN_COMPLAINT_SORT_SERVICE:
      order = strcmp (or_empty (a->service_name), or_empty (b->service_name));
      break;
    case LAYANAN_COMPLAINT_SORT_DUE:
      order = strcmp (or_empty (a->due_at), or_empty (b->due_at));
      break;
    case LAYANAN_COMPLAINT_SORT_STATUS:
    default:
      order = (int) a->status - (int) b->status;
      break;
    }

  if (order != 0)
    return order;
  return (a->id > b->id) - (a->id < b->id);
}

static void
check_paging (Fixture                     *fixture,
              const LayananComplaintQuery *query,
              GPtrArray                   *full,
              guint                        limit)
{
  g_autoptr(GPtrArray) anchors = NULL;
  g_autoptr(GError) error = NULL;
  LayananComplaintRow *after = NULL;
  g_autoptr(GPtrArray) previous = NULL;
  guint position = 0;

  for (;;)
    {
      g_autoptr(GPtrArray) page = layanan_database_query_complaints (fixture->database, query,
                                                                     after, limit, &error);

      g_assert_no_error (error);
      for (guint i = 0; i < page->len; i++, position++)
        {
          g_assert_cmpuint (position, <, full->len);
          g_assert_cmpint (((LayananComplaintRow *) page->pdata[i])->id, ==,
                           ((LayananComplaintRow *) full->pdata[position])->id);
        }
      if (page->len < limit)
        break;
      g_clear_pointer (&previous, g_ptr_array_unref);
      previous = g_steal_pointer (&page);
      after = previous->pdata[previous->len - 1];
    }
  g_assert_cmpuint (position, ==, full->len);
  g_assert_cmpint (layanan_database_count_complaints (fixture->database, query, &error), ==,
                   full->len);

  anchors = layanan_database_complaint_page_anchors (fixture->database, query, limit, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (anchors->len, ==, MAX (1, (full->len + limit - 1) / limit));
  g_assert_null (anchors->pdata[0]);
  for (guint k = 1; k < anchors->len; k++)
    {
      g_autoptr(GPtrArray) page = layanan_database_query_complaints (fixture->database, query,
                                                                     anchors->pdata[k], 1,
                                                                     &error);

      g_assert_no_error (error);
      g_assert_cmpint (((LayananComplaintRow *) page->pdata[0])->id, ==,
                       ((LayananComplaintRow *) full->pdata[k * limit])->id);
    }
}

static void
test_sorts_and_pages (Fixture       *fixture,
                      gconstpointer  data)
{
  add_many (fixture);

  for (guint sort = 0; sort < LAYANAN_N_COMPLAINT_SORTS; sort++)
    for (guint descending = 0; descending < 2; descending++)
      {
        LayananComplaintQuery query = { .sort = sort, .descending = descending };
        g_autoptr(GPtrArray) full = foreach_rows (fixture, &query);

        g_test_message ("Sort %u, descending %u", sort, descending);
        g_assert_cmpuint (full->len, ==, N_MANY);
        for (guint i = 1; i < full->len; i++)
          {
            int order = compare_rows (full->pdata[i - 1], full->pdata[i], sort);

            g_assert_cmpint (descending ? -order : order, <, 0);
          }
        check_paging (fixture, &query, full, 17);
      }
}

/* What the query should select, decided from the complaints themselves. */
static gboolean
expected_in (const LayananComplaint      *complaint,
             const LayananComplaintQuery *query)
{
  if (query->statuses != 0 && (query->statuses & (1u << complaint->status)) == 0)
    return FALSE;
  if (query->channels != 0 && (query->channels & (1u << complaint->channel)) == 0)
    return FALSE;
  if (query->unit_id != 0 && complaint->unit_id != query->unit_id)
    return FALSE;
  if (query->category_id != 0 && complaint->category_id != query->category_id)
    return FALSE;
  if (query->service_id != 0 && complaint->service_id != query->service_id)
    return FALSE;
  if (query->staff_id != 0 && complaint->assigned_staff_id != query->staff_id)
    return FALSE;
  if (query->received_from != NULL && strncmp (complaint->received_at, query->received_from,
                                               10) < 0)
    return FALSE;
  if (query->received_to != NULL && strncmp (complaint->received_at, query->received_to,
                                             10) > 0)
    return FALSE;
  if (query->due_states != 0)
    {
      LayananDueState state;

      if (complaint->due_at == NULL || layanan_complaint_status_is_closed (complaint->status) ||
          complaint->status == LAYANAN_COMPLAINT_STATUS_MENUNGGU_PELAPOR)
        state = LAYANAN_DUE_STATE_NONE;
      else if (strcmp (complaint->due_at, query->due_now) < 0)
        state = LAYANAN_DUE_STATE_OVERDUE;
      else if (strcmp (complaint->due_at, query->due_soon_limit) < 0)
        state = LAYANAN_DUE_STATE_SOON;
      else
        state = LAYANAN_DUE_STATE_ON_TIME;
      if ((query->due_states & (1u << state)) == 0)
        return FALSE;
    }
  return TRUE;
}

static void
check_filter (Fixture                     *fixture,
              const LayananComplaintQuery *query,
              GPtrArray                   *all)
{
  g_autoptr(GPtrArray) rows = foreach_rows (fixture, query);
  g_autoptr(GHashTable) found = g_hash_table_new (g_int64_hash, g_int64_equal);
  guint expected = 0;

  for (guint i = 0; i < rows->len; i++)
    g_hash_table_add (found, &((LayananComplaintRow *) rows->pdata[i])->id);

  for (guint i = 0; i < all->len; i++)
    {
      LayananComplaint *complaint = all->pdata[i];

      if (!expected_in (complaint, query))
        continue;
      expected++;
      g_assert_true (g_hash_table_contains (found, &complaint->id));
    }
  g_test_message ("%u of %u selected", rows->len, all->len);
  g_assert_cmpuint (rows->len, ==, expected);
  g_assert_cmpuint (expected, >, 0);
  g_assert_cmpuint (expected, <, all->len);
  check_paging (fixture, query, rows, 7);
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (
    (GDestroyNotify) layanan_complaint_free);
  g_autoptr(GError) error = NULL;
  gint64 first_id;

  add_many (fixture);
  first_id = layanan_test_query_int (fixture->database, "SELECT min (id) FROM complaints");
  for (guint i = 0; i < N_MANY; i++)
    {
      LayananComplaint *complaint = layanan_database_load_complaint (fixture->database,
                                                                     first_id + i, &error);

      g_assert_no_error (error);
      g_ptr_array_add (all, complaint);
    }

  {
    LayananComplaintQuery query = {
      .sort = LAYANAN_COMPLAINT_SORT_RECEIVED,
      .statuses = 1u << LAYANAN_COMPLAINT_STATUS_DITERUSKAN |
                  1u << LAYANAN_COMPLAINT_STATUS_SELESAI,
    };
    check_filter (fixture, &query, all);
  }
  {
    LayananComplaintQuery query = {
      .channels = 1u << LAYANAN_CHANNEL_SP4N_LAPOR | 1u << LAYANAN_CHANNEL_SURAT,
    };
    check_filter (fixture, &query, all);
  }
  {
    LayananComplaintQuery query = { .unit_id = fixture->adpim };
    check_filter (fixture, &query, all);
  }
  {
    LayananComplaintQuery query = { .category_id = kesra_category (fixture, 2)->id,
                                    .sort = LAYANAN_COMPLAINT_SORT_DUE };
    check_filter (fixture, &query, all);
  }
  {
    LayananComplaintQuery query = { .service_id = fixture->service_b };
    check_filter (fixture, &query, all);
  }
  {
    LayananComplaintQuery query = { .staff_id = fixture->staff_1 };
    check_filter (fixture, &query, all);
  }
  {
    LayananComplaintQuery query = { .received_from = (char *) "2026-02-10",
                                    .received_to = (char *) "2026-03-05",
                                    .sort = LAYANAN_COMPLAINT_SORT_CHANNEL,
                                    .descending = TRUE };
    check_filter (fixture, &query, all);
  }
  for (guint state = LAYANAN_DUE_STATE_NONE; state <= LAYANAN_DUE_STATE_OVERDUE; state++)
    {
      LayananComplaintQuery query = { .due_states = 1u << state,
                                      .due_now = (char *) "2026-03-20T09:00:00+07:00",
                                      .due_soon_limit = (char *) "2026-04-01T09:00:00+07:00",
                                      .sort = LAYANAN_COMPLAINT_SORT_STATUS };

      g_test_message ("Due state %u", state);
      check_filter (fixture, &query, all);
    }
  {
    /* Waiting for the complainant is never overdue. */
    LayananComplaintQuery query = { .due_states = 1u << LAYANAN_DUE_STATE_OVERDUE,
                                    .statuses = 1u << LAYANAN_COMPLAINT_STATUS_MENUNGGU_PELAPOR,
                                    .due_now = (char *) "2030-01-01T00:00:00+07:00" };

    g_assert_cmpint (layanan_database_count_complaints (fixture->database, &query, &error),
                     ==, 0);
    g_assert_no_error (error);
  }
  {
    LayananComplaintQuery query = { .search = (char *) "pungut",
                                    .sort = LAYANAN_COMPLAINT_SORT_CATEGORY };
    g_autoptr(GPtrArray) rows = foreach_rows (fixture, &query);

    g_assert_cmpuint (rows->len, ==, N_MANY / 5);
    check_paging (fixture, &query, rows, 9);
  }
  {
    LayananComplaintQuery query = { .received_from = (char *) "2026-02-31" };

    g_assert_cmpint (layanan_database_count_complaints (fixture->database, &query, &error),
                     ==, -1);
    g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  }
}

static gboolean
cancel_at_third (const LayananComplaintRow  *row,
                 gpointer                    user_data,
                 GError                    **error)
{
  GCancellable *cancellable = user_data;
  guint *seen = g_object_get_data (G_OBJECT (cancellable), "seen");

  if (++*seen == 3)
    g_cancellable_cancel (cancellable);
  return TRUE;
}

static void
test_foreach_cancelled (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  LayananComplaintQuery query = { 0 };
  guint seen = 0;

  for (guint i = 0; i < 6; i++)
    {
      g_autoptr(LayananComplaint) complaint = add_complaint (fixture,
                                                             "2026-03-02T09:00:00+07:00",
                                                             "Keluhan");
    }

  g_object_set_data (G_OBJECT (cancellable), "seen", &seen);
  g_assert_false (layanan_database_foreach_complaint (fixture->database, &query,
                                                      cancel_at_third, cancellable,
                                                      cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (seen, ==, 3);
}

static void
test_query_copy (void)
{
  g_autoptr(LayananComplaintQuery) query = layanan_complaint_query_new ();
  g_autoptr(LayananComplaintQuery) copy = NULL;

  query->statuses = 5;
  query->search = g_strdup ("hibah");
  query->received_from = g_strdup ("2026-01-01");
  query->sort = LAYANAN_COMPLAINT_SORT_DUE;
  copy = layanan_complaint_query_copy (query);
  g_assert_cmpuint (copy->statuses, ==, 5);
  g_assert_cmpint (copy->sort, ==, LAYANAN_COMPLAINT_SORT_DUE);
  g_assert_cmpstr (copy->search, ==, "hibah");
  g_assert_true (copy->search != query->search);
  g_assert_cmpstr (copy->received_from, ==, "2026-01-01");
  g_assert_null (copy->due_now);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store/complaints/add-and-load", test_add_and_load);
  ADD ("/store/complaints/ensure-categories", test_ensure_categories);
  ADD ("/store/complaints/save-category", test_save_category);
  ADD ("/store/complaints/auto-close-setting", test_auto_close_setting);
  ADD ("/store/complaints/stale-step-refused", test_stale_step_refused);
  ADD ("/store/complaints/timeline", test_timeline);
  ADD ("/store/complaints/not-competent-keeps-whom", test_not_competent_keeps_whom);
  ADD ("/store/complaints/waiting-list", test_waiting_list);
  ADD ("/store/complaints/update", test_update);
  ADD ("/store/complaints/add-many-all-or-nothing", test_add_many_all_or_nothing);
  ADD ("/store/complaints/confidential-rows", test_confidential_rows);
  ADD ("/store/complaints/search-responses", test_search_responses);
  ADD ("/store/complaints/sorts-and-pages", test_sorts_and_pages);
  ADD ("/store/complaints/filters", test_filters);
  ADD ("/store/complaints/foreach-cancelled", test_foreach_cancelled);
  g_test_add_func ("/store/complaints/query-copy", test_query_copy);

#undef ADD

  return g_test_run ();
}
