/* test-catalog.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "layanan-database.h"
#include "layanan-database-private.h"
#include "layanan-error.h"
#include "layanan-standard.h"
#include "layanan-startup.h"
#include "layanan-test-util.h"

typedef struct
{
  char            *dir;
  char            *path;
  LayananDatabase *database;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *reference = layanan_test_reference_dir ();
  g_autoptr(GError) error = NULL;

  fixture->dir = layanan_test_make_tmp_dir ("catalog");
  fixture->path = g_build_filename (fixture->dir, "layanan.sqlite", NULL);
  fixture->database = layanan_database_open (fixture->path, &error);
  g_assert_no_error (error);
  layanan_database_load_reference_dir (fixture->database, reference, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->database);
  layanan_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static gint64
query_int (LayananDatabase *database,
           const char      *sql)
{
  g_autoptr(GError) error = NULL;
  gint64 value = layanan_database_query_int (database, sql, &error);

  g_assert_no_error (error);
  return value;
}

static char *
query_text (LayananDatabase *database,
            const char      *sql)
{
  g_autoptr(GError) error = NULL;
  char *value = layanan_database_query_text (database, sql, &error);

  g_assert_no_error (error);
  return value;
}

static gint64
count_audit (LayananDatabase *database)
{
  return query_int (database, "SELECT count(*) FROM audit_log");
}

/* A standard with something in every component and every typed value. */
static LayananStandard *
full_standard (const char *name)
{
  LayananStandard *standard = layanan_standard_new (name);
  LayananDuration completion = { 30, LAYANAN_DURATION_WORKING_DAYS };
  LayananDuration light = { 3, LAYANAN_DURATION_HOURS };
  LayananDuration normative = { 5, LAYANAN_DURATION_WORKING_DAYS };

  layanan_standard_set_unit_code (standard, "kesra");
  for (guint kind = 0; kind < LAYANAN_N_COMPONENTS; kind++)
    {
      g_autofree char *first = g_strdup_printf ("Butir pertama %s",
                                                layanan_component_kind_get_name (kind));
      g_autofree char *second = g_strdup_printf ("Butir kedua %s",
                                                 layanan_component_kind_get_name (kind));

      if (kind == LAYANAN_COMPONENT_JANGKA_WAKTU)
        {
          layanan_standard_set_text (standard, kind, "30 Hari Kerja");
          continue;
        }
      if (kind == LAYANAN_COMPONENT_BIAYA)
        {
          layanan_standard_set_text (standard, kind, "Gratis");
          continue;
        }
      layanan_standard_add_item (standard, kind, first);
      layanan_standard_add_item (standard, kind, second);
    }
  layanan_standard_add_item (standard, LAYANAN_COMPONENT_PERSYARATAN, "Tanda Pengenal");
  layanan_standard_set_text (standard, LAYANAN_COMPONENT_PRODUK, "Rancangan Peraturan Daerah");

  layanan_standard_set_completion (standard, &completion);
  layanan_standard_set_fee (standard, 0);
  layanan_standard_set_staff_count (standard, 5);
  layanan_standard_add_channel (standard, "tatap_muka", "Pejabat Pengelola Pengaduan", NULL);
  layanan_standard_add_channel (standard, "whatsapp", "085828735503", NULL);
  layanan_standard_add_channel (standard, "telepon", "(0561) 736541", "233");
  layanan_standard_add_channel (standard, "email", "kesra@kalbarprov.go.id", NULL);
  layanan_standard_add_category (standard, "Pengaduan ringan", &light);
  layanan_standard_add_category (standard, "Pengaduan bersifat normatif", &normative);
  layanan_standard_add_note (standard, "Alur penanganan pengaduan: lihat bagan");
  layanan_standard_add_review_flag (standard, "Penomoran komponen tidak urut");

  return standard;
}

static void
assert_strings_equal (GPtrArray *a,
                      GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    g_assert_cmpstr (g_ptr_array_index (a, i), ==, g_ptr_array_index (b, i));
}

