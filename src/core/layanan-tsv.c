/* layanan-tsv.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-tsv"

#include "config.h"

#include <glib/gi18n.h>

#include "layanan-error.h"
#include "layanan-tsv.h"

struct _LayananTsv
{
  char        *path;
  char        *contents;
  char       **lines;
  guint        n_lines;
  guint        current;      /* index into lines of the current row */
  GHashTable  *columns;      /* column name → index + 1 */
  guint        n_columns;
  char       **fields;       /* the current row */
};

static void
strip_carriage_return (char *line)
{
  gsize len = strlen (line);

  if (len > 0 && line[len - 1] == '\r')
    line[len - 1] = '\0';
}

static gboolean
read_header (LayananTsv         *self,
             const char * const *required_columns,
             GError            **error)
{
  g_auto(GStrv) names = NULL;

  /* Windows editors start UTF-8 files with a byte order mark; it is not part
   * of the first column's name. */
  if (self->n_lines > 0 && g_str_has_prefix (self->lines[0], "\xEF\xBB\xBF"))
    memmove (self->lines[0], self->lines[0] + 3, strlen (self->lines[0] + 3) + 1);

  if (self->n_lines == 0 || self->lines[0][0] == '\0')
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("%s: the file is empty; it should start with a header row"), self->path);
      return FALSE;
    }

  strip_carriage_return (self->lines[0]);
  names = g_strsplit (self->lines[0], "\t", -1);
  self->n_columns = g_strv_length (names);
  for (guint i = 0; i < self->n_columns; i++)
    g_hash_table_insert (self->columns, g_strdup (g_strstrip (names[i])), GUINT_TO_POINTER (i + 1));

  for (guint i = 0; required_columns != NULL && required_columns[i] != NULL; i++)
    {
      if (!g_hash_table_contains (self->columns, required_columns[i]))
        {
          g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                       _("%s:1: the column “%s” is missing from the header row"),
                       self->path, required_columns[i]);
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * layanan_tsv_open:
 * @required_columns: (nullable): column names that must be in the header
 *
 * Reads the whole file (reference files are small) and its header row.
 */
LayananTsv *
layanan_tsv_open (const char         *path,
                  const char * const *required_columns,
                  GError            **error)
{
  g_autoptr(LayananTsv) self = g_new0 (LayananTsv, 1);
  g_autoptr(GError) local_error = NULL;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);

  self->path = g_strdup (path);
  self->columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (!g_file_get_contents (path, &self->contents, &length, &local_error))
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND,
                   _("Cannot read %s: %s"), path, local_error->message);
      return NULL;
    }

  if (!g_utf8_validate_len (self->contents, length, NULL))
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("%s: the file is not UTF-8 text"), path);
      return NULL;
    }

  self->lines = g_strsplit (self->contents, "\n", -1);
  self->n_lines = g_strv_length (self->lines);

  if (!read_header (self, required_columns, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * layanan_tsv_next:
 *
 * Moves to the next non-empty row. Returns %FALSE at the end of the file
 * (with @error unset) or on a row with more fields than the header.
 */
gboolean
layanan_tsv_next (LayananTsv  *self,
                  GError     **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  g_clear_pointer (&self->fields, g_strfreev);

  while (++self->current < self->n_lines)
    {
      char *line = self->lines[self->current];

      strip_carriage_return (line);
      if (line[0] == '\0')
        continue;

      self->fields = g_strsplit (line, "\t", -1);
      if (g_strv_length (self->fields) > self->n_columns)
        {
          g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                       _("%s:%u: the row has %u fields but the header names %u columns"),
                       self->path, self->current + 1, g_strv_length (self->fields),
                       self->n_columns);
          g_clear_pointer (&self->fields, g_strfreev);
          return FALSE;
        }

      return TRUE;
    }

  return FALSE;
}

/**
 * layanan_tsv_get:
 *
 * Returns the current row's value in @column, "" when the row is shorter
 * than the header, or %NULL when the header has no such column.
 */
const char *
layanan_tsv_get (LayananTsv *self,
                 const char *column)
{
  guint index;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (self->fields != NULL, NULL);

  index = GPOINTER_TO_UINT (g_hash_table_lookup (self->columns, column));
  if (index == 0)
    return NULL;

  return index <= g_strv_length (self->fields) ? self->fields[index - 1] : "";
}

gboolean
layanan_tsv_has_column (LayananTsv *self,
                        const char *column)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return g_hash_table_contains (self->columns, column);
}

/* The 1-based line number of the current row, for messages. */
guint
layanan_tsv_get_line (LayananTsv *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->current + 1;
}

const char *
layanan_tsv_get_path (LayananTsv *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->path;
}

void
layanan_tsv_free (LayananTsv *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->fields, g_strfreev);
  g_clear_pointer (&self->lines, g_strfreev);
  g_clear_pointer (&self->columns, g_hash_table_unref);
  g_free (self->contents);
  g_free (self->path);
  g_free (self);
}
