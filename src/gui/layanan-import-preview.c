/* layanan-import-preview.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-import-preview"

#include "config.h"

#include "layanan-import-preview.h"

#include <glib/gi18n.h>

/* The head of the file read for the header and the preview, on the main
 * thread: bounded, whatever the file's size. */
#define HEAD_BYTES (64 * 1024)
#define PREVIEW_ROWS 5

#define BIND_CHILD(klass, offset, name) \
  gtk_widget_class_bind_template_child_full (klass, #name, FALSE, \
                                             offset + G_STRUCT_OFFSET (LayananImportPreview, name))

void
layanan_import_preview_bind_template (GtkWidgetClass *widget_class,
                                      gsize           offset)
{
  BIND_CHILD (widget_class, offset, toast_overlay);
  BIND_CHILD (widget_class, offset, window_title);
  BIND_CHILD (widget_class, offset, progress_bar);
  BIND_CHILD (widget_class, offset, columns_group);
  BIND_CHILD (widget_class, offset, preview_grid);
  BIND_CHILD (widget_class, offset, status_label);
  BIND_CHILD (widget_class, offset, skip_switch);
  BIND_CHILD (widget_class, offset, problems_list);
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

LayananCsv *
layanan_import_preview_open_head (GFile   *file,
                                  GError **error)
{
  g_autoptr(LayananCsv) csv = read_head (file, error);

  if (csv == NULL)
    return NULL;
  if (!layanan_csv_next (csv, error))
    {
      if (error != NULL && *error == NULL)
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                             _("The file is empty; it should start with a header row that "
                               "names the columns"));
      return NULL;
    }
  return g_steal_pointer (&csv);
}

static void
add_preview_cell (LayananImportPreview *preview,
                  const char           *text,
                  int                   column,
                  int                   row)
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
  gtk_grid_attach (preview->preview_grid, label, column, row, 1, 1);
}

static void
add_preview_row (LayananImportPreview *preview,
                 LayananCsv           *csv,
                 int                   row)
{
  for (guint i = 0; i < layanan_csv_get_n_fields (csv); i++)
    add_preview_cell (preview, layanan_csv_get_field (csv, i), i, row);
}

void
layanan_import_preview_fill_grid (LayananImportPreview *preview,
                                  LayananCsv           *csv)
{
  add_preview_row (preview, csv, 0);
  for (int row = 1; row <= PREVIEW_ROWS && layanan_csv_next (csv, NULL); )
    {
      if (layanan_csv_is_blank (csv))
        continue;
      add_preview_row (preview, csv, row);
      row++;
    }
}

void
layanan_import_preview_set_status (LayananImportPreview *preview,
                                   const char           *text)
{
  gtk_label_set_label (preview->status_label, text);
}

void
layanan_import_preview_update_actions (LayananImportPreview *preview,
                                       GtkWidget            *dialog,
                                       const char           *prefix,
                                       gboolean              ready)
{
  gboolean running = preview->cancellable != NULL;
  g_autofree char *check = g_strconcat (prefix, ".check", NULL);
  g_autofree char *import = g_strconcat (prefix, ".import", NULL);

  gtk_widget_action_set_enabled (dialog, check, ready && !running);
  gtk_widget_action_set_enabled (dialog, import, ready && !running);
  gtk_widget_set_sensitive (GTK_WIDGET (preview->columns_group), !running);
  gtk_widget_set_sensitive (GTK_WIDGET (preview->skip_switch), !running);
}

static void
clear_problems (LayananImportPreview *preview)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (preview->problems_list))) != NULL)
    gtk_list_box_remove (preview->problems_list, child);
  gtk_widget_set_visible (GTK_WIDGET (preview->problems_list), FALSE);
}

static void
add_problem_row (LayananImportPreview *preview,
                 const char           *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 8);
  gtk_widget_set_margin_bottom (label, 8);
  gtk_list_box_append (preview->problems_list, label);
}

void
layanan_import_preview_show_unchecked (LayananImportPreview *preview,
                                       const GError         *mapping_error)
{
  clear_problems (preview);
  if (mapping_error != NULL)
    layanan_import_preview_set_status (preview, mapping_error->message);
  else
    layanan_import_preview_set_status (preview,
                                       _("Press Check to read every row before importing."));
}

