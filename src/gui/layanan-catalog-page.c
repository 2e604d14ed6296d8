/* layanan-catalog-page.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-catalog-page"

#include "config.h"

#include <glib/gi18n.h>

#include "layanan-catalog-export.h"
#include "layanan-catalog-page.h"
#include "layanan-import-review.h"
#include "layanan-maklumat-window.h"
#include "layanan-standard-editor.h"
#include "layanan-standard-import.h"
#include "layanan-versions-window.h"

struct _LayananCatalogPage
{
  AdwBin                 parent_instance;

  /* Template widgets */
  GtkSearchEntry        *search_entry;
  GtkListBox            *service_list;
  GtkStack              *content_stack;
  GtkLabel              *unit_label;
  LayananStandardEditor *editor;

  /* Owned */
  LayananDatabase       *database;
  GCancellable          *cancellable;
  gint64                 selected_id;
};

G_DEFINE_FINAL_TYPE (LayananCatalogPage, layanan_catalog_page, ADW_TYPE_BIN)

static void
add_toast (LayananCatalogPage *self,
           AdwToast           *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
show_message (LayananCatalogPage *self,
              const char         *message)
{
  add_toast (self, adw_toast_new (message));
}

/* The list: services grouped by unit, filtered in SQL by the search. */

static GtkWidget *
service_row_new (const LayananServiceSummary *summary)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), summary->name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (summary->has_completion)
    {
      LayananDuration completion = { summary->completion_value, summary->completion_unit };

      subtitle = layanan_duration_to_string (&completion);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
    }
  if (summary->n_review_flags > 0 || summary->review_due)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_set_tooltip_text (icon, summary->review_due ? _("Review due")
                                                             : _("Check before use"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      summary->review_due ? _("Review due")
                                                          : _("Check before use"),
                                      -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
    }

  g_object_set_data (G_OBJECT (row), "service-id", GINT_TO_POINTER ((int) summary->id));
  g_object_set_data_full (G_OBJECT (row), "unit-name", g_strdup (summary->unit_name), g_free);

  return row;
}

static void
unit_header_func (GtkListBoxRow *row,
                  GtkListBoxRow *before,
                  gpointer       user_data)
{
  const char *unit = g_object_get_data (G_OBJECT (row), "unit-name");
  const char *previous = before != NULL ? g_object_get_data (G_OBJECT (before), "unit-name")
                                        : NULL;
  GtkWidget *header;

  if (g_strcmp0 (unit, previous) == 0)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  header = gtk_label_new (unit);
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_set_margin_start (header, 12);
  gtk_widget_set_margin_top (header, 12);
  gtk_widget_set_margin_bottom (header, 6);
  gtk_list_box_row_set_header (row, header);
}

void
layanan_catalog_page_refresh (LayananCatalogPage *self)
{
  g_autoptr(GPtrArray) services = NULL;
  g_autoptr(GError) error = NULL;
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  GtkWidget *child;

  g_return_if_fail (LAYANAN_IS_CATALOG_PAGE (self));

  if (self->database == NULL)
    return;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->service_list))) != NULL)
    gtk_list_box_remove (self->service_list, child);

  services = layanan_database_list_services (self->database, *search != '\0' ? search : NULL,
                                             &error);
  if (services == NULL)
    {
      show_message (self, error->message);
      return;
    }

  for (guint i = 0; i < services->len; i++)
    {
      const LayananServiceSummary *summary = g_ptr_array_index (services, i);
      GtkWidget *row = service_row_new (summary);

      gtk_list_box_append (self->service_list, row);
      if (summary->id == self->selected_id)
        gtk_list_box_select_row (self->service_list, GTK_LIST_BOX_ROW (row));
    }
}

static void
search_changed_cb (LayananCatalogPage *self)
{
  layanan_catalog_page_refresh (self);
}

static void
show_service (LayananCatalogPage *self,
              gint64              id)
{
  g_autoptr(LayananStandard) standard = NULL;
  g_autoptr(GError) error = NULL;

  standard = layanan_database_load_standard (self->database, id, &error);
  if (standard == NULL)
    {
      show_message (self, error->message);
      return;
    }

  self->selected_id = id;
  gtk_label_set_text (self->unit_label, layanan_standard_get_unit_name (standard));
  layanan_standard_editor_set_standard (self->editor, standard);
  gtk_stack_set_visible_child_name (self->content_stack, "service");
}

static void
service_selected_cb (LayananCatalogPage *self,
                     GtkListBoxRow      *row)
{
  if (row == NULL)
    return;

  show_service (self, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "service-id")));
}

