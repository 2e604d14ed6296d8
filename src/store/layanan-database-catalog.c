/* layanan-database-catalog.c
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

/* The service catalog: services, their standard versions and everything a
 * Standar Pelayanan holds. Every write is one transaction and the audit
 * triggers record it. A service's latest version is the one shown and
 * edited; saving over an established (ditetapkan) or revoked version adds
 * a new draft, so what an SK established is never rewritten. Deleting a
 * service only marks it (deleted_at), so that it can be undone with its
 * versions and SK. */

#define SERVICE_ID_KEY "layanan-service-id"
#define DEFAULT_REVIEW_INTERVAL_MONTHS 12
#define WIB_OFFSET_SECONDS (7 * 3600)

static const char * const status_keys[] = { "draft", "ditetapkan", "dicabut" };

const char *
layanan_standard_status_to_key (LayananStandardStatus status)
{
  g_return_val_if_fail (status <= LAYANAN_STANDARD_STATUS_DICABUT, NULL);

  return status_keys[status];
}

gboolean
layanan_standard_status_from_key (const char            *key,
                                  LayananStandardStatus *status)
{
  for (guint i = 0; i < G_N_ELEMENTS (status_keys); i++)
    {
      if (g_strcmp0 (key, status_keys[i]) == 0)
        {
          *status = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
layanan_standard_status_get_label (LayananStandardStatus status)
{
  switch (status)
    {
    case LAYANAN_STANDARD_STATUS_DRAFT:
      /* Translators: the status of a Standar Pelayanan not yet set by an SK */
      return _("Draft");
    case LAYANAN_STANDARD_STATUS_DITETAPKAN:
      /* Translators: the status of a Standar Pelayanan set by an SK (ditetapkan) */
      return _("Established");
    case LAYANAN_STANDARD_STATUS_DICABUT:
      /* Translators: the status of a Standar Pelayanan no longer in force (dicabut) */
      return _("Revoked");
    default:
      g_return_val_if_reached (NULL);
    }
}

void
layanan_service_summary_free (LayananServiceSummary *summary)
{
  if (summary == NULL)
    return;

  g_free (summary->unit_code);
  g_free (summary->unit_name);
  g_free (summary->name);
  g_free (summary->sk_number);
  g_free (summary->next_review_date);
  g_free (summary);
}

void
layanan_standard_version_free (LayananStandardVersion *version)
{
  if (version == NULL)
    return;

  g_free (version->sk_number);
  g_free (version->sk_date);
  g_free (version->last_review_date);
  g_free (version->next_review_date);
  g_free (version);
}

/* Helpers */

static char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

static char *
today_iso (void)
{
  g_autoptr(GTimeZone) wib = g_time_zone_new_offset (WIB_OFFSET_SECONDS);
  g_autoptr(GDateTime) now = g_date_time_new_now (wib);

  return g_date_time_format (now, "%Y-%m-%d");
}

/* Runs a prepared statement expected to return at most one row. Returns
 * TRUE with *found set, or FALSE with @error set. */
static gboolean
step_row (LayananDatabase  *self,
          sqlite3_stmt     *stmt,
          gboolean         *found,
          GError          **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      layanan_database_set_error (error, self->db, rc, self->path);
      return FALSE;
    }

  *found = rc == SQLITE_ROW;
  return TRUE;
}

static gboolean
find_unit (LayananDatabase  *self,
           const char       *unit_code,
           gint64           *unit_id,
           GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean found;

  if (unit_code == NULL || *unit_code == '\0')
    {
      g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                           _("Choose the unit that provides the service"));
      return FALSE;
    }

  stmt = layanan_database_prepare (self, "SELECT id FROM units WHERE code = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, unit_code, -1, SQLITE_TRANSIENT);
  if (!step_row (self, stmt, &found, error))
    return FALSE;
  if (!found)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND,
                   _("There is no unit with the code “%s”"), unit_code);
      return FALSE;
    }

  *unit_id = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

static void
service_not_found (GError **error,
                   gint64   service_id)
{
  /* G_GINT64_FORMAT inside a msgid would hide it from xgettext. */
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, service_id);

  g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND,
               _("There is no service number %s in the catalog"), number);
}

/* The latest version of a service that is not deleted. */
static gboolean
latest_version (LayananDatabase        *self,
                gint64                  service_id,
                gint64                 *version_id,
                LayananStandardStatus  *status,
                GError                **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean found;

  stmt = layanan_database_prepare (self,
                                   "SELECT v.id, v.status FROM services AS s "
                                   "JOIN standard_versions AS v ON v.service_id = s.id "
                                   "WHERE s.id = ?1 AND s.deleted_at IS NULL "
                                   "ORDER BY v.id DESC LIMIT 1",
                                   error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, service_id);
  if (!step_row (self, stmt, &found, error))
    return FALSE;
  if (!found)
    {
      service_not_found (error, service_id);
      return FALSE;
    }

  *version_id = sqlite3_column_int64 (stmt, 0);
  if (!layanan_standard_status_from_key ((const char *) sqlite3_column_text (stmt, 1), status))
    *status = LAYANAN_STANDARD_STATUS_DRAFT;
  return TRUE;
}

/* Reading a version into a standard */

