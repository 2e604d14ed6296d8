/* layanan-skm-view.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-skm-view"

#include "config.h"

#include <glib/gi18n.h>

#include "layanan-date.h"
#include "layanan-error.h"
#include "layanan-skm.h"
#include "layanan-skm-chart.h"
#include "layanan-skm-entry-window.h"
#include "layanan-skm-export-job.h"
#include "layanan-skm-import-dialog.h"
#include "layanan-skm-view.h"

/* How many periods, the one shown and those before it, the trend covers. */
#define TREND_PERIODS 6

typedef struct
{
  char   *name;
  guint   n_responses;
  double  ikm;
  char    mutu;            /* '\0' without responses */
} Score;

/* What the worker thread reads and computes for one period. */
typedef struct
{
  /* In */
  char              *path;
  gint64             unit_id;
  gint64             period_id;   /* 0: the newest */

  /* Out */
  GPtrArray         *periods;     /* LayananSkmPeriod, newest first */
  GPtrArray         *unsur;
  GPtrArray         *grades;
  const LayananSkmPeriod *period; /* in periods; NULL when the unit has none */
  LayananSkmCalc    *calc;
  LayananSkmProfile *profile;
  GArray            *services;    /* Score, by name */
  GArray            *trend;       /* Score, oldest first */
  GPtrArray         *actions;     /* LayananSkmAction of the period */
} Load;

struct _LayananSkmView
{
  AdwBin            parent_instance;

  /* Template widgets */
  GtkDropDown      *unit_dropdown;
  GtkStringList    *unit_names;
  GtkDropDown      *period_dropdown;
  GtkStringList    *period_names;
  GtkStack         *content_stack;
  GtkLabel         *ikm_label;
  GtkLabel         *mutu_label;
  GtkLabel         *kinerja_label;
  GtkLabel         *sample_label;
  LayananSkmChart  *chart;
  GtkGrid          *weakest_grid;
  GtkGrid          *service_grid;
  GtkGrid          *trend_grid;
  GtkGrid          *profile_grid;

  /* Owned */
  LayananDatabase  *database;
  GCancellable     *cancellable;  /* the load running */
  GCancellable     *export_cancellable;
  GArray           *unit_ids;     /* gint64, one per unit entry */
  Load             *shown;        /* the last load shown */

  gboolean          filling;      /* set while the dropdowns are filled */
  gboolean          loading;
  gboolean          exporting;
  char             *export_name;  /* the file the report goes to */
};

G_DEFINE_FINAL_TYPE (LayananSkmView, layanan_skm_view, ADW_TYPE_BIN)

static void
clear_score (gpointer data)
{
  Score *score = data;

  g_free (score->name);
}

static void
load_free (Load *load)
{
  g_free (load->path);
  /* The calculator points into the grade table: it goes first. */
  g_clear_pointer (&load->calc, layanan_skm_calc_free);
  g_clear_pointer (&load->profile, layanan_skm_profile_free);
  g_clear_pointer (&load->periods, g_ptr_array_unref);
  g_clear_pointer (&load->unsur, g_ptr_array_unref);
  g_clear_pointer (&load->grades, g_ptr_array_unref);
  g_clear_pointer (&load->services, g_array_unref);
  g_clear_pointer (&load->trend, g_array_unref);
  g_clear_pointer (&load->actions, g_ptr_array_unref);
  g_free (load);
}

static void
show_message (LayananSkmView *self,
              const char     *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
  else
    g_message ("%s", message);
}

static GtkWindow *
parent_window (LayananSkmView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* ─────────────────────────── Computing (worker thread) ─────────────────────────── */

typedef struct
{
  LayananSkmCalc    *calc;
  LayananSkmProfile *profile;     /* NULL when not wanted */
  GHashTable        *per_service; /* gint64 * → LayananSkmCalc *; NULL when not wanted */
  GPtrArray         *unsur;
  GPtrArray         *grades;
} Tally;

static gboolean
tally_response_cb (const LayananSkmResponse  *response,
                   gpointer                   user_data,
                   GError                   **error)
{
  Tally *tally = user_data;

  layanan_skm_calc_add (tally->calc, response);
  if (tally->profile != NULL)
    layanan_skm_profile_add (tally->profile, response);
  if (tally->per_service != NULL)
    {
      LayananSkmCalc *service = g_hash_table_lookup (tally->per_service, &response->service_id);

      if (service == NULL)
        {
          service = layanan_skm_calc_new (tally->unsur, tally->grades);
          g_hash_table_insert (tally->per_service, g_memdup2 (&response->service_id,
                                                              sizeof (gint64)), service);
        }
      layanan_skm_calc_add (service, response);
    }
  return TRUE;
}

static Score
score_of (LayananSkmCalc *calc,
          const char     *name)
{
  const LayananSkmGrade *grade = layanan_skm_calc_get_grade (calc);
  guint n = layanan_skm_calc_get_n_responses (calc);

  return (Score) {
    g_strdup (name), n, layanan_skm_calc_get_ikm (calc),
    n > 0 && grade != NULL ? grade->mutu : '\0',
  };
}

static int
compare_scores (gconstpointer a,
                gconstpointer b)
{
  return g_utf8_collate (((const Score *) a)->name, ((const Score *) b)->name);
}

static gboolean
score_services (LayananDatabase  *database,
                Load             *load,
                GHashTable       *per_service,
                GError          **error)
{
  g_autoptr(GPtrArray) services = layanan_database_list_services (database, NULL, error);
  GHashTableIter iter;
  gpointer key, value;

  if (services == NULL)
    return FALSE;

  load->services = g_array_new (FALSE, TRUE, sizeof (Score));
  g_array_set_clear_func (load->services, clear_score);
  g_hash_table_iter_init (&iter, per_service);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gint64 service_id = *(gint64 *) key;
      /* Translators: the service of questionnaires that did not say which */
      const char *name = _("Service not stated");
      Score score;

      for (guint i = 0; i < services->len; i++)
        {
          LayananServiceSummary *service = g_ptr_array_index (services, i);

          if (service->id == service_id)
            name = service->name;
        }
      score = score_of (value, name);
      g_array_append_val (load->services, score);
    }
  g_array_sort (load->services, compare_scores);
  return TRUE;
}

