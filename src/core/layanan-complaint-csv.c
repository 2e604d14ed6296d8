/* layanan-complaint-csv.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-complaint-csv"

#include "config.h"

#include "layanan-complaint-csv.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "layanan-csv-import.h"
#include "layanan-date.h"
#include "layanan-error.h"
#include "layanan-letter-fields.h"

#define WIB_OFFSET_SECONDS (7 * 3600)

struct _LayananComplaintCsvMapping
{
  GPtrArray *headers;                          /* char *, as the file writes them */
  int        columns[LAYANAN_N_COMPLAINT_FIELDS];
};

struct _LayananComplaintCsvConverter
{
  LayananComplaintCsvMapping *mapping;
  gint64                      unit_id;
  GPtrArray                  *categories;      /* LayananCategory */
  GHashTable                 *services;        /* normalised name → gint64 * id */
  GDateTime                  *now;
  GRegex                     *time_regex;      /* a time of day alone */
  GRegex                     *split_regex;     /* a date, then a time of day */
  GRegex                     *iso_regex;       /* YYYY-MM-DD… */
};

#define TIME_PATTERN \
  "(?:(?:pukul|jam|pk)\\.?\\s*)?(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?\\s*(?:wib)?"

/* ------------------------------------------------------------- fields */

static const char * const field_labels[] = {
  [LAYANAN_COMPLAINT_FIELD_RECEIVED] = N_("Received"),
  [LAYANAN_COMPLAINT_FIELD_RECEIVED_TIME] = N_("Time received"),
  [LAYANAN_COMPLAINT_FIELD_CHANNEL] = N_("Channel"),
  [LAYANAN_COMPLAINT_FIELD_CATEGORY] = N_("Category"),
  [LAYANAN_COMPLAINT_FIELD_LAPOR_NUMBER] = N_("LAPOR! number"),
  [LAYANAN_COMPLAINT_FIELD_SERVICE] = N_("Service"),
  [LAYANAN_COMPLAINT_FIELD_DESCRIPTION] = N_("Description"),
  [LAYANAN_COMPLAINT_FIELD_STATUS] = N_("Status"),
  [LAYANAN_COMPLAINT_FIELD_COMPLAINANT_NAME] = N_("Complainant"),
  [LAYANAN_COMPLAINT_FIELD_COMPLAINANT_CONTACT] = N_("Contact"),
  [LAYANAN_COMPLAINT_FIELD_CLASSIFICATION] = N_("Classification"),
  [LAYANAN_COMPLAINT_FIELD_CONFIDENTIAL] = N_("Confidential"),
  [LAYANAN_COMPLAINT_FIELD_ANONYMOUS] = N_("Anonymous"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (field_labels) == LAYANAN_N_COMPLAINT_FIELDS);

const char *
layanan_complaint_field_get_label (LayananComplaintField field)
{
  g_return_val_if_fail (field < LAYANAN_N_COMPLAINT_FIELDS, NULL);

  return _(field_labels[field]);
}

gboolean
layanan_complaint_field_is_required (LayananComplaintField field)
{
  return field == LAYANAN_COMPLAINT_FIELD_RECEIVED ||
         field == LAYANAN_COMPLAINT_FIELD_CHANNEL ||
         field == LAYANAN_COMPLAINT_FIELD_CATEGORY ||
         field == LAYANAN_COMPLAINT_FIELD_DESCRIPTION;
}

/* ------------------------------------------------------- recognition */

/* Header names as people and SP4N-LAPOR! write them, after
 * layanan_csv_fold_name(): lower case, punctuation as spaces, spaces
 * collapsed. */
typedef struct
{
  LayananComplaintField  field;
  const char            *names[24];
} Aliases;

static const Aliases aliases[] = {
  { LAYANAN_COMPLAINT_FIELD_RECEIVED,
    { "tanggal", "tgl", "tanggal laporan", "tanggal pengaduan", "tanggal terima",
      "tanggal diterima", "tgl terima", "tgl diterima", "tanggal masuk", "tanggal lapor",
      "tanggal dan jam", "tanggal dan jam terima", "tanggal dan waktu", "tanggal waktu",
      "tanggal jam", "waktu laporan", "waktu lapor", "waktu diterima", "waktu terima",
      "waktu pengaduan", "received", "received at", "date", "date received" } },
  { LAYANAN_COMPLAINT_FIELD_RECEIVED,
    { "received date", "date time", "datetime", "submitted", "submitted at", "created at",
      "date and time", "diterima" } },
  { LAYANAN_COMPLAINT_FIELD_RECEIVED_TIME,
    { "jam", "pukul", "waktu", "jam terima", "jam diterima", "jam masuk", "jam laporan",
      "time", "time received", "received time" } },
  { LAYANAN_COMPLAINT_FIELD_CHANNEL,
    { "kanal", "kanal pengaduan", "sumber", "sumber laporan", "sumber pengaduan", "media",
      "media pengaduan", "sarana", "sarana pengaduan", "saluran", "via", "channel", "source" } },
  { LAYANAN_COMPLAINT_FIELD_CATEGORY,
    { "kategori", "kategori pengaduan", "kategori aduan", "jenis pengaduan", "category" } },
  { LAYANAN_COMPLAINT_FIELD_LAPOR_NUMBER,
    { "nomor pelacakan", "no pelacakan", "id laporan", "nomor laporan", "no laporan",
      "tracking id", "tracking number", "nomor lapor", "no lapor", "id lapor", "nomor tiket",
      "nomor sp4n lapor", "lapor", "report id", "id" } },
  { LAYANAN_COMPLAINT_FIELD_SERVICE,
    { "layanan", "jenis layanan", "nama layanan", "pelayanan", "service" } },
  { LAYANAN_COMPLAINT_FIELD_DESCRIPTION,
    { "isi laporan", "isi pengaduan", "isi aduan", "isi", "uraian", "uraian pengaduan",
      "uraian laporan", "deskripsi", "pokok pengaduan", "laporan", "pengaduan", "description",
      "details", "complaint" } },
  { LAYANAN_COMPLAINT_FIELD_STATUS,
    { "status", "status laporan", "status pengaduan", "state" } },
  { LAYANAN_COMPLAINT_FIELD_COMPLAINANT_NAME,
    { "nama", "nama pelapor", "pelapor", "nama pengadu", "pengadu", "nama pengguna",
      "complainant", "complainant name", "name", "reporter" } },
  { LAYANAN_COMPLAINT_FIELD_COMPLAINANT_CONTACT,
    { "kontak", "kontak pelapor", "no hp", "nomor hp", "hp", "telepon", "no telepon",
      "nomor telepon", "no wa", "nomor wa", "email", "e mail", "alamat email", "contact",
      "phone" } },
  { LAYANAN_COMPLAINT_FIELD_CLASSIFICATION,
    { "klasifikasi", "klasifikasi laporan", "jenis laporan", "tipe laporan", "classification",
      "type" } },
  { LAYANAN_COMPLAINT_FIELD_CONFIDENTIAL,
    { "rahasia", "kerahasiaan", "dirahasiakan", "confidential" } },
  { LAYANAN_COMPLAINT_FIELD_ANONYMOUS,
    { "anonim", "anonymous", "tanpa identitas" } },
};

/* When no name fits whole, a word of the header says it: "Tanggal
 * Laporan Masuk", "Uraian Singkat". Earlier entries win. */
static const struct
{
  const char            *word;
  LayananComplaintField  field;
} keywords[] = {
  { "pelacakan", LAYANAN_COMPLAINT_FIELD_LAPOR_NUMBER },
  { "tracking", LAYANAN_COMPLAINT_FIELD_LAPOR_NUMBER },
  { "kanal", LAYANAN_COMPLAINT_FIELD_CHANNEL },
  { "channel", LAYANAN_COMPLAINT_FIELD_CHANNEL },
  { "kategori", LAYANAN_COMPLAINT_FIELD_CATEGORY },
  { "category", LAYANAN_COMPLAINT_FIELD_CATEGORY },
  { "uraian", LAYANAN_COMPLAINT_FIELD_DESCRIPTION },
  { "isi", LAYANAN_COMPLAINT_FIELD_DESCRIPTION },
  { "description", LAYANAN_COMPLAINT_FIELD_DESCRIPTION },
  { "layanan", LAYANAN_COMPLAINT_FIELD_SERVICE },
  { "service", LAYANAN_COMPLAINT_FIELD_SERVICE },
  { "status", LAYANAN_COMPLAINT_FIELD_STATUS },
  { "tanggal", LAYANAN_COMPLAINT_FIELD_RECEIVED },
  { "tgl", LAYANAN_COMPLAINT_FIELD_RECEIVED },
  { "date", LAYANAN_COMPLAINT_FIELD_RECEIVED },
  { "jam", LAYANAN_COMPLAINT_FIELD_RECEIVED_TIME },
  { "pukul", LAYANAN_COMPLAINT_FIELD_RECEIVED_TIME },
  { "time", LAYANAN_COMPLAINT_FIELD_RECEIVED_TIME },
  { "rahasia", LAYANAN_COMPLAINT_FIELD_CONFIDENTIAL },
  { "anonim", LAYANAN_COMPLAINT_FIELD_ANONYMOUS },
  { "klasifikasi", LAYANAN_COMPLAINT_FIELD_CLASSIFICATION },
  { "kontak", LAYANAN_COMPLAINT_FIELD_COMPLAINANT_CONTACT },
  { "telepon", LAYANAN_COMPLAINT_FIELD_COMPLAINANT_CONTACT },
  { "email", LAYANAN_COMPLAINT_FIELD_COMPLAINANT_CONTACT },
  { "pelapor", LAYANAN_COMPLAINT_FIELD_COMPLAINANT_NAME },
  { "nama", LAYANAN_COMPLAINT_FIELD_COMPLAINANT_NAME },
};

static gboolean
lookup_alias (const char            *name,
              LayananComplaintField *field)
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
lookup_keyword (const char            *name,
                LayananComplaintField *field)
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

static void
recognize (LayananComplaintCsvMapping *self)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  LayananComplaintField field;

  for (guint i = 0; i < self->headers->len; i++)
    g_ptr_array_add (names, layanan_csv_fold_name (g_ptr_array_index (self->headers, i)));

  /* Whole names first, so "Tanggal" is the date even when "Tanggal
   * Selesai" comes before it; the first column of a field wins. */
  for (guint i = 0; i < names->len; i++)
    if (lookup_alias (g_ptr_array_index (names, i), &field) && self->columns[field] < 0)
      self->columns[field] = i;

  for (guint i = 0; i < names->len; i++)
    {
      gboolean taken = FALSE;

      for (guint f = 0; f < LAYANAN_N_COMPLAINT_FIELDS; f++)
        taken |= self->columns[f] == (int) i;
      if (!taken && lookup_keyword (g_ptr_array_index (names, i), &field) &&
          self->columns[field] < 0)
        self->columns[field] = i;
    }

  /* "Waktu" alone is the moment received, date and time together. */
  if (self->columns[LAYANAN_COMPLAINT_FIELD_RECEIVED] < 0)
    {
      self->columns[LAYANAN_COMPLAINT_FIELD_RECEIVED] =
        self->columns[LAYANAN_COMPLAINT_FIELD_RECEIVED_TIME];
      self->columns[LAYANAN_COMPLAINT_FIELD_RECEIVED_TIME] = -1;
    }
}

