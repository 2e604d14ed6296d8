/* layanan-skm-csv.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-skm-csv"

#include "config.h"

#include "layanan-skm-csv.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "layanan-csv-import.h"
#include "layanan-date.h"
#include "layanan-error.h"
#include "layanan-letter-fields.h"

#define N_PROFILE_FIELDS LAYANAN_SKM_CSV_FIELD_UNSUR
#define MAX_FIELDS       (N_PROFILE_FIELDS + LAYANAN_SKM_MAX_UNSUR)

/* How much of an unsur's question a header must share to be taken for it,
 * when it is not the question word for word (forms rephrase a little). */
#define QUESTION_MATCH 0.7

struct _LayananSkmCsvMapping
{
  GPtrArray *headers;              /* char *, as the file writes them */
  GPtrArray *unsur;                /* LayananSkmUnsur, questionnaire order */
  int        columns[MAX_FIELDS];
};

struct _LayananSkmCsvConverter
{
  LayananSkmCsvMapping *mapping;
  GDate                 from;      /* invalid: open */
  GDate                 to;
  GHashTable           *services;  /* normalised name → gint64 * id */
  GRegex               *ymd_regex; /* 2026/03/02 10:15:32 AM GMT+7, 2026-03-02T… */
  GRegex               *time_regex; /* a date, then a time of day to drop */
  GRegex               *age_regex;
};

/* ------------------------------------------------------------- fields */

