/* layanan-disposition-dialog.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "layanan-database.h"

G_BEGIN_DECLS

#define LAYANAN_TYPE_DISPOSITION_DIALOG (layanan_disposition_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LayananDispositionDialog, layanan_disposition_dialog, LAYANAN, DISPOSITION_DIALOG, AdwWindow)

/* Routes a letter to staff or sections with instructions and a due date;
 * with earlier dispositions, it can pass one of them on down the chain.
 * Emits "saved" once the dispositions are stored. */
LayananDispositionDialog *layanan_disposition_dialog_new (GtkWindow           *parent,
                                                          LayananDatabase     *database,
                                                          LayananCalendar     *calendar,
                                                          const LayananLetter *letter,
                                                          GPtrArray           *dispositions);

G_END_DECLS
