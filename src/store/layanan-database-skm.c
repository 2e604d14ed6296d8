/* layanan-database-skm.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-database"

#include "config.h"

#include "layanan-database.h"

#include <glib/gi18n.h>

#include "layanan-database-private.h"
#include "layanan-date.h"
#include "layanan-error.h"
#include "layanan-skm.h"

/* The Survei Kepuasan Masyarakat (DOMAIN.md §1): survey periods per unit,
 * their questionnaires and the Rencana Tindak Lanjut. An answer is a row
 * keyed by its unsur's code (skm_answers); the questionnaire order comes
 * from skm_unsur.position, so answers[i] of a LayananSkmResponse is the
 * answer to the i-th unsur by position, and a blank answer has no row. */

/* Helpers */

/* A macro, not a function, so that the compiler checks @format. */
#define set_not_found(error, format, id) \
  G_STMT_START { \
    g_autofree char *number_ = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) (id)); \
    g_set_error ((error), LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND, (format), number_); \
  } G_STMT_END

/* An ISO date, normalised to YYYY-MM-DD; @field names it in the message. */
static gboolean
normalise_date (const char  *text,
                const char  *field,
                char       **normalised,
                GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  GDate date;

  if (layanan_database_text_is_blank (text))
    {
      /* Translators: %s is a field ("start date") */
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT, _("%s: missing"), field);
      return FALSE;
    }

  if (!layanan_date_parse_iso (text, &date, &local_error))
    {
      /* Translators: a field ("start date"), then the date parser's message */
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT, _("%s: %s"), field,
                   local_error->message);
      return FALSE;
    }

  *normalised = layanan_date_format_iso (&date);
  return TRUE;
}

/* The unsur codes in questionnaire order, and their positions. */
typedef struct
{
  guint   n_unsur;
  char   *codes[LAYANAN_SKM_MAX_UNSUR];
  int     positions[LAYANAN_SKM_MAX_UNSUR];
} UnsurOrder;

static void
unsur_order_clear (UnsurOrder *order)
{
  for (guint i = 0; i < order->n_unsur; i++)
    g_free (order->codes[i]);
  order->n_unsur = 0;
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (UnsurOrder, unsur_order_clear)

static gboolean
unsur_order_load (LayananDatabase  *self,
                  UnsurOrder       *order,
                  GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = layanan_database_prepare (self, "SELECT code, position FROM skm_unsur "
                                         "ORDER BY position", error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (order->n_unsur == LAYANAN_SKM_MAX_UNSUR)
        {
          g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                       _("The SKM questionnaire has more than %d unsur"), LAYANAN_SKM_MAX_UNSUR);
          return FALSE;
        }
      order->codes[order->n_unsur] = layanan_database_column_text (stmt, 0);
      order->positions[order->n_unsur] = sqlite3_column_int (stmt, 1);
      order->n_unsur++;
    }
  if (rc != SQLITE_DONE)
    return layanan_database_step_error (self, rc, error);

  if (order->n_unsur == 0)
    {
      g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND,
                           _("The SKM unsur are not loaded: load the reference data first"));
      return FALSE;
    }

  return TRUE;
}

/* The index in questionnaire order of the unsur at @position; -1 when none. */
static int
unsur_order_index (const UnsurOrder *order,
                   int               position)
{
  for (guint i = 0; i < order->n_unsur; i++)
    if (order->positions[i] == position)
      return i;
  return -1;
}

/* Unsur and grades */

static LayananSkmUnsur *
read_unsur (sqlite3_stmt *stmt)
{
  LayananSkmUnsur *unsur = g_new0 (LayananSkmUnsur, 1);

  unsur->code = layanan_database_column_text (stmt, 0);
  unsur->position = sqlite3_column_int (stmt, 1);
  unsur->name = layanan_database_column_text (stmt, 2);
  unsur->question = layanan_database_column_text (stmt, 3);
  for (guint i = 0; i < G_N_ELEMENTS (unsur->labels); i++)
    unsur->labels[i] = layanan_database_column_text (stmt, 4 + i);
  return unsur;
}

/**
 * layanan_database_list_skm_unsur:
 *
 * Returns: (transfer full) (element-type LayananSkmUnsur): the unsur in
 *   questionnaire order
 */
GPtrArray *
layanan_database_list_skm_unsur (LayananDatabase  *self,
                                 GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = layanan_database_prepare (self,
                                   "SELECT code, position, name, question, label_1, label_2, "
                                   "  label_3, label_4 FROM skm_unsur ORDER BY position",
                                   error);
  if (stmt == NULL)
    return NULL;

  return layanan_database_read_rows (self, stmt, (LayananReadRowFunc) read_unsur,
                                     (GDestroyNotify) layanan_skm_unsur_free, error);
}

