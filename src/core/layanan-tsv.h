/* layanan-tsv.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A reader for the tab-separated reference files in data/reference: a header
 * row names the columns, so files may add or reorder columns; every error
 * names the file and the line. */
typedef struct _LayananTsv LayananTsv;

LayananTsv *layanan_tsv_open     (const char         *path,
                                  const char * const *required_columns,
                                  GError            **error);
gboolean    layanan_tsv_next     (LayananTsv         *self,
                                  GError            **error);
const char *layanan_tsv_get      (LayananTsv         *self,
                                  const char         *column);
gboolean    layanan_tsv_has_column (LayananTsv       *self,
                                  const char         *column);
guint       layanan_tsv_get_line (LayananTsv         *self);
const char *layanan_tsv_get_path (LayananTsv         *self);
void        layanan_tsv_free     (LayananTsv         *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananTsv, layanan_tsv_free)

G_END_DECLS
