/* layanan-database-staff.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-database"

#include "config.h"

#include "layanan-database.h"

#include <stdarg.h>

#include <glib/gi18n.h>

#include "layanan-database-private.h"
#include "layanan-error.h"
#include "layanan-tsv.h"

/* The people letters are disposed to, and the sections (bagian,
 * subbagian) they work in. A NIP (nomor induk pegawai) has 18 digits;
 * staff without one (honorer) are kept by name within their unit. */

#define NIP_LENGTH 18

void
layanan_staff_free (LayananStaff *staff)
{
  if (staff == NULL)
    return;

  g_free (staff->unit_name);
  g_free (staff->name);
  g_free (staff->nip);
  g_free (staff->position_title);
  g_free (staff);
}

/* "19780512 200312 1 004" as people write it is "197805122003121004". */
static gboolean
normalise_nip (const char  *text,
               char       **nip,
               GError     **error)
{
  GString *digits = g_string_new (NULL);

  *nip = NULL;
  for (const char *p = text; p != NULL && *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        continue;
      if (!g_ascii_isdigit (*p))
        {
          g_string_free (digits, TRUE);
          g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                       _("The NIP “%s” should be 18 digits"), text);
          return FALSE;
        }
      g_string_append_c (digits, *p);
    }

  if (digits->len == 0)
    {
      g_string_free (digits, TRUE);
      return TRUE;
    }
  if (digits->len != NIP_LENGTH)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("The NIP “%s” has %u digits; a NIP has 18"), text, (guint) digits->len);
      g_string_free (digits, TRUE);
      return FALSE;
    }

  *nip = g_string_free (digits, FALSE);
  return TRUE;
}

static void
nip_taken_error (GError     **error,
                 const char  *nip)
{
  g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_CONSTRAINT,
               _("Another staff member already has the NIP %s"), nip);
}

/**
 * layanan_database_list_staff:
 *
 * Returns: (transfer full) (element-type LayananStaff): the staff by unit
 *   (in the order units were made) and name
 */
GPtrArray *
layanan_database_list_staff (LayananDatabase  *self,
                             gboolean          include_inactive,
                             GError          **error)
{
  g_autoptr(GPtrArray) staff = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = layanan_database_prepare (self,
                                   "SELECT s.id, s.unit_id, u.name, s.name, s.nip, "
                                   "  s.position_title, s.active "
                                   "FROM staff AS s JOIN units AS u ON u.id = s.unit_id "
                                   "WHERE ?1 OR s.active = 1 "
                                   "ORDER BY u.id, s.name, s.id",
                                   error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int (stmt, 1, include_inactive ? 1 : 0);
  staff = g_ptr_array_new_with_free_func ((GDestroyNotify) layanan_staff_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LayananStaff *member = g_new0 (LayananStaff, 1);

      member->id = sqlite3_column_int64 (stmt, 0);
      member->unit_id = sqlite3_column_int64 (stmt, 1);
      member->unit_name = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      member->name = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      member->nip = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      member->position_title = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
      member->active = sqlite3_column_int (stmt, 6) != 0;
      g_ptr_array_add (staff, member);
    }

  if (rc != SQLITE_DONE)
    {
      layanan_database_set_error (error, self->db, rc, self->path);
      return NULL;
    }

  return g_steal_pointer (&staff);
}

static gboolean
unit_exists (LayananDatabase  *self,
             gint64            unit_id,
             GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = layanan_database_prepare (self, "SELECT 1 FROM units WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, unit_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc != SQLITE_DONE)
    layanan_database_set_error (error, self->db, rc, self->path);
  else
    g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                         _("Choose the unit the staff member works in"));
  return FALSE;
}

static gboolean
write_staff (LayananDatabase  *self,
             LayananStaff     *staff,
             const char       *nip,
             GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = g_strstrip (g_strdup (staff->name));

  if (staff->id == 0)
    stmt = layanan_database_prepare (self,
                                     "INSERT INTO staff (unit_id, name, nip, position_title, "
                                     "  active) VALUES (?2, ?3, ?4, ?5, ?6)",
                                     error);
  else
    stmt = layanan_database_prepare (self,
                                     "UPDATE staff SET unit_id = ?2, name = ?3, nip = ?4, "
                                     "  position_title = ?5, active = ?6 WHERE id = ?1",
                                     error);
  if (stmt == NULL)
    return FALSE;

  if (staff->id != 0)
    sqlite3_bind_int64 (stmt, 1, staff->id);
  sqlite3_bind_int64 (stmt, 2, staff->unit_id);
  sqlite3_bind_text (stmt, 3, name, -1, SQLITE_STATIC);
  layanan_database_bind_text_or_null (stmt, 4, nip);
  layanan_database_bind_text_or_null (stmt, 5, staff->position_title);
  sqlite3_bind_int (stmt, 6, staff->active ? 1 : 0);

  if (!layanan_database_step_done (self, stmt, &local_error))
    {
      if (g_error_matches (local_error, LAYANAN_ERROR, LAYANAN_ERROR_CONSTRAINT) && nip != NULL)
        nip_taken_error (error, nip);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (staff->id == 0)
    {
      staff->id = sqlite3_last_insert_rowid (self->db);
      return TRUE;
    }

  if (sqlite3_changes (self->db) == 0)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, staff->id);

      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND,
                   _("There is no staff member number %s"), number);
      return FALSE;
    }

  return TRUE;
}

