/* layanan-csv-import.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-csv-import"

#include "config.h"

#include "layanan-csv-import.h"

#include <glib/gi18n.h>

#include "layanan-error.h"

/* ---------------------------------------------------------- problems */

LayananCsvProblem *
layanan_csv_problem_new (guint       line,
                         const char *column,
                         const char *message)
{
  LayananCsvProblem *problem = g_new0 (LayananCsvProblem, 1);

  problem->line = line;
  problem->column = g_strdup (column);
  problem->message = g_strdup (message);
  return problem;
}

void
layanan_csv_problem_free (LayananCsvProblem *problem)
{
  if (problem == NULL)
    return;

  g_free (problem->column);
  g_free (problem->message);
  g_free (problem);
}

char *
layanan_csv_problem_format (const LayananCsvProblem *problem)
{
  g_return_val_if_fail (problem != NULL, NULL);

  if (problem->column == NULL)
    /* Translators: "Line 12: …" — a line of the imported CSV file and what is wrong */
    return g_strdup_printf (_("Line %u: %s"), problem->line, problem->message);

  /* Translators: "Line 12, column “Kanal”: “Pos” is not a known channel" */
  return g_strdup_printf (_("Line %u, column “%s”: %s"), problem->line, problem->column,
                          problem->message);
}

/* ------------------------------------------------------------- names */

char *
layanan_csv_fold_name (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text != NULL ? text : "", -1);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          g_string_append_unichar (out, c);
          space = FALSE;
        }
      else
        space = TRUE;
    }

  return g_string_free (out, FALSE);
}

GHashTable *
layanan_csv_names_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

void
layanan_csv_names_add (GHashTable *names,
                       gint64      id,
                       const char *name)
{
  g_autofree char *key = layanan_csv_fold_name (name);

  if (!g_hash_table_contains (names, key))
    g_hash_table_insert (names, g_steal_pointer (&key), g_memdup2 (&id, sizeof id));
}

/* ----------------------------------------------------------- mapping */

void
layanan_csv_columns_set (int   *columns,
                         guint  n_fields,
                         guint  field,
                         int    column)
{
  if (column >= 0)
    for (guint f = 0; f < n_fields; f++)
      if (columns[f] == column)
        columns[f] = -1;
  columns[field] = column;
}

void
layanan_csv_set_missing_error (GError     **error,
                               const char  *missing,
                               GPtrArray   *headers)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < headers->len; i++)
    g_string_append_printf (names, "%s“%s”", i > 0 ? ", " : "",
                            (const char *) g_ptr_array_index (headers, i));
  g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
               /* Translators: the first %s lists fields ("“Channel”, “Category”" or
                * "“Date”, “U3 Waktu Penyelesaian”"), the second the headers of the
                * file's columns */
               _("No column holds %s; the columns of the file are %s"),
               missing, names->len > 0 ? names->str : "—");
}