/* The IKM of the period shown and of the periods before it, oldest first;
 * the one shown is already computed. */
static gboolean
score_trend (LayananDatabase  *database,
             Load             *load,
             guint             shown,
             GCancellable     *cancellable,
             GError          **error)
{
  guint last = MIN (load->periods->len, shown + TREND_PERIODS);

  load->trend = g_array_new (FALSE, TRUE, sizeof (Score));
  g_array_set_clear_func (load->trend, clear_score);
  for (guint i = last; i-- > shown;)
    {
      LayananSkmPeriod *period = g_ptr_array_index (load->periods, i);
      g_autoptr(LayananSkmCalc) calc = NULL;
      Tally tally = { 0 };
      Score score;

      if (i == shown)
        {
          score = score_of (load->calc, period->name);
          g_array_append_val (load->trend, score);
          continue;
        }
      calc = layanan_skm_calc_new (load->unsur, load->grades);
      tally.calc = calc;
      if (!layanan_database_foreach_skm_response (database, period->id, 0, tally_response_cb,
                                                  &tally, cancellable, error))
        return FALSE;
      score = score_of (calc, period->name);
      g_array_append_val (load->trend, score);
    }
  return TRUE;
}

static gboolean
compute (LayananDatabase  *database,
         Load             *load,
         GCancellable     *cancellable,
         GError          **error)
{
  g_autoptr(GHashTable) per_service = NULL;
  Tally tally = { 0 };
  guint shown = 0;

  if ((load->unsur = layanan_database_list_skm_unsur (database, error)) == NULL
      || (load->grades = layanan_database_list_skm_grades (database, error)) == NULL
      || (load->periods = layanan_database_list_skm_periods (database, load->unit_id,
                                                             error)) == NULL)
    return FALSE;
  if (load->periods->len == 0)
    return TRUE;

  for (guint i = 0; i < load->periods->len; i++)
    if (((LayananSkmPeriod *) g_ptr_array_index (load->periods, i))->id == load->period_id)
      shown = i;
  load->period = g_ptr_array_index (load->periods, shown);

  per_service = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                       (GDestroyNotify) layanan_skm_calc_free);
  load->calc = layanan_skm_calc_new (load->unsur, load->grades);
  load->profile = layanan_skm_profile_new ();
  tally = (Tally) { load->calc, load->profile, per_service, load->unsur, load->grades };
  return layanan_database_foreach_skm_response (database, load->period->id, 0, tally_response_cb,
                                                &tally, cancellable, error)
         && score_services (database, load, per_service, error)
         && score_trend (database, load, shown, cancellable, error)
         && (load->actions = layanan_database_list_skm_actions (database, load->period->id,
                                                                error)) != NULL;
}

static void
load_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Load *load = task_data;
  g_autoptr(LayananDatabase) database = NULL;
  GError *error = NULL;

  if ((database = layanan_database_open (load->path, &error)) == NULL
      || !compute (database, load, cancellable, &error))
    {
      load_free (load);
      g_task_return_error (task, error);
    }
  else
    g_task_return_pointer (task, load, (GDestroyNotify) load_free);
}

/* ─────────────────────────── Showing ─────────────────────────── */

static void
clear_grid (GtkGrid *grid)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (grid))) != NULL)
    gtk_grid_remove (grid, child);
}

/* One row of a table; the header row is bold. Numbers align right. */
static void
add_grid_row (GtkGrid            *grid,
              int                 row,
              const char * const *cells,
              guint               n_cells,
              guint               numeric_from)
{
  for (guint i = 0; i < n_cells; i++)
    {
      GtkWidget *label = gtk_label_new (cells[i] != NULL ? cells[i] : "");

      gtk_label_set_xalign (GTK_LABEL (label), i >= numeric_from ? 1.0f : 0.0f);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_selectable (GTK_LABEL (label), row > 0);
      if (i == 0)
        gtk_widget_set_hexpand (label, TRUE);
      if (row == 0)
        gtk_widget_add_css_class (label, "heading");
      gtk_grid_attach (grid, label, (int) i, row, 1, 1);
    }
}