/**
 * layanan_complaint_csv_mapping_new:
 * @header: the names of the columns, as the first record of the file
 *
 * Returns: (transfer full): the columns recognised; fields without one
 *   are -1 and the user may pick them.
 */
LayananComplaintCsvMapping *
layanan_complaint_csv_mapping_new (const char * const *header)
{
  LayananComplaintCsvMapping *self = g_new0 (LayananComplaintCsvMapping, 1);

  g_return_val_if_fail (header != NULL, NULL);

  self->headers = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; header[i] != NULL; i++)
    g_ptr_array_add (self->headers, g_strstrip (g_strdup (header[i])));
  for (guint f = 0; f < LAYANAN_N_COMPLAINT_FIELDS; f++)
    self->columns[f] = -1;

  recognize (self);
  return self;
}

LayananComplaintCsvMapping *
layanan_complaint_csv_mapping_copy (const LayananComplaintCsvMapping *mapping)
{
  LayananComplaintCsvMapping *copy;

  g_return_val_if_fail (mapping != NULL, NULL);

  copy = g_new0 (LayananComplaintCsvMapping, 1);
  copy->headers = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < mapping->headers->len; i++)
    g_ptr_array_add (copy->headers, g_strdup (g_ptr_array_index (mapping->headers, i)));
  memcpy (copy->columns, mapping->columns, sizeof copy->columns);
  return copy;
}

