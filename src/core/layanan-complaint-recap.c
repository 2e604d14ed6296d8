/* layanan-complaint-recap.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-complaint-recap"

#include "config.h"

#include "layanan-complaint-recap.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "layanan-date.h"
#include "layanan-error.h"

/* The recap counts the way layanan_complaint_settlement() judges one
 * complaint: working days from the day it came to the day it closed, in
 * the bureau's zone, and on time when it closed no later than its
 * deadline. A complaint waiting for its complainant has its clock stopped,
 * so it is never overdue (as in the store's list). */

struct _LayananComplaintRecap
{
  LayananCalendar            *calendar;
  GTimeZone                  *tz;
  GDateTime                  *now;
  LayananComplaintTally       total;

  /* Groups are allocated one by one so that the lookups below can keep
   * pointers while the arrays grow and the months are sorted. */
  GPtrArray                  *months;        /* LayananComplaintRecapGroup, owned */
  GHashTable                 *month_index;   /* key → group */
  gboolean                    months_sorted;
  GPtrArray                  *categories;    /* owned */
  GHashTable                 *category_index;
  LayananComplaintRecapGroup *uncategorised; /* in categories once seen */
  GPtrArray                  *enum_groups[LAYANAN_N_COMPLAINT_RECAP_AXES]; /* owned */
};

double
layanan_complaint_tally_on_time_rate (const LayananComplaintTally *tally)
{
  g_return_val_if_fail (tally != NULL, NAN);

  if (tally->on_time + tally->late == 0)
    return NAN;
  return (double) tally->on_time / (tally->on_time + tally->late);
}

double
layanan_complaint_tally_average_days (const LayananComplaintTally *tally)
{
  g_return_val_if_fail (tally != NULL, NAN);

  if (tally->timed == 0)
    return NAN;
  return (double) tally->working_days_sum / tally->timed;
}

static void
group_free (LayananComplaintRecapGroup *group)
{
  g_free ((char *) group->key);
  g_free (group);
}

static LayananComplaintRecapGroup *
group_new (const char *key,
           int         year,
           int         value)
{
  LayananComplaintRecapGroup *group = g_new0 (LayananComplaintRecapGroup, 1);

  group->key = g_strdup (key);
  group->year = year;
  group->value = value;
  return group;
}

static const char *
enum_key (LayananComplaintRecapAxis axis,
          int                       value)
{
  switch (axis)
    {
    case LAYANAN_COMPLAINT_RECAP_BY_CHANNEL:
      return layanan_channel_kind_to_key (value);
    case LAYANAN_COMPLAINT_RECAP_BY_STATUS:
      return layanan_complaint_status_to_key (value);
    case LAYANAN_COMPLAINT_RECAP_BY_CLASSIFICATION:
      return layanan_complaint_kind_to_key (value);
    case LAYANAN_COMPLAINT_RECAP_BY_MONTH:
    case LAYANAN_COMPLAINT_RECAP_BY_CATEGORY:
    default:
      g_return_val_if_reached (NULL);
    }
}

static GPtrArray *
enum_groups_new (LayananComplaintRecapAxis axis,
                 guint                     n)
{
  GPtrArray *groups = g_ptr_array_new_full (n, (GDestroyNotify) group_free);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (groups, group_new (enum_key (axis, i), 0, i));
  return groups;
}

/**
 * layanan_complaint_recap_new:
 * @calendar: the working-day calendar; its zone decides the months
 * @now: what is overdue is overdue at this instant
 *
 * Returns: (transfer full): an empty recap
 */
