/* test-complaint-csv.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "layanan-complaint-csv.h"
#include "layanan-csv.h"
#include "layanan-error.h"

#define UNIT_ID    3
#define SERVICE_ID 7

/* The four categories of DOMAIN.md §3.3, as the store seeds them. */
static GPtrArray *
make_categories (void)
{
  static const struct { const char *name; gint64 value; LayananDurationUnit unit; } table[] = {
    { "Pengaduan ringan", 3, LAYANAN_DURATION_HOURS },
    { "Pengaduan bersifat normatif", 5, LAYANAN_DURATION_WORKING_DAYS },
    { "Pengaduan tidak berkadar pengawasan", 14, LAYANAN_DURATION_WORKING_DAYS },
    { "Pengaduan berkadar pengawasan dan memerlukan pemeriksaan", 60,
      LAYANAN_DURATION_WORKING_DAYS },
  };
  GPtrArray *categories = g_ptr_array_new_with_free_func ((GDestroyNotify) layanan_category_free);

  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    {
      LayananCategory *category = layanan_category_new ();

      category->id = 11 + i;
      category->unit_id = UNIT_ID;
      category->position = i;
      category->name = g_strdup (table[i].name);
      category->deadline.value = table[i].value;
      category->deadline.unit = table[i].unit;
      g_ptr_array_add (categories, category);
    }
  return categories;
}

static GDateTime *
test_now (void)
{
  g_autoptr(GTimeZone) wib = g_time_zone_new_offset (7 * 3600);

  return g_date_time_new (wib, 2026, 11, 23, 12, 0, 0);
}

static char *
data_path (const char *name)
{
  return g_build_filename (g_getenv ("LAYANAN_SOURCE_ROOT"), "tests", "data", "complaints",
                           name, NULL);
}

typedef struct
{
  LayananComplaintCsvMapping *mapping;
  GPtrArray                  *complaints;   /* LayananComplaint */
  GPtrArray                  *category_ids; /* GINT_TO_POINTER of the category matched */
  GPtrArray                  *problems;     /* LayananComplaintCsvProblem */
} Converted;

static void
converted_free (Converted *converted)
{
  layanan_complaint_csv_mapping_free (converted->mapping);
  g_ptr_array_unref (converted->complaints);
  g_ptr_array_unref (converted->category_ids);
  g_ptr_array_unref (converted->problems);
  g_free (converted);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Converted, converted_free)

/* Reads a sample file as the import job does: header, mapping, records. */
static Converted *
convert_file (const char *name)
{
  g_autofree char *path = data_path (name);
  g_autoptr(GError) error = NULL;
  g_autoptr(LayananCsv) csv = layanan_csv_new_from_file (path, &error);
  g_autoptr(GPtrArray) categories = make_categories ();
  g_autoptr(GDateTime) now = test_now ();
  g_autoptr(LayananComplaintCsvConverter) converter = NULL;
  Converted *converted = g_new0 (Converted, 1);

  g_assert_no_error (error);
  g_assert_true (layanan_csv_next (csv, &error));
  converted->mapping = layanan_complaint_csv_mapping_new (layanan_csv_get_fields (csv));
  layanan_complaint_csv_mapping_check (converted->mapping, &error);
  g_assert_no_error (error);

  converted->complaints = g_ptr_array_new_with_free_func ((GDestroyNotify) layanan_complaint_free);
  converted->category_ids = g_ptr_array_new ();
  converted->problems = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                        layanan_complaint_csv_problem_free);
  converter = layanan_complaint_csv_converter_new (converted->mapping, UNIT_ID, categories, now);
  layanan_complaint_csv_converter_add_service (converter, SERVICE_ID,
                                               "Rekomendasi Bantuan Hibah");

  while (layanan_csv_next (csv, &error))
    {
      const LayananCategory *category = NULL;
      LayananComplaint *complaint;

      complaint = layanan_complaint_csv_converter_convert (converter,
                                                           layanan_csv_get_fields (csv),
                                                           layanan_csv_get_line (csv),
                                                           &category, converted->problems);
      if (complaint != NULL)
        {
          g_assert_nonnull (category);
          g_assert_cmpint (complaint->category_id, ==, category->id);
          g_ptr_array_add (converted->complaints, complaint);
          g_ptr_array_add (converted->category_ids, GINT_TO_POINTER ((int) category->id));
        }
    }
  g_assert_no_error (error);
  return converted;
}

