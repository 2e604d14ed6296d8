/* test-complaint-recap-export.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "layanan-complaint-recap-export.h"
#include "layanan-date.h"
#include "layanan-error.h"
#include "layanan-test-util.h"

#define FILE_NAME "rekap-pengaduan.xlsx"
#define UNIT "Biro Kesejahteraan Rakyat"
#define NOW "2026-02-10T12:00:00+07:00"

#define RINGAN "Pengaduan ringan"
#define NORMATIF "Pengaduan bersifat normatif"
#define BERKADAR "Pengaduan berkadar pengawasan dan memerlukan pemeriksaan"

/* Someone who asked to stay unknown, and a named complainant. */
#define SECRET_NAME "Siti Rahasia"
#define SECRET_CONTACT "siti@rahasia.example"
#define NAMED "Budi Santoso"
#define NAMED_CONTACT "0812-5555-1234"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

typedef struct
{
  LayananComplaintListRow    row;
  LayananComplaintStatus     status;
  LayananChannelKind         channel;
} Complaint;

/* Three complaints: one settled on time (4 working days), one confidential
 * settled late across the Isra Mikraj holiday (3 working days), one
 * anonymous SP4N-LAPOR! report received at 01:30 WIB on 1 February (still
 * 31 January in UTC), open and overdue at NOW. The confidential one is
 * given its name here anyway: the writer must not print it. */
static const Complaint complaints[] = {
  {
    {
      .register_year = 2026, .register_number = 1,
      .received_at = "2026-01-05T09:00:00+07:00", .channel = "Tatap Muka",
      .identity = LAYANAN_COMPLAINANT_NAMED,
      .complainant_name = NAMED, .complainant_contact = NAMED_CONTACT,
      .classification = "Pengaduan", .category = NORMATIF, .service = "Rekomendasi Hibah",
      .description = "Pelayanan lambat", .status = "Selesai",
      .due_at = "2026-01-12T16:00:00+07:00", .closed_at = "2026-01-09T10:00:00+07:00",
      .last_response = "Sudah ditindaklanjuti",
    },
    LAYANAN_COMPLAINT_STATUS_SELESAI, LAYANAN_CHANNEL_TATAP_MUKA,
  },
  {
    {
      .register_year = 2026, .register_number = 2,
      .received_at = "2026-01-14T10:00:00+07:00", .channel = "WhatsApp",
      .identity = LAYANAN_COMPLAINANT_CONFIDENTIAL,
      .complainant_name = SECRET_NAME, .complainant_contact = SECRET_CONTACT,
      .classification = "Pengaduan", .category = RINGAN,
      .description = "Petugas tidak ramah", .status = "Selesai",
      .due_at = "2026-01-15T16:00:00+07:00", .closed_at = "2026-01-20T11:00:00+07:00",
    },
    LAYANAN_COMPLAINT_STATUS_SELESAI, LAYANAN_CHANNEL_WHATSAPP,
  },
  {
    {
      .register_year = 2026, .register_number = 3,
      .received_at = "2026-01-31T18:30:00Z", .channel = "SP4N-LAPOR!",
      .lapor_number = "1916449", .identity = LAYANAN_COMPLAINANT_ANONYMOUS,
      .classification = "Pengaduan", .category = RINGAN,
      .description = "Informasi hibah", .status = "Ditindaklanjuti",
      .due_at = "2026-02-05T16:00:00+07:00",
    },
    LAYANAN_COMPLAINT_STATUS_DITINDAKLANJUTI, LAYANAN_CHANNEL_SP4N_LAPOR,
  },
};

#define TITLE(first) \
  "[\"" first "\", \"" UNIT "\", \"Periode: 1 Januari 2026 s.d. 28 Februari 2026\"," \
  " \"Diekspor oleh Rina Wati, 10 Februari 2026 pukul 12.00 WIB\"]"

