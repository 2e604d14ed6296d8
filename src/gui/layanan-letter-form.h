/* layanan-letter-form.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "layanan-database.h"
#include "layanan-letter-fields.h"

G_BEGIN_DECLS

#define LAYANAN_TYPE_LETTER_FORM (layanan_letter_form_get_type ())

G_DECLARE_FINAL_TYPE (LayananLetterForm, layanan_letter_form, LAYANAN, LETTER_FORM, AdwBin)

/* The register fields of one letter: what the scan suggested, what the
 * user typed, the service and the due date its standard gives. Emits
 * "changed" when the user changes anything. */
void           layanan_letter_form_set_database    (LayananLetterForm         *self,
                                                    LayananDatabase           *database,
                                                    LayananCalendar           *calendar);
/* Fills the fields read from the scan, each marked as a suggestion. */
void           layanan_letter_form_suggest         (LayananLetterForm         *self,
                                                    const LayananLetterFields *fields);
/* Fills the form from a saved letter, for editing. */
void           layanan_letter_form_set_letter      (LayananLetterForm         *self,
                                                    const LayananLetter       *letter);
guint          layanan_letter_form_count_suggestions (LayananLetterForm       *self);
void           layanan_letter_form_accept_all      (LayananLetterForm         *self);
/* The letter the form describes, or NULL with an error naming the field
 * (which is also marked). @base supplies what the form does not show. */
LayananLetter *layanan_letter_form_get_letter      (LayananLetterForm         *self,
                                                    const LayananLetter       *base,
                                                    GError                   **error);
void           layanan_letter_form_show_duplicates (LayananLetterForm         *self,
                                                    const char                *message);

G_END_DECLS