static LayananComplaint *
complaint_at (Converted *converted,
              guint      index)
{
  g_assert_cmpuint (index, <, converted->complaints->len);
  return g_ptr_array_index (converted->complaints, index);
}

static void
assert_column (const LayananComplaintCsvMapping *mapping,
               LayananComplaintField             field,
               const char                       *header)
{
  int column = layanan_complaint_csv_mapping_get_column (mapping, field);

  if (header == NULL)
    {
      g_assert_cmpint (column, ==, -1);
      return;
    }
  g_assert_cmpint (column, >=, 0);
  g_assert_cmpstr (layanan_complaint_csv_mapping_get_header (mapping, column), ==, header);
}

/* The heading a file's column was matched to; NULL: no column. */
typedef struct
{
  LayananComplaintField  field;
  const char            *header;
} ExpectedColumn;

/* A file that maps @columns and converts into @n_complaints without a
 * problem. */
static Converted *
convert_clean_file (const char           *name,
                    guint                 n_complaints,
                    const ExpectedColumn *columns,
                    gsize                 n_columns)
{
  Converted *converted = convert_file (name);

  for (gsize i = 0; i < n_columns; i++)
    assert_column (converted->mapping, columns[i].field, columns[i].header);
  g_assert_cmpuint (converted->problems->len, ==, 0);
  g_assert_cmpuint (converted->complaints->len, ==, n_complaints);
  return converted;
}

static void
test_indonesian_spreadsheet (void)
{
  static const ExpectedColumn columns[] = {
    { LAYANAN_COMPLAINT_FIELD_RECEIVED,            "Tanggal" },
    { LAYANAN_COMPLAINT_FIELD_RECEIVED_TIME,       "Jam" },
    { LAYANAN_COMPLAINT_FIELD_CHANNEL,             "Kanal" },
    { LAYANAN_COMPLAINT_FIELD_CATEGORY,            "Kategori" },
    { LAYANAN_COMPLAINT_FIELD_SERVICE,             "Layanan" },
    { LAYANAN_COMPLAINT_FIELD_DESCRIPTION,         "Uraian Pengaduan" },
    { LAYANAN_COMPLAINT_FIELD_COMPLAINANT_NAME,    "Nama Pelapor" },
    { LAYANAN_COMPLAINT_FIELD_COMPLAINANT_CONTACT, "Kontak" },
    { LAYANAN_COMPLAINT_FIELD_CONFIDENTIAL,        "Rahasia" },
    { LAYANAN_COMPLAINT_FIELD_LAPOR_NUMBER,        NULL },
    { LAYANAN_COMPLAINT_FIELD_ANONYMOUS,           NULL },
  };
  g_autoptr(Converted) converted = convert_clean_file ("spreadsheet-id.csv", 3, columns,
                                                       G_N_ELEMENTS (columns));
  LayananComplaint *complaint;

  complaint = complaint_at (converted, 0);
  g_assert_cmpstr (complaint->received_at, ==, "2026-03-02T09:15:00+07:00");
  g_assert_cmpint (complaint->channel, ==, LAYANAN_CHANNEL_WHATSAPP);
  g_assert_cmpint (complaint->category_id, ==, 11);
  g_assert_cmpint (complaint->status, ==, LAYANAN_COMPLAINT_STATUS_SELESAI);
  g_assert_cmpint (complaint->unit_id, ==, UNIT_ID);
  g_assert_cmpint (complaint->service_id, ==, 0);
  g_assert_cmpstr (complaint->complainant_name, ==, "Budi Santoso");
  g_assert_cmpstr (complaint->complainant_contact, ==, "0812-5555-0101");
  g_assert_false (complaint->confidential);

  /* "2 Maret 2026" and a separate time; "Normatif" alone names one category. */
  complaint = complaint_at (converted, 1);
  g_assert_cmpstr (complaint->received_at, ==, "2026-03-02T13:40:00+07:00");
  g_assert_cmpint (complaint->channel, ==, LAYANAN_CHANNEL_TATAP_MUKA);
  g_assert_cmpint (complaint->category_id, ==, 12);
  g_assert_cmpint (complaint->category_deadline.value, ==, 5);
  g_assert_cmpint (complaint->category_deadline.unit, ==, LAYANAN_DURATION_WORKING_DAYS);
  g_assert_cmpstr (complaint->description, ==,
                   "Berkas rekomendasi hibah belum diproses; sudah dua minggu");
  g_assert_true (complaint->confidential);
  g_assert_null (complaint->complainant_contact);

  /* Excel's 05-03-2026, a category in odd case and spacing, a quoted line break. */
  complaint = complaint_at (converted, 2);
  g_assert_cmpstr (complaint->received_at, ==, "2026-03-05T08:05:00+07:00");
  g_assert_cmpint (complaint->channel, ==, LAYANAN_CHANNEL_KOTAK_PENGADUAN);
  g_assert_cmpint (complaint->category_id, ==, 11);
  g_assert_cmpstr (complaint->description, ==, "Petugas tidak ramah,\nmohon dibina");
  g_assert_cmpint (complaint->status, ==, LAYANAN_COMPLAINT_STATUS_DITINDAKLANJUTI);
  g_assert_null (complaint->complainant_name);
}