static gboolean
read_components (LayananDatabase  *self,
                 gint64            version_id,
                 LayananStandard  *standard,
                 GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  /* One row per component and item; a component without items has one row
   * with a NULL item. */
  stmt = layanan_database_prepare (self,
                                   "SELECT c.kind, c.body, i.content FROM service_components AS c "
                                   "LEFT JOIN component_items AS i ON i.component_id = c.id "
                                   "WHERE c.standard_version_id = ?1 "
                                   "ORDER BY c.id, i.position",
                                   error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, version_id);

  {
    g_autofree char *previous = NULL;

    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        const char *key = (const char *) sqlite3_column_text (stmt, 0);
        const char *body = (const char *) sqlite3_column_text (stmt, 1);
        const char *item = (const char *) sqlite3_column_text (stmt, 2);
        LayananComponentKind kind;

        if (!layanan_component_kind_from_key (key, &kind))
          continue;

        if (g_strcmp0 (previous, key) != 0)
          {
            layanan_standard_set_has_component (standard, kind, TRUE);
            if (body != NULL)
              layanan_standard_set_text (standard, kind, body);
            g_free (previous);
            previous = g_strdup (key);
          }
        if (item != NULL)
          layanan_standard_add_item (standard, kind, item);
      }
  }

  if (rc != SQLITE_DONE)
    {
      layanan_database_set_error (error, self->db, rc, self->path);
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_channels (LayananDatabase  *self,
               gint64            version_id,
               LayananStandard  *standard,
               GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = layanan_database_prepare (self,
                                   "SELECT kind, value, extension FROM standard_channels "
                                   "WHERE standard_version_id = ?1 ORDER BY position",
                                   error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, version_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    layanan_standard_add_channel (standard, (const char *) sqlite3_column_text (stmt, 0),
                                  (const char *) sqlite3_column_text (stmt, 1),
                                  (const char *) sqlite3_column_text (stmt, 2));

  if (rc != SQLITE_DONE)
    {
      layanan_database_set_error (error, self->db, rc, self->path);
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_categories (LayananDatabase  *self,
                 gint64            version_id,
                 LayananStandard  *standard,
                 GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = layanan_database_prepare (self,
                                   "SELECT name, deadline_value, deadline_unit "
                                   "FROM standard_complaint_categories "
                                   "WHERE standard_version_id = ?1 ORDER BY position",
                                   error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, version_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      /* A category printed without a deadline keeps 0. */
      LayananDuration deadline = { 0, LAYANAN_DURATION_WORKING_DAYS };

      if (sqlite3_column_type (stmt, 1) != SQLITE_NULL &&
          layanan_duration_unit_from_key ((const char *) sqlite3_column_text (stmt, 2),
                                          &deadline.unit))
        deadline.value = sqlite3_column_int64 (stmt, 1);
      layanan_standard_add_category (standard, (const char *) sqlite3_column_text (stmt, 0),
                                     &deadline);
    }

  if (rc != SQLITE_DONE)
    {
      layanan_database_set_error (error, self->db, rc, self->path);
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_notes (LayananDatabase  *self,
            gint64            version_id,
            LayananStandard  *standard,
            GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = layanan_database_prepare (self,
                                   "SELECT kind, content FROM standard_notes "
                                   "WHERE standard_version_id = ?1 ORDER BY kind, position",
                                   error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, version_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *kind = (const char *) sqlite3_column_text (stmt, 0);
      const char *content = (const char *) sqlite3_column_text (stmt, 1);

      if (g_strcmp0 (kind, "review_flag") == 0)
        layanan_standard_add_review_flag (standard, content);
      else
        layanan_standard_add_note (standard, content);
    }

  if (rc != SQLITE_DONE)
    {
      layanan_database_set_error (error, self->db, rc, self->path);
      return FALSE;
    }

  return TRUE;
}

/* Everything of one version but the names, which live on the service and
 * the unit. */
static gboolean
read_version (LayananDatabase  *self,
              gint64            version_id,
              LayananStandard  *standard,
              GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean found;

  stmt = layanan_database_prepare (self,
                                   "SELECT completion_value, completion_unit, fee_rupiah, "
                                   "  staff_count "
                                   "FROM standard_versions WHERE id = ?1",
                                   error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, version_id);
  if (!step_row (self, stmt, &found, error))
    return FALSE;
  if (!found)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, version_id);

      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND,
                   _("The standard version %s does not exist"), number);
      return FALSE;
    }

  if (sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    {
      LayananDuration completion = { sqlite3_column_int64 (stmt, 0), 0 };

      if (layanan_duration_unit_from_key ((const char *) sqlite3_column_text (stmt, 1),
                                          &completion.unit))
        layanan_standard_set_completion (standard, &completion);
    }
  layanan_standard_set_fee (standard, sqlite3_column_type (stmt, 2) == SQLITE_NULL
                                      ? -1 : sqlite3_column_int64 (stmt, 2));
  layanan_standard_set_staff_count (standard, sqlite3_column_type (stmt, 3) == SQLITE_NULL
                                              ? -1 : sqlite3_column_int (stmt, 3));

  return read_components (self, version_id, standard, error) &&
         read_channels (self, version_id, standard, error) &&
         read_categories (self, version_id, standard, error) &&
         read_notes (self, version_id, standard, error);
}

/* A canonical text of what a version holds, to tell whether saving would
 * change anything: an unchanged standard adds no draft and no audit row. */
static char *
fingerprint (LayananStandard *standard)
{
  g_autoptr(GString) text = g_string_new (NULL);
  LayananDuration completion;
  GPtrArray *array;

  for (guint kind = 0; kind < LAYANAN_N_COMPONENTS; kind++)
    {
      GPtrArray *items = layanan_standard_get_items (standard, kind);
      const char *body = layanan_standard_get_text (standard, kind);

      if (!layanan_standard_has_component (standard, kind) &&
          (body == NULL || *body == '\0') && (items == NULL || items->len == 0))
        continue;

      g_string_append_printf (text, "C%u\x1f%s\x1e", kind, body != NULL ? body : "");
      for (guint i = 0; items != NULL && i < items->len; i++)
        g_string_append_printf (text, "I%s\x1e", (const char *) g_ptr_array_index (items, i));
    }

  if (layanan_standard_get_completion (standard, &completion))
    g_string_append_printf (text, "T%" G_GINT64_FORMAT "\x1f%d\x1e", completion.value,
                            completion.unit);
  g_string_append_printf (text, "F%" G_GINT64_FORMAT "\x1eS%d\x1e",
                          MAX (layanan_standard_get_fee (standard), -1),
                          MAX (layanan_standard_get_staff_count (standard), -1));

  array = layanan_standard_get_channels (standard);
  for (guint i = 0; array != NULL && i < array->len; i++)
    {
      LayananComplaintChannel *channel = g_ptr_array_index (array, i);

      g_string_append_printf (text, "H%s\x1f%s\x1f%s\x1e", channel->kind,
                              channel->value != NULL ? channel->value : "",
                              channel->extension != NULL ? channel->extension : "");
    }

  array = layanan_standard_get_categories (standard);
  for (guint i = 0; array != NULL && i < array->len; i++)
    {
      LayananComplaintCategory *category = g_ptr_array_index (array, i);

      g_string_append_printf (text, "K%s\x1f%" G_GINT64_FORMAT "\x1f%d\x1e", category->name,
                              category->deadline.value > 0 ? category->deadline.value : 0,
                              category->deadline.value > 0 ? (int) category->deadline.unit : 0);
    }

  array = layanan_standard_get_notes (standard);
  for (guint i = 0; array != NULL && i < array->len; i++)
    g_string_append_printf (text, "N%s\x1e", (const char *) g_ptr_array_index (array, i));

  array = layanan_standard_get_review_flags (standard);
  for (guint i = 0; array != NULL && i < array->len; i++)
    g_string_append_printf (text, "R%s\x1e", (const char *) g_ptr_array_index (array, i));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Writing a version */

static gboolean
exec_for_version (LayananDatabase  *self,
                  const char       *sql,
                  gint64            version_id,
                  GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = layanan_database_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, version_id);

  return layanan_database_step_done (self, stmt, error);
}

static gboolean
write_components (LayananDatabase  *self,
                  gint64            version_id,
                  LayananStandard  *standard,
                  GError          **error)
{
  g_autoptr(sqlite3_stmt) component = NULL;
  g_autoptr(sqlite3_stmt) item = NULL;

  component = layanan_database_prepare (self,
                                        "INSERT INTO service_components "
                                        "  (standard_version_id, kind, body) VALUES (?1, ?2, ?3)",
                                        error);
  item = layanan_database_prepare (self,
                                   "INSERT INTO component_items (component_id, position, content) "
                                   "VALUES (?1, ?2, ?3)",
                                   error);
  if (component == NULL || item == NULL)
    return FALSE;

  for (guint kind = 0; kind < LAYANAN_N_COMPONENTS; kind++)
    {
      GPtrArray *items = layanan_standard_get_items (standard, kind);
      const char *body = layanan_standard_get_text (standard, kind);
      gint64 component_id;
      guint position = 0;

      if (!layanan_standard_has_component (standard, kind) &&
          (body == NULL || *body == '\0') && (items == NULL || items->len == 0))
        continue;

      sqlite3_bind_int64 (component, 1, version_id);
      sqlite3_bind_text (component, 2, layanan_component_kind_to_key (kind), -1, SQLITE_STATIC);
      layanan_database_bind_text_or_null (component, 3, body);
      if (!layanan_database_step_done (self, component, error))
        return FALSE;
      component_id = sqlite3_last_insert_rowid (self->db);

      for (guint i = 0; items != NULL && i < items->len; i++)
        {
          const char *content = g_ptr_array_index (items, i);

          /* An empty line in an editor is not an item. */
          if (content == NULL || *content == '\0')
            continue;

          sqlite3_bind_int64 (item, 1, component_id);
          sqlite3_bind_int (item, 2, ++position);
          sqlite3_bind_text (item, 3, content, -1, SQLITE_TRANSIENT);
          if (!layanan_database_step_done (self, item, error))
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
write_channels (LayananDatabase  *self,
                gint64            version_id,
                LayananStandard  *standard,
                GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GPtrArray *channels = layanan_standard_get_channels (standard);

  if (channels == NULL || channels->len == 0)
    return TRUE;

  stmt = layanan_database_prepare (self,
                                   "INSERT INTO standard_channels "
                                   "  (standard_version_id, position, kind, value, extension) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5)",
                                   error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < channels->len; i++)
    {
      LayananComplaintChannel *channel = g_ptr_array_index (channels, i);

      sqlite3_bind_int64 (stmt, 1, version_id);
      sqlite3_bind_int (stmt, 2, i + 1);
      sqlite3_bind_text (stmt, 3, channel->kind, -1, SQLITE_TRANSIENT);
      layanan_database_bind_text_or_null (stmt, 4, channel->value);
      layanan_database_bind_text_or_null (stmt, 5, channel->extension);
      if (!layanan_database_step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_categories (LayananDatabase  *self,
                  gint64            version_id,
                  LayananStandard  *standard,
                  GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GPtrArray *categories = layanan_standard_get_categories (standard);

  if (categories == NULL || categories->len == 0)
    return TRUE;

  stmt = layanan_database_prepare (self,
                                   "INSERT INTO standard_complaint_categories "
                                   "  (standard_version_id, position, name, deadline_value, "
                                   "   deadline_unit) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5)",
                                   error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < categories->len; i++)
    {
      LayananComplaintCategory *category = g_ptr_array_index (categories, i);

      sqlite3_bind_int64 (stmt, 1, version_id);
      sqlite3_bind_int (stmt, 2, i + 1);
      sqlite3_bind_text (stmt, 3, category->name, -1, SQLITE_TRANSIENT);
      if (category->deadline.value > 0)
        {
          sqlite3_bind_int64 (stmt, 4, category->deadline.value);
          sqlite3_bind_text (stmt, 5, layanan_duration_unit_to_key (category->deadline.unit),
                             -1, SQLITE_STATIC);
        }
      if (!layanan_database_step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_notes (LayananDatabase  *self,
             gint64            version_id,
             const char       *kind,
             GPtrArray        *notes,
             GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint position = 0;

  if (notes == NULL || notes->len == 0)
    return TRUE;

  stmt = layanan_database_prepare (self,
                                   "INSERT INTO standard_notes "
                                   "  (standard_version_id, kind, position, content) "
                                   "VALUES (?1, ?2, ?3, ?4)",
                                   error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < notes->len; i++)
    {
      const char *content = g_ptr_array_index (notes, i);

      if (content == NULL || *content == '\0')
        continue;

      sqlite3_bind_int64 (stmt, 1, version_id);
      sqlite3_bind_text (stmt, 2, kind, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 3, ++position);
      sqlite3_bind_text (stmt, 4, content, -1, SQLITE_TRANSIENT);
      if (!layanan_database_step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/* Replaces everything a version holds with @standard's. */
static gboolean
write_version (LayananDatabase  *self,
               gint64            version_id,
               LayananStandard  *standard,
               GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  LayananDuration completion;
  gint64 fee = layanan_standard_get_fee (standard);
  int staff = layanan_standard_get_staff_count (standard);

  stmt = layanan_database_prepare (self,
                                   "UPDATE standard_versions SET completion_value = ?2, "
                                   "  completion_unit = ?3, fee_rupiah = ?4, staff_count = ?5 "
                                   "WHERE id = ?1",
                                   error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, version_id);
  if (layanan_standard_get_completion (standard, &completion))
    {
      sqlite3_bind_int64 (stmt, 2, completion.value);
      sqlite3_bind_text (stmt, 3, layanan_duration_unit_to_key (completion.unit), -1,
                         SQLITE_STATIC);
    }
  if (fee >= 0)
    sqlite3_bind_int64 (stmt, 4, fee);
  if (staff >= 0)
    sqlite3_bind_int (stmt, 5, staff);
  if (!layanan_database_step_done (self, stmt, error))
    return FALSE;

  /* The items go with their components (ON DELETE CASCADE). */
  return exec_for_version (self, "DELETE FROM service_components WHERE standard_version_id = ?1",
                           version_id, error) &&
         exec_for_version (self, "DELETE FROM standard_channels WHERE standard_version_id = ?1",
                           version_id, error) &&
         exec_for_version (self,
                           "DELETE FROM standard_complaint_categories "
                           "WHERE standard_version_id = ?1",
                           version_id, error) &&
         exec_for_version (self, "DELETE FROM standard_notes WHERE standard_version_id = ?1",
                           version_id, error) &&
         write_components (self, version_id, standard, error) &&
         write_channels (self, version_id, standard, error) &&
         write_categories (self, version_id, standard, error) &&
         write_notes (self, version_id, "note", layanan_standard_get_notes (standard), error) &&
         write_notes (self, version_id, "review_flag",
                      layanan_standard_get_review_flags (standard), error);
}

static gboolean
insert_version (LayananDatabase  *self,
                gint64            service_id,
                gint64           *version_id,
                GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = layanan_database_prepare (self,
                                   "INSERT INTO standard_versions (service_id, status) "
                                   "VALUES (?1, 'draft')",
                                   error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, service_id);
  if (!layanan_database_step_done (self, stmt, error))
    return FALSE;

  *version_id = sqlite3_last_insert_rowid (self->db);
  return TRUE;
}

/* Validation */

static gboolean
validate (LayananStandard  *standard,
          GError          **error)
{
  GPtrArray *channels = layanan_standard_get_channels (standard);
  GPtrArray *categories = layanan_standard_get_categories (standard);
  const char *name = layanan_standard_get_name (standard);
  int staff = layanan_standard_get_staff_count (standard);
  g_autofree char *stripped = NULL;

  if (!layanan_standard_validate (standard, error))
    return FALSE;

  /* layanan_standard_validate() says so too; a name of only spaces is no name. */
  stripped = name != NULL ? g_strstrip (g_strdup (name)) : NULL;
  if (stripped == NULL || *stripped == '\0')
    {
      g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                           _("The service has no name"));
      return FALSE;
    }

  if (staff < -1)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("The number of staff of “%s” cannot be negative (%d)"), name, staff);
      return FALSE;
    }

  for (guint i = 0; channels != NULL && i < channels->len; i++)
    {
      LayananComplaintChannel *channel = g_ptr_array_index (channels, i);

      if (channel->kind == NULL ||
          !g_strv_contains (layanan_complaint_channel_kinds (), channel->kind))
        {
          g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                       _("Complaint channel %u of “%s” has an unknown kind “%s”"),
                       i + 1, name, channel->kind != NULL ? channel->kind : "");
          return FALSE;
        }
    }

  for (guint i = 0; categories != NULL && i < categories->len; i++)
    {
      LayananComplaintCategory *category = g_ptr_array_index (categories, i);

      if (category->name == NULL || *category->name == '\0')
        {
          g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                       _("Complaint category %u of “%s” has no name"), i + 1, name);
          return FALSE;
        }
      if (category->deadline.value < 0)
        {
          g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                       _("The deadline of the complaint category “%s” cannot be negative"),
                       category->name);
          return FALSE;
        }
    }

  return TRUE;
}

/* Services */

/* Removes for good a deleted service of @unit_id named @name, so that a new
 * one may take the name; its undo is then no longer possible. */
static gboolean
purge_deleted (LayananDatabase  *self,
               gint64            unit_id,
               const char       *name,
               GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = layanan_database_prepare (self,
                                   "DELETE FROM services WHERE unit_id = ?1 AND name = ?2 "
                                   "AND deleted_at IS NOT NULL",
                                   error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);

  return layanan_database_step_done (self, stmt, error);
}

/* The live service of @unit_id named @name (in any case: "Pelayanan
 * konsultasi" is the same service as "Pelayanan Konsultasi") other than
 * @except_id, or 0. */
static gboolean
find_service (LayananDatabase  *self,
              gint64            unit_id,
              const char       *name,
              gint64            except_id,
              gint64           *service_id,
              GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean found;

  stmt = layanan_database_prepare (self,
                                   "SELECT id FROM services WHERE unit_id = ?1 "
                                   "AND lower (name) = lower (?2) "
                                   "AND id <> ?3 AND deleted_at IS NULL",
                                   error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, except_id);
  if (!step_row (self, stmt, &found, error))
    return FALSE;

  *service_id = found ? sqlite3_column_int64 (stmt, 0) : 0;
  return TRUE;
}

static void
duplicate_error (GError         **error,
                 LayananDatabase *self,
                 gint64           unit_id,
                 const char      *name)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *unit_name = NULL;

  stmt = layanan_database_prepare (self, "SELECT name FROM units WHERE id = ?1", NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, unit_id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        unit_name = column_text (stmt, 0);
    }

  g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_CONSTRAINT,
               _("%s already has a service named “%s”; choose another name"),
               unit_name != NULL ? unit_name : "", name);
}

static gboolean
insert_service (LayananDatabase  *self,
                gint64            unit_id,
                const char       *name,
                gint64           *service_id,
                GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!purge_deleted (self, unit_id, name, error))
    return FALSE;

  stmt = layanan_database_prepare (self,
                                   "INSERT INTO services (unit_id, position, name) "
                                   "VALUES (?1, (SELECT coalesce (max (position), 0) + 1 "
                                   "             FROM services WHERE unit_id = ?1), ?2)",
                                   error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  if (!layanan_database_step_done (self, stmt, error))
    return FALSE;

  *service_id = sqlite3_last_insert_rowid (self->db);
  return TRUE;
}

/* Renames or moves a service; a move puts it last in its new unit. */
static gboolean
update_service (LayananDatabase  *self,
                gint64            service_id,
                gint64            unit_id,
                const char       *name,
                GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!purge_deleted (self, unit_id, name, error))
    return FALSE;

  stmt = layanan_database_prepare (self,
                                   "UPDATE services SET name = ?3, "
                                   "  position = CASE WHEN unit_id = ?2 THEN position ELSE "
                                   "    (SELECT coalesce (max (position), 0) + 1 "
                                   "     FROM services WHERE unit_id = ?2) END, "
                                   "  unit_id = ?2 "
                                   "WHERE id = ?1",
                                   error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, service_id);
  sqlite3_bind_int64 (stmt, 2, unit_id);
  sqlite3_bind_text (stmt, 3, name, -1, SQLITE_TRANSIENT);

  return layanan_database_step_done (self, stmt, error);
}

/* Writes @standard as the latest version of @service_id: replaces a draft,
 * or adds a draft after an established or revoked version. Nothing is
 * written when the content is the same. */
static gboolean
save_content (LayananDatabase  *self,
              gint64            service_id,
              LayananStandard  *standard,
              GError          **error)
{
  g_autoptr(LayananStandard) stored = NULL;
  g_autofree char *old_print = NULL;
  g_autofree char *new_print = NULL;
  LayananStandardStatus status;
  gint64 version_id;

  if (!latest_version (self, service_id, &version_id, &status, error))
    return FALSE;

  stored = layanan_standard_new (layanan_standard_get_name (standard));
  if (!read_version (self, version_id, stored, error))
    return FALSE;
  old_print = fingerprint (stored);
  new_print = fingerprint (standard);
  if (g_str_equal (old_print, new_print))
    return TRUE;

  if (status != LAYANAN_STANDARD_STATUS_DRAFT &&
      !insert_version (self, service_id, &version_id, error))
    return FALSE;

  return write_version (self, version_id, standard, error);
}

/* One service, inside the caller's transaction. @service_id > 0 updates
 * that service; otherwise a service of the same name in the unit is
 * updated when @by_name, and refused as a duplicate when not. */
static gboolean
save_one (LayananDatabase  *self,
          LayananStandard  *standard,
          gint64            service_id,
          gboolean          by_name,
          gint64           *saved_id,
          GError          **error)
{
  g_autofree char *name = NULL;
  gint64 unit_id;
  gint64 other_id;

  if (!validate (standard, error) ||
      !find_unit (self, layanan_standard_get_unit_code (standard), &unit_id, error))
    return FALSE;

  name = g_strstrip (g_strdup (layanan_standard_get_name (standard)));

  if (service_id > 0)
    {
      gint64 version_id;
      LayananStandardStatus status;

      if (!latest_version (self, service_id, &version_id, &status, error) ||
          !find_service (self, unit_id, name, service_id, &other_id, error))
        return FALSE;
      if (other_id != 0)
        {
          duplicate_error (error, self, unit_id, name);
          return FALSE;
        }
      if (!update_service (self, service_id, unit_id, name, error))
        return FALSE;
    }
  else
    {
      gint64 version_id;

      if (!find_service (self, unit_id, name, 0, &other_id, error))
        return FALSE;
      if (other_id != 0 && !by_name)
        {
          duplicate_error (error, self, unit_id, name);
          return FALSE;
        }

      if (other_id != 0)
        service_id = other_id;
      else if (!insert_service (self, unit_id, name, &service_id, error) ||
               !insert_version (self, service_id, &version_id, error))
        return FALSE;
    }

  if (!save_content (self, service_id, standard, error))
    return FALSE;

  *saved_id = service_id;
  return TRUE;
}

/**
 * layanan_database_save_standard:
 * @service_id: (inout) (optional): on input the service to update, or 0 (or
 *   a %NULL pointer) to add a new one; on output the saved service
 *
 * Saves one service's standard in one transaction, under the unit named by
 * its unit code. The latest version is replaced when it is a draft; after
 * an established or revoked version a new draft is added and the old one
 * stays. Refuses an invalid standard and a name another service of the
 * unit already has.
 */
gboolean
layanan_database_save_standard (LayananDatabase  *self,
                                LayananStandard  *standard,
                                gint64           *service_id,
                                GError          **error)
{
  gint64 saved_id = 0;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (LAYANAN_IS_STANDARD (standard), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!layanan_database_begin (self, error))
    return FALSE;
  if (!save_one (self, standard, service_id != NULL ? *service_id : 0, FALSE, &saved_id, error))
    {
      layanan_database_rollback (self);
      return FALSE;
    }
  if (!layanan_database_commit (self, error))
    return FALSE;

  if (service_id != NULL)
    *service_id = saved_id;
  return TRUE;
}

/**
 * layanan_database_save_standards:
 * @standards: (element-type LayananStandard): what an import found
 * @first_id: (out) (optional): the service of the first standard
 *
 * Saves imported standards in one transaction: all or none. A standard
 * whose unit already has a service of that name updates it (a new draft
 * when its standard is established); the others are added in order.
 */
gboolean
layanan_database_save_standards (LayananDatabase  *self,
                                 GPtrArray        *standards,
                                 gint64           *first_id,
                                 GError          **error)
{
  gint64 first = 0;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (standards != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!layanan_database_begin (self, error))
    return FALSE;

  for (guint i = 0; i < standards->len; i++)
    {
      gint64 id;

      if (!save_one (self, g_ptr_array_index (standards, i), 0, TRUE, &id, error))
        {
          layanan_database_rollback (self);
          return FALSE;
        }
      if (i == 0)
        first = id;
    }

  if (!layanan_database_commit (self, error))
    return FALSE;

  if (first_id != NULL)
    *first_id = first;
  return TRUE;
}

/**
 * layanan_database_load_standard:
 *
 * Returns: (transfer full): the latest version of the service's standard,
 *   with its unit's code and name, or %NULL with @error set
 */
LayananStandard *
layanan_database_load_standard (LayananDatabase  *self,
                                gint64            service_id,
                                GError          **error)
{
  g_autoptr(LayananStandard) standard = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean ok, found;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = layanan_database_prepare (self,
                                   "SELECT s.name, u.code, u.name, "
                                   "  (SELECT max (id) FROM standard_versions "
                                   "   WHERE service_id = s.id) "
                                   "FROM services AS s JOIN units AS u ON u.id = s.unit_id "
                                   "WHERE s.id = ?1 AND s.deleted_at IS NULL",
                                   error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, service_id);

  /* One snapshot for the service and all its rows. */
  if (self->transaction_depth == 0 && !layanan_database_exec (self, "BEGIN", error))
    return NULL;

  ok = step_row (self, stmt, &found, error);
  if (ok && !found)
    {
      service_not_found (error, service_id);
      ok = FALSE;
    }
  if (ok)
    {
      standard = layanan_standard_new ((const char *) sqlite3_column_text (stmt, 0));
      layanan_standard_set_unit_code (standard, (const char *) sqlite3_column_text (stmt, 1));
      layanan_standard_set_unit_name (standard, (const char *) sqlite3_column_text (stmt, 2));
      if (sqlite3_column_type (stmt, 3) != SQLITE_NULL)
        ok = read_version (self, sqlite3_column_int64 (stmt, 3), standard, error);
    }
  sqlite3_reset (stmt);

  if (self->transaction_depth == 0)
    sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL);

  if (!ok)
    return NULL;

  return g_steal_pointer (&standard);
}

/* Escapes LIKE's wildcards in what a person typed, and lowers its case as
 * SQLite's lower() does (ASCII), for a case-insensitive match. */
static char *
like_pattern (const char *search)
{
  g_autoptr(GString) pattern = g_string_new ("%");

  for (const char *p = search; *p != '\0'; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (pattern, '\\');
      g_string_append_c (pattern, g_ascii_tolower (*p));
    }
  g_string_append_c (pattern, '%');

  return g_string_free (g_steal_pointer (&pattern), FALSE);
}

/**
 * layanan_database_list_services:
 * @search: (nullable): words to look for, case-insensitively, in the names
 *   and in the components' text and items of the latest versions
 *
 * Returns: (transfer full) (element-type LayananServiceSummary): the
 *   services that are not deleted, by unit (in the order of
 *   layanan_database_list_units()) and then by position
 */
GPtrArray *
layanan_database_list_services (LayananDatabase  *self,
                                const char       *search,
                                GError          **error)
{
  g_autoptr(GPtrArray) services = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *today = today_iso ();
  g_autofree char *stripped = NULL;
  int rc;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = layanan_database_prepare (self,
                                   "WITH RECURSIVE tree (id, root, depth) AS ("
                                   "  SELECT id, id, 0 FROM units WHERE parent_id IS NULL "
                                   "  UNION ALL "
                                   "  SELECT units.id, tree.root, tree.depth + 1 "
                                   "  FROM units JOIN tree ON units.parent_id = tree.id), "
                                   "latest (service_id, version_id) AS ("
                                   "  SELECT service_id, max (id) FROM standard_versions "
                                   "  GROUP BY service_id) "
                                   "SELECT s.id, s.unit_id, u.code, u.name, s.name, v.status, "
                                   "  f.sk_number, v.completion_value, v.completion_unit, "
                                   "  f.next_review_date, "
                                   "  (SELECT count(*) FROM standard_notes AS n "
                                   "   WHERE n.standard_version_id = v.id "
                                   "   AND n.kind = 'review_flag') "
                                   "FROM services AS s "
                                   "JOIN units AS u ON u.id = s.unit_id "
                                   "JOIN tree ON tree.id = u.id "
                                   "LEFT JOIN latest ON latest.service_id = s.id "
                                   "LEFT JOIN standard_versions AS v ON v.id = latest.version_id "
                                   "LEFT JOIN standard_versions AS f "
                                   "  ON f.service_id = s.id AND f.status = 'ditetapkan' "
                                   "WHERE s.deleted_at IS NULL AND (?1 IS NULL "
                                   "  OR lower (s.name) LIKE ?1 ESCAPE '\\' "
                                   "  OR EXISTS (SELECT 1 FROM service_components AS c "
                                   "    WHERE c.standard_version_id = v.id "
                                   "    AND (lower (c.body) LIKE ?1 ESCAPE '\\' "
                                   "      OR EXISTS (SELECT 1 FROM component_items AS i "
                                   "        WHERE i.component_id = c.id "
                                   "        AND lower (i.content) LIKE ?1 ESCAPE '\\')))) "
                                   "ORDER BY tree.root, tree.depth, u.id, s.position, s.id",
                                   error);
  if (stmt == NULL)
    return NULL;

  stripped = search != NULL ? g_strstrip (g_strdup (search)) : NULL;
  if (stripped != NULL && *stripped != '\0')
    {
      g_autofree char *pattern = like_pattern (stripped);

      sqlite3_bind_text (stmt, 1, pattern, -1, SQLITE_TRANSIENT);
    }

  services = g_ptr_array_new_with_free_func ((GDestroyNotify) layanan_service_summary_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LayananServiceSummary *summary = g_new0 (LayananServiceSummary, 1);

      summary->id = sqlite3_column_int64 (stmt, 0);
      summary->unit_id = sqlite3_column_int64 (stmt, 1);
      summary->unit_code = column_text (stmt, 2);
      summary->unit_name = column_text (stmt, 3);
      summary->name = column_text (stmt, 4);
      if (!layanan_standard_status_from_key ((const char *) sqlite3_column_text (stmt, 5),
                                             &summary->status))
        summary->status = LAYANAN_STANDARD_STATUS_DRAFT;
      summary->sk_number = column_text (stmt, 6);
      if (sqlite3_column_type (stmt, 7) != SQLITE_NULL &&
          layanan_duration_unit_from_key ((const char *) sqlite3_column_text (stmt, 8),
                                          &summary->completion_unit))
        {
          summary->has_completion = TRUE;
          summary->completion_value = sqlite3_column_int64 (stmt, 7);
        }
      summary->next_review_date = column_text (stmt, 9);
      summary->review_due = summary->next_review_date != NULL &&
                            strcmp (summary->next_review_date, today) <= 0;
      summary->n_review_flags = sqlite3_column_int (stmt, 10);
      g_ptr_array_add (services, summary);
    }

  if (rc != SQLITE_DONE)
    {
      layanan_database_set_error (error, self->db, rc, self->path);
      return NULL;
    }

  return g_steal_pointer (&services);
}

/**
 * layanan_database_count_services:
 * @include_deleted: whether deleted services (that can still be undone) count
 *
 * Returns: the number of services, or -1 with @error set
 */
gint64
layanan_database_count_services (LayananDatabase  *self,
                                 gboolean          include_deleted,
                                 GError          **error)
{
  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), -1);
  g_return_val_if_fail (error == NULL || *error == NULL, -1);

  return layanan_database_query_int (self,
                                     include_deleted
                                     ? "SELECT count(*) FROM services"
                                     : "SELECT count(*) FROM services WHERE deleted_at IS NULL",
                                     error);
}

/**
 * layanan_database_delete_service:
 * @deleted_copy: (out) (optional) (transfer full): the deleted standard,
 *   for layanan_database_restore_service()
 *
 * Deletes a service from the catalog. It is only marked deleted, with its
 * versions, so that restoring the copy brings back all of it.
 */
gboolean
layanan_database_delete_service (LayananDatabase   *self,
                                 gint64             service_id,
                                 LayananStandard  **deleted_copy,
                                 GError           **error)
{
  g_autoptr(LayananStandard) copy = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = layanan_database_prepare (self,
                                   "UPDATE services SET deleted_at = layanan_now () "
                                   "WHERE id = ?1 AND deleted_at IS NULL",
                                   error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, service_id);

  if (!layanan_database_begin (self, error))
    return FALSE;

  copy = layanan_database_load_standard (self, service_id, error);
  if (copy == NULL || !layanan_database_step_done (self, stmt, error))
    {
      layanan_database_rollback (self);
      return FALSE;
    }

  if (!layanan_database_commit (self, error))
    return FALSE;

  g_object_set_data_full (G_OBJECT (copy), SERVICE_ID_KEY,
                          g_memdup2 (&service_id, sizeof service_id), g_free);
  if (deleted_copy != NULL)
    *deleted_copy = g_steal_pointer (&copy);
  return TRUE;
}

/**
 * layanan_database_restore_service:
 * @copy: what layanan_database_delete_service() gave
 *
 * Undoes a deletion: the service comes back with its versions and SK. When
 * that is no longer possible (another service took its name meanwhile, or
 * @copy was made otherwise) the copy is saved as a new service.
 *
 * Returns: the restored service, or 0 with @error set
 */
gint64
layanan_database_restore_service (LayananDatabase  *self,
                                  LayananStandard  *copy,
                                  GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const gint64 *deleted_id;
  gint64 service_id = 0;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), 0);
  g_return_val_if_fail (LAYANAN_IS_STANDARD (copy), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  deleted_id = g_object_get_data (G_OBJECT (copy), SERVICE_ID_KEY);
  if (deleted_id != NULL)
    {
      /* Not when a live service has taken its name meanwhile. */
      stmt = layanan_database_prepare (self,
                                       "UPDATE services SET deleted_at = NULL "
                                       "WHERE id = ?1 AND deleted_at IS NOT NULL "
                                       "AND NOT EXISTS (SELECT 1 FROM services AS other "
                                       "  WHERE other.unit_id = services.unit_id "
                                       "  AND lower (other.name) = lower (services.name) "
                                       "  AND other.deleted_at IS NULL)",
                                       error);
      if (stmt == NULL)
        return 0;
      sqlite3_bind_int64 (stmt, 1, *deleted_id);

      if (!layanan_database_begin (self, error))
        return 0;
      if (!layanan_database_step_done (self, stmt, error))
        {
          layanan_database_rollback (self);
          return 0;
        }
      if (sqlite3_changes (self->db) == 1)
        service_id = *deleted_id;
      if (!layanan_database_commit (self, error))
        return 0;
    }

  if (service_id == 0 && !layanan_database_save_standard (self, copy, &service_id, error))
    return 0;

  return service_id;
}

/* Versions */

#define SETTING_REVIEW_INTERVAL_MONTHS "standard_review_interval_months"
#define MAX_REVIEW_INTERVAL_MONTHS 120

int
layanan_database_get_review_interval_months (LayananDatabase *self)
{
  g_autofree char *value = NULL;
  gint64 months;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), DEFAULT_REVIEW_INTERVAL_MONTHS);

  value = layanan_database_get_setting (self, SETTING_REVIEW_INTERVAL_MONTHS);
  if (value == NULL
      || !g_ascii_string_to_signed (value, 10, 1, MAX_REVIEW_INTERVAL_MONTHS, &months, NULL))
    return DEFAULT_REVIEW_INTERVAL_MONTHS;

  return months;
}

/**
 * layanan_database_set_review_interval_months:
 *
 * Sets how many months after its SK an established standard is due for
 * review; it applies to standards established from now on. Writes (and
 * audits) only a real change.
 */
gboolean
layanan_database_set_review_interval_months (LayananDatabase  *self,
                                             int               months,
                                             GError          **error)
{
  g_autofree char *value = NULL;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (months < 1 || months > MAX_REVIEW_INTERVAL_MONTHS)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("The review interval must be between 1 and %d months, not %d"),
                   MAX_REVIEW_INTERVAL_MONTHS, months);
      return FALSE;
    }

  value = g_strdup_printf ("%d", months);
  return layanan_database_set_setting (self, SETTING_REVIEW_INTERVAL_MONTHS, value, error);
}