static LayananSkmGrade *
read_grade (sqlite3_stmt *stmt)
{
  LayananSkmGrade *grade = g_new0 (LayananSkmGrade, 1);
  const char *mutu = (const char *) sqlite3_column_text (stmt, 0);

  grade->mutu = mutu != NULL ? mutu[0] : '?';
  grade->nilai_persepsi = sqlite3_column_int (stmt, 1);
  grade->min_score = sqlite3_column_double (stmt, 2);
  grade->max_score = sqlite3_column_double (stmt, 3);
  grade->kinerja = layanan_database_column_text (stmt, 4);
  return grade;
}

/**
 * layanan_database_list_skm_grades:
 *
 * Returns: (transfer full) (element-type LayananSkmGrade): the grade table,
 *   best grade first
 */
GPtrArray *
layanan_database_list_skm_grades (LayananDatabase  *self,
                                  GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = layanan_database_prepare (self,
                                   "SELECT mutu, nilai_persepsi, min_score, max_score, kinerja "
                                   "FROM skm_grades ORDER BY min_score DESC",
                                   error);
  if (stmt == NULL)
    return NULL;

  return layanan_database_read_rows (self, stmt, (LayananReadRowFunc) read_grade,
                                     (GDestroyNotify) layanan_skm_grade_free, error);
}

/* Periods */

static const char * const period_kind_keys[] = {
  [LAYANAN_SKM_PERIOD_TRIWULAN] = "triwulan",
  [LAYANAN_SKM_PERIOD_SEMESTER] = "semester",
  [LAYANAN_SKM_PERIOD_TAHUNAN] = "tahunan",
  [LAYANAN_SKM_PERIOD_CUSTOM] = "custom",
};

static LayananSkmPeriodKind
period_kind_from_key (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (period_kind_keys); i++)
    if (g_strcmp0 (key, period_kind_keys[i]) == 0)
      return i;
  return LAYANAN_SKM_PERIOD_CUSTOM;
}

#define PERIOD_COLUMNS "id, unit_id, name, kind, date_from, date_to, population"

static LayananSkmPeriod *
read_period (sqlite3_stmt *stmt)
{
  LayananSkmPeriod *period = g_new0 (LayananSkmPeriod, 1);

  period->id = sqlite3_column_int64 (stmt, 0);
  period->unit_id = sqlite3_column_int64 (stmt, 1);
  period->name = layanan_database_column_text (stmt, 2);
  period->kind = period_kind_from_key ((const char *) sqlite3_column_text (stmt, 3));
  period->date_from = layanan_database_column_text (stmt, 4);
  period->date_to = layanan_database_column_text (stmt, 5);
  period->population = sqlite3_column_int (stmt, 6);
  return period;
}

/**
 * layanan_database_list_skm_periods:
 *
 * Returns: (transfer full) (element-type LayananSkmPeriod): the unit's
 *   periods, the latest start first
 */
GPtrArray *
layanan_database_list_skm_periods (LayananDatabase  *self,
                                   gint64            unit_id,
                                   GError          **error)
{
  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return layanan_database_list_by_id (self,
                                      "SELECT " PERIOD_COLUMNS " FROM skm_periods "
                                      "WHERE unit_id = ?1 ORDER BY date_from DESC, id DESC",
                                      unit_id, (LayananReadRowFunc) read_period,
                                      (GDestroyNotify) layanan_skm_period_free, error);
}

/**
 * layanan_database_find_skm_period:
 *
 * Returns: (transfer full) (nullable): the unit's period called @name, or
 *   %NULL with no error when there is none
 */
LayananSkmPeriod *
layanan_database_find_skm_period (LayananDatabase  *self,
                                  gint64            unit_id,
                                  const char       *name,
                                  GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean found;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = layanan_database_prepare (self,
                                   "SELECT " PERIOD_COLUMNS " FROM skm_periods "
                                   "WHERE unit_id = ?1 AND name = ?2",
                                   error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, unit_id);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  if (!layanan_database_step_one (self, stmt, &found, error) || !found)
    return NULL;

  return read_period (stmt);
}

static gboolean
load_period (LayananDatabase   *self,
             gint64             id,
             LayananSkmPeriod **period,
             GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean found;

  stmt = layanan_database_prepare (self,
                                   "SELECT " PERIOD_COLUMNS " FROM skm_periods WHERE id = ?1",
                                   error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!layanan_database_step_one (self, stmt, &found, error))
    return FALSE;
  if (!found)
    {
      set_not_found (error, _("There is no SKM survey period number %s"), id);
      return FALSE;
    }

  *period = read_period (stmt);
  return TRUE;
}