LayananComplaintRecap *
layanan_complaint_recap_new (LayananCalendar *calendar,
                             GDateTime       *now)
{
  LayananComplaintRecap *self;

  g_return_val_if_fail (LAYANAN_IS_CALENDAR (calendar), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  self = g_new0 (LayananComplaintRecap, 1);
  self->calendar = g_object_ref (calendar);
  self->tz = g_time_zone_ref (layanan_calendar_get_timezone (calendar));
  self->now = g_date_time_ref (now);
  self->months = g_ptr_array_new_with_free_func ((GDestroyNotify) group_free);
  self->month_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->months_sorted = TRUE;
  self->categories = g_ptr_array_new_with_free_func ((GDestroyNotify) group_free);
  self->category_index = g_hash_table_new (g_str_hash, g_str_equal);

  /* Every channel, status and classification has its line, even at zero:
   * a recap that leaves out the channels nobody used hides that fact. */
  self->enum_groups[LAYANAN_COMPLAINT_RECAP_BY_CHANNEL] =
    enum_groups_new (LAYANAN_COMPLAINT_RECAP_BY_CHANNEL, LAYANAN_N_CHANNEL_KINDS);
  self->enum_groups[LAYANAN_COMPLAINT_RECAP_BY_STATUS] =
    enum_groups_new (LAYANAN_COMPLAINT_RECAP_BY_STATUS, LAYANAN_N_COMPLAINT_STATUSES);
  self->enum_groups[LAYANAN_COMPLAINT_RECAP_BY_CLASSIFICATION] =
    enum_groups_new (LAYANAN_COMPLAINT_RECAP_BY_CLASSIFICATION, LAYANAN_N_COMPLAINT_KINDS);

  return self;
}

void
layanan_complaint_recap_free (LayananComplaintRecap *self)
{
  if (self == NULL)
    return;

  for (guint i = 0; i < LAYANAN_N_COMPLAINT_RECAP_AXES; i++)
    g_clear_pointer (&self->enum_groups[i], g_ptr_array_unref);
  g_hash_table_unref (self->category_index);
  g_ptr_array_unref (self->categories);
  g_hash_table_unref (self->month_index);
  g_ptr_array_unref (self->months);
  g_date_time_unref (self->now);
  g_time_zone_unref (self->tz);
  g_object_unref (self->calendar);
  g_free (self);
}

static LayananComplaintRecapGroup *
ensure_month (LayananComplaintRecap *self,
              int                    year,
              int                    month)
{
  char key[16];
  LayananComplaintRecapGroup *group;

  g_snprintf (key, sizeof key, "%04d-%02d", year, month);
  group = g_hash_table_lookup (self->month_index, key);
  if (group != NULL)
    return group;

  group = group_new (key, year, month);
  if (self->months->len > 0)
    {
      LayananComplaintRecapGroup *last = g_ptr_array_index (self->months, self->months->len - 1);

      if (strcmp (last->key, key) > 0)
        self->months_sorted = FALSE;
    }
  g_ptr_array_add (self->months, group);
  g_hash_table_insert (self->month_index, (char *) group->key, group);
  return group;
}

void
layanan_complaint_recap_set_period (LayananComplaintRecap *self,
                                    const GDate           *from,
                                    const GDate           *to)
{
  int year, month, last_year, last_month;

  g_return_if_fail (self != NULL);
  g_return_if_fail (from != NULL && g_date_valid (from));
  g_return_if_fail (to != NULL && g_date_valid (to));

  year = g_date_get_year (from);
  month = g_date_get_month (from);
  last_year = g_date_get_year (to);
  last_month = g_date_get_month (to);
  while (year < last_year || (year == last_year && month <= last_month))
    {
      ensure_month (self, year, month);
      if (++month > 12)
        {
          month = 1;
          year++;
        }
    }
}

static LayananComplaintRecapGroup *
ensure_category (LayananComplaintRecap *self,
                 const char            *name)
{
  LayananComplaintRecapGroup *group;

  if (name == NULL || name[0] == '\0')
    {
      if (self->uncategorised == NULL)
        {
          self->uncategorised = group_new (NULL, 0, 0);
          g_ptr_array_add (self->categories, self->uncategorised);
        }
      return self->uncategorised;
    }

  group = g_hash_table_lookup (self->category_index, name);
  if (group == NULL)
    {
      group = group_new (name, 0, 0);
      g_ptr_array_add (self->categories, group);
      g_hash_table_insert (self->category_index, (char *) group->key, group);
    }
  return group;
}

void
layanan_complaint_recap_add_category (LayananComplaintRecap *self,
                                      const char            *name)
{
  g_return_if_fail (self != NULL);

  ensure_category (self, name);
}

static GDateTime *
parse_instant (LayananComplaintRecap  *self,
               const char             *text,
               const char             *field,
               GError                **error)
{
  GDateTime *instant = layanan_date_time_parse (text, self->tz, error);

  if (instant == NULL)
    /* Translators: "closed at: “2026-02-31 10:00” is not a date…"; %s is a
     * field of a complaint, one of the strings marked "a field of a
     * complaint" */
    g_prefix_error (error, _("%s: "), field);
  return instant;
}

static GDate
local_day (LayananComplaintRecap *self,
           GDateTime             *instant)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (instant, self->tz);
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
  return day;
}

