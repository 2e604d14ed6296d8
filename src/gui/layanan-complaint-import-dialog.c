/* layanan-complaint-import-dialog.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-complaint-import-dialog"

#include "config.h"

#include "layanan-complaint-import-dialog.h"

#include <glib/gi18n.h>

#include "layanan-complaint-csv.h"
#include "layanan-complaint-import.h"
#include "layanan-import-preview.h"

struct _LayananComplaintImportDialog
{
  AdwWindow                   parent_instance;

  LayananImportPreview        preview;

  /* Owned */
  LayananDatabase            *database;
  GFile                      *file;
  LayananComplaintCsvMapping *mapping;       /* NULL when the file cannot be read */
  AdwComboRow                *column_rows[LAYANAN_N_COMPLAINT_FIELDS];
  gint64                      unit_id;
};

G_DEFINE_FINAL_TYPE (LayananComplaintImportDialog, layanan_complaint_import_dialog,
                     ADW_TYPE_WINDOW)

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void
update_actions (LayananComplaintImportDialog *self)
{
  gboolean ready = self->mapping != NULL && layanan_complaint_csv_mapping_check (self->mapping,
                                                                                 NULL);

  layanan_import_preview_update_actions (&self->preview, GTK_WIDGET (self), "complaint-import",
                                         ready);
}

/* After a change of columns, an earlier check says nothing. */
static void
show_unchecked (LayananComplaintImportDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (self->mapping != NULL)
    layanan_complaint_csv_mapping_check (self->mapping, &error);
  layanan_import_preview_show_unchecked (&self->preview, error);
  update_actions (self);
}

static char *
format_problem (gconstpointer problem)
{
  return layanan_complaint_csv_problem_format (problem);
}

static void
sync_column_rows (LayananComplaintImportDialog *self)
{
  self->preview.syncing_rows = TRUE;
  for (guint f = 0; f < LAYANAN_N_COMPLAINT_FIELDS; f++)
    {
      int column = layanan_complaint_csv_mapping_get_column (self->mapping, f);

      adw_combo_row_set_selected (self->column_rows[f], (guint) (column + 1));
    }
  self->preview.syncing_rows = FALSE;
}

static void
column_selected_cb (AdwComboRow                  *row,
                    GParamSpec                   *pspec,
                    LayananComplaintImportDialog *self)
{
  LayananComplaintField field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "field"));
  guint selected = adw_combo_row_get_selected (row);

  if (self->preview.syncing_rows || selected == GTK_INVALID_LIST_POSITION)
    return;

  layanan_complaint_csv_mapping_set_column (self->mapping, field, (int) selected - 1);
  /* A column feeds one field: the field that had it now has none. */
  sync_column_rows (self);
  show_unchecked (self);
}

static GtkStringList *
column_choices (LayananComplaintImportDialog *self)
{
  GtkStringList *choices = layanan_import_preview_column_choices_new ();
  guint n_columns = layanan_complaint_csv_mapping_get_n_columns (self->mapping);

  for (guint i = 0; i < n_columns; i++)
    layanan_import_preview_append_column (choices,
                                          layanan_complaint_csv_mapping_get_header (self->mapping,
                                                                                    i), i);
  return choices;
}

static void
build_column_rows (LayananComplaintImportDialog *self)
{
  for (guint f = 0; f < LAYANAN_N_COMPLAINT_FIELDS; f++)
    {
      g_autoptr(GtkStringList) choices = column_choices (self);

      self->column_rows[f] = layanan_import_preview_add_column_row
                               (&self->preview, layanan_complaint_field_get_label (f),
                                layanan_complaint_field_is_required (f), f, choices);
    }

  sync_column_rows (self);
  for (guint f = 0; f < LAYANAN_N_COMPLAINT_FIELDS; f++)
    g_signal_connect (self->column_rows[f], "notify::selected",
                      G_CALLBACK (column_selected_cb), self);
}

static gboolean
load_head (LayananComplaintImportDialog  *self,
           GError                       **error)
{
  g_autoptr(LayananCsv) csv = layanan_import_preview_open_head (self->file, error);

  if (csv == NULL)
    return FALSE;

  self->mapping = layanan_complaint_csv_mapping_new (layanan_csv_get_fields (csv));
  layanan_import_preview_fill_grid (&self->preview, csv);
  return TRUE;
}