static char *
mutu_text (char mutu)
{
  return mutu != '\0' ? g_strdup_printf ("%c", mutu) : g_strdup ("–");
}

static void
fill_scores (GtkGrid    *grid,
             GArray     *scores,
             const char *first_heading)
{
  const char *header[] = {
    first_heading,
    /* Translators: column heading, the number of questionnaires */
    _("Respondents"),
    _("IKM"),
    _("Mutu"),
  };

  clear_grid (grid);
  add_grid_row (grid, 0, header, G_N_ELEMENTS (header), 1);
  for (guint i = 0; scores != NULL && i < scores->len; i++)
    {
      Score *score = &g_array_index (scores, Score, i);
      g_autofree char *count = g_strdup_printf ("%u", score->n_responses);
      g_autofree char *ikm = score->n_responses > 0 ? layanan_skm_format_decimal (score->ikm, 2)
                                                    : g_strdup ("–");
      g_autofree char *mutu = mutu_text (score->mutu);
      const char *cells[] = { score->name, count, ikm, mutu };

      add_grid_row (grid, (int) i + 1, cells, G_N_ELEMENTS (cells), 1);
    }
}

static void
fill_profile (LayananSkmView *self,
              Load           *load)
{
  const char *header[] = {
    /* Translators: column headings of the respondent profile (karakteristik responden) */
    _("Characteristic"), _("Indicator"), _("Count"), _("Percent"),
  };
  guint n_rows = layanan_skm_profile_get_n_rows (load->profile);

  clear_grid (self->profile_grid);
  add_grid_row (self->profile_grid, 0, header, G_N_ELEMENTS (header), 2);
  for (guint i = 0; i < n_rows; i++)
    {
      const LayananSkmProfileRow *row = layanan_skm_profile_get_row (load->profile, i);
      const LayananSkmProfileRow *previous = i > 0 ? layanan_skm_profile_get_row (load->profile,
                                                                                  i - 1) : NULL;
      g_autofree char *count = g_strdup_printf ("%u", row->count);
      g_autofree char *number = layanan_skm_format_decimal (row->percent, 2);
      g_autofree char *percent = g_strdup_printf ("%s %%", number);
      /* The characteristic heads its group of indicators once. */
      gboolean same = previous != NULL
                      && g_strcmp0 (previous->characteristic, row->characteristic) == 0;
      const char *cells[] = { same ? "" : row->characteristic, row->indicator, count, percent };

      add_grid_row (self->profile_grid, (int) i + 1, cells, G_N_ELEMENTS (cells), 2);
    }
}

static const char *
action_status_label (LayananSkmActionStatus status)
{
  switch (status)
    {
    case LAYANAN_SKM_ACTION_PLANNED:
      /* Translators: status of a follow-up action */
      return _("planned");
    case LAYANAN_SKM_ACTION_IN_PROGRESS:
      return _("in progress");
    case LAYANAN_SKM_ACTION_DONE:
      return _("done");
    default:
      return "";
    }
}

/* The follow-up actions planned for @code, one per line. */
static char *
actions_text (Load       *load,
              const char *code)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; load->actions != NULL && i < load->actions->len; i++)
    {
      LayananSkmAction *action = g_ptr_array_index (load->actions, i);

      if (g_strcmp0 (action->unsur_code, code) != 0)
        continue;
      if (text->len > 0)
        g_string_append_c (text, '\n');
      /* Translators: a follow-up action: "Simplify the form — Kasubbag TU, Semester II 2026 (planned)" */
      g_string_append_printf (text, _("%s — %s, %s (%s)"), action->action,
                              action->owner != NULL ? action->owner : "–",
                              action->target != NULL ? action->target : "–",
                              action_status_label (action->status));
    }
  if (text->len == 0)
    /* Translators: a weak unsur without a follow-up action yet */
    g_string_append (text, _("No action planned"));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
fill_weakest (LayananSkmView *self,
              Load           *load)
{
  const char *header[] = {
    /* Translators: column headings of the weakest unsur */
    _("Unsur"), _("NRR"), _("Mutu"), _("Follow-Up Plan"),
  };
  guint weakest[LAYANAN_SKM_WEAKEST];
  guint n = layanan_skm_calc_get_weakest (load->calc, weakest);

  clear_grid (self->weakest_grid);
  add_grid_row (self->weakest_grid, 0, header, G_N_ELEMENTS (header), 1);
  for (guint i = 0; i < n; i++)
    {
      LayananSkmUnsur *unsur = g_ptr_array_index (load->unsur, weakest[i]);
      const LayananSkmUnsurResult *result = layanan_skm_calc_get_unsur (load->calc, weakest[i]);
      g_autofree char *name = g_strdup_printf ("%s %s", unsur->code, unsur->name);
      g_autofree char *nrr = layanan_skm_format_decimal (result->nrr, 2);
      g_autofree char *mutu = mutu_text (result->grade != NULL ? result->grade->mutu : '\0');
      g_autofree char *plan = actions_text (load, unsur->code);
      const char *cells[] = { name, nrr, mutu, plan };

      add_grid_row (self->weakest_grid, (int) i + 1, cells, G_N_ELEMENTS (cells), 1);
      gtk_label_set_xalign (GTK_LABEL (gtk_grid_get_child_at (self->weakest_grid, 3,
                                                              (int) i + 1)), 0.0f);
    }
}

