/* layanan-keyset-pages.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-keyset-pages"

#include "config.h"

#include "layanan-keyset-pages.h"

#define MAX_CACHED_PAGES 32

static void
forget_pages (LayananKeysetPages *self)
{
  g_hash_table_remove_all (self->pages);
  g_queue_clear (&self->page_order);
}

static void
touch_page (LayananKeysetPages *self,
            guint               page)
{
  g_queue_remove (&self->page_order, GUINT_TO_POINTER (page));
  g_queue_push_head (&self->page_order, GUINT_TO_POINTER (page));

  while (g_queue_get_length (&self->page_order) > MAX_CACHED_PAGES)
    g_hash_table_remove (self->pages, g_queue_pop_tail (&self->page_order));
}

static GPtrArray *
fetch_page (LayananKeysetPages *self,
            guint               page)
{
  g_autoptr(GError) error = NULL;
  gconstpointer after = NULL;
  GPtrArray *items;

  if (page > 0)
    {
      if (self->anchors == NULL || page >= self->anchors->len)
        return NULL;
      after = g_ptr_array_index (self->anchors, page);
    }

  items = self->fetch (self->owner, after, LAYANAN_KEYSET_PAGE_SIZE, &error);
  if (items == NULL)
    {
      /* The count said the rows exist; a failure here is a database error
       * the next reload reports. Show empty rows rather than crash. */
      g_warning ("Could not read page %u of the %s: %s", page, self->what, error->message);
      return NULL;
    }

  g_hash_table_insert (self->pages, GUINT_TO_POINTER (page), items);
  return items;
}

void
layanan_keyset_pages_init (LayananKeysetPages     *self,
                           const char             *what,
                           LayananKeysetFetchFunc  fetch,
                           gpointer                owner)
{
  *self = (LayananKeysetPages) { .what = what, .fetch = fetch, .owner = owner };
  self->pages = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_queue_init (&self->page_order);
}

void
layanan_keyset_pages_clear (LayananKeysetPages *self)
{
  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  forget_pages (self);
  g_clear_pointer (&self->pages, g_hash_table_unref);
  g_clear_pointer (&self->anchors, g_ptr_array_unref);
}

gpointer
layanan_keyset_pages_get_item (LayananKeysetPages *self,
                               guint               position)
{
  guint page = position / LAYANAN_KEYSET_PAGE_SIZE;
  guint index = position % LAYANAN_KEYSET_PAGE_SIZE;
  GPtrArray *items;

  if (position >= self->n_items)
    return NULL;

  items = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (page));
  if (items == NULL)
    items = fetch_page (self, page);
  if (items == NULL || index >= items->len)
    return NULL;

  touch_page (self, page);
  return g_object_ref (g_ptr_array_index (items, index));
}

gboolean
layanan_keyset_pages_is_loading (LayananKeysetPages *self)
{
  return self->loading != NULL;
}

GCancellable *
layanan_keyset_pages_begin_load (LayananKeysetPages *self)
{
  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  self->loading = g_cancellable_new ();
  return self->loading;
}

gboolean
layanan_keyset_pages_end_load (LayananKeysetPages  *self,
                               GAsyncResult        *result,
                               GError             **error)
{
  GError *local_error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &local_error))
    {
      /* A cancelled load was replaced by a newer one, which owns "loading". */
      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_clear_object (&self->loading);
      g_propagate_error (error, local_error);
      return FALSE;
    }
  g_clear_object (&self->loading);
  return TRUE;
}

guint
layanan_keyset_pages_replace (LayananKeysetPages *self,
                              GPtrArray          *anchors,
                              gint64              count)
{
  guint old_n_items = self->n_items;

  forget_pages (self);
  g_clear_pointer (&self->anchors, g_ptr_array_unref);
  self->anchors = anchors;
  self->n_items = (guint) MIN (count, G_MAXUINT);
  return old_n_items;
}
