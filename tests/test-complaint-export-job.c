/* test-complaint-export-job.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "layanan-complaint-export-job.h"
#include "layanan-error.h"
#include "layanan-test-util.h"

/* The job and `layanan-cli export pengaduan` over a real database: five
 * complaints saved through the store, three of them in Biro Kesra in
 * January–February 2026. */

#define NOW "2026-02-10T12:00:00+07:00"
#define RINGAN "Pengaduan ringan"
#define NORMATIF "Pengaduan bersifat normatif"
#define SECRET_NAME "Siti Rahasia"
#define SECRET_CONTACT "siti@rahasia.example"

typedef struct
{
  char            *dir;
  char            *db_path;
  char            *out_path;
  gint64           kesra;
  gint64           adpim;
} Fixture;

static LayananCategory *
find_category (GPtrArray  *categories,
               const char *name)
{
  for (guint i = 0; i < categories->len; i++)
    {
      LayananCategory *category = g_ptr_array_index (categories, i);

      if (g_str_equal (category->name, name))
        return category;
    }
  g_error ("no category “%s”", name);
}

static LayananComplaint *
new_complaint (LayananDatabase    *database,
               LayananCalendar    *calendar,
               gint64              unit_id,
               const char         *received_at,
               LayananChannelKind  channel,
               const char         *category_name)
{
  g_autoptr(GPtrArray) categories = layanan_database_list_categories (database, unit_id, FALSE,
                                                                      NULL);
  LayananComplaint *complaint = layanan_complaint_new ();

  complaint->unit_id = unit_id;
  complaint->received_at = g_strdup (received_at);
  complaint->channel = channel;
  complaint->classification = LAYANAN_COMPLAINT_KIND_PENGADUAN;
  complaint->description = g_strdup ("Keluhan pelayanan");
  g_assert_nonnull (categories);
  layanan_complaint_set_category (complaint, find_category (categories, category_name),
                                  calendar);
  return complaint;
}