/* Whether another period of the unit already has the name. */
static gboolean
check_period_name_free (LayananDatabase         *self,
                        const LayananSkmPeriod  *period,
                        const char              *name,
                        GError                 **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean found;

  stmt = layanan_database_prepare (self,
                                   "SELECT 1 FROM skm_periods "
                                   "WHERE unit_id = ?1 AND name = ?2 AND id IS NOT ?3",
                                   error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, period->unit_id);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, period->id);
  if (!layanan_database_step_one (self, stmt, &found, error))
    return FALSE;
  if (found)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_CONSTRAINT,
                   _("The unit already has an SKM survey period named “%s”"), name);
      return FALSE;
    }

  return TRUE;
}

/* A changed period must still hold every questionnaire entered in it. */
static gboolean
check_responses_inside (LayananDatabase  *self,
                        gint64            period_id,
                        const char       *date_from,
                        const char       *date_to,
                        GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean found;

  stmt = layanan_database_prepare (self,
                                   "SELECT count(*), min (date), max (date) FROM skm_responses "
                                   "WHERE period_id = ?1 AND (date < ?2 OR date > ?3) "
                                   "HAVING count(*) > 0",
                                   error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, period_id);
  sqlite3_bind_text (stmt, 2, date_from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, date_to, -1, SQLITE_TRANSIENT);
  if (!layanan_database_step_one (self, stmt, &found, error))
    return FALSE;
  if (found)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   /* Translators: a count of questionnaires, then their first and last date */
                   _("%d questionnaires of the period are dated outside the new dates "
                     "(%s to %s)"),
                   sqlite3_column_int (stmt, 0), sqlite3_column_text (stmt, 1),
                   sqlite3_column_text (stmt, 2));
      return FALSE;
    }

  return TRUE;
}

static gboolean
write_period (LayananDatabase         *self,
              const LayananSkmPeriod  *period,
              const char              *name,
              const char              *date_from,
              const char              *date_to,
              gint64                  *id,
              GError                 **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!check_period_name_free (self, period, name, error))
    return FALSE;

  if (period->id == 0)
    stmt = layanan_database_prepare (self,
                                     "INSERT INTO skm_periods (unit_id, name, kind, date_from, "
                                     "  date_to, population) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                     error);
  else
    stmt = layanan_database_prepare (self,
                                     "UPDATE skm_periods SET unit_id = ?1, name = ?2, kind = ?3, "
                                     "  date_from = ?4, date_to = ?5, population = ?6 "
                                     "WHERE id = ?7",
                                     error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, period->unit_id);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, period_kind_keys[period->kind], -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, date_from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, date_to, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 6, period->population);
  if (period->id != 0)
    {
      sqlite3_bind_int64 (stmt, 7, period->id);
      if (!check_responses_inside (self, period->id, date_from, date_to, error))
        return FALSE;
    }

  if (!layanan_database_step_done (self, stmt, error))
    return FALSE;

  if (period->id == 0)
    {
      *id = sqlite3_last_insert_rowid (layanan_database_get_handle (self));
    }
  else if (sqlite3_changes (layanan_database_get_handle (self)) == 0)
    {
      set_not_found (error, _("There is no SKM survey period number %s"), period->id);
      return FALSE;
    }
  else
    {
      *id = period->id;
    }

  return TRUE;
}

/**
 * layanan_database_save_skm_period:
 *
 * Adds @period when its id is 0, or changes it, and sets its id and its
 * name and dates as stored (trimmed, YYYY-MM-DD). Refuses a blank name, a
 * name the unit already uses, a start after the end, and new dates that
 * would leave questionnaires of the period outside.
 */
gboolean
layanan_database_save_skm_period (LayananDatabase   *self,
                                  LayananSkmPeriod  *period,
                                  GError           **error)
{
  g_autofree char *name = NULL;
  g_autofree char *date_from = NULL;
  g_autofree char *date_to = NULL;
  gint64 id = 0;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (period != NULL, FALSE);
  g_return_val_if_fail ((guint) period->kind < G_N_ELEMENTS (period_kind_keys), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (layanan_database_text_is_blank (period->name))
    {
      g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                           _("An SKM survey period needs a name"));
      return FALSE;
    }
  name = g_strstrip (g_strdup (period->name));

  /* Translators: fields of an SKM survey period */
  if (!normalise_date (period->date_from, _("Start date"), &date_from, error) ||
      !normalise_date (period->date_to, _("End date"), &date_to, error))
    return FALSE;
  if (strcmp (date_from, date_to) > 0)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("The SKM survey period “%s” starts (%s) after it ends (%s)"),
                   name, date_from, date_to);
      return FALSE;
    }

  if (!layanan_database_begin (self, error))
    return FALSE;
  if (!layanan_database_end (self,
                             write_period (self, period, name, date_from, date_to, &id, error),
                             error))
    return FALSE;

  period->id = id;
  g_free (period->name);
  period->name = g_steal_pointer (&name);
  g_free (period->date_from);
  period->date_from = g_steal_pointer (&date_from);
  g_free (period->date_to);
  period->date_to = g_steal_pointer (&date_to);
  return TRUE;
}

