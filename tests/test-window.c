/* test-window.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "layanan-catalog-page.h"
#include "layanan-error.h"
#include "layanan-preferences-window.h"
#include "layanan-standard-editor.h"
#include "layanan-window.h"
#include "layanan-test-ui.h"
#include "layanan-test-util.h"

typedef struct
{
  char            *dir;
  LayananDatabase *database;
  GSettings       *settings;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = layanan_test_make_tmp_dir ("ui");
  fixture->database = layanan_test_open_app_database (fixture->dir);
  fixture->settings = g_settings_new (APP_ID);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_settings_reset (fixture->settings, "window-width");
  g_settings_reset (fixture->settings, "window-height");
  g_settings_reset (fixture->settings, "last-page");
  g_clear_object (&fixture->settings);
  g_clear_object (&fixture->database);
  layanan_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static GtkWidget *
find_widget (GtkWidget *root,
             GType      type)
{
  guint first = 0;

  return layanan_test_find_nth_widget (root, type, &first);
}

static void
test_window_restores_size (Fixture       *fixture,
                           gconstpointer  data)
{
  LayananWindow *window;
  int width, height;

  g_settings_set_int (fixture->settings, "window-width", 900);
  g_settings_set_int (fixture->settings, "window-height", 650);

  window = layanan_window_new (NULL);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 650);
  layanan_test_show_window (GTK_WINDOW (window));

  /* Closing saves what the person left. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1010, 777);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_cmpint (g_settings_get_int (fixture->settings, "window-width"), ==, 1010);
  g_assert_cmpint (g_settings_get_int (fixture->settings, "window-height"), ==, 777);
}

static void
test_window_pages (Fixture       *fixture,
                   gconstpointer  data)
{
  LayananWindow *window = layanan_window_new (NULL);

  layanan_test_show_window (GTK_WINDOW (window));
  g_settings_set_string (fixture->settings, "last-page", "complaints");
  layanan_window_show_database (window, fixture->database);
  g_assert_cmpstr (layanan_window_get_visible_page (window), ==, "complaints");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                             "evaluation"));
  g_assert_cmpstr (layanan_window_get_visible_page (window), ==, "evaluation");

  /* An unknown page name changes nothing. */
  layanan_window_set_visible_page (window, "no-such-page");
  g_assert_cmpstr (layanan_window_get_visible_page (window), ==, "evaluation");

  gtk_window_close (GTK_WINDOW (window));
  g_assert_cmpstr (g_settings_get_string (fixture->settings, "last-page"), ==, "evaluation");
}

static void
test_window_error (Fixture       *fixture,
                   gconstpointer  data)
{
  LayananWindow *window = layanan_window_new (NULL);
  g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED,
                                                 "/tmp/x.sqlite is not a Layanan Biro database");
  AdwStatusPage *page;

  layanan_window_show_error (window, error);
  page = ADW_STATUS_PAGE (find_widget (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE));
  g_assert_nonnull (page);

  /* The first status page in the tree is the error page, now with the message. */
  g_assert_cmpstr (adw_status_page_get_description (page), ==, error->message);

  /* Switching pages is not possible while there is no database. */
  layanan_window_set_visible_page (window, "letters");
  g_assert_cmpstr (layanan_window_get_visible_page (window), !=, "letters");

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
cuti_bersama_is_off (gpointer data)
{
  return !layanan_database_get_cuti_bersama_nonworking (data);
}

/* The switch of the row titled @title: expander rows hold switches of their own. */
static gboolean
is_row_switch (GtkWidget     *widget,
               gconstpointer  title)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, ADW_TYPE_ACTION_ROW);

  return GTK_IS_SWITCH (widget) && row != NULL
         && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0;
}

static GtkSwitch *
find_row_switch (GtkWidget  *root,
                 const char *title)
{
  return GTK_SWITCH (layanan_test_find_widget (root, is_row_switch, title));
}

static void
test_preferences_cuti_bersama (Fixture       *fixture,
                               gconstpointer  data)
{
  LayananPreferencesWindow *preferences;
  GtkSwitch *toggle;

  g_assert_true (layanan_database_get_cuti_bersama_nonworking (fixture->database));

  preferences = layanan_preferences_window_new (NULL, fixture->database);
  toggle = find_row_switch (GTK_WIDGET (preferences), "Cuti Bersama Are Days Off");
  g_assert_nonnull (toggle);
  g_assert_true (gtk_switch_get_active (toggle));

  gtk_switch_set_active (toggle, FALSE);
  layanan_test_iterate_until (cuti_bersama_is_off, fixture->database);
  g_assert_false (layanan_database_get_cuti_bersama_nonworking (fixture->database));

  gtk_window_destroy (GTK_WINDOW (preferences));
}

