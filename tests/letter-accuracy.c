/* letter-accuracy.c — how well the letter fields are read, per source kind.
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: a tool that walks tests/data/letters (or the folder given),
 * reads every document of each NN-slug.expected — NN-slug.txt as typed,
 * NN-slug.pdf (born-digital, its text layer) and NN-slug.scan.{png,jpg,tif,pdf}
 * (image scans, through OCR) — extracts the fields and prints, per field, how
 * many were right for each source kind and overall, then every mismatch.
 * Values are compared ignoring case and white space only.
 *
 *   _build/tests/letter-accuracy [FOLDER]
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib.h>

#include "layanan-error.h"
#include "layanan-intake-job.h"
#include "layanan-letter-fields.h"
#include "layanan-letter-fixtures.h"
#include "layanan-pdf-text.h"

typedef enum
{
  KIND_TEXT,
  KIND_PDF,
  KIND_SCAN,
  N_KINDS
} SourceKind;

static const char * const kind_names[] = {
  [KIND_TEXT] = "text",
  [KIND_PDF] = "born-digital PDF",
  [KIND_SCAN] = "image scan",
};

typedef struct
{
  guint right[N_KINDS][LETTER_FIXTURE_N_FIELDS];
  guint total[N_KINDS][LETTER_FIXTURE_N_FIELDS];
  guint documents[N_KINDS];
  guint unreadable[N_KINDS];
  GString *mismatches;
} Tally;

/* A scan is read as the app reads it: the intake job, with OCR. */
static char *
ocr_text (const char  *path,
          GError     **error)
{
  const char *paths[] = { path, NULL };
  g_autoptr(GPtrArray) documents = layanan_intake_job_run_sync (paths, 0, NULL, error);

  if (documents == NULL)
    return NULL;
  return g_strdup (((LayananIntakeDocument *) g_ptr_array_index (documents, 0))->text);
}

static char *
document_text (const char  *path,
               SourceKind   kind,
               GError     **error)
{
  char *text = NULL;

  switch (kind)
    {
    case KIND_TEXT:
      return g_file_get_contents (path, &text, NULL, error) ? text : NULL;
    case KIND_PDF:
      return layanan_pdf_extract_text (path, error);
    case KIND_SCAN:
    case N_KINDS:
    default:
      return ocr_text (path, error);
    }
}

static void
score_document (Tally      *tally,
                GHashTable *expected,
                const char *path,
                SourceKind  kind)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = document_text (path, kind, &error);
  g_autoptr(LayananLetterFields) fields = NULL;
  g_autofree char *name = g_path_get_basename (path);

  tally->documents[kind]++;
  if (text == NULL)
    {
      tally->unreadable[kind]++;
      g_string_append_printf (tally->mismatches, "%s: not read: %s\n", name, error->message);
    }

  fields = layanan_letter_fields_extract (text);
  for (guint f = 0; f < LETTER_FIXTURE_N_FIELDS; f++)
    {
      const char *field = letter_fixture_fields[f];
      const char *want = g_hash_table_lookup (expected, field);
      const char *got = letter_fixture_field_value (fields, field);

      if (want == NULL)
        want = "-";
      tally->total[kind][f]++;
      /* An unread document got nothing right, not even the absent fields. */
      if (text == NULL)
        continue;
      if (letter_fixture_matches (want, got))
        tally->right[kind][f]++;
      else
        g_string_append_printf (tally->mismatches, "%s: %s\n    expected: %s\n    got:      %s\n",
                                name, field, want, got);
    }
}

/* The documents of one fixture: its .txt, its .pdf, its scans. */
static void
score_fixture (Tally      *tally,
               const char *dir,
               const char *stem)
{
  static const struct
  {
    const char *suffix;
    SourceKind  kind;
  } sources[] = {
    { ".txt", KIND_TEXT },
    { ".pdf", KIND_PDF },
    { ".scan.png", KIND_SCAN },
    { ".scan.jpg", KIND_SCAN },
    { ".scan.tif", KIND_SCAN },
    { ".scan.pdf", KIND_SCAN },
  };
  g_autofree char *expected_path = g_strdup_printf ("%s/%s.expected", dir, stem);
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) expected = letter_fixture_read_expected (expected_path, &error);

  if (expected == NULL)
    {
      g_string_append_printf (tally->mismatches, "%s.expected: %s\n", stem, error->message);
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/%s%s", dir, stem, sources[i].suffix);

      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        score_document (tally, expected, path, sources[i].kind);
    }
}

static void
print_cell (guint right,
            guint total)
{
  if (total == 0)
    printf (" %16s", "—");
  else
    printf (" %7u/%-3u %5.1f%%", right, total, 100.0 * right / total);
}

static void
print_table (Tally *tally)
{
  guint all_right[N_KINDS + 1] = { 0 }, all_total[N_KINDS + 1] = { 0 };

  printf ("%-10s", "field");
  for (guint k = 0; k < N_KINDS; k++)
    printf (" %16s", kind_names[k]);
  printf (" %16s\n", "overall");

  for (guint f = 0; f < LETTER_FIXTURE_N_FIELDS; f++)
    {
      guint right = 0, total = 0;

      printf ("%-10s", letter_fixture_fields[f]);
      for (guint k = 0; k < N_KINDS; k++)
        {
          print_cell (tally->right[k][f], tally->total[k][f]);
          right += tally->right[k][f];
          total += tally->total[k][f];
          all_right[k] += tally->right[k][f];
          all_total[k] += tally->total[k][f];
        }
      print_cell (right, total);
      all_right[N_KINDS] += right;
      all_total[N_KINDS] += total;
      printf ("\n");
    }

  printf ("%-10s", "all");
  for (guint k = 0; k <= N_KINDS; k++)
    print_cell (all_right[k], all_total[k]);
  printf ("\n\n");

  for (guint k = 0; k < N_KINDS; k++)
    printf ("%s: %u documents, %u not readable\n", kind_names[k], tally->documents[k],
            tally->unreadable[k]);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *dir = argc > 1 ? g_strdup (argv[1]) : letter_fixtures_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stems = letter_fixtures_list (dir, &error);
  Tally tally = { 0 };

  if (stems == NULL)
    {
      fprintf (stderr, "letter-accuracy: %s\n", error->message);
      return 1;
    }

  tally.mismatches = g_string_new (NULL);
  for (guint i = 0; i < stems->len; i++)
    score_fixture (&tally, dir, g_ptr_array_index (stems, i));

  printf ("Letter field accuracy over %u fixtures in %s\n\n", stems->len, dir);
  print_table (&tally);
  if (tally.mismatches->len > 0)
    printf ("\nMismatches:\n%s", tally.mismatches->str);

  g_string_free (tally.mismatches, TRUE);
  return 0;
}