void
layanan_skm_period_free (LayananSkmPeriod *period)
{
  if (period == NULL)
    return;
  g_free (period->name);
  g_free (period->date_from);
  g_free (period->date_to);
  g_free (period);
}

/* Responses */

/* What writing questionnaires needs: the statements, prepared once for a
 * batch, the questionnaire order, and the last period seen (a batch is
 * nearly always one period). */
typedef struct
{
  LayananDatabase   *database;
  UnsurOrder         order;
  LayananSkmPeriod  *period;
  sqlite3_stmt      *insert_response;
  sqlite3_stmt      *update_response;
  sqlite3_stmt      *set_answer;
  sqlite3_stmt      *clear_answer;
  sqlite3_stmt      *find_service;
} Writer;

static void
writer_clear (Writer *writer)
{
  unsur_order_clear (&writer->order);
  g_clear_pointer (&writer->period, layanan_skm_period_free);
  g_clear_pointer (&writer->insert_response, sqlite3_finalize);
  g_clear_pointer (&writer->update_response, sqlite3_finalize);
  g_clear_pointer (&writer->set_answer, sqlite3_finalize);
  g_clear_pointer (&writer->clear_answer, sqlite3_finalize);
  g_clear_pointer (&writer->find_service, sqlite3_finalize);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Writer, writer_clear)

#define RESPONSE_VALUES "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8"

static gboolean
writer_prepare (LayananDatabase  *self,
                Writer           *writer,
                GError          **error)
{
  writer->database = self;
  if (!unsur_order_load (self, &writer->order, error))
    return FALSE;

  writer->insert_response = layanan_database_prepare (
    self,
    "INSERT INTO skm_responses (period_id, date, service_id, sex, age, education, occupation, "
    "  suggestion, created_at) VALUES (" RESPONSE_VALUES ", layanan_now ())",
    error);
  if (writer->insert_response == NULL)
    return FALSE;
  writer->update_response = layanan_database_prepare (
    self,
    "UPDATE skm_responses SET period_id = ?1, date = ?2, service_id = ?3, sex = ?4, age = ?5, "
    "  education = ?6, occupation = ?7, suggestion = ?8 WHERE id = ?9",
    error);
  if (writer->update_response == NULL)
    return FALSE;
  /* Only a changed answer is written, so the audit log shows what changed. */
  writer->set_answer = layanan_database_prepare (
    self,
    "INSERT INTO skm_answers (response_id, unsur_code, value) VALUES (?1, ?2, ?3) "
    "ON CONFLICT (response_id, unsur_code) DO UPDATE SET value = excluded.value "
    "WHERE skm_answers.value IS NOT excluded.value",
    error);
  if (writer->set_answer == NULL)
    return FALSE;
  writer->clear_answer = layanan_database_prepare (
    self, "DELETE FROM skm_answers WHERE response_id = ?1 AND unsur_code = ?2", error);
  if (writer->clear_answer == NULL)
    return FALSE;
  writer->find_service = layanan_database_prepare (
    self, "SELECT 1 FROM services WHERE id = ?1", error);
  return writer->find_service != NULL;
}

static gboolean
writer_check_service (Writer   *writer,
                      gint64    service_id,
                      GError  **error)
{
  gboolean found;

  if (service_id == 0)
    return TRUE;

  sqlite3_bind_int64 (writer->find_service, 1, service_id);
  if (!layanan_database_step_one (writer->database, writer->find_service, &found, error))
    return FALSE;
  sqlite3_reset (writer->find_service);
  if (!found)
    {
      set_not_found (error, _("There is no service number %s"), service_id);
      return FALSE;
    }

  return TRUE;
}