static void
settle (LayananComplaint *complaint,
        const char       *closed_at)
{
  complaint->status = LAYANAN_COMPLAINT_STATUS_SELESAI;
  complaint->closed_at = g_strdup (closed_at);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *reference = layanan_test_reference_dir ();
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(LayananCalendar) calendar = NULL;
  g_autoptr(GPtrArray) complaints = g_ptr_array_new_with_free_func (
    (GDestroyNotify) layanan_complaint_free);
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GError) error = NULL;
  LayananComplaint *complaint;

  fixture->dir = layanan_test_make_tmp_dir ("complaint-export-job");
  fixture->db_path = g_build_filename (fixture->dir, "layanan.sqlite", NULL);
  fixture->out_path = g_build_filename (fixture->dir, "rekap.xlsx", NULL);
  database = layanan_database_open (fixture->db_path, &error);
  g_assert_no_error (error);
  layanan_database_load_reference_dir (database, reference, &error);
  g_assert_no_error (error);
  layanan_database_ensure_categories (database, &error);
  g_assert_no_error (error);
  calendar = layanan_database_load_calendar (database, &error);
  g_assert_no_error (error);

  units = layanan_database_list_units (database, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < units->len; i++)
    {
      LayananUnit *unit = g_ptr_array_index (units, i);

      if (g_str_equal (unit->code, "kesra"))
        fixture->kesra = unit->id;
      else if (g_str_equal (unit->code, "adpim"))
        fixture->adpim = unit->id;
    }
  g_assert_cmpint (fixture->kesra, !=, 0);
  g_assert_cmpint (fixture->adpim, !=, 0);

  /* Settled on time: Monday 5 → Friday 9 January, 4 working days. */
  complaint = new_complaint (database, calendar, fixture->kesra, "2026-01-05T09:00:00+07:00",
                             LAYANAN_CHANNEL_TATAP_MUKA, NORMATIF);
  complaint->complainant_name = g_strdup ("Budi Santoso");
  settle (complaint, "2026-01-09T10:00:00+07:00");
  g_ptr_array_add (complaints, complaint);
  /* Confidential, 3 jam, settled late: 15, (16 Isra Mikraj), 19, 20 =
   * 3 working days. */
  complaint = new_complaint (database, calendar, fixture->kesra, "2026-01-14T10:00:00+07:00",
                             LAYANAN_CHANNEL_WHATSAPP, RINGAN);
  complaint->confidential = TRUE;
  complaint->complainant_name = g_strdup (SECRET_NAME);
  complaint->complainant_contact = g_strdup (SECRET_CONTACT);
  settle (complaint, "2026-01-20T11:00:00+07:00");
  g_ptr_array_add (complaints, complaint);
  /* Anonymous, SP4N-LAPOR!, 01:30 WIB on 1 February (31 January in UTC),
   * due a week later, still open at NOW. */
  complaint = new_complaint (database, calendar, fixture->kesra, "2026-01-31T18:30:00Z",
                             LAYANAN_CHANNEL_SP4N_LAPOR, NORMATIF);
  complaint->anonymous = TRUE;
  complaint->lapor_number = g_strdup ("1916449");
  complaint->status = LAYANAN_COMPLAINT_STATUS_DITINDAKLANJUTI;
  g_ptr_array_add (complaints, complaint);
  /* Outside the period, and in another unit. */
  g_ptr_array_add (complaints, new_complaint (database, calendar, fixture->kesra,
                                              "2026-03-02T09:00:00+07:00",
                                              LAYANAN_CHANNEL_EMAIL, RINGAN));
  g_ptr_array_add (complaints, new_complaint (database, calendar, fixture->adpim,
                                              "2026-01-06T09:00:00+07:00",
                                              LAYANAN_CHANNEL_EMAIL, RINGAN));

  layanan_database_add_complaints (database, complaints, NULL, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  layanan_test_remove_tree (fixture->dir);
  g_free (fixture->out_path);
  g_free (fixture->db_path);
  g_free (fixture->dir);
}

/* Worked out by hand from the three complaints of Kesra in the period. */
static const char expected_tables[] =
  "{\"Per Bulan\": {\"label\": \"Bulan\", \"rows\": ["
  "   [\"Januari 2026\", 2, 2, 1, 1, 0, 0, 0.5, 3.5],"
  "   [\"Februari 2026\", 1, 0, 0, 0, 1, 1, null, null]],"
  "  \"total\": [3, 2, 1, 1, 1, 1, 0.5, 3.5]},"
  " \"Per Kategori\": {\"label\": \"Kategori\", \"partial\": true, \"n_lines\": 4, \"rows\": ["
  "   [\"" RINGAN "\", 1, 1, 0, 1, 0, 0, 0.0, 3.0],"
  "   [\"" NORMATIF "\", 2, 1, 1, 0, 1, 1, 1.0, 4.0]],"
  "  \"total\": [3, 2, 1, 1, 1, 1, 0.5, 3.5]},"
  " \"Per Kanal\": {\"label\": \"Kanal\", \"partial\": true, \"n_lines\": 10, \"rows\": ["
  "   [\"Tatap Muka\", 1, 1, 1, 0, 0, 0, 1.0, 4.0],"
  "   [\"WhatsApp\", 1, 1, 0, 1, 0, 0, 0.0, 3.0],"
  "   [\"SP4N-LAPOR!\", 1, 0, 0, 0, 1, 1, null, null]],"
  "  \"total\": [3, 2, 1, 1, 1, 1, 0.5, 3.5]},"
  " \"Per Status\": {\"label\": \"Status\", \"partial\": true, \"n_lines\": 9, \"rows\": ["
  "   [\"Selesai\", 2, 2, 1, 1, 0, 0, 0.5, 3.5],"
  "   [\"Ditindaklanjuti\", 1, 0, 0, 0, 1, 1, null, null]],"
  "  \"total\": [3, 2, 1, 1, 1, 1, 0.5, 3.5]},"
  " \"Per Klasifikasi\": {\"label\": \"Klasifikasi\", \"partial\": true, \"n_lines\": 3,"
  "   \"rows\": [[\"Pengaduan\", 3, 2, 1, 1, 1, 1, 0.5, 3.5]],"
  "  \"total\": [3, 2, 1, 1, 1, 1, 0.5, 3.5]}}";

