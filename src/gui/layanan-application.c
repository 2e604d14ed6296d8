/* layanan-application.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-application"

#include "config.h"

#include <glib/gi18n.h>

#include "layanan-application.h"
#include "layanan-backup-job.h"
#include "layanan-complaint-watch.h"
#include "layanan-preferences-window.h"
#include "layanan-startup.h"
#include "layanan-window.h"

struct _LayananApplication
{
  AdwApplication         parent_instance;

  /* Owned */
  char                  *database_path;
  LayananDatabase       *database;
  GCancellable          *cancellable;
  GListStore            *pending_files;      /* GFile given to open before the database was */
  LayananComplaintWatch *complaint_watch;
  guint                  complaint_watch_id; /* the timeout source of its checks */
};

/* How often the complaints are checked for new overdue ones and for
 * silences that close them: deadlines are counted to the minute. */
#define COMPLAINT_CHECK_SECONDS 60

G_DEFINE_FINAL_TYPE (LayananApplication, layanan_application, ADW_TYPE_APPLICATION)

static LayananWindow *
get_window (LayananApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  return LAYANAN_IS_WINDOW (window) ? LAYANAN_WINDOW (window) : NULL;
}

/* Files given on the command line become letters once the register is open. */
static void
add_pending_letters (LayananApplication *self,
                     LayananWindow      *window)
{
  if (self->pending_files == NULL || self->database == NULL)
    return;

  layanan_window_add_letters (window, G_LIST_MODEL (self->pending_files));
  g_clear_object (&self->pending_files);
}

/* ───────── The complaint watch: overdue notifications, auto-close ───────── */

static void
notify_overdue (LayananApplication *self,
                gint64              complaint_id)
{
  g_autoptr(LayananComplaint) complaint = NULL;
  g_autoptr(GNotification) notification = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *number = NULL;
  g_autofree char *title = NULL;
  g_autofree char *id = NULL;

  complaint = layanan_database_load_complaint (self->database, complaint_id, &error);
  if (complaint == NULL)
    {
      g_warning ("Could not read overdue complaint %" G_GINT64_FORMAT ": %s", complaint_id,
                 error->message);
      return;
    }

  /* The notification may show on a locked screen: the number only, never
   * the complainant or the description. */
  number = layanan_agenda_number_format (complaint->register_number, complaint->register_year);
  /* Translators: a desktop notification; %s is the register number, "12/2026" */
  title = g_strdup_printf (_("Complaint %s is overdue"), number);
  notification = g_notification_new (title);
  g_notification_set_body (notification, _("Its deadline has passed. Open it to follow it up."));
  g_notification_set_priority (notification, G_NOTIFICATION_PRIORITY_HIGH);
  g_notification_set_default_action_and_target (notification, "app.open-complaint", "x",
                                                complaint_id);
  id = g_strdup_printf ("complaint-overdue-%" G_GINT64_FORMAT, complaint_id);
  g_application_send_notification (G_APPLICATION (self), id, notification);
}

static void
complaints_checked_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(LayananApplication) self = user_data;
  g_autoptr(GArray) newly_overdue = NULL;
  g_autoptr(GError) error = NULL;
  LayananWindow *window = get_window (self);
  guint n_closed = 0;

  if (!layanan_complaint_watch_check_finish (LAYANAN_COMPLAINT_WATCH (source), result,
                                             &newly_overdue, &n_closed, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED)
          && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PENDING))
        g_warning ("Could not check the complaints: %s", error->message);
      return;
    }

  if (self->database == NULL)
    return;
  for (guint i = 0; i < newly_overdue->len; i++)
    notify_overdue (self, g_array_index (newly_overdue, gint64, i));

  /* The counter and the tab's badge follow what the check found. */
  if (window != NULL && (newly_overdue->len > 0 || n_closed > 0))
    layanan_window_refresh_complaints (window);
}

static gboolean
check_complaints_cb (gpointer user_data)
{
  LayananApplication *self = user_data;

  if (self->complaint_watch != NULL)
    layanan_complaint_watch_check_async (self->complaint_watch, NULL, self->cancellable,
                                         complaints_checked_cb, g_object_ref (self));
  return G_SOURCE_CONTINUE;
}

static void
stop_complaint_watch (LayananApplication *self)
{
  g_clear_handle_id (&self->complaint_watch_id, g_source_remove);
  g_clear_object (&self->complaint_watch);
}

static void
start_complaint_watch (LayananApplication *self)
{
  stop_complaint_watch (self);
  self->complaint_watch = layanan_complaint_watch_new (layanan_database_get_path (self->database));
  self->complaint_watch_id = g_timeout_add_seconds (COMPLAINT_CHECK_SECONDS, check_complaints_cb,
                                                    self);
  check_complaints_cb (self);
}

