/* test-skm-view.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "layanan-skm.h"
#include "layanan-standard.h"
#include "layanan-skm-chart.h"
#include "layanan-skm-entry-window.h"
#include "layanan-skm-view.h"
#include "layanan-test-ui.h"
#include "layanan-test-util.h"

#define N_RESPONDENTS 29

/* The worked example of DOMAIN.md §1.4: 29 questionnaires whose sums per
 * unsur give IKM 91,48, mutu A. */
static const guint unsur_sums[9] = { 105, 101, 100, 116, 102, 105, 106, 105, 115 };

#define SERVICE_NAME "Rekomendasi Bantuan Hibah"

typedef struct
{
  char             *dir;
  LayananDatabase  *database;
  LayananSkmPeriod *period;
  gint64            service_id;  /* of the first unit */
} Fixture;

static gint64
add_service (LayananDatabase *database)
{
  g_autoptr(GPtrArray) standards = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  LayananStandard *standard = layanan_standard_new (SERVICE_NAME);
  gint64 id = 0;

  layanan_standard_set_unit_code (standard, "kesra");
  g_ptr_array_add (standards, standard);
  layanan_database_save_standards (database, standards, &id, &error);
  g_assert_no_error (error);
  return id;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = layanan_test_make_tmp_dir ("skm-view");
  fixture->database = layanan_test_open_app_database (fixture->dir);
  if (data != NULL)
    return;   /* "no period" */

  fixture->service_id = add_service (fixture->database);

  fixture->period = g_new0 (LayananSkmPeriod, 1);
  fixture->period->unit_id = layanan_test_top_unit_id (fixture->database);
  fixture->period->name = g_strdup ("Semester I 2026");
  fixture->period->kind = LAYANAN_SKM_PERIOD_SEMESTER;
  fixture->period->date_from = g_strdup ("2026-01-01");
  fixture->period->date_to = g_strdup ("2026-06-30");
  fixture->period->population = 30;
  layanan_database_save_skm_period (fixture->database, fixture->period, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_pointer (&fixture->period, layanan_skm_period_free);
  g_clear_object (&fixture->database);
  layanan_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* Every answer a 3 or a 4: the first (sum − 3 × 29) respondents give a 4. */
static void
add_worked_example (Fixture *fixture)
{
  g_autoptr(GPtrArray) responses = g_ptr_array_new_with_free_func ((GDestroyNotify) layanan_skm_response_free);
  g_autoptr(GError) error = NULL;

  for (guint r = 0; r < N_RESPONDENTS; r++)
    {
      LayananSkmResponse *response = layanan_skm_response_new ();

      response->period_id = fixture->period->id;
      response->date = g_strdup ("2026-03-10");
      response->sex = r % 2 == 0 ? LAYANAN_SKM_SEX_LAKI_LAKI : LAYANAN_SKM_SEX_PEREMPUAN;
      response->age = 20 + (int) r;
      response->education = g_strdup ("SMA");
      response->occupation = g_strdup ("PNS");
      /* Ten forms name the service, the others none. */
      response->service_id = r < 10 ? fixture->service_id : 0;
      for (guint u = 0; u < G_N_ELEMENTS (unsur_sums); u++)
        response->answers[u] = r < unsur_sums[u] - 3 * N_RESPONDENTS ? 4 : 3;
      g_ptr_array_add (responses, response);
    }
  layanan_database_add_skm_responses (fixture->database, responses, NULL, &error);
  g_assert_no_error (error);
}

/* ─────────────────────────── Helpers ─────────────────────────── */

static gboolean
is_loaded (gpointer view)
{
  return !layanan_skm_view_is_loading (view);
}

static void
wait_loaded (LayananSkmView *view)
{
  layanan_test_iterate_until (is_loaded, view);
  g_assert_false (layanan_skm_view_is_loading (view));
}

typedef struct
{
  GtkWidget  *root;
  const char *text;
} LabelWait;

static gboolean
label_shown (gpointer data)
{
  LabelWait *wait = data;

  return layanan_test_has_label (wait->root, wait->text);
}

static void
assert_label (GtkWidget  *root,
              const char *text)
{
  layanan_test_iterate_until (label_shown, &(LabelWait) { root, text });
  if (!layanan_test_has_label (root, text))
    g_error ("no label reads “%s”", text);
}

static gboolean
is_label_reading (GtkWidget     *widget,
                  gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0;
}

static GtkWidget *
show_view (Fixture         *fixture,
           LayananSkmView **view)
{
  GtkWidget *window = gtk_window_new ();

  *view = g_object_new (LAYANAN_TYPE_SKM_VIEW, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 800);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (*view));
  layanan_skm_view_set_database (*view, fixture->database);
  layanan_test_show_window (GTK_WINDOW (window));
  wait_loaded (*view);
  return window;
}

/* ─────────────────────────── The view ─────────────────────────── */

static gboolean
is_exported (gpointer view)
{
  return !layanan_skm_view_is_exporting (view);
}

static void
test_view_shows_ikm (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *report = NULL;
  LayananSkmView *view;
  GtkWidget *window;
  GtkWidget *sample;
  guint n = 0;
  const char *summary;

  add_worked_example (fixture);
  window = show_view (fixture, &view);

  g_assert_cmpint (layanan_skm_view_get_period_id (view), ==, fixture->period->id);
  assert_label (GTK_WIDGET (view), "91,48");
  assert_label (GTK_WIDGET (view), "A");
  assert_label (GTK_WIDGET (view), "Sangat Baik");

  /* The chart speaks its values: U4 was answered 4 by everyone, U3 is the
   * weakest (100 / 29 = 3,45). */
  summary = layanan_skm_chart_get_summary (LAYANAN_SKM_CHART (layanan_test_find_nth_widget (GTK_WIDGET (view),
                                                                                           LAYANAN_TYPE_SKM_CHART,
                                                                                           &n)));
  layanan_test_assert_contains (summary, "U4 Biaya/Tarif: 4,00");
  layanan_test_assert_contains (summary, "U3 Waktu Penyelesaian: 3,45");
  g_assert_true (layanan_test_has_label (GTK_WIDGET (view), "U3 Waktu Penyelesaian"));

  /* The per-service table tells the named service from the unnamed. */
  g_assert_true (layanan_test_has_label (GTK_WIDGET (view), SERVICE_NAME));
  g_assert_true (layanan_test_has_label (GTK_WIDGET (view), "Service not stated"));

  /* 29 respondents for a population of 30 reach the minimum of 28. */
  assert_label (GTK_WIDGET (view),
                "29 respondents, at least 28 needed for a population of 30 (Krejcie–Morgan)");
  sample = layanan_test_find_widget (GTK_WIDGET (view), is_label_reading,
                                     "29 respondents, at least 28 needed for a population of 30 (Krejcie–Morgan)");
  g_assert_false (gtk_widget_has_css_class (sample, "warning"));

  /* With a population of 100 they fall short of 80: a warning. */
  fixture->period->population = 100;
  g_assert_true (layanan_database_save_skm_period (fixture->database, fixture->period, NULL));
  layanan_skm_view_refresh (view);
  wait_loaded (view);
  assert_label (GTK_WIDGET (view),
                "Too few respondents: 29 of the 80 needed for a population of 100 (Krejcie–Morgan)");
  g_assert_true (gtk_widget_has_css_class (sample, "warning"));

  /* The report of the period shown is written in the background. */
  report = g_build_filename (fixture->dir, "laporan-skm.xlsx", NULL);
  layanan_skm_view_export (view, report);
  g_assert_true (layanan_skm_view_is_exporting (view));
  layanan_test_iterate_until (is_exported, view);
  g_assert_false (layanan_skm_view_is_exporting (view));
  g_assert_true (g_file_test (report, G_FILE_TEST_IS_REGULAR));

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_action_button (GtkWidget     *widget,
                  gconstpointer  action)
{
  return GTK_IS_BUTTON (widget)
         && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

static void
test_view_without_periods (Fixture       *fixture,
                           gconstpointer  data)
{
  LayananSkmView *view;
  GtkWidget *window;

  /* A unit with no period shows the empty state and offers no entry. */
  window = show_view (fixture, &view);

  g_assert_null (fixture->period);
  g_assert_cmpint (layanan_skm_view_get_period_id (view), ==, 0);
  g_assert_true (layanan_test_has_label (GTK_WIDGET (view), "No Survey Periods"));
  g_assert_false (gtk_widget_is_sensitive (layanan_test_find_widget (GTK_WIDGET (view),
                                                                     is_action_button,
                                                                     "skm.enter")));
  g_assert_true (gtk_widget_is_sensitive (layanan_test_find_widget (GTK_WIDGET (view),
                                                                    is_action_button,
                                                                    "skm.new-period")));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* ─────────────────────────── Fast entry ─────────────────────────── */

static GtkWidget *
focused_entry (GtkWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  g_assert_nonnull (focus);
  return GTK_IS_ENTRY (focus) ? focus : gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY);
}

static GtkEventController *
keys_controller (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (g_strcmp0 (gtk_event_controller_get_name (controller), "skm-entry-keys") == 0)
        return controller;
    }
  return NULL;
}

/* Presses @keyval on the widget that has the focus, as the keyboard would:
 * through the key controller that sees it before the entry's text. */
static gboolean
press (GtkWindow *window,
       guint      keyval)
{
  GtkWidget *entry = focused_entry (window);
  GtkEventController *keys = keys_controller (entry);
  gboolean handled = FALSE;

  /* A plain entry (the saran) turns Enter into "activate" by itself. */
  if (keys == NULL && keyval == GDK_KEY_Return)
    {
      g_signal_emit_by_name (entry, "activate");
      return TRUE;
    }
  g_assert_nonnull (keys);
  g_signal_emit_by_name (keys, "key-pressed", keyval, 0, (GdkModifierType) 0, &handled);
  return handled;
}

static void
assert_focus_on (GtkWindow *window,
                 GtkWidget *cell)
{
  g_assert_true (focused_entry (window) == cell);
}

static gboolean
collect_cb (const LayananSkmResponse  *response,
            gpointer                   user_data,
            GError                   **error)
{
  g_ptr_array_add (user_data, layanan_skm_response_copy (response));
  return TRUE;
}

static GPtrArray *
stored_responses (Fixture *fixture)
{
  GPtrArray *responses = g_ptr_array_new_with_free_func ((GDestroyNotify) layanan_skm_response_free);
  g_autoptr(GError) error = NULL;

  layanan_database_foreach_skm_response (fixture->database, fixture->period->id, 0, collect_cb,
                                         responses, NULL, &error);
  g_assert_no_error (error);
  return responses;
}

static gboolean
is_delete_button (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GTK_IS_BUTTON (widget)
         && g_strcmp0 (gtk_widget_get_tooltip_text (widget), "Delete this form") == 0;
}

static void
test_entry_by_keyboard (Fixture       *fixture,
                        gconstpointer  data)
{
  static const guint keys[] = {
    GDK_KEY_4, GDK_KEY_3, GDK_KEY_9, GDK_KEY_2, GDK_KEY_0,
    GDK_KEY_1, GDK_KEY_3, GDK_KEY_BackSpace, GDK_KEY_BackSpace, GDK_KEY_2,
    GDK_KEY_3, GDK_KEY_4, GDK_KEY_space, GDK_KEY_4,
  };
  static const guint8 expected[9] = { 4, 3, 2, 0, 2, 3, 4, 0, 4 };
  LayananSkmEntryWindow *entry = layanan_skm_entry_window_new (NULL, fixture->database,
                                                               fixture->period);
  GtkWindow *window = GTK_WINDOW (entry);
  GtkWidget *u1 = layanan_skm_entry_window_get_answer_cell (entry, 0);
  GtkWidget *u3 = layanan_skm_entry_window_get_answer_cell (entry, 2);
  g_autoptr(GPtrArray) responses = NULL;
  LayananSkmResponse *saved;
  GtkWidget *date;
  guint n = 0;

  layanan_test_show_window (window);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (u1), ==, "U1 Persyaratan");
  g_assert_true (layanan_test_has_label (GTK_WIDGET (window), "0 forms entered in this period"));

  /* The date defaults to a day of the period (today when it falls in it). */
  date = layanan_test_find_nth_widget (GTK_WIDGET (window), GTK_TYPE_ENTRY, &n);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date)), >=, fixture->period->date_from);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date)), <=, fixture->period->date_to);
  gtk_editable_set_text (GTK_EDITABLE (date), "2026-03-10");

  /* The typist starts on U1. */
  assert_focus_on (window, u1);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_assert_true (press (window, keys[i]));
      if (keys[i] == GDK_KEY_9)
        {
          /* Refused on the spot: nothing written, the cursor stays, marked. */
          g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (u3)), ==, "");
          assert_focus_on (window, u3);
          g_assert_true (gtk_widget_has_css_class (u3, "error"));
        }
      else if (keys[i] == GDK_KEY_2 && i == 3)
        g_assert_false (gtk_widget_has_css_class (u3, "error"));
    }
  /* U1 … U9 were answered; the cursor moved past U9. */
  for (guint i = 0; i < 9; i++)
    {
      char text[2] = { expected[i] > 0 ? (char) ('0' + expected[i]) : '\0', '\0' };

      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (layanan_skm_entry_window_get_answer_cell (entry, i))),
                       ==, text);
    }
  g_assert_true (press (window, GDK_KEY_Return));

  /* One questionnaire stored with those answers; the next form starts on U1. */
  responses = stored_responses (fixture);
  g_assert_cmpuint (responses->len, ==, 1);
  saved = g_ptr_array_index (responses, 0);
  g_assert_cmpmem (saved->answers, 9, expected, 9);
  g_assert_cmpstr (saved->date, ==, "2026-03-10");
  g_assert_cmpint (saved->service_id, ==, 0);
  g_assert_cmpuint (layanan_skm_entry_window_get_n_saved (entry), ==, 1);
  g_assert_true (layanan_test_has_label (GTK_WIDGET (window), "1 form entered in this period"));
  assert_focus_on (window, u1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (u1)), ==, "");

  /* Enter on an empty form is refused by the rules of a questionnaire. */
  g_assert_true (press (window, GDK_KEY_Return));
  g_clear_pointer (&responses, g_ptr_array_unref);
  responses = stored_responses (fixture);
  g_assert_cmpuint (responses->len, ==, 1);
  g_assert_true (layanan_test_has_label (GTK_WIDGET (window), "1 form entered in this period"));

  /* The form listed below can be deleted again. */
  g_signal_emit_by_name (layanan_test_find_widget (GTK_WIDGET (window), is_delete_button, NULL),
                         "clicked");
  g_clear_pointer (&responses, g_ptr_array_unref);
  responses = stored_responses (fixture);
  g_assert_cmpuint (responses->len, ==, 0);
  g_assert_true (layanan_test_has_label (GTK_WIDGET (window), "0 forms entered in this period"));
  g_assert_null (layanan_test_find_widget (GTK_WIDGET (window), is_delete_button, NULL));

  gtk_window_destroy (window);
}