void
layanan_complaint_csv_mapping_free (LayananComplaintCsvMapping *mapping)
{
  if (mapping == NULL)
    return;

  g_ptr_array_unref (mapping->headers);
  g_free (mapping);
}

guint
layanan_complaint_csv_mapping_get_n_columns (const LayananComplaintCsvMapping *mapping)
{
  g_return_val_if_fail (mapping != NULL, 0);

  return mapping->headers->len;
}

const char *
layanan_complaint_csv_mapping_get_header (const LayananComplaintCsvMapping *mapping,
                                          guint                             column)
{
  g_return_val_if_fail (mapping != NULL, NULL);
  g_return_val_if_fail (column < mapping->headers->len, NULL);

  return g_ptr_array_index (mapping->headers, column);
}

int
layanan_complaint_csv_mapping_get_column (const LayananComplaintCsvMapping *mapping,
                                          LayananComplaintField             field)
{
  g_return_val_if_fail (mapping != NULL, -1);
  g_return_val_if_fail (field < LAYANAN_N_COMPLAINT_FIELDS, -1);

  return mapping->columns[field];
}

void
layanan_complaint_csv_mapping_set_column (LayananComplaintCsvMapping *mapping,
                                          LayananComplaintField       field,
                                          int                         column)
{
  g_return_if_fail (mapping != NULL);
  g_return_if_fail (field < LAYANAN_N_COMPLAINT_FIELDS);
  g_return_if_fail (column >= -1 && column < (int) mapping->headers->len);

  layanan_csv_columns_set (mapping->columns, LAYANAN_N_COMPLAINT_FIELDS, field, column);
}