/* Actions */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LayananCatalogPage *self = LAYANAN_CATALOG_PAGE (widget);
  g_autoptr(LayananStandard) edited = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = self->selected_id;  /* saves over this service, even when renamed */

  edited = layanan_standard_editor_get_standard (self->editor, &error);
  if (edited == NULL || !layanan_database_save_standard (self->database, edited, &id, &error))
    {
      show_message (self, error->message);
      return;
    }

  self->selected_id = id;
  layanan_catalog_page_refresh (self);
  show_service (self, id);
  show_message (self, _("Service saved"));
}

static void
undo_delete_cb (AdwToast   *toast,
                gpointer    user_data)
{
  LayananCatalogPage *self = g_object_get_data (G_OBJECT (toast), "page");
  LayananStandard *copy = user_data;
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = layanan_database_restore_service (self->database, copy, &error);
  if (id <= 0)
    {
      show_message (self, error->message);
      return;
    }

  self->selected_id = id;
  layanan_catalog_page_refresh (self);
  show_service (self, id);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LayananCatalogPage *self = LAYANAN_CATALOG_PAGE (widget);
  LayananStandard *copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (self->selected_id <= 0)
    return;

  if (!layanan_database_delete_service (self->database, self->selected_id, &copy, &error))
    {
      show_message (self, error->message);
      return;
    }

  title = g_strdup_printf (_("“%s” deleted"), layanan_standard_get_name (copy));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data (G_OBJECT (toast), "page", self);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_delete_cb), copy,
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);

  self->selected_id = 0;
  gtk_stack_set_visible_child_name (self->content_stack, "empty");
  layanan_catalog_page_refresh (self);
  add_toast (self, toast);
}

static void
review_saved_cb (LayananImportReview *review,
                 gint64               first_id,
                 gpointer             user_data)
{
  LayananCatalogPage *self = user_data;

  layanan_catalog_page_refresh (self);
  if (first_id > 0)
    show_service (self, first_id);
}

static void
imported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(LayananCatalogPage) self = user_data;
  g_autoptr(GPtrArray) standards = NULL;
  g_autoptr(GError) error = NULL;
  LayananImportReview *review;

  standards = layanan_standard_import_file_finish (result, &error);
  if (standards == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_message (self, error->message);
      return;
    }

  review = layanan_import_review_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                      self->database, standards);
  g_signal_connect_object (review, "saved", G_CALLBACK (review_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (review));
}

static void
import_path (LayananCatalogPage *self,
             const char         *path)
{
  layanan_standard_import_file_async (path, self->cancellable, imported_cb, g_object_ref (self));
}

/* Documents dropped on the catalog are imported like chosen ones, one by one. */
static gboolean
drop_cb (GtkDropTarget      *target,
         const GValue       *value,
         double              x,
         double              y,
         LayananCatalogPage *self)
{
  GSList *files = g_value_get_boxed (value);

  for (GSList *l = files; l != NULL; l = l->next)
    {
      g_autofree char *path = g_file_get_path (l->data);

      if (path != NULL)
        import_path (self, path);
    }

  return files != NULL;
}