static void
test_lapor_export (void)
{
  static const ExpectedColumn columns[] = {
    { LAYANAN_COMPLAINT_FIELD_LAPOR_NUMBER,   "ID Laporan" },
    { LAYANAN_COMPLAINT_FIELD_RECEIVED,       "Tanggal Laporan" },
    { LAYANAN_COMPLAINT_FIELD_RECEIVED_TIME,  NULL },
    { LAYANAN_COMPLAINT_FIELD_CHANNEL,        "Sumber" },
    { LAYANAN_COMPLAINT_FIELD_DESCRIPTION,    "Isi Laporan" },
    { LAYANAN_COMPLAINT_FIELD_CLASSIFICATION, "Klasifikasi" },
    { LAYANAN_COMPLAINT_FIELD_ANONYMOUS,      "Anonim" },
  };
  g_autoptr(Converted) converted = convert_clean_file ("lapor-export.csv", 2, columns,
                                                       G_N_ELEMENTS (columns));
  LayananComplaint *complaint;

  /* LAPOR!'s own source names mean LAPOR!; the number loses its "#". */
  complaint = complaint_at (converted, 0);
  g_assert_cmpint (complaint->channel, ==, LAYANAN_CHANNEL_SP4N_LAPOR);
  g_assert_cmpstr (complaint->lapor_number, ==, "1916449");
  g_assert_cmpstr (complaint->received_at, ==, "2026-03-09T10:21:00+07:00");
  g_assert_true (complaint->anonymous);
  g_assert_cmpint (complaint->status, ==, LAYANAN_COMPLAINT_STATUS_DIVERIFIKASI);
  g_assert_cmpint (complaint->classification, ==, LAYANAN_COMPLAINT_KIND_PENGADUAN);

  complaint = complaint_at (converted, 1);
  g_assert_cmpint (complaint->channel, ==, LAYANAN_CHANNEL_SP4N_LAPOR);
  g_assert_cmpstr (complaint->lapor_number, ==, "1916502");
  g_assert_cmpint (complaint->classification, ==, LAYANAN_COMPLAINT_KIND_PERMINTAAN_INFORMASI);
  g_assert_true (complaint->confidential);
  g_assert_false (complaint->anonymous);
  g_assert_cmpstr (complaint->complainant_name, ==, "Rina");
}

static void
test_english (void)
{
  static const ExpectedColumn columns[] = {
    { LAYANAN_COMPLAINT_FIELD_RECEIVED,         "Received" },
    { LAYANAN_COMPLAINT_FIELD_LAPOR_NUMBER,     "Tracking ID" },
    { LAYANAN_COMPLAINT_FIELD_COMPLAINANT_NAME, "Complainant" },
    { LAYANAN_COMPLAINT_FIELD_ANONYMOUS,        "Anonymous" },
  };
  g_autoptr(Converted) converted = convert_clean_file ("english.csv", 2, columns,
                                                       G_N_ELEMENTS (columns));
  LayananComplaint *complaint;

  complaint = complaint_at (converted, 0);
  g_assert_cmpint (complaint->channel, ==, LAYANAN_CHANNEL_EMAIL);
  g_assert_cmpint (complaint->status, ==, LAYANAN_COMPLAINT_STATUS_DITERIMA);
  g_assert_null (complaint->lapor_number);
  complaint = complaint_at (converted, 1);
  g_assert_cmpint (complaint->category_id, ==, 13);
  g_assert_cmpstr (complaint->lapor_number, ==, "2001234");
  g_assert_cmpint (complaint->classification, ==, LAYANAN_COMPLAINT_KIND_ASPIRASI);
  g_assert_true (complaint->anonymous);
}