static void
show_sample (LayananSkmView *self,
             Load           *load)
{
  guint n = layanan_skm_calc_get_n_responses (load->calc);
  guint population = load->period->population;
  guint minimum = population > 0 ? layanan_skm_minimum_sample (population) : 0;
  g_autofree char *text = NULL;

  if (population == 0)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u respondent; enter the period’s population to check the minimum sample",
                                         "%u respondents; enter the period’s population to check the minimum sample",
                                         n), n);
  else if (n < minimum)
    /* Translators: "Too few respondents: 12 of the 28 needed for a population of 30 (Krejcie–Morgan)" */
    text = g_strdup_printf (_("Too few respondents: %u of the %u needed for a population of %u (Krejcie–Morgan)"),
                            n, minimum, population);
  else
    /* Translators: "29 respondents, at least 28 needed for a population of 30 (Krejcie–Morgan)" */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u respondent, at least %u needed for a population of %u (Krejcie–Morgan)",
                                         "%u respondents, at least %u needed for a population of %u (Krejcie–Morgan)",
                                         n), n, minimum, population);

  gtk_label_set_text (self->sample_label, text);
  if (population > 0 && n < minimum)
    gtk_widget_add_css_class (GTK_WIDGET (self->sample_label), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->sample_label), "warning");
}

static void
show_glance (LayananSkmView *self,
             Load           *load)
{
  const LayananSkmGrade *grade = layanan_skm_calc_get_grade (load->calc);
  guint n_unsur = load->unsur->len;
  g_autofree double *nrr = g_new0 (double, MAX (n_unsur, 1));

  if (layanan_skm_calc_get_n_responses (load->calc) > 0)
    {
      g_autofree char *ikm = layanan_skm_format_decimal (layanan_skm_calc_get_ikm (load->calc), 2);
      g_autofree char *mutu = mutu_text (grade != NULL ? grade->mutu : '\0');

      gtk_label_set_text (self->ikm_label, ikm);
      gtk_label_set_text (self->mutu_label, mutu);
      gtk_label_set_text (self->kinerja_label, grade != NULL ? grade->kinerja : "");
    }
  else
    {
      gtk_label_set_text (self->ikm_label, "–");
      gtk_label_set_text (self->mutu_label, "–");
      /* Translators: in place of the kinerja of a period without questionnaires */
      gtk_label_set_text (self->kinerja_label, _("No questionnaires yet"));
    }

  for (guint i = 0; i < n_unsur; i++)
    {
      const LayananSkmUnsurResult *result = layanan_skm_calc_get_unsur (load->calc, i);

      nrr[i] = result->n_answered > 0 ? result->nrr : -1.0;
    }
  layanan_skm_chart_set_values (self->chart, load->unsur, nrr, load->grades);
  show_sample (self, load);
}

static void
fill_periods (LayananSkmView *self,
              Load           *load)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  guint selected = 0;

  for (guint i = 0; i < load->periods->len; i++)
    {
      LayananSkmPeriod *period = g_ptr_array_index (load->periods, i);

      g_ptr_array_add (names, period->name);
      if (period == load->period)
        selected = i;
    }
  g_ptr_array_add (names, NULL);

  self->filling = TRUE;
  gtk_string_list_splice (self->period_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->period_names)),
                          (const char * const *) names->pdata);
  gtk_drop_down_set_selected (self->period_dropdown, selected);
  self->filling = FALSE;
}

static void
update_actions (LayananSkmView *self)
{
  gboolean has_period = self->shown != NULL && self->shown->period != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "skm.enter", has_period);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "skm.import", has_period);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "skm.add-action", has_period);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "skm.export",
                                 has_period && !self->exporting);
  gtk_widget_set_visible (GTK_WIDGET (self->period_dropdown), has_period);
}

static void
show_load (LayananSkmView *self,
           Load           *load)
{
  g_clear_pointer (&self->shown, load_free);
  self->shown = load;

  fill_periods (self, load);
  update_actions (self);
  if (load->period == NULL)
    {
      gtk_stack_set_visible_child_name (self->content_stack, "empty");
      return;
    }

  show_glance (self, load);
  fill_weakest (self, load);
  /* Translators: first column heading of the per-service table */
  fill_scores (self->service_grid, load->services, _("Service"));
  /* Translators: first column heading of the trend table */
  fill_scores (self->trend_grid, load->trend, _("Period"));
  fill_profile (self, load);
  gtk_stack_set_visible_child_name (self->content_stack, "results");
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  LayananSkmView *self = LAYANAN_SKM_VIEW (source);
  g_autoptr(GError) error = NULL;
  Load *load = g_task_propagate_pointer (G_TASK (result), &error);

  if (load == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          self->loading = FALSE;
          show_message (self, error->message);
        }
      return;
    }

  self->loading = FALSE;
  show_load (self, load);
}

static gint64
current_unit (LayananSkmView *self)
{
  guint selected = gtk_drop_down_get_selected (self->unit_dropdown);

  if (selected == GTK_INVALID_LIST_POSITION || selected >= self->unit_ids->len)
    return self->unit_ids->len > 0 ? g_array_index (self->unit_ids, gint64, 0) : 0;
  return g_array_index (self->unit_ids, gint64, selected);
}