/* The questionnaire's date, normalised, inside its period. */
static gboolean
writer_check_date (Writer                    *writer,
                   const LayananSkmResponse  *response,
                   char                     **date,
                   GError                   **error)
{
  LayananSkmPeriod *period;

  if (writer->period == NULL || writer->period->id != response->period_id)
    {
      g_clear_pointer (&writer->period, layanan_skm_period_free);
      if (!load_period (writer->database, response->period_id, &writer->period, error))
        return FALSE;
    }
  period = writer->period;

  /* Translators: a field of an SKM questionnaire */
  if (!normalise_date (response->date, _("Date"), date, error))
    return FALSE;
  if (strcmp (*date, period->date_from) < 0 || strcmp (*date, period->date_to) > 0)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   /* Translators: a date, then the period's name and its dates */
                   _("the date %s is outside the survey period “%s” (%s to %s)"),
                   *date, period->name, period->date_from, period->date_to);
      return FALSE;
    }

  return TRUE;
}

static gboolean
writer_check (Writer                    *writer,
              const LayananSkmResponse  *response,
              char                     **date,
              GError                   **error)
{
  for (guint i = writer->order.n_unsur; i < LAYANAN_SKM_MAX_UNSUR; i++)
    if (response->answers[i] != 0)
      {
        g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                     _("an answer to unsur %u, but the questionnaire has %u"), i + 1,
                     writer->order.n_unsur);
        return FALSE;
      }

  return layanan_skm_response_validate (response, writer->order.n_unsur, error) &&
         writer_check_date (writer, response, date, error) &&
         writer_check_service (writer, response->service_id, error);
}

static void
bind_response (sqlite3_stmt              *stmt,
               const LayananSkmResponse  *response,
               const char                *date)
{
  sqlite3_bind_int64 (stmt, 1, response->period_id);
  sqlite3_bind_text (stmt, 2, date, -1, SQLITE_TRANSIENT);
  layanan_database_bind_id_or_null (stmt, 3, response->service_id);
  switch (response->sex)
    {
    case LAYANAN_SKM_SEX_LAKI_LAKI:
      sqlite3_bind_text (stmt, 4, "L", -1, SQLITE_STATIC);
      break;
    case LAYANAN_SKM_SEX_PEREMPUAN:
      sqlite3_bind_text (stmt, 4, "P", -1, SQLITE_STATIC);
      break;
    case LAYANAN_SKM_SEX_UNKNOWN:
    default:
      sqlite3_bind_null (stmt, 4);
      break;
    }
  if (response->age > 0)
    sqlite3_bind_int (stmt, 5, response->age);
  else
    sqlite3_bind_null (stmt, 5);
  layanan_database_bind_text_or_null (stmt, 6, response->education);
  layanan_database_bind_text_or_null (stmt, 7, response->occupation);
  layanan_database_bind_text_or_null (stmt, 8, response->suggestion);
}

