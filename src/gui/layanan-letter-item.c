/* layanan-letter-item.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "layanan-letter-item.h"

struct _LayananLetterItem
{
  GObject           parent_instance;
  LayananLetterRow *row;
};

G_DEFINE_FINAL_TYPE (LayananLetterItem, layanan_letter_item, G_TYPE_OBJECT)

static void
layanan_letter_item_finalize (GObject *object)
{
  LayananLetterItem *self = LAYANAN_LETTER_ITEM (object);

  layanan_letter_row_free (self->row);

  G_OBJECT_CLASS (layanan_letter_item_parent_class)->finalize (object);
}

static void
layanan_letter_item_class_init (LayananLetterItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = layanan_letter_item_finalize;
}

static void
layanan_letter_item_init (LayananLetterItem *self)
{
}

/**
 * layanan_letter_item_new:
 * @row: (transfer full): the row the item holds
 */
LayananLetterItem *
layanan_letter_item_new (LayananLetterRow *row)
{
  LayananLetterItem *self = g_object_new (LAYANAN_TYPE_LETTER_ITEM, NULL);

  self->row = row;
  return self;
}

const LayananLetterRow *
layanan_letter_item_get_row (LayananLetterItem *self)
{
  g_return_val_if_fail (LAYANAN_IS_LETTER_ITEM (self), NULL);

  return self->row;
}
