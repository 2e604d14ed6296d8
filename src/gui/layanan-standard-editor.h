/* layanan-standard-editor.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "layanan-standard.h"

G_BEGIN_DECLS

#define LAYANAN_TYPE_STANDARD_EDITOR (layanan_standard_editor_get_type ())

G_DECLARE_FINAL_TYPE (LayananStandardEditor, layanan_standard_editor, LAYANAN,
                      STANDARD_EDITOR, AdwPreferencesPage)

/* The 14 components of one standard, in the two official groups, each
 * editable: the review of an import and the catalog's service page. */
LayananStandardEditor *layanan_standard_editor_new          (void);
void                   layanan_standard_editor_set_standard (LayananStandardEditor *self,
                                                             LayananStandard       *standard);
/* (transfer full): a copy of the standard with the person's edits. */
LayananStandard       *layanan_standard_editor_get_standard (LayananStandardEditor  *self,
                                                             GError                **error);

G_END_DECLS
