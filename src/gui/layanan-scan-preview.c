/* layanan-scan-preview.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-scan-preview"

#include "config.h"

#include <glib/gi18n.h>

#include "layanan-scan.h"
#include "layanan-scan-preview.h"

/* 72 dpi × 1.5 reads comfortably at 100 %; thumbnails need a fifth of that. */
#define PREVIEW_SCALE 1.5
#define THUMBNAIL_SCALE 0.2
#define MIN_ZOOM 0.25
#define MAX_ZOOM 4.0
/* An A4 page whole in a preview about 550 pixels wide, beside the form. */
#define START_ZOOM 0.6

typedef struct
{
  LayananScan *scan;
  guint        index;      /* within the scan */
  int          rotation;   /* degrees clockwise: 0, 90, 180, 270 */
} Page;

struct _LayananScanPreview
{
  GtkWidget     parent_instance;

  GtkWidget    *box;
  GtkLabel     *page_label;
  GtkPicture   *picture;
  GtkBox       *thumbnails;

  GArray       *pages;       /* Page */
  guint         current;
  double        zoom;
  guint         generation;  /* bumped when the scans change: late renders are dropped */
  GCancellable *cancellable;
};

G_DEFINE_FINAL_TYPE (LayananScanPreview, layanan_scan_preview, GTK_TYPE_WIDGET)

/* ─────────────────────────── Rendering ─────────────────────────── */

typedef struct
{
  LayananScan *scan;
  guint        index;
  double       scale;
  int          rotation;
  guint        generation;
  GtkWidget   *target;     /* the picture to fill (owned ref) */
} RenderJob;

static void
render_job_free (RenderJob *job)
{
  g_object_unref (job->scan);
  g_object_unref (job->target);
  g_free (job);
}

static void
release_surface (gpointer surface)
{
  cairo_surface_destroy (surface);
}

/* Cairo's ARGB32 is premultiplied BGRA on little-endian machines, which is
 * GDK_MEMORY_DEFAULT: the pixels are handed over without a copy. */
static GdkTexture *
texture_from_surface (cairo_surface_t *surface)
{
  g_autoptr(GBytes) bytes = NULL;
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);

  cairo_surface_flush (surface);
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) height * stride, release_surface,
                                      cairo_surface_reference (surface));
  return gdk_memory_texture_new (cairo_image_surface_get_width (surface), height,
                                 GDK_MEMORY_DEFAULT, bytes, stride);
}

static void
render_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  RenderJob *job = task_data;
  cairo_surface_t *surface;
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;

  surface = layanan_scan_render_page (job->scan, job->index, job->scale, job->rotation, &error);
  if (surface == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_pointer (task, texture_from_surface (surface), g_object_unref);
  cairo_surface_destroy (surface);
}

static void
rendered_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  LayananScanPreview *self = LAYANAN_SCAN_PREVIEW (source);
  RenderJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;

  texture = g_task_propagate_pointer (G_TASK (result), &error);
  if (texture == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        gtk_widget_set_tooltip_text (job->target, error->message);
      return;
    }
  if (job->generation != self->generation)
    return;

  gtk_picture_set_paintable (GTK_PICTURE (job->target), GDK_PAINTABLE (texture));
}

static void
render_async (LayananScanPreview *self,
              guint               page_number,
              double              scale,
              GtkWidget          *target)
{
  const Page *page = &g_array_index (self->pages, Page, page_number);
  g_autoptr(GTask) task = g_task_new (self, self->cancellable, rendered_cb, NULL);
  RenderJob *job = g_new0 (RenderJob, 1);

  job->scan = g_object_ref (page->scan);
  job->index = page->index;
  job->scale = scale;
  job->rotation = page->rotation;
  job->generation = self->generation;
  job->target = g_object_ref (target);
  g_task_set_task_data (task, job, (GDestroyNotify) render_job_free);
  g_task_run_in_thread (task, render_thread);
}

/* ─────────────────────────── Showing ─────────────────────────── */

static void
update_page_label (LayananScanPreview *self)
{
  g_autofree char *text = NULL;

  if (self->pages->len == 0)
    text = g_strdup ("");
  else
    /* Translators: "Page 2 of 3" under the scan preview */
    text = g_strdup_printf (_("Page %u of %u"), self->current + 1, self->pages->len);
  gtk_label_set_text (self->page_label, text);
}

