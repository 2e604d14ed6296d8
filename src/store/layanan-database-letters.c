/* layanan-database-letters.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-database"

#include "config.h"

#include "layanan-database.h"

#include <string.h>

#include <glib/gi18n.h>

#include "layanan-database-private.h"
#include "layanan-date.h"
#include "layanan-error.h"

/* The register of incoming letters: writing letters with their agenda
 * numbers, scans and history, dispositions, and the list (filters, sorts,
 * keyset pages, a streaming cursor). Every change is one transaction. */

/* Frees */

void
layanan_letter_file_free (LayananLetterFile *file)
{
  if (file == NULL)
    return;

  g_free (file->sha256);
  g_free (file->file_name);
  g_free (file->mime_type);
  g_clear_pointer (&file->contents, g_bytes_unref);
  g_free (file);
}

void
layanan_letter_event_free (LayananLetterEvent *event)
{
  if (event == NULL)
    return;

  g_free (event->at);
  g_free (event->actor);
  g_free (event->kind);
  g_free (event->note);
  g_free (event);
}

void
layanan_letter_duplicate_free (LayananLetterDuplicate *duplicate)
{
  if (duplicate == NULL)
    return;

  g_free (duplicate->nomor);
  g_free (duplicate->pengirim);
  g_free (duplicate->tanggal);
  g_free (duplicate->file_name);
  g_free (duplicate);
}

void
layanan_disposition_free (LayananDisposition *disposition)
{
  if (disposition == NULL)
    return;

  g_free (disposition->from_name);
  g_free (disposition->to_name);
  g_free (disposition->note);
  g_free (disposition->due_date);
  g_free (disposition->created_at);
  g_free (disposition->done_at);
  g_free (disposition);
}

void
layanan_letter_row_free (LayananLetterRow *row)
{
  if (row == NULL)
    return;

  g_free (row->received_at);
  g_free (row->nomor);
  g_free (row->tanggal);
  g_free (row->pengirim);
  g_free (row->hal);
  g_free (row->lampiran);
  g_free (row->classification_code);
  g_free (row->service_name);
  g_free (row->due_at);
  g_free (row->disposed_to);
  g_free (row->notes);
  g_free (row->snippet);
  g_free (row->sort_key);
  g_free (row);
}

/* Helpers */

/* Instants are stored in WIB so that their text sorts as time does. */
static gboolean
normalise_instant (const char  *text,
                   const char  *field,
                   char       **out,
                   int         *year,
                   GError     **error)
{
  g_autoptr(GDateTime) instant = NULL;
  g_autoptr(GError) local_error = NULL;

  instant = layanan_date_time_parse (text, NULL, &local_error);
  if (instant == NULL)
    {
      /* Translators: a field of a letter ("time received"), then the parser's message */
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT, _("%s: %s"), field,
                   local_error->message);
      return FALSE;
    }

  *out = layanan_database_format_wib (instant);
  if (year != NULL)
    *year = (int) g_ascii_strtoll (*out, NULL, 10);
  return TRUE;
}

/* What two ways of writing the same sender, number or subject share: the
 * same letters in Unicode compatibility form, case folded, with runs of
 * spaces (and control characters) as one space. @drop_spaces removes them
 * all, for letter numbers ("005 / 12 / KESRA" is "005/12/KESRA"). */
static char *
fold_key (const char *text,
          gboolean    drop_spaces)
{
  g_autofree char *normal = g_utf8_normalize (text != NULL ? text : "", -1, G_NORMALIZE_NFKC);
  g_autofree char *folded = g_utf8_casefold (normal != NULL ? normal : "", -1);
  GString *key = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || g_unichar_iscntrl (c))
        {
          space = key->len > 0;
          continue;
        }
      if (space && !drop_spaces)
        g_string_append_c (key, ' ');
      space = FALSE;
      g_string_append_unichar (key, c);
    }

  return g_string_free (key, FALSE);
}

static void
letter_not_found (GError **error,
                  gint64   id)
{
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

  g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND,
               _("There is no letter number %s in the register"), number);
}

static gboolean
add_event (LayananDatabase      *self,
           gint64                letter_id,
           const char           *kind,
           LayananLetterStatus  *from,
           LayananLetterStatus  *to,
           const char           *note,
           GError              **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = layanan_database_prepare (self,
                                   "INSERT INTO letter_events (letter_id, at, actor, kind, "
                                   "  from_status, to_status, note) "
                                   "VALUES (?1, layanan_now (), layanan_actor (), ?2, ?3, ?4, ?5)",
                                   error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, letter_id);
  sqlite3_bind_text (stmt, 2, kind, -1, SQLITE_STATIC);
  if (from != NULL && to != NULL)
    {
      sqlite3_bind_text (stmt, 3, layanan_letter_status_to_key (*from), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, layanan_letter_status_to_key (*to), -1, SQLITE_STATIC);
    }
  layanan_database_bind_text_or_null (stmt, 5, note);

  return layanan_database_step_done (self, stmt, error);
}

static gboolean
read_status (LayananDatabase      *self,
             gint64                id,
             LayananLetterStatus  *status,
             GError              **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean found;

  stmt = layanan_database_prepare (self, "SELECT status FROM letters WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!layanan_database_step_one (self, stmt, &found, error))
    return FALSE;
  if (!found)
    {
      letter_not_found (error, id);
      return FALSE;
    }

  if (!layanan_letter_status_from_key ((const char *) sqlite3_column_text (stmt, 0), status))
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_DATABASE,
                   _("The database %s holds a letter with an unknown status “%s”"),
                   self->path, (const char *) sqlite3_column_text (stmt, 0));
      return FALSE;
    }

  return TRUE;
}

static gboolean
write_status (LayananDatabase      *self,
              gint64                id,
              LayananLetterStatus   status,
              const char           *void_reason,
              GError              **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = layanan_database_prepare (self,
                                   "UPDATE letters SET status = ?2, void_reason = ?3, "
                                   "  updated_at = layanan_now () WHERE id = ?1",
                                   error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, layanan_letter_status_to_key (status), -1, SQLITE_STATIC);
  layanan_database_bind_text_or_null (stmt, 3, void_reason);

  return layanan_database_step_done (self, stmt, error);
}

/* Adding letters */

/* The statements of one writing transaction, prepared once for a whole
 * import. */
typedef struct
{
  sqlite3_stmt *check;
  sqlite3_stmt *next_number;
  sqlite3_stmt *insert;
  sqlite3_stmt *insert_file;
  sqlite3_stmt *link_file;
  sqlite3_stmt *event;
} Writer;

static void
writer_clear (Writer *writer)
{
  g_clear_pointer (&writer->check, sqlite3_finalize);
  g_clear_pointer (&writer->next_number, sqlite3_finalize);
  g_clear_pointer (&writer->insert, sqlite3_finalize);
  g_clear_pointer (&writer->insert_file, sqlite3_finalize);
  g_clear_pointer (&writer->link_file, sqlite3_finalize);
  g_clear_pointer (&writer->event, sqlite3_finalize);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Writer, writer_clear)

