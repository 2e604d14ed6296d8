/* layanan-csv.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-csv"

#include "config.h"

#include "layanan-csv.h"

#include <string.h>

#include <glib/gi18n.h>

#include "layanan-error.h"

#define UTF8_BOM "\xEF\xBB\xBF"

struct _LayananCsv
{
  char       *name;
  char       *data;        /* UTF-8, NUL-terminated */
  gsize       length;
  gsize       pos;         /* where the next record starts */
  guint       next_line;   /* the line at pos */
  char        separator;
  guint       line;        /* the line the current record starts on */
  GPtrArray  *fields;      /* char *, NULL-terminated */
  GString    *field;       /* scratch for the field being read */
};

/* Counts separators on the first line, outside quotes: the header row of
 * an Indonesian Excel file is "Tanggal;Kanal;…". */
static char
detect_separator (const char *data)
{
  guint commas = 0, semicolons = 0, tabs = 0;
  gboolean quoted = FALSE;

  for (const char *p = data; *p != '\0'; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (quoted)
        continue;
      else if (*p == '\n' || *p == '\r')
        break;
      else if (*p == ',')
        commas++;
      else if (*p == ';')
        semicolons++;
      else if (*p == '\t')
        tabs++;
    }

  if (tabs > commas && tabs > semicolons)
    return '\t';
  return semicolons > commas ? ';' : ',';
}

/* Excel on Windows saves "CSV (Comma delimited)" in the ANSI code page. */
static char *
to_utf8 (const char  *data,
         gsize        length,
         const char  *name,
         gsize       *out_length,
         GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  char *converted;

  if (memchr (data, '\0', length) != NULL)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("%s is not a text file; save the spreadsheet as CSV"), name);
      return NULL;
    }

  if (g_utf8_validate_len (data, length, NULL))
    {
      *out_length = length;
      return g_strndup (data, length);
    }

  converted = g_convert (data, length, "UTF-8", "WINDOWS-1252", NULL, out_length, &local_error);
  if (converted == NULL)
    g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                 _("%s is neither UTF-8 nor Windows text; save it as “CSV UTF-8”"), name);
  return converted;
}

/**
 * layanan_csv_new_from_data:
 * @data: the file's bytes; need not be NUL-terminated
 *
 * Returns: (transfer full): a reader before the first record (the header
 *   row is the first record), or %NULL when @data is not text.
 */
LayananCsv *
layanan_csv_new_from_data (const char  *data,
                           gsize        length,
                           const char  *name,
                           GError     **error)
{
  g_autoptr(LayananCsv) self = g_new0 (LayananCsv, 1);

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  self->name = g_strdup (name);
  if (length >= 3 && memcmp (data, UTF8_BOM, 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  self->data = to_utf8 (data != NULL ? data : "", length, name, &self->length, error);
  if (self->data == NULL)
    return NULL;

  self->separator = detect_separator (self->data);
  self->next_line = 1;
  self->fields = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->fields, NULL);
  self->field = g_string_new (NULL);
  return g_steal_pointer (&self);
}

LayananCsv *
layanan_csv_new_from_file (const char  *path,
                           GError     **error)
{
  g_autofree char *data = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);

  name = g_filename_display_basename (path);
  if (!g_file_get_contents (path, &data, &length, &local_error))
    {
      g_set_error (error, LAYANAN_ERROR,
                   g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT)
                     ? LAYANAN_ERROR_NOT_FOUND : LAYANAN_ERROR_FAILED,
                   _("Could not read “%s”: %s"), name, local_error->message);
      return NULL;
    }

  return layanan_csv_new_from_data (data, length, name, error);
}

char
layanan_csv_get_separator (LayananCsv *self)
{
  g_return_val_if_fail (self != NULL, ',');

  return self->separator;
}

const char *
layanan_csv_get_name (LayananCsv *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->name;
}

static void
end_field (LayananCsv *self)
{
  /* Keep the array NULL-terminated for layanan_csv_get_fields(). */
  self->fields->pdata[self->fields->len - 1] = g_strndup (self->field->str, self->field->len);
  g_ptr_array_add (self->fields, NULL);
  g_string_truncate (self->field, 0);
}

/* A line break at *p: CRLF, LF or a lone CR. Returns its length. */
static guint
line_break_at (const char *p)
{
  if (p[0] == '\r')
    return p[1] == '\n' ? 2 : 1;
  return p[0] == '\n' ? 1 : 0;
}

/* A quoted field from just after its opening quote to just after the
 * closing one. Line breaks inside are kept as "\n". */
