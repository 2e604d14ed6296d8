/* layanan-complaint-list.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-complaint-list"

#include "config.h"

#include "layanan-complaint-list.h"

#include "layanan-complaint-item.h"
#include "layanan-keyset-pages.h"

struct _LayananComplaintList
{
  GObject                parent_instance;

  LayananDatabase       *database;
  LayananComplaintQuery *query;
  LayananKeysetPages     pages;
  guint                  n_overdue;
  guint                  n_due_soon;
};

enum {
  LOADED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LayananComplaintList, layanan_complaint_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GPtrArray *
fetch_page (gpointer        owner,
            gconstpointer   after,
            guint           limit,
            GError        **error)
{
  LayananComplaintList *self = owner;
  g_autoptr(GPtrArray) rows = NULL;
  GPtrArray *items;

  rows = layanan_database_query_complaints (self->database, self->query, after, limit, error);
  if (rows == NULL)
    return NULL;

  items = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_set_free_func (rows, NULL);
  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (items, layanan_complaint_item_new (g_ptr_array_index (rows, i)));
  return items;
}

static GType
list_get_item_type (GListModel *model)
{
  return LAYANAN_TYPE_COMPLAINT_ITEM;
}

static guint
list_get_n_items (GListModel *model)
{
  return LAYANAN_COMPLAINT_LIST (model)->pages.n_items;
}

static gpointer
list_get_item (GListModel *model,
               guint       position)
{
  return layanan_keyset_pages_get_item (&LAYANAN_COMPLAINT_LIST (model)->pages, position);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = list_get_item_type;
  iface->get_n_items = list_get_n_items;
  iface->get_item = list_get_item;
}

static void
layanan_complaint_list_finalize (GObject *object)
{
  LayananComplaintList *self = LAYANAN_COMPLAINT_LIST (object);

  layanan_keyset_pages_clear (&self->pages);
  g_clear_pointer (&self->query, layanan_complaint_query_free);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (layanan_complaint_list_parent_class)->finalize (object);
}

static void
layanan_complaint_list_class_init (LayananComplaintListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = layanan_complaint_list_finalize;

  /* After each reload, with the GError that stopped it or NULL. */
  signals[LOADED] = g_signal_new ("loaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
layanan_complaint_list_init (LayananComplaintList *self)
{
  layanan_keyset_pages_init (&self->pages, "complaints", fetch_page, self);
  self->query = layanan_complaint_query_new ();
}

LayananComplaintList *
layanan_complaint_list_new (LayananDatabase *database)
{
  LayananComplaintList *self;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (database), NULL);

  self = g_object_new (LAYANAN_TYPE_COMPLAINT_LIST, NULL);
  self->database = g_object_ref (database);
  return self;
}

const LayananComplaintQuery *
layanan_complaint_list_get_query (LayananComplaintList *self)
{
  g_return_val_if_fail (LAYANAN_IS_COMPLAINT_LIST (self), NULL);

  return self->query;
}

gboolean
layanan_complaint_list_is_loading (LayananComplaintList *self)
{
  g_return_val_if_fail (LAYANAN_IS_COMPLAINT_LIST (self), FALSE);

  return layanan_keyset_pages_is_loading (&self->pages);
}

/* ───────── Counting and anchoring, off the main thread ─────────
 * Both walk an index over every row the query selects: quick in a warm
 * cache, but seconds on a cold one with 200 000 complaints. A worker does
 * them on a connection of its own; the page fetches stay on the main
 * thread, bounded by their keyset. */

typedef struct
{
  char                  *path;
  LayananComplaintQuery *query;
  gint64                 count;
  GPtrArray             *anchors;
  gint64                 n_overdue;
  gint64                 n_due_soon;
} Load;

static void
load_free (Load *load)
{
  g_free (load->path);
  layanan_complaint_query_free (load->query);
  g_clear_pointer (&load->anchors, g_ptr_array_unref);
  g_free (load);
}