static gboolean
field_missing (const LayananComplaintCsvMapping *mapping,
               LayananComplaintField             field)
{
  if (mapping->columns[field] >= 0 || !layanan_complaint_field_is_required (field))
    return FALSE;

  return field != LAYANAN_COMPLAINT_FIELD_CHANNEL ||
         mapping->columns[LAYANAN_COMPLAINT_FIELD_LAPOR_NUMBER] < 0;
}

gboolean
layanan_complaint_csv_mapping_check (const LayananComplaintCsvMapping  *mapping,
                                     GError                           **error)
{
  g_autoptr(GString) missing = g_string_new (NULL);

  g_return_val_if_fail (mapping != NULL, FALSE);

  for (guint f = 0; f < LAYANAN_N_COMPLAINT_FIELDS; f++)
    if (field_missing (mapping, f))
      g_string_append_printf (missing, "%s“%s”", missing->len > 0 ? ", " : "",
                              layanan_complaint_field_get_label (f));
  if (missing->len == 0)
    return TRUE;

  layanan_csv_set_missing_error (error, missing->str, mapping->headers);
  return FALSE;
}

/* ---------------------------------------------------------- converter */

LayananComplaintCsvConverter *
layanan_complaint_csv_converter_new (const LayananComplaintCsvMapping *mapping,
                                     gint64                            unit_id,
                                     GPtrArray                        *categories,
                                     GDateTime                        *now)
{
  LayananComplaintCsvConverter *self;

  g_return_val_if_fail (mapping != NULL, NULL);
  g_return_val_if_fail (categories != NULL, NULL);
  g_return_val_if_fail (now != NULL, NULL);

  self = g_new0 (LayananComplaintCsvConverter, 1);
  self->mapping = layanan_complaint_csv_mapping_copy (mapping);
  self->unit_id = unit_id;
  self->categories = g_ptr_array_new_with_free_func ((GDestroyNotify) layanan_category_free);
  for (guint i = 0; i < categories->len; i++)
    g_ptr_array_add (self->categories, layanan_category_copy (g_ptr_array_index (categories, i)));
  self->services = layanan_csv_names_new ();
  self->now = g_date_time_ref (now);
  self->time_regex = g_regex_new ("^" TIME_PATTERN "$", G_REGEX_CASELESS, 0, NULL);
  self->split_regex = g_regex_new ("^(.+?)[\\sT,]+(" TIME_PATTERN ")$", G_REGEX_CASELESS, 0,
                                   NULL);
  self->iso_regex = g_regex_new ("^\\d{4}-\\d{2}-\\d{2}", 0, 0, NULL);
  return self;
}

