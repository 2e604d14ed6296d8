/* layanan-skm-import-dialog.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-skm-import-dialog"

#include "config.h"

#include "layanan-skm-import-dialog.h"

#include <glib/gi18n.h>

#include "layanan-csv.h"
#include "layanan-skm-csv.h"
#include "layanan-skm-import.h"

/* The head of the file read for the header and the preview, on the main
 * thread: bounded, whatever the file's size. */
#define HEAD_BYTES (64 * 1024)
#define PREVIEW_ROWS 5
#define MAX_FIELDS   (LAYANAN_SKM_CSV_FIELD_UNSUR + LAYANAN_SKM_MAX_UNSUR)

/* The last mapping used, for the next file of the same form. */
#define MAPPING_KEY "skm-import-mapping"

struct _LayananSkmImportDialog
{
  AdwWindow                   parent_instance;

  /* Template widgets */
  AdwToastOverlay            *toast_overlay;
  AdwWindowTitle             *window_title;
  GtkProgressBar             *progress_bar;
  AdwPreferencesGroup        *columns_group;
  GtkGrid                    *preview_grid;
  GtkLabel                   *status_label;
  GtkSwitch                  *skip_switch;
  GtkListBox                 *problems_list;

  /* Owned */
  LayananDatabase            *database;
  GFile                      *file;
  GSettings                  *settings;
  LayananSkmCsvMapping       *mapping;       /* NULL when the file cannot be read */
  GCancellable               *cancellable;   /* of the running job, or NULL */
  AdwComboRow                *column_rows[MAX_FIELDS];
  gint64                      period_id;
  gboolean                    check_only;    /* what the running job does */
  gboolean                    syncing_rows;
};

G_DEFINE_FINAL_TYPE (LayananSkmImportDialog, layanan_skm_import_dialog,
                     ADW_TYPE_WINDOW)

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void
set_status (LayananSkmImportDialog *self,
            const char                   *text)
{
  gtk_label_set_label (self->status_label, text);
}

static void
update_actions (LayananSkmImportDialog *self)
{
  gboolean running = self->cancellable != NULL;
  gboolean ready = self->mapping != NULL && layanan_skm_csv_mapping_check (self->mapping,
                                                                                 NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "skm-import.check", ready && !running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "skm-import.import", ready && !running);
  gtk_widget_set_sensitive (GTK_WIDGET (self->columns_group), !running);
  gtk_widget_set_sensitive (GTK_WIDGET (self->skip_switch), !running);
}

static void
clear_problems (LayananSkmImportDialog *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->problems_list))) != NULL)
    gtk_list_box_remove (self->problems_list, child);
  gtk_widget_set_visible (GTK_WIDGET (self->problems_list), FALSE);
}

static void
add_problem_row (LayananSkmImportDialog *self,
                 const char                   *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 8);
  gtk_widget_set_margin_bottom (label, 8);
  gtk_list_box_append (self->problems_list, label);
}

static void
show_problems (LayananSkmImportDialog       *self,
               const LayananSkmImportResult *result)
{
  clear_problems (self);
  for (guint i = 0; i < result->problems->len; i++)
    {
      g_autofree char *text = layanan_skm_csv_problem_format
                                (g_ptr_array_index (result->problems, i));

      add_problem_row (self, text);
    }
  if (result->n_problems > result->problems->len)
    {
      g_autofree char *more = NULL;
      guint n_more = result->n_problems - result->problems->len;

      more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "…and %u more problem",
                                           "…and %u more problems", n_more), n_more);
      add_problem_row (self, more);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->problems_list), result->problems->len > 0);
}

/* After a change of columns, an earlier check says nothing. */
static void
show_unchecked (LayananSkmImportDialog *self)
{
  g_autoptr(GError) error = NULL;

  clear_problems (self);
  if (self->mapping != NULL && !layanan_skm_csv_mapping_check (self->mapping, &error))
    set_status (self, error->message);
  else
    set_status (self, _("Press Check to read every row before importing."));
  update_actions (self);
}

