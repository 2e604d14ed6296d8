/* layanan-letter-import.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-letter-import"

#include "config.h"

#include <glib/gi18n.h>

#include "layanan-intake-job.h"
#include "layanan-letter-fields.h"
#include "layanan-letter-import.h"

/* Without a person to review them, only the first pages of a bundle. */
#define MAX_OCR_PAGES 10

void
layanan_letter_import_free (LayananLetterImport *import)
{
  if (import == NULL)
    return;
  g_free (import->path);
  layanan_letter_free (import->letter);
  g_free (import->problem);
  g_free (import);
}

static LayananLetter *
letter_from_document (const LayananIntakeDocument *document,
                      gint64                       unit_id)
{
  g_autoptr(LayananLetterFields) fields = layanan_letter_fields_extract (document->text);
  LayananLetter *letter = layanan_letter_new ();

  letter->unit_id = unit_id;
  letter->nomor = g_strdup (fields->nomor);
  letter->tanggal = g_strdup (fields->tanggal);
  letter->pengirim = g_strdup (fields->pengirim);
  letter->kepada = g_strdup (fields->kepada);
  letter->hal = g_strdup (fields->hal);
  letter->lampiran = g_strdup (fields->lampiran);
  if (fields->has_keamanan)
    letter->keamanan = fields->keamanan;
  if (fields->has_kecepatan)
    letter->kecepatan = fields->kecepatan;
  letter->body_text = g_strdup (document->text);
  return letter;
}

static char *
duplicate_problem (LayananDatabase             *database,
                   const LayananIntakeDocument *document,
                   const LayananLetter         *letter)
{
  const char *sha256s[] = { document->sha256, NULL };
  g_autoptr(GPtrArray) duplicates = NULL;
  g_autoptr(GError) error = NULL;
  LayananLetterDuplicate *first;
  g_autofree char *agenda = NULL;

  duplicates = layanan_database_find_letter_duplicates (database, sha256s, letter->pengirim,
                                                        letter->nomor, letter->tanggal, &error);
  if (duplicates == NULL)
    return g_strdup (error->message);
  if (duplicates->len == 0)
    return NULL;

  first = g_ptr_array_index (duplicates, 0);
  agenda = layanan_agenda_number_format (first->agenda_number, first->agenda_year);
  return g_strdup_printf (_("already registered as letter %s"), agenda);
}

static LayananLetterImport *
import_document (LayananDatabase             *database,
                 const LayananIntakeDocument *document,
                 gint64                       unit_id)
{
  LayananLetterImport *import = g_new0 (LayananLetterImport, 1);
  g_autoptr(LayananLetter) letter = letter_from_document (document, unit_id);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func ((GDestroyNotify) layanan_letter_file_free);
  g_autoptr(GError) error = NULL;

  import->path = g_strdup (document->path);
  if (!layanan_letter_validate (letter, &error))
    {
      import->problem = g_strdup (error->message);
      return import;
    }
  if ((import->problem = duplicate_problem (database, document, letter)) != NULL)
    return import;

  g_ptr_array_add (files, layanan_intake_document_to_letter_file (document));

  if (!layanan_database_add_letter (database, letter, files, &error))
    import->problem = g_strdup (error->message);
  else
    import->letter = g_steal_pointer (&letter);
  return import;
}

GPtrArray *
layanan_letter_import_files (LayananDatabase     *database,
                             const char * const  *paths,
                             gint64               unit_id,
                             GCancellable        *cancellable,
                             GError             **error)
{
  g_autoptr(GPtrArray) documents = NULL;
  GPtrArray *imports;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (database), NULL);

  documents = layanan_intake_job_run_sync (paths, MAX_OCR_PAGES, cancellable, error);
  if (documents == NULL)
    return NULL;

  imports = g_ptr_array_new_with_free_func ((GDestroyNotify) layanan_letter_import_free);
  for (guint i = 0; i < documents->len; i++)
    g_ptr_array_add (imports, import_document (database, g_ptr_array_index (documents, i),
                                               unit_id));
  return imports;
}