static gboolean
writer_write_answers (Writer                    *writer,
                      const LayananSkmResponse  *response,
                      gint64                     id,
                      GError                   **error)
{
  for (guint i = 0; i < writer->order.n_unsur; i++)
    {
      sqlite3_stmt *stmt = response->answers[i] != 0 ? writer->set_answer : writer->clear_answer;

      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_text (stmt, 2, writer->order.codes[i], -1, SQLITE_STATIC);
      if (response->answers[i] != 0)
        sqlite3_bind_int (stmt, 3, response->answers[i]);
      if (!layanan_database_step_done (writer->database, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
writer_insert (Writer                    *writer,
               const LayananSkmResponse  *response,
               gint64                    *id,
               GError                   **error)
{
  g_autofree char *date = NULL;

  if (!writer_check (writer, response, &date, error))
    return FALSE;

  bind_response (writer->insert_response, response, date);
  if (!layanan_database_step_done (writer->database, writer->insert_response, error))
    return FALSE;

  *id = sqlite3_last_insert_rowid (layanan_database_get_handle (writer->database));
  return writer_write_answers (writer, response, *id, error);
}

/**
 * layanan_database_add_skm_responses:
 * @responses: (element-type LayananSkmResponse): in entry order
 *
 * Saves questionnaires in one transaction: all of them, or (on an error or
 * cancellation) none, and then no id of @responses is set. An error names
 * the questionnaire by its position in @responses: "Response 12: …".
 */
gboolean
layanan_database_add_skm_responses (LayananDatabase  *self,
                                    GPtrArray        *responses,
                                    GCancellable     *cancellable,
                                    GError          **error)
{
  g_auto(Writer) writer = { 0 };
  g_autofree gint64 *ids = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (responses != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!writer_prepare (self, &writer, error))
    return FALSE;
  if (!layanan_database_begin (self, error))
    return FALSE;

  ids = g_new0 (gint64, responses->len);
  for (guint i = 0; i < responses->len; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          layanan_database_rollback (self);
          return FALSE;
        }

      if (!writer_insert (&writer, g_ptr_array_index (responses, i), &ids[i], &local_error))
        {
          /* Translators: a questionnaire's position in an entry or import, then what is wrong */
          g_set_error (error, LAYANAN_ERROR, local_error->code, _("Response %u: %s"), i + 1,
                       local_error->message);
          layanan_database_rollback (self);
          return FALSE;
        }
    }

  if (!layanan_database_commit (self, error))
    return FALSE;

  for (guint i = 0; i < responses->len; i++)
    ((LayananSkmResponse *) g_ptr_array_index (responses, i))->id = ids[i];
  return TRUE;
}

static gboolean
writer_update (Writer                    *writer,
               const LayananSkmResponse  *response,
               GError                   **error)
{
  g_autofree char *date = NULL;

  if (!writer_check (writer, response, &date, error))
    return FALSE;

  bind_response (writer->update_response, response, date);
  sqlite3_bind_int64 (writer->update_response, 9, response->id);
  if (!layanan_database_step_done (writer->database, writer->update_response, error))
    return FALSE;
  if (sqlite3_changes (layanan_database_get_handle (writer->database)) == 0)
    {
      set_not_found (error, _("There is no SKM questionnaire number %s"), response->id);
      return FALSE;
    }

  return writer_write_answers (writer, response, response->id, error);
}

/**
 * layanan_database_update_skm_response:
 *
 * Changes a saved questionnaire (its period, date, profile, answers and
 * saran), checked as when it was added.
 */
gboolean
layanan_database_update_skm_response (LayananDatabase           *self,
                                      const LayananSkmResponse  *response,
                                      GError                   **error)
{
  g_auto(Writer) writer = { 0 };

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (response != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!writer_prepare (self, &writer, error))
    return FALSE;
  if (!layanan_database_begin (self, error))
    return FALSE;

  return layanan_database_end (self, writer_update (&writer, response, error), error);
}

gboolean
layanan_database_delete_skm_response (LayananDatabase  *self,
                                      gint64            id,
                                      GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean deleted;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = layanan_database_prepare (self, "DELETE FROM skm_responses WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!layanan_database_begin (self, error))
    return FALSE;
  deleted = layanan_database_step_done (self, stmt, error);
  if (deleted && sqlite3_changes (layanan_database_get_handle (self)) == 0)
    {
      set_not_found (error, _("There is no SKM questionnaire number %s"), id);
      deleted = FALSE;
    }

  return layanan_database_end (self, deleted, error);
}

/**
 * layanan_database_count_skm_responses:
 *
 * Returns: the questionnaires of the period, or -1 on an error
 */
gint64
layanan_database_count_skm_responses (LayananDatabase  *self,
                                      gint64            period_id,
                                      GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean found;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), -1);
  g_return_val_if_fail (error == NULL || *error == NULL, -1);

  stmt = layanan_database_prepare (self,
                                   "SELECT count(*) FROM skm_responses WHERE period_id = ?1",
                                   error);
  if (stmt == NULL)
    return -1;

  sqlite3_bind_int64 (stmt, 1, period_id);
  if (!layanan_database_step_one (self, stmt, &found, error))
    return -1;

  return sqlite3_column_int64 (stmt, 0);
}

/* One row per answer, with a row of NULL answer for a questionnaire left
 * wholly blank (which validation refuses, but an older tool may have
 * written); the rows of a questionnaire are consecutive. */
#define FOREACH_SQL \
  "SELECT r.id, r.period_id, r.date, coalesce (r.service_id, 0), r.sex, coalesce (r.age, 0), " \
  "  r.education, r.occupation, r.suggestion, u.position, a.value " \
  "FROM skm_responses AS r " \
  "LEFT JOIN skm_answers AS a ON a.response_id = r.id " \
  "LEFT JOIN skm_unsur AS u ON u.code = a.unsur_code " \
  "WHERE r.period_id = ?1 AND (?2 = 0 OR r.service_id = ?2) " \
  "ORDER BY r.id"

static LayananSkmResponse *
read_response (sqlite3_stmt *stmt)
{
  LayananSkmResponse *response = layanan_skm_response_new ();
  const char *sex = (const char *) sqlite3_column_text (stmt, 4);

  response->id = sqlite3_column_int64 (stmt, 0);
  response->period_id = sqlite3_column_int64 (stmt, 1);
  response->date = layanan_database_column_text (stmt, 2);
  response->service_id = sqlite3_column_int64 (stmt, 3);
  if (g_strcmp0 (sex, "L") == 0)
    response->sex = LAYANAN_SKM_SEX_LAKI_LAKI;
  else if (g_strcmp0 (sex, "P") == 0)
    response->sex = LAYANAN_SKM_SEX_PEREMPUAN;
  else
    response->sex = LAYANAN_SKM_SEX_UNKNOWN;
  response->age = sqlite3_column_int (stmt, 5);
  response->education = layanan_database_column_text (stmt, 6);
  response->occupation = layanan_database_column_text (stmt, 7);
  response->suggestion = layanan_database_column_text (stmt, 8);
  return response;
}

static void
read_answer (sqlite3_stmt        *stmt,
             const UnsurOrder    *order,
             LayananSkmResponse  *response)
{
  int index;

  if (sqlite3_column_type (stmt, 10) == SQLITE_NULL)
    return;

  index = unsur_order_index (order, sqlite3_column_int (stmt, 9));
  if (index >= 0)
    response->answers[index] = sqlite3_column_int (stmt, 10);
}

static gboolean
foreach_response (LayananDatabase         *self,
                  sqlite3_stmt            *stmt,
                  const UnsurOrder        *order,
                  LayananSkmResponseFunc   func,
                  gpointer                 user_data,
                  GCancellable            *cancellable,
                  GError                 **error)
{
  g_autoptr(LayananSkmResponse) response = NULL;
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (response != NULL && response->id != sqlite3_column_int64 (stmt, 0))
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
              !func (response, user_data, error))
            return FALSE;
          g_clear_pointer (&response, layanan_skm_response_free);
        }
      if (response == NULL)
        response = read_response (stmt);
      read_answer (stmt, order, response);
    }

  if (rc != SQLITE_DONE)
    return layanan_database_step_error (self, rc, error);

  if (response != NULL)
    return !g_cancellable_set_error_if_cancelled (cancellable, error) &&
           func (response, user_data, error);

  return TRUE;
}