static void
test_entry_profile_keys (Fixture       *fixture,
                         gconstpointer  data)
{
  LayananSkmEntryWindow *entry = layanan_skm_entry_window_new (NULL, fixture->database,
                                                               fixture->period);
  GtkWindow *window = GTK_WINDOW (entry);
  GtkWidget *u1 = layanan_skm_entry_window_get_answer_cell (entry, 0);
  GtkDropDown *service;
  GListModel *names;
  guint n = 1;  /* the entries: the date, then the sex cell */
  GtkWidget *sex = layanan_test_find_nth_widget (GTK_WIDGET (window), GTK_TYPE_ENTRY, &n);
  g_autoptr(GPtrArray) responses = NULL;
  LayananSkmResponse *saved;

  layanan_test_show_window (window);

  gtk_editable_set_text (GTK_EDITABLE (layanan_test_find_nth_widget (GTK_WIDGET (window),
                                                                     GTK_TYPE_ENTRY, &n)),
                         "2026-04-01");

  /* The sex cell takes L or P only, then moves to the age. */
  gtk_widget_grab_focus (sex);
  g_assert_true (press (window, GDK_KEY_x));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sex)), ==, "");
  assert_focus_on (window, sex);
  g_assert_true (press (window, GDK_KEY_p));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sex)), ==, "P");
  g_assert_false (gtk_widget_has_css_class (sex, "error"));

  /* The age refuses letters and lets digits through to the entry. */
  g_assert_true (press (window, GDK_KEY_a));
  g_assert_false (press (window, GDK_KEY_4));
  gtk_editable_set_text (GTK_EDITABLE (focused_entry (window)), "41");

  /* The unit's services are offered after "Not stated". */
  service = GTK_DROP_DOWN (layanan_test_find_nth_widget (GTK_WIDGET (window), GTK_TYPE_DROP_DOWN,
                                                         &(guint) { 0 }));
  names = gtk_drop_down_get_model (service);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names), 0), ==, "Not stated");
  for (guint i = 1; i < g_list_model_get_n_items (names); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (names), i), SERVICE_NAME) == 0)
      gtk_drop_down_set_selected (service, i);
  g_assert_cmpuint (gtk_drop_down_get_selected (service), >, 0);

  gtk_widget_grab_focus (u1);
  g_assert_true (press (window, GDK_KEY_3));
  g_assert_true (press (window, GDK_KEY_Return));

  responses = stored_responses (fixture);
  g_assert_cmpuint (responses->len, ==, 1);
  saved = g_ptr_array_index (responses, 0);
  g_assert_cmpint (saved->sex, ==, LAYANAN_SKM_SEX_PEREMPUAN);
  g_assert_cmpint (saved->age, ==, 41);
  g_assert_cmpint (saved->service_id, ==, fixture->service_id);
  g_assert_cmpuint (saved->answers[0], ==, 3);
  g_assert_cmpuint (saved->answers[1], ==, 0);
  /* The new form keeps the date, clears the profile. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sex)), ==, "");
  g_assert_cmpstr (saved->date, ==, "2026-04-01");

  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  if (!layanan_test_ui_init (&argc, &argv))
    return 77;

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ui/skm/view-shows-ikm", test_view_shows_ikm);
  g_test_add ("/ui/skm/view-without-periods", Fixture, "no period", fixture_set_up,
              test_view_without_periods, fixture_tear_down);
  ADD ("/ui/skm/entry-by-keyboard", test_entry_by_keyboard);
  ADD ("/ui/skm/entry-profile-keys", test_entry_profile_keys);

#undef ADD

  return g_test_run ();
}