/* Worked out by hand from the three complaints above. */
#define EXPECTED_TABLES \
  "{\"Per Bulan\": {\"label\": \"Bulan\", \"rows\": [" \
  "   [\"Januari 2026\", 2, 2, 1, 1, 0, 0, 0.5, 3.5]," \
  "   [\"Februari 2026\", 1, 0, 0, 0, 1, 1, null, null]]," \
  "  \"total\": [3, 2, 1, 1, 1, 1, 0.5, 3.5]}," \
  " \"Per Kategori\": {\"label\": \"Kategori\", \"rows\": [" \
  "   [\"" RINGAN "\", 2, 1, 0, 1, 1, 1, 0.0, 3.0]," \
  "   [\"" NORMATIF "\", 1, 1, 1, 0, 0, 0, 1.0, 4.0]," \
  "   [\"" BERKADAR "\", 0, 0, 0, 0, 0, 0, null, null]]," \
  "  \"total\": [3, 2, 1, 1, 1, 1, 0.5, 3.5]}," \
  " \"Per Kanal\": {\"label\": \"Kanal\", \"partial\": true, \"n_lines\": 10, \"rows\": [" \
  "   [\"Tatap Muka\", 1, 1, 1, 0, 0, 0, 1.0, 4.0]," \
  "   [\"WhatsApp\", 1, 1, 0, 1, 0, 0, 0.0, 3.0]," \
  "   [\"SP4N-LAPOR!\", 1, 0, 0, 0, 1, 1, null, null]]," \
  "  \"total\": [3, 2, 1, 1, 1, 1, 0.5, 3.5]}," \
  " \"Per Status\": {\"label\": \"Status\", \"partial\": true, \"n_lines\": 9, \"rows\": [" \
  "   [\"Selesai\", 2, 2, 1, 1, 0, 0, 0.5, 3.5]," \
  "   [\"Ditindaklanjuti\", 1, 0, 0, 0, 1, 1, null, null]]," \
  "  \"total\": [3, 2, 1, 1, 1, 1, 0.5, 3.5]}," \
  " \"Per Klasifikasi\": {\"label\": \"Klasifikasi\", \"partial\": true, \"n_lines\": 3," \
  "   \"rows\": [[\"Pengaduan\", 3, 2, 1, 1, 1, 1, 0.5, 3.5]]," \
  "  \"total\": [3, 2, 1, 1, 1, 1, 0.5, 3.5]}}"

#define HEADINGS_BEFORE \
  "\"No\", \"Nomor Register\", \"Diterima\", \"Kanal\", \"Nomor LAPOR!\""
#define HEADINGS_AFTER \
  "\"Klasifikasi\", \"Kategori\", \"Layanan\", \"Uraian\", \"Status\", \"Batas Waktu\"," \
  " \"Selesai\", \"Lama Penyelesaian (hari kerja)\", \"Tepat Waktu\", \"Tanggapan terakhir\""

#define ROW1_BEFORE "1, 1, \"2026-01-05 09:00\", \"Tatap Muka\", null"
#define ROW1_AFTER \
  "\"Pengaduan\", \"" NORMATIF "\", \"Rekomendasi Hibah\", \"Pelayanan lambat\", \"Selesai\"," \
  " \"2026-01-12 16:00\", \"2026-01-09 10:00\", 4, \"Ya\", \"Sudah ditindaklanjuti\""
#define ROW2_BEFORE "2, 2, \"2026-01-14 10:00\", \"WhatsApp\", null"
#define ROW2_AFTER \
  "\"Pengaduan\", \"" RINGAN "\", null, \"Petugas tidak ramah\", \"Selesai\"," \
  " \"2026-01-15 16:00\", \"2026-01-20 11:00\", 3, \"Tidak\", null"
#define ROW3_BEFORE "3, 3, \"2026-02-01 01:30\", \"SP4N-LAPOR!\", \"1916449\""
#define ROW3_AFTER \
  "\"Pengaduan\", \"" RINGAN "\", null, \"Informasi hibah\", \"Ditindaklanjuti\"," \
  " \"2026-02-05 16:00\", null, null, \"\xe2\x80\x94\", null"

static const char expected_private[] =
  "{\"author\": \"" UNIT "\", \"title\": " TITLE ("REKAPITULASI PENGADUAN") ","
  " \"list_title\": " TITLE ("DAFTAR PENGADUAN") ","
  " \"tables\": " EXPECTED_TABLES ","
  " \"headings\": [" HEADINGS_BEFORE ", " HEADINGS_AFTER "],"
  " \"rows\": [[" ROW1_BEFORE ", " ROW1_AFTER "],"
  "          [" ROW2_BEFORE ", " ROW2_AFTER "],"
  "          [" ROW3_BEFORE ", " ROW3_AFTER "]],"
  " \"forbidden\": [\"" SECRET_NAME "\", \"" SECRET_CONTACT "\", \"" NAMED "\","
  "               \"" NAMED_CONTACT "\"],"
  " \"personal\": false}";

