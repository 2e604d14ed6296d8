/* bench-complaints.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The complaint register at 100 000 complaints (far more than a bureau
 * gets in decades, so the list stays fast for good), as ratios against a
 * baseline measured in the same run (never absolute thresholds):
 *   - importing them with their deadlines (category through the calendar)
 *     through layanan_database_add_complaints (complaints/s);
 *   - the first page a window shows (count + page anchors + page 1), and a
 *     page in the middle by keyset, against an OFFSET page to the middle;
 *   - the tab's counter (open complaints overdue and due soon) counted in
 *     SQL against streaming every row and sorting it out in C;
 *   - searching a rare word against a LIKE '%word%' scan.
 * LAYANAN_BENCH_COMPLAINTS sets the number (default 100000).
 * Run with `meson test -C _build --benchmark --verbose complaints`.
 */

#include "config.h"

#include <stdio.h>

#include "layanan-database.h"
#include "layanan-database-private.h"
#include "layanan-test-util.h"

#define BATCH 5000
#define PAGE 50
#define RUNS 20

static const char * const phrases[] = {
  "Jadwal pelayanan tidak diumumkan di papan informasi",
  "Petugas loket tidak berada di tempat pada jam pelayanan",
  "Persyaratan permohonan bantuan hibah tidak jelas",
  "Tidak ada tanggapan atas surat permohonan rekomendasi",
  "Ruang tunggu panas dan kursi kurang",
  "Informasi biaya pelayanan berbeda dengan standar",
  "Proses verifikasi proposal terlalu lama",
  "Nomor WhatsApp pengaduan tidak aktif",
};

static const LayananComplaintStatus statuses[] = {
  LAYANAN_COMPLAINT_STATUS_SELESAI, LAYANAN_COMPLAINT_STATUS_SELESAI,
  LAYANAN_COMPLAINT_STATUS_SELESAI, LAYANAN_COMPLAINT_STATUS_DITINDAKLANJUTI,
  LAYANAN_COMPLAINT_STATUS_DITERIMA, LAYANAN_COMPLAINT_STATUS_DITERUSKAN,
  LAYANAN_COMPLAINT_STATUS_MENUNGGU_PELAPOR, LAYANAN_COMPLAINT_STATUS_DITOLAK,
};

typedef struct
{
  LayananDatabase *database;
  LayananCalendar *calendar;
  GPtrArray       *categories;
  guint            n_complaints;
} Bench;

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* Spread from January 2021 to October 2026 so that most are closed and some open ones are
 * overdue, due soon or on time. */
static LayananComplaint *
make_complaint (Bench *bench,
                GRand *rand,
                guint  index)
{
  g_autoptr(GDateTime) base = g_date_time_new_local (2021, 1, 4, 8, 0, 0);
  g_autoptr(GDateTime) received = NULL;
  LayananComplaint *complaint = layanan_complaint_new ();
  LayananCategory *category;

  received = g_date_time_add_minutes (base, (gint64) index * (2100 * 24 * 60)
                                            / bench->n_complaints);
  complaint->unit_id = 1;
  complaint->received_at = g_date_time_format (received, "%Y-%m-%dT%H:%M:%S%:z");
  complaint->channel = g_rand_int_range (rand, 0, LAYANAN_N_CHANNEL_KINDS);
  complaint->classification = g_rand_int_range (rand, 0, LAYANAN_N_COMPLAINT_KINDS);
  complaint->description = g_strdup_printf ("%s (%u)%s", phrases[index % G_N_ELEMENTS (phrases)],
                                            index, index % 10007 == 0 ? " kaligrafi" : "");
  complaint->status = statuses[g_rand_int_range (rand, 0, G_N_ELEMENTS (statuses))];
  category = bench->categories->pdata[index % bench->categories->len];
  layanan_complaint_set_category (complaint, category, bench->calendar);
  return complaint;
}

static double
fill (Bench *bench)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260319);
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  for (guint done = 0; done < bench->n_complaints; done += BATCH)
    {
      g_autoptr(GPtrArray) complaints = g_ptr_array_new_with_free_func (
        (GDestroyNotify) layanan_complaint_free);

      for (guint i = done; i < MIN (done + BATCH, bench->n_complaints); i++)
        g_ptr_array_add (complaints, make_complaint (bench, rand, i));

      layanan_database_add_complaints (bench->database, complaints, NULL, &error);
      g_assert_no_error (error);
    }

  layanan_database_exec (bench->database, "ANALYZE", &error);
  g_assert_no_error (error);
  return ms_since (start);
}

