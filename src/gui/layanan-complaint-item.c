/* layanan-complaint-item.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "layanan-complaint-item.h"

struct _LayananComplaintItem
{
  GObject           parent_instance;
  LayananComplaintRow *row;
};

G_DEFINE_FINAL_TYPE (LayananComplaintItem, layanan_complaint_item, G_TYPE_OBJECT)

static void
layanan_complaint_item_finalize (GObject *object)
{
  LayananComplaintItem *self = LAYANAN_COMPLAINT_ITEM (object);

  layanan_complaint_row_free (self->row);

  G_OBJECT_CLASS (layanan_complaint_item_parent_class)->finalize (object);
}

static void
layanan_complaint_item_class_init (LayananComplaintItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = layanan_complaint_item_finalize;
}

static void
layanan_complaint_item_init (LayananComplaintItem *self)
{
}

/**
 * layanan_complaint_item_new:
 * @row: (transfer full): the row the item holds
 */
LayananComplaintItem *
layanan_complaint_item_new (LayananComplaintRow *row)
{
  LayananComplaintItem *self = g_object_new (LAYANAN_TYPE_COMPLAINT_ITEM, NULL);

  self->row = row;
  return self;
}

const LayananComplaintRow *
layanan_complaint_item_get_row (LayananComplaintItem *self)
{
  g_return_val_if_fail (LAYANAN_IS_COMPLAINT_ITEM (self), NULL);

  return self->row;
}
