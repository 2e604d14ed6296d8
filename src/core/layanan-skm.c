/* layanan-skm.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-skm"

#include "config.h"

#include "layanan-skm.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "layanan-date.h"
#include "layanan-error.h"

/* The computation follows DOMAIN.md §1.4 to the letter: an unsur's NRR
 * divides by the questionnaires that answered it, the weights are exact
 * (1/n, not 0,111) and nothing is rounded until the grade is looked up. */

/* Unsur and grades */

LayananSkmUnsur *
layanan_skm_unsur_copy (const LayananSkmUnsur *unsur)
{
  LayananSkmUnsur *copy;

  g_return_val_if_fail (unsur != NULL, NULL);

  copy = g_new0 (LayananSkmUnsur, 1);
  copy->code = g_strdup (unsur->code);
  copy->position = unsur->position;
  copy->name = g_strdup (unsur->name);
  copy->question = g_strdup (unsur->question);
  for (guint i = 0; i < G_N_ELEMENTS (unsur->labels); i++)
    copy->labels[i] = g_strdup (unsur->labels[i]);

  return copy;
}

void
layanan_skm_unsur_free (LayananSkmUnsur *unsur)
{
  if (unsur == NULL)
    return;

  g_free (unsur->code);
  g_free (unsur->name);
  g_free (unsur->question);
  for (guint i = 0; i < G_N_ELEMENTS (unsur->labels); i++)
    g_free (unsur->labels[i]);
  g_free (unsur);
}

LayananSkmGrade *
layanan_skm_grade_copy (const LayananSkmGrade *grade)
{
  LayananSkmGrade *copy;

  g_return_val_if_fail (grade != NULL, NULL);

  copy = g_memdup2 (grade, sizeof *grade);
  copy->kinerja = g_strdup (grade->kinerja);

  return copy;
}

void
layanan_skm_grade_free (LayananSkmGrade *grade)
{
  if (grade == NULL)
    return;

  g_free (grade->kinerja);
  g_free (grade);
}

/**
 * layanan_skm_round2:
 *
 * Half-up (away from zero) to two decimals. 88.305 is stored as
 * 88.30499999999999971…, so a plain round() of value × 100 can fall
 * either way; a nudge of 1e-7 hundredths — far above the error of a
 * double near 10 000 (~2e-12), far below any difference a person types —
 * makes the decimal half go up.
 */
double
layanan_skm_round2 (double value)
{
  double hundredths;

  if (!isfinite (value))
    return value;

  hundredths = fabs (value) * 100.0;
  hundredths = floor (hundredths + 0.5 + 1e-7);

  return copysign (hundredths / 100.0, value);
}

/**
 * layanan_skm_grade_for:
 *
 * Classifies by the lower bounds only (the gap-free reading of the table,
 * §1.5): the grade with the highest min_score at or below the rounded
 * score. The max_score of the top grade still bounds the scale.
 */
const LayananSkmGrade *
layanan_skm_grade_for (GPtrArray *grades,
                       double     score)
{
  const LayananSkmGrade *best = NULL;
  double rounded;
  double top = -G_MAXDOUBLE;

  g_return_val_if_fail (grades != NULL, NULL);

  if (isnan (score))
    return NULL;

  rounded = layanan_skm_round2 (score);
  for (guint i = 0; i < grades->len; i++)
    {
      const LayananSkmGrade *grade = g_ptr_array_index (grades, i);

      top = MAX (top, layanan_skm_round2 (grade->max_score));
      if (layanan_skm_round2 (grade->min_score) <= rounded
          && (best == NULL || grade->min_score > best->min_score))
        best = grade;
    }

  if (rounded > top)
    return NULL;

  return best;
}

/* Krejcie & Morgan (1970), "Determining sample size for research
 * activities": χ² for one degree of freedom at 95 %, the proportion that
 * gives the largest sample, a 5 % margin. */
#define KM_CHI_SQUARE 3.841
#define KM_PROPORTION 0.5
#define KM_MARGIN     0.05

guint
layanan_skm_minimum_sample (guint population)
{
  double spread = KM_CHI_SQUARE * KM_PROPORTION * (1.0 - KM_PROPORTION);
  double sample;

  if (population == 0)
    return 0;

  sample = spread * population
           / (KM_MARGIN * KM_MARGIN * (population - 1.0) + spread);

  return (guint) floor (sample + 0.5);
}