/* The counter under the list and the tab's badge tell what needs doing in
 * the whole register, so only the unit and the instants are kept. */
static gint64
count_open_in_state (LayananDatabase              *database,
                     const LayananComplaintQuery  *shown,
                     LayananDueState               state,
                     GError                      **error)
{
  g_autoptr(LayananComplaintQuery) query = layanan_complaint_query_new ();

  query->unit_id = shown->unit_id;
  query->due_states = 1 << state;
  query->due_now = g_strdup (shown->due_now);
  query->due_soon_limit = g_strdup (shown->due_soon_limit);
  return layanan_database_count_complaints (database, query, error);
}

static void
load_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Load *load = task_data;
  g_autoptr(LayananDatabase) database = NULL;
  GError *error = NULL;

  database = layanan_database_open (load->path, &error);
  if (database == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  load->count = layanan_database_count_complaints (database, load->query, &error);
  if (load->count < 0)
    {
      g_task_return_error (task, error);
      return;
    }
  if (g_task_return_error_if_cancelled (task))
    return;

  load->anchors = layanan_database_complaint_page_anchors (database, load->query, LAYANAN_KEYSET_PAGE_SIZE,
                                                           &error);
  if (load->anchors == NULL
      || (load->n_overdue = count_open_in_state (database, load->query,
                                                 LAYANAN_DUE_STATE_OVERDUE, &error)) < 0
      || (load->n_due_soon = count_open_in_state (database, load->query,
                                                  LAYANAN_DUE_STATE_SOON, &error)) < 0)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  LayananComplaintList *self = LAYANAN_COMPLAINT_LIST (source);
  Load *load = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  guint old_n_items;

  if (!layanan_keyset_pages_end_load (&self->pages, result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_signal_emit (self, signals[LOADED], 0, error);
      return;
    }

  old_n_items = layanan_keyset_pages_replace (&self->pages, g_steal_pointer (&load->anchors),
                                              load->count);
  self->n_overdue = (guint) MIN (load->n_overdue, G_MAXUINT);
  self->n_due_soon = (guint) MIN (load->n_due_soon, G_MAXUINT);

  g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n_items, self->pages.n_items);
  g_signal_emit (self, signals[LOADED], 0, NULL);
}

/**
 * layanan_complaint_list_reload:
 *
 * Reads the rows again after a change, keeping the query. The list keeps
 * showing what it had until "loaded" is emitted (with the error, if any).
 */
void
layanan_complaint_list_reload (LayananComplaintList *self)
{
  g_autoptr(GTask) task = NULL;
  GCancellable *loading;
  Load *load;

  g_return_if_fail (LAYANAN_IS_COMPLAINT_LIST (self));

  /* The newest query wins; a load still running is for an older one. */
  loading = layanan_keyset_pages_begin_load (&self->pages);

  load = g_new0 (Load, 1);
  load->path = g_strdup (layanan_database_get_path (self->database));
  load->query = layanan_complaint_query_copy (self->query);
  task = g_task_new (self, loading, loaded_cb, NULL);
  g_task_set_task_data (task, load, (GDestroyNotify) load_free);
  g_task_run_in_thread (task, load_thread);
}

void
layanan_complaint_list_set_query (LayananComplaintList        *self,
                                  const LayananComplaintQuery *query)
{
  g_return_if_fail (LAYANAN_IS_COMPLAINT_LIST (self));
  g_return_if_fail (query != NULL);

  g_clear_pointer (&self->query, layanan_complaint_query_free);
  self->query = layanan_complaint_query_copy (query);
  layanan_complaint_list_reload (self);
}

guint
layanan_complaint_list_get_n_overdue (LayananComplaintList *self)
{
  g_return_val_if_fail (LAYANAN_IS_COMPLAINT_LIST (self), 0);

  return self->n_overdue;
}

guint
layanan_complaint_list_get_n_due_soon (LayananComplaintList *self)
{
  g_return_val_if_fail (LAYANAN_IS_COMPLAINT_LIST (self), 0);

  return self->n_due_soon;
}