/* Judges one complaint, or refuses it with the field that is wrong. */
static gboolean
judge (LayananComplaintRecap             *self,
       const LayananComplaintRecapInput  *input,
       GDateTime                         *received,
       LayananComplaintOutcome           *outcome,
       GError                           **error)
{
  g_autoptr(GDateTime) due = NULL;
  g_autoptr(GDateTime) closed = NULL;

  *outcome = (LayananComplaintOutcome) { 0 };

  /* Translators: a field of a complaint, named in an error message */
  if (input->due_at != NULL && (due = parse_instant (self, input->due_at, _("due date"),
                                                     error)) == NULL)
    return FALSE;

  outcome->closed = layanan_complaint_status_is_closed (input->status);
  if (!outcome->closed)
    {
      outcome->overdue = input->status != LAYANAN_COMPLAINT_STATUS_MENUNGGU_PELAPOR
                         && due != NULL && g_date_time_compare (due, self->now) < 0;
      return TRUE;
    }

  /* A complaint closed before the register kept closing times counts as
   * closed but neither on time nor late. */
  if (input->closed_at == NULL)
    return TRUE;
  /* Translators: a field of a complaint, named in an error message */
  closed = parse_instant (self, input->closed_at, _("closed at"), error);
  if (closed == NULL)
    return FALSE;
  {
    GDate received_day = local_day (self, received);
    GDate closed_day = local_day (self, closed);

    outcome->timed = TRUE;
    /* A closing stamped before the receipt (a corrected receipt time)
     * counts as settled the day it came, as in settlement(). */
    outcome->working_days = MAX (0, layanan_calendar_working_days_between (self->calendar,
                                                                           &received_day,
                                                                           &closed_day));
  }
  outcome->on_time = due == NULL || g_date_time_compare (closed, due) <= 0;
  return TRUE;
}

static void
count (LayananComplaintTally         *tally,
       const LayananComplaintOutcome *outcome)
{
  tally->total++;
  if (!outcome->closed)
    {
      tally->open++;
      tally->overdue += outcome->overdue;
      return;
    }
  tally->closed++;
  if (!outcome->timed)
    return;
  tally->timed++;
  tally->working_days_sum += outcome->working_days;
  if (outcome->on_time)
    tally->on_time++;
  else
    tally->late++;
}

static gboolean
valid_enums (const LayananComplaintRecapInput  *input,
             GError                           **error)
{
  if ((guint) input->channel < LAYANAN_N_CHANNEL_KINDS
      && (guint) input->status < LAYANAN_N_COMPLAINT_STATUSES
      && (guint) input->classification < LAYANAN_N_COMPLAINT_KINDS)
    return TRUE;

  g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
               _("Unknown channel (%d), status (%d) or classification (%d)"),
               input->channel, input->status, input->classification);
  return FALSE;
}

/**
 * layanan_complaint_recap_add:
 * @input: the complaint; its strings are not kept
 * @outcome: (out) (optional): how it counted
 *
 * Returns: %TRUE when counted; %FALSE with %LAYANAN_ERROR_INVALID_INPUT
 *   for an instant that does not parse or an unknown enum value
 */
