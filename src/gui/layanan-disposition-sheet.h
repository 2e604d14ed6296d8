/* layanan-disposition-sheet.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "layanan-database.h"

G_BEGIN_DECLS

/* The lembar disposisi for the paper file (DOMAIN.md §4.4, layout 1),
 * printed with GtkPrintOperation. With @pdf_path it is written there as a
 * PDF without a dialog; otherwise the print dialog offers printers and
 * "Print to File". */
gboolean layanan_disposition_sheet_print (GtkWindow           *parent,
                                          LayananDatabase     *database,
                                          const LayananLetter *letter,
                                          GPtrArray           *dispositions,
                                          const char          *pdf_path,
                                          GError             **error);

G_END_DECLS
