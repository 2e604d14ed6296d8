/* bench-complaint-import.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Importing the complaints of years kept in a spreadsheet (20 000 rows,
 * each with a quoted two-line description): reading the CSV records alone
 * is the baseline; then reading and checking every row (the Check of the
 * dialog), then the whole import with deadlines and the one transaction.
 * Run with `meson test -C _build --benchmark --verbose complaint-import`.
 */

#include "config.h"

#include <stdio.h>

#include <glib/gstdio.h>

#include "layanan-complaint-import.h"
#include "layanan-csv.h"
#include "layanan-startup.h"
#include "layanan-test-util.h"

#define N_ROWS 20000

static const char * const channels[] = { "WA", "Telepon", "Email", "Tatap Muka", "Surat",
                                         "Kotak Pengaduan" };
static const char * const categories[] = { "Pengaduan ringan", "Pengaduan bersifat normatif",
                                           "Pengaduan tidak berkadar pengawasan" };

static void
write_csv (const char *path)
{
  g_autoptr(GString) csv = g_string_new ("Tanggal;Jam;Kanal;Kategori;Uraian;Status\n");
  g_autoptr(GRand) rand = g_rand_new_with_seed (1);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < N_ROWS; i++)
    g_string_append_printf (csv, "%02d/%02d/2026;%02d.%02d;%s;%s;"
                            "\"Uraian pengaduan nomor %u; antrean terlalu lama\nbaris kedua\";"
                            "Diterima\n",
                            g_rand_int_range (rand, 1, 29), g_rand_int_range (rand, 1, 11),
                            g_rand_int_range (rand, 8, 16), g_rand_int_range (rand, 0, 60),
                            channels[g_rand_int_range (rand, 0, G_N_ELEMENTS (channels))],
                            categories[g_rand_int_range (rand, 0, G_N_ELEMENTS (categories))],
                            i);
  g_file_set_contents (path, csv->str, csv->len, &error);
  g_assert_no_error (error);
}

static double
time_read (const char *path)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LayananCsv) csv = layanan_csv_new_from_file (path, &error);
  guint n = 0;

  g_assert_no_error (error);
  while (layanan_csv_next (csv, &error))
    n++;
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, N_ROWS + 1);
  return (g_get_monotonic_time () - start) / 1e6;
}

static double
time_import (const char                  *database_path,
             const char                  *path,
             gint64                       unit_id,
             LayananComplaintImportFlags  flags)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(LayananComplaintImportResult) result = NULL;
  g_autoptr(GError) error = NULL;

  layanan_complaint_import (database_path, path, NULL, unit_id, flags, NULL, &result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (result->n_rows, ==, N_ROWS);
  return (g_get_monotonic_time () - start) / 1e6;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = layanan_test_make_tmp_dir ("bench-complaint-import");
  g_autofree char *csv_path = g_build_filename (dir, "pengaduan.csv", NULL);
  g_autofree char *database_path = g_build_filename (dir, "layanan.sqlite", NULL);
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GError) error = NULL;
  double read, check, import;
  gint64 unit_id = 0;

  write_csv (csv_path);
  database = layanan_startup_open (database_path, &error);
  g_assert_no_error (error);
  units = layanan_database_list_units (database, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < units->len && unit_id == 0; i++)
    if (((LayananUnit *) g_ptr_array_index (units, i))->parent_id == 0)
      unit_id = ((LayananUnit *) g_ptr_array_index (units, i))->id;

  read = time_read (csv_path);
  check = time_import (database_path, csv_path, unit_id, LAYANAN_COMPLAINT_IMPORT_CHECK_ONLY);
  import = time_import (database_path, csv_path, unit_id, LAYANAN_COMPLAINT_IMPORT_DEFAULT);

  printf ("%d rows\n", N_ROWS);
  printf ("read CSV records (baseline)   %8.3f s  %9.0f rows/s  1.0x\n", read, N_ROWS / read);
  printf ("read and check every row      %8.3f s  %9.0f rows/s  %.1fx\n", check, N_ROWS / check,
          check / read);
  printf ("import (deadlines, one commit) %7.3f s  %9.0f rows/s  %.1fx\n", import,
          N_ROWS / import, import / read);

  g_clear_object (&database);
  layanan_test_remove_tree (dir);
  return 0;
}
