/* layanan-letter-fixtures.h — reading tests/data/letters, shared by the
 * letter-fields test and the letter-accuracy tool.
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include <glib.h>

#include "layanan-letter-fields.h"

G_BEGIN_DECLS

/* The fields an .expected file lists, in its order. */
static const char * const letter_fixture_fields[] = {
  "nomor", "tanggal", "keamanan", "kecepatan", "lampiran", "hal", "pengirim", "kepada",
};

#define LETTER_FIXTURE_N_FIELDS G_N_ELEMENTS (letter_fixture_fields)

static inline char *
letter_fixtures_dir (void)
{
  const char *root = g_getenv ("LAYANAN_SOURCE_ROOT");

  return g_build_filename (root != NULL ? root : ".", "tests", "data", "letters", NULL);
}

/* The stems ("01-dinsos-fasilitasi-pergub") of every NN-slug.expected, sorted. */
static inline GPtrArray *
letter_fixtures_list (const char  *dir,
                      GError     **error)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, error);
  GPtrArray *stems;
  const char *name;

  if (handle == NULL)
    return NULL;

  stems = g_ptr_array_new_with_free_func (g_free);
  while ((name = g_dir_read_name (handle)) != NULL)
    if (g_str_has_suffix (name, ".expected"))
      g_ptr_array_add (stems, g_strndup (name, strlen (name) - strlen (".expected")));

  g_ptr_array_sort (stems, (GCompareFunc) g_strcmp0);
  return stems;
}

/* field → value ("-" for absent) from the lines "field: value". */
static inline GHashTable *
letter_fixture_read_expected (const char  *path,
                              GError     **error)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  GHashTable *expected;

  if (!g_file_get_contents (path, &contents, NULL, error))
    return NULL;

  expected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *colon = strchr (lines[i], ':');

      if (colon == NULL)
        continue;
      g_hash_table_insert (expected, g_strstrip (g_strndup (lines[i], colon - lines[i])),
                           g_strstrip (g_strdup (colon + 1)));
    }

  return expected;
}

/* A field of @fields as an .expected file writes it: the store's key for
 * keamanan and kecepatan, "-" when absent. */
static inline const char *
letter_fixture_field_value (const LayananLetterFields *fields,
                            const char                *field)
{
  const char *value = NULL;

  if (strcmp (field, "nomor") == 0)
    value = fields->nomor;
  else if (strcmp (field, "tanggal") == 0)
    value = fields->tanggal;
  else if (strcmp (field, "keamanan") == 0)
    value = fields->has_keamanan ? layanan_keamanan_to_key (fields->keamanan) : NULL;
  else if (strcmp (field, "kecepatan") == 0)
    value = fields->has_kecepatan ? layanan_kecepatan_to_key (fields->kecepatan) : NULL;
  else if (strcmp (field, "lampiran") == 0)
    value = fields->lampiran;
  else if (strcmp (field, "hal") == 0)
    value = fields->hal;
  else if (strcmp (field, "pengirim") == 0)
    value = fields->pengirim;
  else if (strcmp (field, "kepada") == 0)
    value = fields->kepada;
  else
    g_assert_not_reached ();

  return value != NULL ? value : "-";
}

/* Lower case, white space runs made one space, none at the ends. */
static inline char *
letter_fixture_normalize (const char *text)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);
  g_auto(GStrv) words = g_strsplit_set (lower, " \t\n\r", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, words[i]);
    }

  return g_string_free (out, FALSE);
}

static inline gboolean
letter_fixture_matches (const char *expected,
                        const char *got)
{
  g_autofree char *a = letter_fixture_normalize (expected);
  g_autofree char *b = letter_fixture_normalize (got);

  return strcmp (a, b) == 0;
}

G_END_DECLS
