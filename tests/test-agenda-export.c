/* test-agenda-export.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "layanan-agenda-export.h"
#include "layanan-error.h"
#include "layanan-test-util.h"

#define FILE_NAME "agenda-surat-masuk.xlsx"
#define UNIT "Biro Kesejahteraan Rakyat"
#define FILTER "Status: Diproses; Layanan: Fasilitasi Penyusunan Kebijakan Daerah"

#define LONG_HAL \
  "Permohonan fasilitasi penyusunan Rancangan Peraturan Gubernur Kalimantan Barat tentang " \
  "Petunjuk Pelaksanaan Pemberian Hibah dan Bantuan Sosial yang Bersumber dari Anggaran " \
  "Pendapatan dan Belanja Daerah Tahun Anggaran 2026, beserta telaahan staf dan daftar " \
  "inventarisasi masalah hasil rapat koordinasi tanggal 12 Januari 2026"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

/* Letters as a cursor would give them: a complete one, one with most
 * fields unknown, one with long text, Indonesian punctuation and a control
 * character, one from the year before, one received in September (the
 * longest month name). */
static const LayananAgendaRow rows[] = {
  {
    .agenda_year = 2026, .agenda_number = 1,
    .received_at = "2026-01-05T09:15:00+07:00",
    .nomor = "800/123/BKD-A", .tanggal = "2026-01-02",
    .pengirim = "Badan Kepegawaian Daerah Provinsi Kalimantan Barat",
    .hal = "Permohonan data pegawai", .lampiran = "1 (satu) berkas",
    .keamanan = "Biasa", .kecepatan = "Segera", .classification_code = "800.1.2.3",
    .service_name = "Fasilitasi Penyusunan Kebijakan Daerah",
    .disposed_to = "Kepala Bagian Bina Sosial", .due_at = "2026-01-12T16:00:00+07:00",
    .status = "Diproses", .notes = NULL,
  },
  {
    /* Received at 01:30 UTC, 08:30 in Pontianak. */
    .agenda_year = 2026, .agenda_number = 2,
    .received_at = "2026-01-06T01:30:00Z",
    .pengirim = "Dinas Sosial", .hal = "Undangan", .status = "Diterima",
    .notes = "",
  },
  {
    .agenda_year = 2026, .agenda_number = 3,
    .received_at = "2026-01-31T23:59:00+07:00",
    .nomor = "005/017/KESRA-C", .tanggal = "2025-12-30",
    .pengirim = "Pemerintah Kabupaten Sanggau — Bagian Kesejahteraan Rakyat (Dr. Hj. Nur’aini)",
    .hal = LONG_HAL, .lampiran = "2 (dua) berkas & 1 CD",
    .keamanan = "Sangat Rahasia", .kecepatan = "Amat Segera",
    .classification_code = "400.8.2.2", .service_name = "Pelayanan Informasi <PPID>",
    .disposed_to = "Kasubbag Tata Usaha;\nKasubbag Hukum",
    .due_at = "2026-02-27T16:00:00+07:00", .status = "Didisposisi",
    .notes = "Mohon \x01 “segera” ditindaklanjuti — Rp1.500.000,00",
  },
  {
    .agenda_year = 2025, .agenda_number = 998,
    .received_at = "2025-12-31T15:45:00+07:00", .tanggal = "2025-12-29",
    .pengirim = "Kementerian Dalam Negeri", .hal = "Surat edaran libur",
    .status = "Selesai",
  },
  {
    .agenda_year = 2026, .agenda_number = 1234,
    .received_at = "2026-09-30T14:30:00+07:00", .tanggal = "2026-09-28",
    .pengirim = "Sekretariat DPRD", .hal = "Hal", .due_at = "2026-10-07T16:00:00+07:00",
    .status = "Selesai",
  },
};

/* What the workbook must hold for them: typed values as openpyxl reads
 * them (dates as "YYYY-MM-DD HH:MM" in WIB), and where the display differs
 * from the value, what LibreOffice shows. The control character became a
 * space. */