static void
start_load (LayananSkmView *self,
            gint64          period_id)
{
  g_autoptr(GTask) task = NULL;
  Load *load;

  if (self->database == NULL)
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  load = g_new0 (Load, 1);
  load->path = g_strdup (layanan_database_get_path (self->database));
  load->unit_id = current_unit (self);
  load->period_id = period_id;

  self->loading = TRUE;
  task = g_task_new (self, self->cancellable, loaded_cb, NULL);
  g_task_set_source_tag (task, start_load);
  /* The thread frees the load or hands it back through the result. */
  g_task_set_task_data (task, load, NULL);
  g_task_run_in_thread (task, load_thread);
}

static void
fill_units (LayananSkmView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) units = layanan_database_list_units (self->database, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  if (units == NULL)
    {
      show_message (self, error->message);
      return;
    }

  g_array_set_size (self->unit_ids, 0);
  for (guint i = 0; i < units->len; i++)
    {
      LayananUnit *unit = g_ptr_array_index (units, i);

      if (unit->parent_id != 0)
        continue;
      g_ptr_array_add (names, unit->name);
      g_array_append_val (self->unit_ids, unit->id);
    }
  g_ptr_array_add (names, NULL);

  self->filling = TRUE;
  gtk_string_list_splice (self->unit_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->unit_names)),
                          (const char * const *) names->pdata);
  gtk_drop_down_set_selected (self->unit_dropdown, 0);
  self->filling = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (self->unit_dropdown), self->unit_ids->len > 1);
}

/* ─────────────────────────── Callbacks ─────────────────────────── */

static void
unit_changed_cb (LayananSkmView *self)
{
  if (!self->filling)
    start_load (self, 0);
}

static void
period_changed_cb (LayananSkmView *self)
{
  guint selected = gtk_drop_down_get_selected (self->period_dropdown);
  LayananSkmPeriod *period;

  if (self->filling || self->shown == NULL || self->shown->periods == NULL
      || selected >= self->shown->periods->len)
    return;

  period = g_ptr_array_index (self->shown->periods, selected);
  start_load (self, period->id);
}

static void
entry_window_closed_cb (LayananSkmView *self)
{
  layanan_skm_view_refresh (self);
}

