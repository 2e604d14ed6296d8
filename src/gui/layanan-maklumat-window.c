/* layanan-maklumat-window.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-maklumat-window"

#include "config.h"

#include "layanan-maklumat-window.h"

#include <glib/gi18n.h>

#include "layanan-date.h"
#include "layanan-error.h"

/* The customary wording (DOMAIN.md §2.4). It is the document's own
 * Indonesian text, not a user interface string, so it is not translated. */
#define CUSTOMARY_TEXT \
  "Dengan ini, kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan " \
  "yang telah ditetapkan dan apabila tidak menepati janji ini, kami siap menerima sanksi " \
  "sesuai peraturan perundang-undangan yang berlaku."
#define DEFAULT_PLACE "Pontianak"

struct _LayananMaklumatWindow
{
  AdwWindow         parent_instance;

  /* Template widgets */
  AdwToastOverlay  *toast_overlay;
  AdwComboRow      *unit_row;
  GtkTextView      *text_view;
  AdwEntryRow      *place_row;
  AdwEntryRow      *date_row;
  GtkTextView      *signatory_view;

  /* Owned */
  LayananDatabase  *database;
  GPtrArray        *units;       /* LayananUnit, in the order of unit_row */
};

G_DEFINE_FINAL_TYPE (LayananMaklumatWindow, layanan_maklumat_window, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void
show_message (LayananMaklumatWindow *self,
              const char            *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static LayananUnit *
get_selected_unit (LayananMaklumatWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->unit_row);

  if (self->units == NULL || selected == GTK_INVALID_LIST_POSITION
      || selected >= self->units->len)
    return NULL;

  return g_ptr_array_index (self->units, selected);
}

static void
set_view_text (GtkTextView *view,
               const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text != NULL ? text : "", -1);
}

static char *
get_view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static void
load_unit (LayananMaklumatWindow *self)
{
  LayananUnit *unit = get_selected_unit (self);
  g_autoptr(LayananMaklumat) maklumat = NULL;
  g_autoptr(GError) error = NULL;

  if (unit == NULL)
    return;

  maklumat = layanan_database_get_maklumat (self->database, unit->code, &error);
  if (maklumat == NULL)
    {
      g_autoptr(GDateTime) now = NULL;
      g_autofree char *today = NULL;

      if (!g_error_matches (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND))
        {
          show_message (self, error->message);
          return;
        }

      /* A unit without a maklumat yet starts from the customary one. */
      now = g_date_time_new_now_local ();
      today = g_date_time_format (now, "%Y-%m-%d");
      set_view_text (self->text_view, CUSTOMARY_TEXT);
      gtk_editable_set_text (GTK_EDITABLE (self->place_row), DEFAULT_PLACE);
      gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);
      set_view_text (self->signatory_view, "");
      return;
    }

  set_view_text (self->text_view, maklumat->text);
  gtk_editable_set_text (GTK_EDITABLE (self->place_row),
                         maklumat->place != NULL ? maklumat->place : "");
  gtk_editable_set_text (GTK_EDITABLE (self->date_row),
                         maklumat->date != NULL ? maklumat->date : "");
  set_view_text (self->signatory_view, maklumat->signatory);
}

static void
fill_units (LayananMaklumatWindow *self,
            const char            *preferred_code)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;
  guint preferred = 0;

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
      if (g_strcmp0 (unit->code, preferred_code) == 0)
        preferred = i;
    }
  adw_combo_row_set_model (self->unit_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->unit_row, preferred);
  load_unit (self);
}

static void
unit_selected_cb (LayananMaklumatWindow *self)
{
  load_unit (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LayananMaklumatWindow *self = LAYANAN_MAKLUMAT_WINDOW (widget);
  LayananUnit *unit = get_selected_unit (self);
  g_autofree char *text = get_view_text (self->text_view);
  g_autofree char *signatory = get_view_text (self->signatory_view);
  g_autofree char *place =
    g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->place_row))));
  g_autofree char *date_iso = NULL;
  g_autoptr(GError) error = NULL;
  LayananMaklumat maklumat;
  GDate date;

  if (unit == NULL)
    {
      show_message (self, _("Choose the unit whose maklumat this is"));
      return;
    }

  if (*text == '\0')
    {
      show_message (self, _("Write the text of the maklumat pelayanan"));
      gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
      return;
    }

  if (!layanan_date_parse_iso (gtk_editable_get_text (GTK_EDITABLE (self->date_row)),
                               &date, &error))
    {
      show_message (self, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
      return;
    }
  date_iso = layanan_date_format_iso (&date);

  maklumat.text = text;
  maklumat.date = date_iso;
  maklumat.place = place;
  maklumat.signatory = signatory;

  if (!layanan_database_set_maklumat (self->database, unit->code, &maklumat, &error))
    {
      show_message (self, error->message);
      return;
    }

  show_message (self, _("Maklumat pelayanan saved"));
  g_signal_emit (self, signals[SAVED], 0, unit->code);
}

static void
layanan_maklumat_window_dispose (GObject *object)
{
  LayananMaklumatWindow *self = LAYANAN_MAKLUMAT_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LAYANAN_TYPE_MAKLUMAT_WINDOW);
  g_clear_object (&self->database);
  g_clear_pointer (&self->units, g_ptr_array_unref);

  G_OBJECT_CLASS (layanan_maklumat_window_parent_class)->dispose (object);
}

static void
layanan_maklumat_window_class_init (LayananMaklumatWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = layanan_maklumat_window_dispose;

  signals [SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/layananbiro/Layanan/layanan-maklumat-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LayananMaklumatWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LayananMaklumatWindow, unit_row);
  gtk_widget_class_bind_template_child (widget_class, LayananMaklumatWindow, text_view);
  gtk_widget_class_bind_template_child (widget_class, LayananMaklumatWindow, place_row);
  gtk_widget_class_bind_template_child (widget_class, LayananMaklumatWindow, date_row);
  gtk_widget_class_bind_template_child (widget_class, LayananMaklumatWindow, signatory_view);
  gtk_widget_class_bind_template_callback (widget_class, unit_selected_cb);
  gtk_widget_class_install_action (widget_class, "maklumat.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "maklumat.save", NULL);
}

static void
layanan_maklumat_window_init (LayananMaklumatWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

LayananMaklumatWindow *
layanan_maklumat_window_new (GtkWindow       *parent,
                             LayananDatabase *database,
                             const char      *unit_code)
{
  LayananMaklumatWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LAYANAN_IS_DATABASE (database), NULL);

  self = g_object_new (LAYANAN_TYPE_MAKLUMAT_WINDOW, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  fill_units (self, unit_code);

  return self;
}