/**
 * layanan_database_save_staff:
 * @staff: with id 0 to add (the id is set), or the id of the one to change
 *
 * Saves a staff member: a name is required; a NIP, when given, has 18
 * digits (spaces are dropped and the NIP is stored as digits) and belongs
 * to nobody else.
 */
gboolean
layanan_database_save_staff (LayananDatabase  *self,
                             LayananStaff     *staff,
                             GError          **error)
{
  g_autofree char *nip = NULL;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (staff != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (layanan_database_text_is_blank (staff->name))
    {
      g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                           _("The staff member has no name"));
      return FALSE;
    }
  if (!normalise_nip (staff->nip, &nip, error) || !unit_exists (self, staff->unit_id, error))
    return FALSE;

  if (!layanan_database_begin (self, error))
    return FALSE;

  if (!layanan_database_end (self, write_staff (self, staff, nip, error), error))
    return FALSE;

  g_free (staff->nip);
  staff->nip = g_steal_pointer (&nip);
  return TRUE;
}

/**
 * layanan_database_add_section:
 * @parent_code: the code of a biro (for a bagian) or a bagian (for a subbagian)
 * @kind: "bagian" or "subbagian"
 * @id: (out) (optional): the new unit's id
 */
gboolean
layanan_database_add_section (LayananDatabase  *self,
                              const char       *parent_code,
                              const char       *kind,
                              const char       *code,
                              const char       *name,
                              gint64           *id,
                              GError          **error)
{
  g_autoptr(sqlite3_stmt) parent = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;
  const char *expected_parent;
  gint64 parent_id;
  int rc;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_strcmp0 (kind, "bagian") == 0)
    expected_parent = "biro";
  else if (g_strcmp0 (kind, "subbagian") == 0)
    expected_parent = "bagian";
  else
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("A section is a bagian or a subbagian, not “%s”"), kind ? kind : "");
      return FALSE;
    }
  if (layanan_database_text_is_blank (code) || layanan_database_text_is_blank (name))
    {
      g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                           _("A section needs a code and a name"));
      return FALSE;
    }

  parent = layanan_database_prepare (self, "SELECT id, kind FROM units WHERE code = ?1", error);
  insert = layanan_database_prepare (self,
                                     "INSERT INTO units (code, parent_id, kind, name) "
                                     "VALUES (?1, ?2, ?3, ?4)",
                                     error);
  if (parent == NULL || insert == NULL)
    return FALSE;

  sqlite3_bind_text (parent, 1, parent_code != NULL ? parent_code : "", -1, SQLITE_STATIC);
  rc = sqlite3_step (parent);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      layanan_database_set_error (error, self->db, rc, self->path);
      return FALSE;
    }
  if (rc == SQLITE_DONE ||
      g_strcmp0 ((const char *) sqlite3_column_text (parent, 1), expected_parent) != 0)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   /* Translators: "a bagian belongs to a biro; there is no biro “x”" */
                   _("A %s belongs to a %s; there is no %s “%s”"), kind, expected_parent,
                   expected_parent, parent_code != NULL ? parent_code : "");
      return FALSE;
    }
  parent_id = sqlite3_column_int64 (parent, 0);

  sqlite3_bind_text (insert, 1, code, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (insert, 2, parent_id);
  sqlite3_bind_text (insert, 3, kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 4, name, -1, SQLITE_STATIC);

  if (!layanan_database_begin (self, error))
    return FALSE;
  if (!layanan_database_step_done (self, insert, error))
    {
      layanan_database_rollback (self);
      return FALSE;
    }
  if (id != NULL)
    *id = sqlite3_last_insert_rowid (self->db);

  return layanan_database_commit (self, error);
}