static void
database_opened_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(LayananApplication) self = user_data;
  g_autoptr(GError) error = NULL;
  LayananWindow *window = get_window (self);

  g_clear_object (&self->database);
  self->database = layanan_startup_open_finish (result, &error);
  if (self->database != NULL)
    start_complaint_watch (self);

  if (window == NULL)
    return;

  if (self->database != NULL)
    {
      layanan_window_show_database (window, self->database);
      add_pending_letters (self, window);
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    layanan_window_show_error (window, error);
}

static void
open_database (LayananApplication *self)
{
  layanan_startup_open_async (self->database_path, TRUE, self->cancellable,
                              database_opened_cb, g_object_ref (self));
}

/* Actions */

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  LayananApplication *self = user_data;
  GtkWindow *window;

  /* Closing the windows (rather than g_application_quit) lets them save their state. */
  while ((window = gtk_application_get_active_window (GTK_APPLICATION (self))) != NULL)
    gtk_window_destroy (window);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  LayananApplication *self = user_data;
  LayananWindow *window = get_window (self);
  LayananPreferencesWindow *preferences;

  if (self->database == NULL)
    return;

  preferences = layanan_preferences_window_new (GTK_WINDOW (window), self->database);
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  LayananApplication *self = user_data;
  static const char *developers[] = { "The Layanan Biro authors", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", get_window (self),
                        "application-name", _("Layanan Biro"),
                        "application-icon", APP_ID,
                        "developer-name", _("The Layanan Biro authors"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Service standards, incoming letters, complaints and "
                                      "performance evaluation for government bureaus"),
                        "website", "https://github.com/layananbiro/layanan",
                        "issue-url", "https://github.com/layananbiro/layanan/issues",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "developers", developers,
                        /* Translators: credit yourself here, one name per line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
backup_saved_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(LayananApplication) self = user_data;
  g_autoptr(GError) error = NULL;
  LayananWindow *window = get_window (self);

  if (!layanan_backup_to_file_finish (result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) && window != NULL)
        layanan_window_add_toast (window, error->message);
      return;
    }

  if (window != NULL)
    layanan_window_add_toast (window, _("Backup saved"));
}

static void
backup_file_chosen_cb (GtkNativeDialog *dialog,
                       int              response,
                       gpointer         user_data)
{
  LayananApplication *self = user_data;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

  if (file != NULL && self->database != NULL)
    {
      g_autofree char *path = g_file_get_path (file);

      layanan_backup_to_file_async (layanan_database_get_path (self->database), path,
                                    self->cancellable, backup_saved_cb, g_object_ref (self));
    }

  g_object_unref (dialog);
}

static void
backup_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  LayananApplication *self = user_data;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  /* Translators: the default file name of a backup; keep the .sqlite extension */
  g_autofree char *name = g_strdup_printf (_("layanan-backup-%s.sqlite"), date);
  GtkFileChooserNative *dialog;

  if (self->database == NULL)
    return;

  dialog = gtk_file_chooser_native_new (_("Back Up Database"), GTK_WINDOW (get_window (self)),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  g_signal_connect (dialog, "response", G_CALLBACK (backup_file_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
restore_from (LayananApplication *self,
              const char         *backup_path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *kept_aside = NULL;
  g_autofree char *database_path = g_strdup (layanan_database_get_path (self->database));
  LayananWindow *window = get_window (self);

  /* The restore replaces the file, so no connection may stay open on it. */
  stop_complaint_watch (self);
  g_clear_object (&self->database);

  if (!layanan_database_restore (database_path, backup_path, &kept_aside, &error))
    {
      if (window != NULL)
        layanan_window_add_toast (window, error->message);
    }
  else if (window != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Database restored; the previous one was kept as %s"),
                                                  kept_aside);
      layanan_window_add_toast (window, message);
    }

  g_free (self->database_path);
  self->database_path = g_steal_pointer (&database_path);
  open_database (self);
}

static void
restore_confirmed_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      gpointer          user_data)
{
  LayananApplication *self = user_data;
  const char *backup_path = g_object_get_data (G_OBJECT (dialog), "backup-path");

  if (g_strcmp0 (response, "restore") == 0 && self->database != NULL)
    restore_from (self, backup_path);
}

static void
confirm_restore (LayananApplication *self,
                 const char         *backup_path)
{
  AdwMessageDialog *dialog;
  g_autofree char *basename = g_path_get_basename (backup_path);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (get_window (self)),
                                                       _("Restore From Backup?"), NULL));
  adw_message_dialog_format_body (dialog,
                                  _("Everything in the database will be replaced by the "
                                    "contents of “%s”. The current database is kept aside "
                                    "first, so nothing is lost."), basename);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "backup-path", g_strdup (backup_path), g_free);
  g_signal_connect (dialog, "response", G_CALLBACK (restore_confirmed_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
restore_file_chosen_cb (GtkNativeDialog *dialog,
                        int              response,
                        gpointer         user_data)
{
  LayananApplication *self = user_data;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

  if (file != NULL)
    {
      g_autofree char *path = g_file_get_path (file);

      confirm_restore (self, path);
    }

  g_object_unref (dialog);
}

static void
restore_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  LayananApplication *self = user_data;
  GtkFileChooserNative *dialog;

  if (self->database == NULL)
    return;

  dialog = gtk_file_chooser_native_new (_("Restore From Backup"),
                                        GTK_WINDOW (get_window (self)),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  g_signal_connect (dialog, "response", G_CALLBACK (restore_file_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
open_complaint_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  LayananApplication *self = user_data;
  LayananWindow *window;

  g_application_activate (G_APPLICATION (self));
  window = get_window (self);
  if (window != NULL && self->database != NULL)
    layanan_window_show_complaint (window, g_variant_get_int64 (parameter));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "preferences", preferences_action },
  { "about", about_action },
  { "backup", backup_action },
  { "restore", restore_action },
  { "open-complaint", open_complaint_action, "x" },
};

/* GApplication overrides */

static int
layanan_application_handle_local_options (GApplication *application,
                                          GVariantDict *options)
{
  LayananApplication *self = LAYANAN_APPLICATION (application);
  const char *path = NULL;

  if (g_variant_dict_lookup (options, "database", "^&ay", &path))
    {
      g_free (self->database_path);
      self->database_path = g_canonicalize_filename (path, NULL);
    }

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", _("Layanan Biro"), PACKAGE_VERSION);
      return 0;
    }

  return -1;
}

static void
layanan_application_startup (GApplication *application)
{
  LayananApplication *self = LAYANAN_APPLICATION (application);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  static const char *help_accels[] = { "<Control>question", NULL };

  G_APPLICATION_CLASS (layanan_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences",
                                         preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-help-overlay",
                                         help_accels);
}

static void
layanan_application_activate (GApplication *application)
{
  LayananApplication *self = LAYANAN_APPLICATION (application);
  LayananWindow *window = get_window (self);

  if (window == NULL)
    {
      window = layanan_window_new (ADW_APPLICATION (self));
      open_database (self);
    }

  gtk_window_present (GTK_WINDOW (window));
}

static void
layanan_application_open (GApplication  *application,
                          GFile        **files,
                          int            n_files,
                          const char    *hint)
{
  LayananApplication *self = LAYANAN_APPLICATION (application);

  if (self->pending_files == NULL)
    self->pending_files = g_list_store_new (G_TYPE_FILE);
  for (int i = 0; i < n_files; i++)
    g_list_store_append (self->pending_files, files[i]);

  layanan_application_activate (application);
  add_pending_letters (self, get_window (self));
}

static void
layanan_application_shutdown (GApplication *application)
{
  LayananApplication *self = LAYANAN_APPLICATION (application);

  g_cancellable_cancel (self->cancellable);
  stop_complaint_watch (self);

  G_APPLICATION_CLASS (layanan_application_parent_class)->shutdown (application);
}

static void
layanan_application_finalize (GObject *object)
{
  LayananApplication *self = LAYANAN_APPLICATION (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->database);
  g_clear_object (&self->pending_files);
  g_clear_pointer (&self->database_path, g_free);

  G_OBJECT_CLASS (layanan_application_parent_class)->finalize (object);
}

static void
layanan_application_class_init (LayananApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = layanan_application_finalize;
  app_class->handle_local_options = layanan_application_handle_local_options;
  app_class->startup = layanan_application_startup;
  app_class->activate = layanan_application_activate;
  app_class->open = layanan_application_open;
  app_class->shutdown = layanan_application_shutdown;
}

static void
layanan_application_init (LayananApplication *self)
{
  static const GOptionEntry options[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Use the database at PATH instead of the default one"), N_("PATH") },
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and quit"), NULL },
    { NULL }
  };

  self->cancellable = g_cancellable_new ();
  self->database_path = layanan_database_default_path ();
  g_application_add_main_option_entries (G_APPLICATION (self), options);
}

LayananApplication *
layanan_application_new (void)
{
  return g_object_new (LAYANAN_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/layananbiro/Layanan",
                       NULL);
}

LayananDatabase *
layanan_application_get_database (LayananApplication *self)
{
  g_return_val_if_fail (LAYANAN_IS_APPLICATION (self), NULL);

  return self->database;
}