static const LayananComplaintCsvProblem *
problem_on_line (Converted *converted,
                 guint      line)
{
  const LayananComplaintCsvProblem *found = NULL;

  for (guint i = 0; i < converted->problems->len; i++)
    {
      const LayananComplaintCsvProblem *problem = g_ptr_array_index (converted->problems, i);

      if (problem->line == line)
        {
          g_assert_null (found);   /* one problem per bad line in bad.csv */
          found = problem;
        }
    }
  if (found == NULL)
    g_error ("no problem reported on line %u", line);
  return found;
}

static void
assert_problem (Converted  *converted,
                guint       line,
                const char *column,
                const char *fragment)
{
  const LayananComplaintCsvProblem *problem = problem_on_line (converted, line);

  g_assert_cmpstr (problem->column, ==, column);
  if (strstr (problem->message, fragment) == NULL)
    g_error ("line %u: “%s” does not mention “%s”", line, problem->message, fragment);
}

static void
test_bad_rows (void)
{
  g_autoptr(Converted) converted = convert_file ("bad.csv");
  g_autofree char *formatted = NULL;

  /* Lines count the line breaks inside quoted descriptions. */
  assert_problem (converted, 2, "Tanggal", "31/02/2026");
  assert_problem (converted, 4, "Tanggal", "25.10");
  assert_problem (converted, 5, "Kanal", "Pos");
  assert_problem (converted, 8, "Nomor Pelacakan", "LPR-77");
  assert_problem (converted, 9, "Tanggal", "2099");
  assert_problem (converted, 10, "Kategori", "Sedang");
  /* The unknown category's message names the known ones. */
  assert_problem (converted, 10, "Kategori", "Pengaduan bersifat normatif");
  g_assert_cmpuint (converted->problems->len, ==, 6);

  /* Only line 11 is clean. */
  g_assert_cmpuint (converted->complaints->len, ==, 1);
  g_assert_cmpstr (complaint_at (converted, 0)->description, ==, "Baris yang benar");

  formatted = layanan_complaint_csv_problem_format (problem_on_line (converted, 5));
  g_assert_nonnull (strstr (formatted, "5"));
  g_assert_nonnull (strstr (formatted, "Kanal"));
}

static void
test_missing_column (void)
{
  const char * const header[] = { "Tanggal", "Kanal", "Uraian", NULL };
  g_autoptr(LayananComplaintCsvMapping) mapping = layanan_complaint_csv_mapping_new (header);
  g_autoptr(GError) error = NULL;

  g_assert_false (layanan_complaint_csv_mapping_check (mapping, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, layanan_complaint_field_get_label
                                              (LAYANAN_COMPLAINT_FIELD_CATEGORY)));
  /* The message shows what the file has, to pick from. */
  g_assert_nonnull (strstr (error->message, "Uraian"));
  g_clear_error (&error);

  /* The user maps a column by hand: it leaves the field it fed. */
  layanan_complaint_csv_mapping_set_column (mapping, LAYANAN_COMPLAINT_FIELD_CATEGORY, 2);
  g_assert_cmpint (layanan_complaint_csv_mapping_get_column
                     (mapping, LAYANAN_COMPLAINT_FIELD_DESCRIPTION), ==, -1);
  g_assert_false (layanan_complaint_csv_mapping_check (mapping, &error));
  g_assert_nonnull (strstr (error->message, layanan_complaint_field_get_label
                                              (LAYANAN_COMPLAINT_FIELD_DESCRIPTION)));
}