/* The staff loader */

static void
row_error (GError     **error,
           LayananTsv  *tsv,
           const char  *column,
           const char  *format,
           ...) G_GNUC_PRINTF (4, 5);

static void
row_error (GError     **error,
           LayananTsv  *tsv,
           const char  *column,
           const char  *format,
           ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* Translators: a file, a line number, a column name and what is wrong there */
  g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT, _("%s:%u: column “%s”: %s"),
               layanan_tsv_get_path (tsv), layanan_tsv_get_line (tsv), column, message);
}

typedef struct
{
  sqlite3_stmt *unit;
  sqlite3_stmt *by_nip;
  sqlite3_stmt *by_name;
  sqlite3_stmt *insert;
  sqlite3_stmt *update;
} StaffLoader;

static void
staff_loader_clear (StaffLoader *loader)
{
  g_clear_pointer (&loader->unit, sqlite3_finalize);
  g_clear_pointer (&loader->by_nip, sqlite3_finalize);
  g_clear_pointer (&loader->by_name, sqlite3_finalize);
  g_clear_pointer (&loader->insert, sqlite3_finalize);
  g_clear_pointer (&loader->update, sqlite3_finalize);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (StaffLoader, staff_loader_clear)

static gboolean
staff_loader_prepare (LayananDatabase  *self,
                      StaffLoader      *loader,
                      GError          **error)
{
  loader->unit = layanan_database_prepare (self, "SELECT id FROM units WHERE code = ?1", error);
  loader->by_nip = layanan_database_prepare (self, "SELECT id FROM staff WHERE nip = ?1", error);
  loader->by_name = layanan_database_prepare (self,
                                              "SELECT id FROM staff WHERE unit_id = ?1 "
                                              "AND name = ?2 AND nip IS NULL",
                                              error);
  loader->insert = layanan_database_prepare (self,
                                             "INSERT INTO staff (unit_id, name, nip, "
                                             "  position_title) VALUES (?2, ?3, ?4, ?5)",
                                             error);
  /* Writes only what differs: loading a file twice logs nothing. */
  loader->update = layanan_database_prepare (self,
                                             "UPDATE staff SET unit_id = ?2, name = ?3, "
                                             "  nip = ?4, position_title = ?5, active = 1 "
                                             "WHERE id = ?1 AND (unit_id IS NOT ?2 "
                                             "  OR name IS NOT ?3 OR nip IS NOT ?4 "
                                             "  OR position_title IS NOT ?5 OR active <> 1)",
                                             error);

  return loader->unit != NULL && loader->by_nip != NULL && loader->by_name != NULL &&
         loader->insert != NULL && loader->update != NULL;
}

/* The id in the first column of @stmt's single row, 0 when none. */
static gboolean
lookup_id (LayananDatabase  *self,
           sqlite3_stmt     *stmt,
           gint64           *id,
           GError          **error)
{
  int rc = sqlite3_step (stmt);

  *id = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      layanan_database_set_error (error, self->db, rc, self->path);
      return FALSE;
    }

  return TRUE;
}