#define EXPECTED_ROWS \
  "[{\"values\": [1, \"2026-01-05 09:15\", \"800/123/BKD-A\", \"2026-01-02 00:00\"," \
  "  \"Badan Kepegawaian Daerah Provinsi Kalimantan Barat\", \"Permohonan data pegawai\"," \
  "  \"1 (satu) berkas\", \"Biasa\", \"Segera\", \"800.1.2.3\"," \
  "  \"Fasilitasi Penyusunan Kebijakan Daerah\", \"Kepala Bagian Bina Sosial\"," \
  "  \"2026-01-12 16:00\", \"Diproses\", null]," \
  "  \"shown\": {\"A\": \"1/2026\", \"B\": \"5 Januari 2026 09:15\", \"D\": \"2 Januari 2026\"," \
  "            \"M\": \"12 Januari 2026 16:00\"}}," \
  " {\"values\": [2, \"2026-01-06 08:30\", null, null, \"Dinas Sosial\", \"Undangan\", null," \
  "  null, null, null, null, null, null, \"Diterima\", null]," \
  "  \"shown\": {\"A\": \"2/2026\", \"B\": \"6 Januari 2026 08:30\"}}," \
  " {\"values\": [3, \"2026-01-31 23:59\", \"005/017/KESRA-C\", \"2025-12-30 00:00\"," \
  "  \"Pemerintah Kabupaten Sanggau — Bagian Kesejahteraan Rakyat (Dr. Hj. Nur’aini)\"," \
  "  \"" LONG_HAL "\", \"2 (dua) berkas & 1 CD\", \"Sangat Rahasia\", \"Amat Segera\"," \
  "  \"400.8.2.2\", \"Pelayanan Informasi <PPID>\", \"Kasubbag Tata Usaha;\\nKasubbag Hukum\"," \
  "  \"2026-02-27 16:00\", \"Didisposisi\"," \
  "  \"Mohon   “segera” ditindaklanjuti — Rp1.500.000,00\"]," \
  "  \"shown\": {\"A\": \"3/2026\", \"B\": \"31 Januari 2026 23:59\"," \
  "            \"D\": \"30 Desember 2025\", \"M\": \"27 Februari 2026 16:00\"}}," \
  " {\"values\": [998, \"2025-12-31 15:45\", null, \"2025-12-29 00:00\"," \
  "  \"Kementerian Dalam Negeri\", \"Surat edaran libur\", null, null, null, null, null," \
  "  null, null, \"Selesai\", null]," \
  "  \"shown\": {\"A\": \"998/2025\", \"B\": \"31 Desember 2025 15:45\"," \
  "            \"D\": \"29 Desember 2025\"}}," \
  " {\"values\": [1234, \"2026-09-30 14:30\", null, \"2026-09-28 00:00\", \"Sekretariat DPRD\"," \
  "  \"Hal\", null, null, null, null, null, null, \"2026-10-07 16:00\", \"Selesai\", null]," \
  "  \"shown\": {\"A\": \"1234/2026\", \"B\": \"30 September 2026 14:30\"," \
  "            \"D\": \"28 September 2026\", \"M\": \"7 Oktober 2026 16:00\"}}]"

#define EXPECTED_HEADINGS \
  "[\"No. Agenda\", \"Tanggal Terima\", \"Nomor Surat\", \"Tanggal Surat\", \"Pengirim\"," \
  " \"Hal\", \"Lampiran\", \"Sifat\", \"Kecepatan\", \"Kode Klasifikasi\", \"Layanan\"," \
  " \"Diteruskan Kepada\", \"Batas Waktu\", \"Status\", \"Keterangan\"]"

static const char expected_full[] =
  "{\"sheet\": \"Agenda Surat Masuk\", \"author\": \"" UNIT "\","
  " \"title\": [\"AGENDA SURAT MASUK\", \"" UNIT "\","
  "           \"Periode: 1 Januari 2026 s.d. 31 Januari 2026\", \"" FILTER "\"],"
  " \"headings\": " EXPECTED_HEADINGS ","
  " \"rows\": " EXPECTED_ROWS "}";

/* No filter line, a one-day period, no letters. */
static const char expected_empty[] =
  "{\"sheet\": \"Agenda Surat Masuk\", \"author\": \"" UNIT "\","
  " \"title\": [\"AGENDA SURAT MASUK\", \"" UNIT "\", \"Periode: 17 Agustus 2026\"],"
  " \"headings\": " EXPECTED_HEADINGS ","
  " \"rows\": []}";