static gboolean
set_established (LayananDatabase  *self,
                 gint64            service_id,
                 gint64            version_id,
                 const char       *sk_number,
                 const char       *sk_date,
                 GError          **error)
{
  g_autoptr(sqlite3_stmt) revoke = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *next_review = NULL;
  GDate date;

  if (sk_number == NULL || *sk_number == '\0')
    {
      g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                           _("A standard is established by an SK: give its number"));
      return FALSE;
    }
  if (sk_date == NULL || !layanan_date_parse_iso (sk_date, &date, NULL))
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("The date of the SK “%s” is not a date (write YYYY-MM-DD)"),
                   sk_date != NULL ? sk_date : "");
      return FALSE;
    }

  g_date_add_months (&date, layanan_database_get_review_interval_months (self));
  next_review = layanan_date_format_iso (&date);

  /* The one in force before is revoked by the new SK. */
  revoke = layanan_database_prepare (self,
                                     "UPDATE standard_versions SET status = 'dicabut' "
                                     "WHERE service_id = ?1 AND id <> ?2 "
                                     "AND status = 'ditetapkan'",
                                     error);
  stmt = layanan_database_prepare (self,
                                   "UPDATE standard_versions SET status = 'ditetapkan', "
                                   "  sk_number = ?2, sk_date = ?3, last_review_date = ?3, "
                                   "  next_review_date = ?4 "
                                   "WHERE id = ?1",
                                   error);
  if (revoke == NULL || stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (revoke, 1, service_id);
  sqlite3_bind_int64 (revoke, 2, version_id);
  sqlite3_bind_int64 (stmt, 1, version_id);
  sqlite3_bind_text (stmt, 2, sk_number, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, sk_date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, next_review, -1, SQLITE_TRANSIENT);

  return layanan_database_step_done (self, revoke, error) &&
         layanan_database_step_done (self, stmt, error);
}