/* Case-folded, white space runs made one space, none at either end: how
 * answer labels and profile values are compared. */
static char *
fold_words (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  GString *out = g_string_new (NULL);
  gboolean pending_space = FALSE;

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F)
        {
          pending_space = out->len > 0;
          continue;
        }

      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* "3", "3.0", "3,0" (a spreadsheet's number in either locale) → 3. */
static int
parse_answer_number (const char *text)
{
  const char *p = text;
  int value;

  if (*p < '1' || *p > '4')
    return -1;
  value = *p++ - '0';

  if (*p == '.' || *p == ',')
    {
      p++;
      if (*p == '\0')
        return -1;
      while (*p == '0')
        p++;
    }

  return *p == '\0' ? value : -1;
}

int
layanan_skm_parse_answer (const LayananSkmUnsur *unsur,
                          const char            *text)
{
  g_autofree char *folded = NULL;
  int value;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return text == NULL ? 0 : -1;

  folded = fold_words (text);
  if (*folded == '\0')
    return 0;

  value = parse_answer_number (folded);
  if (value > 0 || unsur == NULL)
    return value;

  for (guint i = 0; i < G_N_ELEMENTS (unsur->labels); i++)
    {
      g_autofree char *label = NULL;

      if (unsur->labels[i] == NULL)
        continue;
      label = fold_words (unsur->labels[i]);
      if (g_str_equal (label, folded))
        return (int) i + 1;
    }

  return -1;
}

/* Responses */

LayananSkmResponse *
layanan_skm_response_new (void)
{
  return g_new0 (LayananSkmResponse, 1);
}

LayananSkmResponse *
layanan_skm_response_copy (const LayananSkmResponse *response)
{
  LayananSkmResponse *copy;

  g_return_val_if_fail (response != NULL, NULL);

  copy = g_memdup2 (response, sizeof *response);
  copy->date = g_strdup (response->date);
  copy->education = g_strdup (response->education);
  copy->occupation = g_strdup (response->occupation);
  copy->suggestion = g_strdup (response->suggestion);

  return copy;
}

void
layanan_skm_response_free (LayananSkmResponse *response)
{
  if (response == NULL)
    return;

  g_free (response->date);
  g_free (response->education);
  g_free (response->occupation);
  g_free (response->suggestion);
  g_free (response);
}

#define MAX_AGE 120

gboolean
layanan_skm_response_validate (const LayananSkmResponse  *response,
                               guint                      n_unsur,
                               GError                   **error)
{
  GDate date;
  guint n_answered = 0;

  g_return_val_if_fail (response != NULL, FALSE);
  g_return_val_if_fail (n_unsur <= LAYANAN_SKM_MAX_UNSUR, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!layanan_date_parse_iso (response->date, &date, error))
    {
      /* Translators: prefixed to what is wrong with the date of an SKM questionnaire */
      g_prefix_error (error, _("Survey date: "));
      return FALSE;
    }

  if (response->age < 0 || response->age > MAX_AGE)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   /* Translators: the respondent's age on an SKM questionnaire */
                   _("Age: %d is not an age; write 1 to %d years, or leave it blank"),
                   response->age, MAX_AGE);
      return FALSE;
    }

  if ((guint) response->sex > LAYANAN_SKM_SEX_PEREMPUAN)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("Sex: %d is not one of the choices"), (int) response->sex);
      return FALSE;
    }

  for (guint i = 0; i < n_unsur; i++)
    {
      if (response->answers[i] > 4)
        {
          g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                       /* Translators: U%u is the unsur's code on the questionnaire (U1 … U9) */
                       _("Answer U%u: %u is not an answer; answers are 1 to 4, "
                         "or blank"),
                       i + 1, (guint) response->answers[i]);
          return FALSE;
        }
      if (response->answers[i] != 0)
        n_answered++;
    }

  if (n_answered == 0)
    {
      g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                           _("Answers: the questionnaire answers none of the unsur"));
      return FALSE;
    }

  return TRUE;
}

/* The computation */