static gboolean
writer_prepare (LayananDatabase  *self,
                Writer           *writer,
                GError          **error)
{
  writer->check = layanan_database_prepare (self,
                                            "SELECT (SELECT count(*) FROM units WHERE id = ?1), "
                                            "  (SELECT count(*) FROM classification_codes "
                                            "   WHERE code = ?2), "
                                            "  (SELECT count(*) FROM services WHERE id = ?3), "
                                            "  (SELECT name FROM services WHERE id = ?3)",
                                            error);
  if (writer->check == NULL)
    return FALSE;

  /* The counter row is the lock that makes numbers gap-free: it is written
   * inside the same BEGIN IMMEDIATE as the letter, so a failed letter rolls
   * its number back, and two writers never read the same last_number. */
  writer->next_number = layanan_database_prepare (self,
                                                  "INSERT INTO agenda_counters "
                                                  "  (unit_id, year, last_number) "
                                                  "VALUES (?1, ?2, 1) "
                                                  "ON CONFLICT (unit_id, year) DO UPDATE "
                                                  "  SET last_number = last_number + 1 "
                                                  "RETURNING last_number",
                                                  error);
  if (writer->next_number == NULL)
    return FALSE;

  writer->insert = layanan_database_prepare (self,
                                             "INSERT INTO letters (unit_id, agenda_year, "
                                             "  agenda_number, received_at, nomor, nomor_key, "
                                             "  tanggal, pengirim, pengirim_key, kepada, hal, "
                                             "  hal_key, lampiran, keamanan, kecepatan, "
                                             "  classification_code, service_id, service_name, "
                                             "  due_at, due_override_reason, status, notes, "
                                             "  body_text, created_at, updated_at) "
                                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
                                             "  ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, "
                                             "  ?20, ?21, ?22, ?23, layanan_now (), "
                                             "  layanan_now ())",
                                             error);
  if (writer->insert == NULL)
    return FALSE;

  writer->insert_file = layanan_database_prepare (self, LAYANAN_INSERT_LETTER_FILE_SQL, error);
  if (writer->insert_file == NULL)
    return FALSE;

  writer->link_file = layanan_database_prepare (self,
                                                "INSERT INTO letter_file_links "
                                                "  (letter_id, sha256, position) "
                                                "VALUES (?1, ?2, ?3) "
                                                "ON CONFLICT (letter_id, sha256) DO NOTHING",
                                                error);
  if (writer->link_file == NULL)
    return FALSE;

  writer->event = layanan_database_prepare (self,
                                            "INSERT INTO letter_events (letter_id, at, actor, "
                                            "  kind) "
                                            "VALUES (?1, layanan_now (), layanan_actor (), "
                                            "  'received')",
                                            error);
  return writer->event != NULL;
}

/* What the store sets on a letter it saved, kept aside until the commit so
 * a rolled-back letter is handed back as it came. */
typedef struct
{
  gint64  id;
  int     agenda_year;
  gint64  agenda_number;
  char   *received_at;
  char   *due_at;
} Saved;

static void
saved_clear (Saved *saved)
{
  g_clear_pointer (&saved->received_at, g_free);
  g_clear_pointer (&saved->due_at, g_free);
}

static void
saved_apply (Saved         *saved,
             LayananLetter *letter)
{
  letter->id = saved->id;
  letter->agenda_year = saved->agenda_year;
  letter->agenda_number = saved->agenda_number;
  g_free (letter->received_at);
  letter->received_at = g_steal_pointer (&saved->received_at);
  g_free (letter->due_at);
  letter->due_at = g_steal_pointer (&saved->due_at);
}

/* Checks what layanan_letter_validate() cannot: the references. */
static gboolean
check_references (LayananDatabase      *self,
                  Writer               *writer,
                  const LayananLetter  *letter,
                  char                **service_name,
                  GError              **error)
{
  sqlite3_stmt *stmt = writer->check;
  gboolean found, ok = FALSE;

  sqlite3_bind_int64 (stmt, 1, letter->unit_id);
  layanan_database_bind_text_or_null (stmt, 2, letter->classification_code);
  sqlite3_bind_int64 (stmt, 3, letter->service_id);

  if (!layanan_database_step_one (self, stmt, &found, error))
    goto out;

  if (sqlite3_column_int (stmt, 0) == 0)
    g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                         _("Choose the unit whose agenda the letter is registered in"));
  else if (!layanan_database_text_is_blank (letter->classification_code) &&
           sqlite3_column_int (stmt, 1) == 0)
    g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                 _("The classification code “%s” is not in the list of Permendagri 83/2022"),
                 letter->classification_code);
  else if (letter->service_id != 0 && sqlite3_column_int (stmt, 2) == 0)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, letter->service_id);

      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("There is no service number %s in the catalog"), number);
    }
  else
    {
      *service_name = layanan_database_column_text (stmt, 3);
      ok = TRUE;
    }

out:
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return ok;
}

static gboolean
validate_new_letter (const LayananLetter  *letter,
                     GError              **error)
{
  if (!layanan_letter_validate (letter, error))
    return FALSE;

  if (letter->status == LAYANAN_LETTER_STATUS_BATAL || letter->status >= LAYANAN_N_LETTER_STATUSES)
    {
      g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                           _("A letter cannot be registered as void; register it, then void it "
                             "with a reason"));
      return FALSE;
    }

  if (letter->keamanan > LAYANAN_KEAMANAN_SANGAT_RAHASIA ||
      letter->kecepatan > LAYANAN_KECEPATAN_AMAT_SEGERA)
    {
      g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                           _("The letter has an unknown security class or urgency"));
      return FALSE;
    }

  return TRUE;
}

static LayananLetterFile *
read_letter_file (sqlite3_stmt *stmt)
{
  LayananLetterFile *file = g_new0 (LayananLetterFile, 1);

  file->sha256 = layanan_database_column_text (stmt, 0);
  file->file_name = layanan_database_column_text (stmt, 1);
  file->mime_type = layanan_database_column_text (stmt, 2);
  file->n_pages = sqlite3_column_int (stmt, 3);
  file->contents = g_bytes_new (sqlite3_column_blob (stmt, 4), sqlite3_column_bytes (stmt, 4));
  return file;
}

GPtrArray *
layanan_database_list_linked_files (LayananDatabase  *self,
                                    const char       *link_table,
                                    const char       *owner_column,
                                    gint64            owner_id,
                                    GError          **error)
{
  g_autofree char *sql = NULL;

  sql = g_strdup_printf ("SELECT f.sha256, f.file_name, f.mime_type, f.n_pages, f.contents "
                         "FROM %s AS l JOIN letter_files AS f ON f.sha256 = l.sha256 "
                         "WHERE l.%s = ?1 ORDER BY l.position",
                         link_table, owner_column);
  return layanan_database_list_by_id (self, sql, owner_id, (LayananReadRowFunc) read_letter_file,
                                      (GDestroyNotify) layanan_letter_file_free, error);
}