static gboolean
read_quoted (LayananCsv  *self,
             const char **p,
             GError     **error)
{
  const char *q = *p;
  guint opened_on = self->next_line;

  for (;;)
    {
      guint brk;

      if (*q == '\0')
        {
          g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                       _("%s:%u: a quoted field starts here but its closing quote is missing"),
                       self->name, opened_on);
          return FALSE;
        }
      if (*q == '"' && q[1] == '"')
        {
          g_string_append_c (self->field, '"');
          q += 2;
        }
      else if (*q == '"')
        {
          q++;
          break;
        }
      else if ((brk = line_break_at (q)) > 0)
        {
          g_string_append_c (self->field, '\n');
          self->next_line++;
          q += brk;
        }
      else
        g_string_append_c (self->field, *q++);
    }

  /* Spaces after the closing quote are harmless; anything else means a
   * quote inside the field that was not doubled. */
  while (*q == ' ')
    q++;
  if (*q != '\0' && *q != self->separator && line_break_at (q) == 0)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("%s:%u: text follows the closing quote of a field; a quote inside a "
                     "quoted field is written twice (\"\")"),
                   self->name, self->next_line);
      return FALSE;
    }

  *p = q;
  return TRUE;
}

/**
 * layanan_csv_next:
 *
 * Moves to the next record; lines that are entirely empty are skipped.
 * Returns %FALSE at the end of the data (with @error unset) or on a quote
 * that is never closed or is followed by text (with the line).
 */
gboolean
layanan_csv_next (LayananCsv  *self,
                  GError     **error)
{
  const char *p;

  g_return_val_if_fail (self != NULL, FALSE);

  g_ptr_array_set_size (self->fields, 0);
  g_ptr_array_add (self->fields, NULL);
  g_string_truncate (self->field, 0);

  p = self->data + self->pos;
  while (line_break_at (p) > 0)
    {
      p += line_break_at (p);
      self->next_line++;
    }
  if (*p == '\0')
    {
      self->pos = p - self->data;
      return FALSE;
    }

  self->line = self->next_line;
  for (;;)
    {
      guint brk;

      if (*p == '"' && self->field->len == 0)
        {
          p++;
          if (!read_quoted (self, &p, error))
            {
              self->pos = self->length;
              g_ptr_array_set_size (self->fields, 0);
              g_ptr_array_add (self->fields, NULL);
              return FALSE;
            }
        }
      else if (*p == self->separator)
        {
          end_field (self);
          p++;
        }
      else if (*p == '\0' || (brk = line_break_at (p)) > 0)
        {
          end_field (self);
          if (*p != '\0')
            {
              p += brk;
              self->next_line++;
            }
          break;
        }
      else
        g_string_append_c (self->field, *p++);
    }

  self->pos = p - self->data;
  return TRUE;
}

guint
layanan_csv_get_n_fields (LayananCsv *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->fields->len - 1;
}

/* The current record's field @index, or "" past its end. */
const char *
layanan_csv_get_field (LayananCsv *self,
                       guint       index)
{
  g_return_val_if_fail (self != NULL, NULL);

  return index + 1 < self->fields->len ? g_ptr_array_index (self->fields, index) : "";
}

/**
 * layanan_csv_get_fields:
 *
 * Returns: (transfer none) (array zero-terminated=1): the current record,
 *   valid until the next call to layanan_csv_next().
 */
const char * const *
layanan_csv_get_fields (LayananCsv *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return (const char * const *) self->fields->pdata;
}

/* The 1-based line the current record starts on. */
guint
layanan_csv_get_line (LayananCsv *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->line;
}

/* Whether every field of the current record is empty or white space:
 * spreadsheets export formatted but empty rows as ";;;;". */
gboolean
layanan_csv_is_blank (LayananCsv *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  for (guint i = 0; i + 1 < self->fields->len; i++)
    {
      const char *field = g_ptr_array_index (self->fields, i);

      for (const char *p = field; *p != '\0'; p++)
        if (!g_ascii_isspace (*p))
          return FALSE;
    }
  return TRUE;
}

/* How much of the data has been read, for progress. */
double
layanan_csv_get_fraction (LayananCsv *self)
{
  g_return_val_if_fail (self != NULL, 0.0);

  return self->length > 0 ? (double) self->pos / self->length : 1.0;
}

void
layanan_csv_free (LayananCsv *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->fields, g_ptr_array_unref);
  if (self->field != NULL)
    g_string_free (self->field, TRUE);
  g_free (self->data);
  g_free (self->name);
  g_free (self);
}
