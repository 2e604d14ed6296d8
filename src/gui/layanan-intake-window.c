/* layanan-intake-window.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-intake-window"

#include "config.h"

#include <glib/gi18n.h>

#include "layanan-intake-job.h"
#include "layanan-intake-window.h"
#include "layanan-letter-fields.h"
#include "layanan-letter-form.h"
#include "layanan-scan.h"
#include "layanan-scan-preview.h"

/* Beyond this many image-only pages a file is a bundle, not a letter:
 * its first pages carry the fields, and the rest stays with the scan. */
#define MAX_OCR_PAGES 10

/* One letter to register: one file, or several joined. */
typedef struct
{
  GPtrArray *documents;   /* LayananIntakeDocument, borrowed from the window */
  GPtrArray *scans;       /* LayananScan, one per document */
  char      *text;
  gboolean   duplicates_confirmed;
} Draft;

struct _LayananIntakeWindow
{
  AdwWindow           parent_instance;

  /* Template widgets */
  AdwToastOverlay    *toast_overlay;
  AdwWindowTitle     *window_title;
  GtkToggleButton    *join_button;
  GtkStack           *stack;
  GtkProgressBar     *progress_bar;
  AdwStatusPage      *error_page;
  LayananScanPreview *preview;
  GtkLabel           *notice_label;
  LayananLetterForm  *form;
  GtkTextView        *text_view;

  /* Owned */
  LayananDatabase    *database;
  LayananCalendar    *calendar;
  GStrv               paths;
  GPtrArray          *documents;  /* LayananIntakeDocument */
  GPtrArray          *drafts;     /* Draft */
  guint               current;
  guint               n_saved;
  GCancellable       *cancellable;
};

G_DEFINE_FINAL_TYPE (LayananIntakeWindow, layanan_intake_window, ADW_TYPE_WINDOW)

enum {
  LETTERS_SAVED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void
show_message (LayananIntakeWindow *self,
              const char          *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

/* ─────────────────────────── Drafts ─────────────────────────── */

static void
draft_free (Draft *draft)
{
  g_ptr_array_unref (draft->documents);
  g_ptr_array_unref (draft->scans);
  g_free (draft->text);
  g_free (draft);
}

static Draft *
draft_new (void)
{
  Draft *draft = g_new0 (Draft, 1);

  draft->documents = g_ptr_array_new ();
  draft->scans = g_ptr_array_new_with_free_func (g_object_unref);
  return draft;
}

static void
draft_add (Draft                 *draft,
           LayananIntakeDocument *document)
{
  g_ptr_array_add (draft->documents, document);
  g_ptr_array_add (draft->scans, g_object_ref (document->scan));
  if (draft->text == NULL)
    draft->text = g_strdup (document->text);
  else
    {
      char *joined = g_strconcat (draft->text, "\n\f\n", document->text, NULL);

      g_free (draft->text);
      draft->text = joined;
    }
}

/* One draft per file, or one for all when the user joined them. */
static void
make_drafts (LayananIntakeWindow *self,
             gboolean             joined)
{
  g_clear_pointer (&self->drafts, g_ptr_array_unref);
  self->drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) draft_free);

  for (guint i = 0; i < self->documents->len; i++)
    {
      if (!joined || i == 0)
        g_ptr_array_add (self->drafts, draft_new ());
      draft_add (g_ptr_array_index (self->drafts, self->drafts->len - 1),
                 g_ptr_array_index (self->documents, i));
    }
}

static Draft *
current_draft (LayananIntakeWindow *self)
{
  if (self->drafts == NULL || self->current >= self->drafts->len)
    return NULL;
  return g_ptr_array_index (self->drafts, self->current);
}

static char **
draft_sha256s (Draft *draft)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  char **sha256s;

  for (guint i = 0; i < draft->documents->len; i++)
    g_strv_builder_add (builder,
                        ((LayananIntakeDocument *) g_ptr_array_index (draft->documents, i))->sha256);
  sha256s = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return sha256s;
}

/* ─────────────────────────── Duplicates ─────────────────────────── */

static char *
describe_duplicates (GPtrArray *duplicates)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < duplicates->len; i++)
    {
      LayananLetterDuplicate *duplicate = g_ptr_array_index (duplicates, i);
      g_autofree char *agenda = layanan_agenda_number_format (duplicate->agenda_number,
                                                               duplicate->agenda_year);

      if (i > 0)
        g_string_append_c (text, '\n');
      if (duplicate->same_file)
        /* Translators: "This file is already registered as letter 12/2026 (No. 005/…)" */
        g_string_append_printf (text, _("This file is already registered as letter %s (No. %s)."),
                                agenda, duplicate->nomor);
      else
        /* Translators: "Letter 12/2026 has the same number, date and sender (Dinas Sosial)." */
        g_string_append_printf (text, _("Letter %s has the same number, date and sender (%s)."),
                                agenda, duplicate->pengirim);
    }
  return g_string_free (text, FALSE);
}