void
layanan_import_preview_show_problems (LayananImportPreview       *preview,
                                      GPtrArray                  *problems,
                                      guint                       n_problems,
                                      LayananImportProblemFormat  format)
{
  clear_problems (preview);
  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *text = format (g_ptr_array_index (problems, i));

      add_problem_row (preview, text);
    }
  if (n_problems > problems->len)
    {
      g_autofree char *more = NULL;
      guint n_more = n_problems - problems->len;

      more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "…and %u more problem",
                                           "…and %u more problems", n_more), n_more);
      add_problem_row (preview, more);
    }
  gtk_widget_set_visible (GTK_WIDGET (preview->problems_list), problems->len > 0);
}

void
layanan_import_preview_show_check_result (LayananImportPreview *preview,
                                          guint                 n_rows,
                                          guint                 n_skipped)
{
  g_autofree char *status = NULL;

  if (n_skipped == 0)
    status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "The row is ready to import.",
                                           "All %u rows are ready to import.", n_rows),
                              n_rows);
  else
    status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u of %u rows has problems. Correct the file and "
                                           "open it again, or skip the bad rows.",
                                           "%u of %u rows have problems. Correct the file and "
                                           "open it again, or skip the bad rows.",
                                           n_skipped),
                              n_skipped, n_rows);
  layanan_import_preview_set_status (preview, status);
}

GtkStringList *
layanan_import_preview_column_choices_new (void)
{
  GtkStringList *choices = gtk_string_list_new (NULL);

  /* Translators: a field of a complaint or a questionnaire that the
   * imported file has no column for */
  gtk_string_list_append (choices, _("Not in the file"));
  return choices;
}

void
layanan_import_preview_append_column (GtkStringList *choices,
                                      const char    *header,
                                      guint          column)
{
  g_autofree char *unnamed = NULL;

  if (*header == '\0')
    /* Translators: a column of the imported file without a header */
    header = unnamed = g_strdup_printf (_("Column %u"), column + 1);
  gtk_string_list_append (choices, header);
}

AdwComboRow *
layanan_import_preview_add_column_row (LayananImportPreview *preview,
                                       const char           *label,
                                       gboolean              required,
                                       guint                 field,
                                       GtkStringList        *choices)
{
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
  if (required)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Required"));
  adw_combo_row_set_model (row, G_LIST_MODEL (choices));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
  g_object_set_data (G_OBJECT (row), "field", GUINT_TO_POINTER (field));
  adw_preferences_group_add (preview->columns_group, GTK_WIDGET (row));
  return row;
}

GCancellable *
layanan_import_preview_start_job (LayananImportPreview *preview,
                                  gboolean              check_only)
{
  preview->cancellable = g_cancellable_new ();
  preview->check_only = check_only;
  gtk_progress_bar_set_fraction (preview->progress_bar, 0);
  gtk_widget_set_visible (GTK_WIDGET (preview->progress_bar), TRUE);
  layanan_import_preview_set_status (preview, check_only ? _("Checking…") : _("Importing…"));
  return preview->cancellable;
}

void
layanan_import_preview_progress_cb (double   fraction,
                                    gpointer user_data)
{
  LayananImportPreview *preview = user_data;

  if (preview->progress_bar != NULL)
    gtk_progress_bar_set_fraction (preview->progress_bar, fraction);
}

gboolean
layanan_import_preview_end_job (LayananImportPreview *preview)
{
  g_clear_object (&preview->cancellable);
  /* Closed while the job ran: nothing left to show it in. */
  if (preview->progress_bar == NULL)
    return FALSE;
  gtk_widget_set_visible (GTK_WIDGET (preview->progress_bar), FALSE);
  return TRUE;
}

gboolean
layanan_import_preview_show_stopped (LayananImportPreview *preview,
                                     const GError         *error)
{
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return FALSE;
  layanan_import_preview_set_status (preview, _("Stopped; nothing was imported."));
  return TRUE;
}

void
layanan_import_preview_cancel_or_close (LayananImportPreview *preview,
                                        GtkWindow            *dialog)
{
  if (preview->cancellable != NULL)
    g_cancellable_cancel (preview->cancellable);
  else
    gtk_window_close (dialog);
}