/**
 * layanan_database_foreach_skm_response:
 * @service_id: only the questionnaires about this service; 0 for all
 * @func: called for each questionnaire in entry order; returning %FALSE
 *   with @error set stops the walk
 *
 * Streams the period's questionnaires from one snapshot of the database,
 * one in memory at a time, with answers[i] the answer to the i-th unsur in
 * questionnaire order. Stops with %G_IO_ERROR_CANCELLED when @cancellable
 * is cancelled.
 */
gboolean
layanan_database_foreach_skm_response (LayananDatabase         *self,
                                       gint64                   period_id,
                                       gint64                   service_id,
                                       LayananSkmResponseFunc   func,
                                       gpointer                 user_data,
                                       GCancellable            *cancellable,
                                       GError                 **error)
{
  g_auto(UnsurOrder) order = { 0 };
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean own_snapshot, ok;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = layanan_database_prepare (self, FOREACH_SQL, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, period_id);
  sqlite3_bind_int64 (stmt, 2, service_id);

  /* A read transaction keeps the unsur and the walk on one snapshot while
   * others write. */
  own_snapshot = self->transaction_depth == 0;
  if (own_snapshot && !layanan_database_exec (self, "BEGIN DEFERRED", error))
    return FALSE;

  ok = unsur_order_load (self, &order, error) &&
       foreach_response (self, stmt, &order, func, user_data, cancellable, error);
  sqlite3_reset (stmt);

  if (own_snapshot)
    sqlite3_exec (layanan_database_get_handle (self), "COMMIT", NULL, NULL, NULL);

  return ok;
}

/* Rencana Tindak Lanjut */

static const char * const action_status_keys[] = {
  [LAYANAN_SKM_ACTION_PLANNED] = "planned",
  [LAYANAN_SKM_ACTION_IN_PROGRESS] = "in_progress",
  [LAYANAN_SKM_ACTION_DONE] = "done",
};

static LayananSkmActionStatus
action_status_from_key (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (action_status_keys); i++)
    if (g_strcmp0 (key, action_status_keys[i]) == 0)
      return i;
  return LAYANAN_SKM_ACTION_PLANNED;
}

static LayananSkmAction *
read_action (sqlite3_stmt *stmt)
{
  LayananSkmAction *action = g_new0 (LayananSkmAction, 1);

  action->id = sqlite3_column_int64 (stmt, 0);
  action->period_id = sqlite3_column_int64 (stmt, 1);
  action->unsur_code = layanan_database_column_text (stmt, 2);
  action->action = layanan_database_column_text (stmt, 3);
  action->owner = layanan_database_column_text (stmt, 4);
  action->target = layanan_database_column_text (stmt, 5);
  action->status = action_status_from_key ((const char *) sqlite3_column_text (stmt, 6));
  action->result = layanan_database_column_text (stmt, 7);
  return action;
}

/**
 * layanan_database_list_skm_actions:
 *
 * Returns: (transfer full) (element-type LayananSkmAction): the period's
 *   Rencana Tindak Lanjut, by unsur in questionnaire order, then as entered
 */