static void
sync_column_rows (LayananSkmImportDialog *self)
{
  self->syncing_rows = TRUE;
  for (guint f = 0; f < layanan_skm_csv_mapping_get_n_fields (self->mapping); f++)
    {
      int column = layanan_skm_csv_mapping_get_column (self->mapping, f);

      adw_combo_row_set_selected (self->column_rows[f], (guint) (column + 1));
    }
  self->syncing_rows = FALSE;
}

static void
column_selected_cb (AdwComboRow                  *row,
                    GParamSpec                   *pspec,
                    LayananSkmImportDialog *self)
{
  guint field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "field"));
  guint selected = adw_combo_row_get_selected (row);

  if (self->syncing_rows || selected == GTK_INVALID_LIST_POSITION)
    return;

  layanan_skm_csv_mapping_set_column (self->mapping, field, (int) selected - 1);
  /* A column feeds one field: the field that had it now has none. */
  sync_column_rows (self);
  show_unchecked (self);
}

static GtkStringList *
column_choices (LayananSkmImportDialog *self)
{
  GtkStringList *choices = gtk_string_list_new (NULL);
  guint n_columns = layanan_skm_csv_mapping_get_n_columns (self->mapping);

  /* Translators: a field of a questionnaire that the imported file has no column for */
  gtk_string_list_append (choices, _("Not in the file"));
  for (guint i = 0; i < n_columns; i++)
    {
      const char *header = layanan_skm_csv_mapping_get_header (self->mapping, i);
      g_autofree char *unnamed = NULL;

      if (*header == '\0')
        /* Translators: a column of the imported file without a header */
        header = unnamed = g_strdup_printf (_("Column %u"), i + 1);
      gtk_string_list_append (choices, header);
    }
  return choices;
}

static void
build_column_rows (LayananSkmImportDialog *self)
{
  guint n_fields = layanan_skm_csv_mapping_get_n_fields (self->mapping);

  for (guint f = 0; f < n_fields; f++)
    {
      AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());
      g_autoptr(GtkStringList) choices = column_choices (self);
      g_autofree char *label = layanan_skm_csv_mapping_get_field_label (self->mapping, f);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
      if (layanan_skm_csv_mapping_field_is_required (self->mapping, f))
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Required"));
      adw_combo_row_set_model (row, G_LIST_MODEL (choices));
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      label, -1);
      g_object_set_data (G_OBJECT (row), "field", GUINT_TO_POINTER (f));
      self->column_rows[f] = row;
      adw_preferences_group_add (self->columns_group, GTK_WIDGET (row));
    }

  sync_column_rows (self);
  for (guint f = 0; f < n_fields; f++)
    g_signal_connect (self->column_rows[f], "notify::selected",
                      G_CALLBACK (column_selected_cb), self);
}

static void
add_preview_cell (LayananSkmImportDialog *self,
                  const char                   *text,
                  int                           column,
                  int                           row)
{
  g_autoptr(GString) shown = g_string_new (text);
  GtkWidget *label;

  /* One line per row: a line break inside a cell shows as a return sign. */
  g_string_replace (shown, "\n", " ⏎ ", 0);
  label = gtk_label_new (shown->str);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  gtk_widget_set_margin_start (label, column == 0 ? 12 : 0);
  gtk_widget_set_margin_end (label, 12);
  if (row == 0)
    gtk_widget_add_css_class (label, "heading");
  gtk_grid_attach (self->preview_grid, label, column, row, 1, 1);
}

/* The head of the file, not all of it: a record cut at its end is left out. */
static LayananCsv *
read_head (GFile   *file,
           GError **error)
{
  g_autoptr(GFileInputStream) stream = g_file_read (file, NULL, error);
  g_autofree char *buffer = NULL;
  g_autofree char *name = NULL;
  gsize length = 0;

  if (stream == NULL)
    return NULL;

  buffer = g_malloc (HEAD_BYTES);
  if (!g_input_stream_read_all (G_INPUT_STREAM (stream), buffer, HEAD_BYTES, &length, NULL,
                                error))
    return NULL;

  name = g_file_get_basename (file);
  return layanan_csv_new_from_data (buffer, length, name, error);
}