/**
 * layanan_database_store_letter_file:
 * @insert_file: LAYANAN_INSERT_LETTER_FILE_SQL, prepared
 * @number: the file's position from 1, for messages
 * @sha256: (out): the file's SHA-256
 *
 * Stores @file's contents once per SHA-256 (letters and complaints share
 * the store), checking the SHA-256 it was read with, if any.
 */
gboolean
layanan_database_store_letter_file (LayananDatabase    *self,
                                    sqlite3_stmt       *insert_file,
                                    LayananLetterFile  *file,
                                    guint               number,
                                    char              **sha256,
                                    GError            **error)
{
  g_autofree char *checksum = NULL;
  gsize size = 0;
  const void *data;

  if (file->contents == NULL || layanan_database_text_is_blank (file->file_name))
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("The scan number %u has no name or no contents"), number);
      return FALSE;
    }

  checksum = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, file->contents);
  if (file->sha256 != NULL && g_ascii_strcasecmp (file->sha256, checksum) != 0)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("The scan “%s” changed after it was read (its SHA-256 differs)"),
                   file->file_name);
      return FALSE;
    }

  data = g_bytes_get_data (file->contents, &size);
  sqlite3_bind_text (insert_file, 1, checksum, -1, SQLITE_STATIC);
  sqlite3_bind_text (insert_file, 2, file->file_name, -1, SQLITE_STATIC);
  sqlite3_bind_text (insert_file, 3,
                     layanan_database_text_is_blank (file->mime_type)
                     ? "application/octet-stream" : file->mime_type,
                     -1, SQLITE_STATIC);
  sqlite3_bind_int64 (insert_file, 4, file->n_pages);
  sqlite3_bind_int64 (insert_file, 5, size);
  /* A zero-length blob still binds as a blob, not NULL. */
  sqlite3_bind_blob64 (insert_file, 6, data != NULL ? data : "", size, SQLITE_STATIC);
  if (!layanan_database_step_done (self, insert_file, error))
    return FALSE;

  *sha256 = g_steal_pointer (&checksum);
  return TRUE;
}

static gboolean
insert_files (LayananDatabase  *self,
              Writer           *writer,
              gint64            letter_id,
              GPtrArray        *files,
              GError          **error)
{
  guint position = 0;

  for (guint i = 0; files != NULL && i < files->len; i++)
    {
      LayananLetterFile *file = g_ptr_array_index (files, i);
      g_autofree char *sha256 = NULL;

      if (!layanan_database_store_letter_file (self, writer->insert_file, file, i + 1, &sha256,
                                               error))
        return FALSE;

      sqlite3_bind_int64 (writer->link_file, 1, letter_id);
      sqlite3_bind_text (writer->link_file, 2, sha256, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (writer->link_file, 3, position + 1);
      if (!layanan_database_step_done (self, writer->link_file, error))
        return FALSE;
      /* The same file twice for one letter is linked once. */
      if (sqlite3_changes (self->db) > 0)
        position++;

      g_free (file->sha256);
      file->sha256 = g_steal_pointer (&sha256);
    }

  return TRUE;
}

static gboolean
next_agenda_number (LayananDatabase  *self,
                    Writer           *writer,
                    gint64            unit_id,
                    int               year,
                    gint64           *number,
                    GError          **error)
{
  gboolean found = FALSE;

  sqlite3_bind_int64 (writer->next_number, 1, unit_id);
  sqlite3_bind_int (writer->next_number, 2, year);
  if (!layanan_database_step_one (self, writer->next_number, &found, error) || !found)
    {
      if (!found && error != NULL && *error == NULL)
        g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_DATABASE,
                             "The agenda counter returned no number");
      sqlite3_reset (writer->next_number);
      return FALSE;
    }

  *number = sqlite3_column_int64 (writer->next_number, 0);
  /* RETURNING rows are only final once the statement has run to its end. */
  sqlite3_step (writer->next_number);
  sqlite3_reset (writer->next_number);
  sqlite3_clear_bindings (writer->next_number);
  return TRUE;
}

static gboolean
insert_letter (LayananDatabase      *self,
               Writer               *writer,
               const LayananLetter  *letter,
               GPtrArray            *files,
               Saved                *saved,
               GError              **error)
{
  sqlite3_stmt *stmt = writer->insert;
  g_autofree char *service_name = NULL;
  g_autofree char *nomor_key = NULL;
  g_autofree char *pengirim_key = NULL;
  g_autofree char *hal_key = NULL;

  if (letter->received_at != NULL)
    {
      if (!normalise_instant (letter->received_at, _("Time received"), &saved->received_at,
                              &saved->agenda_year, error))
        return FALSE;
    }
  else
    {
      saved->received_at = layanan_database_now_wib ();
      saved->agenda_year = (int) g_ascii_strtoll (saved->received_at, NULL, 10);
    }
  if (!layanan_database_text_is_blank (letter->due_at) &&
      !normalise_instant (letter->due_at, _("Due"), &saved->due_at, NULL, error))
    return FALSE;

  if (!check_references (self, writer, letter, &service_name, error) ||
      !next_agenda_number (self, writer, letter->unit_id, saved->agenda_year,
                           &saved->agenda_number, error))
    return FALSE;

  nomor_key = fold_key (letter->nomor, TRUE);
  pengirim_key = fold_key (letter->pengirim, FALSE);
  hal_key = fold_key (letter->hal, FALSE);

  sqlite3_bind_int64 (stmt, 1, letter->unit_id);
  sqlite3_bind_int (stmt, 2, saved->agenda_year);
  sqlite3_bind_int64 (stmt, 3, saved->agenda_number);
  sqlite3_bind_text (stmt, 4, saved->received_at, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, letter->nomor, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, nomor_key, -1, SQLITE_STATIC);
  layanan_database_bind_text_or_null (stmt, 7, letter->tanggal);
  sqlite3_bind_text (stmt, 8, letter->pengirim, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, pengirim_key, -1, SQLITE_STATIC);
  layanan_database_bind_text_or_null (stmt, 10, letter->kepada);
  sqlite3_bind_text (stmt, 11, letter->hal, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 12, hal_key, -1, SQLITE_STATIC);
  layanan_database_bind_text_or_null (stmt, 13, letter->lampiran);
  sqlite3_bind_text (stmt, 14, layanan_keamanan_to_key (letter->keamanan), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 15, layanan_kecepatan_to_key (letter->kecepatan), -1, SQLITE_STATIC);
  layanan_database_bind_text_or_null (stmt, 16, letter->classification_code);
  if (letter->service_id != 0)
    sqlite3_bind_int64 (stmt, 17, letter->service_id);
  layanan_database_bind_text_or_null (stmt, 18, service_name);
  layanan_database_bind_text_or_null (stmt, 19, saved->due_at);
  layanan_database_bind_text_or_null (stmt, 20, letter->due_override_reason);
  sqlite3_bind_text (stmt, 21, layanan_letter_status_to_key (letter->status), -1, SQLITE_STATIC);
  layanan_database_bind_text_or_null (stmt, 22, letter->notes);
  layanan_database_bind_text_or_null (stmt, 23, letter->body_text);

  if (!layanan_database_step_done (self, stmt, error))
    return FALSE;
  saved->id = sqlite3_last_insert_rowid (self->db);

  sqlite3_bind_int64 (writer->event, 1, saved->id);
  return layanan_database_step_done (self, writer->event, error) &&
         insert_files (self, writer, saved->id, files, error);
}