GPtrArray *
layanan_database_list_skm_actions (LayananDatabase  *self,
                                   gint64            period_id,
                                   GError          **error)
{
  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return layanan_database_list_by_id (self,
                                      "SELECT a.id, a.period_id, a.unsur_code, a.action, a.owner, "
                                      "  a.target, a.status, a.result "
                                      "FROM skm_actions AS a "
                                      "JOIN skm_unsur AS u ON u.code = a.unsur_code "
                                      "WHERE a.period_id = ?1 ORDER BY u.position, a.id",
                                      period_id, (LayananReadRowFunc) read_action,
                                      (GDestroyNotify) layanan_skm_action_free, error);
}

static gboolean
check_action_refs (LayananDatabase         *self,
                   const LayananSkmAction  *action,
                   GError                 **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean found;

  stmt = layanan_database_prepare (self,
                                   "SELECT (SELECT count(*) FROM skm_periods WHERE id = ?1), "
                                   "  (SELECT count(*) FROM skm_unsur WHERE code = ?2)",
                                   error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, action->period_id);
  layanan_database_bind_text_or_null (stmt, 2, action->unsur_code);
  if (!layanan_database_step_one (self, stmt, &found, error))
    return FALSE;
  if (sqlite3_column_int (stmt, 0) == 0)
    {
      set_not_found (error, _("There is no SKM survey period number %s"), action->period_id);
      return FALSE;
    }
  if (sqlite3_column_int (stmt, 1) == 0)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("There is no SKM unsur “%s”"),
                   action->unsur_code != NULL ? action->unsur_code : "");
      return FALSE;
    }

  return TRUE;
}

static gboolean
write_action (LayananDatabase         *self,
              const LayananSkmAction  *action,
              gint64                  *id,
              GError                 **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *text = g_strstrip (g_strdup (action->action));

  if (!check_action_refs (self, action, error))
    return FALSE;

  if (action->id == 0)
    stmt = layanan_database_prepare (self,
                                     "INSERT INTO skm_actions (period_id, unsur_code, action, "
                                     "  owner, target, status, result) "
                                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                                     error);
  else
    stmt = layanan_database_prepare (self,
                                     "UPDATE skm_actions SET period_id = ?1, unsur_code = ?2, "
                                     "  action = ?3, owner = ?4, target = ?5, status = ?6, "
                                     "  result = ?7 WHERE id = ?8",
                                     error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, action->period_id);
  sqlite3_bind_text (stmt, 2, action->unsur_code, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, text, -1, SQLITE_TRANSIENT);
  layanan_database_bind_text_or_null (stmt, 4, action->owner);
  layanan_database_bind_text_or_null (stmt, 5, action->target);
  sqlite3_bind_text (stmt, 6, action_status_keys[action->status], -1, SQLITE_STATIC);
  layanan_database_bind_text_or_null (stmt, 7, action->result);
  if (action->id != 0)
    sqlite3_bind_int64 (stmt, 8, action->id);

  if (!layanan_database_step_done (self, stmt, error))
    return FALSE;

  if (action->id == 0)
    {
      *id = sqlite3_last_insert_rowid (layanan_database_get_handle (self));
      return TRUE;
    }
  if (sqlite3_changes (layanan_database_get_handle (self)) == 0)
    {
      set_not_found (error, _("There is no follow-up action number %s"), action->id);
      return FALSE;
    }

  *id = action->id;
  return TRUE;
}

/**
 * layanan_database_save_skm_action:
 *
 * Adds @action when its id is 0, or changes it, and sets its id. Refuses a
 * blank action, and a period or unsur that does not exist.
 */
gboolean
layanan_database_save_skm_action (LayananDatabase   *self,
                                  LayananSkmAction  *action,
                                  GError           **error)
{
  gint64 id = 0;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (action != NULL, FALSE);
  g_return_val_if_fail ((guint) action->status < G_N_ELEMENTS (action_status_keys), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (layanan_database_text_is_blank (action->action))
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("A follow-up action for unsur %s needs a description of what to do"),
                   action->unsur_code != NULL ? action->unsur_code : "");
      return FALSE;
    }

  if (!layanan_database_begin (self, error))
    return FALSE;
  if (!layanan_database_end (self, write_action (self, action, &id, error), error))
    return FALSE;

  action->id = id;
  return TRUE;
}

void
layanan_skm_action_free (LayananSkmAction *action)
{
  if (action == NULL)
    return;
  g_free (action->unsur_code);
  g_free (action->action);
  g_free (action->owner);
  g_free (action->target);
  g_free (action->result);
  g_free (action);
}
