/* layanan-catalog-export.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-catalog-export"

#include "config.h"

#include "layanan-catalog-export.h"
#include "layanan-database.h"
#include "layanan-matrix-export.h"

static GArray *
all_service_ids (LayananDatabase  *database,
                 GError          **error)
{
  g_autoptr(GPtrArray) services = layanan_database_list_services (database, NULL, error);
  GArray *ids;

  if (services == NULL)
    return NULL;

  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), services->len);
  for (guint i = 0; i < services->len; i++)
    g_array_append_val (ids, ((LayananServiceSummary *) g_ptr_array_index (services, i))->id);

  return ids;
}

static GPtrArray *
load_standards (LayananDatabase  *database,
                GArray           *ids,
                GCancellable     *cancellable,
                GError          **error)
{
  g_autoptr(GPtrArray) standards = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < ids->len; i++)
    {
      LayananStandard *standard;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;

      standard = layanan_database_load_standard (database, g_array_index (ids, gint64, i), error);
      if (standard == NULL)
        return NULL;
      g_ptr_array_add (standards, standard);
    }

  return g_steal_pointer (&standards);
}

gboolean
layanan_catalog_export (const char    *database_path,
                        GArray        *service_ids,
                        const char    *maklumat_unit_code,
                        const char    *dest_path,
                        GCancellable  *cancellable,
                        guint         *n_exported,
                        GError       **error)
{
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(GArray) all_ids = NULL;
  g_autoptr(GPtrArray) standards = NULL;
  g_autoptr(LayananMaklumat) maklumat = NULL;
  const char *author = NULL;

  g_return_val_if_fail (database_path != NULL, FALSE);
  g_return_val_if_fail (dest_path != NULL, FALSE);

  database = layanan_database_open (database_path, error);
  if (database == NULL)
    return FALSE;

  if (service_ids == NULL && (service_ids = all_ids = all_service_ids (database, error)) == NULL)
    return FALSE;

  standards = load_standards (database, service_ids, cancellable, error);
  if (standards == NULL)
    return FALSE;

  if (maklumat_unit_code != NULL &&
      (maklumat = layanan_database_get_maklumat (database, maklumat_unit_code, error)) == NULL)
    return FALSE;

  /* The workbook's author is the bureau whose services it holds. */
  if (standards->len > 0)
    author = layanan_standard_get_unit_name (g_ptr_array_index (standards, 0));

  if (!layanan_matrix_export (dest_path, standards, maklumat, author, error))
    return FALSE;

  if (n_exported != NULL)
    *n_exported = standards->len;
  return TRUE;
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  char **paths = task_data;
  GArray *ids = g_object_get_data (G_OBJECT (task), "service-ids");
  const char *maklumat_unit_code = g_object_get_data (G_OBJECT (task), "maklumat-unit-code");
  GError *error = NULL;

  if (layanan_catalog_export (paths[0], ids, maklumat_unit_code, paths[1], cancellable, NULL,
                              &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
layanan_catalog_export_async (const char          *database_path,
                              GArray              *service_ids,
                              const char          *maklumat_unit_code,
                              const char          *dest_path,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  char *paths[] = { (char *) database_path, (char *) dest_path, NULL };

  g_return_if_fail (database_path != NULL);
  g_return_if_fail (dest_path != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, layanan_catalog_export_async);
  g_task_set_task_data (task, g_strdupv (paths), (GDestroyNotify) g_strfreev);
  if (service_ids != NULL)
    g_object_set_data_full (G_OBJECT (task), "service-ids", g_array_ref (service_ids),
                            (GDestroyNotify) g_array_unref);
  g_object_set_data_full (G_OBJECT (task), "maklumat-unit-code", g_strdup (maklumat_unit_code),
                          g_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
layanan_catalog_export_finish (GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
