/* layanan-evaluation-page.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-evaluation-page"

#include "config.h"

#include "layanan-evaluation-page.h"
#include "layanan-skm-view.h"
#include "layanan-workload-view.h"

struct _LayananEvaluationPage
{
  AdwBin          parent_instance;

  /* Template widgets */
  AdwViewStack   *stack;
  LayananSkmView *skm_view;
  AdwBin         *workload_bin;
};

G_DEFINE_FINAL_TYPE (LayananEvaluationPage, layanan_evaluation_page, ADW_TYPE_BIN)

static void
layanan_evaluation_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), LAYANAN_TYPE_EVALUATION_PAGE);

  G_OBJECT_CLASS (layanan_evaluation_page_parent_class)->dispose (object);
}

static void
layanan_evaluation_page_class_init (LayananEvaluationPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = layanan_evaluation_page_dispose;

  g_type_ensure (LAYANAN_TYPE_SKM_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/layananbiro/Layanan/layanan-evaluation-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LayananEvaluationPage, stack);
  gtk_widget_class_bind_template_child (widget_class, LayananEvaluationPage, skm_view);
  gtk_widget_class_bind_template_child (widget_class, LayananEvaluationPage, workload_bin);
}

static void
layanan_evaluation_page_init (LayananEvaluationPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
layanan_evaluation_page_set_database (LayananEvaluationPage *self,
                                      LayananDatabase       *database)
{
  g_return_if_fail (LAYANAN_IS_EVALUATION_PAGE (self));
  g_return_if_fail (LAYANAN_IS_DATABASE (database));

  layanan_skm_view_set_database (self->skm_view, database);
  /* The workload view takes its database when made. */
  adw_bin_set_child (self->workload_bin, layanan_workload_view_new (database));
}

void
layanan_evaluation_page_set_visible_view (LayananEvaluationPage *self,
                                          const char            *name)
{
  g_return_if_fail (LAYANAN_IS_EVALUATION_PAGE (self));

  if (adw_view_stack_get_child_by_name (self->stack, name) != NULL)
    adw_view_stack_set_visible_child_name (self->stack, name);
}