/* The duplicates of the letter as the form now says it, or NULL. */
static char *
find_duplicates (LayananIntakeWindow *self,
                 Draft               *draft,
                 const LayananLetter *letter)
{
  g_auto(GStrv) sha256s = draft_sha256s (draft);
  g_autoptr(GPtrArray) duplicates = NULL;
  g_autoptr(GError) error = NULL;

  duplicates = layanan_database_find_letter_duplicates (self->database,
                                                        (const char * const *) sha256s,
                                                        letter != NULL ? letter->pengirim : NULL,
                                                        letter != NULL ? letter->nomor : NULL,
                                                        letter != NULL ? letter->tanggal : NULL,
                                                        &error);
  if (duplicates == NULL)
    return g_strdup (error->message);
  if (duplicates->len == 0)
    return NULL;
  return describe_duplicates (duplicates);
}

static void
check_duplicates (LayananIntakeWindow *self)
{
  Draft *draft = current_draft (self);
  g_autoptr(LayananLetter) letter = NULL;
  g_autofree char *message = NULL;

  if (draft == NULL)
    return;

  letter = layanan_letter_form_get_letter (self->form, NULL, NULL);
  message = find_duplicates (self, draft, letter);
  layanan_letter_form_show_duplicates (self->form, message);
}

static void
form_changed_cb (LayananIntakeWindow *self)
{
  check_duplicates (self);
}

/* ─────────────────────────── Showing a draft ─────────────────────────── */

static void
show_notices (LayananIntakeWindow *self,
              Draft               *draft)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < draft->documents->len; i++)
    {
      LayananIntakeDocument *document = g_ptr_array_index (draft->documents, i);

      for (guint j = 0; document->notices != NULL && j < document->notices->len; j++)
        g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "",
                                (const char *) g_ptr_array_index (document->notices, j));
    }
  gtk_label_set_text (self->notice_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->notice_label), text->len > 0);
}

static void
show_draft (LayananIntakeWindow *self)
{
  Draft *draft = current_draft (self);
  g_autoptr(LayananLetterFields) fields = NULL;
  g_autofree char *subtitle = NULL;

  if (draft == NULL)
    return;

  /* Translators: the subtitle of the intake window, "Letter 2 of 5" */
  subtitle = g_strdup_printf (_("Letter %u of %u"), self->current + 1, self->drafts->len);
  adw_window_title_set_subtitle (self->window_title, subtitle);

  layanan_scan_preview_set_scans (self->preview, draft->scans);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view),
                            draft->text != NULL ? draft->text : "", -1);
  show_notices (self, draft);

  layanan_letter_form_set_database (self->form, self->database, self->calendar);
  fields = layanan_letter_fields_extract (draft->text != NULL ? draft->text : "");
  layanan_letter_form_suggest (self->form, fields);
  check_duplicates (self);
  gtk_stack_set_visible_child_name (self->stack, "form");
}

static void
join_toggled_cb (LayananIntakeWindow *self)
{
  self->current = 0;
  make_drafts (self, gtk_toggle_button_get_active (self->join_button));
  show_draft (self);
}

/* ─────────────────────────── Reading ─────────────────────────── */

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  LayananIntakeWindow *self = user_data;

  gtk_progress_bar_set_fraction (self->progress_bar, fraction);
}

static void
read_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(LayananIntakeWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  self->documents = layanan_intake_job_run_finish (result, &error);
  if (self->documents == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->join_button), self->documents->len > 1);
  join_toggled_cb (self);
}

/* ─────────────────────────── Saving ─────────────────────────── */

static GPtrArray *
draft_files (Draft *draft)
{
  GPtrArray *files = g_ptr_array_new_with_free_func ((GDestroyNotify) layanan_letter_file_free);

  for (guint i = 0; i < draft->documents->len; i++)
    g_ptr_array_add (files, layanan_intake_document_to_letter_file (
                              g_ptr_array_index (draft->documents, i)));
  return files;
}