static const struct
{
  const char *label;
  const char *key;               /* in the remembered mapping */
} profile_fields[] = {
  [LAYANAN_SKM_CSV_FIELD_DATE] = { N_("Date"), "date" },
  [LAYANAN_SKM_CSV_FIELD_SERVICE] = { N_("Service"), "service" },
  /* Translators: of the respondent (jenis kelamin) */
  [LAYANAN_SKM_CSV_FIELD_SEX] = { N_("Sex"), "sex" },
  [LAYANAN_SKM_CSV_FIELD_AGE] = { N_("Age"), "age" },
  [LAYANAN_SKM_CSV_FIELD_EDUCATION] = { N_("Education"), "education" },
  [LAYANAN_SKM_CSV_FIELD_OCCUPATION] = { N_("Occupation"), "occupation" },
  /* Translators: the respondent's suggestion (saran) */
  [LAYANAN_SKM_CSV_FIELD_SUGGESTION] = { N_("Suggestion"), "suggestion" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (profile_fields) == N_PROFILE_FIELDS);

static guint
n_unsur (const LayananSkmCsvMapping *mapping)
{
  return MIN (mapping->unsur->len, LAYANAN_SKM_MAX_UNSUR);
}

static const LayananSkmUnsur *
unsur_at (const LayananSkmCsvMapping *mapping,
          guint                       index)
{
  return g_ptr_array_index (mapping->unsur, index);
}

guint
layanan_skm_csv_mapping_get_n_fields (const LayananSkmCsvMapping *mapping)
{
  g_return_val_if_fail (mapping != NULL, 0);

  return N_PROFILE_FIELDS + n_unsur (mapping);
}

char *
layanan_skm_csv_mapping_get_field_label (const LayananSkmCsvMapping *mapping,
                                         guint                       field)
{
  const LayananSkmUnsur *unsur;

  g_return_val_if_fail (mapping != NULL, NULL);
  g_return_val_if_fail (field < layanan_skm_csv_mapping_get_n_fields (mapping), NULL);

  if (field < N_PROFILE_FIELDS)
    return g_strdup (_(profile_fields[field].label));

  unsur = unsur_at (mapping, field - N_PROFILE_FIELDS);
  return g_strdup_printf ("%s %s", unsur->code, unsur->name);
}

gboolean
layanan_skm_csv_mapping_field_is_required (const LayananSkmCsvMapping *mapping,
                                           guint                       field)
{
  g_return_val_if_fail (mapping != NULL, FALSE);

  return field == LAYANAN_SKM_CSV_FIELD_DATE || field >= N_PROFILE_FIELDS;
}

/* ------------------------------------------------------- recognition */

/* Header names of the respondent's fields, after layanan_csv_fold_name(),
 * as SKM forms and Google Forms (in Indonesian or English) write them. */
static const struct
{
  LayananSkmCsvField  field;
  const char         *names[12];
} aliases[] = {
  { LAYANAN_SKM_CSV_FIELD_DATE,
    { "timestamp", "stempel waktu", "cap waktu", "tanggal", "tgl", "tanggal survei",
      "tanggal survey", "tanggal pengisian", "waktu pengisian", "tanggal pelayanan", "date",
      "submitted at" } },
  { LAYANAN_SKM_CSV_FIELD_SERVICE,
    { "layanan", "jenis layanan", "jenis layanan yang diterima", "nama layanan", "pelayanan",
      "jenis pelayanan", "layanan yang diterima", "service" } },
  { LAYANAN_SKM_CSV_FIELD_SEX,
    { "jenis kelamin", "kelamin", "jk", "l p", "gender", "sex" } },
  { LAYANAN_SKM_CSV_FIELD_AGE,
    { "umur", "usia", "umur tahun", "usia tahun", "umur th", "usia th", "age" } },
  { LAYANAN_SKM_CSV_FIELD_EDUCATION,
    { "pendidikan", "pendidikan terakhir", "tingkat pendidikan", "education" } },
  { LAYANAN_SKM_CSV_FIELD_OCCUPATION,
    { "pekerjaan", "pekerjaan utama", "profesi", "occupation", "job" } },
  { LAYANAN_SKM_CSV_FIELD_SUGGESTION,
    { "saran", "saran dan masukan", "saran masukan", "kritik dan saran", "kritik saran",
      "masukan", "komentar", "catatan", "saran perbaikan", "suggestion", "suggestions",
      "comments" } },
};

/* When no name fits whole, a word of the header says it: "Jenis Kelamin
 * Responden", "Kritik dan saran untuk kami". */
static const struct
{
  const char         *word;
  LayananSkmCsvField  field;
} keywords[] = {
  { "tanggal", LAYANAN_SKM_CSV_FIELD_DATE },
  { "timestamp", LAYANAN_SKM_CSV_FIELD_DATE },
  { "layanan", LAYANAN_SKM_CSV_FIELD_SERVICE },
  { "kelamin", LAYANAN_SKM_CSV_FIELD_SEX },
  { "umur", LAYANAN_SKM_CSV_FIELD_AGE },
  { "usia", LAYANAN_SKM_CSV_FIELD_AGE },
  { "pendidikan", LAYANAN_SKM_CSV_FIELD_EDUCATION },
  { "pekerjaan", LAYANAN_SKM_CSV_FIELD_OCCUPATION },
  { "saran", LAYANAN_SKM_CSV_FIELD_SUGGESTION },
  { "masukan", LAYANAN_SKM_CSV_FIELD_SUGGESTION },
  { "kritik", LAYANAN_SKM_CSV_FIELD_SUGGESTION },
};

/* Words that say nothing of which unsur a header means: the frame of
 * every question, and words several unsur or other columns share. */
static const char * const filler_words[] = {
  "bagaimana", "pendapat", "pemahaman", "saudara", "anda", "tentang", "terhadap", "terkait",
  "dengan", "dalam", "yang", "dan", "atau", "serta", "antara", "untuk", "pada", "unit", "ini",
  "pelayanan", "layanan", "pelaksana", "petugas", "jenis", "saran", "masukan", "waktu",
  NULL
};

static gboolean
lookup_alias (const char         *name,
              LayananSkmCsvField *field)
{
  for (guint i = 0; i < G_N_ELEMENTS (aliases); i++)
    for (guint j = 0; j < G_N_ELEMENTS (aliases[i].names) && aliases[i].names[j] != NULL; j++)
      if (g_str_equal (name, aliases[i].names[j]))
        {
          *field = aliases[i].field;
          return TRUE;
        }
  return FALSE;
}

static gboolean
lookup_keyword (const char         *name,
                LayananSkmCsvField *field)
{
  g_auto(GStrv) words = g_strsplit (name, " ", -1);

  for (guint i = 0; i < G_N_ELEMENTS (keywords); i++)
    if (g_strv_contains ((const char * const *) words, keywords[i].word))
      {
        *field = keywords[i].field;
        return TRUE;
      }
  return FALSE;
}

/* The words of @text that say something, each once. */
static GPtrArray *
telling_words (const char *normalized)
{
  g_auto(GStrv) words = g_strsplit (normalized, " ", -1);
  GPtrArray *telling = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; words[i] != NULL; i++)
    if (strlen (words[i]) > 2 && !g_strv_contains (filler_words, words[i]) &&
        !g_ptr_array_find_with_equal_func (telling, words[i], g_str_equal, NULL))
      g_ptr_array_add (telling, g_strdup (words[i]));
  return telling;
}

static gboolean
has_word (const char *normalized,
          const char *word)
{
  g_auto(GStrv) words = g_strsplit (normalized, " ", -1);

  return g_strv_contains ((const char * const *) words, word);
}