/**
 * layanan_database_add_letter:
 * @letter: the letter; its received_at defaults to now
 * @files: (nullable) (element-type LayananLetterFile): its scans, in order
 *
 * Registers @letter under the next agenda number of its unit for the year
 * it was received (WIB), with its scans (stored once per SHA-256) and a
 * "received" event, in one transaction. Sets @letter's id, agenda year and
 * number, and received_at and due_at as stored (in WIB); sets each file's
 * sha256. A letter that is refused takes no number.
 */
gboolean
layanan_database_add_letter (LayananDatabase  *self,
                             LayananLetter    *letter,
                             GPtrArray        *files,
                             GError          **error)
{
  g_auto(Writer) writer = { 0 };
  Saved saved = { 0 };

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (letter != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!validate_new_letter (letter, error) || !writer_prepare (self, &writer, error))
    return FALSE;

  if (!layanan_database_begin (self, error))
    return FALSE;

  if (!insert_letter (self, &writer, letter, files, &saved, error))
    {
      layanan_database_rollback (self);
      saved_clear (&saved);
      return FALSE;
    }

  if (!layanan_database_commit (self, error))
    {
      saved_clear (&saved);
      return FALSE;
    }

  saved_apply (&saved, letter);
  return TRUE;
}

/**
 * layanan_database_add_letters:
 * @letters: (element-type LayananLetter): letters in the order they get
 *   their numbers
 * @files_per_letter: (nullable) (element-type GPtrArray): for each letter a
 *   #GPtrArray of #LayananLetterFile, or %NULL
 *
 * Registers many letters in one transaction, as layanan_database_add_letter()
 * does one: all of them, or (on an error or cancellation) none. An error
 * names the letter by its position in @letters.
 */
gboolean
layanan_database_add_letters (LayananDatabase  *self,
                              GPtrArray        *letters,
                              GPtrArray        *files_per_letter,
                              GCancellable     *cancellable,
                              GError          **error)
{
  g_auto(Writer) writer = { 0 };
  g_autofree Saved *saved = NULL;
  g_autoptr(GError) local_error = NULL;
  guint i;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (letters != NULL, FALSE);
  g_return_val_if_fail (files_per_letter == NULL || files_per_letter->len == letters->len, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!writer_prepare (self, &writer, error))
    return FALSE;

  saved = g_new0 (Saved, letters->len + 1);

  if (!layanan_database_begin (self, error))
    return FALSE;

  for (i = 0; i < letters->len; i++)
    {
      LayananLetter *letter = g_ptr_array_index (letters, i);
      GPtrArray *files = files_per_letter != NULL ? g_ptr_array_index (files_per_letter, i)
                                                  : NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        goto failed;

      if (!validate_new_letter (letter, &local_error) ||
          !insert_letter (self, &writer, letter, files, &saved[i], &local_error))
        {
          /* Translators: the position of a letter in an import, then what is wrong */
          g_set_error (error, LAYANAN_ERROR, local_error->code, _("Letter %u: %s"), i + 1,
                       local_error->message);
          goto failed;
        }
    }

  if (!layanan_database_commit (self, error))
    goto cleared;

  for (i = 0; i < letters->len; i++)
    saved_apply (&saved[i], g_ptr_array_index (letters, i));
  return TRUE;

failed:
  layanan_database_rollback (self);
cleared:
  for (i = 0; i < letters->len; i++)
    saved_clear (&saved[i]);
  return FALSE;
}

/* Loading and editing */

#define LETTER_COLUMNS \
  "id, unit_id, agenda_year, agenda_number, received_at, nomor, tanggal, pengirim, kepada, " \
  "hal, lampiran, keamanan, kecepatan, classification_code, coalesce (service_id, 0), " \
  "due_at, due_override_reason, status, void_reason, notes, body_text"

static LayananLetter *
read_letter (sqlite3_stmt *stmt)
{
  g_autoptr(LayananLetter) letter = layanan_letter_new ();

  letter->id = sqlite3_column_int64 (stmt, 0);
  letter->unit_id = sqlite3_column_int64 (stmt, 1);
  letter->agenda_year = sqlite3_column_int (stmt, 2);
  letter->agenda_number = sqlite3_column_int64 (stmt, 3);
  letter->received_at = layanan_database_column_text (stmt, 4);
  letter->nomor = layanan_database_column_text (stmt, 5);
  letter->tanggal = layanan_database_column_text (stmt, 6);
  letter->pengirim = layanan_database_column_text (stmt, 7);
  letter->kepada = layanan_database_column_text (stmt, 8);
  letter->hal = layanan_database_column_text (stmt, 9);
  letter->lampiran = layanan_database_column_text (stmt, 10);
  layanan_keamanan_from_key ((const char *) sqlite3_column_text (stmt, 11), &letter->keamanan);
  layanan_kecepatan_from_key ((const char *) sqlite3_column_text (stmt, 12), &letter->kecepatan);
  letter->classification_code = layanan_database_column_text (stmt, 13);
  letter->service_id = sqlite3_column_int64 (stmt, 14);
  letter->due_at = layanan_database_column_text (stmt, 15);
  letter->due_override_reason = layanan_database_column_text (stmt, 16);
  layanan_letter_status_from_key ((const char *) sqlite3_column_text (stmt, 17), &letter->status);
  letter->void_reason = layanan_database_column_text (stmt, 18);
  letter->notes = layanan_database_column_text (stmt, 19);
  letter->body_text = layanan_database_column_text (stmt, 20);

  return g_steal_pointer (&letter);
}

/**
 * layanan_database_load_letter:
 *
 * Returns: (transfer full): the letter, or %NULL with
 *   %LAYANAN_ERROR_NOT_FOUND when there is none with @id
 */
LayananLetter *
layanan_database_load_letter (LayananDatabase  *self,
                              gint64            id,
                              GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean found;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = layanan_database_prepare (self, "SELECT " LETTER_COLUMNS " FROM letters WHERE id = ?1",
                                   error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!layanan_database_step_one (self, stmt, &found, error))
    return NULL;
  if (!found)
    {
      letter_not_found (error, id);
      return NULL;
    }

  return read_letter (stmt);
}