static gboolean
load_head (LayananSkmImportDialog  *self,
           GError                       **error)
{
  g_autoptr(LayananCsv) csv = read_head (self->file, error);
  g_autoptr(GPtrArray) unsur = NULL;
  g_autofree char *remembered = NULL;

  if (csv == NULL)
    return FALSE;
  if (!layanan_csv_next (csv, error))
    {
      if (error != NULL && *error == NULL)
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                             _("The file is empty; it should start with a header row that "
                               "names the columns"));
      return FALSE;
    }

  unsur = layanan_database_list_skm_unsur (self->database, error);
  if (unsur == NULL)
    return FALSE;
  self->mapping = layanan_skm_csv_mapping_new (layanan_csv_get_fields (csv), unsur);
  remembered = g_settings_get_string (self->settings, MAPPING_KEY);
  /* Made for a file of another shape, it is left aside: the recognised
   * columns stand. */
  if (*remembered != '\0')
    layanan_skm_csv_mapping_apply_string (self->mapping, remembered, NULL);
  for (guint i = 0; i < layanan_csv_get_n_fields (csv); i++)
    add_preview_cell (self, layanan_csv_get_field (csv, i), i, 0);

  for (int row = 1; row <= PREVIEW_ROWS && layanan_csv_next (csv, NULL); )
    {
      if (layanan_csv_is_blank (csv))
        continue;
      for (guint i = 0; i < layanan_csv_get_n_fields (csv); i++)
        add_preview_cell (self, layanan_csv_get_field (csv, i), i, row);
      row++;
    }
  return TRUE;
}

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  LayananSkmImportDialog *self = user_data;

  if (self->progress_bar != NULL)
    gtk_progress_bar_set_fraction (self->progress_bar, fraction);
}

static void
show_check_result (LayananSkmImportDialog       *self,
                   const LayananSkmImportResult *result)
{
  g_autofree char *status = NULL;

  if (result->n_skipped == 0)
    status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "The row is ready to import.",
                                           "All %u rows are ready to import.", result->n_rows),
                              result->n_rows);
  else
    status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u of %u rows has problems. Correct the file and "
                                           "open it again, or skip the bad rows.",
                                           "%u of %u rows have problems. Correct the file and "
                                           "open it again, or skip the bad rows.",
                                           result->n_skipped),
                              result->n_skipped, result->n_rows);
  set_status (self, status);
}

static void
import_done_cb (GObject      *source,
                GAsyncResult *res,
                gpointer      user_data)
{
  g_autoptr(LayananSkmImportDialog) self = user_data;
  g_autoptr(LayananSkmImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok = layanan_skm_import_finish (res, &result, &error);

  g_clear_object (&self->cancellable);
  /* Closed while the job ran: nothing left to show it in. */
  if (self->progress_bar == NULL)
    return;
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), FALSE);
  update_actions (self);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      set_status (self, _("Stopped; nothing was imported."));
      return;
    }

  if (result != NULL)
    show_problems (self, result);

  if (!ok)
    set_status (self, error->message);
  else if (self->check_only)
    show_check_result (self, result);
  else
    {
      g_autofree char *mapping = layanan_skm_csv_mapping_to_string (self->mapping);

      g_settings_set_string (self->settings, MAPPING_KEY, mapping);
      g_signal_emit (self, signals[IMPORTED], 0, result->n_imported);
      gtk_window_close (GTK_WINDOW (self));
    }
}

static void
run_job (LayananSkmImportDialog *self,
         gboolean                      check_only)
{
  g_autofree char *path = g_file_get_path (self->file);
  LayananSkmImportTarget target = { self->period_id, 0, NULL, NULL, NULL };
  LayananSkmImportFlags flags = LAYANAN_SKM_IMPORT_DEFAULT;

  if (self->cancellable != NULL || self->mapping == NULL)
    return;

  if (check_only)
    flags |= LAYANAN_SKM_IMPORT_CHECK_ONLY;
  if (gtk_switch_get_active (self->skip_switch))
    flags |= LAYANAN_SKM_IMPORT_SKIP_BAD_ROWS;

  self->cancellable = g_cancellable_new ();
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), TRUE);
  set_status (self, check_only ? _("Checking…") : _("Importing…"));
  update_actions (self);

  self->check_only = check_only;
  layanan_skm_import_async (layanan_database_get_path (self->database), path, self->mapping,
                            &target, flags, self->cancellable, progress_cb, self,
                            import_done_cb, g_object_ref (self));
}