/* A name given twice (two units offer it) keeps the first. */
void
layanan_complaint_csv_converter_add_service (LayananComplaintCsvConverter *converter,
                                             gint64                        service_id,
                                             const char                   *name)
{
  g_return_if_fail (converter != NULL);
  g_return_if_fail (service_id > 0 && name != NULL);

  layanan_csv_names_add (converter->services, service_id, name);
}

void
layanan_complaint_csv_converter_free (LayananComplaintCsvConverter *converter)
{
  if (converter == NULL)
    return;

  layanan_complaint_csv_mapping_free (converter->mapping);
  g_ptr_array_unref (converter->categories);
  g_hash_table_unref (converter->services);
  g_date_time_unref (converter->now);
  g_regex_unref (converter->time_regex);
  g_regex_unref (converter->split_regex);
  g_regex_unref (converter->iso_regex);
  g_free (converter);
}

/* One record being converted: its cells by field, and where problems go. */
typedef struct
{
  LayananComplaintCsvConverter *converter;
  const char * const           *fields;
  guint                         n_fields;
  guint                         line;
  GPtrArray                    *problems;
  guint                         n_problems;
} Record;

/* The trimmed cell of @field, "" when the file has no such column. */
static char *
cell (Record                *record,
      LayananComplaintField  field)
{
  int column = record->converter->mapping->columns[field];

  if (column < 0 || (guint) column >= record->n_fields)
    return g_strdup ("");
  return g_strstrip (g_strdup (record->fields[column]));
}

static void
add_problem (Record                *record,
             LayananComplaintField  field,
             const char            *message)
{
  int column = record->converter->mapping->columns[field];
  const char *header = column >= 0 ? g_ptr_array_index (record->converter->mapping->headers,
                                                         column) : NULL;

  g_ptr_array_add (record->problems,
                   layanan_complaint_csv_problem_new (record->line, header, message));
  record->n_problems++;
}

G_GNUC_PRINTF (3, 4)
static void
add_problem_printf (Record                *record,
                    LayananComplaintField  field,
                    const char            *format,
                    ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  add_problem (record, field, message);
}

/* "09:15", "09.15", "9.15.30", "pukul 09.15 WIB". */
static gboolean
parse_time_of_day (LayananComplaintCsvConverter  *converter,
                   const char                    *text,
                   int                           *hour,
                   int                           *minute,
                   int                           *second,
                   GError                       **error)
{
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *h = NULL, *m = NULL, *s = NULL;

  if (!g_regex_match (converter->time_regex, text, 0, &match))
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("“%s” is not a time; write it as 09:15 or 09.15"), text);
      return FALSE;
    }

  h = g_match_info_fetch (match, 1);
  m = g_match_info_fetch (match, 2);
  s = g_match_info_fetch (match, 3);
  *hour = atoi (h);
  *minute = atoi (m);
  *second = s != NULL && *s != '\0' ? atoi (s) : 0;
  if (*hour > 23 || *minute > 59 || *second > 59)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("“%s” is not a time: hours run from 00 to 23, minutes and seconds "
                     "from 00 to 59"), text);
      return FALSE;
    }
  return TRUE;
}

/* Splits "2 Maret 2026 09:15" into the date and the time (NULL if none). */
static void
split_date_time (LayananComplaintCsvConverter  *converter,
                 const char                    *text,
                 char                         **date,
                 char                         **time)
{
  g_autoptr(GMatchInfo) match = NULL;

  if (g_regex_match (converter->split_regex, text, 0, &match))
    {
      *date = g_match_info_fetch (match, 1);
      *time = g_match_info_fetch (match, 2);
    }
  else
    {
      *date = g_strdup (text);
      *time = NULL;
    }
}