/* "u3", "u3 waktu penyelesaian", "unsur 3", "unsur ke 3". */
static int
match_unsur_code (const LayananSkmCsvMapping *mapping,
                  const char                 *name)
{
  for (guint i = 0; i < n_unsur (mapping); i++)
    {
      const LayananSkmUnsur *unsur = unsur_at (mapping, i);
      g_autofree char *code = layanan_csv_fold_name (unsur->code);
      g_autofree char *spaced = g_strconcat (code, " ", NULL);
      g_autofree char *numbered = g_strdup_printf ("unsur %d", unsur->position);
      g_autofree char *numbered_ke = g_strdup_printf ("unsur ke %d", unsur->position);

      if (g_str_equal (name, code) || g_str_has_prefix (name, spaced) ||
          g_str_equal (name, numbered) || g_str_equal (name, numbered_ke))
        return i;
    }
  return -1;
}

/* The unsur whose name the header is, or holds every word of. */
static int
match_unsur_name (const LayananSkmCsvMapping *mapping,
                  const char                 *name)
{
  int found = -1;

  for (guint i = 0; i < n_unsur (mapping); i++)
    {
      g_autofree char *unsur_name = layanan_csv_fold_name (unsur_at (mapping, i)->name);
      g_auto(GStrv) words = g_strsplit (unsur_name, " ", -1);
      gboolean all = words[0] != NULL;

      if (g_str_equal (name, unsur_name))
        return i;
      for (guint w = 0; words[w] != NULL; w++)
        all &= g_strv_contains (filler_words, words[w]) || has_word (name, words[w]);
      if (all && found >= 0)
        return -1;
      if (all)
        found = i;
    }
  return found;
}

/* The unsur whose question the header is: Google Forms puts the whole
 * question in the header, often a little rephrased. */
static int
match_unsur_question (const LayananSkmCsvMapping *mapping,
                      const char                 *name)
{
  double best = 0, second = 0;
  int found = -1;

  for (guint i = 0; i < n_unsur (mapping); i++)
    {
      const LayananSkmUnsur *unsur = unsur_at (mapping, i);
      g_autofree char *question = layanan_csv_fold_name (unsur->question);
      g_autoptr(GPtrArray) words = telling_words (question);
      guint shared = 0;
      double score;

      if (words->len == 0)
        continue;
      for (guint w = 0; w < words->len; w++)
        shared += has_word (name, g_ptr_array_index (words, w));
      score = (double) shared / words->len;
      if (score > best)
        {
          second = best;
          best = score;
          found = i;
        }
      else if (score > second)
        second = score;
    }
  return best >= QUESTION_MATCH && best > second ? found : -1;
}

/* A word of the header that only one unsur's name has: "Prosedur",
 * "Biaya", "Sarana". */
static int
match_unsur_word (const LayananSkmCsvMapping *mapping,
                  const char                 *name)
{
  g_autoptr(GPtrArray) header_words = telling_words (name);
  int found = -1;

  for (guint i = 0; i < n_unsur (mapping); i++)
    {
      g_autofree char *unsur_name = layanan_csv_fold_name (unsur_at (mapping, i)->name);
      gboolean shares = FALSE;

      for (guint w = 0; w < header_words->len; w++)
        shares |= has_word (unsur_name, g_ptr_array_index (header_words, w));
      if (shares && found >= 0)
        return -1;
      if (shares)
        found = i;
    }
  return found;
}

/* "Penilaian [Persyaratan]": a row of a Google Forms grid question. */
static char *
grid_row_name (const char *header)
{
  const char *open = strrchr (header, '[');
  gsize len = strlen (header);
  g_autofree char *row = NULL;

  if (open == NULL || len < 2 || header[len - 1] != ']')
    return NULL;
  row = g_strndup (open + 1, (header + len - 1) - (open + 1));
  return layanan_csv_fold_name (row);
}

static int
match_unsur (const LayananSkmCsvMapping *mapping,
             const char                 *header,
             const char                 *name)
{
  g_autofree char *grid_row = grid_row_name (header);
  int found;

  if (grid_row != NULL &&
      ((found = match_unsur_code (mapping, grid_row)) >= 0 ||
       (found = match_unsur_name (mapping, grid_row)) >= 0 ||
       (found = match_unsur_question (mapping, grid_row)) >= 0))
    return found;

  if ((found = match_unsur_code (mapping, name)) >= 0 ||
      (found = match_unsur_name (mapping, name)) >= 0)
    return found;
  return match_unsur_question (mapping, name);
}

