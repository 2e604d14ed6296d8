/* layanan-keyset-pages.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A page is what one keyset query fetches; a screenful is ~30 rows, so a
 * page covers scrolling a little either way, and 32 cached pages keep the
 * memory small however far the user scrolls. */
#define LAYANAN_KEYSET_PAGE_SIZE 100

/* Reads the rows after @after (NULL for the first page), at most @limit,
 * and returns them wrapped as list items, or NULL with @error set. */
typedef GPtrArray *(*LayananKeysetFetchFunc) (gpointer        owner,
                                              gconstpointer   after,
                                              guint           limit,
                                              GError        **error);

/* The page cache and the load state behind the keyset-paged list models
 * (LayananLetterList, LayananComplaintList): not a GObject, but a part of
 * each model's instance, so that the models keep their own types, queries
 * and signals. */
typedef struct
{
  /*< private >*/
  const char             *what;       /* "letters": for the warning when a page fails */
  LayananKeysetFetchFunc  fetch;
  gpointer                owner;
  guint                   n_items;
  GPtrArray              *anchors;    /* rows: the row before each page */
  GHashTable             *pages;      /* page number → GPtrArray of items */
  GQueue                  page_order; /* page numbers, most recently used first */
  GCancellable           *loading;    /* of the count and anchors being read, or NULL */
} LayananKeysetPages;

void          layanan_keyset_pages_init       (LayananKeysetPages      *self,
                                               const char              *what,
                                               LayananKeysetFetchFunc   fetch,
                                               gpointer                 owner);
void          layanan_keyset_pages_clear      (LayananKeysetPages      *self);
/* The item at @position, fetching its page if it isn't cached; a new reference. */
gpointer      layanan_keyset_pages_get_item   (LayananKeysetPages      *self,
                                               guint                    position);
gboolean      layanan_keyset_pages_is_loading (LayananKeysetPages      *self);
/* Cancels a load still running (the newest query wins) and gives the
 * cancellable of the new one. */
GCancellable *layanan_keyset_pages_begin_load (LayananKeysetPages      *self);
/* Ends the load of @result (a boolean GTask). On failure returns FALSE with
 * @error set; a cancelled load leaves the state as the newer load has it. */
gboolean      layanan_keyset_pages_end_load   (LayananKeysetPages      *self,
                                               GAsyncResult            *result,
                                               GError                 **error);
/* Forgets the cached pages and takes @anchors and the row count of the new
 * load; returns the number of items before, for items-changed. */
guint         layanan_keyset_pages_replace    (LayananKeysetPages      *self,
                                               GPtrArray               *anchors,
                                               gint64                   count);

G_END_DECLS