/* The date column, with the time in it or in a column of its own; ISO
 * 8601 as the app and other systems export it goes to the strict reader.
 * Sets *field to the column at fault when it fails. */
static GDateTime *
parse_received (Record                *record,
                const char            *text,
                char                  *time_cell,
                LayananComplaintField *field,
                GError               **error)
{
  g_autoptr(GTimeZone) wib = g_time_zone_new_offset (WIB_OFFSET_SECONDS);
  g_autofree char *date_text = NULL;
  g_autofree char *time_text = NULL;
  int hour = 0, minute = 0, second = 0;
  GDate date;

  *field = LAYANAN_COMPLAINT_FIELD_RECEIVED;
  if (*time_cell == '\0' && g_regex_match (record->converter->iso_regex, text, 0, NULL))
    return layanan_date_time_parse (text, NULL, error);

  split_date_time (record->converter, text, &date_text, &time_text);
  if (!layanan_letter_date_parse (date_text, &date, error))
    return NULL;

  if (*time_cell != '\0')
    {
      g_free (time_text);
      time_text = g_strdup (time_cell);
      *field = LAYANAN_COMPLAINT_FIELD_RECEIVED_TIME;
    }
  if (time_text != NULL &&
      !parse_time_of_day (record->converter, time_text, &hour, &minute, &second, error))
    return NULL;

  return g_date_time_new (wib, g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date), hour, minute, second);
}

static char *
convert_received (Record *record)
{
  g_autofree char *text = cell (record, LAYANAN_COMPLAINT_FIELD_RECEIVED);
  g_autofree char *time_cell = cell (record, LAYANAN_COMPLAINT_FIELD_RECEIVED_TIME);
  g_autoptr(GDateTime) received = NULL;
  g_autoptr(GTimeZone) wib = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GError) error = NULL;
  LayananComplaintField field;

  if (*text == '\0')
    {
      add_problem (record, LAYANAN_COMPLAINT_FIELD_RECEIVED, _("the date received is empty"));
      return NULL;
    }

  received = parse_received (record, text, time_cell, &field, &error);
  if (received == NULL)
    {
      add_problem (record, field, error->message);
      return NULL;
    }

  if (g_date_time_compare (received, record->converter->now) > 0)
    {
      g_autofree char *shown = layanan_date_time_format_long (received);

      add_problem_printf (record, LAYANAN_COMPLAINT_FIELD_RECEIVED,
                          _("%s is later than now; a complaint cannot be received in the "
                            "future"), shown);
      return NULL;
    }

  wib = g_time_zone_new_offset (WIB_OFFSET_SECONDS);
  local = g_date_time_to_timezone (received, wib);
  return g_date_time_format (local, "%Y-%m-%dT%H:%M:%S%:z");
}

/* What SP4N-LAPOR! exports as a report's source: all of them came through
 * LAPOR!, when the row has a LAPOR! number. */
static gboolean
is_lapor_source (const char *text)
{
  static const char * const sources[] = {
    "website", "web", "sms", "sms 1708", "1708", "android", "ios", "aplikasi",
    "aplikasi mobile", "mobile", "twitter", "lapor", "lapor go id",
  };
  g_autofree char *name = layanan_csv_fold_name (text);

  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    if (g_str_equal (name, sources[i]))
      return TRUE;
  return FALSE;
}