static const LayananAgendaHeader header_full = {
  .unit_name = UNIT, .date_from = "2026-01-01", .date_to = "2026-01-31",
  .filter_description = FILTER,
};

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = layanan_test_make_tmp_dir ("agenda-export");
  fixture->path = g_build_filename (fixture->dir, FILE_NAME, NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_chmod (fixture->dir, 0755);
  layanan_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static void
export_rows (const char                *path,
             const LayananAgendaHeader *header,
             const LayananAgendaRow    *letters,
             guint                      n_letters)
{
  g_autoptr(LayananAgendaWriter) writer = NULL;
  g_autoptr(GError) error = NULL;

  writer = layanan_agenda_writer_new (path, header, &error);
  g_assert_no_error (error);
  g_assert_nonnull (writer);
  for (guint i = 0; i < n_letters; i++)
    {
      g_assert_true (layanan_agenda_writer_add_row (writer, &letters[i], &error));
      g_assert_no_error (error);
    }
  g_assert_true (layanan_agenda_writer_finish (writer, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

/* The checker on @path against @expected; @soffice adds LibreOffice's
 * reading. */
static void
check_workbook (Fixture    *fixture,
                const char *path,
                const char *expected,
                const char *soffice)
{
  layanan_test_check_workbook ("check-agenda-export.py", path, expected, fixture->dir, soffice);
}

/* openpyxl reads the title, headings, typed values and the sheet setup. */
static void
test_read_back (Fixture       *fixture,
                gconstpointer  data)
{
  export_rows (fixture->path, &header_full, rows, G_N_ELEMENTS (rows));
  check_workbook (fixture, fixture->path, expected_full, NULL);
}

/* LibreOffice opens it without repairing and shows the dates with
 * Indonesian month names, and prints it on A4 landscape. */
static void
test_libreoffice (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed");
      return;
    }

  export_rows (fixture->path, &header_full, rows, G_N_ELEMENTS (rows));
  check_workbook (fixture, fixture->path, expected_full, soffice);
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  const LayananAgendaHeader header = {
    .unit_name = UNIT, .date_from = "2026-08-17", .date_to = "2026-08-17",
  };
  g_autofree char *soffice = g_find_program_in_path ("soffice");

  export_rows (fixture->path, &header, NULL, 0);
  check_workbook (fixture, fixture->path, expected_empty, soffice);
}

/* Text beyond Excel's 32 767 characters a cell is cut, with an ellipsis
 * to say so, and the workbook still opens; a broken UTF-8 byte becomes a
 * replacement character; a date before March 1900, which Excel cannot
 * count, stays as written. */
static void
test_long_text (Fixture       *fixture,
                gconstpointer  data)
{
  const LayananAgendaHeader header = {
    .unit_name = UNIT, .date_from = "2026-08-17", .date_to = "2026-08-17",
  };
  g_autofree char *notes = g_strnfill (40000, 'a');
  g_autofree char *kept = g_strnfill (32766, 'a');
  g_autofree char *expected = NULL;
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  LayananAgendaRow row = {
    .agenda_year = 2026, .agenda_number = 7, .received_at = "2026-08-17T10:00:00+07:00",
    .tanggal = "1899-12-31", .pengirim = "Dinas \xff Sosial", .notes = notes,
  };

  expected = g_strdup_printf (
    "{\"sheet\": \"Agenda Surat Masuk\", \"author\": \"" UNIT "\","
    " \"title\": [\"AGENDA SURAT MASUK\", \"" UNIT "\", \"Periode: 17 Agustus 2026\"],"
    " \"headings\": " EXPECTED_HEADINGS ","
    " \"rows\": [{\"values\": [7, \"2026-08-17 10:00\", null, \"1899-12-31\","
    "   \"Dinas \ufffd Sosial\", null, null, null, null, null, null, null, null, null,"
    "   \"%s\u2026\"],"
    "  \"shown\": {\"A\": \"7/2026\", \"B\": \"17 Agustus 2026 10:00\"}}]}", kept);

  export_rows (fixture->path, &header, &row, 1);
  check_workbook (fixture, fixture->path, expected, soffice);
}

/* A row with a date that does not exist is refused whole, naming the
 * letter and the field; the export goes on without it. */
static void
test_bad_date (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(LayananAgendaWriter) writer = NULL;
  g_autoptr(GError) error = NULL;
  LayananAgendaRow bad = rows[1];

  bad.tanggal = "2026-02-31";
  writer = layanan_agenda_writer_new (fixture->path, &header_full, &error);
  g_assert_no_error (error);

  g_assert_true (layanan_agenda_writer_add_row (writer, &rows[0], &error));
  g_assert_false (layanan_agenda_writer_add_row (writer, &bad, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  layanan_test_assert_contains (error->message, "2/2026");
  layanan_test_assert_contains (error->message, "letter date");
  layanan_test_assert_contains (error->message, "2026-02-31");
  g_clear_error (&error);

  for (guint i = 1; i < G_N_ELEMENTS (rows); i++)
    g_assert_true (layanan_agenda_writer_add_row (writer, &rows[i], &error));
  g_assert_true (layanan_agenda_writer_finish (writer, &error));
  g_assert_no_error (error);

  /* The refused row left no trace: the rows are exactly the good ones. */
  check_workbook (fixture, fixture->path, expected_full, NULL);
}

static void
assert_refused (Fixture                *fixture,
                const LayananAgendaRow *row,
                const char             *number,
                const char             *field,
                const char             *value)
{
  g_autoptr(LayananAgendaWriter) writer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *left = NULL;

  writer = layanan_agenda_writer_new (fixture->path, &header_full, &error);
  g_assert_no_error (error);
  g_assert_false (layanan_agenda_writer_add_row (writer, row, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  layanan_test_assert_contains (error->message, number);
  if (field != NULL)
    layanan_test_assert_contains (error->message, field);
  layanan_test_assert_contains (error->message, value);

  g_clear_pointer (&writer, layanan_agenda_writer_free);
  left = layanan_test_list_dir (fixture->dir);
  g_assert_cmpstr (left, ==, "");
}

static void
test_bad_instant (Fixture       *fixture,
                  gconstpointer  data)
{
  LayananAgendaRow received = rows[0];
  LayananAgendaRow due = rows[2];

  received.received_at = "2026-13-05T09:15:00+07:00";
  assert_refused (fixture, &received, "1/2026", "date received", "2026-13-05T09:15:00+07:00");
  due.due_at = "besok pagi";
  assert_refused (fixture, &due, "3/2026", "due date", "besok pagi");
}

static void
test_bad_number (Fixture       *fixture,
                 gconstpointer  data)
{
  LayananAgendaRow row = rows[0];

  row.agenda_number = 0;
  assert_refused (fixture, &row, "0/2026", NULL, "agenda number");
}

static void
test_bad_period (Fixture       *fixture,
                 gconstpointer  data)
{
  LayananAgendaHeader header = header_full;
  g_autoptr(GError) error = NULL;
  g_autofree char *left = NULL;

  header.date_to = "2026-02-30";
  g_assert_null (layanan_agenda_writer_new (fixture->path, &header, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  layanan_test_assert_contains (error->message, "2026-02-30");
  g_clear_error (&error);

  header.date_from = "2026-03-01";
  header.date_to = "2026-01-31";
  g_assert_null (layanan_agenda_writer_new (fixture->path, &header, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);

  left = layanan_test_list_dir (fixture->dir);
  g_assert_cmpstr (left, ==, "");
}

/* A folder that does not exist: the error names the file, nothing is made. */
static void
test_missing_folder (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "tidak-ada", NULL);
  g_autofree char *path = g_build_filename (folder, FILE_NAME, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_null (layanan_agenda_writer_new (path, &header_full, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND);
  layanan_test_assert_contains (error->message, path);
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
}

/* A "folder" that is a file cannot take one, even for root. */
static void
test_not_a_folder (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *file = g_build_filename (fixture->dir, "laporan", NULL);
  g_autofree char *path = g_build_filename (file, FILE_NAME, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *left = NULL;

  g_assert_true (g_file_set_contents (file, "", -1, NULL));
  g_assert_null (layanan_agenda_writer_new (path, &header_full, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_DATABASE_READ_ONLY);
  layanan_test_assert_contains (error->message, path);

  left = layanan_test_list_dir (fixture->dir);
  g_assert_cmpstr (left, ==, "laporan");
}

/* A folder nobody may write; root writes anyway, so it skips there. */
static void
test_read_only_folder (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *left = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("root may write into a read-only folder");
      return;
    }

  g_assert_cmpint (g_chmod (fixture->dir, 0555), ==, 0);
  g_assert_null (layanan_agenda_writer_new (fixture->path, &header_full, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_DATABASE_READ_ONLY);
  layanan_test_assert_contains (error->message, fixture->path);
  left = layanan_test_list_dir (fixture->dir);
  g_assert_cmpstr (left, ==, "");
}

/* A disk that fills up while the rows stream in (a process file-size
 * limit stands in for it, in a child process): a clear error naming the
 * file, from add_row() or finish(), and nothing left behind. */
static void
test_disk_full (Fixture       *fixture,
                gconstpointer  data)
{
  if (g_test_subprocess ())
    {
      g_autoptr(LayananAgendaWriter) writer = NULL;
      g_autoptr(GError) error = NULL;
      struct rlimit limit = { 256 * 1024, 256 * 1024 };
      gboolean ok = TRUE;
      g_autofree char *left = NULL;

      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
      signal (SIGXFSZ, SIG_IGN);

      writer = layanan_agenda_writer_new (fixture->path, &header_full, &error);
      g_assert_no_error (error);
      for (guint i = 0; ok && i < 20000; i++)
        {
          LayananAgendaRow row = rows[2];

          row.agenda_number = i + 1;
          ok = layanan_agenda_writer_add_row (writer, &row, &error);
        }
      if (ok)
        ok = layanan_agenda_writer_finish (writer, &error);
      g_assert_false (ok);
      g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_DATABASE_FULL);
      layanan_test_assert_contains (error->message, fixture->path);
      g_printerr ("%s\n", error->message);

      g_clear_pointer (&writer, layanan_agenda_writer_free);
      left = layanan_test_list_dir (fixture->dir);
      g_assert_cmpstr (left, ==, "");
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*Cannot save the agenda to*" FILE_NAME "*");
}

static guint
count_open_files (void)
{
  g_autoptr(GDir) fds = g_dir_open ("/proc/self/fd", 0, NULL);
  guint n = 0;

  while (fds != NULL && g_dir_read_name (fds) != NULL)
    n++;

  return n;
}

/* Freeing the writer before finishing abandons the export: nothing new is
 * left, a workbook that was there before is untouched, and no file stays
 * open (a cancelled job in a long-running window). */
static void
test_abandon (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *left = NULL;
  g_autofree char *contents = NULL;
  guint open_files = count_open_files ();

  for (int pass = 0; pass < 2; pass++)
    {
      g_autoptr(LayananAgendaWriter) writer = NULL;

      writer = layanan_agenda_writer_new (fixture->path, &header_full, &error);
      g_assert_no_error (error);
      for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
        g_assert_true (layanan_agenda_writer_add_row (writer, &rows[i], &error));
      g_clear_pointer (&writer, layanan_agenda_writer_free);

      g_clear_pointer (&left, g_free);
      left = layanan_test_list_dir (fixture->dir);
      if (pass == 0)
        {
          g_assert_cmpstr (left, ==, "");
          g_assert_true (g_file_set_contents (fixture->path, "the last export", -1, NULL));
        }
      else
        {
          g_assert_cmpstr (left, ==, FILE_NAME);
          g_assert_true (g_file_get_contents (fixture->path, &contents, NULL, NULL));
          g_assert_cmpstr (contents, ==, "the last export");
        }
      g_assert_cmpuint (count_open_files (), ==, open_files);
    }

  export_rows (fixture->path, &header_full, rows, G_N_ELEMENTS (rows));
  g_assert_cmpuint (count_open_files (), ==, open_files);
}

/* Exporting again replaces the file and leaves no temporary file. */
static void
test_replace (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *left = NULL;

  g_assert_true (g_file_set_contents (fixture->path, "not a workbook", -1, NULL));
  export_rows (fixture->path, &header_full, rows, G_N_ELEMENTS (rows));
  left = layanan_test_list_dir (fixture->dir);
  g_assert_cmpstr (left, ==, FILE_NAME);
  check_workbook (fixture, fixture->path, expected_full, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/export/agenda/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("read-back", test_read_back);
  ADD ("libreoffice", test_libreoffice);
  ADD ("empty", test_empty);
  ADD ("long-text", test_long_text);
  ADD ("bad-date", test_bad_date);
  ADD ("bad-instant", test_bad_instant);
  ADD ("bad-number", test_bad_number);
  ADD ("bad-period", test_bad_period);
  ADD ("missing-folder", test_missing_folder);
  ADD ("not-a-folder", test_not_a_folder);
  ADD ("read-only-folder", test_read_only_folder);
  ADD ("disk-full", test_disk_full);
  ADD ("abandon", test_abandon);
  ADD ("replace", test_replace);
#undef ADD

  return g_test_run ();
}