struct _LayananSkmCalc
{
  GPtrArray             *unsur;      /* LayananSkmUnsur, owned copies */
  GPtrArray             *grades;     /* LayananSkmGrade, owned copies */
  guint                  n_responses;
  LayananSkmUnsurResult  results[LAYANAN_SKM_MAX_UNSUR];
  double                 index;      /* 1–4; 0 when nothing answered */
  const LayananSkmGrade *grade;
  gboolean               dirty;
};

LayananSkmCalc *
layanan_skm_calc_new (GPtrArray *unsur,
                      GPtrArray *grades)
{
  LayananSkmCalc *self;

  g_return_val_if_fail (unsur != NULL, NULL);
  g_return_val_if_fail (unsur->len <= LAYANAN_SKM_MAX_UNSUR, NULL);
  g_return_val_if_fail (grades != NULL, NULL);

  /* Copies, so that the caller may change or drop its lists meanwhile and
   * the grades the results point to live as long as the calculation. */
  self = g_new0 (LayananSkmCalc, 1);
  self->unsur = g_ptr_array_new_full (unsur->len, (GDestroyNotify) layanan_skm_unsur_free);
  for (guint i = 0; i < unsur->len; i++)
    g_ptr_array_add (self->unsur, layanan_skm_unsur_copy (g_ptr_array_index (unsur, i)));
  self->grades = g_ptr_array_new_full (grades->len, (GDestroyNotify) layanan_skm_grade_free);
  for (guint i = 0; i < grades->len; i++)
    g_ptr_array_add (self->grades, layanan_skm_grade_copy (g_ptr_array_index (grades, i)));

  return self;
}

void
layanan_skm_calc_free (LayananSkmCalc *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->unsur);
  g_ptr_array_unref (self->grades);
  g_free (self);
}

/* Answers above 4 are skipped: layanan_skm_response_validate() refuses
 * them before a response is stored, and one bad value must not make the
 * whole period's IKM impossible. */
void
layanan_skm_calc_add (LayananSkmCalc           *self,
                      const LayananSkmResponse *response)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (response != NULL);

  for (guint i = 0; i < self->unsur->len; i++)
    {
      guint answer = response->answers[i];

      if (answer >= 1 && answer <= 4)
        {
          self->results[i].n_answered++;
          self->results[i].sum += answer;
        }
    }

  self->n_responses++;
  self->dirty = TRUE;
}

/* An unsur nobody answered has no NRR: counting it as 0 would drag the
 * IKM down for a question that was not asked (a unit without fees often
 * leaves Biaya/Tarif blank). It is left out and the weight becomes
 * 1 / (the unsur answered), so that Σ NRR tertimbang is still the index
 * and all-4 answers still give 100; with every unsur answered this is the
 * regulation's 1/n. */
static void
calc_update (LayananSkmCalc *self)
{
  guint n_unsur = self->unsur->len;
  guint n_counted = 0;
  double weight;

  if (!self->dirty)
    return;

  for (guint i = 0; i < n_unsur; i++)
    if (self->results[i].n_answered > 0)
      n_counted++;

  weight = n_counted > 0 ? 1.0 / n_counted : 0.0;
  self->index = 0.0;
  for (guint i = 0; i < n_unsur; i++)
    {
      LayananSkmUnsurResult *result = &self->results[i];

      if (result->n_answered > 0)
        result->nrr = (double) result->sum / result->n_answered;
      else
        result->nrr = 0.0;
      result->nrr_weighted = result->nrr * weight;
      result->score = result->nrr * 25.0;
      result->grade = result->n_answered > 0
                      ? layanan_skm_grade_for (self->grades, result->score)
                      : NULL;
      self->index += result->nrr_weighted;
    }

  self->grade = n_counted > 0 ? layanan_skm_grade_for (self->grades, self->index * 25.0) : NULL;
  self->dirty = FALSE;
}

guint
layanan_skm_calc_get_n_unsur (LayananSkmCalc *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->unsur->len;
}

guint
layanan_skm_calc_get_n_responses (LayananSkmCalc *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_responses;
}

const LayananSkmUnsurResult *
layanan_skm_calc_get_unsur (LayananSkmCalc *self,
                            guint           index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->unsur->len, NULL);

  calc_update (self);
  return &self->results[index];
}

double
layanan_skm_calc_get_index (LayananSkmCalc *self)
{
  g_return_val_if_fail (self != NULL, 0.0);

  calc_update (self);
  return self->index;
}