static void
assert_same_standard (LayananStandard *expected,
                      LayananStandard *actual)
{
  LayananDuration a, b;
  GPtrArray *x, *y;

  g_assert_cmpstr (layanan_standard_get_name (actual), ==, layanan_standard_get_name (expected));
  g_assert_cmpstr (layanan_standard_get_unit_code (actual), ==,
                   layanan_standard_get_unit_code (expected));
  for (guint kind = 0; kind < LAYANAN_N_COMPONENTS; kind++)
    {
      g_assert_cmpint (layanan_standard_has_component (actual, kind), ==,
                       layanan_standard_has_component (expected, kind));
      g_assert_cmpstr (layanan_standard_get_text (actual, kind), ==,
                       layanan_standard_get_text (expected, kind));
      assert_strings_equal (layanan_standard_get_items (expected, kind),
                            layanan_standard_get_items (actual, kind));
    }

  g_assert_cmpint (layanan_standard_get_completion (actual, &a), ==,
                   layanan_standard_get_completion (expected, &b));
  if (layanan_standard_get_completion (expected, &b))
    {
      g_assert_cmpint (a.value, ==, b.value);
      g_assert_cmpint (a.unit, ==, b.unit);
    }
  g_assert_cmpint (layanan_standard_get_fee (actual), ==, layanan_standard_get_fee (expected));
  g_assert_cmpint (layanan_standard_get_staff_count (actual), ==,
                   layanan_standard_get_staff_count (expected));

  x = layanan_standard_get_channels (expected);
  y = layanan_standard_get_channels (actual);
  g_assert_cmpuint (x->len, ==, y->len);
  for (guint i = 0; i < x->len; i++)
    {
      LayananComplaintChannel *c = g_ptr_array_index (x, i);
      LayananComplaintChannel *d = g_ptr_array_index (y, i);

      g_assert_cmpstr (c->kind, ==, d->kind);
      g_assert_cmpstr (c->value, ==, d->value);
      g_assert_cmpstr (c->extension, ==, d->extension);
    }

  x = layanan_standard_get_categories (expected);
  y = layanan_standard_get_categories (actual);
  g_assert_cmpuint (x->len, ==, y->len);
  for (guint i = 0; i < x->len; i++)
    {
      LayananComplaintCategory *c = g_ptr_array_index (x, i);
      LayananComplaintCategory *d = g_ptr_array_index (y, i);

      g_assert_cmpstr (c->name, ==, d->name);
      g_assert_cmpint (c->deadline.value, ==, d->deadline.value);
      g_assert_cmpint (c->deadline.unit, ==, d->deadline.unit);
    }

  assert_strings_equal (layanan_standard_get_notes (expected),
                        layanan_standard_get_notes (actual));
  assert_strings_equal (layanan_standard_get_review_flags (expected),
                        layanan_standard_get_review_flags (actual));
}