static void
import_done_cb (GObject      *source,
                GAsyncResult *res,
                gpointer      user_data)
{
  g_autoptr(LayananComplaintImportDialog) self = user_data;
  g_autoptr(LayananComplaintImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok = layanan_complaint_import_finish (res, &result, &error);

  if (!layanan_import_preview_end_job (&self->preview))
    return;
  update_actions (self);
  if (layanan_import_preview_show_stopped (&self->preview, error))
    return;

  if (result != NULL)
    layanan_import_preview_show_problems (&self->preview, result->problems, result->n_problems,
                                          format_problem);

  if (!ok)
    layanan_import_preview_set_status (&self->preview, error->message);
  else if (self->preview.check_only)
    layanan_import_preview_show_check_result (&self->preview, result->n_rows,
                                              result->n_skipped);
  else
    {
      g_signal_emit (self, signals[IMPORTED], 0, result->n_imported);
      gtk_window_close (GTK_WINDOW (self));
    }
}

static void
run_job (LayananComplaintImportDialog *self,
         gboolean                      check_only)
{
  g_autofree char *path = g_file_get_path (self->file);
  LayananComplaintImportFlags flags = LAYANAN_COMPLAINT_IMPORT_DEFAULT;
  GCancellable *cancellable;

  if (self->preview.cancellable != NULL || self->mapping == NULL)
    return;

  if (check_only)
    flags |= LAYANAN_COMPLAINT_IMPORT_CHECK_ONLY;
  if (gtk_switch_get_active (self->preview.skip_switch))
    flags |= LAYANAN_COMPLAINT_IMPORT_SKIP_BAD_ROWS;

  cancellable = layanan_import_preview_start_job (&self->preview, check_only);
  update_actions (self);
  layanan_complaint_import_async (layanan_database_get_path (self->database), path,
                                  self->mapping, self->unit_id, flags, cancellable,
                                  layanan_import_preview_progress_cb, &self->preview,
                                  import_done_cb, g_object_ref (self));
}

static void
check_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  run_job (LAYANAN_COMPLAINT_IMPORT_DIALOG (widget), TRUE);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  run_job (LAYANAN_COMPLAINT_IMPORT_DIALOG (widget), FALSE);
}

/* Stops a running job, or closes the dialog. */
static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LayananComplaintImportDialog *self = LAYANAN_COMPLAINT_IMPORT_DIALOG (widget);

  layanan_import_preview_cancel_or_close (&self->preview, GTK_WINDOW (self));
}

static gboolean
layanan_complaint_import_dialog_close_request (GtkWindow *window)
{
  LayananComplaintImportDialog *self = LAYANAN_COMPLAINT_IMPORT_DIALOG (window);

  g_cancellable_cancel (self->preview.cancellable);
  return GTK_WINDOW_CLASS (layanan_complaint_import_dialog_parent_class)->close_request (window);
}

static void
layanan_complaint_import_dialog_dispose (GObject *object)
{
  LayananComplaintImportDialog *self = LAYANAN_COMPLAINT_IMPORT_DIALOG (object);

  g_cancellable_cancel (self->preview.cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), LAYANAN_TYPE_COMPLAINT_IMPORT_DIALOG);
  g_clear_object (&self->preview.cancellable);
  g_clear_object (&self->database);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (layanan_complaint_import_dialog_parent_class)->dispose (object);
}

static void
layanan_complaint_import_dialog_finalize (GObject *object)
{
  LayananComplaintImportDialog *self = LAYANAN_COMPLAINT_IMPORT_DIALOG (object);

  g_clear_pointer (&self->mapping, layanan_complaint_csv_mapping_free);

  G_OBJECT_CLASS (layanan_complaint_import_dialog_parent_class)->finalize (object);
}

static void
layanan_complaint_import_dialog_class_init (LayananComplaintImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = layanan_complaint_import_dialog_dispose;
  object_class->finalize = layanan_complaint_import_dialog_finalize;
  window_class->close_request = layanan_complaint_import_dialog_close_request;

  /**
   * LayananComplaintImportDialog::imported:
   * @count: how many complaints were saved
   */
  signals [IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/layananbiro/Layanan/"
                                               "layanan-complaint-import-dialog.ui");
  layanan_import_preview_bind_template (widget_class,
                                        G_STRUCT_OFFSET (LayananComplaintImportDialog, preview));
  gtk_widget_class_install_action (widget_class, "complaint-import.check", NULL, check_action);
  gtk_widget_class_install_action (widget_class, "complaint-import.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "complaint-import.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0,
                                       "complaint-import.cancel", NULL);
}

static void
layanan_complaint_import_dialog_init (LayananComplaintImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

LayananComplaintImportDialog *
layanan_complaint_import_dialog_new (GtkWindow       *parent,
                                     LayananDatabase *database,
                                     gint64           unit_id,
                                     GFile           *file)
{
  LayananComplaintImportDialog *self;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LAYANAN_IS_DATABASE (database), NULL);
  g_return_val_if_fail (unit_id > 0, NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (LAYANAN_TYPE_COMPLAINT_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  self->file = g_object_ref (file);
  self->unit_id = unit_id;

  name = g_file_get_basename (file);
  adw_window_title_set_subtitle (self->preview.window_title, name);

  if (!load_head (self, &error))
    {
      layanan_import_preview_set_status (&self->preview, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->preview.columns_group), FALSE);
      update_actions (self);
      return self;
    }

  build_column_rows (self);
  show_unchecked (self);
  return self;
}