static char *
expected_json (const char *headings,
               const char *forbidden)
{
  return g_strdup_printf (
    "{\"author\": \"Biro Kesejahteraan Rakyat\","
    " \"title\": [], \"list_title\": [\"DAFTAR PENGADUAN\", \"Biro Kesejahteraan Rakyat\","
    "   \"Periode: 1 Januari 2026 s.d. 28 Februari 2026\", null],"
    " \"tables\": %s, \"headings\": %s, \"rows\": [null, null, null],"
    " \"forbidden\": %s, \"personal\": %s}",
    expected_tables, headings, forbidden, strstr (headings, "Pelapor") ? "true" : "false");
}

#define HEADINGS \
  "[\"No\", \"Nomor Register\", \"Diterima\", \"Kanal\", \"Nomor LAPOR!\", %s" \
  " \"Klasifikasi\", \"Kategori\", \"Layanan\", \"Uraian\", \"Status\", \"Batas Waktu\"," \
  " \"Selesai\", \"Lama Penyelesaian (hari kerja)\", \"Tepat Waktu\", \"Tanggapan terakhir\"]"

static void
check_workbook (Fixture    *fixture,
                const char *expected)
{
  layanan_test_check_workbook ("check-complaint-recap.py", fixture->out_path, expected,
                               fixture->dir, NULL);
}

static void
record_progress (double   fraction,
                 gpointer user_data)
{
  GArray *fractions = user_data;

  g_array_append_val (fractions, fraction);
}

static LayananComplaintQuery *
january_february (Fixture *fixture)
{
  LayananComplaintQuery *query = layanan_complaint_query_new ();

  query->received_from = g_strdup ("2026-01-01");
  query->received_to = g_strdup ("2026-02-28");
  query->unit_id = fixture->kesra;
  query->due_now = g_strdup (NOW);
  return query;
}

/* The counts come from the store's rows through the recap, the list holds
 * the period's three, the confidential name appears nowhere, and progress
 * climbs to 1. */
static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(LayananComplaintQuery) query = january_february (fixture);
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  g_autofree char *headings = g_strdup_printf (HEADINGS, "");
  g_autofree char *expected = expected_json (
    headings, "[\"" SECRET_NAME "\", \"" SECRET_CONTACT "\", \"Budi Santoso\"]");

  g_assert_true (layanan_complaint_export (fixture->db_path, query, FALSE, fixture->out_path,
                                           record_progress, fractions, NULL, &error));
  g_assert_no_error (error);
  check_workbook (fixture, expected);

  g_assert_cmpuint (fractions->len, >=, 2);
  g_assert_cmpfloat (g_array_index (fractions, double, 0), ==, 0.0);
  g_assert_cmpfloat (g_array_index (fractions, double, fractions->len - 1), ==, 1.0);
  for (guint i = 1; i < fractions->len; i++)
    g_assert_cmpfloat (g_array_index (fractions, double, i), >,
                       g_array_index (fractions, double, i - 1));
}

static void
export_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  GError **error = user_data;

  if (!layanan_complaint_export_finish (result, error) && *error == NULL)
    g_assert_not_reached ();
  else if (*error == NULL)
    *error = g_error_new_literal (LAYANAN_ERROR, LAYANAN_ERROR_FAILED, "done");
}

/* On a worker thread, with the names asked for: the named complainant
 * appears, the confidential one still does not. */