static gint64
save_new (Fixture         *fixture,
          LayananStandard *standard)
{
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  g_assert_true (layanan_database_save_standard (fixture->database, standard, &id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static LayananStandard *
load (Fixture *fixture,
      gint64   id)
{
  g_autoptr(GError) error = NULL;
  LayananStandard *standard = layanan_database_load_standard (fixture->database, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (standard);
  return standard;
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(LayananStandard) standard = full_standard ("Fasilitasi Penyusunan Kebijakan Daerah");
  g_autoptr(LayananStandard) loaded = NULL;
  g_autoptr(LayananStandard) sparse = layanan_standard_new ("Pelayanan Konsultasi");
  g_autoptr(LayananStandard) sparse_loaded = NULL;
  GPtrArray *items;
  gint64 id;

  id = save_new (fixture, standard);
  loaded = load (fixture, id);
  assert_same_standard (standard, loaded);
  g_assert_cmpstr (layanan_standard_get_unit_name (loaded), ==, "Biro Kesejahteraan Rakyat");

  /* Items keep their order; the typed values are columns, not text. */
  items = layanan_standard_get_items (loaded, LAYANAN_COMPONENT_PERSYARATAN);
  g_assert_cmpuint (items->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (items, 2), ==, "Tanda Pengenal");
  g_assert_cmpint (query_int (fixture->database,
                              "SELECT completion_value FROM standard_versions"), ==, 30);
  {
    g_autofree char *unit = query_text (fixture->database,
                                        "SELECT completion_unit FROM standard_versions");
    g_autofree char *ext = query_text (fixture->database,
                                       "SELECT extension FROM standard_channels "
                                       "WHERE kind = 'telepon'");

    g_assert_cmpstr (unit, ==, "working_days");
    g_assert_cmpstr (ext, ==, "233");
  }
  g_assert_cmpint (query_int (fixture->database, "SELECT fee_rupiah FROM standard_versions"),
                   ==, 0);
  g_assert_cmpint (query_int (fixture->database, "SELECT staff_count FROM standard_versions"),
                   ==, 5);
  g_assert_cmpint (query_int (fixture->database, "SELECT count(*) FROM service_components"),
                   ==, LAYANAN_N_COMPONENTS);

  /* Unknown values stay unknown, absent components absent. */
  layanan_standard_set_unit_code (sparse, "kesra");
  layanan_standard_add_item (sparse, LAYANAN_COMPONENT_PERSYARATAN, "Surat Tugas");
  id = save_new (fixture, sparse);
  sparse_loaded = load (fixture, id);
  assert_same_standard (sparse, sparse_loaded);
  g_assert_cmpint (layanan_standard_get_fee (sparse_loaded), ==, -1);
  g_assert_cmpint (layanan_standard_get_staff_count (sparse_loaded), ==, -1);
  g_assert_false (layanan_standard_has_component (sparse_loaded, LAYANAN_COMPONENT_BIAYA));
}

static void
test_edit_draft_and_established (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(LayananStandard) standard = full_standard ("Pelayanan Penyediaan Narasumber");
  g_autoptr(LayananStandard) loaded = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GError) error = NULL;
  LayananDuration three_days = { 3, LAYANAN_DURATION_DAYS };
  LayananStandardVersion *version;
  gint64 id, again, audit;

  id = save_new (fixture, standard);

  /* A draft is replaced in place. */
  layanan_standard_set_fee (standard, 10000);
  again = id;
  g_assert_true (layanan_database_save_standard (fixture->database, standard, &again, &error));
  g_assert_no_error (error);
  g_assert_cmpint (again, ==, id);
  g_assert_cmpint (query_int (fixture->database, "SELECT count(*) FROM standard_versions"),
                   ==, 1);

  /* Established by an SK: the reviews follow its date. */
  g_assert_true (layanan_database_set_standard_status (fixture->database, id,
                                                       LAYANAN_STANDARD_STATUS_DITETAPKAN,
                                                       "431/KESRA/2021", "2021-03-01", &error));
  g_assert_no_error (error);
  versions = layanan_database_list_versions (fixture->database, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (versions->len, ==, 1);
  version = g_ptr_array_index (versions, 0);
  g_assert_cmpint (version->status, ==, LAYANAN_STANDARD_STATUS_DITETAPKAN);
  g_assert_cmpstr (version->sk_number, ==, "431/KESRA/2021");
  g_assert_cmpstr (version->last_review_date, ==, "2021-03-01");
  g_assert_cmpstr (version->next_review_date, ==, "2022-03-01");
  g_clear_pointer (&versions, g_ptr_array_unref);

  /* Saving it unchanged writes nothing. */
  audit = count_audit (fixture->database);
  g_assert_true (layanan_database_save_standard (fixture->database, standard, &again, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_audit (fixture->database), ==, audit);

  /* Editing it makes a new draft; the established text stays. */
  layanan_standard_set_completion (standard, &three_days);
  layanan_standard_add_item (standard, LAYANAN_COMPONENT_PERSYARATAN, "Surat Tugas");
  g_assert_true (layanan_database_save_standard (fixture->database, standard, &again, &error));
  g_assert_no_error (error);
  g_assert_cmpint (again, ==, id);

  versions = layanan_database_list_versions (fixture->database, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (versions->len, ==, 2);
  g_assert_cmpint (((LayananStandardVersion *) g_ptr_array_index (versions, 0))->status, ==,
                   LAYANAN_STANDARD_STATUS_DRAFT);
  g_assert_cmpint (((LayananStandardVersion *) g_ptr_array_index (versions, 1))->status, ==,
                   LAYANAN_STANDARD_STATUS_DITETAPKAN);
  g_assert_cmpint (query_int (fixture->database,
                              "SELECT completion_value FROM standard_versions "
                              "WHERE status = 'ditetapkan'"), ==, 30);
  g_assert_cmpint (query_int (fixture->database,
                              "SELECT count(*) FROM component_items AS i "
                              "JOIN service_components AS c ON c.id = i.component_id "
                              "JOIN standard_versions AS v ON v.id = c.standard_version_id "
                              "WHERE v.status = 'ditetapkan' AND c.kind = 'persyaratan'"), ==, 3);

  loaded = load (fixture, id);
  assert_same_standard (standard, loaded);

  /* A second edit replaces that draft, not the established version. */
  layanan_standard_set_staff_count (standard, 7);
  g_assert_true (layanan_database_save_standard (fixture->database, standard, &again, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (fixture->database, "SELECT count(*) FROM standard_versions"),
                   ==, 2);

  /* The new SK revokes the old one. */
  g_assert_true (layanan_database_set_standard_status (fixture->database, id,
                                                       LAYANAN_STANDARD_STATUS_DITETAPKAN,
                                                       "100/KESRA/2026", "2026-01-05", &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (fixture->database,
                              "SELECT count(*) FROM standard_versions WHERE status = 'dicabut' "
                              "AND sk_number = '431/KESRA/2021'"), ==, 1);

  /* The audit log saw the service, its versions and its components. */
  g_assert_cmpint (query_int (fixture->database,
                              "SELECT count(DISTINCT table_name) FROM audit_log WHERE table_name "
                              "IN ('services', 'standard_versions', 'service_components', "
                              "'component_items', 'standard_channels', "
                              "'standard_complaint_categories', 'standard_notes')"), ==, 7);
}

static void
test_status_rules (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(LayananStandard) standard = full_standard ("Pelayanan Konsultasi");
  g_autoptr(GError) error = NULL;
  gint64 id = save_new (fixture, standard);

  g_assert_false (layanan_database_set_standard_status (fixture->database, id,
                                                        LAYANAN_STANDARD_STATUS_DITETAPKAN,
                                                        NULL, "2026-01-05", &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_false (layanan_database_set_standard_status (fixture->database, id,
                                                        LAYANAN_STANDARD_STATUS_DITETAPKAN,
                                                        "1/KESRA/2026", "2026-02-31", &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "2026-02-31"));
  g_clear_error (&error);
  g_assert_false (layanan_database_set_standard_status (fixture->database, id,
                                                        LAYANAN_STANDARD_STATUS_DICABUT,
                                                        NULL, NULL, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_false (layanan_database_set_standard_status (fixture->database, 999,
                                                        LAYANAN_STANDARD_STATUS_DICABUT,
                                                        NULL, NULL, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (layanan_database_set_standard_status (fixture->database, id,
                                                       LAYANAN_STANDARD_STATUS_DITETAPKAN,
                                                       "1/KESRA/2026", "2026-01-05", &error));
  g_assert_no_error (error);
  g_assert_false (layanan_database_set_standard_status (fixture->database, id,
                                                        LAYANAN_STANDARD_STATUS_DRAFT,
                                                        NULL, NULL, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_true (layanan_database_set_standard_status (fixture->database, id,
                                                       LAYANAN_STANDARD_STATUS_DICABUT,
                                                       NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (fixture->database,
                              "SELECT count(*) FROM standard_versions WHERE status = 'dicabut' "
                              "AND sk_number = '1/KESRA/2026'"), ==, 1);
}

static void
test_review_interval (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(LayananStandard) standard = full_standard ("Pelayanan Konsultasi");
  g_autoptr(GError) error = NULL;
  g_autofree char *next = NULL;
  gint64 id = save_new (fixture, standard);

  g_assert_cmpint (layanan_database_get_review_interval_months (fixture->database), ==, 12);
  g_assert_false (layanan_database_set_review_interval_months (fixture->database, 0, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  g_assert_true (layanan_database_set_review_interval_months (fixture->database, 24, &error));
  g_assert_no_error (error);
  g_assert_cmpint (layanan_database_get_review_interval_months (fixture->database), ==, 24);
  g_assert_true (layanan_database_set_standard_status (fixture->database, id,
                                                       LAYANAN_STANDARD_STATUS_DITETAPKAN,
                                                       "1/KESRA/2024", "2024-02-29", &error));
  g_assert_no_error (error);
  next = query_text (fixture->database, "SELECT next_review_date FROM standard_versions");
  g_assert_cmpstr (next, ==, "2026-02-28");
}

static void
test_duplicate_name (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(LayananStandard) first = full_standard ("Pelayanan Konsultasi");
  g_autoptr(LayananStandard) second = full_standard ("pelayanan konsultasi ");
  g_autoptr(LayananStandard) same = full_standard ("Pelayanan Konsultasi");
  g_autoptr(LayananStandard) other = full_standard ("Pelayanan Data, Laporan, dan Informasi");
  g_autoptr(LayananStandard) elsewhere = full_standard ("Pelayanan Konsultasi");
  g_autoptr(GPtrArray) standards = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  gint64 id, other_id, audit, first_id = 0;

  id = save_new (fixture, first);
  audit = count_audit (fixture->database);

  /* A new service by a name its unit already has is refused, saying so. */
  other_id = 0;
  g_assert_false (layanan_database_save_standard (fixture->database, same, &other_id, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "Biro Kesejahteraan Rakyat"));
  g_assert_nonnull (strstr (error->message, "“Pelayanan Konsultasi”"));
  g_clear_error (&error);
  g_assert_cmpint (count_audit (fixture->database), ==, audit);

  /* So is renaming another service to it. */
  other_id = save_new (fixture, other);
  layanan_standard_set_name (other, "Pelayanan Konsultasi");
  g_assert_false (layanan_database_save_standard (fixture->database, other, &other_id, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_CONSTRAINT);
  g_clear_error (&error);

  /* In any case and with spaces around, it is the same name. */
  other_id = 0;
  g_assert_false (layanan_database_save_standard (fixture->database, second, &other_id, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_CONSTRAINT);
  g_clear_error (&error);

  /* Another unit may have a service of the same name. */
  layanan_standard_set_unit_code (elsewhere, "adpim");
  save_new (fixture, elsewhere);

  /* An import updates the service it names. */
  layanan_standard_set_fee (same, 5000);
  g_ptr_array_add (standards, same);
  g_assert_true (layanan_database_save_standards (fixture->database, standards, &first_id,
                                                  &error));
  g_assert_no_error (error);
  g_assert_cmpint (first_id, ==, id);
  g_assert_cmpint (query_int (fixture->database, "SELECT count(*) FROM services"), ==, 3);
}

static void
test_validation (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(LayananStandard) nameless = full_standard ("  ");
  g_autoptr(LayananStandard) negative = full_standard ("Pelayanan Konsultasi");
  g_autoptr(LayananStandard) no_unit = full_standard ("Pelayanan Konsultasi");
  g_autoptr(LayananStandard) bad_channel = full_standard ("Pelayanan Konsultasi");
  g_autoptr(GPtrArray) standards = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  gint64 id = 0, audit = count_audit (fixture->database);

  g_assert_false (layanan_database_save_standard (fixture->database, nameless, &id, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "name"));
  g_clear_error (&error);

  layanan_standard_set_fee (negative, -5000);
  g_assert_false (layanan_database_save_standard (fixture->database, negative, &id, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  layanan_standard_set_unit_code (no_unit, "tidak-ada");
  g_assert_false (layanan_database_save_standard (fixture->database, no_unit, &id, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "tidak-ada"));
  g_clear_error (&error);

  layanan_standard_add_channel (bad_channel, "merpati", "pos", NULL);
  g_assert_false (layanan_database_save_standard (fixture->database, bad_channel, &id, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "merpati"));
  g_clear_error (&error);

  /* A batch with one bad standard saves none. */
  layanan_standard_set_name (nameless, "Pelayanan Data");
  g_ptr_array_add (standards, nameless);
  g_ptr_array_add (standards, negative);
  g_assert_false (layanan_database_save_standards (fixture->database, standards, NULL, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);

  g_assert_cmpint (query_int (fixture->database, "SELECT count(*) FROM services"), ==, 0);
  g_assert_cmpint (count_audit (fixture->database), ==, audit);
}

static void
test_delete_and_restore (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(LayananStandard) standard = full_standard ("Pelayanan Konsultasi");
  g_autoptr(LayananStandard) copy = NULL;
  g_autoptr(LayananStandard) copy_again = NULL;
  g_autoptr(LayananStandard) loaded = NULL;
  g_autoptr(LayananStandard) replacement = NULL;
  g_autoptr(GPtrArray) services = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id, restored;

  id = save_new (fixture, standard);
  g_assert_true (layanan_database_set_standard_status (fixture->database, id,
                                                       LAYANAN_STANDARD_STATUS_DITETAPKAN,
                                                       "1/KESRA/2026", "2026-01-05", &error));
  g_assert_no_error (error);

  g_assert_true (layanan_database_delete_service (fixture->database, id, &copy, &error));
  g_assert_no_error (error);
  assert_same_standard (standard, copy);
  services = layanan_database_list_services (fixture->database, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (services->len, ==, 0);
  g_assert_null (layanan_database_load_standard (fixture->database, id, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (layanan_database_delete_service (fixture->database, id, NULL, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (layanan_database_count_services (fixture->database, FALSE, NULL), ==, 0);
  g_assert_cmpint (layanan_database_count_services (fixture->database, TRUE, NULL), ==, 1);

  /* Undo brings back the same service with its SK. */
  restored = layanan_database_restore_service (fixture->database, copy, &error);
  g_assert_no_error (error);
  g_assert_cmpint (restored, ==, id);
  loaded = load (fixture, id);
  assert_same_standard (standard, loaded);
  versions = layanan_database_list_versions (fixture->database, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (((LayananStandardVersion *) g_ptr_array_index (versions, 0))->sk_number, ==,
                   "1/KESRA/2026");

  /* When a new service took the name meanwhile, the undo is refused. */
  g_assert_true (layanan_database_delete_service (fixture->database, id, &copy_again, &error));
  g_assert_no_error (error);
  replacement = full_standard ("Pelayanan Konsultasi");
  save_new (fixture, replacement);
  g_assert_cmpint (layanan_database_restore_service (fixture->database, copy_again, &error),
                   ==, 0);
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_CONSTRAINT);
  g_clear_error (&error);

  /* A copy from elsewhere is saved as a new service. */
  layanan_standard_set_name (copy_again, "Pelayanan Konsultasi Daring");
  restored = layanan_database_restore_service (fixture->database, copy_again, &error);
  g_assert_no_error (error);
  g_assert_cmpint (restored, >, id);
}

static GPtrArray *
list (Fixture    *fixture,
      const char *search)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *services = layanan_database_list_services (fixture->database, search, &error);

  g_assert_no_error (error);
  return services;
}

static const char *
name_at (GPtrArray *services,
         guint      i)
{
  return ((LayananServiceSummary *) g_ptr_array_index (services, i))->name;
}

static void
test_list_and_search (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(LayananStandard) a = layanan_standard_new ("Pelayanan Peliputan Kegiatan Pimpinan");
  g_autoptr(LayananStandard) b = full_standard ("Pelayanan Konsultasi");
  g_autoptr(LayananStandard) c = layanan_standard_new ("Pelayanan Penyediaan Narasumber");
  g_autoptr(LayananStandard) d = layanan_standard_new ("Fasilitasi 100% Daerah_Baru");
  g_autoptr(GPtrArray) services = NULL;
  g_autoptr(GError) error = NULL;
  LayananServiceSummary *summary;
  gint64 b_id;

  layanan_standard_set_unit_code (a, "adpim");
  layanan_standard_add_item (a, LAYANAN_COMPONENT_PRODUK, "Berita dan Dokumentasi Kegiatan");
  layanan_standard_set_unit_code (c, "kesra");
  layanan_standard_set_text (c, LAYANAN_COMPONENT_JANGKA_WAKTU, "3 Hari");
  layanan_standard_set_unit_code (d, "kesra");

  /* Saved out of order: the list goes by unit, then by position. */
  save_new (fixture, a);
  b_id = save_new (fixture, b);
  save_new (fixture, c);
  save_new (fixture, d);
  g_assert_true (layanan_database_set_standard_status (fixture->database, b_id,
                                                       LAYANAN_STANDARD_STATUS_DITETAPKAN,
                                                       "1/KESRA/2020", "2020-01-06", &error));
  g_assert_no_error (error);

  services = list (fixture, NULL);
  g_assert_cmpuint (services->len, ==, 4);
  g_assert_cmpstr (name_at (services, 0), ==, "Pelayanan Konsultasi");
  g_assert_cmpstr (name_at (services, 1), ==, "Pelayanan Penyediaan Narasumber");
  g_assert_cmpstr (name_at (services, 2), ==, "Fasilitasi 100% Daerah_Baru");
  g_assert_cmpstr (name_at (services, 3), ==, "Pelayanan Peliputan Kegiatan Pimpinan");

  summary = g_ptr_array_index (services, 0);
  g_assert_cmpstr (summary->unit_code, ==, "kesra");
  g_assert_cmpstr (summary->unit_name, ==, "Biro Kesejahteraan Rakyat");
  g_assert_cmpint (summary->status, ==, LAYANAN_STANDARD_STATUS_DITETAPKAN);
  g_assert_cmpstr (summary->sk_number, ==, "1/KESRA/2020");
  g_assert_true (summary->has_completion);
  g_assert_cmpint (summary->completion_value, ==, 30);
  g_assert_cmpint (summary->completion_unit, ==, LAYANAN_DURATION_WORKING_DAYS);
  g_assert_cmpstr (summary->next_review_date, ==, "2021-01-06");
  g_assert_true (summary->review_due);
  g_assert_cmpuint (summary->n_review_flags, ==, 1);
  summary = g_ptr_array_index (services, 3);
  g_assert_cmpstr (summary->unit_code, ==, "adpim");
  g_assert_false (summary->has_completion);
  g_assert_false (summary->review_due);
  g_assert_null (summary->sk_number);
  g_assert_cmpint (summary->status, ==, LAYANAN_STANDARD_STATUS_DRAFT);
  g_clear_pointer (&services, g_ptr_array_unref);

  /* Names, component text and items; any case. */
  services = list (fixture, "NARASUMBER");
  g_assert_cmpuint (services->len, ==, 1);
  g_assert_cmpstr (name_at (services, 0), ==, "Pelayanan Penyediaan Narasumber");
  g_clear_pointer (&services, g_ptr_array_unref);

  services = list (fixture, "berita dan dokumentasi");
  g_assert_cmpuint (services->len, ==, 1);
  g_assert_cmpstr (name_at (services, 0), ==, "Pelayanan Peliputan Kegiatan Pimpinan");
  g_clear_pointer (&services, g_ptr_array_unref);

  services = list (fixture, "3 hari");
  g_assert_cmpuint (services->len, ==, 1);
  g_clear_pointer (&services, g_ptr_array_unref);

  services = list (fixture, "pelayanan");
  g_assert_cmpuint (services->len, ==, 3);
  g_clear_pointer (&services, g_ptr_array_unref);

  /* What a person types is text, not a pattern. */
  services = list (fixture, "100%");
  g_assert_cmpuint (services->len, ==, 1);
  g_clear_pointer (&services, g_ptr_array_unref);
  services = list (fixture, "h_ri");
  g_assert_cmpuint (services->len, ==, 0);
  g_clear_pointer (&services, g_ptr_array_unref);

  services = list (fixture, "   ");
  g_assert_cmpuint (services->len, ==, 4);
}

static void
test_maklumat (Fixture       *fixture,
               gconstpointer  data)
{
  LayananMaklumat maklumat = {
    .text = (char *) "Dengan ini, kami menyatakan sanggup menyelenggarakan pelayanan sesuai "
                     "standar pelayanan yang telah ditetapkan.",
    .date = (char *) "2026-01-05",
    .place = (char *) "Pontianak",
    .signatory = (char *) "Kepala Biro Kesejahteraan Rakyat",
  };
  LayananMaklumat *loaded;
  g_autoptr(GError) error = NULL;
  gint64 audit;

  g_assert_null (layanan_database_get_maklumat (fixture->database, "kesra", &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (layanan_database_set_maklumat (fixture->database, "kesra", &maklumat, &error));
  g_assert_no_error (error);
  loaded = layanan_database_get_maklumat (fixture->database, "kesra", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (loaded->text, ==, maklumat.text);
  g_assert_cmpstr (loaded->date, ==, "2026-01-05");
  g_assert_cmpstr (loaded->place, ==, "Pontianak");
  g_assert_cmpstr (loaded->signatory, ==, "Kepala Biro Kesejahteraan Rakyat");
  layanan_maklumat_free (loaded);

  /* The same again writes nothing; a change is one audited update. */
  audit = count_audit (fixture->database);
  g_assert_true (layanan_database_set_maklumat (fixture->database, "kesra", &maklumat, &error));
  g_assert_cmpint (count_audit (fixture->database), ==, audit);
  maklumat.place = (char *) "Kota Pontianak";
  g_assert_true (layanan_database_set_maklumat (fixture->database, "kesra", &maklumat, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_audit (fixture->database), ==, audit + 1);

  maklumat.date = (char *) "2026-13-01";
  g_assert_false (layanan_database_set_maklumat (fixture->database, "kesra", &maklumat, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  maklumat.date = NULL;
  maklumat.text = (char *) "";
  g_assert_false (layanan_database_set_maklumat (fixture->database, "kesra", &maklumat, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_clear_error (&error);
}

static LayananServiceSummary *
find_summary (GPtrArray  *services,
              const char *name)
{
  for (guint i = 0; i < services->len; i++)
    if (g_str_equal (name_at (services, i), name))
      return g_ptr_array_index (services, i);

  g_error ("No service named %s", name);
  return NULL;
}

/* The first start makes the catalog from the bureaus' documents, once. */
static void
test_first_run (void)
{
  static const struct {
    const char *name;
    const char *unit_code;
  } expected[] = {
    { "Fasilitasi Penyusunan Kebijakan Daerah", "kesra" },
    { "Pelayanan Data, Laporan, dan Informasi", "kesra" },
    { "Pelayanan Penyediaan Narasumber", "kesra" },
    { "Pelayanan Konsultasi", "kesra" },
    { "Pelayanan Peliputan Kegiatan Pimpinan", "adpim" },
    { "Fasilitasi Naskah Sambutan/Pidato Pimpinan", "adpim" },
    { "Fasilitasi Kegiatan Pimpinan", "adpim" },
    { "Pelayanan Kepegawaian Sekretariat Daerah", "adpim" },
    { "Fasilitasi Penyusunan Naskah/Sambutan Pidato Pimpinan", "adpim" },
  };
  g_autofree char *dir = layanan_test_make_tmp_dir ("catalog-first-run");
  g_autofree char *path = g_build_filename (dir, "layanan.sqlite", NULL);
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(LayananStandard) standard = NULL;
  g_autoptr(GPtrArray) services = NULL;
  g_autoptr(GError) error = NULL;
  LayananServiceSummary *summary;
  LayananDuration completion;
  GPtrArray *channels, *categories;
  gint64 audit, changes;

  database = layanan_startup_open (path, &error);
  g_assert_no_error (error);
  services = layanan_database_list_services (database, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (services->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      summary = find_summary (services, expected[i].name);
      g_assert_cmpstr (summary->unit_code, ==, expected[i].unit_code);
      g_assert_cmpint (summary->status, ==, LAYANAN_STANDARD_STATUS_DRAFT);
    }

  summary = find_summary (services, "Fasilitasi Penyusunan Kebijakan Daerah");
  g_assert_true (summary->has_completion);
  g_assert_cmpint (summary->completion_value, ==, 30);
  g_assert_cmpint (summary->completion_unit, ==, LAYANAN_DURATION_WORKING_DAYS);

  standard = layanan_database_load_standard (database, summary->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (layanan_standard_get_unit_name (standard), ==, "Biro Kesejahteraan Rakyat");
  g_assert_true (layanan_standard_get_completion (standard, &completion));
  g_assert_cmpint (completion.value, ==, 30);
  g_assert_cmpint (completion.unit, ==, LAYANAN_DURATION_WORKING_DAYS);
  g_assert_cmpint (layanan_standard_get_fee (standard), ==, 0);
  for (guint kind = 0; kind < LAYANAN_N_COMPONENTS; kind++)
    g_assert_true (layanan_standard_has_component (standard, kind));
  channels = layanan_standard_get_channels (standard);
  g_assert_cmpuint (channels->len, >=, 5);
  categories = layanan_standard_get_categories (standard);
  g_assert_cmpuint (categories->len, ==, 4);
  g_assert_cmpint (((LayananComplaintCategory *) g_ptr_array_index (categories, 0))->deadline.value,
                   ==, 3);
  g_assert_cmpint (((LayananComplaintCategory *) g_ptr_array_index (categories, 0))->deadline.unit,
                   ==, LAYANAN_DURATION_HOURS);
  g_assert_cmpint (((LayananComplaintCategory *) g_ptr_array_index (categories, 3))->deadline.value,
                   ==, 60);
  g_assert_cmpint (((LayananComplaintCategory *) g_ptr_array_index (categories, 3))->deadline.unit,
                   ==, LAYANAN_DURATION_WORKING_DAYS);

  g_assert_cmpint (layanan_standard_get_staff_count (standard), ==, 5);
  g_assert_cmpuint (summary->n_review_flags, >=, 1);
  g_clear_object (&standard);

  /* In the order of units.tsv and of each document. */
  g_assert_cmpstr (name_at (services, 0), ==, "Fasilitasi Penyusunan Kebijakan Daerah");
  g_assert_cmpstr (name_at (services, 3), ==, "Pelayanan Konsultasi");
  g_assert_cmpstr (name_at (services, 4), ==, "Pelayanan Peliputan Kegiatan Pimpinan");
  g_assert_cmpstr (name_at (services, 8),
                   ==, "Fasilitasi Penyusunan Naskah/Sambutan Pidato Pimpinan");

  summary = find_summary (services, "Pelayanan Penyediaan Narasumber");
  g_assert_true (summary->has_completion);
  g_assert_cmpint (summary->completion_value, ==, 3);
  g_assert_cmpint (summary->completion_unit, ==, LAYANAN_DURATION_DAYS);

  /* Pelayanan Konsultasi prints two times (15 minutes for the
   * administration, "as the subject needs" for the consultation): kept as
   * printed, with no typed time, and flagged. */
  summary = find_summary (services, "Pelayanan Konsultasi");
  g_assert_false (summary->has_completion);
  g_assert_cmpuint (summary->n_review_flags, >=, 1);
  standard = layanan_database_load_standard (database, summary->id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (layanan_standard_get_text (standard, LAYANAN_COMPONENT_JANGKA_WAKTU),
                            "15 Menit"));
  g_assert_cmpint (layanan_standard_get_fee (standard), ==, 0);

  /* The second start imports nothing and writes nothing. */
  audit = layanan_database_query_int (database, "SELECT count(*) FROM audit_log", &error);
  g_assert_no_error (error);
  g_clear_object (&database);
  database = layanan_startup_open (path, &error);
  g_assert_no_error (error);
  changes = layanan_database_query_int (database, "SELECT total_changes ()", &error);
  g_assert_cmpint (changes, ==, 0);
  g_assert_cmpint (layanan_database_query_int (database, "SELECT count(*) FROM audit_log", NULL),
                   ==, audit);
  g_assert_cmpint (layanan_database_count_services (database, TRUE, NULL), ==,
                   G_N_ELEMENTS (expected));

  /* Nor when every service was deleted. */
  for (guint i = 0; i < services->len; i++)
    {
      g_assert_true (layanan_database_delete_service (database, ((LayananServiceSummary *)
                                                      g_ptr_array_index (services, i))->id,
                                                      NULL, &error));
      g_assert_no_error (error);
    }
  g_clear_object (&database);
  database = layanan_startup_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (layanan_database_count_services (database, FALSE, NULL), ==, 0);

  g_clear_object (&database);
  layanan_test_remove_tree (dir);
}

/* A shipped document that cannot be read is left out, with a warning; the
 * others still make the catalog. */
static void
test_first_run_unreadable_document (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *dir = layanan_test_make_tmp_dir ("catalog-unreadable");
      g_autofree char *standards = g_build_filename (dir, "standards", NULL);
      g_autofree char *units_tsv = g_build_filename (standards, "units.tsv", NULL);
      g_autofree char *good = g_build_filename (standards, "good.txt", NULL);
      g_autofree char *reference = layanan_test_reference_dir ();
      g_autofree char *link = g_build_filename (dir, "reference", NULL);
      g_autofree char *path = g_build_filename (dir, "layanan.sqlite", NULL);
      g_autofree char *source = NULL;
      g_autoptr(LayananDatabase) database = NULL;
      g_autoptr(GPtrArray) services = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_cmpint (g_mkdir (standards, 0700), ==, 0);
      g_assert_cmpint (symlink (reference, link), ==, 0);
      source = g_build_filename (reference, "..", "standards",
                                 "000_a8058b648fa644f2.txt", NULL);
      {
        g_autofree char *text = NULL;

        g_file_get_contents (source, &text, NULL, &error);
        g_assert_no_error (error);
        g_file_set_contents (good, text, -1, &error);
        g_assert_no_error (error);
      }
      g_file_set_contents (units_tsv,
                           "file\tunit_code\nmissing.txt\tadpim\ngood.txt\tkesra\n", -1,
                           &error);
      g_assert_no_error (error);
      g_setenv ("LAYANAN_DATA_DIR", dir, TRUE);

      /* The warning is what the parent checks: not fatal here. */
      g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
      database = layanan_startup_open (path, &error);
      g_assert_no_error (error);
      services = layanan_database_list_services (database, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (services->len, ==, 1);
      g_assert_cmpstr (name_at (services, 0), ==, "Fasilitasi Penyusunan Kebijakan Daerah");

      g_clear_object (&database);
      layanan_test_remove_tree (dir);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*leaves out*missing.txt*");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store/catalog/round-trip", test_round_trip);
  ADD ("/store/catalog/edit-draft-and-established", test_edit_draft_and_established);
  ADD ("/store/catalog/status-rules", test_status_rules);
  ADD ("/store/catalog/review-interval", test_review_interval);
  ADD ("/store/catalog/duplicate-name", test_duplicate_name);
  ADD ("/store/catalog/validation", test_validation);
  ADD ("/store/catalog/delete-and-restore", test_delete_and_restore);
  ADD ("/store/catalog/list-and-search", test_list_and_search);
  ADD ("/store/catalog/maklumat", test_maklumat);
  g_test_add_func ("/store/catalog/first-run", test_first_run);
  g_test_add_func ("/store/catalog/first-run-unreadable-document",
                   test_first_run_unreadable_document);

#undef ADD

  return g_test_run ();
}