static void
update_picture_size (LayananScanPreview *self)
{
  const Page *page;
  double width, height;

  if (self->pages->len == 0)
    return;

  page = &g_array_index (self->pages, Page, self->current);
  layanan_scan_get_page_size (page->scan, page->index, &width, &height);
  if (page->rotation == 90 || page->rotation == 270)
    {
      double swap = width;

      width = height;
      height = swap;
    }
  gtk_widget_set_size_request (GTK_WIDGET (self->picture),
                               (int) (width * PREVIEW_SCALE * self->zoom),
                               (int) (height * PREVIEW_SCALE * self->zoom));
}

void
layanan_scan_preview_show_page (LayananScanPreview *self,
                                guint               page)
{
  g_return_if_fail (LAYANAN_IS_SCAN_PREVIEW (self));

  if (page >= self->pages->len)
    return;

  self->current = page;
  update_page_label (self);
  update_picture_size (self);
  render_async (self, page, PREVIEW_SCALE * MAX (1.0, self->zoom), GTK_WIDGET (self->picture));
}

static void
thumbnail_clicked_cb (GtkButton          *button,
                      LayananScanPreview *self)
{
  layanan_scan_preview_show_page (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button),
                                                                             "page")));
}

static GtkWidget *
thumbnail_new (LayananScanPreview *self,
               guint               page)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *picture = gtk_picture_new ();
  /* Translators: the accessible name of a page thumbnail */
  g_autofree char *label = g_strdup_printf (_("Page %u"), page + 1);

  gtk_widget_set_size_request (picture, 90, 120);
  gtk_button_set_child (GTK_BUTTON (button), picture);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data (G_OBJECT (button), "page", GUINT_TO_POINTER (page));
  g_signal_connect (button, "clicked", G_CALLBACK (thumbnail_clicked_cb), self);
  render_async (self, page, THUMBNAIL_SCALE, picture);
  return button;
}

static void
clear_thumbnails (LayananScanPreview *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->thumbnails))) != NULL)
    gtk_box_remove (self->thumbnails, child);
}