/**
 * layanan_database_set_standard_status:
 * @sk_number: (nullable): the SK that establishes it; needed for
 *   %LAYANAN_STANDARD_STATUS_DITETAPKAN
 * @sk_date: (nullable): its date, YYYY-MM-DD
 *
 * Establishing sets the latest version in force (the one before is
 * revoked), with the SK date as last review and the next review a year (the
 * setting standard_review_interval_months) later; establishing it again
 * corrects the SK. Revoking ends the version in force. A standard that was
 * established cannot become a draft again: editing it makes a new draft.
 */
gboolean
layanan_database_set_standard_status (LayananDatabase        *self,
                                      gint64                  service_id,
                                      LayananStandardStatus   status,
                                      const char             *sk_number,
                                      const char             *sk_date,
                                      GError                **error)
{
  LayananStandardStatus current;
  gint64 version_id;
  gboolean ok = TRUE;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (status <= LAYANAN_STANDARD_STATUS_DICABUT, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!layanan_database_begin (self, error))
    return FALSE;

  if (!latest_version (self, service_id, &version_id, &current, error))
    {
      layanan_database_rollback (self);
      return FALSE;
    }

  switch (status)
    {
    case LAYANAN_STANDARD_STATUS_DITETAPKAN:
      if (current == LAYANAN_STANDARD_STATUS_DICABUT)
        {
          g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                               _("A revoked standard cannot be established again; edit it to "
                                 "make a new draft"));
          ok = FALSE;
        }
      else
        {
          ok = set_established (self, service_id, version_id, sk_number, sk_date, error);
        }
      break;

    case LAYANAN_STANDARD_STATUS_DICABUT:
      {
        g_autoptr(sqlite3_stmt) stmt = NULL;

        stmt = layanan_database_prepare (self,
                                         "UPDATE standard_versions SET status = 'dicabut' "
                                         "WHERE service_id = ?1 AND status = 'ditetapkan'",
                                         error);
        ok = stmt != NULL;
        if (ok)
          {
            sqlite3_bind_int64 (stmt, 1, service_id);
            ok = layanan_database_step_done (self, stmt, error);
          }
        if (ok && sqlite3_changes (self->db) == 0)
          {
            g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                                 _("The service has no established standard to revoke"));
            ok = FALSE;
          }
      }
      break;

    case LAYANAN_STANDARD_STATUS_DRAFT:
    default:
      if (current != LAYANAN_STANDARD_STATUS_DRAFT)
        {
          g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                               _("An established or revoked standard cannot become a draft "
                                 "again; edit it to make a new draft"));
          ok = FALSE;
        }
      break;
    }

  if (!ok)
    {
      layanan_database_rollback (self);
      return FALSE;
    }

  return layanan_database_commit (self, error);
}