static void
import_file_chosen_cb (GtkNativeDialog *dialog,
                       int              response,
                       gpointer         user_data)
{
  LayananCatalogPage *self = user_data;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

  if (file != NULL)
    {
      g_autofree char *path = g_file_get_path (file);

      import_path (self, path);
    }

  g_object_unref (dialog);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LayananCatalogPage *self = LAYANAN_CATALOG_PAGE (widget);
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Standar Pelayanan documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_mime_type (filter, "text/plain");
  gtk_file_filter_add_mime_type (filter, "text/markdown");
  gtk_file_filter_add_suffix (filter, "md");

  dialog = gtk_file_chooser_native_new (_("Import Standards"),
                                        GTK_WINDOW (gtk_widget_get_root (widget)),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  g_signal_connect (dialog, "response", G_CALLBACK (import_file_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
exported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(LayananCatalogPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!layanan_catalog_export_finish (result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_message (self, error->message);
      return;
    }

  show_message (self, _("Matrix exported"));
}

/* The maklumat printed after the matrix: that of the unit on show, or of
 * the first unit in the catalog. */
static char *
maklumat_unit_code (LayananCatalogPage *self)
{
  g_autoptr(LayananStandard) standard = NULL;
  g_autoptr(GPtrArray) units = NULL;

  if (self->selected_id > 0 &&
      (standard = layanan_database_load_standard (self->database, self->selected_id, NULL)))
    return g_strdup (layanan_standard_get_unit_code (standard));

  units = layanan_database_list_units (self->database, NULL);
  if (units != NULL && units->len > 0)
    return g_strdup (((LayananUnit *) g_ptr_array_index (units, 0))->code);

  return NULL;
}

static void
export_file_chosen_cb (GtkNativeDialog *dialog,
                       int              response,
                       gpointer         user_data)
{
  LayananCatalogPage *self = user_data;
  GArray *service_ids = g_object_get_data (G_OBJECT (dialog), "service-ids");
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

  if (file != NULL)
    {
      g_autofree char *path = g_file_get_path (file);
      g_autofree char *unit_code = NULL;

      if (g_strcmp0 (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "maklumat"),
                     "true") == 0)
        unit_code = maklumat_unit_code (self);

      layanan_catalog_export_async (layanan_database_get_path (self->database), service_ids,
                                    unit_code, path, self->cancellable, exported_cb,
                                    g_object_ref (self));
    }

  g_object_unref (dialog);
}

/* export: the whole catalog; export-service: the service on show. */
static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LayananCatalogPage *self = LAYANAN_CATALOG_PAGE (widget);
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (_("Export Matrix"),
                                        GTK_WINDOW (gtk_widget_get_root (widget)),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  /* Translators: the default file name of the exported matrix */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), _("standar-pelayanan.xlsx"));
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (dialog), "maklumat",
                               _("Print the maklumat pelayanan after the matrix"), NULL, NULL);
  if (g_str_equal (action_name, "catalog.export-service") && self->selected_id > 0)
    {
      GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

      g_array_append_val (ids, self->selected_id);
      g_object_set_data_full (G_OBJECT (dialog), "service-ids", ids,
                              (GDestroyNotify) g_array_unref);
    }
  g_signal_connect (dialog, "response", G_CALLBACK (export_file_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
versions_changed_cb (LayananVersionsWindow *window,
                     LayananCatalogPage    *self)
{
  layanan_catalog_page_refresh (self);
}

static void
versions_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LayananCatalogPage *self = LAYANAN_CATALOG_PAGE (widget);
  g_autoptr(LayananStandard) standard = NULL;
  LayananVersionsWindow *window;

  if (self->selected_id <= 0)
    return;

  standard = layanan_database_load_standard (self->database, self->selected_id, NULL);
  window = layanan_versions_window_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                        self->database, self->selected_id,
                                        standard != NULL ? layanan_standard_get_name (standard)
                                                         : NULL);
  g_signal_connect_object (window, "changed", G_CALLBACK (versions_changed_cb), self, 0);
  gtk_window_present (GTK_WINDOW (window));
}

static void
maklumat_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LayananCatalogPage *self = LAYANAN_CATALOG_PAGE (widget);
  g_autoptr(LayananStandard) standard = NULL;

  /* The maklumat of the unit on show, or of the first unit. */
  if (self->selected_id > 0)
    standard = layanan_database_load_standard (self->database, self->selected_id, NULL);

  gtk_window_present (GTK_WINDOW (layanan_maklumat_window_new (
    GTK_WINDOW (gtk_widget_get_root (widget)), self->database,
    standard != NULL ? layanan_standard_get_unit_code (standard) : NULL)));
}

/* GObject overrides */

static void
layanan_catalog_page_dispose (GObject *object)
{
  LayananCatalogPage *self = LAYANAN_CATALOG_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), LAYANAN_TYPE_CATALOG_PAGE);
  g_clear_object (&self->database);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (layanan_catalog_page_parent_class)->dispose (object);
}

static void
layanan_catalog_page_class_init (LayananCatalogPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = layanan_catalog_page_dispose;

  g_type_ensure (LAYANAN_TYPE_STANDARD_EDITOR);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/layananbiro/Layanan/layanan-catalog-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LayananCatalogPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LayananCatalogPage, service_list);
  gtk_widget_class_bind_template_child (widget_class, LayananCatalogPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, LayananCatalogPage, unit_label);
  gtk_widget_class_bind_template_child (widget_class, LayananCatalogPage, editor);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, service_selected_cb);

  gtk_widget_class_install_action (widget_class, "catalog.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "catalog.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "catalog.export-service", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "catalog.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "catalog.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "catalog.versions", NULL, versions_action);
  gtk_widget_class_install_action (widget_class, "catalog.maklumat", NULL, maklumat_action);
}

static void
layanan_catalog_page_init (LayananCatalogPage *self)
{
  GtkDropTarget *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  gtk_list_box_set_header_func (self->service_list, unit_header_func, NULL, NULL);
  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}

void
layanan_catalog_page_set_database (LayananCatalogPage *self,
                                   LayananDatabase    *database)
{
  g_return_if_fail (LAYANAN_IS_CATALOG_PAGE (self));

  g_set_object (&self->database, database);
  self->selected_id = 0;
  gtk_stack_set_visible_child_name (self->content_stack, "empty");
  layanan_catalog_page_refresh (self);
}