void
layanan_scan_preview_set_scans (LayananScanPreview *self,
                                GPtrArray          *scans)
{
  g_return_if_fail (LAYANAN_IS_SCAN_PREVIEW (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->generation++;
  g_array_set_size (self->pages, 0);
  clear_thumbnails (self);
  gtk_picture_set_paintable (self->picture, NULL);

  for (guint i = 0; scans != NULL && i < scans->len; i++)
    {
      LayananScan *scan = g_ptr_array_index (scans, i);

      for (guint j = 0; j < layanan_scan_get_n_pages (scan); j++)
        {
          Page page = { g_object_ref (scan), j, 0 };

          g_array_append_val (self->pages, page);
        }
    }

  for (guint i = 0; i < self->pages->len; i++)
    gtk_box_append (self->thumbnails, thumbnail_new (self, i));

  self->current = 0;
  update_page_label (self);
  if (self->pages->len > 0)
    layanan_scan_preview_show_page (self, 0);
}

guint
layanan_scan_preview_get_n_pages (LayananScanPreview *self)
{
  g_return_val_if_fail (LAYANAN_IS_SCAN_PREVIEW (self), 0);

  return self->pages->len;
}

guint
layanan_scan_preview_get_page (LayananScanPreview *self)
{
  g_return_val_if_fail (LAYANAN_IS_SCAN_PREVIEW (self), 0);

  return self->current;
}

int
layanan_scan_preview_get_rotation (LayananScanPreview *self,
                                   guint               page)
{
  g_return_val_if_fail (LAYANAN_IS_SCAN_PREVIEW (self), 0);
  g_return_val_if_fail (page < self->pages->len, 0);

  return g_array_index (self->pages, Page, page).rotation;
}

void
layanan_scan_preview_rotate (LayananScanPreview *self,
                             int                 quarter_turns)
{
  Page *page;
  GtkWidget *thumbnail;

  g_return_if_fail (LAYANAN_IS_SCAN_PREVIEW (self));

  if (self->pages->len == 0)
    return;

  page = &g_array_index (self->pages, Page, self->current);
  page->rotation = ((page->rotation + quarter_turns * 90) % 360 + 360) % 360;

  thumbnail = gtk_widget_get_first_child (GTK_WIDGET (self->thumbnails));
  for (guint i = 0; thumbnail != NULL && i < self->current; i++)
    thumbnail = gtk_widget_get_next_sibling (thumbnail);
  if (thumbnail != NULL)
    render_async (self, self->current, THUMBNAIL_SCALE,
                  gtk_button_get_child (GTK_BUTTON (thumbnail)));
  layanan_scan_preview_show_page (self, self->current);
}

void
layanan_scan_preview_zoom (LayananScanPreview *self,
                           double              factor)
{
  g_return_if_fail (LAYANAN_IS_SCAN_PREVIEW (self));

  self->zoom = CLAMP (self->zoom * factor, MIN_ZOOM, MAX_ZOOM);
  layanan_scan_preview_show_page (self, self->current);
}

/* ─────────────────────────── Widget ─────────────────────────── */

static void
zoom_in_cb (LayananScanPreview *self)
{
  layanan_scan_preview_zoom (self, 1.25);
}

static void
zoom_out_cb (LayananScanPreview *self)
{
  layanan_scan_preview_zoom (self, 0.8);
}

static void
rotate_left_cb (LayananScanPreview *self)
{
  layanan_scan_preview_rotate (self, -1);
}

static void
rotate_right_cb (LayananScanPreview *self)
{
  layanan_scan_preview_rotate (self, 1);
}

static GtkWidget *
tool_button_new (LayananScanPreview *self,
                 const char         *icon,
                 const char         *label,
                 GCallback           callback)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
  gtk_widget_add_css_class (button, "flat");
  g_signal_connect_swapped (button, "clicked", callback, self);
  return button;
}

static GtkWidget *
toolbar_new (LayananScanPreview *self)
{
  GtkWidget *toolbar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_box_append (GTK_BOX (toolbar), tool_button_new (self, "zoom-out-symbolic", _("Zoom Out"),
                                                      G_CALLBACK (zoom_out_cb)));
  gtk_box_append (GTK_BOX (toolbar), tool_button_new (self, "zoom-in-symbolic", _("Zoom In"),
                                                      G_CALLBACK (zoom_in_cb)));
  gtk_box_append (GTK_BOX (toolbar), tool_button_new (self, "object-rotate-left-symbolic",
                                                      _("Rotate Left"),
                                                      G_CALLBACK (rotate_left_cb)));
  gtk_box_append (GTK_BOX (toolbar), tool_button_new (self, "object-rotate-right-symbolic",
                                                      _("Rotate Right"),
                                                      G_CALLBACK (rotate_right_cb)));
  self->page_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_hexpand (GTK_WIDGET (self->page_label), TRUE);
  gtk_label_set_xalign (self->page_label, 1);
  gtk_widget_add_css_class (GTK_WIDGET (self->page_label), "dim-label");
  gtk_box_append (GTK_BOX (toolbar), GTK_WIDGET (self->page_label));
  return toolbar;
}

static void
layanan_scan_preview_dispose (GObject *object)
{
  LayananScanPreview *self = LAYANAN_SCAN_PREVIEW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  if (self->pages != NULL)
    {
      for (guint i = 0; i < self->pages->len; i++)
        g_object_unref (g_array_index (self->pages, Page, i).scan);
      g_clear_pointer (&self->pages, g_array_unref);
    }

  G_OBJECT_CLASS (layanan_scan_preview_parent_class)->dispose (object);
}

static void
layanan_scan_preview_class_init (LayananScanPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = layanan_scan_preview_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
layanan_scan_preview_init (LayananScanPreview *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *strip = gtk_scrolled_window_new ();

  self->pages = g_array_new (FALSE, FALSE, sizeof (Page));
  self->zoom = START_ZOOM;
  self->cancellable = g_cancellable_new ();

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_box_append (GTK_BOX (self->box), toolbar_new (self));

  self->picture = GTK_PICTURE (gtk_picture_new ());
  /* Drawn at the size the zoom asks for (its size request), whatever the
   * resolution it was rendered at. */
  gtk_picture_set_can_shrink (self->picture, TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->picture), GTK_ALIGN_START);
  gtk_widget_set_halign (GTK_WIDGET (self->picture), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->picture), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Page preview"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->picture));
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (self->box), scroller);

  self->thumbnails = GTK_BOX (gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (strip), GTK_WIDGET (self->thumbnails));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (strip), GTK_POLICY_AUTOMATIC,
                                  GTK_POLICY_NEVER);
  gtk_box_append (GTK_BOX (self->box), strip);
}

GtkWidget *
layanan_scan_preview_new (void)
{
  return g_object_new (LAYANAN_TYPE_SCAN_PREVIEW, NULL);
}