static gboolean
column_taken (const LayananSkmCsvMapping *self,
              guint                       column)
{
  for (guint f = 0; f < MAX_FIELDS; f++)
    if (self->columns[f] == (int) column)
      return TRUE;
  return FALSE;
}

static void
take_column (LayananSkmCsvMapping *self,
             guint                 field,
             guint                 column)
{
  if (self->columns[field] < 0 && !column_taken (self, column))
    self->columns[field] = column;
}

static void
recognize (LayananSkmCsvMapping *self)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  LayananSkmCsvField field;
  int index;

  for (guint i = 0; i < self->headers->len; i++)
    g_ptr_array_add (names, layanan_csv_fold_name (g_ptr_array_index (self->headers, i)));

  /* Whole names first, then the unsur (by code, name or question), then a
   * telling word; the first column of a field wins. */
  for (guint i = 0; i < names->len; i++)
    if (lookup_alias (g_ptr_array_index (names, i), &field))
      take_column (self, field, i);

  for (guint i = 0; i < names->len; i++)
    if (!column_taken (self, i) &&
        (index = match_unsur (self, g_ptr_array_index (self->headers, i),
                              g_ptr_array_index (names, i))) >= 0)
      take_column (self, N_PROFILE_FIELDS + index, i);

  for (guint i = 0; i < names->len; i++)
    if (!column_taken (self, i) && lookup_keyword (g_ptr_array_index (names, i), &field))
      take_column (self, field, i);

  for (guint i = 0; i < names->len; i++)
    if (!column_taken (self, i) &&
        (index = match_unsur_word (self, g_ptr_array_index (names, i))) >= 0)
      take_column (self, N_PROFILE_FIELDS + index, i);
}

static LayananSkmCsvMapping *
mapping_alloc (GPtrArray *unsur)
{
  LayananSkmCsvMapping *self = g_new0 (LayananSkmCsvMapping, 1);

  self->headers = g_ptr_array_new_with_free_func (g_free);
  self->unsur = g_ptr_array_new_with_free_func ((GDestroyNotify) layanan_skm_unsur_free);
  for (guint i = 0; i < unsur->len; i++)
    g_ptr_array_add (self->unsur, layanan_skm_unsur_copy (g_ptr_array_index (unsur, i)));
  for (guint f = 0; f < MAX_FIELDS; f++)
    self->columns[f] = -1;
  return self;
}

/**
 * layanan_skm_csv_mapping_new:
 * @header: the names of the columns, as the first record of the file
 * @unsur: (element-type LayananSkmUnsur): the unsur in use
 *
 * Returns: (transfer full): the columns recognised; fields without one
 *   are -1 and the user may pick them.
 */
LayananSkmCsvMapping *
layanan_skm_csv_mapping_new (const char * const *header,
                             GPtrArray          *unsur)
{
  LayananSkmCsvMapping *self;

  g_return_val_if_fail (header != NULL, NULL);
  g_return_val_if_fail (unsur != NULL, NULL);

  self = mapping_alloc (unsur);
  for (guint i = 0; header[i] != NULL; i++)
    g_ptr_array_add (self->headers, g_strstrip (g_strdup (header[i])));

  recognize (self);
  return self;
}

LayananSkmCsvMapping *
layanan_skm_csv_mapping_copy (const LayananSkmCsvMapping *mapping)
{
  LayananSkmCsvMapping *copy;

  g_return_val_if_fail (mapping != NULL, NULL);

  copy = mapping_alloc (mapping->unsur);
  for (guint i = 0; i < mapping->headers->len; i++)
    g_ptr_array_add (copy->headers, g_strdup (g_ptr_array_index (mapping->headers, i)));
  memcpy (copy->columns, mapping->columns, sizeof copy->columns);
  return copy;
}

void
layanan_skm_csv_mapping_free (LayananSkmCsvMapping *mapping)
{
  if (mapping == NULL)
    return;

  g_ptr_array_unref (mapping->headers);
  g_ptr_array_unref (mapping->unsur);
  g_free (mapping);
}

guint
layanan_skm_csv_mapping_get_n_columns (const LayananSkmCsvMapping *mapping)
{
  g_return_val_if_fail (mapping != NULL, 0);

  return mapping->headers->len;
}

const char *
layanan_skm_csv_mapping_get_header (const LayananSkmCsvMapping *mapping,
                                    guint                       column)
{
  g_return_val_if_fail (mapping != NULL, NULL);
  g_return_val_if_fail (column < mapping->headers->len, NULL);

  return g_ptr_array_index (mapping->headers, column);
}

