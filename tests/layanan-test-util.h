/* layanan-test-util.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "layanan-calendar.h"
#include "layanan-database.h"

G_BEGIN_DECLS

/* What every test needs around it: a temporary folder, removed whole
 * afterwards, and the shipped reference data. */
char *layanan_test_make_tmp_dir      (const char *name);
void  layanan_test_remove_tree       (const char *path);
char *layanan_test_reference_dir     (void);
void  layanan_test_raw_exec          (const char *path,
                                      const char *sql);

/* The names left in @dir, sorted, separated by spaces. */
char *layanan_test_list_dir          (const char *dir);
void  layanan_test_assert_contains   (const char *haystack,
                                      const char *needle);

/* Runs tests/@checker (a Python checker of exported workbooks) on @path
 * against @expected_json, written into @work_dir; fails the test with its
 * findings unless it passes. @soffice, when given, adds LibreOffice's
 * reading (recalculated formulas, shown dates). */
void  layanan_test_check_workbook    (const char *checker,
                                      const char *path,
                                      const char *expected_json,
                                      const char *work_dir,
                                      const char *soffice);

/* The calendar the app would load from the shipped holidays and working
 * hours (a temporary database reads them the way the app does). */
LayananCalendar *layanan_test_reference_calendar (gboolean cuti_bersama_nonworking);

/* A new database "layanan.sqlite" in @dir with the shipped reference data
 * loaded, as most store tests start. */
LayananDatabase *layanan_test_open_reference_database (const char *dir);

/* The database "layanan.sqlite" in @dir opened the way the app starts
 * (migrated, reference data seeded). */
LayananDatabase *layanan_test_open_app_database       (const char *dir);

/* SQL through the store, failing the test on any error. */
gint64  layanan_test_query_int  (LayananDatabase *database,
                                 const char      *sql);
char   *layanan_test_query_text (LayananDatabase *database,
                                 const char      *sql);
void    layanan_test_exec       (LayananDatabase *database,
                                 const char      *sql);

/* The id of the first unit with no parent (a biro, not a section). */
gint64           layanan_test_top_unit_id       (LayananDatabase *database);
/* A saved, active category of the first unit with a deadline of
 * @working_days working days. */
LayananCategory *layanan_test_add_category      (LayananDatabase *database,
                                                 const char      *name,
                                                 int              working_days);

G_END_DECLS