static gboolean
load_staff_row (LayananDatabase  *self,
                LayananTsv       *tsv,
                StaffLoader      *loader,
                GHashTable       *seen_nips,
                GError          **error)
{
  const char *name = layanan_tsv_get (tsv, "name");
  const char *unit_code = layanan_tsv_get (tsv, "unit_code");
  const char *title = layanan_tsv_get (tsv, "position_title");
  g_autofree char *nip = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GError) step_error = NULL;
  sqlite3_stmt *write;
  gint64 unit_id, id;

  if (layanan_database_text_is_blank (name))
    {
      row_error (error, tsv, "name", _("the name is empty"));
      return FALSE;
    }
  if (!normalise_nip (layanan_tsv_get (tsv, "nip"), &nip, &local_error))
    {
      row_error (error, tsv, "nip", "%s", local_error->message);
      return FALSE;
    }
  if (nip != NULL)
    {
      guint first = GPOINTER_TO_UINT (g_hash_table_lookup (seen_nips, nip));

      if (first != 0)
        {
          row_error (error, tsv, "nip", _("the NIP %s is listed twice (first on line %u)"),
                     nip, first);
          return FALSE;
        }
      g_hash_table_insert (seen_nips, g_strdup (nip),
                           GUINT_TO_POINTER (layanan_tsv_get_line (tsv)));
    }

  sqlite3_bind_text (loader->unit, 1, unit_code != NULL ? unit_code : "", -1, SQLITE_STATIC);
  if (!lookup_id (self, loader->unit, &unit_id, error))
    return FALSE;
  if (unit_id == 0)
    {
      row_error (error, tsv, "unit_code", _("there is no unit “%s”"),
                 unit_code != NULL ? unit_code : "");
      return FALSE;
    }

  if (nip != NULL)
    {
      sqlite3_bind_text (loader->by_nip, 1, nip, -1, SQLITE_STATIC);
      if (!lookup_id (self, loader->by_nip, &id, error))
        return FALSE;
    }
  else
    {
      sqlite3_bind_int64 (loader->by_name, 1, unit_id);
      sqlite3_bind_text (loader->by_name, 2, name, -1, SQLITE_STATIC);
      if (!lookup_id (self, loader->by_name, &id, error))
        return FALSE;
    }

  write = id != 0 ? loader->update : loader->insert;
  if (id != 0)
    sqlite3_bind_int64 (write, 1, id);
  sqlite3_bind_int64 (write, 2, unit_id);
  sqlite3_bind_text (write, 3, name, -1, SQLITE_STATIC);
  layanan_database_bind_text_or_null (write, 4, nip);
  layanan_database_bind_text_or_null (write, 5, title);

  if (!layanan_database_step_done (self, write, &step_error))
    {
      g_set_error (error, LAYANAN_ERROR, step_error->code, _("%s:%u: %s"),
                   layanan_tsv_get_path (tsv), layanan_tsv_get_line (tsv), step_error->message);
      return FALSE;
    }

  return TRUE;
}

static gboolean
load_staff (LayananDatabase  *self,
            const char       *path,
            GError          **error)
{
  static const char * const columns[] = { "nip", "name", "position_title", "unit_code", NULL };
  g_autoptr(LayananTsv) tsv = NULL;
  g_autoptr(GHashTable) seen_nips = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                           NULL);
  g_autoptr(GError) local_error = NULL;
  g_auto(StaffLoader) loader = { 0 };

  tsv = layanan_tsv_open (path, columns, error);
  if (tsv == NULL || !staff_loader_prepare (self, &loader, error))
    return FALSE;

  while (layanan_tsv_next (tsv, &local_error))
    {
      if (!load_staff_row (self, tsv, &loader, seen_nips, error))
        return FALSE;
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

/**
 * layanan_database_load_staff:
 * @tsv_path: columns nip, name, position_title, unit_code (a unit's code)
 *
 * Loads staff from a file, all rows or none: a staff member with a NIP is
 * matched by NIP, one without by name within the unit; matched rows are
 * updated (and made active) only where they differ. An error names the
 * file, the line and the column.
 */
gboolean
layanan_database_load_staff (LayananDatabase  *self,
                             const char       *tsv_path,
                             GError          **error)
{
  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (tsv_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!layanan_database_begin (self, error))
    return FALSE;

  return layanan_database_end (self, load_staff (self, tsv_path, error), error);
}