static double
time_offset_page (Bench *bench,
                  gint64 offset)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id, register_year, register_number, "
                                          "  received_at, channel, category_name, service_name, "
                                          "  description, status, due_at "
                                          "FROM complaints ORDER BY register_year DESC, "
                                          "  register_number DESC, id DESC LIMIT %d OFFSET %"
                                          G_GINT64_FORMAT, PAGE, offset);
  g_autoptr(sqlite3_stmt) stmt = layanan_database_prepare (bench->database, sql, NULL);
  gint64 start = g_get_monotonic_time ();
  guint n = 0;

  for (int run = 0; run < RUNS; run++)
    {
      while (sqlite3_step (stmt) == SQLITE_ROW)
        n++;
      sqlite3_reset (stmt);
    }
  g_assert_cmpuint (n, ==, RUNS * PAGE);

  return ms_since (start) / RUNS;
}

static double
time_first_view (Bench                       *bench,
                 const LayananComplaintQuery *query,
                 GPtrArray                  **anchors_out)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(GError) error = NULL;

  for (int run = 0; run < RUNS; run++)
    {
      g_autoptr(GPtrArray) anchors = NULL;
      g_autoptr(GPtrArray) page = NULL;
      gint64 count = layanan_database_count_complaints (bench->database, query, &error);

      anchors = layanan_database_complaint_page_anchors (bench->database, query, PAGE, &error);
      page = layanan_database_query_complaints (bench->database, query, NULL, PAGE, &error);
      g_assert_no_error (error);
      g_assert_cmpint (count, ==, bench->n_complaints);
      g_assert_cmpuint (page->len, ==, PAGE);
      if (run == RUNS - 1)
        *anchors_out = g_steal_pointer (&anchors);
    }

  return ms_since (start) / RUNS;
}

static double
time_page_after (Bench                       *bench,
                 const LayananComplaintQuery *query,
                 const LayananComplaintRow   *after)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(GError) error = NULL;

  for (int run = 0; run < RUNS * 10; run++)
    {
      g_autoptr(GPtrArray) page = layanan_database_query_complaints (bench->database, query,
                                                                     after, PAGE, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (page->len, ==, PAGE);
    }

  return ms_since (start) / (RUNS * 10);
}

typedef struct
{
  LayananCalendar *calendar;
  GDateTime       *now;
  gint64           overdue;
  gint64           soon;
} Tally;

static gboolean
tally_row (const LayananComplaintRow  *row,
           gpointer                    user_data,
           GError                    **error)
{
  Tally *tally = user_data;
  g_autoptr(GDateTime) due = NULL;
  LayananDueState state;

  if (layanan_complaint_status_is_closed (row->status)
      || row->status == LAYANAN_COMPLAINT_STATUS_MENUNGGU_PELAPOR || row->due_at == NULL)
    return TRUE;

  due = g_date_time_new_from_iso8601 (row->due_at, NULL);
  state = layanan_letter_due_state (tally->calendar, due, tally->now, NULL);
  tally->overdue += state == LAYANAN_DUE_STATE_OVERDUE;
  tally->soon += state == LAYANAN_DUE_STATE_SOON;
  return TRUE;
}

static void
bench_counter (Bench *bench)
{
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 11, 23, 10, 0, 0);
  g_autoptr(GDateTime) soon_limit = layanan_letter_due_soon_limit (bench->calendar, now);
  g_autofree char *now_text = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S%:z");
  g_autofree char *limit_text = g_date_time_format (soon_limit, "%Y-%m-%dT%H:%M:%S%:z");
  LayananComplaintQuery all = { .sort = LAYANAN_COMPLAINT_SORT_NUMBER };
  LayananComplaintQuery overdue = { .due_now = now_text, .due_soon_limit = limit_text,
                                    .due_states = 1 << LAYANAN_DUE_STATE_OVERDUE };
  LayananComplaintQuery soon = { .due_now = now_text, .due_soon_limit = limit_text,
                                 .due_states = 1 << LAYANAN_DUE_STATE_SOON };
  Tally tally = { bench->calendar, now, 0, 0 };
  g_autoptr(GError) error = NULL;
  gint64 n_overdue = 0, n_soon = 0, start;
  double sql_ms, walk_ms;

  start = g_get_monotonic_time ();
  for (int run = 0; run < RUNS; run++)
    {
      n_overdue = layanan_database_count_complaints (bench->database, &overdue, &error);
      n_soon = layanan_database_count_complaints (bench->database, &soon, &error);
      g_assert_no_error (error);
    }
  sql_ms = ms_since (start) / RUNS;

  start = g_get_monotonic_time ();
  layanan_database_foreach_complaint (bench->database, &all, tally_row, &tally, NULL, &error);
  g_assert_no_error (error);
  walk_ms = ms_since (start);

  /* The two ways must agree, or the speed means nothing. */
  g_assert_cmpint (n_overdue, ==, tally.overdue);
  g_assert_cmpint (n_soon, ==, tally.soon);
  printf ("counter (%" G_GINT64_FORMAT " overdue, %" G_GINT64_FORMAT " due soon) in SQL: "
          "%.2f ms; every row through C (baseline): %.0f ms; ratio %.0f×\n",
          n_overdue, n_soon, sql_ms, walk_ms, walk_ms / sql_ms);
}