int
layanan_skm_csv_mapping_get_column (const LayananSkmCsvMapping *mapping,
                                    guint                       field)
{
  g_return_val_if_fail (mapping != NULL, -1);
  g_return_val_if_fail (field < layanan_skm_csv_mapping_get_n_fields (mapping), -1);

  return mapping->columns[field];
}

void
layanan_skm_csv_mapping_set_column (LayananSkmCsvMapping *mapping,
                                    guint                 field,
                                    int                   column)
{
  g_return_if_fail (mapping != NULL);
  g_return_if_fail (field < layanan_skm_csv_mapping_get_n_fields (mapping));
  g_return_if_fail (column >= -1 && column < (int) mapping->headers->len);

  layanan_csv_columns_set (mapping->columns, MAX_FIELDS, field, column);
}

gboolean
layanan_skm_csv_mapping_check (const LayananSkmCsvMapping  *mapping,
                               GError                     **error)
{
  g_autoptr(GString) missing = g_string_new (NULL);

  g_return_val_if_fail (mapping != NULL, FALSE);

  for (guint f = 0; f < layanan_skm_csv_mapping_get_n_fields (mapping); f++)
    if (mapping->columns[f] < 0 && layanan_skm_csv_mapping_field_is_required (mapping, f))
      {
        g_autofree char *label = layanan_skm_csv_mapping_get_field_label (mapping, f);

        g_string_append_printf (missing, "%s“%s”", missing->len > 0 ? ", " : "", label);
      }
  if (missing->len == 0)
    return TRUE;

  layanan_csv_set_missing_error (error, missing->str, mapping->headers);
  return FALSE;
}

/* ------------------------------------------------ remembered mapping */

static const char *
field_key (const LayananSkmCsvMapping *mapping,
           guint                       field)
{
  if (field < N_PROFILE_FIELDS)
    return profile_fields[field].key;
  return unsur_at (mapping, field - N_PROFILE_FIELDS)->code;
}

static int
field_for_key (const LayananSkmCsvMapping *mapping,
               const char                 *key)
{
  for (guint f = 0; f < layanan_skm_csv_mapping_get_n_fields (mapping); f++)
    if (g_str_equal (key, field_key (mapping, f)))
      return f;
  return -1;
}

char *
layanan_skm_csv_mapping_to_string (const LayananSkmCsvMapping *mapping)
{
  GString *text;

  g_return_val_if_fail (mapping != NULL, NULL);

  text = g_string_new (NULL);
  g_string_append_printf (text, "columns=%u", mapping->headers->len);
  for (guint f = 0; f < layanan_skm_csv_mapping_get_n_fields (mapping); f++)
    if (mapping->columns[f] >= 0)
      g_string_append_printf (text, ";%s=%d", field_key (mapping, f), mapping->columns[f]);
  return g_string_free (text, FALSE);
}

static gboolean
parse_column (const char *value,
              guint       n_columns,
              int        *column)
{
  guint64 number;

  if (!g_ascii_string_to_unsigned (value, 10, 0, n_columns - 1, &number, NULL))
    return FALSE;
  *column = (int) number;
  return TRUE;
}

static gboolean
set_string_error (GError     **error,
                  const char  *text)
{
  g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
               _("“%s” is not a column mapping"), text);
  return FALSE;
}

/* Unknown keys are left alone: an unsur the list no longer has. */
gboolean
layanan_skm_csv_mapping_apply_string (LayananSkmCsvMapping  *mapping,
                                      const char            *text,
                                      GError               **error)
{
  g_auto(GStrv) pairs = NULL;
  int columns[MAX_FIELDS];
  gboolean sized = FALSE;

  g_return_val_if_fail (mapping != NULL, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  for (guint f = 0; f < MAX_FIELDS; f++)
    columns[f] = -1;

  pairs = g_strsplit (text, ";", -1);
  for (guint i = 0; pairs[i] != NULL; i++)
    {
      g_auto(GStrv) pair = g_strsplit (pairs[i], "=", 2);
      int field, column;

      if (g_strv_length (pair) != 2)
        return set_string_error (error, text);
      if (g_str_equal (pair[0], "columns"))
        {
          if (!g_str_equal (pair[1], "0") && mapping->headers->len > 0 &&
              parse_column (pair[1], mapping->headers->len + 1, &column) &&
              column == (int) mapping->headers->len)
            sized = TRUE;
          else
            {
              g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                           _("The remembered columns were chosen for a file with %s columns; "
                             "this one has %u"), pair[1], mapping->headers->len);
              return FALSE;
            }
          continue;
        }
      if ((field = field_for_key (mapping, pair[0])) < 0)
        continue;
      if (mapping->headers->len == 0 || !parse_column (pair[1], mapping->headers->len, &column))
        return set_string_error (error, text);
      for (guint f = 0; f < MAX_FIELDS; f++)
        if (columns[f] == column)
          return set_string_error (error, text);
      columns[field] = column;
    }

  if (!sized)
    return set_string_error (error, text);

  memcpy (mapping->columns, columns, sizeof columns);
  return TRUE;
}

