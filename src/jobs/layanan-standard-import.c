/* layanan-standard-import.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-standard-import"

#include "config.h"

#include "layanan-standard-import.h"

#include <string.h>

#include <glib/gi18n.h>

#include "layanan-error.h"
#include "layanan-pdf-text.h"
#include "layanan-standard-parser.h"

/* By content first: a PDF saved as .txt is still a PDF, and a text file
 * named .pdf is refused by Poppler with a clear message anyway. */
static gboolean
is_pdf (const char *path,
        const char *data,
        gsize       length)
{
  if (length >= 5 && memcmp (data, "%PDF-", 5) == 0)
    return TRUE;

  return length == 0 ? FALSE : g_str_has_suffix (path, ".pdf") || g_str_has_suffix (path, ".PDF");
}

/**
 * layanan_standard_import_file:
 * @path: a PDF with a text layer, or a plain-text or Markdown file in UTF-8
 *
 * Returns: (transfer full) (element-type LayananStandard): one standard per
 *   service, for review before saving; %NULL with a message naming the file.
 */
GPtrArray *
layanan_standard_import_file (const char  *path,
                              GError     **error)
{
  g_autofree char *data = NULL;
  g_autofree char *display = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  display = g_filename_display_basename (path);

  if (!g_file_get_contents (path, &data, &length, &local_error))
    {
      g_set_error (error, LAYANAN_ERROR,
                   g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT)
                     ? LAYANAN_ERROR_NOT_FOUND : LAYANAN_ERROR_FAILED,
                   _("Could not read “%s”: %s"), display, local_error->message);
      return NULL;
    }

  if (is_pdf (path, data, length))
    {
      g_autofree char *text = layanan_pdf_extract_text (path, error);

      if (text == NULL)
        return NULL;
      return layanan_standard_parse_text (text, display, error);
    }

  return layanan_standard_parse_data (data, length, display, error);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  const char *path = task_data;
  GPtrArray *standards;
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;

  standards = layanan_standard_import_file (path, &error);
  if (standards == NULL)
    g_task_return_error (task, error);
  else if (g_cancellable_is_cancelled (cancellable))
    {
      g_ptr_array_unref (standards);
      g_task_return_error_if_cancelled (task);
    }
  else
    g_task_return_pointer (task, standards, (GDestroyNotify) g_ptr_array_unref);
}

void
layanan_standard_import_file_async (const char          *path,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (path != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, layanan_standard_import_file_async);
  g_task_set_task_data (task, g_strdup (path), g_free);
  g_task_run_in_thread (task, import_thread);
}

GPtrArray *
layanan_standard_import_file_finish (GAsyncResult  *result,
                                     GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) ==
                        layanan_standard_import_file_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
