/* layanan-import-preview.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "layanan-csv.h"

G_BEGIN_DECLS

/* What the CSV import dialogs share: the widgets of their templates (each
 * dialog embeds this and binds its children into it) and the running job. */
typedef struct
{
  /* Template widgets */
  AdwToastOverlay     *toast_overlay;
  AdwWindowTitle      *window_title;
  GtkProgressBar      *progress_bar;
  AdwPreferencesGroup *columns_group;
  GtkGrid             *preview_grid;
  GtkLabel            *status_label;
  GtkSwitch           *skip_switch;
  GtkListBox          *problems_list;

  /* Owned */
  GCancellable        *cancellable;   /* of the running job, or NULL */
  gboolean             check_only;    /* what the running job does */
  gboolean             syncing_rows;  /* the column rows follow the mapping */
} LayananImportPreview;

/* Turns one problem of the import's list into the line shown. */
typedef char *(*LayananImportProblemFormat) (gconstpointer problem);

/* @offset: where the LayananImportPreview stands in the dialog's instance */
void           layanan_import_preview_bind_template     (GtkWidgetClass       *widget_class,
                                                         gsize                 offset);

/* The head of @file with its header row read, or NULL with @error set. */
LayananCsv    *layanan_import_preview_open_head         (GFile                *file,
                                                         GError              **error);
/* Shows @csv's header row and the first records after it. */
void           layanan_import_preview_fill_grid         (LayananImportPreview *preview,
                                                         LayananCsv           *csv);

void           layanan_import_preview_set_status        (LayananImportPreview *preview,
                                                         const char           *text);
/* @prefix: the dialog's action group, as in "prefix.check" */
void           layanan_import_preview_update_actions    (LayananImportPreview *preview,
                                                         GtkWidget            *dialog,
                                                         const char           *prefix,
                                                         gboolean              ready);
/* After a change of columns: @mapping_error, if any, says what is missing. */
void           layanan_import_preview_show_unchecked    (LayananImportPreview *preview,
                                                         const GError         *mapping_error);
void           layanan_import_preview_show_problems     (LayananImportPreview *preview,
                                                         GPtrArray            *problems,
                                                         guint                 n_problems,
                                                         LayananImportProblemFormat format);
void           layanan_import_preview_show_check_result (LayananImportPreview *preview,
                                                         guint                 n_rows,
                                                         guint                 n_skipped);

/* The choices of a column row: "Not in the file", then each column. */
GtkStringList *layanan_import_preview_column_choices_new (void);
void           layanan_import_preview_append_column     (GtkStringList        *choices,
                                                         const char           *header,
                                                         guint                 column);
/* A row choosing the column of @field, added to the columns group; its
 * "field" data holds @field. */
AdwComboRow   *layanan_import_preview_add_column_row    (LayananImportPreview *preview,
                                                         const char           *label,
                                                         gboolean              required,
                                                         guint                 field,
                                                         GtkStringList        *choices);

/* Shows the job as running; the cancellable to give it. */
GCancellable  *layanan_import_preview_start_job         (LayananImportPreview *preview,
                                                         gboolean              check_only);
void           layanan_import_preview_progress_cb       (double                fraction,
                                                         gpointer              preview);
/* FALSE when the dialog was closed while the job ran. */
gboolean       layanan_import_preview_end_job           (LayananImportPreview *preview);
/* TRUE, after saying so, when @error is the job's cancellation. */
gboolean       layanan_import_preview_show_stopped      (LayananImportPreview *preview,
                                                         const GError         *error);
/* Stops a running job, or closes @dialog. */
void           layanan_import_preview_cancel_or_close   (LayananImportPreview *preview,
                                                         GtkWindow            *dialog);

G_END_DECLS
