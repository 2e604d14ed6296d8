/* layanan-startup.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-startup"

#include "config.h"

#include "layanan-startup.h"

#include "layanan-backup-job.h"
#include "layanan-standard-import.h"
#include "layanan-tsv.h"

/* $LAYANAN_DATA_DIR/<name> (tests, demos), the installed copy, or the
 * source tree when running uninstalled. */
static char *
data_subdir (const char *name)
{
  const char *override = g_getenv ("LAYANAN_DATA_DIR");
  g_autofree char *installed = g_build_filename (PKGDATADIR, name, NULL);

  if (override != NULL && *override != '\0')
    return g_build_filename (override, name, NULL);

  if (g_file_test (installed, G_FILE_TEST_IS_DIR))
    return g_steal_pointer (&installed);

  return g_build_filename (SOURCE_DATADIR, name, NULL);
}

/**
 * layanan_startup_reference_dir:
 *
 * Where the reference data lives: $LAYANAN_DATA_DIR/reference (tests,
 * demos), the installed copy, or the source tree when running uninstalled.
 */
char *
layanan_startup_reference_dir (void)
{
  return data_subdir ("reference");
}

/**
 * layanan_startup_standards_dir:
 *
 * Where the bureaus' Standar Pelayanan documents for the first-run catalog
 * live, beside the reference data; its units.tsv says which unit each
 * document belongs to.
 */
char *
layanan_startup_standards_dir (void)
{
  return data_subdir ("standards");
}

static gboolean
is_first_run (LayananDatabase  *database,
              GError          **error)
{
  g_autoptr(GPtrArray) units = layanan_database_list_units (database, error);

  return units != NULL && units->len == 0;
}

/* Every service of every document listed in @dir/units.tsv, under its unit. */
static GPtrArray *
import_standards_dir (const char  *dir,
                      GError     **error)
{
  static const char * const columns[] = { "file", "unit_code", NULL };
  g_autofree char *units_tsv = g_build_filename (dir, "units.tsv", NULL);
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(LayananTsv) tsv = NULL;
  g_autoptr(GError) local_error = NULL;

  tsv = layanan_tsv_open (units_tsv, columns, error);
  if (tsv == NULL)
    return NULL;

  while (layanan_tsv_next (tsv, &local_error))
    {
      g_autofree char *path = g_build_filename (dir, layanan_tsv_get (tsv, "file"), NULL);
      const char *unit_code = layanan_tsv_get (tsv, "unit_code");
      g_autoptr(GPtrArray) standards = NULL;
      g_autoptr(GError) import_error = NULL;

      /* A document that cannot be read must not keep anyone from working:
       * the others still make the catalog, and the file can be imported
       * by hand once mended. */
      standards = layanan_standard_import_file (path, &import_error);
      if (standards == NULL)
        {
          g_warning ("The first-run catalog leaves out %s: %s", path, import_error->message);
          continue;
        }

      for (guint i = 0; i < standards->len; i++)
        {
          LayananStandard *standard = g_ptr_array_index (standards, i);

          layanan_standard_set_unit_code (standard, unit_code);
          g_ptr_array_add (all, g_object_ref (standard));
        }
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&all);
}

/* The first-run catalog: the bureaus' own documents, imported by the same
 * importer users run, when the database has never held a service (deleted
 * ones are kept, so deleting every service does not bring these back). */
static gboolean
load_first_catalog (LayananDatabase  *database,
                    GError          **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *units_tsv = NULL;
  g_autoptr(GPtrArray) standards = NULL;
  gint64 n_services;

  n_services = layanan_database_count_services (database, TRUE, error);
  if (n_services != 0)
    return n_services > 0;

  dir = layanan_startup_standards_dir ();
  units_tsv = g_build_filename (dir, "units.tsv", NULL);
  if (!g_file_test (units_tsv, G_FILE_TEST_IS_REGULAR))
    {
      g_debug ("No first-run catalog: %s does not exist", units_tsv);
      return TRUE;
    }

  standards = import_standards_dir (dir, error);
  if (standards == NULL)
    return FALSE;

  return layanan_database_save_standards (database, standards, NULL, error);
}

/**
 * layanan_startup_open:
 *
 * Opens (creating or migrating) the database at @path and, on its first
 * run, loads the reference data with the same loaders `layanan-cli load` runs,
 * then, while the catalog has never held a service, the first-run catalog
 * from the bureaus' documents (one transaction), and gives every unit its
 * complaint categories.
 */
LayananDatabase *
layanan_startup_open (const char  *path,
                      GError     **error)
{
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(GError) local_error = NULL;

  database = layanan_database_open (path, error);
  if (database == NULL)
    return NULL;

  if (is_first_run (database, &local_error))
    {
      g_autofree char *dir = layanan_startup_reference_dir ();

      if (!layanan_database_load_reference_dir (database, dir, error))
        return NULL;
    }
  else if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (!load_first_catalog (database, error))
    return NULL;

  /* After the catalog, so that each unit's complaint categories come from
   * the deadlines its standards print. */
  if (!layanan_database_ensure_categories (database, error))
    return NULL;

  return g_steal_pointer (&database);
}

static void
open_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  const char *path = task_data;
  gboolean daily_backup = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (task), "daily-backup"));
  g_autoptr(LayananDatabase) database = NULL;
  GError *error = NULL;

  database = layanan_startup_open (path, &error);
  if (database == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  /* The window opens now; the day's backup follows in this thread. It is
   * SQLite's online backup on a connection of its own, safe while the
   * window writes, and of a large register it takes seconds nobody should
   * wait for. */
  g_task_return_pointer (task, g_steal_pointer (&database), g_object_unref);

  if (daily_backup)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *backup = layanan_backup_daily (path, now, &error);

      /* A failed automatic backup must not keep anyone from working. */
      if (error != NULL)
        {
          g_warning ("Automatic backup of %s failed: %s", path, error->message);
          g_clear_error (&error);
        }
    }
}

/**
 * layanan_startup_open_async:
 * @daily_backup: whether to keep today's automatic backup (the window does;
 *   the CLI and tests do not)
 *
 * Opens the database in a worker thread: a locked database waits for its
 * busy timeout, which must never freeze the window.
 */
void
layanan_startup_open_async (const char          *path,
                            gboolean             daily_backup,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (path != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, layanan_startup_open_async);
  g_task_set_task_data (task, g_strdup (path), g_free);
  g_object_set_data (G_OBJECT (task), "daily-backup", GINT_TO_POINTER (daily_backup));
  g_task_run_in_thread (task, open_thread);
}

LayananDatabase *
layanan_startup_open_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
