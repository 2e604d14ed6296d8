/* test-csv.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "layanan-csv.h"
#include "layanan-error.h"

static LayananCsv *
csv_new (const char *data)
{
  g_autoptr(GError) error = NULL;
  LayananCsv *csv = layanan_csv_new_from_data (data, strlen (data), "test.csv", &error);

  g_assert_no_error (error);
  g_assert_nonnull (csv);
  return csv;
}

/* Reads the next record and checks its line and fields. */
static void
assert_record (LayananCsv  *csv,
               guint        line,
               const char **expected)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (layanan_csv_next (csv, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (layanan_csv_get_line (csv), ==, line);
  g_assert_cmpstrv (layanan_csv_get_fields (csv), expected);
  g_assert_cmpuint (layanan_csv_get_n_fields (csv), ==, g_strv_length ((char **) expected));
}

static void
assert_end (LayananCsv *csv)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (layanan_csv_next (csv, &error));
  g_assert_no_error (error);
}

static void
test_plain (void)
{
  g_autoptr(LayananCsv) csv = csv_new ("a,b,c\n1,2,3\n");

  g_assert_cmpint (layanan_csv_get_separator (csv), ==, ',');
  assert_record (csv, 1, (const char *[]) { "a", "b", "c", NULL });
  assert_record (csv, 2, (const char *[]) { "1", "2", "3", NULL });
  assert_end (csv);
}

static void
test_quoted (void)
{
  g_autoptr(LayananCsv) csv = csv_new ("name,note\r\n"
                                       "\"Pontianak, Kalbar\",\"he said \"\"no\"\"\"\r\n"
                                       "\"\",plain \"quote\r\n");

  assert_record (csv, 1, (const char *[]) { "name", "note", NULL });
  assert_record (csv, 2, (const char *[]) { "Pontianak, Kalbar", "he said \"no\"", NULL });
  /* An empty quoted field, and a quote in the middle of an unquoted one kept as it is. */
  assert_record (csv, 3, (const char *[]) { "", "plain \"quote", NULL });
  assert_end (csv);
}

static void
test_multiline_line_numbers (void)
{
  g_autoptr(LayananCsv) csv = csv_new ("a,b\n"
                                       "1,\"first\r\nsecond\n\nfourth\"\n"
                                       "\n"
                                       "2,x\n"
                                       "3,\"y\"");

  assert_record (csv, 1, (const char *[]) { "a", "b", NULL });
  assert_record (csv, 2, (const char *[]) { "1", "first\nsecond\n\nfourth", NULL });
  /* The quoted field spanned lines 2–5 and line 6 is empty. */
  assert_record (csv, 7, (const char *[]) { "2", "x", NULL });
  /* No line break at the end of the last record. */
  assert_record (csv, 8, (const char *[]) { "3", "y", NULL });
  assert_end (csv);
}

static void
test_semicolon_and_bom (void)
{
  g_autoptr(LayananCsv) csv = csv_new ("\xEF\xBB\xBFTanggal;Kanal;Nilai\n"
                                       "02/03/2026;WA;\"1,5\"\n"
                                       ";;\n");

  g_assert_cmpint (layanan_csv_get_separator (csv), ==, ';');
  assert_record (csv, 1, (const char *[]) { "Tanggal", "Kanal", "Nilai", NULL });
  assert_record (csv, 2, (const char *[]) { "02/03/2026", "WA", "1,5", NULL });
  g_assert_false (layanan_csv_is_blank (csv));
  assert_record (csv, 3, (const char *[]) { "", "", "", NULL });
  g_assert_true (layanan_csv_is_blank (csv));
  g_assert_cmpstr (layanan_csv_get_field (csv, 7), ==, "");
  assert_end (csv);
}

static void
test_separator_in_quoted_header (void)
{
  /* Commas inside a quoted header name do not make it a comma file. */
  g_autoptr(LayananCsv) csv = csv_new ("\"Tanggal, jam\";Kanal\n1;2\n");

  g_assert_cmpint (layanan_csv_get_separator (csv), ==, ';');
  assert_record (csv, 1, (const char *[]) { "Tanggal, jam", "Kanal", NULL });
}

static void
test_unclosed_quote (void)
{
  g_autoptr(LayananCsv) csv = csv_new ("a,b\n1,2\n3,\"never\nclosed\n");
  g_autoptr(GError) error = NULL;

  assert_record (csv, 1, (const char *[]) { "a", "b", NULL });
  assert_record (csv, 2, (const char *[]) { "1", "2", NULL });
  g_assert_false (layanan_csv_next (csv, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "test.csv:3:"));
  g_clear_error (&error);
  assert_end (csv);
}

static void
test_text_after_quote (void)
{
  g_autoptr(LayananCsv) csv = csv_new ("a,b\n\"x\"y,2\n");
  g_autoptr(GError) error = NULL;

  assert_record (csv, 1, (const char *[]) { "a", "b", NULL });
  g_assert_false (layanan_csv_next (csv, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "test.csv:2:"));
}

static void
test_windows_1252 (void)
{
  /* "Uraian;Kanal" then "Jalan rusak – 50 m;WA" with an en dash in CP1252. */
  const char data[] = "Uraian;Kanal\r\nJalan rusak \x96 50 m;WA\r\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(LayananCsv) csv = layanan_csv_new_from_data (data, sizeof data - 1, "x.csv", &error);

  g_assert_no_error (error);
  assert_record (csv, 1, (const char *[]) { "Uraian", "Kanal", NULL });
  assert_record (csv, 2, (const char *[]) { "Jalan rusak – 50 m", "WA", NULL });
}

static void
test_not_text (void)
{
  const char data[] = "PK\x03\x04\0\0binary";
  g_autoptr(GError) error = NULL;
  g_autoptr(LayananCsv) csv = layanan_csv_new_from_data (data, sizeof data - 1, "book.xlsx",
                                                         &error);

  g_assert_null (csv);
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "book.xlsx"));
}

static void
test_empty (void)
{
  g_autoptr(LayananCsv) csv = csv_new ("\r\n\n");

  assert_end (csv);
  g_assert_cmpfloat (layanan_csv_get_fraction (csv), ==, 1.0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/csv/plain", test_plain);
  g_test_add_func ("/core/csv/quoted", test_quoted);
  g_test_add_func ("/core/csv/multiline-line-numbers", test_multiline_line_numbers);
  g_test_add_func ("/core/csv/semicolon-and-bom", test_semicolon_and_bom);
  g_test_add_func ("/core/csv/separator-in-quoted-header", test_separator_in_quoted_header);
  g_test_add_func ("/core/csv/unclosed-quote", test_unclosed_quote);
  g_test_add_func ("/core/csv/text-after-quote", test_text_after_quote);
  g_test_add_func ("/core/csv/windows-1252", test_windows_1252);
  g_test_add_func ("/core/csv/not-text", test_not_text);
  g_test_add_func ("/core/csv/empty", test_empty);

  return g_test_run ();
}