/* ---------------------------------------------------------- converter */

static void
set_period_date (GDate      *date,
                 const char *iso)
{
  g_date_clear (date, 1);
  if (iso != NULL && !layanan_date_parse_iso (iso, date, NULL))
    g_date_clear (date, 1);
}

LayananSkmCsvConverter *
layanan_skm_csv_converter_new (const LayananSkmCsvMapping *mapping,
                               const char                 *date_from,
                               const char                 *date_to)
{
  LayananSkmCsvConverter *self;

  g_return_val_if_fail (mapping != NULL, NULL);

  self = g_new0 (LayananSkmCsvConverter, 1);
  self->mapping = layanan_skm_csv_mapping_copy (mapping);
  set_period_date (&self->from, date_from);
  set_period_date (&self->to, date_to);
  self->services = layanan_csv_names_new ();
  self->ymd_regex = g_regex_new ("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[\\sT].*)?$",
                                 G_REGEX_CASELESS, 0, NULL);
  self->time_regex = g_regex_new ("^(.*?\\d)(?:,?\\s+(?:pukul\\s*|jam\\s*)?"
                                  "\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:\\s.*)?)?$",
                                  G_REGEX_CASELESS, 0, NULL);
  self->age_regex = g_regex_new ("^(\\d{1,3})\\s*(?:tahun|thn|th)?\\.?$", G_REGEX_CASELESS, 0,
                                 NULL);
  return self;
}

/* A name given twice (two units offer it) keeps the first. */
void
layanan_skm_csv_converter_add_service (LayananSkmCsvConverter *converter,
                                       gint64                  service_id,
                                       const char             *name)
{
  g_return_if_fail (converter != NULL);
  g_return_if_fail (service_id > 0 && name != NULL);

  layanan_csv_names_add (converter->services, service_id, name);
}

void
layanan_skm_csv_converter_free (LayananSkmCsvConverter *converter)
{
  if (converter == NULL)
    return;

  layanan_skm_csv_mapping_free (converter->mapping);
  g_hash_table_unref (converter->services);
  g_regex_unref (converter->ymd_regex);
  g_regex_unref (converter->time_regex);
  g_regex_unref (converter->age_regex);
  g_free (converter);
}

/* One record being converted: its cells by field, and where problems go. */
typedef struct
{
  LayananSkmCsvConverter *converter;
  const char * const     *fields;
  guint                   n_fields;
  guint                   line;
  GPtrArray              *problems;
  guint                   n_problems;
} Record;

/* The trimmed cell of @field, "" when the file has no such column. */
static char *
cell (Record *record,
      guint   field)
{
  int column = record->converter->mapping->columns[field];

  if (column < 0 || (guint) column >= record->n_fields)
    return g_strdup ("");
  return g_strstrip (g_strdup (record->fields[column]));
}

static char *
cell_or_null (Record *record,
              guint   field)
{
  char *text = cell (record, field);

  if (*text != '\0')
    return text;
  g_free (text);
  return NULL;
}

static void
add_problem (Record     *record,
             guint       field,
             const char *message)
{
  LayananSkmCsvMapping *mapping = record->converter->mapping;
  int column = mapping->columns[field];
  const char *header = column >= 0 ? g_ptr_array_index (mapping->headers, column) : NULL;

  g_ptr_array_add (record->problems, layanan_skm_csv_problem_new (record->line, header, message));
  record->n_problems++;
}

G_GNUC_PRINTF (3, 4)
static void
add_problem_printf (Record     *record,
                    guint       field,
                    const char *format,
                    ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  add_problem (record, field, message);
}

/* "2026/03/02 10:15:32 AM GMT+7" (a Google Forms download), ISO 8601, or
 * a date as people write it ("02/03/2026", "2 Maret 2026"), with a time
 * of day after it or not. */