/**
 * layanan_database_list_versions:
 *
 * Returns: (transfer full) (element-type LayananStandardVersion): the
 *   versions of the service, newest first
 */
GPtrArray *
layanan_database_list_versions (LayananDatabase  *self,
                                gint64            service_id,
                                GError          **error)
{
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = layanan_database_prepare (self,
                                   "SELECT id, status, sk_number, sk_date, last_review_date, "
                                   "  next_review_date "
                                   "FROM standard_versions WHERE service_id = ?1 "
                                   "ORDER BY id DESC",
                                   error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, service_id);

  versions = g_ptr_array_new_with_free_func ((GDestroyNotify) layanan_standard_version_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LayananStandardVersion *version = g_new0 (LayananStandardVersion, 1);

      version->id = sqlite3_column_int64 (stmt, 0);
      if (!layanan_standard_status_from_key ((const char *) sqlite3_column_text (stmt, 1),
                                             &version->status))
        version->status = LAYANAN_STANDARD_STATUS_DRAFT;
      version->sk_number = column_text (stmt, 2);
      version->sk_date = column_text (stmt, 3);
      version->last_review_date = column_text (stmt, 4);
      version->next_review_date = column_text (stmt, 5);
      g_ptr_array_add (versions, version);
    }

  if (rc != SQLITE_DONE)
    {
      layanan_database_set_error (error, self->db, rc, self->path);
      return NULL;
    }

  if (versions->len == 0)
    {
      service_not_found (error, service_id);
      return NULL;
    }

  return g_steal_pointer (&versions);
}