/* The editable fields, by the names the edit event lists. */
static void
list_changes (const LayananLetter *old,
              const LayananLetter *new,
              GPtrArray           *changed)
{
#define TEXT_FIELD(field) \
  if (g_strcmp0 (layanan_database_text_is_blank (old->field) ? NULL : old->field, \
                 layanan_database_text_is_blank (new->field) ? NULL : new->field) != 0) \
    g_ptr_array_add (changed, (char *) #field)

  TEXT_FIELD (received_at);
  TEXT_FIELD (nomor);
  TEXT_FIELD (tanggal);
  TEXT_FIELD (pengirim);
  TEXT_FIELD (kepada);
  TEXT_FIELD (hal);
  TEXT_FIELD (lampiran);
  if (old->keamanan != new->keamanan)
    g_ptr_array_add (changed, (char *) "keamanan");
  if (old->kecepatan != new->kecepatan)
    g_ptr_array_add (changed, (char *) "kecepatan");
  TEXT_FIELD (classification_code);
  if (old->service_id != new->service_id)
    g_ptr_array_add (changed, (char *) "service_id");
  TEXT_FIELD (due_at);
  TEXT_FIELD (due_override_reason);
  TEXT_FIELD (notes);
  TEXT_FIELD (body_text);

#undef TEXT_FIELD
}

static gboolean
write_edit (LayananDatabase      *self,
            const LayananLetter  *letter,
            const char           *service_name,
            GError              **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *nomor_key = fold_key (letter->nomor, TRUE);
  g_autofree char *pengirim_key = fold_key (letter->pengirim, FALSE);
  g_autofree char *hal_key = fold_key (letter->hal, FALSE);

  stmt = layanan_database_prepare (self,
                                   "UPDATE letters SET received_at = ?2, nomor = ?3, "
                                   "  nomor_key = ?4, tanggal = ?5, pengirim = ?6, "
                                   "  pengirim_key = ?7, kepada = ?8, hal = ?9, hal_key = ?10, "
                                   "  lampiran = ?11, keamanan = ?12, kecepatan = ?13, "
                                   "  classification_code = ?14, service_id = ?15, "
                                   "  service_name = ?16, due_at = ?17, "
                                   "  due_override_reason = ?18, notes = ?19, body_text = ?20, "
                                   "  updated_at = layanan_now () "
                                   "WHERE id = ?1",
                                   error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, letter->id);
  sqlite3_bind_text (stmt, 2, letter->received_at, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, letter->nomor, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, nomor_key, -1, SQLITE_STATIC);
  layanan_database_bind_text_or_null (stmt, 5, letter->tanggal);
  sqlite3_bind_text (stmt, 6, letter->pengirim, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, pengirim_key, -1, SQLITE_STATIC);
  layanan_database_bind_text_or_null (stmt, 8, letter->kepada);
  sqlite3_bind_text (stmt, 9, letter->hal, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 10, hal_key, -1, SQLITE_STATIC);
  layanan_database_bind_text_or_null (stmt, 11, letter->lampiran);
  sqlite3_bind_text (stmt, 12, layanan_keamanan_to_key (letter->keamanan), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 13, layanan_kecepatan_to_key (letter->kecepatan), -1, SQLITE_STATIC);
  layanan_database_bind_text_or_null (stmt, 14, letter->classification_code);
  if (letter->service_id != 0)
    sqlite3_bind_int64 (stmt, 15, letter->service_id);
  layanan_database_bind_text_or_null (stmt, 16, service_name);
  layanan_database_bind_text_or_null (stmt, 17, letter->due_at);
  layanan_database_bind_text_or_null (stmt, 18, letter->due_override_reason);
  layanan_database_bind_text_or_null (stmt, 19, letter->notes);
  layanan_database_bind_text_or_null (stmt, 20, letter->body_text);

  return layanan_database_step_done (self, stmt, error);
}

static gboolean
update_letter (LayananDatabase      *self,
               const LayananLetter  *edited,
               GError              **error)
{
  g_autoptr(LayananLetter) old = NULL;
  g_autoptr(LayananLetter) letter = layanan_letter_copy (edited);
  g_autoptr(GPtrArray) changed = g_ptr_array_new ();
  g_auto(Writer) writer = { 0 };
  g_autofree char *service_name = NULL;
  g_autofree char *received_at = NULL;
  g_autofree char *due_at = NULL;
  g_autofree char *note = NULL;
  int year = 0;

  old = layanan_database_load_letter (self, letter->id, error);
  if (old == NULL)
    return FALSE;

  /* The agenda (unit, year, number) and the status never change here. */
  letter->unit_id = old->unit_id;
  if (letter->received_at == NULL)
    letter->received_at = g_strdup (old->received_at);
  if (!normalise_instant (letter->received_at, _("Time received"), &received_at, &year, error))
    return FALSE;
  if (year != old->agenda_year)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("The letter is in the agenda of %d; a time received in %d would need "
                     "another agenda number — void the letter and register it again"),
                   old->agenda_year, year);
      return FALSE;
    }
  if (!layanan_database_text_is_blank (letter->due_at) &&
      !normalise_instant (letter->due_at, _("Due"), &due_at, NULL, error))
    return FALSE;
  g_free (letter->received_at);
  letter->received_at = g_steal_pointer (&received_at);
  g_free (letter->due_at);
  letter->due_at = g_steal_pointer (&due_at);

  if (!writer_prepare (self, &writer, error) ||
      !check_references (self, &writer, letter, &service_name, error))
    return FALSE;

  list_changes (old, letter, changed);
  if (changed->len == 0)
    return TRUE;

  g_ptr_array_add (changed, NULL);
  note = g_strjoinv (", ", (char **) changed->pdata);
  if (!write_edit (self, letter, service_name, error) ||
      !add_event (self, letter->id, "edit", NULL, NULL, note, error))
    return FALSE;

  if (g_strcmp0 (old->due_at, letter->due_at) != 0 &&
      !layanan_database_text_is_blank (letter->due_override_reason))
    return add_event (self, letter->id, "due_override", NULL, NULL,
                      letter->due_override_reason, error);

  return TRUE;
}

/**
 * layanan_database_update_letter:
 *
 * Saves the editable fields of @letter (all but its unit, agenda numbers,
 * status and void reason) and records an "edit" event naming the fields
 * that changed, and a "due_override" event with the reason when the due
 * time changed and a reason is given. Saving an unchanged letter writes
 * nothing.
 */
gboolean
layanan_database_update_letter (LayananDatabase      *self,
                                const LayananLetter  *letter,
                                GError              **error)
{
  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (letter != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!layanan_letter_validate (letter, error))
    return FALSE;

  if (!layanan_database_begin (self, error))
    return FALSE;

  return layanan_database_end (self, update_letter (self, letter, error), error);
}

/**
 * layanan_database_list_letter_files:
 *
 * Returns: (transfer full) (element-type LayananLetterFile): the scans of
 *   the letter with their contents, in order
 */
