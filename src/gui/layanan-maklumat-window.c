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
  AdwToast         *toast;
  char             *shown_code;  /* the unit whose maklumat the widgets show */
  LayananMaklumat  *shown;       /* as stored (or the defaults), to tell an edit */
  GHashTable       *drafts;      /* unit code → LayananMaklumat edited, not saved */
  gboolean          discarding;
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
  /* The newest message replaces the last, rather than waiting behind it. */
  if (self->toast != NULL)
    adw_toast_dismiss (self->toast);
  g_set_object (&self->toast, adw_toast_new (message));
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (self->toast));
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

static LayananMaklumat *
read_widgets (LayananMaklumatWindow *self)
{
  LayananMaklumat *maklumat = g_new0 (LayananMaklumat, 1);

  maklumat->text = get_view_text (self->text_view);
  maklumat->date =
    g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->date_row))));
  maklumat->place =
    g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->place_row))));
  maklumat->signatory = get_view_text (self->signatory_view);

  return maklumat;
}

static void
show_maklumat (LayananMaklumatWindow *self,
               const LayananMaklumat *maklumat)
{
  set_view_text (self->text_view, maklumat->text);
  gtk_editable_set_text (GTK_EDITABLE (self->place_row),
                         maklumat->place != NULL ? maklumat->place : "");
  gtk_editable_set_text (GTK_EDITABLE (self->date_row),
                         maklumat->date != NULL ? maklumat->date : "");
  set_view_text (self->signatory_view, maklumat->signatory);
}

static gboolean
same_maklumat (const LayananMaklumat *a,
               const LayananMaklumat *b)
{
  return g_strcmp0 (a->text, b->text) == 0
         && g_strcmp0 (a->date, b->date) == 0
         && g_strcmp0 (a->place, b->place) == 0
         && g_strcmp0 (a->signatory, b->signatory) == 0;
}

/* Keeps what was typed for the unit shown, so that choosing another unit
 * (or a failed save) loses nothing. */
static void
stash_shown (LayananMaklumatWindow *self)
{
  g_autoptr(LayananMaklumat) current = NULL;

  if (self->shown_code == NULL || self->shown == NULL)
    return;

  current = read_widgets (self);
  if (same_maklumat (current, self->shown))
    g_hash_table_remove (self->drafts, self->shown_code);
  else
    g_hash_table_insert (self->drafts, g_strdup (self->shown_code), g_steal_pointer (&current));
}

static LayananMaklumat *
create_default_maklumat (void)
{
  LayananMaklumat *maklumat = g_new0 (LayananMaklumat, 1);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  maklumat->text = g_strdup (CUSTOMARY_TEXT);
  maklumat->date = g_date_time_format (now, "%Y-%m-%d");
  maklumat->place = g_strdup (DEFAULT_PLACE);
  maklumat->signatory = g_strdup ("");

  return maklumat;
}

static void
load_unit (LayananMaklumatWindow *self)
{
  LayananUnit *unit = get_selected_unit (self);
  g_autoptr(LayananMaklumat) maklumat = NULL;
  g_autoptr(GError) error = NULL;
  LayananMaklumat *draft;

  if (unit == NULL || g_strcmp0 (unit->code, self->shown_code) == 0)
    return;

  stash_shown (self);
  g_clear_pointer (&self->shown, layanan_maklumat_free);
  g_clear_pointer (&self->shown_code, g_free);

  maklumat = layanan_database_get_maklumat (self->database, unit->code, &error);
  if (maklumat == NULL)
    {
      if (!g_error_matches (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND))
        {
          show_message (self, error->message);
          return;
        }
      /* A unit without a maklumat yet starts from the customary one. */
      maklumat = create_default_maklumat ();
    }

  draft = g_hash_table_lookup (self->drafts, unit->code);
  show_maklumat (self, draft != NULL ? draft : maklumat);
  self->shown = g_steal_pointer (&maklumat);
  self->shown_code = g_strdup (unit->code);
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
  g_autoptr(LayananMaklumat) maklumat = NULL;
  g_autoptr(GError) error = NULL;
  GDate date;

  if (self->shown_code == NULL)
    {
      show_message (self, _("Choose the unit whose maklumat this is"));
      return;
    }

  maklumat = read_widgets (self);
  if (*maklumat->text == '\0')
    {
      show_message (self, _("Write the text of the maklumat pelayanan"));
      gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
      return;
    }

  if (!layanan_date_parse_iso (maklumat->date, &date, &error))
    {
      show_message (self, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
      return;
    }
  g_free (maklumat->date);
  maklumat->date = layanan_date_format_iso (&date);

  if (!layanan_database_set_maklumat (self->database, self->shown_code, maklumat, &error))
    {
      show_message (self, error->message);
      return;
    }

  g_hash_table_remove (self->drafts, self->shown_code);
  g_clear_pointer (&self->shown, layanan_maklumat_free);
  self->shown = g_steal_pointer (&maklumat);
  show_message (self, _("Maklumat pelayanan saved"));
  g_signal_emit (self, signals[SAVED], 0, self->shown_code);
}

static void
discard_response_cb (AdwMessageDialog      *dialog,
                     const char            *response,
                     LayananMaklumatWindow *self)
{
  if (g_strcmp0 (response, "discard") != 0)
    return;

  self->discarding = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
layanan_maklumat_window_close_request (GtkWindow *window)
{
  LayananMaklumatWindow *self = LAYANAN_MAKLUMAT_WINDOW (window);
  GtkWidget *dialog;
  guint n_units;

  if (self->discarding)
    return GTK_WINDOW_CLASS (layanan_maklumat_window_parent_class)->close_request (window);

  stash_shown (self);
  n_units = g_hash_table_size (self->drafts);
  if (n_units == 0)
    return GTK_WINDOW_CLASS (layanan_maklumat_window_parent_class)->close_request (window);

  dialog = adw_message_dialog_new (window, _("Discard Unsaved Changes?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  ngettext ("The maklumat of %u unit has changes that are not "
                                            "saved.",
                                            "The maklumat of %u units has changes that are not "
                                            "saved.",
                                            n_units),
                                  n_units);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (discard_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

static void
layanan_maklumat_window_dispose (GObject *object)
{
  LayananMaklumatWindow *self = LAYANAN_MAKLUMAT_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LAYANAN_TYPE_MAKLUMAT_WINDOW);
  g_clear_object (&self->database);
  g_clear_pointer (&self->units, g_ptr_array_unref);
  g_clear_object (&self->toast);
  g_clear_pointer (&self->shown, layanan_maklumat_free);
  g_clear_pointer (&self->shown_code, g_free);
  g_clear_pointer (&self->drafts, g_hash_table_unref);

  G_OBJECT_CLASS (layanan_maklumat_window_parent_class)->dispose (object);
}

static void
layanan_maklumat_window_class_init (LayananMaklumatWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = layanan_maklumat_window_dispose;
  window_class->close_request = layanan_maklumat_window_close_request;

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
  self->drafts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) layanan_maklumat_free);
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