static void
bench_search (Bench *bench)
{
  LayananComplaintQuery query = { .search = (char *) "kaligrafi" };
  g_autoptr(sqlite3_stmt) like = NULL;
  g_autoptr(GError) error = NULL;
  guint hits = 0, like_hits = 0;
  double fts_ms, like_ms;
  gint64 start;

  start = g_get_monotonic_time ();
  for (int run = 0; run < RUNS; run++)
    {
      g_autoptr(GPtrArray) page = layanan_database_query_complaints (bench->database, &query,
                                                                     NULL, PAGE, &error);

      g_assert_no_error (error);
      hits = page->len;
    }
  fts_ms = ms_since (start) / RUNS;

  like = layanan_database_prepare (bench->database,
                                   "SELECT id FROM complaints WHERE description LIKE '%kaligrafi%' "
                                   "ORDER BY register_year DESC, register_number DESC LIMIT 50",
                                   NULL);
  start = g_get_monotonic_time ();
  for (int run = 0; run < 3; run++)
    {
      like_hits = 0;
      while (sqlite3_step (like) == SQLITE_ROW)
        like_hits++;
      sqlite3_reset (like);
    }
  like_ms = ms_since (start) / 3;

  g_assert_cmpuint (hits, ==, like_hits);
  printf ("search a rare word (%u hits): %.2f ms; LIKE scan (baseline): %.1f ms; ratio %.0f×\n",
          hits, fts_ms, like_ms, like_ms / fts_ms);
}

/* A table with its indexes (their names start with the table's), from dbstat. */
static double
table_megabytes (Bench      *bench,
                 const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT coalesce (sum (pgsize), 0) FROM dbstat "
                                          "WHERE name = '%s' OR name GLOB '%s_*'", table, table);

  return layanan_database_query_int (bench->database, sql, NULL) / 1e6;
}

static void
set_up (Bench      *bench,
        const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "complaints.sqlite", NULL);
  g_autofree char *reference = layanan_test_reference_dir ();
  g_autoptr(GError) error = NULL;

  bench->database = layanan_database_open (path, &error);
  g_assert_no_error (error);
  layanan_database_load_reference_dir (bench->database, reference, &error);
  g_assert_no_error (error);
  layanan_database_ensure_categories (bench->database, &error);
  g_assert_no_error (error);
  bench->calendar = layanan_database_load_calendar (bench->database, &error);
  g_assert_no_error (error);
  bench->categories = layanan_database_list_categories (bench->database, 1, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (bench->categories->len, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = layanan_test_make_tmp_dir ("bench-complaints");
  const char *n_env = g_getenv ("LAYANAN_BENCH_COMPLAINTS");
  LayananComplaintQuery newest = { .sort = LAYANAN_COMPLAINT_SORT_NUMBER, .descending = TRUE };
  g_autoptr(GPtrArray) anchors = NULL;
  Bench bench = { 0 };
  double insert_ms, first_ms, offset_ms, keyset_ms;

  g_setenv ("TZ", "Asia/Jakarta", TRUE);
  bench.n_complaints = n_env != NULL ? (guint) g_ascii_strtoull (n_env, NULL, 10) : 100000;
  bench.n_complaints = MAX (bench.n_complaints, 4 * PAGE);
  set_up (&bench, dir);

  insert_ms = fill (&bench);
  printf ("complaints: %u (%.1f MB database; complaints %.1f MB, their timeline %.1f MB, "
          "text index %.1f MB, audit log %.1f MB)\n", bench.n_complaints,
          layanan_database_query_int (bench.database,
                                      "SELECT page_count * page_size FROM pragma_page_count, "
                                      "pragma_page_size", NULL) / 1e6,
          table_megabytes (&bench, "complaints"), table_megabytes (&bench, "complaint_steps"),
          table_megabytes (&bench, "complaints_fts"), table_megabytes (&bench, "audit_log"));
  printf ("import with deadlines (add_complaints, %d per transaction): %.0f complaints/s\n",
          BATCH, bench.n_complaints / (insert_ms / 1000.0));

  first_ms = time_first_view (&bench, &newest, &anchors);
  offset_ms = time_offset_page (&bench, bench.n_complaints / 2);
  keyset_ms = time_page_after (&bench, &newest, anchors->pdata[anchors->len / 2]);
  printf ("first view (count + %u anchors + page 1): %.2f ms\n", anchors->len, first_ms);
  printf ("middle page by anchor + keyset: %.3f ms; by OFFSET (baseline): %.2f ms; ratio %.0f×\n",
          keyset_ms, offset_ms, offset_ms / keyset_ms);

  bench_counter (&bench);
  bench_search (&bench);

  g_ptr_array_unref (bench.categories);
  g_clear_object (&bench.calendar);
  g_clear_object (&bench.database);
  layanan_test_remove_tree (dir);
  return 0;
}
