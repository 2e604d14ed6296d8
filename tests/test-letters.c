/* test-letters.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <gio/gio.h>

#include "layanan-database.h"
#include "layanan-database-private.h"
#include "layanan-error.h"
#include "layanan-letter.h"
#include "layanan-test-util.h"

/* The register of incoming letters in the store: agenda numbers (also
 * under concurrent writers), voiding, duplicates, the status flow,
 * dispositions, full-text search, and the list's filters, sorts, keyset
 * pages, anchors and streaming cursor. */

typedef struct
{
  char            *dir;
  char            *path;
  LayananDatabase *database;
  gint64           kesra;
  gint64           adpim;
  gint64           service_a;      /* "Fasilitasi Kerukunan Umat Beragama" */
  gint64           service_b;      /* "Rekomendasi Bantuan Hibah" */
  gint64           staff_1;
  gint64           staff_2;
} Fixture;

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
add_staff (Fixture    *fixture,
           const char *name,
           const char *nip)
{
  LayananStaff staff = {
    .unit_id = fixture->kesra, .name = (char *) name, .nip = g_strdup (nip), .active = TRUE,
  };
  g_autoptr(GError) error = NULL;

  layanan_database_save_staff (fixture->database, &staff, &error);
  g_assert_no_error (error);
  g_free (staff.nip);
  return staff.id;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *reference = layanan_test_reference_dir ();
  g_autoptr(GError) error = NULL;

  fixture->dir = layanan_test_make_tmp_dir ("letters");
  fixture->path = g_build_filename (fixture->dir, "layanan.sqlite", NULL);
  fixture->database = layanan_database_open (fixture->path, &error);
  g_assert_no_error (error);
  layanan_database_load_reference_dir (fixture->database, reference, &error);
  g_assert_no_error (error);

  fixture->kesra = query_int (fixture->database, "SELECT id FROM units WHERE code = 'kesra'");
  fixture->adpim = query_int (fixture->database, "SELECT id FROM units WHERE code = 'adpim'");
  layanan_database_exec (fixture->database,
                         "INSERT INTO services (unit_id, name) "
                         "SELECT id, 'Fasilitasi Kerukunan Umat Beragama' FROM units "
                         "WHERE code = 'kesra';"
                         "INSERT INTO services (unit_id, name) "
                         "SELECT id, 'Rekomendasi Bantuan Hibah' FROM units "
                         "WHERE code = 'kesra';",
                         &error);
  g_assert_no_error (error);
  fixture->service_a = query_int (fixture->database, "SELECT id FROM services "
                                                     "WHERE name LIKE 'Fasilitasi%'");
  fixture->service_b = query_int (fixture->database, "SELECT id FROM services "
                                                     "WHERE name LIKE 'Rekomendasi%'");
  fixture->staff_1 = add_staff (fixture, "Hj. Siti Aminah, S.Sos.", "197805122003122004");
  fixture->staff_2 = add_staff (fixture, "Budi Santoso, S.H.", NULL);
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

static LayananLetter *
new_letter (gint64      unit_id,
            const char *nomor,
            const char *pengirim,
            const char *hal,
            const char *received_at)
{
  LayananLetter *letter = layanan_letter_new ();

  letter->unit_id = unit_id;
  letter->nomor = g_strdup (nomor);
  letter->pengirim = g_strdup (pengirim);
  letter->hal = g_strdup (hal);
  letter->received_at = g_strdup (received_at);
  return letter;
}

static gint64
add_letter (Fixture    *fixture,
            const char *nomor,
            const char *pengirim,
            const char *hal,
            const char *received_at)
{
  g_autoptr(LayananLetter) letter = new_letter (fixture->kesra, nomor, pengirim, hal,
                                                received_at);
  g_autoptr(GError) error = NULL;

  layanan_database_add_letter (fixture->database, letter, NULL, &error);
  g_assert_no_error (error);
  return letter->id;
}

static LayananLetterFile *
new_file (const char *name,
          const char *contents)
{
  LayananLetterFile *file = g_new0 (LayananLetterFile, 1);

  file->file_name = g_strdup (name);
  file->mime_type = g_strdup ("application/pdf");
  file->contents = g_bytes_new (contents, strlen (contents));
  file->n_pages = 1;
  return file;
}

/* Agenda numbers */

static void
test_agenda_number (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(LayananLetter) letter = NULL;
  g_autoptr(GError) error = NULL;
  gint64 first, second;

  first = add_letter (fixture, "1/A", "Dinas Sosial", "Undangan", "2026-03-02 09:00");
  second = add_letter (fixture, "2/A", "Dinas Sosial", "Undangan", "2026-03-02 10:00");
  g_assert_cmpint (query_int (fixture->database, "SELECT agenda_number FROM letters "
                                                 "ORDER BY id LIMIT 1"), ==, 1);
  g_assert_cmpint (second, >, first);

  letter = new_letter (fixture->kesra, "3/A", "Dinas Sosial", "Undangan", "2026-03-03 08:00");
  layanan_database_add_letter (fixture->database, letter, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (letter->agenda_year, ==, 2026);
  g_assert_cmpint (letter->agenda_number, ==, 3);
  g_assert_cmpstr (letter->received_at, ==, "2026-03-03T08:00:00+07:00");
  g_clear_pointer (&letter, layanan_letter_free);

  /* Another unit keeps its own agenda. */
  letter = new_letter (fixture->adpim, "9/B", "Bappeda", "Laporan", "2026-03-03 08:00");
  layanan_database_add_letter (fixture->database, letter, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (letter->agenda_number, ==, 1);
  g_clear_pointer (&letter, layanan_letter_free);

  /* 20:00 UTC on 31 December is already 1 January in Pontianak: the new
   * year's agenda starts again at 1. */
  letter = new_letter (fixture->kesra, "4/A", "Dinas Sosial", "Undangan",
                       "2026-12-31T20:00:00Z");
  layanan_database_add_letter (fixture->database, letter, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (letter->agenda_year, ==, 2027);
  g_assert_cmpint (letter->agenda_number, ==, 1);
  g_assert_cmpstr (letter->received_at, ==, "2027-01-01T03:00:00+07:00");
  g_clear_pointer (&letter, layanan_letter_free);

  /* A letter entered late for the old year continues that year. */
  letter = new_letter (fixture->kesra, "5/A", "Dinas Sosial", "Undangan", "2026-12-30 15:00");
  layanan_database_add_letter (fixture->database, letter, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (letter->agenda_year, ==, 2026);
  g_assert_cmpint (letter->agenda_number, ==, 4);
  g_clear_pointer (&letter, layanan_letter_free);

  /* Without a time received, now. */
  letter = new_letter (fixture->kesra, "6/A", "Dinas Sosial", "Undangan", NULL);
  layanan_database_add_letter (fixture->database, letter, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (letter->received_at);
  g_assert_true (g_str_has_suffix (letter->received_at, "+07:00"));
  g_assert_cmpint (letter->agenda_number, >=, 1);
}

typedef struct
{
  const char *path;
  gint64      units[2];
  guint       thread;
  guint       n_letters;
  guint       n_failed;
} WriterData;

static gpointer
concurrent_writer (gpointer user_data)
{
  WriterData *data = user_data;
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(GError) error = NULL;

  database = layanan_database_open (data->path, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < data->n_letters; i++)
    {
      g_autofree char *nomor = g_strdup_printf ("%u/%u", data->thread, i);
      const char *received = i % 3 == 0 ? "2027-01-04 09:00" : "2026-06-01 09:00";
      g_autoptr(LayananLetter) letter = new_letter (data->units[i % 2], nomor, "Dinas Sosial",
                                                    "Undangan", received);

      /* Every fifth letter fails inside its transaction, after it took a
       * number from the counter: the number must come back. */
      if (i % 5 == 4)
        letter->classification_code = g_strdup ("999.9.9");

      if (!layanan_database_add_letter (database, letter, NULL, &error))
        {
          g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
          g_clear_error (&error);
          g_assert_cmpint (letter->agenda_number, ==, 0);
          data->n_failed++;
        }
    }

  return NULL;
}

static void
test_concurrent_numbering (Fixture       *fixture,
                           gconstpointer  data)
{
  WriterData writers[4];
  GThread *threads[G_N_ELEMENTS (writers)];
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint n_ok = 0, n_groups = 0;
  gint64 total = 0;

  for (guint i = 0; i < G_N_ELEMENTS (writers); i++)
    {
      writers[i] = (WriterData) {
        .path = fixture->path, .units = { fixture->kesra, fixture->adpim }, .thread = i,
        .n_letters = 40,
      };
      threads[i] = g_thread_new ("writer", concurrent_writer, &writers[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (writers); i++)
    {
      g_thread_join (threads[i]);
      n_ok += writers[i].n_letters - writers[i].n_failed;
      g_assert_cmpuint (writers[i].n_failed, ==, 8);
    }

  g_assert_cmpint (query_int (fixture->database, "SELECT count(*) FROM letters"), ==, n_ok);

  /* Per unit and year: the numbers are exactly 1..n, and the counter says n. */
  stmt = layanan_database_prepare (fixture->database,
                                   "SELECT l.unit_id, l.agenda_year, count(*), "
                                   "  count(DISTINCT l.agenda_number), min (l.agenda_number), "
                                   "  max (l.agenda_number), c.last_number "
                                   "FROM letters AS l JOIN agenda_counters AS c "
                                   "  ON c.unit_id = l.unit_id AND c.year = l.agenda_year "
                                   "GROUP BY l.unit_id, l.agenda_year",
                                   NULL);
  g_assert_nonnull (stmt);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 n = sqlite3_column_int64 (stmt, 2);

      g_assert_cmpint (sqlite3_column_int64 (stmt, 3), ==, n);
      g_assert_cmpint (sqlite3_column_int64 (stmt, 4), ==, 1);
      g_assert_cmpint (sqlite3_column_int64 (stmt, 5), ==, n);
      g_assert_cmpint (sqlite3_column_int64 (stmt, 6), ==, n);
      total += n;
      n_groups++;
    }
  g_assert_cmpuint (n_groups, ==, 4);
  g_assert_cmpint (total, ==, n_ok);
}

static void
test_failed_insert_takes_no_number (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(LayananLetter) bad = NULL;
  g_autoptr(LayananLetter) good = NULL;
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (
    (GDestroyNotify) layanan_letter_free);
  g_autoptr(GError) error = NULL;
  gint64 audit_before;

  add_letter (fixture, "1/A", "Dinas Sosial", "Undangan", "2026-03-02 09:00");
  audit_before = query_int (fixture->database, "SELECT count(*) FROM audit_log");

  /* Refused before the transaction … */
  bad = new_letter (fixture->kesra, NULL, "Dinas Sosial", "Undangan", "2026-03-02 10:00");
  g_assert_false (layanan_database_add_letter (fixture->database, bad, NULL, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_cmpint (bad->id, ==, 0);
  g_clear_pointer (&bad, layanan_letter_free);

  /* … and inside it, after the counter moved. */
  bad = new_letter (fixture->kesra, "2/A", "Dinas Sosial", "Undangan", "2026-03-02 10:00");
  bad->service_id = 999;
  g_assert_false (layanan_database_add_letter (fixture->database, bad, NULL, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "999"));
  g_clear_error (&error);
  g_assert_cmpint (bad->agenda_number, ==, 0);
  g_clear_pointer (&bad, layanan_letter_free);

  bad = new_letter (0, "2/A", "Dinas Sosial", "Undangan", "2026-03-02 10:00");
  g_assert_false (layanan_database_add_letter (fixture->database, bad, NULL, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  g_assert_cmpint (query_int (fixture->database, "SELECT count(*) FROM audit_log"), ==,
                   audit_before);

  /* A batch with one bad letter keeps none and takes no numbers; its
   * letters come back unnumbered, and the error names the bad one. */
  g_ptr_array_add (batch, new_letter (fixture->kesra, "3/A", "Dinas", "Satu", "2026-03-03 08:00"));
  g_ptr_array_add (batch, new_letter (fixture->kesra, "4/A", "Dinas", "Dua", "2026-03-03 08:00"));
  g_ptr_array_add (batch, new_letter (fixture->kesra, "5/A", "Dinas", "Tiga", "2026-03-03 08:00"));
  ((LayananLetter *) batch->pdata[2])->tanggal = g_strdup ("2026-02-30");
  g_assert_false (layanan_database_add_letters (fixture->database, batch, NULL, NULL, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "3"));
  g_assert_nonnull (strstr (error->message, "2026-02-30"));
  g_clear_error (&error);
  for (guint i = 0; i < batch->len; i++)
    {
      g_assert_cmpint (((LayananLetter *) batch->pdata[i])->id, ==, 0);
      g_assert_cmpint (((LayananLetter *) batch->pdata[i])->agenda_number, ==, 0);
    }
  g_assert_cmpint (query_int (fixture->database, "SELECT count(*) FROM letters"), ==, 1);

  /* A cancelled batch keeps nothing either. */
  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();

    g_free (((LayananLetter *) batch->pdata[2])->tanggal);
    ((LayananLetter *) batch->pdata[2])->tanggal = NULL;
    g_cancellable_cancel (cancellable);
    g_assert_false (layanan_database_add_letters (fixture->database, batch, NULL, cancellable,
                                                  &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_clear_error (&error);
  }

  layanan_database_add_letters (fixture->database, batch, NULL, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < batch->len; i++)
    g_assert_cmpint (((LayananLetter *) batch->pdata[i])->agenda_number, ==, i + 2);

  good = new_letter (fixture->kesra, "6/A", "Dinas Sosial", "Undangan", "2026-03-04 10:00");
  layanan_database_add_letter (fixture->database, good, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (good->agenda_number, ==, 5);
}

static LayananLetterEvent *
last_event (Fixture *fixture,
            gint64   letter_id)
{
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;

  events = layanan_database_list_letter_events (fixture->database, letter_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, >, 0);
  return g_ptr_array_steal_index (events, events->len - 1);
}

static void
test_void (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(LayananLetter) loaded = NULL;
  g_autoptr(LayananLetterEvent) event = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id, next;

  add_letter (fixture, "1/A", "Dinas Sosial", "Undangan", "2026-03-02 09:00");
  id = add_letter (fixture, "2/A", "Dinas Sosial", "Undangan", "2026-03-02 10:00");

  g_assert_false (layanan_database_void_letter (fixture->database, id, "  ", &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_false (layanan_database_void_letter (fixture->database, id, NULL, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  layanan_database_void_letter (fixture->database, id, "Dicatat dua kali", &error);
  g_assert_no_error (error);

  loaded = layanan_database_load_letter (fixture->database, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (loaded->status, ==, LAYANAN_LETTER_STATUS_BATAL);
  g_assert_cmpstr (loaded->void_reason, ==, "Dicatat dua kali");
  g_assert_cmpint (loaded->agenda_number, ==, 2);
  g_assert_cmpstr (loaded->nomor, ==, "2/A");

  event = last_event (fixture, id);
  g_assert_cmpstr (event->kind, ==, "void");
  g_assert_true (event->has_status_change);
  g_assert_cmpint (event->from_status, ==, LAYANAN_LETTER_STATUS_DITERIMA);
  g_assert_cmpint (event->to_status, ==, LAYANAN_LETTER_STATUS_BATAL);
  g_assert_cmpstr (event->note, ==, "Dicatat dua kali");

  g_assert_false (layanan_database_void_letter (fixture->database, id, "Lagi", &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  /* The voided number is never given again. */
  next = add_letter (fixture, "3/A", "Dinas Sosial", "Undangan", "2026-03-02 11:00");
  g_clear_pointer (&loaded, layanan_letter_free);
  loaded = layanan_database_load_letter (fixture->database, next, &error);
  g_assert_cmpint (loaded->agenda_number, ==, 3);

  g_assert_false (layanan_database_void_letter (fixture->database, 4242, "x", &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (layanan_database_load_letter (fixture->database, 4242, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND);
}

/* Scans and duplicates */

static void
test_files (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(LayananLetter) letter = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (
    (GDestroyNotify) layanan_letter_file_free);
  g_autoptr(GPtrArray) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  LayananLetterFile *file;

  g_ptr_array_add (files, new_file ("surat.pdf", "%PDF-1.4 surat"));
  g_ptr_array_add (files, new_file ("lampiran.pdf", "%PDF-1.4 lampiran"));
  g_ptr_array_add (files, new_file ("surat lagi.pdf", "%PDF-1.4 surat"));
  letter = new_letter (fixture->kesra, "1/A", "Dinas Sosial", "Undangan", "2026-03-02 09:00");
  layanan_database_add_letter (fixture->database, letter, files, &error);
  g_assert_no_error (error);

  expected = g_compute_checksum_for_string (G_CHECKSUM_SHA256, "%PDF-1.4 surat", -1);
  g_assert_cmpstr (((LayananLetterFile *) files->pdata[0])->sha256, ==, expected);

  loaded = layanan_database_list_letter_files (fixture->database, letter->id, &error);
  g_assert_no_error (error);
  /* The same scan twice is one link. */
  g_assert_cmpuint (loaded->len, ==, 2);
  file = loaded->pdata[0];
  g_assert_cmpstr (file->file_name, ==, "surat.pdf");
  g_assert_cmpstr (file->sha256, ==, expected);
  g_assert_cmpstr (file->mime_type, ==, "application/pdf");
  g_assert_cmpuint (file->n_pages, ==, 1);
  g_assert_true (g_bytes_equal (file->contents, ((LayananLetterFile *) files->pdata[0])->contents));
  file = loaded->pdata[1];
  g_assert_cmpstr (file->file_name, ==, "lampiran.pdf");

  /* A checksum that does not match the contents is refused. */
  g_clear_pointer (&letter, layanan_letter_free);
  g_ptr_array_set_size (files, 0);
  file = new_file ("rusak.pdf", "%PDF-1.4 rusak");
  file->sha256 = g_strdup (expected);
  g_ptr_array_add (files, file);
  letter = new_letter (fixture->kesra, "2/A", "Dinas Sosial", "Undangan", "2026-03-02 09:00");
  g_assert_false (layanan_database_add_letter (fixture->database, letter, files, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "rusak.pdf"));
  g_assert_cmpint (query_int (fixture->database, "SELECT count(*) FROM letters"), ==, 1);
  g_assert_cmpint (query_int (fixture->database, "SELECT max (last_number) "
                                                 "FROM agenda_counters"), ==, 1);
}

static void
test_duplicates (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(LayananLetter) first = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (
    (GDestroyNotify) layanan_letter_file_free);
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sha = g_compute_checksum_for_string (G_CHECKSUM_SHA256, "%PDF scan", -1);
  g_autofree char *upper_sha = g_ascii_strup (sha, -1);
  const char *sha256s[] = { upper_sha, NULL };
  LayananLetterDuplicate *duplicate;
  gint64 other;

  g_ptr_array_add (files, new_file ("undangan.pdf", "%PDF scan"));
  first = new_letter (fixture->kesra, "005/123/KESRA", "Dinas Sosial Provinsi",
                      "Undangan", "2026-03-02 09:00");
  first->tanggal = g_strdup ("2026-02-27");
  layanan_database_add_letter (fixture->database, first, files, &error);
  g_assert_no_error (error);

  /* The same scan, whatever is typed. */
  found = layanan_database_find_letter_duplicates (fixture->database, sha256s, "Lain", "9",
                                                   NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  duplicate = found->pdata[0];
  g_assert_cmpint (duplicate->letter_id, ==, first->id);
  g_assert_true (duplicate->same_file);
  g_assert_cmpstr (duplicate->file_name, ==, "undangan.pdf");
  g_assert_cmpint (duplicate->agenda_number, ==, 1);
  g_assert_cmpint (duplicate->agenda_year, ==, 2026);
  g_clear_pointer (&found, g_ptr_array_unref);

  /* The same sender, number and date, written otherwise. */
  found = layanan_database_find_letter_duplicates (fixture->database, NULL,
                                                   "  dinas   SOSIAL provinsi ",
                                                   "005 / 123 / kesra", "2026-02-27", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  duplicate = found->pdata[0];
  g_assert_false (duplicate->same_file);
  g_assert_null (duplicate->file_name);
  g_assert_cmpstr (duplicate->nomor, ==, "005/123/KESRA");
  g_assert_cmpstr (duplicate->pengirim, ==, "Dinas Sosial Provinsi");
  g_assert_cmpstr (duplicate->tanggal, ==, "2026-02-27");
  g_clear_pointer (&found, g_ptr_array_unref);

  /* Another date, or the same number from another sender, is another letter. */
  found = layanan_database_find_letter_duplicates (fixture->database, NULL,
                                                   "Dinas Sosial Provinsi", "005/123/KESRA",
                                                   "2026-02-28", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 0);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = layanan_database_find_letter_duplicates (fixture->database, NULL, "Bappeda Provinsi",
                                                   "005/123/KESRA", "2026-02-27", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 0);
  g_clear_pointer (&found, g_ptr_array_unref);
  other = add_letter (fixture, "005/123/KESRA", "Bappeda Provinsi", "Laporan",
                      "2026-03-02 10:00");

  /* A voided letter still counts; one found both ways is listed once, as
   * the same scan. */
  layanan_database_void_letter (fixture->database, first->id, "Salah unit", &error);
  g_assert_no_error (error);
  found = layanan_database_find_letter_duplicates (fixture->database, sha256s,
                                                   "Dinas Sosial Provinsi", "005/123/KESRA",
                                                   NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  duplicate = found->pdata[0];
  g_assert_cmpint (duplicate->letter_id, ==, first->id);
  g_assert_true (duplicate->same_file);
  g_assert_cmpint (other, !=, first->id);

  /* The scan is stored once even when registered twice. */
  {
    g_autoptr(LayananLetter) again = new_letter (fixture->kesra, "7/X", "Dinas Sosial Provinsi",
                                                 "Undangan", "2026-03-03 09:00");

    layanan_database_add_letter (fixture->database, again, files, &error);
    g_assert_no_error (error);
    g_assert_cmpint (query_int (fixture->database, "SELECT count(*) FROM letter_files"), ==, 1);
    g_assert_cmpint (query_int (fixture->database, "SELECT count(*) FROM letter_file_links"),
                     ==, 2);
  }
}

/* Status and history */

static void
test_status_flow (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(LayananLetterEvent) event = NULL;
  g_autoptr(LayananLetter) loaded = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = add_letter (fixture, "1/A", "Dinas Sosial", "Undangan", "2026-03-02 09:00");

  layanan_database_set_actor (fixture->database, "Sekretaris Biro");

  g_assert_false (layanan_database_set_letter_status (fixture->database, id,
                                                      LAYANAN_LETTER_STATUS_DITERIMA, NULL,
                                                      &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  layanan_database_set_letter_status (fixture->database, id, LAYANAN_LETTER_STATUS_SELESAI,
                                      "Sudah dijawab", &error);
  g_assert_no_error (error);

  g_assert_false (layanan_database_set_letter_status (fixture->database, id,
                                                      LAYANAN_LETTER_STATUS_DITERIMA, NULL,
                                                      &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message,
                            layanan_letter_status_get_label (LAYANAN_LETTER_STATUS_SELESAI)));
  g_assert_nonnull (strstr (error->message,
                            layanan_letter_status_get_label (LAYANAN_LETTER_STATUS_DITERIMA)));
  g_clear_error (&error);

  /* Voiding has its own way, with a reason. */
  g_assert_false (layanan_database_set_letter_status (fixture->database, id,
                                                      LAYANAN_LETTER_STATUS_BATAL, NULL,
                                                      &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  layanan_database_set_letter_status (fixture->database, id, LAYANAN_LETTER_STATUS_DIARSIPKAN,
                                      NULL, &error);
  g_assert_no_error (error);
  g_assert_false (layanan_database_set_letter_status (fixture->database, id,
                                                      LAYANAN_LETTER_STATUS_DIPROSES, NULL,
                                                      &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  loaded = layanan_database_load_letter (fixture->database, id, &error);
  g_assert_cmpint (loaded->status, ==, LAYANAN_LETTER_STATUS_DIARSIPKAN);

  events = layanan_database_list_letter_events (fixture->database, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 3);
  event = g_ptr_array_steal_index (events, 1);
  g_assert_cmpstr (event->kind, ==, "status");
  g_assert_cmpstr (event->actor, ==, "Sekretaris Biro");
  g_assert_cmpstr (event->note, ==, "Sudah dijawab");
  g_assert_cmpint (event->from_status, ==, LAYANAN_LETTER_STATUS_DITERIMA);
  g_assert_cmpint (event->to_status, ==, LAYANAN_LETTER_STATUS_SELESAI);
  g_assert_cmpstr (((LayananLetterEvent *) events->pdata[0])->kind, ==, "received");
  g_assert_false (((LayananLetterEvent *) events->pdata[0])->has_status_change);
}

static void
test_update (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(LayananLetter) letter = NULL;
  g_autoptr(LayananLetter) loaded = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  LayananLetterEvent *event;
  gint64 id = add_letter (fixture, "1/A", "Dinas Sosial", "Undangan", "2026-03-02 09:00");

  letter = layanan_database_load_letter (fixture->database, id, &error);
  g_assert_no_error (error);
  g_free (letter->hal);
  letter->hal = g_strdup ("Undangan rapat koordinasi FKUB");
  letter->service_id = fixture->service_a;
  letter->due_at = g_strdup ("2026-03-09T16:00:00+07:00");
  letter->due_override_reason = g_strdup ("Diminta Kepala Biro");
  /* Not editable here: ignored. */
  letter->agenda_number = 77;
  letter->status = LAYANAN_LETTER_STATUS_SELESAI;
  layanan_database_update_letter (fixture->database, letter, &error);
  g_assert_no_error (error);

  loaded = layanan_database_load_letter (fixture->database, id, &error);
  g_assert_cmpstr (loaded->hal, ==, "Undangan rapat koordinasi FKUB");
  g_assert_cmpint (loaded->service_id, ==, fixture->service_a);
  g_assert_cmpint (loaded->agenda_number, ==, 1);
  g_assert_cmpint (loaded->status, ==, LAYANAN_LETTER_STATUS_DITERIMA);
  g_assert_cmpstr (loaded->due_at, ==, "2026-03-09T16:00:00+07:00");

  events = layanan_database_list_letter_events (fixture->database, id, &error);
  g_assert_cmpuint (events->len, ==, 3);
  event = events->pdata[1];
  g_assert_cmpstr (event->kind, ==, "edit");
  g_assert_nonnull (strstr (event->note, "hal"));
  g_assert_nonnull (strstr (event->note, "service_id"));
  g_assert_nonnull (strstr (event->note, "due_at"));
  g_assert_null (strstr (event->note, "nomor"));
  event = events->pdata[2];
  g_assert_cmpstr (event->kind, ==, "due_override");
  g_assert_cmpstr (event->note, ==, "Diminta Kepala Biro");
  g_clear_pointer (&events, g_ptr_array_unref);

  /* Saving it unchanged writes nothing. */
  layanan_database_update_letter (fixture->database, loaded, &error);
  g_assert_no_error (error);
  events = layanan_database_list_letter_events (fixture->database, id, &error);
  g_assert_cmpuint (events->len, ==, 3);

  /* Another year would need another agenda number. */
  g_free (loaded->received_at);
  loaded->received_at = g_strdup ("2025-12-30 09:00");
  g_assert_false (layanan_database_update_letter (fixture->database, loaded, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "2025"));
  g_clear_error (&error);

  letter->id = 4242;
  g_assert_false (layanan_database_update_letter (fixture->database, letter, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND);
}

/* Dispositions */

static LayananDisposition *
new_disposition (gint64      staff_id,
                 gint64      unit_id,
                 gint64      parent_id,
                 const char *note)
{
  LayananDisposition *disposition = g_new0 (LayananDisposition, 1);

  disposition->to_staff_id = staff_id;
  disposition->to_unit_id = unit_id;
  disposition->parent_id = parent_id;
  disposition->note = g_strdup (note);
  disposition->instructions = LAYANAN_INSTRUCTION_PROSES_LANJUT | LAYANAN_INSTRUCTION_KOORDINASI;
  disposition->due_date = g_strdup ("2026-03-09");
  return disposition;
}

static GPtrArray *
disposition_list (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) layanan_disposition_free);
}

static void
test_dispositions (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) first = disposition_list ();
  g_autoptr(GPtrArray) bad = disposition_list ();
  g_autoptr(GPtrArray) down = disposition_list ();
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(LayananLetterEvent) event = NULL;
  g_autoptr(LayananLetter) loaded = NULL;
  g_autoptr(GError) error = NULL;
  gint64 letter = add_letter (fixture, "1/A", "Dinas Sosial", "Undangan", "2026-03-02 09:00");
  gint64 other = add_letter (fixture, "2/A", "Dinas Sosial", "Undangan", "2026-03-02 10:00");
  gint64 section = 0, audit_before;
  LayananDisposition *disposition;

  layanan_database_add_section (fixture->database, "kesra", "bagian", "kesra-agama",
                                "Bagian Bina Mental dan Keagamaan", &section, &error);
  g_assert_no_error (error);
  layanan_database_set_actor (fixture->database, "Kepala Biro Kesra");

  g_ptr_array_add (first, new_disposition (fixture->staff_1, 0, 0, "Segera tindak lanjuti"));
  g_ptr_array_add (first, new_disposition (0, section, 0, NULL));
  layanan_database_add_dispositions (fixture->database, letter, first, &error);
  g_assert_no_error (error);
  disposition = first->pdata[0];
  g_assert_cmpint (disposition->id, >, 0);
  g_assert_cmpstr (disposition->to_name, ==, "Hj. Siti Aminah, S.Sos.");

  loaded = layanan_database_load_letter (fixture->database, letter, &error);
  g_assert_cmpint (loaded->status, ==, LAYANAN_LETTER_STATUS_DIDISPOSISI);
  event = last_event (fixture, letter);
  g_assert_cmpstr (event->kind, ==, "disposition");
  g_assert_cmpstr (event->actor, ==, "Kepala Biro Kesra");
  g_assert_true (event->has_status_change);
  g_assert_cmpint (event->to_status, ==, LAYANAN_LETTER_STATUS_DIDISPOSISI);
  g_assert_cmpstr (event->note, ==, "Hj. Siti Aminah, S.Sos., Bagian Bina Mental dan Keagamaan");
  g_clear_pointer (&event, layanan_letter_event_free);

  /* Passing on a disposition of another letter is refused, with nothing saved. */
  audit_before = query_int (fixture->database, "SELECT count(*) FROM audit_log");
  g_ptr_array_add (bad, new_disposition (fixture->staff_2, 0, 0, NULL));
  g_ptr_array_add (bad, new_disposition (fixture->staff_2, 0, disposition->id, NULL));
  g_assert_false (layanan_database_add_dispositions (fixture->database, other, bad, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_cmpint (((LayananDisposition *) bad->pdata[0])->id, ==, 0);
  g_assert_cmpint (query_int (fixture->database, "SELECT count(*) FROM audit_log"), ==,
                   audit_before);
  g_clear_pointer (&loaded, layanan_letter_free);
  loaded = layanan_database_load_letter (fixture->database, other, &error);
  g_assert_cmpint (loaded->status, ==, LAYANAN_LETTER_STATUS_DITERIMA);

  /* Neither or both recipients, or nobody at all, is refused. */
  g_ptr_array_set_size (bad, 0);
  g_ptr_array_add (bad, new_disposition (fixture->staff_2, section, 0, NULL));
  g_assert_false (layanan_database_add_dispositions (fixture->database, other, bad, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_ptr_array_set_size (bad, 0);
  g_assert_false (layanan_database_add_dispositions (fixture->database, other, bad, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  /* Down the chain: the section passes it on to a staff member. */
  layanan_database_set_actor (fixture->database, "Kepala Bagian");
  g_ptr_array_add (down, new_disposition (fixture->staff_2, 0,
                                          ((LayananDisposition *) first->pdata[1])->id,
                                          "Siapkan jawaban"));
  layanan_database_add_dispositions (fixture->database, letter, down, &error);
  g_assert_no_error (error);
  event = last_event (fixture, letter);
  g_assert_false (event->has_status_change);
  g_clear_pointer (&event, layanan_letter_event_free);

  listed = layanan_database_list_dispositions (fixture->database, letter, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (listed->len, ==, 3);
  disposition = listed->pdata[2];
  g_assert_cmpint (disposition->parent_id, ==, ((LayananDisposition *) listed->pdata[1])->id);
  g_assert_cmpstr (disposition->from_name, ==, "Kepala Bagian");
  g_assert_cmpstr (disposition->to_name, ==, "Budi Santoso, S.H.");
  g_assert_cmpuint (disposition->instructions, ==,
                    LAYANAN_INSTRUCTION_PROSES_LANJUT | LAYANAN_INSTRUCTION_KOORDINASI);
  g_assert_cmpstr (disposition->due_date, ==, "2026-03-09");
  g_assert_null (disposition->done_at);
  g_assert_cmpstr (((LayananDisposition *) listed->pdata[0])->from_name, ==, "Kepala Biro Kesra");
  g_assert_cmpstr (((LayananDisposition *) listed->pdata[1])->to_name, ==,
                   "Bagian Bina Mental dan Keagamaan");

  layanan_database_complete_disposition (fixture->database, disposition->id, &error);
  g_assert_no_error (error);
  g_assert_false (layanan_database_complete_disposition (fixture->database, disposition->id,
                                                         &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  event = last_event (fixture, letter);
  g_assert_cmpstr (event->kind, ==, "disposition_done");
  g_assert_cmpstr (event->note, ==, "Budi Santoso, S.H.");
  g_clear_pointer (&event, layanan_letter_event_free);
  g_clear_pointer (&listed, g_ptr_array_unref);
  listed = layanan_database_list_dispositions (fixture->database, letter, &error);
  g_assert_nonnull (((LayananDisposition *) listed->pdata[2])->done_at);

  /* "Tidak perlu disposisi" only for a received letter. */
  g_assert_false (layanan_database_mark_no_disposition (fixture->database, letter, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  layanan_database_mark_no_disposition (fixture->database, other, &error);
  g_assert_no_error (error);
  event = last_event (fixture, other);
  g_assert_cmpstr (event->kind, ==, "no_disposition");
  g_assert_cmpint (event->from_status, ==, LAYANAN_LETTER_STATUS_DITERIMA);
  g_assert_cmpint (event->to_status, ==, LAYANAN_LETTER_STATUS_DIPROSES);

  /* A closed letter is not disposed. */
  layanan_database_set_letter_status (fixture->database, other, LAYANAN_LETTER_STATUS_SELESAI,
                                      NULL, &error);
  g_assert_no_error (error);
  g_ptr_array_set_size (bad, 0);
  g_ptr_array_add (bad, new_disposition (fixture->staff_2, 0, 0, NULL));
  g_assert_false (layanan_database_add_dispositions (fixture->database, other, bad, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
}

/* Search */

static const char body[] =
  "Dengan hormat, bersama ini kami mengajukan permohonan rekomendasi bantuan hibah "
  "untuk pembangunan rumah ibadah di Kecamatan Pontianak Utara. Demikian kami sampaikan, "
  "atas perhatian Bapak kami ucapkan terima kasih.";

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  static const char * const typed[] = {
    "\"", "\"rekomendasi", "rekomendasi\"", "AND", "OR NOT", "NEAR(hibah rumah)", "hal:hibah",
    "(hibah", "hibah*", "-hibah", "^hibah", "hibah + rumah", "'", "*", "\"\"\"", "{nomor}",
    "rekomendasi OR", "\x01", "005/12", "a'b\"c",
  };
  g_autoptr(LayananLetter) letter = NULL;
  g_autoptr(GError) error = NULL;
  LayananLetterQuery query = { 0 };
  GPtrArray *rows;
  LayananLetterRow *row;

  letter = new_letter (fixture->kesra, "400.8/12/KESRA", "Kementerian Agama Kota Pontianak",
                       "Permohonan rekomendasi", "2026-03-02 09:00");
  letter->body_text = g_strdup (body);
  letter->notes = g_strdup ("Tembusan ke Bagian Umum");
  layanan_database_add_letter (fixture->database, letter, NULL, &error);
  g_assert_no_error (error);
  add_letter (fixture, "1/B", "Dinas Sosial", "Undangan rapat", "2026-03-02 10:00");

  /* A word of the body, as a prefix, and two words that both must match. */
  query.search = (char *) "ibadah";
  rows = layanan_database_query_letters (fixture->database, &query, NULL, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 1);
  row = rows->pdata[0];
  g_assert_cmpint (row->id, ==, letter->id);
  g_assert_nonnull (strstr (row->snippet, "\x01ibadah\x02"));
  g_assert_cmpint (layanan_database_count_letters (fixture->database, &query, NULL), ==, 1);
  g_ptr_array_unref (rows);

  query.search = (char *) "  Pembangu  ";
  rows = layanan_database_query_letters (fixture->database, &query, NULL, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_nonnull (strstr (((LayananLetterRow *) rows->pdata[0])->snippet,
                            "\x01pembangunan\x02"));
  g_ptr_array_unref (rows);

  query.search = (char *) "hibah undangan";
  g_assert_cmpint (layanan_database_count_letters (fixture->database, &query, &error), ==, 0);
  g_assert_no_error (error);
  query.search = (char *) "rapat";
  g_assert_cmpint (layanan_database_count_letters (fixture->database, &query, &error), ==, 1);
  /* Without accents as typed with them, notes and the sender too. */
  query.search = (char *) "rékomendasi tembusan";
  g_assert_cmpint (layanan_database_count_letters (fixture->database, &query, &error), ==, 1);
  query.search = (char *) "kementerian";
  g_assert_cmpint (layanan_database_count_letters (fixture->database, &query, &error), ==, 1);
  g_assert_no_error (error);

  /* Without search there is no snippet. */
  query.search = (char *) "   ";
  rows = layanan_database_query_letters (fixture->database, &query, NULL, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_null (((LayananLetterRow *) rows->pdata[0])->snippet);
  g_ptr_array_unref (rows);

  /* Whatever a person types is a query, never an error. */
  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      query.search = (char *) typed[i];
      rows = layanan_database_query_letters (fixture->database, &query, NULL, 10, &error);
      g_assert_no_error (error);
      g_ptr_array_unref (rows);
      g_assert_cmpint (layanan_database_count_letters (fixture->database, &query, &error), >=, 0);
      g_assert_no_error (error);
    }
  query.search = (char *) "\"rekomendasi";
  g_assert_cmpint (layanan_database_count_letters (fixture->database, &query, &error), ==, 1);

  /* Editing the text moves the index with it. */
  g_free (letter->body_text);
  letter->body_text = g_strdup ("Permohonan narasumber kegiatan");
  layanan_database_update_letter (fixture->database, letter, &error);
  g_assert_no_error (error);
  query.search = (char *) "ibadah";
  g_assert_cmpint (layanan_database_count_letters (fixture->database, &query, &error), ==, 0);
  query.search = (char *) "narasumber";
  g_assert_cmpint (layanan_database_count_letters (fixture->database, &query, &error), ==, 1);
  g_assert_no_error (error);
}

/* The audit log keeps the length of the text and the scans, not a copy. */
static void
test_audit_summarises (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(LayananLetter) letter = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (
    (GDestroyNotify) layanan_letter_file_free);
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (files, new_file ("surat.pdf", "%PDF-1.4 dua puluh tiga byte"));
  letter = new_letter (fixture->kesra, "1/A", "Dinas Sosial", "Undangan", "2026-03-02 09:00");
  letter->body_text = g_strdup (body);
  layanan_database_add_letter (fixture->database, letter, files, &error);
  g_assert_no_error (error);

  g_assert_cmpint (query_int (fixture->database,
                              "SELECT json_extract (new_values, '$.body_text') FROM audit_log "
                              "WHERE table_name = 'letters' AND action = 'insert'"), ==,
                   strlen (body));
  g_assert_cmpint (query_int (fixture->database,
                              "SELECT json_extract (new_values, '$.contents') FROM audit_log "
                              "WHERE table_name = 'letter_files'"), ==,
                   strlen ("%PDF-1.4 dua puluh tiga byte"));
  {
    g_autofree char *nomor = query_text (fixture->database,
                                         "SELECT json_extract (new_values, '$.nomor') "
                                         "FROM audit_log WHERE table_name = 'letters'");

    g_assert_cmpstr (nomor, ==, "1/A");
  }
}

/* The list */

/* A register with ties in every sort column: shared times, dates and
 * numbers, senders differing only in case, no service or due date on
 * some, two units with the same agenda numbers. */
static GArray *
fill_register (Fixture *fixture,
               guint    n)
{
  static const char * const senders[] = {
    "Dinas Sosial", "dinas sosial", "Kanwil Kementerian Agama", "Bappeda Provinsi", "BAPPEDA provinsi",
  };
  static const char * const subjects[] = {
    "Undangan rapat", "Permohonan rekomendasi", "undangan Rapat", "Laporan kegiatan",
  };
  g_autoptr(GPtrArray) letters = g_ptr_array_new_with_free_func (
    (GDestroyNotify) layanan_letter_free);
  g_autoptr(GError) error = NULL;
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *nomor = g_strdup_printf (i % 2 ? "00%u/Kesra" : "00%u / KESRA", i % 9);
      g_autofree char *received = g_strdup_printf ("2026-03-%02u 09:00", 2 + i % 5);
      LayananLetter *letter = new_letter (i % 6 == 0 ? fixture->adpim : fixture->kesra, nomor,
                                          senders[i % G_N_ELEMENTS (senders)],
                                          subjects[i % G_N_ELEMENTS (subjects)], received);

      if (i % 7 != 0)
        letter->tanggal = g_strdup_printf ("2026-02-%02u", 1 + i % 4);
      if (i % 3 != 0)
        letter->service_id = i % 3 == 1 ? fixture->service_a : fixture->service_b;
      if (i % 4 != 0)
        letter->due_at = g_strdup_printf ("2026-03-%02uT16:00:00+07:00", 9 + i % 6);
      g_ptr_array_add (letters, letter);
    }

  layanan_database_add_letters (fixture->database, letters, NULL, NULL, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < n; i++)
    {
      gint64 id = ((LayananLetter *) letters->pdata[i])->id;

      g_array_append_val (ids, id);
      switch (i % 5)
        {
        case 1:
          layanan_database_set_letter_status (fixture->database, id,
                                              LAYANAN_LETTER_STATUS_DIPROSES, NULL, &error);
          break;
        case 2:
          layanan_database_set_letter_status (fixture->database, id,
                                              LAYANAN_LETTER_STATUS_SELESAI, NULL, &error);
          break;
        case 3:
          layanan_database_void_letter (fixture->database, id, "Salah catat", &error);
          break;
        default:
          break;
        }
      g_assert_no_error (error);
    }

  return ids;
}

static char *
fold (const char *text,
      gboolean    drop_spaces)
{
  g_autofree char *folded = g_utf8_casefold (text != NULL ? text : "", -1);
  g_auto(GStrv) words = g_strsplit (folded, " ", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) kept = NULL;

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_strv_builder_add (builder, words[i]);
  kept = g_strv_builder_end (builder);
  return g_strjoinv (drop_spaces ? "" : " ", kept);
}

static int
compare_text (const char *a,
              const char *b)
{
  return strcmp (a != NULL ? a : "", b != NULL ? b : "");
}

static LayananLetterSort compared_sort;
static gboolean compared_descending;

/* The order each sort promises, written independently of the SQL. */
static int
compare_rows (gconstpointer pa,
              gconstpointer pb)
{
  const LayananLetterRow *a = *(LayananLetterRow **) pa;
  const LayananLetterRow *b = *(LayananLetterRow **) pb;
  int result = 0;

  switch (compared_sort)
    {
    case LAYANAN_LETTER_SORT_AGENDA:
      result = a->agenda_year != b->agenda_year ? (a->agenda_year < b->agenda_year ? -1 : 1)
             : a->agenda_number != b->agenda_number ? (a->agenda_number < b->agenda_number ? -1 : 1)
             : 0;
      break;
    case LAYANAN_LETTER_SORT_RECEIVED:
      result = compare_text (a->received_at, b->received_at);
      break;
    case LAYANAN_LETTER_SORT_TANGGAL:
      result = compare_text (a->tanggal, b->tanggal);
      break;
    case LAYANAN_LETTER_SORT_NOMOR:
    case LAYANAN_LETTER_SORT_PENGIRIM:
    case LAYANAN_LETTER_SORT_HAL:
      {
        gboolean nomor = compared_sort == LAYANAN_LETTER_SORT_NOMOR;
        const char *x = nomor ? a->nomor : compared_sort == LAYANAN_LETTER_SORT_HAL ? a->hal
                                                                                    : a->pengirim;
        const char *y = nomor ? b->nomor : compared_sort == LAYANAN_LETTER_SORT_HAL ? b->hal
                                                                                    : b->pengirim;
        g_autofree char *fx = fold (x, nomor);
        g_autofree char *fy = fold (y, nomor);

        result = strcmp (fx, fy);
      }
      break;
    case LAYANAN_LETTER_SORT_SERVICE:
      result = compare_text (a->service_name, b->service_name);
      break;
    case LAYANAN_LETTER_SORT_DUE:
      result = compare_text (a->due_at, b->due_at);
      break;
    case LAYANAN_LETTER_SORT_STATUS:
      result = (int) a->status - (int) b->status;
      break;
    default:
      g_assert_not_reached ();
    }

  if (result == 0)
    result = a->id < b->id ? -1 : a->id > b->id;
  return compared_descending ? -result : result;
}

static GPtrArray *
all_rows (Fixture                  *fixture,
          const LayananLetterQuery *query)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = layanan_database_query_letters (fixture->database, query, NULL, 100000,
                                                    &error);

  g_assert_no_error (error);
  return rows;
}

static void
assert_same_ids (GPtrArray *a,
                 guint      a_start,
                 GPtrArray *b,
                 guint      b_start,
                 guint      n)
{
  g_assert_cmpuint (a_start + n, <=, a->len);
  g_assert_cmpuint (b_start + n, <=, b->len);
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (((LayananLetterRow *) a->pdata[a_start + i])->id, ==,
                     ((LayananLetterRow *) b->pdata[b_start + i])->id);
}

static void
test_paging (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GArray) ids = fill_register (fixture, 61);
  g_autoptr(GPtrArray) staff_disposition = disposition_list ();
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (staff_disposition, new_disposition (fixture->staff_1, 0, 0, NULL));
  layanan_database_add_dispositions (fixture->database, g_array_index (ids, gint64, 0),
                                     staff_disposition, &error);
  g_assert_no_error (error);

  for (guint sort = 0; sort < LAYANAN_N_LETTER_SORTS; sort++)
    for (guint descending = 0; descending < 2; descending++)
      {
        LayananLetterQuery query = { .sort = sort, .descending = descending };
        g_autoptr(GPtrArray) expected = all_rows (fixture, &query);
        g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
        g_autoptr(GPtrArray) paged = g_ptr_array_new_with_free_func (
          (GDestroyNotify) layanan_letter_row_free);
        const LayananLetterRow *after = NULL;

        g_test_message ("sort %u %s", sort, descending ? "descending" : "ascending");
        g_assert_cmpuint (expected->len, ==, ids->len);
        g_assert_cmpint (layanan_database_count_letters (fixture->database, &query, NULL), ==,
                         ids->len);

        /* Borrowed rows: the copy must not free them. */
        g_ptr_array_extend (sorted, expected, NULL, NULL);
        compared_sort = sort;
        compared_descending = descending;
        g_ptr_array_sort (sorted, compare_rows);
        assert_same_ids (sorted, 0, expected, 0, expected->len);

        for (;;)
          {
            GPtrArray *page = layanan_database_query_letters (fixture->database, &query, after, 4,
                                                              &error);

            g_assert_no_error (error);
            g_assert_cmpuint (page->len, <=, 4);
            if (page->len == 0)
              {
                g_ptr_array_unref (page);
                break;
              }
            g_ptr_array_extend_and_steal (paged, page);
            after = paged->pdata[paged->len - 1];
          }

        g_assert_cmpuint (paged->len, ==, expected->len);
        assert_same_ids (paged, 0, expected, 0, expected->len);
      }

  /* Searching: whether the hits are few (read from the text index and
   * sorted) or many (the sort's index walked), the pages are the same. */
  for (guint sort = 0; sort < LAYANAN_N_LETTER_SORTS; sort += 4)
    {
      LayananLetterQuery query = { .sort = sort, .descending = TRUE, .search = (char *) "rapat" };
      g_autoptr(GPtrArray) few = NULL;
      g_autoptr(GPtrArray) many = NULL;
      g_autoptr(GPtrArray) paged = g_ptr_array_new_with_free_func (
        (GDestroyNotify) layanan_letter_row_free);

      few = all_rows (fixture, &query);
      layanan_database_set_search_many_hits (3);
      many = all_rows (fixture, &query);
      /* "Undangan rapat" and "undangan Rapat": half the register. */
      g_assert_cmpuint (few->len, ==, (ids->len + 1) / 2);
      assert_same_ids (few, 0, many, 0, few->len);
      while (paged->len < many->len)
        {
          GPtrArray *page = layanan_database_query_letters (
            fixture->database, &query, paged->len > 0 ? paged->pdata[paged->len - 1] : NULL, 6,
            &error);

          g_assert_no_error (error);
          g_assert_cmpuint (page->len, >, 0);
          g_assert_nonnull (((LayananLetterRow *) page->pdata[0])->snippet);
          g_ptr_array_extend_and_steal (paged, page);
        }
      assert_same_ids (paged, 0, many, 0, many->len);
      g_assert_cmpint (layanan_database_count_letters (fixture->database, &query, NULL), ==,
                       many->len);
      layanan_database_set_search_many_hits (2000);
    }

  /* A key read in one order does not continue another. */
  {
    LayananLetterQuery by_agenda = { .sort = LAYANAN_LETTER_SORT_AGENDA };
    LayananLetterQuery by_hal = { .sort = LAYANAN_LETTER_SORT_HAL };
    g_autoptr(GPtrArray) first = all_rows (fixture, &by_agenda);

    g_assert_null (layanan_database_query_letters (fixture->database, &by_hal, first->pdata[0], 4,
                                                   &error));
    g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  }
}

static void
test_anchors (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GArray) ids = fill_register (fixture, 47);
  g_autoptr(GError) error = NULL;
  const guint stride = 5;

  for (guint sort = 0; sort < LAYANAN_N_LETTER_SORTS; sort++)
    for (guint descending = 0; descending < 2; descending++)
      {
        LayananLetterQuery query = { .sort = sort, .descending = descending };
        g_autoptr(GPtrArray) expected = all_rows (fixture, &query);
        g_autoptr(GPtrArray) anchors = NULL;

        anchors = layanan_database_letter_page_anchors (fixture->database, &query, stride,
                                                        &error);
        g_assert_no_error (error);
        g_assert_cmpuint (anchors->len, ==, (expected->len + stride - 1) / stride);
        g_assert_null (anchors->pdata[0]);

        /* Pages in any order, each equal to its slice. */
        for (guint k = anchors->len; k-- > 0;)
          {
            g_autoptr(GPtrArray) page = NULL;
            guint start = k * stride;

            page = layanan_database_query_letters (fixture->database, &query, anchors->pdata[k],
                                                   stride, &error);
            g_assert_no_error (error);
            g_assert_cmpuint (page->len, ==, MIN (stride, expected->len - start));
            assert_same_ids (page, 0, expected, start, page->len);
            if (k > 0)
              g_assert_cmpint (((LayananLetterRow *) anchors->pdata[k])->id, ==,
                               ((LayananLetterRow *) expected->pdata[start - 1])->id);
          }
      }

  /* A count that divides evenly has no empty last page; none has one page. */
  {
    LayananLetterQuery query = { .sort = LAYANAN_LETTER_SORT_AGENDA, .unit_id = 4242 };
    g_autoptr(GPtrArray) anchors = layanan_database_letter_page_anchors (fixture->database,
                                                                         &query, stride, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (anchors->len, ==, 1);
    g_clear_pointer (&anchors, g_ptr_array_unref);

    query.unit_id = 0;
    anchors = layanan_database_letter_page_anchors (fixture->database, &query, 47, &error);
    g_assert_cmpuint (anchors->len, ==, 1);
    g_clear_pointer (&anchors, g_ptr_array_unref);
    anchors = layanan_database_letter_page_anchors (fixture->database, &query, 46, &error);
    g_assert_cmpuint (anchors->len, ==, 2);
  }
}

static int
compare_int64 (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/* The ids the query selects, in id order. */
static GArray *
query_ids (Fixture                  *fixture,
           const LayananLetterQuery *query)
{
  g_autoptr(GPtrArray) rows = all_rows (fixture, query);
  g_autoptr(GError) error = NULL;
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < rows->len; i++)
    g_array_append_val (ids, ((LayananLetterRow *) rows->pdata[i])->id);
  g_array_sort (ids, compare_int64);
  g_assert_cmpint (layanan_database_count_letters (fixture->database, query, &error), ==,
                   ids->len);
  g_assert_no_error (error);
  return ids;
}

static void
assert_ids (Fixture                  *fixture,
            const LayananLetterQuery *query,
            ...)
{
  g_autoptr(GArray) ids = query_ids (fixture, query);
  g_autoptr(GArray) expected = g_array_new (FALSE, FALSE, sizeof (gint64));
  va_list args;
  gint64 id;

  va_start (args, query);
  while ((id = va_arg (args, gint64)) != 0)
    g_array_append_val (expected, id);
  va_end (args);

  g_assert_cmpuint (ids->len, ==, expected->len);
  for (guint i = 0; i < ids->len; i++)
    g_assert_cmpint (g_array_index (ids, gint64, i), ==, g_array_index (expected, gint64, i));
}

static gint64
add_full (Fixture    *fixture,
          gint64      unit_id,
          const char *received_at,
          gint64      service_id,
          const char *due_at)
{
  g_autoptr(LayananLetter) letter = new_letter (unit_id, "1/X", "Dinas Sosial", "Undangan",
                                                received_at);
  g_autoptr(GError) error = NULL;

  letter->service_id = service_id;
  letter->due_at = g_strdup (due_at);
  layanan_database_add_letter (fixture->database, letter, NULL, &error);
  g_assert_no_error (error);
  return letter->id;
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) to_one = disposition_list ();
  g_autoptr(GPtrArray) to_both = disposition_list ();
  g_autoptr(GError) error = NULL;
  LayananLetterQuery query = { .sort = LAYANAN_LETTER_SORT_AGENDA };
  gint64 l1, l2, l3, l4, l5;

  l1 = add_full (fixture, fixture->kesra, "2026-03-05 23:30", fixture->service_a,
                 "2026-03-10T16:00:00+07:00");
  /* 17:00 UTC is midnight in Pontianak: the 6th. */
  l2 = add_full (fixture, fixture->kesra, "2026-03-05T17:00:00Z", fixture->service_b,
                 "2026-03-12 16:00");
  l3 = add_full (fixture, fixture->kesra, "2026-03-04 10:00", 0, NULL);
  l4 = add_full (fixture, fixture->adpim, "2026-03-06 08:00", fixture->service_a,
                 "2026-03-09 16:00");
  l5 = add_full (fixture, fixture->kesra, "2026-03-06 09:00", 0, "2026-03-20 16:00");
  layanan_database_set_letter_status (fixture->database, l4, LAYANAN_LETTER_STATUS_SELESAI,
                                      NULL, &error);
  g_assert_no_error (error);
  g_ptr_array_add (to_one, new_disposition (fixture->staff_1, 0, 0, NULL));
  layanan_database_add_dispositions (fixture->database, l1, to_one, &error);
  g_assert_no_error (error);
  g_ptr_array_add (to_both, new_disposition (fixture->staff_2, 0, 0, NULL));
  g_ptr_array_add (to_both, new_disposition (fixture->staff_1, 0, 0, NULL));
  layanan_database_add_dispositions (fixture->database, l5, to_both, &error);
  g_assert_no_error (error);

  assert_ids (fixture, &query, l1, l2, l3, l4, l5, (gint64) 0);

  query.received_from = (char *) "2026-03-05";
  query.received_to = (char *) "2026-03-05";
  assert_ids (fixture, &query, l1, (gint64) 0);
  query.received_to = NULL;
  query.received_from = (char *) "2026-03-06";
  assert_ids (fixture, &query, l2, l4, l5, (gint64) 0);
  query.received_from = (char *) "2026-03-32";
  g_assert_null (layanan_database_query_letters (fixture->database, &query, NULL, 10, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  query.received_from = NULL;

  query.service_id = fixture->service_a;
  assert_ids (fixture, &query, l1, l4, (gint64) 0);
  query.statuses = 1u << LAYANAN_LETTER_STATUS_SELESAI;
  assert_ids (fixture, &query, l4, (gint64) 0);
  query.service_id = 0;
  query.statuses = (1u << LAYANAN_LETTER_STATUS_DITERIMA) | (1u << LAYANAN_LETTER_STATUS_DIDISPOSISI);
  assert_ids (fixture, &query, l1, l2, l3, l5, (gint64) 0);
  query.statuses = 0;

  query.unit_id = fixture->adpim;
  assert_ids (fixture, &query, l4, (gint64) 0);
  query.unit_id = 0;

  query.staff_id = fixture->staff_1;
  assert_ids (fixture, &query, l1, l5, (gint64) 0);
  {
    g_autoptr(GPtrArray) rows = all_rows (fixture, &query);

    g_assert_cmpstr (((LayananLetterRow *) rows->pdata[1])->disposed_to, ==,
                     "Budi Santoso, S.H., Hj. Siti Aminah, S.Sos.");
    g_assert_cmpint (((LayananLetterRow *) rows->pdata[1])->status, ==,
                     LAYANAN_LETTER_STATUS_DIDISPOSISI);
  }
  query.staff_id = fixture->staff_2;
  assert_ids (fixture, &query, l5, (gint64) 0);
  query.staff_id = 0;

  /* Seen on Wednesday 11 March at 08:00, with "soon" up to Friday 08:00. */
  query.due_now = (char *) "2026-03-11T01:00:00Z";
  query.due_soon_limit = (char *) "2026-03-13 08:00";
  query.due_states = 1u << LAYANAN_DUE_STATE_OVERDUE;
  assert_ids (fixture, &query, l1, (gint64) 0);
  query.due_states = 1u << LAYANAN_DUE_STATE_SOON;
  assert_ids (fixture, &query, l2, (gint64) 0);
  query.due_states = 1u << LAYANAN_DUE_STATE_ON_TIME;
  assert_ids (fixture, &query, l5, (gint64) 0);
  query.due_states = 1u << LAYANAN_DUE_STATE_NONE;
  assert_ids (fixture, &query, l3, l4, (gint64) 0);
  query.due_states = (1u << LAYANAN_DUE_STATE_OVERDUE) | (1u << LAYANAN_DUE_STATE_SOON);
  assert_ids (fixture, &query, l1, l2, (gint64) 0);
  /* Without a soon limit nothing is soon: all open ones are late or on time. */
  query.due_soon_limit = NULL;
  query.due_states = (1u << LAYANAN_DUE_STATE_SOON);
  assert_ids (fixture, &query, (gint64) 0);
  query.due_states = (1u << LAYANAN_DUE_STATE_ON_TIME);
  assert_ids (fixture, &query, l2, l5, (gint64) 0);
  query.due_states = 0;

  /* Filters combine. */
  query.unit_id = fixture->kesra;
  query.service_id = fixture->service_b;
  query.received_from = (char *) "2026-03-01";
  query.received_to = (char *) "2026-03-31";
  assert_ids (fixture, &query, l2, (gint64) 0);
}

typedef struct
{
  GPtrArray    *ids;
  GCancellable *cancellable;
  guint         cancel_after;
  guint         fail_after;
} Walk;

static gboolean
walk_row (const LayananLetterRow  *row,
          gpointer                 user_data,
          GError                 **error)
{
  Walk *walk = user_data;

  g_ptr_array_add (walk->ids, GINT_TO_POINTER ((int) row->id));
  g_assert_nonnull (row->sort_key);
  if (walk->cancel_after != 0 && walk->ids->len == walk->cancel_after)
    g_cancellable_cancel (walk->cancellable);
  if (walk->fail_after != 0 && walk->ids->len == walk->fail_after)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, "disk full");
      return FALSE;
    }
  return TRUE;
}

static void
test_foreach (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GArray) ids = fill_register (fixture, 30);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  LayananLetterQuery query = { .sort = LAYANAN_LETTER_SORT_PENGIRIM, .descending = TRUE };
  g_autoptr(GPtrArray) expected = all_rows (fixture, &query);
  Walk walk = { g_ptr_array_new (), cancellable, 0, 0 };

  layanan_database_foreach_letter (fixture->database, &query, walk_row, &walk, cancellable,
                                   &error);
  g_assert_no_error (error);
  g_assert_cmpuint (walk.ids->len, ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    g_assert_cmpint (GPOINTER_TO_INT (walk.ids->pdata[i]), ==,
                     ((LayananLetterRow *) expected->pdata[i])->id);

  g_ptr_array_set_size (walk.ids, 0);
  walk.cancel_after = 7;
  g_assert_false (layanan_database_foreach_letter (fixture->database, &query, walk_row, &walk,
                                                   cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_cmpuint (walk.ids->len, ==, 7);

  g_cancellable_reset (cancellable);
  g_ptr_array_set_size (walk.ids, 0);
  walk.cancel_after = 0;
  walk.fail_after = 3;
  g_assert_false (layanan_database_foreach_letter (fixture->database, &query, walk_row, &walk,
                                                   cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_clear_error (&error);
  g_assert_cmpuint (walk.ids->len, ==, 3);

  /* The connection is free for writing again afterwards. */
  add_letter (fixture, "9/Z", "Dinas", "Setelah ekspor", "2026-03-09 09:00");
  g_ptr_array_unref (walk.ids);
}

/* Every sort's pages are index walks: the first page reads the sort's
 * index without sorting, and a later page seeks into it. */
static void
test_index_plans (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GArray) ids = fill_register (fixture, 12);
  g_autoptr(GError) error = NULL;

  for (guint sort = 0; sort < LAYANAN_N_LETTER_SORTS; sort++)
    for (guint descending = 0; descending < 2; descending++)
      {
        LayananLetterQuery query = { .sort = sort, .descending = descending };
        g_autoptr(GPtrArray) rows = all_rows (fixture, &query);
        g_autofree char *first = NULL;
        g_autofree char *later = NULL;
        g_auto(GStrv) lines = NULL;

        first = layanan_database_explain_letter_query (fixture->database, &query, NULL, &error);
        g_assert_no_error (error);
        later = layanan_database_explain_letter_query (fixture->database, &query,
                                                       rows->pdata[5], &error);
        g_assert_no_error (error);
        g_test_message ("sort %u%s:\n%s%s", sort, descending ? " desc" : "", first, later);

        g_assert_nonnull (strstr (first, "INDEX letters_sort_"));
        g_assert_null (strstr (first, "TEMP B-TREE"));
        lines = g_strsplit (later, "\n", -1);
        for (guint i = 0; lines[i] != NULL; i++)
          if (g_str_has_prefix (lines[i], "SCAN letters") ||
              g_str_has_prefix (lines[i], "SEARCH letters "))
            {
              g_assert_nonnull (strstr (lines[i], "letters_sort_"));
            }
      }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store/letters/agenda-number", test_agenda_number);
  ADD ("/store/letters/concurrent-numbering", test_concurrent_numbering);
  ADD ("/store/letters/failed-insert-takes-no-number", test_failed_insert_takes_no_number);
  ADD ("/store/letters/void", test_void);
  ADD ("/store/letters/files", test_files);
  ADD ("/store/letters/duplicates", test_duplicates);
  ADD ("/store/letters/status-flow", test_status_flow);
  ADD ("/store/letters/update", test_update);
  ADD ("/store/letters/dispositions", test_dispositions);
  ADD ("/store/letters/search", test_search);
  ADD ("/store/letters/audit-summarises", test_audit_summarises);
  ADD ("/store/letters/paging", test_paging);
  ADD ("/store/letters/anchors", test_anchors);
  ADD ("/store/letters/filters", test_filters);
  ADD ("/store/letters/foreach", test_foreach);
  ADD ("/store/letters/index-plans", test_index_plans);

#undef ADD

  return g_test_run ();
}