double
layanan_skm_calc_get_ikm (LayananSkmCalc *self)
{
  g_return_val_if_fail (self != NULL, 0.0);

  calc_update (self);
  return self->index * 25.0;
}

const LayananSkmGrade *
layanan_skm_calc_get_grade (LayananSkmCalc *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  calc_update (self);
  return self->grade;
}

/* Lower NRR first, compared exactly as fractions (sum_a / n_a against
 * sum_b / n_b) so that equal NRR always tie; then questionnaire order. */
static gboolean
weaker_than (const LayananSkmUnsurResult *a,
             guint                        index_a,
             const LayananSkmUnsurResult *b,
             guint                        index_b)
{
  guint64 lhs = (guint64) a->sum * b->n_answered;
  guint64 rhs = (guint64) b->sum * a->n_answered;

  if (lhs != rhs)
    return lhs < rhs;
  return index_a < index_b;
}

guint
layanan_skm_calc_get_weakest (LayananSkmCalc *self,
                              guint           weakest[LAYANAN_SKM_WEAKEST])
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (weakest != NULL, 0);

  calc_update (self);

  /* Insertion into a list of at most three, in questionnaire order. */
  for (guint i = 0; i < self->unsur->len; i++)
    {
      guint at;

      if (self->results[i].n_answered == 0)
        continue;

      for (at = n; at > 0; at--)
        {
          guint j = weakest[at - 1];

          if (!weaker_than (&self->results[i], i, &self->results[j], j))
            break;
          if (at < LAYANAN_SKM_WEAKEST)
            weakest[at] = j;
        }

      if (at < LAYANAN_SKM_WEAKEST)
        {
          weakest[at] = i;
          n = MIN (n + 1, LAYANAN_SKM_WEAKEST);
        }
    }

  return n;
}

/* The respondent profile */

typedef struct
{
  char  *label;   /* as first written */
  guint  count;
} ProfileGroup;

static void
profile_group_free (ProfileGroup *group)
{
  g_free (group->label);
  g_free (group);
}

/* Values written freely (education, occupation): grouped case-insensitively,
 * shown as first written, in the order first seen. */
typedef struct
{
  GPtrArray  *groups;    /* ProfileGroup, owned */
  GHashTable *by_key;    /* folded value → ProfileGroup */
  guint       not_given;
} ProfileFreeText;

static void
free_text_init (ProfileFreeText *values)
{
  values->groups = g_ptr_array_new_with_free_func ((GDestroyNotify) profile_group_free);
  values->by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  values->not_given = 0;
}

static void
free_text_clear (ProfileFreeText *values)
{
  g_clear_pointer (&values->by_key, g_hash_table_unref);
  g_clear_pointer (&values->groups, g_ptr_array_unref);
}

static void
free_text_add (ProfileFreeText *values,
               const char      *text)
{
  g_autofree char *key = NULL;
  ProfileGroup *group;

  if (text != NULL && g_utf8_validate (text, -1, NULL))
    key = fold_words (text);

  if (key == NULL || *key == '\0')
    {
      values->not_given++;
      return;
    }

  group = g_hash_table_lookup (values->by_key, key);
  if (group == NULL)
    {
      group = g_new0 (ProfileGroup, 1);
      group->label = g_strstrip (g_strdup (text));
      g_ptr_array_add (values->groups, group);
      g_hash_table_insert (values->by_key, g_steal_pointer (&key), group);
    }
  group->count++;
}

/* The official report's labels (§1.3, §1.7): Indonesian whatever the
 * interface speaks, like the other official documents. */
#define NOT_GIVEN "Tidak diisi"

static const char * const age_bands[] = {
  "< 20 tahun",
  "20–29 tahun",
  "30–39 tahun",
  "40–49 tahun",
  "50–59 tahun",
  "≥ 60 tahun",
  NOT_GIVEN,
};
#define AGE_NOT_GIVEN (G_N_ELEMENTS (age_bands) - 1)

static const char * const sex_labels[] = {
  [LAYANAN_SKM_SEX_LAKI_LAKI] = "Laki-laki",
  [LAYANAN_SKM_SEX_PEREMPUAN] = "Perempuan",
  [LAYANAN_SKM_SEX_UNKNOWN] = NOT_GIVEN,
};