static void
test_channel_optional_with_lapor_number (void)
{
  const char * const header[] = { "Nomor Pelacakan", "Waktu", "Kategori", "Isi Laporan", NULL };
  const char * const record[] = { "1916449", "10/03/2026 08.30", "Ringan", "Jalan rusak", NULL };
  g_autoptr(LayananComplaintCsvMapping) mapping = layanan_complaint_csv_mapping_new (header);
  g_autoptr(GPtrArray) categories = make_categories ();
  g_autoptr(GDateTime) now = test_now ();
  g_autoptr(LayananComplaintCsvConverter) converter = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func
                                    ((GDestroyNotify) layanan_complaint_csv_problem_free);
  g_autoptr(LayananComplaint) complaint = NULL;
  g_autoptr(GError) error = NULL;

  /* "Waktu" alone is the date and time. */
  assert_column (mapping, LAYANAN_COMPLAINT_FIELD_RECEIVED, "Waktu");
  g_assert_true (layanan_complaint_csv_mapping_check (mapping, &error));
  g_assert_no_error (error);

  converter = layanan_complaint_csv_converter_new (mapping, UNIT_ID, categories, now);
  complaint = layanan_complaint_csv_converter_convert (converter, record, 2, NULL, problems);
  g_assert_nonnull (complaint);
  g_assert_cmpint (complaint->channel, ==, LAYANAN_CHANNEL_SP4N_LAPOR);
  g_assert_cmpstr (complaint->received_at, ==, "2026-03-10T08:30:00+07:00");
  g_assert_cmpint (complaint->category_id, ==, 11);
}

static void
test_lapor_number_on_other_channel (void)
{
  const char * const header[] = { "Tanggal", "Kanal", "Kategori", "ID Laporan", "Uraian",
                                  "Layanan", "Rahasia", NULL };
  const char * const letter[] = { "2026-03-10 08:30", "Surat", "Pengaduan ringan", "1916449",
                                  "x", "rekomendasi  bantuan HIBAH", "", NULL };
  const char * const flag[] = { "2026-03-10 08:30", "WA", "Pengaduan ringan", "", "x",
                                "Izin Reklame", "Mungkin", NULL };
  g_autoptr(LayananComplaintCsvMapping) mapping = layanan_complaint_csv_mapping_new (header);
  g_autoptr(GPtrArray) categories = make_categories ();
  g_autoptr(GDateTime) now = test_now ();
  g_autoptr(LayananComplaintCsvConverter) converter = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func
                                    ((GDestroyNotify) layanan_complaint_csv_problem_free);
  LayananComplaintCsvProblem *problem;

  converter = layanan_complaint_csv_converter_new (mapping, UNIT_ID, categories, now);
  layanan_complaint_csv_converter_add_service (converter, SERVICE_ID,
                                               "Rekomendasi Bantuan Hibah");
  g_assert_null (layanan_complaint_csv_converter_convert (converter, letter, 2, NULL, problems));
  g_assert_cmpuint (problems->len, ==, 1);
  problem = g_ptr_array_index (problems, 0);
  g_assert_cmpuint (problem->line, ==, 2);
  g_assert_cmpstr (problem->column, ==, "ID Laporan");

  /* An unknown service and a flag that is neither yes nor no: both listed. */
  g_assert_null (layanan_complaint_csv_converter_convert (converter, flag, 3, NULL, problems));
  g_assert_cmpuint (problems->len, ==, 3);
  problem = g_ptr_array_index (problems, 1);
  g_assert_cmpstr (problem->column, ==, "Layanan");
  g_assert_nonnull (strstr (problem->message, "Izin Reklame"));
  problem = g_ptr_array_index (problems, 2);
  g_assert_cmpstr (problem->column, ==, "Rahasia");
  g_assert_nonnull (strstr (problem->message, "Mungkin"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/complaint-csv/indonesian-spreadsheet", test_indonesian_spreadsheet);
  g_test_add_func ("/core/complaint-csv/lapor-export", test_lapor_export);
  g_test_add_func ("/core/complaint-csv/english", test_english);
  g_test_add_func ("/core/complaint-csv/bad-rows", test_bad_rows);
  g_test_add_func ("/core/complaint-csv/missing-column", test_missing_column);
  g_test_add_func ("/core/complaint-csv/channel-optional-with-lapor-number",
                   test_channel_optional_with_lapor_number);
  g_test_add_func ("/core/complaint-csv/lapor-number-on-other-channel",
                   test_lapor_number_on_other_channel);

  return g_test_run ();
}