gboolean
layanan_complaint_recap_add (LayananComplaintRecap             *self,
                             const LayananComplaintRecapInput  *input,
                             LayananComplaintOutcome           *outcome,
                             GError                           **error)
{
  g_autoptr(GDateTime) received = NULL;
  g_autoptr(GDateTime) local = NULL;
  LayananComplaintOutcome judged;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (input != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!valid_enums (input, error))
    return FALSE;
  /* Translators: a field of a complaint, named in an error message */
  received = parse_instant (self, input->received_at, _("received at"), error);
  if (received == NULL || !judge (self, input, received, &judged, error))
    return FALSE;

  local = g_date_time_to_timezone (received, self->tz);
  count (&self->total, &judged);
  count (&ensure_month (self, g_date_time_get_year (local),
                        g_date_time_get_month (local))->tally, &judged);
  count (&ensure_category (self, input->category_name)->tally, &judged);
  count (&((LayananComplaintRecapGroup *) g_ptr_array_index (
             self->enum_groups[LAYANAN_COMPLAINT_RECAP_BY_CHANNEL], input->channel))->tally,
         &judged);
  count (&((LayananComplaintRecapGroup *) g_ptr_array_index (
             self->enum_groups[LAYANAN_COMPLAINT_RECAP_BY_STATUS], input->status))->tally,
         &judged);
  count (&((LayananComplaintRecapGroup *) g_ptr_array_index (
             self->enum_groups[LAYANAN_COMPLAINT_RECAP_BY_CLASSIFICATION],
             input->classification))->tally,
         &judged);

  if (outcome != NULL)
    *outcome = judged;
  return TRUE;
}

const LayananComplaintTally *
layanan_complaint_recap_get_total (LayananComplaintRecap *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return &self->total;
}

static int
compare_months (gconstpointer a,
                gconstpointer b)
{
  const LayananComplaintRecapGroup *group_a = *(LayananComplaintRecapGroup * const *) a;
  const LayananComplaintRecapGroup *group_b = *(LayananComplaintRecapGroup * const *) b;

  return strcmp (group_a->key, group_b->key);
}

static GPtrArray *
axis_groups (LayananComplaintRecap     *self,
             LayananComplaintRecapAxis  axis)
{
  switch (axis)
    {
    case LAYANAN_COMPLAINT_RECAP_BY_MONTH:
      if (!self->months_sorted)
        {
          g_ptr_array_sort (self->months, compare_months);
          self->months_sorted = TRUE;
        }
      return self->months;
    case LAYANAN_COMPLAINT_RECAP_BY_CATEGORY:
      return self->categories;
    case LAYANAN_COMPLAINT_RECAP_BY_CHANNEL:
    case LAYANAN_COMPLAINT_RECAP_BY_STATUS:
    case LAYANAN_COMPLAINT_RECAP_BY_CLASSIFICATION:
      return self->enum_groups[axis];
    default:
      g_return_val_if_reached (NULL);
    }
}

guint
layanan_complaint_recap_get_n_groups (LayananComplaintRecap     *self,
                                      LayananComplaintRecapAxis  axis)
{
  GPtrArray *groups;

  g_return_val_if_fail (self != NULL, 0);

  groups = axis_groups (self, axis);
  return groups != NULL ? groups->len : 0;
}

/* Groups in the order the recap prints them: months ascending, categories
 * as given then as first seen, the rest in the order of their enum. */
const LayananComplaintRecapGroup *
layanan_complaint_recap_get_group (LayananComplaintRecap     *self,
                                   LayananComplaintRecapAxis  axis,
                                   guint                      index)
{
  GPtrArray *groups;

  g_return_val_if_fail (self != NULL, NULL);

  groups = axis_groups (self, axis);
  g_return_val_if_fail (groups != NULL && index < groups->len, NULL);
  return g_ptr_array_index (groups, index);
}