static void
convert_channel (Record           *record,
                 LayananComplaint *complaint)
{
  g_autofree char *text = cell (record, LAYANAN_COMPLAINT_FIELD_CHANNEL);
  g_autofree char *number = cell (record, LAYANAN_COMPLAINT_FIELD_LAPOR_NUMBER);
  guint n_problems = record->n_problems;

  if (*text == '\0' && *number != '\0')
    complaint->channel = LAYANAN_CHANNEL_SP4N_LAPOR;
  else if (*text == '\0')
    add_problem (record, LAYANAN_COMPLAINT_FIELD_CHANNEL,
                 _("the channel is empty; write how the complaint came, e.g. WhatsApp, "
                   "Tatap Muka, SP4N-LAPOR!"));
  else if (!layanan_channel_kind_parse (text, &complaint->channel))
    {
      if (*number != '\0' && is_lapor_source (text))
        complaint->channel = LAYANAN_CHANNEL_SP4N_LAPOR;
      else
        add_problem_printf (record, LAYANAN_COMPLAINT_FIELD_CHANNEL,
                            _("“%s” is not a known channel; write e.g. WhatsApp, Telepon, "
                              "Email, Surat, Tatap Muka, SP4N-LAPOR!"), text);
    }

  if (*number != '\0')
    {
      g_autoptr(GError) error = NULL;

      if (!layanan_lapor_number_normalize (number, &complaint->lapor_number, &error))
        add_problem (record, LAYANAN_COMPLAINT_FIELD_LAPOR_NUMBER, error->message);
      else if (n_problems == record->n_problems &&
               complaint->channel != LAYANAN_CHANNEL_SP4N_LAPOR)
        add_problem_printf (record, LAYANAN_COMPLAINT_FIELD_LAPOR_NUMBER,
                            _("a tracking number, but the complaint came by %s, not "
                              "SP4N-LAPOR!; clear the number or correct the channel"),
                            layanan_channel_kind_get_official_name (complaint->channel));
    }
}

static const LayananCategory *
convert_category (Record *record)
{
  g_autofree char *text = cell (record, LAYANAN_COMPLAINT_FIELD_CATEGORY);
  g_autofree char *name = layanan_csv_fold_name (text);
  g_autoptr(GString) known = g_string_new (NULL);
  GPtrArray *categories = record->converter->categories;
  const LayananCategory *partial = NULL;
  guint n_partial = 0;

  if (*text == '\0')
    {
      add_problem (record, LAYANAN_COMPLAINT_FIELD_CATEGORY,
                   _("the category is empty; every complaint needs one for its deadline"));
      return NULL;
    }

  for (guint i = 0; i < categories->len; i++)
    {
      const LayananCategory *category = g_ptr_array_index (categories, i);
      g_autofree char *candidate = layanan_csv_fold_name (category->name);
      g_autofree char *padded = g_strdup_printf (" %s ", candidate);
      g_autofree char *word = g_strdup_printf (" %s ", name);

      if (g_str_equal (candidate, name))
        return category;
      /* "Ringan" for "Pengaduan ringan". */
      if (strstr (padded, word) != NULL)
        {
          partial = category;
          n_partial++;
        }
      g_string_append_printf (known, "%s“%s”", i > 0 ? ", " : "", category->name);
    }

  if (n_partial == 1)
    return partial;

  add_problem_printf (record, LAYANAN_COMPLAINT_FIELD_CATEGORY,
                      /* Translators: the second %s lists the unit's categories */
                      _("“%s” is not one of the unit's categories: %s"), text,
                      known->len > 0 ? known->str : "—");
  return NULL;
}

static void
convert_service (Record           *record,
                 LayananComplaint *complaint)
{
  g_autofree char *text = cell (record, LAYANAN_COMPLAINT_FIELD_SERVICE);
  g_autofree char *name = layanan_csv_fold_name (text);
  gint64 *id;

  if (*text == '\0')
    return;

  id = g_hash_table_lookup (record->converter->services, name);
  if (id != NULL)
    complaint->service_id = *id;
  else
    add_problem_printf (record, LAYANAN_COMPLAINT_FIELD_SERVICE,
                        _("“%s” is not a service in the catalog; write its name as the "
                          "catalog does, or leave the cell empty"), text);
}

static void
convert_status (Record           *record,
                LayananComplaint *complaint)
{
  g_autofree char *text = cell (record, LAYANAN_COMPLAINT_FIELD_STATUS);

  if (*text == '\0')
    complaint->status = LAYANAN_COMPLAINT_STATUS_DITERIMA;
  else if (!layanan_complaint_status_parse (text, &complaint->status))
    add_problem_printf (record, LAYANAN_COMPLAINT_FIELD_STATUS,
                        _("“%s” is not a known status; write e.g. Diterima, Diverifikasi, "
                          "Ditindaklanjuti, Selesai"), text);
}

