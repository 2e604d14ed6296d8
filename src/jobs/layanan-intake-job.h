/* layanan-intake-job.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "layanan-database.h"
#include "layanan-scan.h"

G_BEGIN_DECLS

/* Between the pages of LayananIntakeDocument.text. */
#define LAYANAN_INTAKE_PAGE_SEPARATOR "\n\f\n"

/* How a job tells its caller how far it is: @fraction goes from 0.0 to 1.0
 * and never back, called on the caller's thread-default main context. */
typedef void (*LayananProgressFunc) (double   fraction,
                                     gpointer user_data);

/* One file as read by the intake job. */
typedef struct
{
  char        *path;          /* absolute */
  char        *file_name;     /* UTF-8, for display */
  char        *mime_type;     /* by content: application/pdf, image/png, image/jpeg, image/tiff */
  GBytes      *contents;      /* the file's bytes */
  char        *sha256;        /* hex of contents */
  guint        n_pages;
  GPtrArray   *page_texts;    /* char *, one per page; "" when a page was not read */
  GArray      *page_ocred;    /* gboolean, one per page: its text came from OCR */
  char        *text;          /* all pages, joined by LAYANAN_INTAKE_PAGE_SEPARATOR */
  GPtrArray   *notices;       /* char *, translated remarks for the user (OCR limited…) */
  LayananScan *scan;          /* the file itself, to show its pages */
} LayananIntakeDocument;

void        layanan_intake_document_free  (LayananIntakeDocument  *document);
/* The scan as the register keeps it with its letter. */
LayananLetterFile *
            layanan_intake_document_to_letter_file (const LayananIntakeDocument *document);

GPtrArray  *layanan_intake_job_run_sync   (const char * const     *paths,
                                           guint                   max_ocr_pages,
                                           GCancellable           *cancellable,
                                           GError                **error);
void        layanan_intake_job_run_async  (const char * const     *paths,
                                           guint                   max_ocr_pages,
                                           GCancellable           *cancellable,
                                           LayananProgressFunc     progress,
                                           gpointer                progress_data,
                                           GAsyncReadyCallback     callback,
                                           gpointer                user_data);
GPtrArray  *layanan_intake_job_run_finish (GAsyncResult           *result,
                                           GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananIntakeDocument, layanan_intake_document_free)

G_END_DECLS