static const char expected_personal[] =
  "{\"author\": \"" UNIT "\", \"title\": " TITLE ("REKAPITULASI PENGADUAN") ","
  " \"list_title\": " TITLE ("DAFTAR PENGADUAN") ","
  " \"tables\": " EXPECTED_TABLES ","
  " \"headings\": [" HEADINGS_BEFORE ", \"Pelapor\", \"Kontak\", " HEADINGS_AFTER "],"
  " \"rows\": [[" ROW1_BEFORE ", \"" NAMED "\", \"" NAMED_CONTACT "\", " ROW1_AFTER "],"
  "          [" ROW2_BEFORE ", \"Dirahasiakan\", \"Dirahasiakan\", " ROW2_AFTER "],"
  "          [" ROW3_BEFORE ", \"Anonim\", \"Anonim\", " ROW3_AFTER "]],"
  " \"forbidden\": [\"" SECRET_NAME "\", \"" SECRET_CONTACT "\"],"
  " \"personal\": true}";

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = layanan_test_make_tmp_dir ("complaint-recap-export");
  fixture->path = g_build_filename (fixture->dir, FILE_NAME, NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_chmod (fixture->dir, 0755);
  layanan_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static LayananCalendar *
make_calendar (void)
{
  LayananCalendar *calendar = layanan_calendar_new ();
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 16, G_DATE_JANUARY, 2026);
  layanan_calendar_add_holiday (calendar, &date, LAYANAN_HOLIDAY_LIBUR_NASIONAL);
  return calendar;
}

static LayananComplaintRecapHeader
make_header (GDateTime *now,
             gboolean   personal)
{
  return (LayananComplaintRecapHeader) {
    .unit_name = UNIT, .date_from = "2026-01-01", .date_to = "2026-02-28",
    .exported_by = "Rina Wati", .exported_at = now, .include_personal_data = personal,
  };
}

/* Counts each complaint and lists it with what the count said of it, as
 * the export job does. */
static void
export (const char *path,
        gboolean    personal)
{
  g_autoptr(LayananCalendar) calendar = make_calendar ();
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 (NOW, NULL);
  g_autoptr(LayananComplaintRecap) recap = layanan_complaint_recap_new (calendar, now);
  LayananComplaintRecapHeader header = make_header (now, personal);
  g_autoptr(LayananComplaintRecapWriter) writer = NULL;
  g_autoptr(GError) error = NULL;
  GDate from, to;

  g_assert_true (layanan_date_parse_iso (header.date_from, &from, NULL));
  g_assert_true (layanan_date_parse_iso (header.date_to, &to, NULL));
  layanan_complaint_recap_set_period (recap, &from, &to);
  layanan_complaint_recap_add_category (recap, RINGAN);
  layanan_complaint_recap_add_category (recap, NORMATIF);
  layanan_complaint_recap_add_category (recap, BERKADAR);

  writer = layanan_complaint_recap_writer_new (path, &header, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (complaints); i++)
    {
      const LayananComplaintListRow *row = &complaints[i].row;
      LayananComplaintRecapInput input = {
        .received_at = row->received_at, .channel = complaints[i].channel,
        .classification = LAYANAN_COMPLAINT_KIND_PENGADUAN, .category_name = row->category,
        .status = complaints[i].status, .due_at = row->due_at, .closed_at = row->closed_at,
      };
      LayananComplaintOutcome outcome;
      LayananComplaintListRow line = *row;

      g_assert_true (layanan_complaint_recap_add (recap, &input, &outcome, &error));
      g_assert_no_error (error);
      line.settlement_days = outcome.timed ? outcome.working_days : -1;
      line.timing = !outcome.timed ? LAYANAN_SETTLEMENT_NONE
                    : outcome.on_time ? LAYANAN_SETTLEMENT_ON_TIME : LAYANAN_SETTLEMENT_LATE;
      g_assert_true (layanan_complaint_recap_writer_add_row (writer, &line, &error));
      g_assert_no_error (error);
    }
  g_assert_true (layanan_complaint_recap_writer_finish (writer, recap, &error));
  g_assert_no_error (error);
}

