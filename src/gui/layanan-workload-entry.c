/* layanan-workload-entry.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "layanan-workload-entry.h"

struct _LayananWorkloadEntry
{
  GObject             parent_instance;
  LayananWorkloadRow *row;
};

G_DEFINE_FINAL_TYPE (LayananWorkloadEntry, layanan_workload_entry, G_TYPE_OBJECT)

static void
layanan_workload_entry_finalize (GObject *object)
{
  LayananWorkloadEntry *self = LAYANAN_WORKLOAD_ENTRY (object);

  g_clear_pointer (&self->row, layanan_workload_row_free);

  G_OBJECT_CLASS (layanan_workload_entry_parent_class)->finalize (object);
}

static void
layanan_workload_entry_class_init (LayananWorkloadEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = layanan_workload_entry_finalize;
}

static void
layanan_workload_entry_init (LayananWorkloadEntry *self)
{
}

/**
 * layanan_workload_entry_new:
 * @row: (transfer full): the row the entry holds
 */
LayananWorkloadEntry *
layanan_workload_entry_new (LayananWorkloadRow *row)
{
  LayananWorkloadEntry *self = g_object_new (LAYANAN_TYPE_WORKLOAD_ENTRY, NULL);

  self->row = row;
  return self;
}

const LayananWorkloadRow *
layanan_workload_entry_get_row (LayananWorkloadEntry *self)
{
  g_return_val_if_fail (LAYANAN_IS_WORKLOAD_ENTRY (self), NULL);

  return self->row;
}