/* Maklumat pelayanan */

/**
 * layanan_database_get_maklumat:
 *
 * Returns: (transfer full): the unit's maklumat pelayanan, or %NULL with
 *   %LAYANAN_ERROR_NOT_FOUND when it has none yet
 */
LayananMaklumat *
layanan_database_get_maklumat (LayananDatabase  *self,
                               const char       *unit_code,
                               GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  LayananMaklumat *maklumat;
  gboolean found;
  gint64 unit_id;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!find_unit (self, unit_code, &unit_id, error))
    return NULL;

  stmt = layanan_database_prepare (self,
                                   "SELECT body, date, place, signatory FROM maklumat "
                                   "WHERE unit_id = ?1",
                                   error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  if (!step_row (self, stmt, &found, error))
    return NULL;
  if (!found)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND,
                   _("The unit “%s” has no maklumat pelayanan yet"), unit_code);
      return NULL;
    }

  maklumat = g_new0 (LayananMaklumat, 1);
  maklumat->text = column_text (stmt, 0);
  maklumat->date = column_text (stmt, 1);
  maklumat->place = column_text (stmt, 2);
  maklumat->signatory = column_text (stmt, 3);

  return maklumat;
}

/**
 * layanan_database_set_maklumat:
 *
 * Stores the unit's maklumat pelayanan (text, date, place, signatory),
 * writing (and auditing) only a real change.
 */