GPtrArray *
layanan_database_list_letter_files (LayananDatabase  *self,
                                    gint64            letter_id,
                                    GError          **error)
{
  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return layanan_database_list_linked_files (self, "letter_file_links", "letter_id", letter_id,
                                             error);
}

/* Status */

static gboolean
void_letter (LayananDatabase  *self,
             gint64            id,
             const char       *reason,
             GError          **error)
{
  LayananLetterStatus from, to = LAYANAN_LETTER_STATUS_BATAL;

  if (!read_status (self, id, &from, error))
    return FALSE;
  if (from == LAYANAN_LETTER_STATUS_BATAL)
    {
      g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                           _("The letter is already void"));
      return FALSE;
    }

  return write_status (self, id, to, reason, error) &&
         add_event (self, id, "void", &from, &to, reason, error);
}

/**
 * layanan_database_void_letter:
 * @reason: why, required
 *
 * Voids a registration (status batal): the letter keeps its row and its
 * agenda number, which is never given again.
 */
gboolean
layanan_database_void_letter (LayananDatabase  *self,
                              gint64            id,
                              const char       *reason,
                              GError          **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (reason != NULL ? reason : ""));

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (*trimmed == '\0')
    {
      g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                           _("Say why the letter is voided"));
      return FALSE;
    }

  if (!layanan_database_begin (self, error))
    return FALSE;

  return layanan_database_end (self, void_letter (self, id, trimmed, error), error);
}

static gboolean
check_status_change (LayananLetterStatus   from,
                     LayananLetterStatus   to,
                     GError              **error)
{
  if (layanan_letter_status_can_change (from, to))
    return TRUE;

  g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
               /* Translators: two statuses of a letter, e.g. "Done" and "Received" */
               _("A letter that is “%s” cannot become “%s”"),
               layanan_letter_status_get_label (from), layanan_letter_status_get_label (to));
  return FALSE;
}

static gboolean
change_status (LayananDatabase      *self,
               gint64                id,
               LayananLetterStatus   to,
               const char           *kind,
               const char           *note,
               GError              **error)
{
  LayananLetterStatus from;

  return read_status (self, id, &from, error) &&
         check_status_change (from, to, error) &&
         write_status (self, id, to, NULL, error) &&
         add_event (self, id, kind, &from, &to, note, error);
}

/**
 * layanan_database_set_letter_status:
 * @note: (nullable): why, kept in the event
 *
 * Moves the letter along its status flow as layanan_letter_status_can_change()
 * allows, with a "status" event. Voiding goes through
 * layanan_database_void_letter().
 */
gboolean
layanan_database_set_letter_status (LayananDatabase      *self,
                                    gint64                id,
                                    LayananLetterStatus   status,
                                    const char           *note,
                                    GError              **error)
{
  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (status < LAYANAN_N_LETTER_STATUSES, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!layanan_database_begin (self, error))
    return FALSE;

  return layanan_database_end (self,
                               change_status (self, id, status, "status", note, error),
                               error);
}

/**
 * layanan_database_list_letter_events:
 *
 * Returns: (transfer full) (element-type LayananLetterEvent): the letter's
 *   history, oldest first
 */
GPtrArray *
layanan_database_list_letter_events (LayananDatabase  *self,
                                     gint64            letter_id,
                                     GError          **error)
{
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = layanan_database_prepare (self,
                                   "SELECT id, at, actor, kind, from_status, to_status, note "
                                   "FROM letter_events WHERE letter_id = ?1 ORDER BY id",
                                   error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, letter_id);
  events = g_ptr_array_new_with_free_func ((GDestroyNotify) layanan_letter_event_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LayananLetterEvent *event = g_new0 (LayananLetterEvent, 1);

      event->id = sqlite3_column_int64 (stmt, 0);
      event->at = layanan_database_column_text (stmt, 1);
      event->actor = layanan_database_column_text (stmt, 2);
      event->kind = layanan_database_column_text (stmt, 3);
      event->has_status_change =
        layanan_letter_status_from_key ((const char *) sqlite3_column_text (stmt, 4),
                                        &event->from_status) &&
        layanan_letter_status_from_key ((const char *) sqlite3_column_text (stmt, 5),
                                        &event->to_status);
      event->note = layanan_database_column_text (stmt, 6);
      g_ptr_array_add (events, event);
    }

  if (rc != SQLITE_DONE)
    {
      layanan_database_step_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&events);
}

/* Duplicates */

static LayananLetterDuplicate *
find_in (GPtrArray *duplicates,
         gint64     letter_id)
{
  for (guint i = 0; i < duplicates->len; i++)
    {
      LayananLetterDuplicate *duplicate = g_ptr_array_index (duplicates, i);

      if (duplicate->letter_id == letter_id)
        return duplicate;
    }
  return NULL;
}

static gboolean
collect_duplicates (LayananDatabase  *self,
                    sqlite3_stmt     *stmt,
                    gboolean          same_file,
                    GPtrArray        *duplicates,
                    GError          **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      LayananLetterDuplicate *duplicate = find_in (duplicates, id);

      if (duplicate != NULL)
        continue;

      duplicate = g_new0 (LayananLetterDuplicate, 1);
      duplicate->letter_id = id;
      duplicate->agenda_year = sqlite3_column_int (stmt, 1);
      duplicate->agenda_number = sqlite3_column_int64 (stmt, 2);
      duplicate->nomor = layanan_database_column_text (stmt, 3);
      duplicate->pengirim = layanan_database_column_text (stmt, 4);
      duplicate->tanggal = layanan_database_column_text (stmt, 5);
      duplicate->same_file = same_file;
      duplicate->file_name = same_file ? layanan_database_column_text (stmt, 6) : NULL;
      g_ptr_array_add (duplicates, duplicate);
    }

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return layanan_database_step_error (self, rc, error);
  return TRUE;
}

/**
 * layanan_database_find_letter_duplicates:
 * @sha256s: (nullable) (array zero-terminated=1): the scans being entered
 * @pengirim: (nullable): with @nomor, the sender and number being entered
 * @tanggal: (nullable): the letter date; %NULL matches any date
 *
 * Finds letters already registered with one of the same scans, or from the
 * same sender with the same number and date, compared without regard to
 * case and spacing. The same number from another sender is not a duplicate.
 * Voided letters are reported too: they were received.
 *
 * Returns: (transfer full) (element-type LayananLetterDuplicate): the
 *   letters, same scans first, then by agenda
 */