static gboolean
parse_date (LayananSkmCsvConverter  *converter,
            const char              *text,
            GDate                   *date,
            GError                 **error)
{
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *date_text = NULL;

  if (g_regex_match (converter->ymd_regex, text, 0, &match))
    {
      g_autofree char *y = g_match_info_fetch (match, 1);
      g_autofree char *m = g_match_info_fetch (match, 2);
      g_autofree char *d = g_match_info_fetch (match, 3);
      int year = atoi (y), month = atoi (m), day = atoi (d);

      if (!g_date_valid_dmy (day, month, year))
        {
          g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                       _("“%s” is not a date"), text);
          return FALSE;
        }
      g_date_clear (date, 1);
      g_date_set_dmy (date, day, month, year);
      return TRUE;
    }

  g_clear_pointer (&match, g_match_info_free);
  if (g_regex_match (converter->time_regex, text, 0, &match))
    date_text = g_match_info_fetch (match, 1);
  return layanan_letter_date_parse (date_text != NULL ? date_text : text, date, error);
}

static char *
convert_date (Record *record)
{
  LayananSkmCsvConverter *converter = record->converter;
  g_autofree char *text = cell (record, LAYANAN_SKM_CSV_FIELD_DATE);
  g_autoptr(GError) error = NULL;
  GDate date;

  if (*text == '\0')
    {
      add_problem (record, LAYANAN_SKM_CSV_FIELD_DATE, _("the date is empty"));
      return NULL;
    }
  if (!parse_date (converter, text, &date, &error))
    {
      add_problem (record, LAYANAN_SKM_CSV_FIELD_DATE, error->message);
      return NULL;
    }

  if ((g_date_valid (&converter->from) && g_date_compare (&date, &converter->from) < 0) ||
      (g_date_valid (&converter->to) && g_date_compare (&date, &converter->to) > 0))
    {
      g_autofree char *shown = layanan_date_format_long (&date);
      g_autofree char *from = layanan_date_format_long (&converter->from);
      g_autofree char *to = layanan_date_format_long (&converter->to);

      add_problem_printf (record, LAYANAN_SKM_CSV_FIELD_DATE,
                          /* Translators: "3 January 2026 is outside the survey period,
                           * 1 February 2026 – 30 June 2026" */
                          _("%s is outside the survey period, %s – %s"), shown, from, to);
      return NULL;
    }

  return layanan_date_format_iso (&date);
}

/* A name as the catalog writes it, or a part of one name only ("KTP" for
 * "Rekomendasi KTP"). */
static void
convert_service (Record             *record,
                 LayananSkmResponse *response)
{
  g_autofree char *text = cell (record, LAYANAN_SKM_CSV_FIELD_SERVICE);
  g_autofree char *name = layanan_csv_fold_name (text);
  g_autofree char *word = g_strdup_printf (" %s ", name);
  GHashTableIter iter;
  gpointer key, value;
  gint64 *id, *partial = NULL;
  guint n_partial = 0;

  if (*name == '\0')
    return;

  if ((id = g_hash_table_lookup (record->converter->services, name)) != NULL)
    {
      response->service_id = *id;
      return;
    }

  g_hash_table_iter_init (&iter, record->converter->services);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autofree char *padded = g_strdup_printf (" %s ", (const char *) key);

      if (strstr (padded, word) != NULL)
        {
          partial = value;
          n_partial++;
        }
    }
  if (n_partial == 1)
    response->service_id = *partial;
  else
    add_problem_printf (record, LAYANAN_SKM_CSV_FIELD_SERVICE,
                        _("“%s” is not a service in the catalog; write its name as the "
                          "catalog does, or leave the cell empty"), text);
}

static void
convert_sex (Record             *record,
             LayananSkmResponse *response)
{
  static const char * const men[] = { "l", "lk", "laki laki", "laki", "lelaki", "pria",
                                      "male", "man", NULL };
  static const char * const women[] = { "p", "pr", "perempuan", "wanita", "female", "woman",
                                        NULL };
  static const char * const unsaid[] = { "", "na", "n a", "tidak diisi", "tidak menjawab",
                                         NULL };
  g_autofree char *text = cell (record, LAYANAN_SKM_CSV_FIELD_SEX);
  g_autofree char *name = layanan_csv_fold_name (text);

  if (g_strv_contains (men, name))
    response->sex = LAYANAN_SKM_SEX_LAKI_LAKI;
  else if (g_strv_contains (women, name))
    response->sex = LAYANAN_SKM_SEX_PEREMPUAN;
  else if (g_strv_contains (unsaid, name))
    response->sex = LAYANAN_SKM_SEX_UNKNOWN;
  else
    add_problem_printf (record, LAYANAN_SKM_CSV_FIELD_SEX,
                        _("“%s” is not a sex; write L (laki-laki) or P (perempuan)"), text);
}

