/* layanan-complaint-watch.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-complaint-watch"

#include "config.h"

#include "layanan-complaint-watch.h"
#include "layanan-complaint.h"
#include "layanan-database.h"
#include "layanan-error.h"

struct _LayananComplaintWatch
{
  GObject     parent_instance;

  char       *database_path;
  GMutex      lock;       /* guards the two below: checks run in workers */
  GHashTable *overdue;    /* ids (gint64 *) overdue at the previous check */
  gboolean    checked;    /* whether there was a previous check */
  gboolean    running;    /* an async check is under way (main thread only) */
};

G_DEFINE_FINAL_TYPE (LayananComplaintWatch, layanan_complaint_watch, G_TYPE_OBJECT)

/* ─────────────────────────── Auto-close ─────────────────────────── */

/* Closes @complaint at the instant its silence ran out (not at @now: the
 * timeline says when it really closed, however late the app looked). */
static gboolean
auto_close (LayananDatabase   *database,
            LayananCalendar   *calendar,
            LayananComplaint  *complaint,
            GDateTime         *now,
            gboolean          *closed,
            GError           **error)
{
  g_autoptr(GDateTime) close_at = layanan_complaint_auto_close_at (complaint, calendar);
  g_autoptr(GDateTime) close_at_wib = NULL;
  g_autoptr(LayananComplaintStep) step = NULL;
  g_autoptr(GError) local_error = NULL;

  *closed = FALSE;
  if (close_at == NULL || g_date_time_compare (close_at, now) > 0)
    return TRUE;

  close_at_wib = g_date_time_to_timezone (close_at, layanan_calendar_get_timezone (calendar));
  step = layanan_complaint_step_new (LAYANAN_COMPLAINT_STEP_AUTO_CLOSE);
  step->complaint_id = complaint->id;
  step->at = g_date_time_format_iso8601 (close_at_wib);

  if (!layanan_complaint_apply_step (complaint, step, NULL, calendar, error))
    return FALSE;

  if (!layanan_database_add_complaint_step (database, complaint, step, &local_error))
    {
      /* Someone resumed or closed it meanwhile: their step stands. */
      if (g_error_matches (local_error, LAYANAN_ERROR, LAYANAN_ERROR_CONFLICT))
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  *closed = TRUE;
  return TRUE;
}

static gboolean
close_silent (LayananDatabase  *database,
              LayananCalendar  *calendar,
              GDateTime        *now,
              guint            *n_closed,
              GError          **error)
{
  g_autoptr(GPtrArray) waiting = NULL;

  *n_closed = 0;
  if (!layanan_database_get_complaint_auto_close (database))
    return TRUE;

  waiting = layanan_database_list_waiting_complaints (database, error);
  if (waiting == NULL)
    return FALSE;

  for (guint i = 0; i < waiting->len; i++)
    {
      gboolean closed;

      if (!auto_close (database, calendar, g_ptr_array_index (waiting, i), now, &closed, error))
        return FALSE;
      if (closed)
        (*n_closed)++;
    }

  return TRUE;
}

/* ─────────────────────────── Overdue ─────────────────────────── */

static gboolean
collect_id_cb (const LayananComplaintRow  *row,
               gpointer                    user_data,
               GError                    **error)
{
  GHashTable *ids = user_data;
  gint64 *id = g_new (gint64, 1);

  *id = row->id;
  g_hash_table_add (ids, id);
  return TRUE;
}

static GHashTable *
list_overdue (LayananDatabase  *database,
              LayananCalendar  *calendar,
              GDateTime        *now,
              GError          **error)
{
  g_autoptr(LayananComplaintQuery) query = layanan_complaint_query_new ();
  g_autoptr(GDateTime) soon = layanan_letter_due_soon_limit (calendar, now);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  query->due_states = 1 << LAYANAN_DUE_STATE_OVERDUE;
  query->due_now = g_date_time_format_iso8601 (now);
  query->due_soon_limit = g_date_time_format_iso8601 (soon);
  if (!layanan_database_foreach_complaint (database, query, collect_id_cb, ids, NULL, error))
    return NULL;
  return g_steal_pointer (&ids);
}

/* Swaps in the overdue set of this check; returns the ids that are new in it. */
static GArray *
note_overdue (LayananComplaintWatch *self,
              GHashTable            *overdue)
{
  GArray *newly = g_array_new (FALSE, FALSE, sizeof (gint64));
  GHashTableIter iter;
  gint64 *id;

  g_mutex_lock (&self->lock);
  if (self->checked)
    {
      g_hash_table_iter_init (&iter, overdue);
      while (g_hash_table_iter_next (&iter, (gpointer *) &id, NULL))
        if (!g_hash_table_contains (self->overdue, id))
          g_array_append_val (newly, *id);
    }
  g_hash_table_unref (self->overdue);
  self->overdue = g_hash_table_ref (overdue);
  self->checked = TRUE;
  g_mutex_unlock (&self->lock);

  return newly;
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/* ─────────────────────────── GObject ─────────────────────────── */

static void
layanan_complaint_watch_finalize (GObject *object)
{
  LayananComplaintWatch *self = LAYANAN_COMPLAINT_WATCH (object);

  g_free (self->database_path);
  g_hash_table_unref (self->overdue);
  g_mutex_clear (&self->lock);

  G_OBJECT_CLASS (layanan_complaint_watch_parent_class)->finalize (object);
}

static void
layanan_complaint_watch_class_init (LayananComplaintWatchClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = layanan_complaint_watch_finalize;
}

static void
layanan_complaint_watch_init (LayananComplaintWatch *self)
{
  g_mutex_init (&self->lock);
  self->overdue = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

LayananComplaintWatch *
layanan_complaint_watch_new (const char *database_path)
{
  LayananComplaintWatch *self;

  g_return_val_if_fail (database_path != NULL, NULL);

  self = g_object_new (LAYANAN_TYPE_COMPLAINT_WATCH, NULL);
  self->database_path = g_strdup (database_path);
  return self;
}

gboolean
layanan_complaint_watch_check (LayananComplaintWatch  *self,
                               GDateTime              *now,
                               GArray                **newly_overdue,
                               guint                  *n_closed,
                               GError                **error)
{
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(LayananCalendar) calendar = NULL;
  g_autoptr(GDateTime) current = NULL;
  g_autoptr(GHashTable) overdue = NULL;
  guint closed = 0;
  GArray *newly;

  g_return_val_if_fail (LAYANAN_IS_COMPLAINT_WATCH (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  current = now != NULL ? g_date_time_ref (now) : g_date_time_new_now_local ();

  if ((database = layanan_database_open (self->database_path, error)) == NULL
      || (calendar = layanan_database_load_calendar (database, error)) == NULL)
    return FALSE;

  /* Closed ones first: a complaint closed now is not overdue. */
  if (!close_silent (database, calendar, current, &closed, error)
      || (overdue = list_overdue (database, calendar, current, error)) == NULL)
    return FALSE;

  newly = note_overdue (self, overdue);
  g_array_sort (newly, compare_ids);

  if (newly_overdue != NULL)
    *newly_overdue = newly;
  else
    g_array_unref (newly);
  if (n_closed != NULL)
    *n_closed = closed;
  return TRUE;
}

/* ─────────────────────────── Async ─────────────────────────── */

typedef struct
{
  GDateTime *now;
  GArray    *newly_overdue;
  guint      n_closed;
} Check;

static void
check_free (Check *check)
{
  g_clear_pointer (&check->now, g_date_time_unref);
  g_clear_pointer (&check->newly_overdue, g_array_unref);
  g_free (check);
}

static void
check_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Check *check = task_data;
  GError *error = NULL;

  if (layanan_complaint_watch_check (source, check->now, &check->newly_overdue,
                                     &check->n_closed, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
check_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  LayananComplaintWatch *self = LAYANAN_COMPLAINT_WATCH (source);
  GError *error = NULL;

  self->running = FALSE;
  if (g_task_propagate_boolean (G_TASK (result), &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
layanan_complaint_watch_check_async (LayananComplaintWatch *self,
                                     GDateTime             *now,
                                     GCancellable          *cancellable,
                                     GAsyncReadyCallback    callback,
                                     gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) worker = NULL;
  Check *check;

  g_return_if_fail (LAYANAN_IS_COMPLAINT_WATCH (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, layanan_complaint_watch_check_async);

  if (self->running)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_PENDING,
                               "A check of the complaints is already running");
      return;
    }
  self->running = TRUE;

  /* The worker's own task carries the result; the outer one is returned
   * after "running" is cleared on the main thread. */
  check = g_new0 (Check, 1);
  check->now = now != NULL ? g_date_time_ref (now) : NULL;
  g_task_set_task_data (task, check, (GDestroyNotify) check_free);
  worker = g_task_new (self, cancellable, check_done_cb, g_steal_pointer (&task));
  g_task_set_task_data (worker, check, NULL);
  g_task_run_in_thread (worker, check_thread);
}

gboolean
layanan_complaint_watch_check_finish (LayananComplaintWatch  *self,
                                      GAsyncResult           *result,
                                      GArray                **newly_overdue,
                                      guint                  *n_closed,
                                      GError                **error)
{
  Check *check;

  g_return_val_if_fail (LAYANAN_IS_COMPLAINT_WATCH (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  check = g_task_get_task_data (G_TASK (result));
  if (newly_overdue != NULL)
    *newly_overdue = g_steal_pointer (&check->newly_overdue);
  if (n_closed != NULL)
    *n_closed = check->n_closed;
  return TRUE;
}