/* Rows list sex and age in this fixed order, the unknown last. */
static const LayananSkmSex sex_order[] = {
  LAYANAN_SKM_SEX_LAKI_LAKI,
  LAYANAN_SKM_SEX_PEREMPUAN,
  LAYANAN_SKM_SEX_UNKNOWN,
};

struct _LayananSkmProfile
{
  guint            n_respondents;
  guint            sex[G_N_ELEMENTS (sex_labels)];
  guint            age[G_N_ELEMENTS (age_bands)];
  ProfileFreeText  education;
  ProfileFreeText  occupation;
  GArray          *rows;       /* LayananSkmProfileRow, rebuilt when dirty */
  gboolean         dirty;
};

LayananSkmProfile *
layanan_skm_profile_new (void)
{
  LayananSkmProfile *self = g_new0 (LayananSkmProfile, 1);

  free_text_init (&self->education);
  free_text_init (&self->occupation);
  self->rows = g_array_new (FALSE, TRUE, sizeof (LayananSkmProfileRow));
  self->dirty = TRUE;

  return self;
}

void
layanan_skm_profile_free (LayananSkmProfile *self)
{
  if (self == NULL)
    return;

  free_text_clear (&self->education);
  free_text_clear (&self->occupation);
  g_array_unref (self->rows);
  g_free (self);
}

static guint
age_band (int age)
{
  if (age <= 0 || age > MAX_AGE)
    return AGE_NOT_GIVEN;
  if (age < 20)
    return 0;
  if (age >= 60)
    return AGE_NOT_GIVEN - 1;
  return (guint) (age / 10) - 1;
}

void
layanan_skm_profile_add (LayananSkmProfile        *self,
                         const LayananSkmResponse *response)
{
  LayananSkmSex sex;

  g_return_if_fail (self != NULL);
  g_return_if_fail (response != NULL);

  sex = (guint) response->sex < G_N_ELEMENTS (sex_labels) ? response->sex
                                                          : LAYANAN_SKM_SEX_UNKNOWN;
  self->sex[sex]++;
  self->age[age_band (response->age)]++;
  free_text_add (&self->education, response->education);
  free_text_add (&self->occupation, response->occupation);
  self->n_respondents++;
  self->dirty = TRUE;
}

static void
profile_append (LayananSkmProfile *self,
                const char        *characteristic,
                const char        *indicator,
                guint              count)
{
  LayananSkmProfileRow row = {
    .characteristic = characteristic,
    .indicator = indicator,
    .count = count,
    .percent = self->n_respondents > 0 ? 100.0 * count / self->n_respondents : 0.0,
  };

  g_array_append_val (self->rows, row);
}

static void
profile_append_free_text (LayananSkmProfile     *self,
                          const char            *characteristic,
                          const ProfileFreeText *values)
{
  for (guint i = 0; i < values->groups->len; i++)
    {
      const ProfileGroup *group = g_ptr_array_index (values->groups, i);

      profile_append (self, characteristic, group->label, group->count);
    }
  profile_append (self, characteristic, NOT_GIVEN, values->not_given);
}

static void
profile_update (LayananSkmProfile *self)
{
  if (!self->dirty)
    return;

  g_array_set_size (self->rows, 0);
  for (guint i = 0; i < G_N_ELEMENTS (sex_order); i++)
    profile_append (self, "Jenis Kelamin", sex_labels[sex_order[i]], self->sex[sex_order[i]]);
  for (guint i = 0; i < G_N_ELEMENTS (age_bands); i++)
    profile_append (self, "Umur", age_bands[i], self->age[i]);
  profile_append_free_text (self, "Pendidikan", &self->education);
  profile_append_free_text (self, "Pekerjaan", &self->occupation);
  self->dirty = FALSE;
}

guint
layanan_skm_profile_get_n_rows (LayananSkmProfile *self)
{
  g_return_val_if_fail (self != NULL, 0);

  profile_update (self);
  return self->rows->len;
}

/* The row's strings belong to @self and stay valid until it is freed. */
const LayananSkmProfileRow *
layanan_skm_profile_get_row (LayananSkmProfile *self,
                             guint              index)
{
  g_return_val_if_fail (self != NULL, NULL);

  profile_update (self);
  g_return_val_if_fail (index < self->rows->len, NULL);

  return &g_array_index (self->rows, LayananSkmProfileRow, index);
}