static void
check_workbook (Fixture    *fixture,
                const char *expected,
                const char *soffice)
{
  layanan_test_check_workbook ("check-complaint-recap.py", fixture->path, expected, fixture->dir,
                               soffice);
}

/* By default no Pelapor, no Kontak, and no name of anyone anywhere. */
static void
test_without_personal_data (Fixture       *fixture,
                            gconstpointer  data)
{
  export (fixture->path, FALSE);
  check_workbook (fixture, expected_private, NULL);
}

/* Asked for, names and contacts appear, except a confidential or
 * anonymous complainant's. */
static void
test_with_personal_data (Fixture       *fixture,
                         gconstpointer  data)
{
  export (fixture->path, TRUE);
  check_workbook (fixture, expected_personal, NULL);
}

/* LibreOffice recalculates every formula (the SUMs and the rates) to the
 * same numbers, and shows the dates in Indonesian. */
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
  export (fixture->path, TRUE);
  check_workbook (fixture, expected_personal, soffice);
}

/* A folder that does not exist, and one that is a file: the message names
 * the workbook, and nothing is left behind. */
static void
test_unwritable (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 (NOW, NULL);
  LayananComplaintRecapHeader header = make_header (now, FALSE);
  g_autofree char *missing = g_build_filename (fixture->dir, "tidak-ada", FILE_NAME, NULL);
  g_autofree char *file = g_build_filename (fixture->dir, "laporan", NULL);
  g_autofree char *inside_file = g_build_filename (file, FILE_NAME, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *left = NULL;

  g_assert_null (layanan_complaint_recap_writer_new (missing, &header, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND);
  layanan_test_assert_contains (error->message, missing);
  layanan_test_assert_contains (error->message, "complaint recap");
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (file, "", -1, NULL));
  g_assert_null (layanan_complaint_recap_writer_new (inside_file, &header, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_DATABASE_READ_ONLY);
  layanan_test_assert_contains (error->message, inside_file);
  g_clear_error (&error);

  if (geteuid () != 0)
    {
      g_assert_cmpint (g_chmod (fixture->dir, 0555), ==, 0);
      g_assert_null (layanan_complaint_recap_writer_new (fixture->path, &header, &error));
      g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_DATABASE_READ_ONLY);
      layanan_test_assert_contains (error->message, fixture->path);
      g_assert_cmpint (g_chmod (fixture->dir, 0755), ==, 0);
    }

  left = layanan_test_list_dir (fixture->dir);
  g_assert_cmpstr (left, ==, "laporan");
}

/* A bad period or a line with an impossible date is refused, naming it;
 * freeing the writer unfinished leaves an earlier file as it was. */
static void
test_bad_input (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 (NOW, NULL);
  LayananComplaintRecapHeader header = make_header (now, FALSE);
  g_autoptr(LayananComplaintRecapWriter) writer = NULL;
  LayananComplaintListRow row = complaints[0].row;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *left = NULL;

  header.date_to = "2026-02-30";
  g_assert_null (layanan_complaint_recap_writer_new (fixture->path, &header, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  layanan_test_assert_contains (error->message, "2026-02-30");
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (fixture->path, "the last export", -1, NULL));
  header = make_header (now, FALSE);
  writer = layanan_complaint_recap_writer_new (fixture->path, &header, &error);
  g_assert_no_error (error);
  row.closed_at = "2026-01-32T10:00:00+07:00";
  g_assert_false (layanan_complaint_recap_writer_add_row (writer, &row, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  layanan_test_assert_contains (error->message, "1/2026");
  layanan_test_assert_contains (error->message, "closed at");
  g_clear_pointer (&writer, layanan_complaint_recap_writer_free);

  left = layanan_test_list_dir (fixture->dir);
  g_assert_cmpstr (left, ==, FILE_NAME);
  g_assert_true (g_file_get_contents (fixture->path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "the last export");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/export/complaint-recap/" path, Fixture, NULL, fixture_set_up, func, \
              fixture_tear_down)
  ADD ("without-personal-data", test_without_personal_data);
  ADD ("with-personal-data", test_with_personal_data);
  ADD ("libreoffice", test_libreoffice);
  ADD ("unwritable", test_unwritable);
  ADD ("bad-input", test_bad_input);
#undef ADD

  return g_test_run ();
}