static void
next_draft (LayananIntakeWindow *self)
{
  /* Joining after a letter was saved would register its file twice. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->join_button), FALSE);

  if (self->current + 1 >= self->drafts->len)
    {
      gtk_window_close (GTK_WINDOW (self));
      return;
    }
  self->current++;
  show_draft (self);
}

static void save_draft (LayananIntakeWindow *self);

static void
duplicate_response_cb (AdwMessageDialog    *dialog,
                       const char          *response,
                       LayananIntakeWindow *self)
{
  Draft *draft = current_draft (self);

  if (draft != NULL && g_strcmp0 (response, "register") == 0)
    {
      draft->duplicates_confirmed = TRUE;
      save_draft (self);
    }
}

static void
ask_about_duplicates (LayananIntakeWindow *self,
                      const char          *message)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Register a Possible Duplicate?"),
                                                       message));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"),
                                    "register", _("_Register Anyway"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "register", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (duplicate_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_draft (LayananIntakeWindow *self)
{
  Draft *draft = current_draft (self);
  g_autoptr(LayananLetter) base = layanan_letter_new ();
  g_autoptr(LayananLetter) letter = NULL;
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *duplicates = NULL;
  g_autofree char *agenda = NULL;
  g_autofree char *saved = NULL;

  if (draft == NULL)
    return;

  base->body_text = g_strdup (draft->text);
  letter = layanan_letter_form_get_letter (self->form, base, &error);
  if (letter == NULL)
    {
      show_message (self, error->message);
      return;
    }

  duplicates = find_duplicates (self, draft, letter);
  if (duplicates != NULL && !draft->duplicates_confirmed)
    {
      ask_about_duplicates (self, duplicates);
      return;
    }

  files = draft_files (draft);
  if (!layanan_database_add_letter (self->database, letter, files, &error))
    {
      show_message (self, error->message);
      return;
    }

  self->n_saved++;
  agenda = layanan_agenda_number_format (letter->agenda_number, letter->agenda_year);
  /* Translators: shown after saving, "Registered as letter 12/2026" */
  saved = g_strdup_printf (_("Registered as letter %s"), agenda);
  g_signal_emit (self, signals[LETTERS_SAVED], 0, saved);
  if (self->current + 1 < self->drafts->len)
    show_message (self, saved);
  next_draft (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  save_draft (LAYANAN_INTAKE_WINDOW (widget));
}

static void
skip_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  next_draft (LAYANAN_INTAKE_WINDOW (widget));
}

/* ─────────────────────────── Life cycle ─────────────────────────── */

static void
layanan_intake_window_dispose (GObject *object)
{
  LayananIntakeWindow *self = LAYANAN_INTAKE_WINDOW (object);

  /* Closing while reading stops the reading; nothing was saved by it. */
  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), LAYANAN_TYPE_INTAKE_WINDOW);
  g_clear_pointer (&self->drafts, g_ptr_array_unref);
  g_clear_pointer (&self->documents, g_ptr_array_unref);
  g_clear_pointer (&self->paths, g_strfreev);
  g_clear_object (&self->database);
  g_clear_object (&self->calendar);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (layanan_intake_window_parent_class)->dispose (object);
}

static void
layanan_intake_window_class_init (LayananIntakeWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = layanan_intake_window_dispose;

  /* The argument says which letter, for the window the intake returns to. */
  signals[LETTERS_SAVED] = g_signal_new ("letters-saved", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (LAYANAN_TYPE_SCAN_PREVIEW);
  g_type_ensure (LAYANAN_TYPE_LETTER_FORM);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/layananbiro/Layanan/layanan-intake-window.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, LayananIntakeWindow, name)
  BIND (toast_overlay);
  BIND (window_title);
  BIND (join_button);
  BIND (stack);
  BIND (progress_bar);
  BIND (error_page);
  BIND (preview);
  BIND (notice_label);
  BIND (form);
  BIND (text_view);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, join_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, form_changed_cb);

  gtk_widget_class_install_action (widget_class, "intake.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "intake.skip", NULL, skip_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "intake.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
layanan_intake_window_init (LayananIntakeWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

static GStrv
file_paths (GListModel *files)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  GStrv paths;

  for (guint i = 0; i < g_list_model_get_n_items (files); i++)
    {
      g_autoptr(GFile) file = g_list_model_get_item (files, i);
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        g_strv_builder_add (builder, path);
    }
  paths = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return paths;
}

LayananIntakeWindow *
layanan_intake_window_new (GtkWindow       *parent,
                           LayananDatabase *database,
                           GListModel      *files)
{
  LayananIntakeWindow *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (database), NULL);

  self = g_object_new (LAYANAN_TYPE_INTAKE_WINDOW, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  self->paths = file_paths (files);
  self->calendar = layanan_database_load_calendar (database, &error);
  if (self->calendar == NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return self;
    }

  gtk_stack_set_visible_child_name (self->stack, "reading");
  layanan_intake_job_run_async ((const char * const *) self->paths, MAX_OCR_PAGES,
                                self->cancellable, progress_cb, self, read_cb,
                                g_object_ref (self));
  return self;
}