static gboolean
review_is_open (gpointer data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* (transfer none) */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (g_strcmp0 (G_OBJECT_TYPE_NAME (window), "LayananImportReview") == 0)
        {
          *(GtkWindow **) data = window;
          return TRUE;
        }
    }

  return FALSE;
}

/* A document dropped on the catalog opens the import review. */
static void
test_catalog_drop_imports (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *document = g_build_filename (g_getenv ("LAYANAN_SOURCE_ROOT"), "tests", "data",
                                                "standards", "matrix.md", NULL);
  GtkWidget *window = gtk_window_new ();
  LayananCatalogPage *page = g_object_new (LAYANAN_TYPE_CATALOG_PAGE, NULL);
  GtkDropTarget *target;
  GSList *files = g_slist_prepend (NULL, g_file_new_for_path (document));
  GValue value = G_VALUE_INIT;
  GtkWindow *review = NULL;
  gboolean accepted = FALSE;

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  layanan_catalog_page_set_database (page, fixture->database);
  layanan_test_show_window (GTK_WINDOW (window));

  target = layanan_test_find_drop_target (GTK_WIDGET (page));
  g_assert_nonnull (target);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, files);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_value_unset (&value);
  g_assert_true (accepted);

  layanan_test_iterate_until (review_is_open, &review);
  g_assert_nonnull (review);
  g_assert_cmpstr (gtk_window_get_title (review), ==, "Review Import");

  gtk_window_destroy (review);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_entry_row_titled (GtkWidget     *widget,
                     gconstpointer  title)
{
  return ADW_IS_ENTRY_ROW (widget)
         && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static AdwEntryRow *
find_entry_row (GtkWidget  *root,
                const char *title)
{
  return ADW_ENTRY_ROW (layanan_test_find_widget (root, is_entry_row_titled, title));
}

/* The typed values a person edits become the standard's values and its text. */
static void
test_editor_typed_values (void)
{
  g_autoptr(LayananStandard) standard = layanan_standard_new ("Pelayanan Konsultasi");
  g_autoptr(LayananStandard) edited = NULL;
  g_autoptr(GError) error = NULL;
  LayananDuration three_hours = { 3, LAYANAN_DURATION_HOURS };
  LayananStandardEditor *editor = layanan_standard_editor_new ();
  GtkWidget *window = gtk_window_new ();
  LayananComplaintChannel *channel;
  LayananComplaintCategory *category;
  LayananDuration completion;

  layanan_standard_set_unit_code (standard, "kesra");
  layanan_standard_add_channel (standard, "telepon", "(0561) 736541", "126");
  layanan_standard_add_category (standard, "Pengaduan ringan", &three_hours);
  layanan_standard_editor_set_standard (editor, standard);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (editor));

  gtk_editable_set_text (GTK_EDITABLE (find_entry_row (GTK_WIDGET (editor),
                                                       "Completion Time (e.g. 30 hari kerja)")),
                         "5 hari kerja");
  gtk_editable_set_text (GTK_EDITABLE (find_entry_row (GTK_WIDGET (editor),
                                                       "Fee (Gratis or e.g. Rp 50.000)")),
                         "Rp 25.000");
  gtk_editable_set_text (GTK_EDITABLE (find_entry_row (GTK_WIDGET (editor), "Number of Staff")),
                         "4");
  gtk_editable_set_text (GTK_EDITABLE (find_entry_row (GTK_WIDGET (editor), "Telephone")),
                         "(0561) 736541 ext. 233");

  edited = layanan_standard_editor_get_standard (editor, &error);
  g_assert_no_error (error);
  g_assert_true (layanan_standard_get_completion (edited, &completion));
  g_assert_cmpint (completion.value, ==, 5);
  g_assert_cmpint (completion.unit, ==, LAYANAN_DURATION_WORKING_DAYS);
  g_assert_cmpstr (layanan_standard_get_text (edited, LAYANAN_COMPONENT_JANGKA_WAKTU), ==,
                   "5 hari kerja");
  g_assert_cmpint (layanan_standard_get_fee (edited), ==, 25000);
  g_assert_cmpstr (layanan_standard_get_text (edited, LAYANAN_COMPONENT_BIAYA), ==, "Rp 25.000");
  g_assert_cmpint (layanan_standard_get_staff_count (edited), ==, 4);
  channel = g_ptr_array_index (layanan_standard_get_channels (edited), 0);
  g_assert_cmpstr (channel->value, ==, "(0561) 736541");
  g_assert_cmpstr (channel->extension, ==, "233");
  category = g_ptr_array_index (layanan_standard_get_categories (edited), 0);
  g_assert_cmpstr (category->name, ==, "Pengaduan ringan");
  g_assert_cmpint (category->deadline.value, ==, 3);

  /* A deadline that cannot be read is refused, naming it. */
  gtk_editable_set_text (GTK_EDITABLE (find_entry_row (GTK_WIDGET (editor), "Category: deadline")),
                         "Pengaduan ringan: sebentar");
  g_clear_object (&edited);
  edited = layanan_standard_editor_get_standard (editor, &error);
  g_assert_null (edited);
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "sebentar"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_button_named (GtkWidget     *widget,
                 gconstpointer  tooltip_or_label)
{
  return GTK_IS_BUTTON (widget)
         && (g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip_or_label) == 0
             || g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), tooltip_or_label) == 0);
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *tooltip_or_label)
{
  return layanan_test_find_widget (root, is_button_named, tooltip_or_label);
}