gboolean
layanan_database_set_maklumat (LayananDatabase        *self,
                               const char             *unit_code,
                               const LayananMaklumat  *maklumat,
                               GError                **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GDate date;
  gint64 unit_id;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (maklumat != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (maklumat->text == NULL || *maklumat->text == '\0')
    {
      g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                           _("The maklumat pelayanan has no text"));
      return FALSE;
    }
  if (maklumat->date != NULL && *maklumat->date != '\0' &&
      !layanan_date_parse_iso (maklumat->date, &date, NULL))
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("The date of the maklumat pelayanan “%s” is not a date (write YYYY-MM-DD)"),
                   maklumat->date);
      return FALSE;
    }

  if (!find_unit (self, unit_code, &unit_id, error))
    return FALSE;

  stmt = layanan_database_prepare (self,
                                   "INSERT INTO maklumat (unit_id, body, date, place, signatory) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5) "
                                   "ON CONFLICT (unit_id) DO UPDATE SET body = excluded.body, "
                                   "  date = excluded.date, place = excluded.place, "
                                   "  signatory = excluded.signatory "
                                   "WHERE maklumat.body IS NOT excluded.body "
                                   "  OR maklumat.date IS NOT excluded.date "
                                   "  OR maklumat.place IS NOT excluded.place "
                                   "  OR maklumat.signatory IS NOT excluded.signatory",
                                   error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  sqlite3_bind_text (stmt, 2, maklumat->text, -1, SQLITE_TRANSIENT);
  layanan_database_bind_text_or_null (stmt, 3, maklumat->date);
  layanan_database_bind_text_or_null (stmt, 4, maklumat->place);
  layanan_database_bind_text_or_null (stmt, 5, maklumat->signatory);

  if (!layanan_database_begin (self, error))
    return FALSE;
  if (!layanan_database_step_done (self, stmt, error))
    {
      layanan_database_rollback (self);
      return FALSE;
    }

  return layanan_database_commit (self, error);
}