static void
test_export_async (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(LayananComplaintQuery) query = january_february (fixture);
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *headings = g_strdup_printf (HEADINGS, "\"Pelapor\", \"Kontak\",");
  g_autofree char *expected = expected_json (headings,
                                             "[\"" SECRET_NAME "\", \"" SECRET_CONTACT "\"]");
  GError *error = NULL;

  layanan_complaint_export_async (fixture->db_path, query, TRUE, fixture->out_path,
                                  record_progress, fractions, NULL, export_done, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_FAILED);   /* "done" */
  g_clear_error (&error);

  check_workbook (fixture, expected);
  g_assert_cmpfloat (g_array_index (fractions, double, fractions->len - 1), ==, 1.0);
}

/* Cancelled before it starts: a cancelled error and no file. */
static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(LayananComplaintQuery) query = january_february (fixture);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (layanan_complaint_export (fixture->db_path, query, FALSE, fixture->out_path,
                                            NULL, NULL, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (fixture->out_path, G_FILE_TEST_EXISTS));
}

static int
run_cli (Fixture     *fixture,
         const char **args,
         char       **out,
         char       **err)
{
  g_autofree char *cli = g_build_filename (g_getenv ("LAYANAN_BUILD_ROOT"), "src",
                                           "layanan-cli", NULL);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_ptr_array_add (argv, cli);
  g_ptr_array_add (argv, (char *) "--database");
  g_ptr_array_add (argv, fixture->db_path);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, err,
                &status, &error);
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

/* `layanan-cli export pengaduan` as staff type it, dates the Indonesian
 * way; a bad date or an unknown unit is a usage error that says which. */
static void
test_cli (Fixture       *fixture,
          gconstpointer  data)
{
  const char *good[] = { "export", "pengaduan", "--from", "1/1/2026", "--to", "28/2/2026",
                         "--unit", "kesra", "-o", fixture->out_path, NULL };
  const char *bad_date[] = { "export", "pengaduan", "--from", "31/2/2026", "--to", "28/2/2026",
                             "-o", fixture->out_path, NULL };
  const char *bad_unit[] = { "export", "pengaduan", "--from", "1/1/2026", "--to", "28/2/2026",
                             "--unit", "tidak-ada", "-o", fixture->out_path, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_nonnull (g_getenv ("LAYANAN_BUILD_ROOT"));
  g_assert_cmpint (run_cli (fixture, good, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, fixture->out_path));
  {
    /* What is overdue depends on today here; the settled counts do not. */
    g_autofree char *headings = g_strdup_printf (HEADINGS, "");
    g_autofree char *expected = g_strdup_printf (
      "{\"author\": \"Biro Kesejahteraan Rakyat\", \"title\": [], \"list_title\": [null, null, null, null],"
      " \"tables\": {\"Per Kategori\": {\"label\": \"Kategori\", \"partial\": true,"
      "   \"others\": \"any\", \"rows\": ["
      "   [\"" RINGAN "\", 1, 1, 0, 1, 0, 0, 0.0, 3.0]], \"total\": null}},"
      " \"headings\": %s, \"rows\": [null, null, null],"
      " \"forbidden\": [\"" SECRET_NAME "\", \"Budi Santoso\"], \"personal\": false}",
      headings);

    check_workbook (fixture, expected);
  }

  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (fixture, bad_date, NULL, &err), ==, 2);
  g_assert_nonnull (strstr (err, "31/2/2026"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (fixture, bad_unit, NULL, &err), ==, 2);
  g_assert_nonnull (strstr (err, "tidak-ada"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/jobs/complaint-export/" path, Fixture, NULL, fixture_set_up, func, \
              fixture_tear_down)
  ADD ("export", test_export);
  ADD ("export-async", test_export_async);
  ADD ("cancel", test_cancel);
  ADD ("cli", test_cli);
#undef ADD

  return g_test_run ();
}