static void
enter_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  LayananSkmView *self = LAYANAN_SKM_VIEW (widget);
  GtkWindow *window;

  if (self->shown == NULL || self->shown->period == NULL)
    return;

  window = GTK_WINDOW (layanan_skm_entry_window_new (parent_window (self), self->database,
                                                     self->shown->period));
  g_signal_connect_object (window, "destroy", G_CALLBACK (entry_window_closed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (window);
}

static void
import_chosen_cb (GtkNativeDialog *dialog,
                  int              response,
                  gpointer         user_data)
{
  LayananSkmView *self = LAYANAN_SKM_VIEW (user_data);
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

  if (response == GTK_RESPONSE_ACCEPT && file != NULL && self->shown != NULL
      && self->shown->period != NULL)
    {
      GtkWindow *import = GTK_WINDOW (layanan_skm_import_dialog_new (parent_window (self),
                                                                     self->database,
                                                                     self->shown->period->id,
                                                                     file));

      g_signal_connect_object (import, "destroy", G_CALLBACK (entry_window_closed_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_window_present (import);
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
  g_object_unref (self);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LayananSkmView *self = LAYANAN_SKM_VIEW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (_("Import Questionnaires"), parent_window (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  /* Translators: file type in the chooser */
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (import_chosen_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
exported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(LayananSkmView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  self->exporting = FALSE;
  update_actions (self);
  if (!layanan_skm_export_finish (result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_message (self, error->message);
      return;
    }
  /* Translators: toast after the SKM report was written, %s is the file name */
  message = g_strdup_printf (_("SKM report saved as “%s”"), self->export_name);
  show_message (self, message);
}

static void
export_chosen_cb (GtkNativeDialog *dialog,
                  int              response,
                  gpointer         user_data)
{
  LayananSkmView *self = LAYANAN_SKM_VIEW (user_data);
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

  if (response == GTK_RESPONSE_ACCEPT && path != NULL)
    layanan_skm_view_export (self, path);
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
  g_object_unref (self);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LayananSkmView *self = LAYANAN_SKM_VIEW (widget);
  g_autofree char *name = NULL;
  GtkFileChooserNative *dialog;

  if (self->shown == NULL || self->shown->period == NULL)
    return;

  dialog = gtk_file_chooser_native_new (_("Export SKM Report"), parent_window (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  /* Translators: the default file name of the SKM report, %s is the period */
  name = g_strdup_printf (_("Laporan SKM %s.xlsx"), self->shown->period->name);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (export_chosen_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* ─────────────────────────── New period ─────────────────────────── */

typedef struct
{
  GtkEditable *name;
  GtkDropDown *kind;
  GtkEditable *date_from;
  GtkEditable *date_to;
  GtkSpinButton *population;
  char        *prefilled_name;
} PeriodForm;

static void
period_form_free (PeriodForm *form)
{
  g_free (form->prefilled_name);
  g_free (form);
}

static const char *
roman (int number)
{
  static const char * const numerals[] = { "I", "II", "III", "IV" };

  return numerals[CLAMP (number, 1, 4) - 1];
}

static void
set_date_field (GtkEditable *field,
                int          year,
                int          month,
                int          day)
{
  g_autofree char *text = g_strdup_printf ("%04d-%02d-%02d", year, month, day);

  gtk_editable_set_text (field, text);
}

/* Fills the dates (and the name, while the user has not changed it) of
 * the triwulan, semester or year that today falls in. */
static void
prefill_period (PeriodForm *form)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int year = g_date_time_get_year (now);
  int month = g_date_time_get_month (now);
  guint kind = gtk_drop_down_get_selected (form->kind);
  g_autofree char *name = NULL;
  int first, last;

  switch (kind)
    {
    case LAYANAN_SKM_PERIOD_TRIWULAN:
      first = (month - 1) / 3 * 3 + 1;
      last = first + 2;
      name = g_strdup_printf ("Triwulan %s %d", roman ((month - 1) / 3 + 1), year);
      break;
    case LAYANAN_SKM_PERIOD_SEMESTER:
      first = month <= 6 ? 1 : 7;
      last = first + 5;
      name = g_strdup_printf ("Semester %s %d", roman (month <= 6 ? 1 : 2), year);
      break;
    case LAYANAN_SKM_PERIOD_TAHUNAN:
      first = 1;
      last = 12;
      name = g_strdup_printf ("Tahunan %d", year);
      break;
    default:
      return;
    }

  set_date_field (form->date_from, year, first, 1);
  set_date_field (form->date_to, year, last, g_date_get_days_in_month (last, year));
  if (*gtk_editable_get_text (form->name) == '\0'
      || g_strcmp0 (gtk_editable_get_text (form->name), form->prefilled_name) == 0)
    {
      gtk_editable_set_text (form->name, name);
      g_free (form->prefilled_name);
      form->prefilled_name = g_steal_pointer (&name);
    }
}

static GtkWidget *
add_form_field (GtkGrid    *grid,
                int         row,
                const char *label_text,
                GtkWidget  *field)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (label_text);

  gtk_label_set_xalign (GTK_LABEL (label), 1.0f);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), field);
  gtk_widget_set_hexpand (field, TRUE);
  gtk_grid_attach (grid, label, 0, row, 1, 1);
  gtk_grid_attach (grid, field, 1, row, 1, 1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (field),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                  -1);
  return field;
}

static gboolean
save_period (LayananSkmView  *self,
             PeriodForm      *form,
             gint64          *period_id,
             GError         **error)
{
  g_autoptr(LayananSkmPeriod) period = g_new0 (LayananSkmPeriod, 1);
  GDate from, to;

  if (!layanan_date_parse_period (gtk_editable_get_text (form->date_from),
                                  gtk_editable_get_text (form->date_to), &from, &to, error))
    return FALSE;

  period->unit_id = current_unit (self);
  period->name = g_strstrip (g_strdup (gtk_editable_get_text (form->name)));
  period->kind = gtk_drop_down_get_selected (form->kind);
  period->date_from = g_strdup (gtk_editable_get_text (form->date_from));
  period->date_to = g_strdup (gtk_editable_get_text (form->date_to));
  period->population = (guint) gtk_spin_button_get_value_as_int (form->population);
  if (*period->name == '\0')
    {
      g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("The survey period needs a name"));
      return FALSE;
    }
  if (!layanan_database_save_skm_period (self->database, period, error))
    return FALSE;
  *period_id = period->id;
  return TRUE;
}

static void
period_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    LayananSkmView   *self)
{
  PeriodForm *form = g_object_get_data (G_OBJECT (dialog), "form");
  g_autoptr(GError) error = NULL;
  gint64 period_id = 0;

  if (g_strcmp0 (response, "add") != 0)
    return;
  if (!save_period (self, form, &period_id, &error))
    show_message (self, error->message);
  else
    start_load (self, period_id);
}

static void
new_period_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LayananSkmView *self = LAYANAN_SKM_VIEW (widget);
  static const char * const kinds[] = { "Triwulan", "Semester", "Tahunan", NULL };
  PeriodForm *form = g_new0 (PeriodForm, 1);
  GtkGrid *grid = GTK_GRID (gtk_grid_new ());
  GtkStringList *kind_names = gtk_string_list_new (kinds);
  GtkWidget *dialog;

  /* Translators: the fourth kind of survey period, after Triwulan, Semester, Tahunan */
  gtk_string_list_append (kind_names, _("Custom dates"));
  gtk_grid_set_row_spacing (grid, 6);
  gtk_grid_set_column_spacing (grid, 12);
  form->name = GTK_EDITABLE (add_form_field (grid, 0, _("_Name"), gtk_entry_new ()));
  form->kind = GTK_DROP_DOWN (add_form_field (grid, 1, _("_Kind"),
                                              gtk_drop_down_new (G_LIST_MODEL (kind_names),
                                                                 NULL)));
  form->date_from = GTK_EDITABLE (add_form_field (grid, 2, _("_From (YYYY-MM-DD)"),
                                                  gtk_entry_new ()));
  form->date_to = GTK_EDITABLE (add_form_field (grid, 3, _("_To (YYYY-MM-DD)"),
                                                gtk_entry_new ()));
  form->population = GTK_SPIN_BUTTON (add_form_field (grid, 4, _("_Population (service users)"),
                                                      gtk_spin_button_new_with_range (0, 10000000,
                                                                                      1)));
  gtk_drop_down_set_selected (form->kind, LAYANAN_SKM_PERIOD_SEMESTER);
  prefill_period (form);
  g_signal_connect_swapped (form->kind, "notify::selected", G_CALLBACK (prefill_period), form);

  dialog = adw_message_dialog_new (parent_window (self), _("New Survey Period"),
                                   _("The questionnaires of a period give its IKM. The population lets the minimum sample be checked."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), GTK_WIDGET (grid));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "add", _("_Add Period"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  g_object_set_data_full (G_OBJECT (dialog), "form", form, (GDestroyNotify) period_form_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (period_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ─────────────────────────── Follow-up actions ─────────────────────────── */

typedef struct
{
  GtkDropDown *unsur;
  GtkEditable *action;
  GtkEditable *owner;
  GtkEditable *target;
  GPtrArray   *codes;     /* char *, one per unsur entry */
} ActionForm;

static void
action_form_free (ActionForm *form)
{
  g_ptr_array_unref (form->codes);
  g_free (form);
}

static void
action_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    LayananSkmView   *self)
{
  ActionForm *form = g_object_get_data (G_OBJECT (dialog), "form");
  g_autoptr(LayananSkmAction) action = NULL;
  g_autoptr(GError) error = NULL;
  guint selected = gtk_drop_down_get_selected (form->unsur);

  if (g_strcmp0 (response, "add") != 0 || self->shown == NULL || self->shown->period == NULL
      || selected >= form->codes->len)
    return;

  action = g_new0 (LayananSkmAction, 1);
  action->period_id = self->shown->period->id;
  action->unsur_code = g_strdup (g_ptr_array_index (form->codes, selected));
  action->action = g_strstrip (g_strdup (gtk_editable_get_text (form->action)));
  action->owner = g_strstrip (g_strdup (gtk_editable_get_text (form->owner)));
  action->target = g_strstrip (g_strdup (gtk_editable_get_text (form->target)));
  action->status = LAYANAN_SKM_ACTION_PLANNED;
  if (*action->action == '\0')
    show_message (self, _("The follow-up action needs a description"));
  else if (!layanan_database_save_skm_action (self->database, action, &error))
    show_message (self, error->message);
  else
    layanan_skm_view_refresh (self);
}

/* The unsur to choose from, the weakest first. */
static GtkStringList *
unsur_choices (Load      *load,
               GPtrArray *codes)
{
  GtkStringList *names = gtk_string_list_new (NULL);
  guint weakest[LAYANAN_SKM_WEAKEST];
  guint n_weakest = layanan_skm_calc_get_weakest (load->calc, weakest);
  g_autofree gboolean *listed = g_new0 (gboolean, load->unsur->len + 1);

  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < (pass == 0 ? n_weakest : load->unsur->len); i++)
      {
        guint index = pass == 0 ? weakest[i] : i;
        LayananSkmUnsur *unsur = g_ptr_array_index (load->unsur, index);
        g_autofree char *name = NULL;

        if (listed[index])
          continue;
        listed[index] = TRUE;
        name = g_strdup_printf ("%s %s", unsur->code, unsur->name);
        gtk_string_list_append (names, name);
        g_ptr_array_add (codes, g_strdup (unsur->code));
      }
  return names;
}

static void
add_action_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LayananSkmView *self = LAYANAN_SKM_VIEW (widget);
  ActionForm *form;
  GtkGrid *grid;
  GtkWidget *dialog;

  if (self->shown == NULL || self->shown->period == NULL)
    return;

  form = g_new0 (ActionForm, 1);
  form->codes = g_ptr_array_new_with_free_func (g_free);
  grid = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_row_spacing (grid, 6);
  gtk_grid_set_column_spacing (grid, 12);
  form->unsur = GTK_DROP_DOWN (add_form_field (grid, 0, _("_Unsur"),
                                               gtk_drop_down_new (G_LIST_MODEL (unsur_choices (self->shown,
                                                                                               form->codes)),
                                                                  NULL)));
  form->action = GTK_EDITABLE (add_form_field (grid, 1, _("_Action"), gtk_entry_new ()));
  form->owner = GTK_EDITABLE (add_form_field (grid, 2, _("_Responsible"), gtk_entry_new ()));
  form->target = GTK_EDITABLE (add_form_field (grid, 3, _("_Target period"), gtk_entry_new ()));

  /* Translators: dialog heading; "Rencana Tindak Lanjut" is the regulation's term */
  dialog = adw_message_dialog_new (parent_window (self), _("Add Follow-Up Action"),
                                   _("What will be done about a weak unsur, by whom and by when (Rencana Tindak Lanjut)."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), GTK_WIDGET (grid));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "add", _("_Add Action"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add",
                                              ADW_RESPONSE_SUGGESTED);
  g_object_set_data_full (G_OBJECT (dialog), "form", form, (GDestroyNotify) action_form_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (action_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ─────────────────────────── GObject ─────────────────────────── */

static void
layanan_skm_view_dispose (GObject *object)
{
  LayananSkmView *self = LAYANAN_SKM_VIEW (object);

  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->export_cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), LAYANAN_TYPE_SKM_VIEW);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->export_cancellable);
  g_clear_object (&self->database);
  g_clear_pointer (&self->shown, load_free);

  G_OBJECT_CLASS (layanan_skm_view_parent_class)->dispose (object);
}

static void
layanan_skm_view_finalize (GObject *object)
{
  LayananSkmView *self = LAYANAN_SKM_VIEW (object);

  g_clear_pointer (&self->unit_ids, g_array_unref);
  g_clear_pointer (&self->export_name, g_free);

  G_OBJECT_CLASS (layanan_skm_view_parent_class)->finalize (object);
}

static void
layanan_skm_view_class_init (LayananSkmViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = layanan_skm_view_dispose;
  object_class->finalize = layanan_skm_view_finalize;

  g_type_ensure (LAYANAN_TYPE_SKM_CHART);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/layananbiro/Layanan/layanan-skm-view.ui");
  gtk_widget_class_bind_template_child (widget_class, LayananSkmView, unit_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LayananSkmView, unit_names);
  gtk_widget_class_bind_template_child (widget_class, LayananSkmView, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LayananSkmView, period_names);
  gtk_widget_class_bind_template_child (widget_class, LayananSkmView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, LayananSkmView, ikm_label);
  gtk_widget_class_bind_template_child (widget_class, LayananSkmView, mutu_label);
  gtk_widget_class_bind_template_child (widget_class, LayananSkmView, kinerja_label);
  gtk_widget_class_bind_template_child (widget_class, LayananSkmView, sample_label);
  gtk_widget_class_bind_template_child (widget_class, LayananSkmView, chart);
  gtk_widget_class_bind_template_child (widget_class, LayananSkmView, weakest_grid);
  gtk_widget_class_bind_template_child (widget_class, LayananSkmView, service_grid);
  gtk_widget_class_bind_template_child (widget_class, LayananSkmView, trend_grid);
  gtk_widget_class_bind_template_child (widget_class, LayananSkmView, profile_grid);
  gtk_widget_class_bind_template_callback (widget_class, unit_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, period_changed_cb);

  gtk_widget_class_install_action (widget_class, "skm.new-period", NULL, new_period_action);
  gtk_widget_class_install_action (widget_class, "skm.enter", NULL, enter_action);
  gtk_widget_class_install_action (widget_class, "skm.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "skm.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "skm.add-action", NULL, add_action_action);
}

static void
layanan_skm_view_init (LayananSkmView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->export_cancellable = g_cancellable_new ();
  update_actions (self);
  gtk_stack_set_visible_child_name (self->content_stack, "empty");
}

void
layanan_skm_view_set_database (LayananSkmView  *self,
                               LayananDatabase *database)
{
  g_return_if_fail (LAYANAN_IS_SKM_VIEW (self));
  g_return_if_fail (LAYANAN_IS_DATABASE (database));

  g_set_object (&self->database, database);
  fill_units (self);
  start_load (self, 0);
}

void
layanan_skm_view_refresh (LayananSkmView *self)
{
  g_return_if_fail (LAYANAN_IS_SKM_VIEW (self));

  start_load (self, layanan_skm_view_get_period_id (self));
}

gboolean
layanan_skm_view_is_loading (LayananSkmView *self)
{
  g_return_val_if_fail (LAYANAN_IS_SKM_VIEW (self), FALSE);

  return self->loading;
}

gint64
layanan_skm_view_get_period_id (LayananSkmView *self)
{
  g_return_val_if_fail (LAYANAN_IS_SKM_VIEW (self), 0);

  return self->shown != NULL && self->shown->period != NULL ? self->shown->period->id : 0;
}

void
layanan_skm_view_select_period (LayananSkmView *self,
                                gint64          period_id)
{
  g_return_if_fail (LAYANAN_IS_SKM_VIEW (self));

  start_load (self, period_id);
}

/**
 * layanan_skm_view_export:
 *
 * Writes the SKM report of the period shown to @path in a worker thread
 * (the Export Report… action, once a file is chosen); a toast tells when
 * it is done. Does nothing without a period.
 */
void
layanan_skm_view_export (LayananSkmView *self,
                         const char     *path)
{
  g_return_if_fail (LAYANAN_IS_SKM_VIEW (self));
  g_return_if_fail (path != NULL);

  if (self->shown == NULL || self->shown->period == NULL || self->database == NULL
      || self->exporting)
    return;

  g_free (self->export_name);
  self->export_name = g_path_get_basename (path);
  self->exporting = TRUE;
  update_actions (self);
  layanan_skm_export_async (layanan_database_get_path (self->database),
                            self->shown->period->unit_id, self->shown->period->name, path,
                            self->export_cancellable, exported_cb, g_object_ref (self));
}

gboolean
layanan_skm_view_is_exporting (LayananSkmView *self)
{
  g_return_val_if_fail (LAYANAN_IS_SKM_VIEW (self), FALSE);

  return self->exporting;
}