static void
convert_age (Record             *record,
             LayananSkmResponse *response)
{
  g_autofree char *text = cell (record, LAYANAN_SKM_CSV_FIELD_AGE);
  g_autoptr(GMatchInfo) match = NULL;
  int age = 0;

  if (*text == '\0')
    return;

  if (g_regex_match (record->converter->age_regex, text, 0, &match))
    {
      g_autofree char *digits = g_match_info_fetch (match, 1);

      age = atoi (digits);
    }
  if (age < 1 || age > 120)
    add_problem_printf (record, LAYANAN_SKM_CSV_FIELD_AGE,
                        _("“%s” is not an age; write the years as a number from 1 to 120"),
                        text);
  else
    response->age = age;
}

/* "4. Sangat sesuai", "3 - Sesuai": the number the form put before the
 * label ("3.5" is no answer). */
static int
leading_answer (const char *text)
{
  const char *p = text + 1;

  if (text[0] < '1' || text[0] > '4' || strchr (".)-:", *p) == NULL)
    return -1;
  while (*p != '\0' && strchr (".)-: ", *p) != NULL)
    p++;
  return g_unichar_isalpha (g_utf8_get_char (p)) ? text[0] - '0' : -1;
}

static void
convert_answers (Record             *record,
                 LayananSkmResponse *response)
{
  LayananSkmCsvMapping *mapping = record->converter->mapping;

  for (guint i = 0; i < n_unsur (mapping); i++)
    {
      const LayananSkmUnsur *unsur = unsur_at (mapping, i);
      guint field = N_PROFILE_FIELDS + i;
      g_autofree char *text = cell (record, field);
      g_autofree char *name = layanan_csv_fold_name (text);
      int answer;

      /* "-", "N/A": not answered, as a blank. */
      if (*name == '\0' || g_str_equal (name, "n a") || g_str_equal (name, "na"))
        continue;

      answer = layanan_skm_parse_answer (unsur, text);
      if (answer < 0)
        answer = leading_answer (text);
      if (answer >= 1 && answer <= 4)
        response->answers[i] = answer;
      else
        add_problem_printf (record, field,
                            /* Translators: "“5” is not an answer 1–4 nor one of “Tidak
                             * cepat”, “Kurang cepat”, “Cepat”, “Sangat cepat”" */
                            _("“%s” is not an answer 1–4 nor one of “%s”, “%s”, “%s”, “%s”"),
                            text, unsur->labels[0], unsur->labels[1], unsur->labels[2],
                            unsur->labels[3]);
    }
}

/**
 * layanan_skm_csv_converter_convert:
 * @fields: (array zero-terminated=1): the record; cells past its end are empty
 * @problems: (element-type LayananSkmCsvProblem): where the record's
 *   problems are added, all of them, in the order of the fields
 *
 * Returns: (transfer full) (nullable): the questionnaire, period_id 0.
 */
LayananSkmResponse *
layanan_skm_csv_converter_convert (LayananSkmCsvConverter *converter,
                                   const char * const     *fields,
                                   guint                   line,
                                   GPtrArray              *problems)
{
  g_autoptr(LayananSkmResponse) response = NULL;
  g_autoptr(GError) error = NULL;
  Record record = { converter, fields, 0, line, problems, 0 };

  g_return_val_if_fail (converter != NULL, NULL);
  g_return_val_if_fail (fields != NULL, NULL);
  g_return_val_if_fail (problems != NULL, NULL);

  record.n_fields = g_strv_length ((char **) fields);
  response = layanan_skm_response_new ();
  response->date = convert_date (&record);
  convert_service (&record, response);
  convert_sex (&record, response);
  convert_age (&record, response);
  response->education = cell_or_null (&record, LAYANAN_SKM_CSV_FIELD_EDUCATION);
  response->occupation = cell_or_null (&record, LAYANAN_SKM_CSV_FIELD_OCCUPATION);
  convert_answers (&record, response);
  response->suggestion = cell_or_null (&record, LAYANAN_SKM_CSV_FIELD_SUGGESTION);

  if (record.n_problems > 0)
    return NULL;

  /* What no single cell shows: a questionnaire with no answer at all. */
  if (!layanan_skm_response_validate (response, n_unsur (converter->mapping), &error))
    {
      g_ptr_array_add (problems, layanan_skm_csv_problem_new (line, NULL, error->message));
      return NULL;
    }

  return g_steal_pointer (&response);
}
