/* layanan-import-review.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-import-review"

#include "config.h"

#include <glib/gi18n.h>

#include "layanan-import-review.h"
#include "layanan-standard-editor.h"

struct _LayananImportReview
{
  AdwWindow         parent_instance;

  /* Template widgets */
  AdwToastOverlay  *toast_overlay;
  AdwComboRow      *unit_row;
  GtkStack         *stack;

  /* Owned */
  LayananDatabase  *database;
  GPtrArray        *units;       /* LayananUnit, in the order of unit_row */
  GPtrArray        *editors;     /* LayananStandardEditor, borrowed from the stack */
};

G_DEFINE_FINAL_TYPE (LayananImportReview, layanan_import_review, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void
show_message (LayananImportReview *self,
              const char          *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static void
fill_units (LayananImportReview *self,
            const char          *preferred_code)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;

  self->units = layanan_database_list_units (self->database, &error);
  if (self->units == NULL)
    {
      show_message (self, error->message);
      self->units = g_ptr_array_new ();
      return;
    }

  for (guint i = 0; i < self->units->len; i++)
    {
      LayananUnit *unit = g_ptr_array_index (self->units, i);

      gtk_string_list_append (names, unit->name);
    }
  adw_combo_row_set_model (self->unit_row, G_LIST_MODEL (names));

  for (guint i = 0; i < self->units->len; i++)
    if (g_strcmp0 (((LayananUnit *) g_ptr_array_index (self->units, i))->code,
                   preferred_code) == 0)
      adw_combo_row_set_selected (self->unit_row, i);
}

static void
add_service_page (LayananImportReview *self,
                  LayananStandard     *standard)
{
  LayananStandardEditor *editor = layanan_standard_editor_new ();
  const char *name = layanan_standard_get_name (standard);
  g_autofree char *page_name = g_strdup_printf ("service-%u", self->editors->len);
  GtkStackPage *page;

  layanan_standard_editor_set_standard (editor, standard);
  page = gtk_stack_add_titled (self->stack, GTK_WIDGET (editor), page_name,
                               name != NULL && *name != '\0' ? name : _("Unnamed service"));
  gtk_stack_page_set_needs_attention (page,
                                      layanan_standard_get_review_flags (standard)->len > 0);
  g_ptr_array_add (self->editors, editor);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LayananImportReview *self = LAYANAN_IMPORT_REVIEW (widget);
  guint selected = adw_combo_row_get_selected (self->unit_row);
  LayananUnit *unit;
  g_autoptr(GPtrArray) edited = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  gint64 first_id = 0;

  if (selected == GTK_INVALID_LIST_POSITION || selected >= self->units->len)
    {
      show_message (self, _("Choose the unit these services belong to"));
      return;
    }
  unit = g_ptr_array_index (self->units, selected);

  /* Read every page first, so that a mistake on one saves none. */
  for (guint i = 0; i < self->editors->len; i++)
    {
      LayananStandard *standard =
        layanan_standard_editor_get_standard (g_ptr_array_index (self->editors, i), &error);

      if (standard == NULL || !layanan_standard_validate (standard, &error))
        {
          gtk_stack_set_visible_child (self->stack, g_ptr_array_index (self->editors, i));
          show_message (self, error->message);
          g_clear_object (&standard);
          return;
        }
      layanan_standard_set_unit_code (standard, unit->code);
      g_ptr_array_add (edited, standard);
    }

  if (!layanan_database_save_standards (self->database, edited, &first_id, &error))
    {
      show_message (self, error->message);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, first_id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
layanan_import_review_dispose (GObject *object)
{
  LayananImportReview *self = LAYANAN_IMPORT_REVIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LAYANAN_TYPE_IMPORT_REVIEW);
  g_clear_object (&self->database);
  g_clear_pointer (&self->units, g_ptr_array_unref);
  g_clear_pointer (&self->editors, g_ptr_array_unref);

  G_OBJECT_CLASS (layanan_import_review_parent_class)->dispose (object);
}

static void
layanan_import_review_class_init (LayananImportReviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = layanan_import_review_dispose;

  signals [SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/layananbiro/Layanan/layanan-import-review.ui");
  gtk_widget_class_bind_template_child (widget_class, LayananImportReview, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LayananImportReview, unit_row);
  gtk_widget_class_bind_template_child (widget_class, LayananImportReview, stack);
  gtk_widget_class_install_action (widget_class, "review.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
layanan_import_review_init (LayananImportReview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->editors = g_ptr_array_new ();
}

LayananImportReview *
layanan_import_review_new (GtkWindow       *parent,
                           LayananDatabase *database,
                           GPtrArray       *standards)
{
  LayananImportReview *self;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (database), NULL);
  g_return_val_if_fail (standards != NULL && standards->len > 0, NULL);

  self = g_object_new (LAYANAN_TYPE_IMPORT_REVIEW, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  fill_units (self, layanan_standard_get_unit_code (g_ptr_array_index (standards, 0)));
  for (guint i = 0; i < standards->len; i++)
    add_service_page (self, g_ptr_array_index (standards, i));

  return self;
}