GPtrArray *
layanan_database_find_letter_duplicates (LayananDatabase     *self,
                                         const char * const  *sha256s,
                                         const char          *pengirim,
                                         const char          *nomor,
                                         const char          *tanggal,
                                         GError             **error)
{
  g_autoptr(GPtrArray) duplicates = NULL;
  g_autoptr(sqlite3_stmt) by_file = NULL;
  g_autoptr(sqlite3_stmt) by_number = NULL;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  by_file = layanan_database_prepare (self,
                                      "SELECT l.id, l.agenda_year, l.agenda_number, l.nomor, "
                                      "  l.pengirim, l.tanggal, f.file_name "
                                      "FROM letter_file_links AS k "
                                      "JOIN letters AS l ON l.id = k.letter_id "
                                      "JOIN letter_files AS f ON f.sha256 = k.sha256 "
                                      "WHERE k.sha256 = lower (?1) "
                                      "ORDER BY l.agenda_year, l.agenda_number, l.id",
                                      error);
  by_number = layanan_database_prepare (self,
                                        "SELECT id, agenda_year, agenda_number, nomor, pengirim, "
                                        "  tanggal "
                                        "FROM letters "
                                        "WHERE nomor_key = ?1 AND pengirim_key = ?2 "
                                        "  AND (?3 IS NULL OR tanggal = ?3) "
                                        "ORDER BY agenda_year, agenda_number, id",
                                        error);
  if (by_file == NULL || by_number == NULL)
    return NULL;

  duplicates = g_ptr_array_new_with_free_func ((GDestroyNotify) layanan_letter_duplicate_free);

  for (guint i = 0; sha256s != NULL && sha256s[i] != NULL; i++)
    {
      sqlite3_bind_text (by_file, 1, sha256s[i], -1, SQLITE_STATIC);
      if (!collect_duplicates (self, by_file, TRUE, duplicates, error))
        return NULL;
    }

  if (!layanan_database_text_is_blank (pengirim) && !layanan_database_text_is_blank (nomor))
    {
      g_autofree char *nomor_key = fold_key (nomor, TRUE);
      g_autofree char *pengirim_key = fold_key (pengirim, FALSE);

      sqlite3_bind_text (by_number, 1, nomor_key, -1, SQLITE_STATIC);
      sqlite3_bind_text (by_number, 2, pengirim_key, -1, SQLITE_STATIC);
      layanan_database_bind_text_or_null (by_number, 3, tanggal);
      if (!collect_duplicates (self, by_number, FALSE, duplicates, error))
        return NULL;
    }

  return g_steal_pointer (&duplicates);
}

/* Dispositions */

static gboolean
check_disposition (LayananDatabase     *self,
                   gint64               letter_id,
                   LayananDisposition  *disposition,
                   sqlite3_stmt        *parent,
                   GError             **error)
{
  gboolean found;

  if ((disposition->to_staff_id != 0) == (disposition->to_unit_id != 0))
    {
      g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                           _("A disposition goes to one staff member or one section"));
      return FALSE;
    }

  if (disposition->due_date != NULL)
    {
      GDate date;
      g_autoptr(GError) local_error = NULL;

      if (!layanan_date_parse_iso (disposition->due_date, &date, &local_error))
        {
          g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                       _("Disposition due date: %s"), local_error->message);
          return FALSE;
        }
    }

  if (disposition->parent_id == 0)
    return TRUE;

  sqlite3_bind_int64 (parent, 1, disposition->parent_id);
  if (!layanan_database_step_one (self, parent, &found, error))
    {
      sqlite3_reset (parent);
      return FALSE;
    }
  found = found && sqlite3_column_int64 (parent, 0) == letter_id;
  sqlite3_reset (parent);

  if (!found)
    {
      g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                           _("A disposition can only be passed on from a disposition of the "
                             "same letter"));
      return FALSE;
    }

  return TRUE;
}

static char *
recipient_name (LayananDatabase           *self,
                const LayananDisposition  *disposition)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean found = FALSE;

  stmt = layanan_database_prepare (self,
                                   disposition->to_staff_id != 0
                                   ? "SELECT name FROM staff WHERE id = ?1"
                                   : "SELECT name FROM units WHERE id = ?1",
                                   NULL);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, disposition->to_staff_id != 0 ? disposition->to_staff_id
                                                               : disposition->to_unit_id);
  if (!layanan_database_step_one (self, stmt, &found, NULL) || !found)
    return NULL;

  return layanan_database_column_text (stmt, 0);
}

static gboolean
add_dispositions (LayananDatabase  *self,
                  gint64            letter_id,
                  GPtrArray        *dispositions,
                  GError          **error)
{
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autoptr(sqlite3_stmt) parent = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *now = layanan_database_now_wib ();
  g_autofree char *note = NULL;
  LayananLetterStatus from, to = LAYANAN_LETTER_STATUS_DIDISPOSISI;

  if (!read_status (self, letter_id, &from, error))
    return FALSE;
  if (layanan_letter_status_is_closed (from))
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("A letter that is “%s” cannot be disposed"),
                   layanan_letter_status_get_label (from));
      return FALSE;
    }

  insert = layanan_database_prepare (self,
                                     "INSERT INTO dispositions (letter_id, parent_id, from_name, "
                                     "  to_staff_id, to_unit_id, instructions, note, due_date, "
                                     "  created_at) "
                                     "VALUES (?1, ?2, coalesce (?3, layanan_actor ()), ?4, ?5, "
                                     "  ?6, ?7, ?8, ?9)",
                                     error);
  parent = layanan_database_prepare (self, "SELECT letter_id FROM dispositions WHERE id = ?1",
                                     error);
  if (insert == NULL || parent == NULL)
    return FALSE;

  for (guint i = 0; i < dispositions->len; i++)
    {
      LayananDisposition *disposition = g_ptr_array_index (dispositions, i);
      char *name;

      if (!check_disposition (self, letter_id, disposition, parent, error))
        return FALSE;

      sqlite3_bind_int64 (insert, 1, letter_id);
      if (disposition->parent_id != 0)
        sqlite3_bind_int64 (insert, 2, disposition->parent_id);
      layanan_database_bind_text_or_null (insert, 3, disposition->from_name);
      if (disposition->to_staff_id != 0)
        sqlite3_bind_int64 (insert, 4, disposition->to_staff_id);
      if (disposition->to_unit_id != 0)
        sqlite3_bind_int64 (insert, 5, disposition->to_unit_id);
      sqlite3_bind_int64 (insert, 6, disposition->instructions);
      layanan_database_bind_text_or_null (insert, 7, disposition->note);
      layanan_database_bind_text_or_null (insert, 8, disposition->due_date);
      sqlite3_bind_text (insert, 9, now, -1, SQLITE_STATIC);
      if (!layanan_database_step_done (self, insert, error))
        return FALSE;

      disposition->id = sqlite3_last_insert_rowid (self->db);
      disposition->letter_id = letter_id;
      g_free (disposition->created_at);
      disposition->created_at = g_strdup (now);

      name = recipient_name (self, disposition);
      g_free (disposition->to_name);
      disposition->to_name = g_strdup (name);
      g_ptr_array_add (names, name != NULL ? name : g_strdup ("?"));
    }

  g_ptr_array_add (names, NULL);
  note = g_strjoinv (", ", (char **) names->pdata);

  if (from == LAYANAN_LETTER_STATUS_DITERIMA)
    return write_status (self, letter_id, to, NULL, error) &&
           add_event (self, letter_id, "disposition", &from, &to, note, error);

  return add_event (self, letter_id, "disposition", NULL, NULL, note, error);
}