static void
check_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  run_job (LAYANAN_SKM_IMPORT_DIALOG (widget), TRUE);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  run_job (LAYANAN_SKM_IMPORT_DIALOG (widget), FALSE);
}

/* Stops a running job, or closes the dialog. */
static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LayananSkmImportDialog *self = LAYANAN_SKM_IMPORT_DIALOG (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  else
    gtk_window_close (GTK_WINDOW (self));
}

static gboolean
layanan_skm_import_dialog_close_request (GtkWindow *window)
{
  LayananSkmImportDialog *self = LAYANAN_SKM_IMPORT_DIALOG (window);

  g_cancellable_cancel (self->cancellable);
  return GTK_WINDOW_CLASS (layanan_skm_import_dialog_parent_class)->close_request (window);
}

static void
layanan_skm_import_dialog_dispose (GObject *object)
{
  LayananSkmImportDialog *self = LAYANAN_SKM_IMPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), LAYANAN_TYPE_SKM_IMPORT_DIALOG);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->database);
  g_clear_object (&self->file);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (layanan_skm_import_dialog_parent_class)->dispose (object);
}

static void
layanan_skm_import_dialog_finalize (GObject *object)
{
  LayananSkmImportDialog *self = LAYANAN_SKM_IMPORT_DIALOG (object);

  g_clear_pointer (&self->mapping, layanan_skm_csv_mapping_free);

  G_OBJECT_CLASS (layanan_skm_import_dialog_parent_class)->finalize (object);
}

static void
layanan_skm_import_dialog_class_init (LayananSkmImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = layanan_skm_import_dialog_dispose;
  object_class->finalize = layanan_skm_import_dialog_finalize;
  window_class->close_request = layanan_skm_import_dialog_close_request;

  /**
   * LayananSkmImportDialog::imported:
   * @count: how many questionnaires were saved
   */
  signals [IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/layananbiro/Layanan/"
                                               "layanan-skm-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LayananSkmImportDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LayananSkmImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, LayananSkmImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, LayananSkmImportDialog, columns_group);
  gtk_widget_class_bind_template_child (widget_class, LayananSkmImportDialog, preview_grid);
  gtk_widget_class_bind_template_child (widget_class, LayananSkmImportDialog, status_label);
  gtk_widget_class_bind_template_child (widget_class, LayananSkmImportDialog, skip_switch);
  gtk_widget_class_bind_template_child (widget_class, LayananSkmImportDialog, problems_list);
  gtk_widget_class_install_action (widget_class, "skm-import.check", NULL, check_action);
  gtk_widget_class_install_action (widget_class, "skm-import.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "skm-import.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0,
                                       "skm-import.cancel", NULL);
}

static void
layanan_skm_import_dialog_init (LayananSkmImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = g_settings_new (APP_ID);
}

LayananSkmImportDialog *
layanan_skm_import_dialog_new (GtkWindow       *parent,
                                     LayananDatabase *database,
                                 gint64           period_id,
                                 GFile           *file)
{
  LayananSkmImportDialog *self;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LAYANAN_IS_DATABASE (database), NULL);
  g_return_val_if_fail (period_id > 0, NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (LAYANAN_TYPE_SKM_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  self->file = g_object_ref (file);
  self->period_id = period_id;

  name = g_file_get_basename (file);
  adw_window_title_set_subtitle (self->window_title, name);

  if (!load_head (self, &error))
    {
      set_status (self, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->columns_group), FALSE);
      update_actions (self);
      return self;
    }

  build_column_rows (self);
  show_unchecked (self);
  return self;
}