static gboolean
undo_button_shown (gpointer overlay)
{
  return find_button (overlay, "_Undo") != NULL;
}

/* Removing a line can be undone from the toast, back in its place. */
static void
test_editor_undo_remove_line (void)
{
  g_autoptr(LayananStandard) standard = layanan_standard_new ("Pelayanan Konsultasi");
  g_autoptr(LayananStandard) edited = NULL;
  g_autoptr(LayananStandard) restored = NULL;
  LayananStandardEditor *editor = layanan_standard_editor_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *window = gtk_window_new ();
  GPtrArray *items;

  layanan_standard_add_item (standard, LAYANAN_COMPONENT_PERSYARATAN, "Surat Tugas");
  layanan_standard_add_item (standard, LAYANAN_COMPONENT_PERSYARATAN, "Surat permintaan");
  layanan_standard_add_item (standard, LAYANAN_COMPONENT_PERSYARATAN, "Tanda pengenal");
  layanan_standard_editor_set_standard (editor, standard);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (editor));
  gtk_window_set_child (GTK_WINDOW (window), overlay);
  layanan_test_show_window (GTK_WINDOW (window));

  /* The first "Remove Line" in the page is the first requirement's. */
  g_signal_emit_by_name (find_button (GTK_WIDGET (editor), "Remove Line"), "clicked");
  edited = layanan_standard_editor_get_standard (editor, NULL);
  items = layanan_standard_get_items (edited, LAYANAN_COMPONENT_PERSYARATAN);
  g_assert_cmpuint (items->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (items, 0), ==, "Surat permintaan");

  layanan_test_iterate_until (undo_button_shown, overlay);
  g_signal_emit_by_name (find_button (overlay, "_Undo"), "clicked");
  restored = layanan_standard_editor_get_standard (editor, NULL);
  items = layanan_standard_get_items (restored, LAYANAN_COMPONENT_PERSYARATAN);
  g_assert_cmpuint (items->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (items, 0), ==, "Surat Tugas");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP needs a display (run under xvfb-run)\n");
      return 77;
    }

  g_setenv ("GTK_A11Y", "none", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/window/restores-size", Fixture, NULL,
              fixture_set_up, test_window_restores_size, fixture_tear_down);
  g_test_add ("/ui/window/pages", Fixture, NULL,
              fixture_set_up, test_window_pages, fixture_tear_down);
  g_test_add ("/ui/window/error", Fixture, NULL,
              fixture_set_up, test_window_error, fixture_tear_down);
  g_test_add ("/ui/preferences/cuti-bersama", Fixture, NULL,
              fixture_set_up, test_preferences_cuti_bersama, fixture_tear_down);
  g_test_add_func ("/ui/catalog/editor-typed-values", test_editor_typed_values);
  g_test_add_func ("/ui/catalog/editor-undo-remove-line", test_editor_undo_remove_line);
  g_test_add ("/ui/catalog/drop-imports", Fixture, NULL,
              fixture_set_up, test_catalog_drop_imports, fixture_tear_down);

  return g_test_run ();
}