/**
 * layanan_database_add_dispositions:
 * @dispositions: (element-type LayananDisposition): one per recipient; a
 *   disposition with a parent_id passes that one on, down the chain
 *
 * Records a lembar disposisi in one transaction, with a "disposition"
 * event naming the recipients; a received letter becomes disposed. Sets
 * each disposition's id, letter_id, created_at and to_name. A staff member
 * or section that does not exist is refused as %LAYANAN_ERROR_CONSTRAINT.
 */
gboolean
layanan_database_add_dispositions (LayananDatabase  *self,
                                   gint64            letter_id,
                                   GPtrArray        *dispositions,
                                   GError          **error)
{
  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (dispositions != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (dispositions->len == 0)
    {
      g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                           _("Choose who the letter is disposed to"));
      return FALSE;
    }

  if (!layanan_database_begin (self, error))
    return FALSE;

  if (!add_dispositions (self, letter_id, dispositions, error))
    {
      layanan_database_rollback (self);
      for (guint i = 0; i < dispositions->len; i++)
        ((LayananDisposition *) g_ptr_array_index (dispositions, i))->id = 0;
      return FALSE;
    }

  return layanan_database_commit (self, error);
}

/**
 * layanan_database_mark_no_disposition:
 *
 * "Tidak perlu disposisi": a received letter goes straight to processing,
 * with a "no_disposition" event.
 */
gboolean
layanan_database_mark_no_disposition (LayananDatabase  *self,
                                      gint64            letter_id,
                                      GError          **error)
{
  LayananLetterStatus from;
  gboolean ok;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!layanan_database_begin (self, error))
    return FALSE;

  ok = read_status (self, letter_id, &from, error);
  if (ok && from != LAYANAN_LETTER_STATUS_DITERIMA)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("Only a received letter can go on without a disposition; this one is "
                     "“%s”"), layanan_letter_status_get_label (from));
      ok = FALSE;
    }
  if (!ok || !change_status (self, letter_id, LAYANAN_LETTER_STATUS_DIPROSES, "no_disposition",
                             NULL, error))
    {
      layanan_database_rollback (self);
      return FALSE;
    }

  return layanan_database_commit (self, error);
}

/**
 * layanan_database_list_dispositions:
 *
 * Returns: (transfer full) (element-type LayananDisposition): the letter's
 *   dispositions in the order they were made (a parent before those it
 *   passed on)
 */
GPtrArray *
layanan_database_list_dispositions (LayananDatabase  *self,
                                    gint64            letter_id,
                                    GError          **error)
{
  g_autoptr(GPtrArray) dispositions = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = layanan_database_prepare (self,
                                   "SELECT d.id, d.letter_id, coalesce (d.parent_id, 0), "
                                   "  d.from_name, coalesce (d.to_staff_id, 0), "
                                   "  coalesce (d.to_unit_id, 0), coalesce (s.name, u.name), "
                                   "  d.instructions, d.note, d.due_date, d.created_at, "
                                   "  d.done_at "
                                   "FROM dispositions AS d "
                                   "LEFT JOIN staff AS s ON s.id = d.to_staff_id "
                                   "LEFT JOIN units AS u ON u.id = d.to_unit_id "
                                   "WHERE d.letter_id = ?1 ORDER BY d.id",
                                   error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, letter_id);
  dispositions = g_ptr_array_new_with_free_func ((GDestroyNotify) layanan_disposition_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LayananDisposition *disposition = g_new0 (LayananDisposition, 1);

      disposition->id = sqlite3_column_int64 (stmt, 0);
      disposition->letter_id = sqlite3_column_int64 (stmt, 1);
      disposition->parent_id = sqlite3_column_int64 (stmt, 2);
      disposition->from_name = layanan_database_column_text (stmt, 3);
      disposition->to_staff_id = sqlite3_column_int64 (stmt, 4);
      disposition->to_unit_id = sqlite3_column_int64 (stmt, 5);
      disposition->to_name = layanan_database_column_text (stmt, 6);
      disposition->instructions = sqlite3_column_int (stmt, 7);
      disposition->note = layanan_database_column_text (stmt, 8);
      disposition->due_date = layanan_database_column_text (stmt, 9);
      disposition->created_at = layanan_database_column_text (stmt, 10);
      disposition->done_at = layanan_database_column_text (stmt, 11);
      g_ptr_array_add (dispositions, disposition);
    }

  if (rc != SQLITE_DONE)
    {
      layanan_database_step_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&dispositions);
}

static gboolean
complete_disposition (LayananDatabase  *self,
                      gint64            id,
                      GError          **error)
{
  g_autoptr(sqlite3_stmt) find = NULL;
  g_autoptr(sqlite3_stmt) update = NULL;
  g_autofree char *name = NULL;
  gboolean found;
  gint64 letter_id;

  find = layanan_database_prepare (self,
                                   "SELECT d.letter_id, d.done_at, coalesce (s.name, u.name) "
                                   "FROM dispositions AS d "
                                   "LEFT JOIN staff AS s ON s.id = d.to_staff_id "
                                   "LEFT JOIN units AS u ON u.id = d.to_unit_id "
                                   "WHERE d.id = ?1",
                                   error);
  update = layanan_database_prepare (self,
                                     "UPDATE dispositions SET done_at = layanan_now () "
                                     "WHERE id = ?1",
                                     error);
  if (find == NULL || update == NULL)
    return FALSE;

  sqlite3_bind_int64 (find, 1, id);
  if (!layanan_database_step_one (self, find, &found, error))
    return FALSE;
  if (!found)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND,
                   _("There is no disposition number %s"), number);
      return FALSE;
    }
  if (sqlite3_column_type (find, 1) != SQLITE_NULL)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("The disposition was already completed on %s"),
                   (const char *) sqlite3_column_text (find, 1));
      return FALSE;
    }

  letter_id = sqlite3_column_int64 (find, 0);
  name = layanan_database_column_text (find, 2);
  sqlite3_bind_int64 (update, 1, id);

  return layanan_database_step_done (self, update, error) &&
         add_event (self, letter_id, "disposition_done", NULL, NULL, name, error);
}

/**
 * layanan_database_complete_disposition:
 *
 * Marks a disposition done (penyelesaian disposisi), with a
 * "disposition_done" event on its letter naming the recipient.
 */
gboolean
layanan_database_complete_disposition (LayananDatabase  *self,
                                       gint64            id,
                                       GError          **error)
{
  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!layanan_database_begin (self, error))
    return FALSE;

  return layanan_database_end (self, complete_disposition (self, id, error), error);
}
