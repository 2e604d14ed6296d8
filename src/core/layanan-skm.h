/* layanan-skm.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The Survei Kepuasan Masyarakat (PermenPANRB 14/2017, DOMAIN.md §1): its
 * unsur and grade table are data; the computation is here, one code path
 * for the screen and the report. */

#define LAYANAN_SKM_MAX_UNSUR 16   /* the regulation has nine; a unit may add some */
#define LAYANAN_SKM_WEAKEST   3    /* the unsur a Rencana Tindak Lanjut addresses */

/* One unsur, in questionnaire order (skm_unsur: U1 … U9). */
typedef struct
{
  char *code;                 /* "U1" */
  int   position;             /* 1 … */
  char *name;                 /* "Persyaratan" */
  char *question;
  char *labels[4];            /* the answers 1 … 4: "Tidak sesuai" … "Sangat sesuai" */
} LayananSkmUnsur;

LayananSkmUnsur *layanan_skm_unsur_copy (const LayananSkmUnsur *unsur);
void             layanan_skm_unsur_free (LayananSkmUnsur       *unsur);

/* One row of the grade table (skm_grades): a score on the 25–100 scale at
 * or above min_score has this mutu and kinerja. */
typedef struct
{
  char    mutu;               /* 'A' … 'D' */
  int     nilai_persepsi;     /* 4 … 1 */
  double  min_score;          /* 88.31 */
  double  max_score;          /* 100.00 */
  char   *kinerja;            /* "Sangat Baik" */
} LayananSkmGrade;

LayananSkmGrade *layanan_skm_grade_copy (const LayananSkmGrade *grade);
void             layanan_skm_grade_free (LayananSkmGrade       *grade);

/* Half-up to two decimals, as the grade table is read: 88.305 → 88.31. */
double                 layanan_skm_round2        (double           value);
/* The grade of @score (25–100) rounded by layanan_skm_round2(), from
 * @grades (LayananSkmGrade, any order); NULL when none covers it. */
const LayananSkmGrade *layanan_skm_grade_for     (GPtrArray       *grades,
                                                  double           score);

/* Krejcie & Morgan (1970): the minimum sample for a population of
 * @population (χ² 3.841, P 0.5, d 0.05, rounded half-up; §1.6). */
guint                  layanan_skm_minimum_sample (guint           population);

/* Answer labels as people write them in a spreadsheet: "Sangat sesuai" → 4
 * for @unsur; also "1" … "4". 0 when blank, -1 when not an answer. */
int                    layanan_skm_parse_answer  (const LayananSkmUnsur *unsur,
                                                  const char            *text);

typedef enum
{
  LAYANAN_SKM_SEX_UNKNOWN,
  LAYANAN_SKM_SEX_LAKI_LAKI,
  LAYANAN_SKM_SEX_PEREMPUAN,
} LayananSkmSex;

/* One questionnaire. answers[i] is the answer to the i-th unsur of the
 * list in use (1–4), 0 when left blank. */
typedef struct
{
  gint64         id;              /* 0 until saved */
  gint64         period_id;
  char          *date;            /* YYYY-MM-DD */
  gint64         service_id;      /* 0: not said */
  LayananSkmSex  sex;
  int            age;             /* years; 0 when not said */
  char          *education;       /* "SMA", "S1" … as written; NULL when not said */
  char          *occupation;      /* "PNS", "Swasta" … */
  guint8         answers[LAYANAN_SKM_MAX_UNSUR];
  char          *suggestion;      /* saran */
} LayananSkmResponse;

LayananSkmResponse *layanan_skm_response_new  (void);
LayananSkmResponse *layanan_skm_response_copy (const LayananSkmResponse *response);
void                layanan_skm_response_free (LayananSkmResponse       *response);
/* Refuses what a questionnaire cannot say, naming the field: an answer
 * above 4, an age outside 1–120, a date that is not one, no answer at
 * all. @n_unsur is how many answers count. */
gboolean            layanan_skm_response_validate (const LayananSkmResponse *response,
                                                   guint                     n_unsur,
                                                   GError                  **error);

/* The result for one unsur over the responses added. */
typedef struct
{
  guint                  n_answered;   /* questionnaires that answered it */
  guint                  sum;          /* Σ of its answers */
  double                 nrr;          /* sum / n_answered; 0 when none answered */
  double                 nrr_weighted; /* nrr × 1/n_unsur ("NRR tertimbang", bobot 0,111) */
  double                 score;        /* nrr × 25 */
  const LayananSkmGrade *grade;        /* of score */
} LayananSkmUnsurResult;

/* Accumulates questionnaires and computes the IKM in double precision:
 * NRR per unsur divides by the answers given for that unsur; IKM =
 * 25 × (1/n) × Σ NRR; the grade of the IKM rounded half-up to 2 decimals. */
typedef struct _LayananSkmCalc LayananSkmCalc;

LayananSkmCalc        *layanan_skm_calc_new           (GPtrArray                *unsur,
                                                       GPtrArray                *grades);
void                   layanan_skm_calc_free          (LayananSkmCalc           *self);
void                   layanan_skm_calc_add           (LayananSkmCalc           *self,
                                                       const LayananSkmResponse *response);
guint                  layanan_skm_calc_get_n_unsur   (LayananSkmCalc           *self);
guint                  layanan_skm_calc_get_n_responses (LayananSkmCalc         *self);
const LayananSkmUnsurResult *layanan_skm_calc_get_unsur (LayananSkmCalc         *self,
                                                       guint                     index);
double                 layanan_skm_calc_get_index     (LayananSkmCalc           *self); /* 1–4 */
double                 layanan_skm_calc_get_ikm       (LayananSkmCalc           *self); /* 25–100 */
const LayananSkmGrade *layanan_skm_calc_get_grade     (LayananSkmCalc           *self);
/* The indexes of the LAYANAN_SKM_WEAKEST unsur with the lowest NRR (ties:
 * questionnaire order), of those answered at least once; returns how many. */
guint                  layanan_skm_calc_get_weakest   (LayananSkmCalc           *self,
                                                       guint                     weakest[LAYANAN_SKM_WEAKEST]);

/* Respondent profile counts (§1.3): per sex, age band, education and
 * occupation, with percentages of the respondents. */
typedef struct
{
  const char *characteristic;  /* "Jenis Kelamin", "Umur", "Pendidikan", "Pekerjaan" */
  const char *indicator;       /* "Laki-laki", "20–29 tahun", "SMA" … */
  guint       count;
  double      percent;         /* of all respondents, 0–100 */
} LayananSkmProfileRow;

typedef struct _LayananSkmProfile LayananSkmProfile;

LayananSkmProfile          *layanan_skm_profile_new     (void);
void                        layanan_skm_profile_free    (LayananSkmProfile        *self);
void                        layanan_skm_profile_add     (LayananSkmProfile        *self,
                                                         const LayananSkmResponse *response);
guint                       layanan_skm_profile_get_n_rows (LayananSkmProfile     *self);
const LayananSkmProfileRow *layanan_skm_profile_get_row (LayananSkmProfile        *self,
                                                         guint                     index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananSkmUnsur, layanan_skm_unsur_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananSkmGrade, layanan_skm_grade_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananSkmResponse, layanan_skm_response_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananSkmCalc, layanan_skm_calc_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananSkmProfile, layanan_skm_profile_free)

G_END_DECLS