static void
convert_classification (Record           *record,
                        LayananComplaint *complaint)
{
  g_autofree char *text = cell (record, LAYANAN_COMPLAINT_FIELD_CLASSIFICATION);

  if (*text == '\0')
    complaint->classification = LAYANAN_COMPLAINT_KIND_PENGADUAN;
  else if (!layanan_complaint_kind_parse (text, &complaint->classification))
    add_problem_printf (record, LAYANAN_COMPLAINT_FIELD_CLASSIFICATION,
                        _("“%s” is not a classification; write Pengaduan, Aspirasi or "
                          "Permintaan Informasi"), text);
}

/* Ya/Tidak as forms write it; empty is no. */
static void
convert_flag (Record                *record,
              LayananComplaintField  field,
              gboolean              *flag)
{
  static const char * const yes[] = { "ya", "y", "yes", "true", "benar", "1", "x", "v", NULL };
  static const char * const no[] = { "tidak", "t", "no", "n", "false", "salah", "0", "", NULL };
  g_autofree char *text = cell (record, field);
  g_autofree char *name = layanan_csv_fold_name (text);

  if (g_strv_contains (yes, name) || g_str_equal (text, "✓"))
    *flag = TRUE;
  else if (g_strv_contains (no, name))
    *flag = FALSE;
  else
    add_problem_printf (record, field, _("“%s” is neither Ya nor Tidak"), text);
}

static char *
cell_or_null (Record                *record,
              LayananComplaintField  field)
{
  char *text = cell (record, field);

  if (*text != '\0')
    return text;
  g_free (text);
  return NULL;
}

/**
 * layanan_complaint_csv_converter_convert:
 * @fields: (array zero-terminated=1): the record; cells past its end are empty
 * @category: (out) (transfer none) (optional): the category matched
 * @problems: (element-type LayananComplaintCsvProblem): where the record's
 *   problems are added, all of them, in the order of the fields
 *
 * Returns: (transfer full) (nullable): the complaint, valid by
 *   layanan_complaint_validate() at the converter's now, with no due date.
 */
LayananComplaint *
layanan_complaint_csv_converter_convert (LayananComplaintCsvConverter  *converter,
                                         const char * const            *fields,
                                         guint                          line,
                                         const LayananCategory        **category,
                                         GPtrArray                     *problems)
{
  g_autoptr(LayananComplaint) complaint = layanan_complaint_new ();
  g_autoptr(GError) error = NULL;
  const LayananCategory *matched;
  Record record = { converter, fields, g_strv_length ((char **) fields), line, problems, 0 };

  g_return_val_if_fail (converter != NULL, NULL);
  g_return_val_if_fail (fields != NULL, NULL);
  g_return_val_if_fail (problems != NULL, NULL);

  complaint->unit_id = converter->unit_id;
  complaint->received_at = convert_received (&record);
  convert_channel (&record, complaint);
  matched = convert_category (&record);
  convert_service (&record, complaint);
  complaint->description = cell_or_null (&record, LAYANAN_COMPLAINT_FIELD_DESCRIPTION);
  if (complaint->description == NULL)
    add_problem (&record, LAYANAN_COMPLAINT_FIELD_DESCRIPTION, _("the description is empty"));
  convert_status (&record, complaint);
  complaint->complainant_name = cell_or_null (&record, LAYANAN_COMPLAINT_FIELD_COMPLAINANT_NAME);
  complaint->complainant_contact = cell_or_null (&record,
                                                 LAYANAN_COMPLAINT_FIELD_COMPLAINANT_CONTACT);
  convert_classification (&record, complaint);
  convert_flag (&record, LAYANAN_COMPLAINT_FIELD_CONFIDENTIAL, &complaint->confidential);
  convert_flag (&record, LAYANAN_COMPLAINT_FIELD_ANONYMOUS, &complaint->anonymous);

  if (record.n_problems > 0)
    return NULL;

  complaint->category_id = matched->id;
  complaint->category_deadline = matched->deadline;

  /* What no single cell shows: a LAPOR! number on a letter, a name on an
   * anonymous complaint. */
  if (!layanan_complaint_validate (complaint, converter->now, &error))
    {
      g_ptr_array_add (problems, layanan_complaint_csv_problem_new (line, NULL, error->message));
      return NULL;
    }

  if (category != NULL)
    *category = matched;
  return g_steal_pointer (&complaint);
}
