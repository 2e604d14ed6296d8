/* layanan-letter-fields.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-letter-fields"

#include "config.h"

#include "layanan-letter-fields.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "layanan-date.h"
#include "layanan-error.h"

/* The text arrives typed (columns kept with spaces or tabs), from a PDF text
 * layer (no indentation, a tabulated block often split into a column of
 * labels followed by a column of ": value" lines) or from OCR (labels and
 * digits misread, colons lost). Everything below reads lines and "segments":
 * the pieces of a line between runs of three or more spaces, each with the
 * column it starts at, so that a two-column header (Nomor … on the left,
 * Kepada Yth. … on the right) can be told apart when the layout survived. */

#define GAP_SPACES 3
#define RIGHT_COLUMN 30     /* a line indented this far belongs to the right half */
#define PROSE_LENGTH 60     /* a line this long with many words is body text */
#define MAX_WRAPPED_LINES 4

typedef enum
{
  LABEL_NONE,
  LABEL_NOMOR,
  LABEL_TANGGAL,
  LABEL_SIFAT,
  LABEL_LAMPIRAN,
  LABEL_HAL,
  N_LABELS
} Label;

typedef struct
{
  int   col;
  char *text;
} Segment;

typedef enum
{
  PARSE_OK,
  PARSE_BAD_SHAPE,
  PARSE_BAD_VALUE,
} ParseResult;

/* The words a label may be written as, in their folded form (see fold_ocr).
 * Abbreviations need a dot or colon after them so that prose cannot match. */
static const struct
{
  const char *word;
  Label       label;
  gboolean    abbreviation;
} label_words[] = {
  { "nomor", LABEL_NOMOR, FALSE },
  { "nomer", LABEL_NOMOR, FALSE },
  { "no", LABEL_NOMOR, TRUE },
  { "nmr", LABEL_NOMOR, TRUE },
  { "tanggal", LABEL_TANGGAL, FALSE },
  { "tgl", LABEL_TANGGAL, TRUE },
  { "sifat", LABEL_SIFAT, FALSE },
  { "lampiran", LABEL_LAMPIRAN, FALSE },
  { "lamp", LABEL_LAMPIRAN, TRUE },
  { "hal", LABEL_HAL, FALSE },
  { "perihal", LABEL_HAL, FALSE },
  { "prihal", LABEL_HAL, FALSE },
};

/* Month names and abbreviations as Indonesian (and English) letters print
 * them, lower case without dots. */
static const struct
{
  const char *name;
  GDateMonth  month;
} month_words[] = {
  { "jan", G_DATE_JANUARY }, { "januari", G_DATE_JANUARY }, { "january", G_DATE_JANUARY },
  { "feb", G_DATE_FEBRUARY }, { "peb", G_DATE_FEBRUARY }, { "februari", G_DATE_FEBRUARY },
  { "pebruari", G_DATE_FEBRUARY }, { "february", G_DATE_FEBRUARY },
  { "mar", G_DATE_MARCH }, { "mrt", G_DATE_MARCH }, { "maret", G_DATE_MARCH },
  { "march", G_DATE_MARCH },
  { "apr", G_DATE_APRIL }, { "april", G_DATE_APRIL },
  { "mei", G_DATE_MAY }, { "may", G_DATE_MAY },
  { "jun", G_DATE_JUNE }, { "juni", G_DATE_JUNE }, { "june", G_DATE_JUNE },
  { "jul", G_DATE_JULY }, { "juli", G_DATE_JULY }, { "july", G_DATE_JULY },
  { "agt", G_DATE_AUGUST }, { "agu", G_DATE_AUGUST }, { "ags", G_DATE_AUGUST },
  { "agus", G_DATE_AUGUST }, { "agust", G_DATE_AUGUST }, { "agustus", G_DATE_AUGUST },
  { "aug", G_DATE_AUGUST }, { "august", G_DATE_AUGUST },
  { "sep", G_DATE_SEPTEMBER }, { "sept", G_DATE_SEPTEMBER }, { "september", G_DATE_SEPTEMBER },
  { "okt", G_DATE_OCTOBER }, { "oktober", G_DATE_OCTOBER }, { "oct", G_DATE_OCTOBER },
  { "october", G_DATE_OCTOBER },
  { "nop", G_DATE_NOVEMBER }, { "nov", G_DATE_NOVEMBER }, { "nopember", G_DATE_NOVEMBER },
  { "november", G_DATE_NOVEMBER },
  { "des", G_DATE_DECEMBER }, { "desember", G_DATE_DECEMBER }, { "dec", G_DATE_DECEMBER },
  { "december", G_DATE_DECEMBER },
};

static const char * const weekday_words[] = {
  "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad",
};

/* The first words of a letter's body: once one is seen, the header is over. */
static const char * const body_openers[] = {
  "dengan hormat", "assalamu", "salam sejahtera", "salam damai", "teriring", "yang bertanda",
  "sehubungan", "dalam rangka", "menindaklanjuti", "bersama ini", "berdasarkan",
  "memperhatikan", "memenuhi", "merujuk", "menunjuk",
};

/* Where a letterhead stops naming the agency and starts giving its address. */
static const char * const address_words[] = {
  "jalan", "jl.", "jl ", "jln", "alamat", "sekretariat:", "sekretariat :", "kantor:", "kantor :", "telepon", "telp", "tlp", "telpon",
  "faks", "fax", "faksimile", "pos-el", "email", "e-mail", "laman", "website", "http", "www",
  "kode pos", "kotak pos", "hp:", "hp.", "wa:", "wa.",
};

/* Kept upper case when a letterhead's words are made title case. */
static const char * const acronyms[] = {
  "RI", "NKRI", "DPRD", "RSUD", "UPT", "UPTD", "PKK", "TP", "KNPI", "FKUB", "MUI", "LPTQ",
  "BAZNAS", "BPS", "BKD", "BPBD", "TNI", "POLRI", "SD", "SMP", "SMA", "SMK", "IAIN", "UIN",
  "LPPM", "DPD", "DPW", "PW", "PC", "NU", "PGI", "KWI", "PHDI", "WALUBI", "MATAKIN", "HKBP",
  "PMI", "KONI", "LAZ", "BUMD", "PT", "CV", "BLUD", "PPID",
};

/* Lower case inside a title-cased name, as Indonesian names are written. */
static const char * const small_words[] = {
  "dan", "di", "ke", "dari", "kepada", "untuk", "yang", "atas", "pada", "bagi", "serta",
  "atau", "dengan", "se",
};

static void
segment_clear (Segment *segment)
{
  g_clear_pointer (&segment->text, g_free);
}

/* ------------------------------------------------------------------ text */

static gboolean
str_in (const char         *word,
        const char * const *list,
        gsize               n)
{
  for (gsize i = 0; i < n; i++)
    if (g_ascii_strcasecmp (word, list[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
has_prefix_ci (const char *text,
               const char *prefix)
{
  return g_ascii_strncasecmp (text, prefix, strlen (prefix)) == 0;
}

static const char *
skip_spaces (const char *p)
{
  while (*p == ' ')
    p++;
  return p;
}

static gboolean
is_blank (const char *line)
{
  return *skip_spaces (line) == '\0';
}

static int
line_indent (const char *line)
{
  return (int) (skip_spaces (line) - line);
}

/* Every run of white space one space, none at either end. */
static char *
collapse_spaces (const char *text,
                 gssize      len)
{
  GString *out = g_string_new (NULL);
  const char *end = len < 0 ? text + strlen (text) : text + len;
  gboolean pending = FALSE;

  for (const char *p = text; p < end; p++)
    {
      if (g_ascii_isspace (*p))
        {
          pending = out->len > 0;
          continue;
        }
      if (pending)
        g_string_append_c (out, ' ');
      pending = FALSE;
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/* Lines with tabs expanded (a tab always makes a gap, as a typist meant a
 * new column), no-break spaces made spaces, form feeds made line breaks. */
static GPtrArray *
split_lines (const char *input)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  GString *line = g_string_new (NULL);
  /* OCR and old PDFs may hand over broken UTF-8; read what can be read. */
  g_autofree char *text = g_utf8_make_valid (input, -1);

  for (const char *p = text;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (*p == '\0' || c == '\n' || c == '\f' || c == '\v' || c == 0x2028)
        {
          while (line->len > 0 && line->str[line->len - 1] == ' ')
            g_string_truncate (line, line->len - 1);
          g_ptr_array_add (lines, g_strdup (line->str));
          g_string_truncate (line, 0);
          if (*p == '\0')
            break;
          continue;
        }

      if (c == '\t')
        {
          gsize stop = (line->len / 8 + 1) * 8;

          if (stop - line->len < GAP_SPACES)
            stop += 8;
          while (line->len < stop)
            g_string_append_c (line, ' ');
        }
      else if (c == '\r')
        continue;
      else if (c == 0x00A0 || c == 0x202F || c == 0x2007 || (c < 0x20 && c != '\t'))
        g_string_append_c (line, ' ');
      else
        g_string_append_unichar (line, c);
    }

  g_string_free (line, TRUE);
  return lines;
}

/* Lower case with the letters OCR confuses made one: 0/o, 1/l/i/|/!, 5/s,
 * rn/m. Applied to both sides of a comparison. */
static char *
fold_ocr (const char *word,
          gssize      len)
{
  GString *out = g_string_new (NULL);
  const char *end = len < 0 ? word + strlen (word) : word + len;

  for (const char *p = word; p < end; p++)
    {
      char c = g_ascii_tolower (*p);

      if (c == 'r' && p + 1 < end && g_ascii_tolower (p[1]) == 'n')
        {
          g_string_append_c (out, 'm');
          p++;
          continue;
        }
      switch (c)
        {
        case '0':
          c = 'o';
          break;
        case '1': case 'i': case '|': case '!':
          c = 'l';
          break;
        case '5':
          c = 's';
          break;
        default:
          break;
        }
      g_string_append_c (out, c);
    }

  return g_string_free (out, FALSE);
}

/* At most one letter inserted, removed or changed. */
static gboolean
within_one_edit (const char *a,
                 const char *b)
{
  gsize la = strlen (a), lb = strlen (b);
  gsize i = 0, j = 0;
  gboolean edited = FALSE;

  if (la > lb + 1 || lb > la + 1)
    return FALSE;

  while (i < la && j < lb)
    {
      if (a[i] == b[j])
        {
          i++, j++;
          continue;
        }
      if (edited)
        return FALSE;
      edited = TRUE;
      if (la > lb)
        i++;
      else if (lb > la)
        j++;
      else
        i++, j++;
    }

  return !edited || (i == la && j == lb);
}

static gboolean
word_matches (const char *folded,
              const char *wanted)
{
  g_autofree char *wanted_folded = fold_ocr (wanted, -1);

  if (strcmp (folded, wanted_folded) == 0)
    return TRUE;
  /* One misread letter is tolerated in the long words only: "Nomer",
   * "Lampran", "Perlhal"; three-letter words would match too much. */
  return strlen (wanted_folded) >= 5 && strlen (folded) >= 4 &&
         within_one_edit (folded, wanted_folded);
}

static gboolean
is_word (const char *folded,
         const char *wanted)
{
  g_autofree char *wanted_folded = fold_ocr (wanted, -1);

  return strcmp (folded, wanted_folded) == 0;
}

/* Whether most letters of @text are capitals, as letterheads and signers'
 * names are printed. */
static gboolean
mostly_upper (const char *text)
{
  int upper = 0, letters = 0;

  for (const char *p = text; *p != '\0'; p++)
    if (g_ascii_isalpha (*p))
      {
        letters++;
        upper += g_ascii_isupper (*p) ? 1 : 0;
      }

  return letters >= 3 && upper * 10 >= letters * 7;
}

static int
count_words (const char *text)
{
  int words = 0;
  gboolean in_word = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      gboolean space = *p == ' ';

      if (!space && !in_word)
        words++;
      in_word = !space;
    }

  return words;
}

static gboolean
starts_with_any (const char         *text,
                 const char * const *prefixes,
                 gsize               n)
{
  for (gsize i = 0; i < n; i++)
    if (has_prefix_ci (text, prefixes[i]))
      return TRUE;
  return FALSE;
}

/* Trailing commas, semicolons and colons a label block leaves behind. */
static void
strip_trailing_punctuation (char *text)
{
  gsize len = strlen (text);

  while (len > 0 && strchr (",;: ", text[len - 1]) != NULL)
    text[--len] = '\0';
}

/* ---------------------------------------------------------------- labels */

/**
 * match_label:
 * @line: a line
 * @value: (out): where the value starts (maybe at the end of the line)
 *
 * Recognises "Nomor : …", "No. …", "Hal …" (tabulated, no colon), "Lamp.:",
 * OCR's "N0mor" and "Perlhal", at the start of @line.
 */
static Label
match_label (const char  *line,
             const char **value)
{
  const char *start = skip_spaces (line);
  const char *p = start;
  const char *after;
  g_autofree char *folded = NULL;
  gboolean dotted = FALSE, colon = FALSE;
  gsize len;

  while (g_ascii_isalnum (*p) || *p == '|' || *p == '!')
    p++;
  len = p - start;
  if (len < 2 || len > 10)
    return LABEL_NONE;
  while (*p == '.')
    {
      dotted = TRUE;
      p++;
    }

  after = skip_spaces (p);
  if (*after == ':' || *after == ';')
    {
      colon = TRUE;
      after = skip_spaces (after + 1);
    }
  /* OCR reads a colon as "-" or "=": "Perihal - Permohonan …". A lone
   * dash stays the value ("Lampiran -"). */
  else if ((*after == '-' || *after == '=') && after > p && after[1] == ' ' &&
           *skip_spaces (after + 1) != '\0')
    {
      colon = TRUE;
      after = skip_spaces (after + 1);
    }

  folded = fold_ocr (start, len);
  for (gsize i = 0; i < G_N_ELEMENTS (label_words); i++)
    {
      gboolean tabulated = after - p >= 2 || *after == '\0';

      if (!word_matches (folded, label_words[i].word))
        continue;
      /* "Hal tersebut …" or "Nomor 4 Tahun 2024" in prose are not labels. */
      if (label_words[i].abbreviation ? !(dotted || colon) : !(colon || tabulated || dotted))
        continue;
      if (!g_ascii_isalpha (*start))
        continue;
      *value = after;
      return label_words[i].label;
    }

  return LABEL_NONE;
}

/* A line that is only ": value", the value column of a tabulated block as a
 * PDF text layer gives it after the column of labels. */
static const char *
match_value_line (const char *line)
{
  const char *p = skip_spaces (line);

  if (*p != ':' && *p != ';')
    return NULL;
  return skip_spaces (p + 1);
}

/* The segments of @line; a label's value stays in the label's segment. */
static GArray *
line_segments (const char *line)
{
  GArray *segments = g_array_new (FALSE, TRUE, sizeof (Segment));
  const char *value = NULL;
  const char *p = skip_spaces (line);
  const char *first = p;

  g_array_set_clear_func (segments, (GDestroyNotify) segment_clear);

  if (match_label (line, &value) != LABEL_NONE)
    p = value;
  else if (match_value_line (line) != NULL)
    p = match_value_line (line);

  while (*p != '\0')
    {
      const char *end = p;
      Segment segment;

      while (*end != '\0' && strncmp (end, "   ", GAP_SPACES) != 0)
        end++;
      segment.col = (int) (first - line);
      segment.text = collapse_spaces (first, end - first);
      g_array_append_val (segments, segment);
      p = first = skip_spaces (end);
    }

  if (segments->len == 0 && *first != '\0')
    {
      Segment segment = { (int) (first - line), collapse_spaces (first, -1) };

      g_array_append_val (segments, segment);
    }

  return segments;
}

/* The value of a label on @line up to the next column, or NULL. */
static char *
label_value (const char *value)
{
  const char *end = value;
  char *text;

  while (*end != '\0' && strncmp (end, "   ", GAP_SPACES) != 0)
    end++;
  text = collapse_spaces (value, end - value);
  strip_trailing_punctuation (text);
  return text;
}

/* ----------------------------------------------------------------- dates */

/* OCR reads 0 as O and 1 as l or I inside numbers: a word of digits and
 * such letters, with a digit among them, is a number. */
static char *
fix_ocr_digits (const char *word,
                gssize      len)
{
  g_autofree char *copy = g_strndup (word, len < 0 ? strlen (word) : (gsize) len);
  gboolean any_digit = FALSE;

  for (const char *p = copy; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        any_digit = TRUE;
      else if (strchr ("OoIl", *p) == NULL)
        return g_steal_pointer (&copy);
    }
  if (!any_digit)
    return g_steal_pointer (&copy);

  for (char *p = copy; *p != '\0'; p++)
    if (*p == 'O' || *p == 'o')
      *p = '0';
    else if (*p == 'I' || *p == 'l')
      *p = '1';

  return g_steal_pointer (&copy);
}

/* A Roman month in a letter number ("XI", "III") that OCR read with ones:
 * "X1", "I11". Without a Roman letter it is a number ("111") and goes to
 * fix_ocr_digits. */
static char *
fix_ocr_roman (const char *word,
               gsize       len)
{
  char *copy = g_strndup (word, len);
  gboolean roman = FALSE;

  for (const char *p = copy; *p != '\0'; p++)
    {
      if (strchr ("IVX", *p) != NULL)
        roman = TRUE;
      else if (*p != '1' && *p != 'l')
        roman = FALSE, p = p + strlen (p) - 1;
    }
  if (!roman || len > 4)
    {
      g_free (copy);
      return fix_ocr_digits (word, len);
    }

  g_strdelimit (copy, "1l", 'I');
  return copy;
}

static gboolean
read_number (const char **p,
             int          min_digits,
             int          max_digits,
             int         *out)
{
  const char *q = *p;
  gsize n;
  g_autofree char *fixed = NULL;

  while (g_ascii_isalnum (*q))
    q++;
  n = q - *p;
  if (n == 0)
    return FALSE;
  fixed = fix_ocr_digits (*p, n);
  if ((int) n < min_digits || (int) n > max_digits)
    return FALSE;
  for (const char *c = fixed; *c != '\0'; c++)
    if (!g_ascii_isdigit (*c))
      return FALSE;

  *out = atoi (fixed);
  *p = q;
  return TRUE;
}

static gboolean
lookup_month (const char *word,
              GDateMonth *month)
{
  for (gsize i = 0; i < G_N_ELEMENTS (month_words); i++)
    if (g_ascii_strcasecmp (word, month_words[i].name) == 0)
      {
        *month = month_words[i].month;
        return TRUE;
      }
  return FALSE;
}

static ParseResult
check_date (const char *quoted,
            int         day,
            int         month,
            int         year,
            GDate      *out,
            GError    **error)
{
  if (year < 1900 || year > 2999)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   /* Translators: a letter's date with an implausible year */
                   _("“%s” is not a letter date: the year %d is out of range"), quoted, year);
      return PARSE_BAD_VALUE;
    }
  if (month < 1 || month > 12)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("“%s” is not a date: there is no month %d (months run from 1 to 12; "
                     "the day comes first, as in 06/11/2025)"), quoted, month);
      return PARSE_BAD_VALUE;
    }
  if (day < 1 || day > g_date_get_days_in_month (month, year))
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   /* Translators: "“31 Juni 2025” is not a date: June 2025 has 30 days" */
                   _("“%s” is not a date: %s %d has %d days"),
                   quoted, layanan_date_month_name (month), year,
                   (int) g_date_get_days_in_month (month, year));
      return PARSE_BAD_VALUE;
    }

  g_date_clear (out, 1);
  g_date_set_dmy (out, day, month, year);
  return PARSE_OK;
}

/* 06/11/2025, 6-11-2025, 06.11.2025 (day first) or 2025-11-06. */
static ParseResult
parse_numeric_date (const char *quoted,
                    const char *text,
                    GDate      *out,
                    GError    **error)
{
  const char *p = text;
  int a, b, c;
  char sep;

  if (!read_number (&p, 1, 4, &a))
    return PARSE_BAD_SHAPE;
  p = skip_spaces (p);
  sep = *p;
  if (sep != '/' && sep != '-' && sep != '.')
    return PARSE_BAD_SHAPE;
  p = skip_spaces (p + 1);
  if (!read_number (&p, 1, 2, &b))
    return PARSE_BAD_SHAPE;
  p = skip_spaces (p);
  if (*p != sep)
    return PARSE_BAD_SHAPE;
  p = skip_spaces (p + 1);
  if (!read_number (&p, 1, 4, &c) || *skip_spaces (p) != '\0')
    return PARSE_BAD_SHAPE;

  if (a >= 1000 && c < 100 && strchr (text, '.') == NULL)
    return check_date (quoted, c, b, a, out, error);   /* 2025-11-06 */
  if (a < 100 && c >= 1000)
    return check_date (quoted, a, b, c, out, error);   /* 06/11/2025 */
  return PARSE_BAD_SHAPE;
}

/* 6 Nop 2025, 06 November 2025, 6 Nop. 2025, 6-Nov-2025. */
static ParseResult
parse_named_date (const char *quoted,
                  const char *text,
                  GDate      *out,
                  GError    **error)
{
  const char *p = text;
  const char *word;
  g_autofree char *month_word = NULL;
  GDateMonth month;
  int day, year;

  if (!read_number (&p, 1, 2, &day))
    return PARSE_BAD_SHAPE;
  while (*p == ' ' || *p == '.' || *p == '-')
    p++;

  word = p;
  while (g_ascii_isalpha (*p))
    p++;
  if (p == word)
    return PARSE_BAD_SHAPE;
  month_word = g_strndup (word, p - word);
  while (*p == ' ' || *p == '.' || *p == '-' || *p == ',')
    p++;

  if (!read_number (&p, 4, 4, &year) || *skip_spaces (p) != '\0')
    return PARSE_BAD_SHAPE;

  if (!lookup_month (month_word, &month))
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("“%s” is not a date: “%s” is not the name of a month"), quoted, month_word);
      return PARSE_BAD_VALUE;
    }

  return check_date (quoted, day, month, year, out, error);
}

/* @text without a "Pontianak, " or "Senin, " before it and without the
 * dot, comma or "M" (Masehi) after it. */
static char *
bare_date_text (const char *text)
{
  g_autofree char *collapsed = collapse_spaces (text, -1);
  const char *comma = strrchr (collapsed, ',');
  const char *start = collapsed;
  char *out;
  gsize len;

  if (comma != NULL)
    {
      gboolean digits_before = FALSE;

      for (const char *p = collapsed; p < comma; p++)
        digits_before |= g_ascii_isdigit (*p);
      if (!digits_before)
        start = skip_spaces (comma + 1);
    }

  out = g_strdup (start);
  len = strlen (out);
  while (len > 0 && strchr (".,; ", out[len - 1]) != NULL)
    out[--len] = '\0';
  if (len > 2 && out[len - 1] == 'M' && out[len - 2] == ' ' && g_ascii_isdigit (out[len - 3]))
    {
      out[len - 2] = '\0';
      len -= 2;
    }

  return out;
}

static ParseResult
parse_date (const char *text,
            GDate      *out,
            char      **printed,
            GError    **error)
{
  g_autofree char *quoted = collapse_spaces (text != NULL ? text : "", -1);
  g_autofree char *bare = NULL;
  ParseResult result;

  if (*quoted == '\0')
    {
      g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                           _("The date is empty; write it as 6 November 2025 or 06/11/2025"));
      return PARSE_BAD_SHAPE;
    }

  bare = bare_date_text (quoted);
  result = parse_numeric_date (quoted, bare, out, error);
  if (result == PARSE_BAD_SHAPE)
    result = parse_named_date (quoted, bare, out, error);

  if (result == PARSE_BAD_SHAPE)
    g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                 _("“%s” is not a date; write it as 6 November 2025 or 06/11/2025"), quoted);
  if (result == PARSE_OK && printed != NULL)
    *printed = g_steal_pointer (&bare);

  return result;
}

/**
 * layanan_letter_date_parse:
 * @text: "6 Nop 2025", "06 November 2025", "Pontianak, 6 Nopember 2025",
 *   "06/11/2025", "6-11-2025", "06.11.2025" (day first) or "2025-11-06";
 *   month names and abbreviations in Indonesian or English, any case, with
 *   or without dots
 * @date: where to put the date; untouched on failure
 *
 * Returns: %FALSE with %LAYANAN_ERROR_INVALID_INPUT and a message that quotes
 *   @text and says what is wrong ("June 2025 has 30 days").
 */
gboolean
layanan_letter_date_parse (const char  *text,
                           GDate       *date,
                           GError     **error)
{
  GDate parsed;

  g_return_val_if_fail (date != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (parse_date (text, &parsed, NULL, error) != PARSE_OK)
    return FALSE;

  *date = parsed;
  return TRUE;
}

static gboolean
is_weekday (const char *word)
{
  return str_in (word, weekday_words, G_N_ELEMENTS (weekday_words));
}

/* "Pontianak, 6 Nop 2025": a place of a few words, a comma, a date, and
 * nothing else. Weekdays are not places ("Senin, 10 November 2025" is an
 * event's date in an invitation). */
static gboolean
parse_place_date (const char  *segment,
                  GDate       *date,
                  char       **printed)
{
  const char *comma = strchr (segment, ',');
  g_autofree char *place = NULL;

  if (comma == NULL || comma == segment || !g_ascii_isupper (*segment))
    return FALSE;

  place = g_strndup (segment, comma - segment);
  for (const char *p = place; *p != '\0'; p++)
    if (!g_ascii_isalpha (*p) && strchr (" .-'", *p) == NULL)
      return FALSE;
  if (count_words (place) > 4 || is_weekday (place))
    return FALSE;

  return parse_date (skip_spaces (comma + 1), date, printed, NULL) == PARSE_OK;
}

/* "Pontianak, 13 Jumadil Awal 1447 H": a Hijri date, which Islamic
 * organisations print above the Masehi one. */
static gboolean
is_place_hijri_date (const char *segment)
{
  const char *comma = strchr (segment, ',');
  gsize len = strlen (segment);

  if (comma == NULL || !g_ascii_isupper (*segment))
    return FALSE;
  while (len > 0 && (segment[len - 1] == '.' || segment[len - 1] == ' '))
    len--;
  return len > 6 && (segment[len - 1] == 'H' || segment[len - 1] == 'h') &&
         segment[len - 2] == ' ' && g_ascii_isdigit (segment[len - 3]);
}

static gboolean
parse_bare_date (const char  *segment,
                 GDate       *date,
                 char       **printed)
{
  if (strchr (segment, ',') != NULL)
    return FALSE;
  return parse_date (segment, date, printed, NULL) == PARSE_OK;
}

/* ----------------------------------------------------------------- sifat */

/**
 * layanan_letter_sifat_parse:
 *
 * Older letters print one "Sifat" for both axes of DOMAIN.md §4.3; "Sangat
 * Segera", "Amat Segera" and "Kilat" are the highest kecepatan.
 */
gboolean
layanan_letter_sifat_parse (const char       *text,
                            gboolean         *has_keamanan,
                            LayananKeamanan  *keamanan,
                            gboolean         *has_kecepatan,
                            LayananKecepatan *kecepatan)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (has_keamanan != NULL && keamanan != NULL, FALSE);
  g_return_val_if_fail (has_kecepatan != NULL && kecepatan != NULL, FALSE);

  *has_keamanan = *has_kecepatan = FALSE;
  if (text == NULL)
    return FALSE;

  lower = g_ascii_strdown (text, -1);
  g_strdelimit (lower, "/,;.-", ' ');

  if (strstr (lower, "sangat rahasia") != NULL)
    *keamanan = LAYANAN_KEAMANAN_SANGAT_RAHASIA, *has_keamanan = TRUE;
  else if (strstr (lower, "rahasia") != NULL)
    *keamanan = LAYANAN_KEAMANAN_RAHASIA, *has_keamanan = TRUE;
  else if (strstr (lower, "terbatas") != NULL)
    *keamanan = LAYANAN_KEAMANAN_TERBATAS, *has_keamanan = TRUE;

  if (strstr (lower, "sangat segera") != NULL || strstr (lower, "amat segera") != NULL ||
      strstr (lower, "kilat") != NULL)
    *kecepatan = LAYANAN_KECEPATAN_AMAT_SEGERA, *has_kecepatan = TRUE;
  else if (strstr (lower, "segera") != NULL)
    *kecepatan = LAYANAN_KECEPATAN_SEGERA, *has_kecepatan = TRUE;

  /* "Biasa" names the security class; a "Biasa" beside "Segera" adds nothing. */
  if (!*has_keamanan && !*has_kecepatan && strstr (lower, "biasa") != NULL)
    *keamanan = LAYANAN_KEAMANAN_BIASA, *has_keamanan = TRUE;

  return *has_keamanan || *has_kecepatan;
}

/* ----------------------------------------------------------- the reading */

typedef struct
{
  GPtrArray           *lines;
  guint                header_end;   /* the first line of the body */
  LayananLetterFields *fields;
  int                  date_rank;    /* of the date found so far; lower wins */
  gboolean             has_layout;   /* typed with columns, not a text layer or OCR */
} Reader;

enum
{
  RANK_PLACE_DATE_HEADER,
  RANK_TANGGAL_LABEL,
  RANK_PLACE_DATE_ELSEWHERE,
  RANK_BARE_DATE_HEADER,
  RANK_NONE,
};

static const char *
line_at (Reader *reader,
         guint   i)
{
  return g_ptr_array_index (reader->lines, i);
}

static void
offer_date (Reader     *reader,
            int         rank,
            const GDate *date,
            char       *printed)
{
  LayananLetterFields *fields = reader->fields;

  if (rank >= reader->date_rank)
    {
      g_free (printed);
      return;
    }

  reader->date_rank = rank;
  g_free (fields->tanggal);
  g_free (fields->tanggal_text);
  fields->tanggal = layanan_date_format_iso (date);
  fields->tanggal_text = printed;
}

/* "Kepada", "Kepada Yth.", "Yth.", "Yang terhormat" at the start of
 * @text; *rest is what follows (the addressee, maybe empty). */
static gboolean
match_kepada (const char  *text,
              const char **rest)
{
  const char *p = skip_spaces (text);
  const char *word = p;
  g_autofree char *folded = NULL;
  gboolean found = FALSE;

  while (g_ascii_isalnum (*p) || *p == '|')
    p++;
  folded = fold_ocr (word, p - word);

  /* Exact words only: "Kepala" is one letter away from "Kepada". */
  if (is_word (folded, "kepada"))
    {
      found = TRUE;
      while (*p == ' ' || *p == ':' || *p == '.')
        p++;
      word = p;
      while (g_ascii_isalnum (*p))
        p++;
      g_free (folded);
      folded = fold_ocr (word, p - word);
      if (!is_word (folded, "yth"))
        p = word;
    }
  else if (is_word (folded, "yth"))
    found = TRUE;
  else if (has_prefix_ci (word, "yang terhormat"))
    {
      found = TRUE;
      p = word + strlen ("yang terhormat");
    }

  if (!found)
    return FALSE;
  while (*p == ' ' || *p == ':' || *p == '.' || *p == ',')
    p++;
  *rest = p;
  return TRUE;
}

/* "di", "di -", "di-", "di Pontianak", "Di Tempat", "Tempat": where the
 * address block ends. */
static gboolean
is_di_line (const char *text)
{
  const char *p = skip_spaces (text);

  if (has_prefix_ci (p, "tempat"))
    return TRUE;
  if (!has_prefix_ci (p, "di"))
    return FALSE;
  p += 2;
  return *p == '\0' || *p == ' ' || *p == '-' || *p == ':' || *p == '.' ||
         g_str_has_prefix (p, "–") || g_str_has_prefix (p, "—");
}

static gboolean
is_date_segment (const char *text)
{
  GDate date;
  g_autofree char *printed = NULL;
  g_autofree char *other = NULL;

  return parse_place_date (text, &date, &printed) || parse_bare_date (text, &date, &other) ||
         is_place_hijri_date (text);
}

static gboolean
is_body_opener (const char *text)
{
  return starts_with_any (skip_spaces (text), body_openers, G_N_ELEMENTS (body_openers));
}

/* Body text: a long line of many words that is no label and no address. */
static gboolean
is_prose (const char *line)
{
  const char *p = skip_spaces (line);
  const char *value;
  const char *rest;

  if (strlen (p) < PROSE_LENGTH || count_words (p) < 8 || strstr (p, "   ") != NULL)
    return FALSE;
  return match_label (p, &value) == LABEL_NONE && match_value_line (p) == NULL &&
         !match_kepada (p, &rest);
}

static gboolean
is_header_stop (const char *line)
{
  const char *value;
  const char *rest;
  const char *p = skip_spaces (line);

  return match_label (p, &value) != LABEL_NONE || match_value_line (p) != NULL ||
         match_kepada (p, &rest) || is_di_line (p) || is_body_opener (p) || is_date_segment (p);
}

static void
find_header_end (Reader *reader)
{
  gboolean header_seen = FALSE;

  reader->header_end = reader->lines->len;
  for (guint i = 0; i < reader->lines->len; i++)
    {
      const char *line = line_at (reader, i);
      const char *value;
      const char *rest;

      if (header_seen && (is_body_opener (skip_spaces (line)) || is_prose (line)))
        {
          reader->header_end = i;
          return;
        }
      if (match_label (line, &value) != LABEL_NONE || match_kepada (line, &rest))
        header_seen = TRUE;
    }
}

/* Removes spaces around slashes ("005 / 123 / 2025"), mends digits OCR
 * read as letters, and cuts a date printed after the number
 * ("4512/UN22.9/2025 5 Nov. 2025"), offering it as the letter's date. */
static char *
clean_nomor (Reader     *reader,
             const char *value)
{
  GString *out = g_string_new (NULL);
  g_autoptr(GString) fixed = g_string_new (NULL);
  const char *p = value;
  const char *tail;

  for (; *p != '\0'; p++)
    {
      if (*p == ' ' && (p[1] == '/' || (out->len > 0 && out->str[out->len - 1] == '/')))
        continue;
      g_string_append_c (out, *p);
    }

  tail = strchr (out->str, ' ');
  if (tail != NULL)
    {
      GDate date;
      char *printed = NULL;

      if (parse_place_date (tail + 1, &date, &printed) || parse_bare_date (tail + 1, &date, &printed))
        offer_date (reader, RANK_BARE_DATE_HEADER, &date, printed);
      g_string_truncate (out, tail - out->str);
    }

  /* Mend each piece between separators on its own: "2O25" but not "BKD". */
  for (p = out->str; *p != '\0';)
    {
      gsize n = strcspn (p, "/.-");
      g_autofree char *piece = fix_ocr_roman (p, n);

      g_string_append (fixed, piece);
      p += n;
      if (*p != '\0')
        g_string_append_c (fixed, *p++);
    }

  g_string_free (out, TRUE);
  strip_trailing_punctuation (fixed->str);
  return g_strdup (fixed->str);
}

static gboolean
is_empty_value (const char *value)
{
  static const char * const empty[] = {
    "-", "--", "–", "—", "nihil", "tidak ada", "tidak", "0", "",
  };

  return value == NULL || str_in (value, empty, G_N_ELEMENTS (empty));
}

/* The wrapped lines of a Hal after line @i, where the value started at
 * column @value_col; typed wrapped lines start at that column, a text
 * layer or OCR keeps no columns. */
static void
append_wrapped_hal (Reader  *reader,
                    guint    i,
                    int      value_col,
                    GString *hal)
{
  int taken = 0, blanks = 0;

  for (guint j = i + 1; j < reader->header_end && taken < MAX_WRAPPED_LINES; j++)
    {
      const char *line = line_at (reader, j);
      g_autoptr(GArray) segments = NULL;
      Segment *first;

      /* OCR puts a blank line between the lines of a block; a typed
       * letter's Hal ends at one. */
      if (is_blank (line) && !reader->has_layout && blanks++ == 0)
        continue;
      if (is_blank (line) || is_header_stop (line))
        return;

      segments = line_segments (line);
      first = &g_array_index (segments, Segment, 0);

      /* Only the right column (Kepada …) on this line: look further. */
      if (first->col >= RIGHT_COLUMN && value_col < RIGHT_COLUMN)
        {
          taken++;
          continue;
        }
      if (reader->has_layout && ABS (first->col - value_col) > 3)
        return;
      if (!reader->has_layout && (strlen (first->text) > 70 || is_prose (line)))
        return;

      g_string_append_c (hal, ' ');
      g_string_append (hal, first->text);
      taken++;
    }
}

/* A number cut at a slash or hyphen by a narrow column goes on. */
static void
append_wrapped_nomor (Reader *reader,
                      guint   i)
{
  LayananLetterFields *fields = reader->fields;
  gsize len = strlen (fields->nomor);
  const char *next;

  if (len == 0 || strchr ("/-.", fields->nomor[len - 1]) == NULL || i + 1 >= reader->header_end)
    return;

  next = skip_spaces (line_at (reader, i + 1));
  if (*next != '\0' && strchr (next, ' ') == NULL && !is_header_stop (next))
    {
      char *joined = g_strconcat (fields->nomor, next, NULL);

      g_free (fields->nomor);
      fields->nomor = joined;
    }
}

static void
set_field (Reader     *reader,
           Label       label,
           const char *value_text,
           guint       i,
           int         value_col)
{
  LayananLetterFields *fields = reader->fields;
  g_autofree char *value = label_value (value_text);

  switch (label)
    {
    case LABEL_NOMOR:
      if (fields->nomor == NULL && !is_empty_value (value))
        {
          fields->nomor = clean_nomor (reader, value);
          append_wrapped_nomor (reader, i);
        }
      break;

    case LABEL_TANGGAL:
      {
        GDate date;
        char *printed = NULL;

        if (parse_date (value, &date, &printed, NULL) == PARSE_OK)
          offer_date (reader, RANK_TANGGAL_LABEL, &date, printed);
      }
      break;

    case LABEL_SIFAT:
      if (fields->sifat_text == NULL && !is_empty_value (value))
        {
          fields->sifat_text = g_strdup (value);
          layanan_letter_sifat_parse (value, &fields->has_keamanan, &fields->keamanan,
                                      &fields->has_kecepatan, &fields->kecepatan);
        }
      break;

    case LABEL_LAMPIRAN:
      if (fields->lampiran == NULL && !is_empty_value (value))
        fields->lampiran = g_steal_pointer (&value);
      break;

    case LABEL_HAL:
      if (fields->hal == NULL && !is_empty_value (value))
        {
          GString *hal = g_string_new (value);

          append_wrapped_hal (reader, i, value_col, hal);
          fields->hal = g_string_free (hal, FALSE);
        }
      break;

    case LABEL_NONE:
    case N_LABELS:
    default:
      break;
    }
}

/* Labels with their value beside them, and a PDF's column of bare labels
 * followed by its column of ": value" lines, matched in order. */
static void
read_labels (Reader *reader)
{
  g_autoptr(GQueue) pending = g_queue_new ();

  for (guint i = 0; i < reader->header_end; i++)
    {
      const char *line = line_at (reader, i);
      const char *value = NULL;
      Label label = match_label (line, &value);

      if (label != LABEL_NONE && *value == '\0')
        g_queue_push_tail (pending, GINT_TO_POINTER (label));
      else if (label != LABEL_NONE)
        set_field (reader, label, value, i, (int) (value - line));
      else if ((value = match_value_line (line)) != NULL && !g_queue_is_empty (pending))
        set_field (reader, GPOINTER_TO_INT (g_queue_pop_head (pending)), value, i,
                   (int) (value - line));
    }
}

/* The date after a place ("Pontianak, 6 Nop 2025") wins over a line
 * labelled Tanggal, then a place and date below the body (above the
 * signature), then a bare date in the header. Dates inside the body, an
 * invitation's "Hari/Tanggal" and the numbers of the Nomor never count. */
static void
read_date (Reader *reader)
{
  for (guint i = 0; i < reader->lines->len; i++)
    {
      const char *line = line_at (reader, i);
      const char *value;
      gboolean header = i < reader->header_end;
      gboolean skip;
      g_autoptr(GArray) segments = NULL;

      if (is_blank (line))
        continue;
      /* A label's own value is never read for a date: that keeps the
       * numbers of the Nomor out (clean_nomor offers a date printed after
       * the number). */
      segments = line_segments (line);
      skip = match_label (line, &value) != LABEL_NONE || match_value_line (line) != NULL;
      for (guint s = skip ? 1 : 0; s < segments->len; s++)
        {
          const char *text = g_array_index (segments, Segment, s).text;
          GDate date;
          char *printed = NULL;

          if (parse_place_date (text, &date, &printed))
            offer_date (reader, header ? RANK_PLACE_DATE_HEADER : RANK_PLACE_DATE_ELSEWHERE,
                        &date, printed);
          else if (is_place_hijri_date (text))
            {
              /* The Masehi date is on the next line: "4 November 2025 M". */
              for (guint j = i + 1; j < MIN (i + 3, reader->lines->len); j++)
                {
                  g_autofree char *next = collapse_spaces (line_at (reader, j), -1);

                  if (parse_bare_date (next, &date, &printed))
                    {
                      offer_date (reader, header ? RANK_PLACE_DATE_HEADER
                                                 : RANK_PLACE_DATE_ELSEWHERE, &date, printed);
                      break;
                    }
                }
            }
          else if (header && parse_bare_date (text, &date, &printed))
            offer_date (reader, RANK_BARE_DATE_HEADER, &date, printed);
        }
    }
}

/* "… Kalimantan Barat di Pontianak" when a text layer ran the address
 * lines together: cut the "di" and the place (one or two capitalised words,
 * or "-"), but keep "di Lingkungan Pemerintah Provinsi …", which is part of
 * the addressee. */
static void
cut_trailing_di (char *kepada)
{
  char *di = NULL;

  for (char *p = strstr (kepada, " di"); p != NULL; p = strstr (p + 1, " di"))
    di = p;
  if (di == NULL || di == kepada)
    return;

  {
    const char *rest = di + 3;
    int words = 0;

    if (*rest != '\0' && *rest != ' ' && *rest != '-')
      return;
    while (*rest == ' ' || *rest == '-')
      rest++;
    if (has_prefix_ci (rest, "lingkungan"))
      return;
    for (const char *p = rest; *p != '\0';)
      {
        if (!g_ascii_isupper (*p) && !has_prefix_ci (p, "tempat"))
          return;
        words++;
        while (*p != '\0' && *p != ' ')
          p++;
        p = skip_spaces (p);
      }
    if (words <= 2)
      *di = '\0';
  }
}

/* "c.q." (casu quo, "in this case": the official who acts for the one
 * addressed), which OCR reads as "c.g.". */
static void
mend_cq (char *kepada)
{
  for (char *p = strstr (kepada, "c.g."); p != NULL; p = strstr (p + 4, "c.g."))
    if (p == kepada || p[-1] == ' ')
      p[2] = 'q';
}

/* The addressee block: "Kepada" / "Yth. …" and the lines under it down to
 * "di -" / "di Pontianak", on the left or in the right column. */
static void
read_kepada (Reader *reader)
{
  for (guint i = 0; i < reader->header_end; i++)
    {
      g_autoptr(GArray) segments = line_segments (line_at (reader, i));

      for (guint s = 0; s < segments->len; s++)
        {
          Segment *segment = &g_array_index (segments, Segment, s);
          g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
          const char *rest;
          int col = segment->col;
          int blanks = 0;

          if (!match_kepada (segment->text, &rest))
            continue;
          if (*rest != '\0')
            g_ptr_array_add (parts, g_strdup (rest));

          for (guint j = i + 1; j < MIN (reader->header_end, i + 9) && parts->len < 6; j++)
            {
              const char *line = line_at (reader, j);
              g_autoptr(GArray) more = NULL;
              g_autoptr(GString) text = g_string_new (NULL);
              const char *value;
              const char *yth;

              /* One blank line is OCR's spacing; two end the block. */
              if (is_blank (line))
                {
                  if (parts->len > 0 && (reader->has_layout || ++blanks > 1))
                    break;
                  continue;
                }
              blanks = 0;

              more = line_segments (line);
              for (guint m = 0; m < more->len; m++)
                {
                  Segment *piece = &g_array_index (more, Segment, m);

                  /* In a two-column header only the right column is the address. */
                  if (col >= RIGHT_COLUMN && piece->col < col - 8)
                    continue;
                  if (text->len > 0)
                    g_string_append_c (text, ' ');
                  g_string_append (text, piece->text);
                }
              if (text->len == 0)
                continue;
              if (is_di_line (text->str) || match_label (text->str, &value) != LABEL_NONE ||
                  match_value_line (text->str) != NULL || is_body_opener (text->str) ||
                  is_date_segment (text->str) || is_prose (text->str))
                break;
              if (match_kepada (text->str, &yth))
                g_ptr_array_add (parts, g_strdup (yth));
              else
                g_ptr_array_add (parts, g_strdup (text->str));
            }

          if (parts->len > 0)
            {
              g_autofree char *joined = NULL;

              g_ptr_array_add (parts, NULL);
              joined = g_strjoinv (" ", (char **) parts->pdata);
              reader->fields->kepada = collapse_spaces (joined, -1);
              cut_trailing_di (reader->fields->kepada);
              mend_cq (reader->fields->kepada);
              strip_trailing_punctuation (reader->fields->kepada);
              if (*reader->fields->kepada == '\0')
                g_clear_pointer (&reader->fields->kepada, g_free);
              return;
            }
        }
    }
}

/* ------------------------------------------------------------- pengirim */

static gboolean
is_roman_numeral (const char *word)
{
  return *word != '\0' && strspn (word, "IVXLC") == strlen (word) && strlen (word) <= 5;
}

/* "DINAS SOSIAL DAN PEMBERDAYAAN" → "Dinas Sosial dan Pemberdayaan";
 * acronyms, words in parentheses and Roman numerals keep their capitals. */
static char *
title_case (const char *text)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *word = words[i];
      g_autofree char *letters = g_strdup (word);

      if (*word == '\0')
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');

      g_strdelimit (letters, ",.;:()\"", ' ');
      g_strstrip (letters);
      if (*word == '(' || str_in (letters, acronyms, G_N_ELEMENTS (acronyms)) ||
          (i > 0 && is_roman_numeral (letters)))
        {
          g_string_append (out, word);
          continue;
        }
      if (i > 0 && str_in (letters, small_words, G_N_ELEMENTS (small_words)))
        {
          g_autofree char *lower = g_ascii_strdown (word, -1);

          g_string_append (out, lower);
          continue;
        }

      /* Capital after a hyphen or slash too: "Gereja-Gereja", "Kabupaten/Kota". */
      for (const char *p = word; *p != '\0'; p++)
        {
          gboolean starts = p == word || !(g_ascii_isalpha (p[-1]) || p[-1] == '\'');

          g_string_append_c (out, starts ? g_ascii_toupper (*p) : g_ascii_tolower (*p));
        }
    }

  return g_string_free (out, FALSE);
}

static char *
display_name (const char *text)
{
  return mostly_upper (text) ? title_case (text) : g_strdup (text);
}

static gboolean
is_address_line (const char *line)
{
  const char *p = skip_spaces (line);

  return starts_with_any (p, address_words, G_N_ELEMENTS (address_words)) ||
         strchr (p, '@') != NULL || strstr (p, "(0") != NULL || g_ascii_isdigit (*p);
}

static gboolean
is_region (const char *text)
{
  return has_prefix_ci (text, "provinsi ") || has_prefix_ci (text, "kabupaten ") ||
         has_prefix_ci (text, "kota ");
}

/* The letterhead's name lines, in order, up to its address. */
static GPtrArray *
letterhead_names (Reader *reader)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < reader->lines->len && i < 10; i++)
    {
      const char *line = line_at (reader, i);

      /* OCR may put blank lines between the letterhead's lines. */
      if (is_blank (line))
        continue;
      if (line_indent (line) >= RIGHT_COLUMN || is_header_stop (line) ||
          is_address_line (line) || !mostly_upper (line))
        break;
      g_ptr_array_add (names, collapse_spaces (line, -1));
    }

  return names;
}

/* "PEMERINTAH PROVINSI KALIMANTAN BARAT / DINAS SOSIAL" → "Dinas Sosial
 * Provinsi Kalimantan Barat"; "UNIVERSITAS X / FAKULTAS Y" → "Fakultas Y
 * Universitas X"; a ministry above its office is left out; a regional
 * head's own letterhead ("BUPATI KETAPANG") is the head. */
static char *
compose_letterhead (GPtrArray *names)
{
  g_autoptr(GString) name = g_string_new (NULL);
  g_autofree char *region = NULL;
  g_autofree char *parent = NULL;
  guint first = 0;

  if (names->len == 0)
    return NULL;

  if (starts_with_any (g_ptr_array_index (names, 0),
                       (const char * const[]) { "BUPATI ", "WALI KOTA ", "WALIKOTA ", "GUBERNUR " }, 4))
    return display_name (g_ptr_array_index (names, 0));

  if (has_prefix_ci (g_ptr_array_index (names, 0), "pemerintah "))
    {
      region = g_strdup ((char *) g_ptr_array_index (names, 0) + strlen ("pemerintah "));
      first = 1;
    }
  else if (names->len > 1 && (has_prefix_ci (g_ptr_array_index (names, 0), "kementerian ") ||
                              has_prefix_ci (g_ptr_array_index (names, 0), "kementrian ")))
    first = 1;

  for (guint i = first; i < names->len; i++)
    {
      const char *line = g_ptr_array_index (names, i);

      if (i + 1 < names->len && parent == NULL && name->len == 0 &&
          starts_with_any (line, (const char * const[]) { "UNIVERSITAS ", "INSTITUT ",
                                                          "POLITEKNIK ", "SEKOLAH TINGGI ",
                                                          "AKADEMI " }, 5))
        {
          parent = g_strdup (line);
          continue;
        }
      if (name->len > 0)
        g_string_append_c (name, ' ');
      g_string_append (name, line);
    }

  if (parent != NULL)
    g_string_append_printf (name, " %s", parent);
  if (region != NULL && is_region (region))
    {
      g_autofree char *upper = g_ascii_strup (name->str, -1);
      g_autofree char *region_upper = g_ascii_strup (region, -1);

      if (strstr (upper, region_upper) == NULL)
        g_string_append_printf (name, " %s", region);
    }

  if (name->len == 0)
    return NULL;
  return display_name (name->str);
}

static gboolean
is_signature_filler (const char *text)
{
  static const char * const fillers[] = {
    "ttd", "ttd.", "(ttd)", "ttd,", "dto", "cap", "cap dan ttd", "materai", "meterai",
  };

  return str_in (text, fillers, G_N_ELEMENTS (fillers));
}

static gboolean
is_rank_line (const char *text)
{
  static const char * const ranks[] = {
    "pembina", "penata", "pengatur", "juru", "nip", "nrp", "nik", "nidn",
  };

  return starts_with_any (text, ranks, G_N_ELEMENTS (ranks));
}

/* Without a letterhead: the jabatan of the signature block, the lines
 * between "Hormat kami," (or the body) and the signer's name. */
static char *
signature_jabatan (Reader *reader)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) joined = g_string_new (NULL);
  int i = (int) reader->lines->len - 1;

  /* The name: the last line that is not a rank, NIP, or blank. */
  while (i >= 0 && (is_blank (line_at (reader, i)) ||
                    is_rank_line (skip_spaces (line_at (reader, i)))))
    i--;
  /* The signature is below the body; a letter without one has none. */
  if (i < 0 || i < (int) reader->header_end)
    return NULL;
  i--;

  for (; i >= (int) reader->header_end && parts->len < 5; i--)
    {
      g_autofree char *text = collapse_spaces (line_at (reader, i), -1);

      if (*text == '\0' || is_signature_filler (text))
        {
          if (parts->len > 0 && *text == '\0')
            break;
          continue;
        }
      if (has_prefix_ci (text, "hormat kami") || has_prefix_ci (text, "wassalam") ||
          has_prefix_ci (text, "demikian") || is_date_segment (text) || is_prose (text) ||
          (text[strlen (text) - 1] == '.' && count_words (text) > 4))
        break;
      g_ptr_array_insert (parts, 0, g_steal_pointer (&text));
    }

  for (guint k = 0; k < parts->len; k++)
    {
      if (k > 0)
        g_string_append_c (joined, ' ');
      g_string_append (joined, g_ptr_array_index (parts, k));
    }
  strip_trailing_punctuation (joined->str);
  if (*joined->str == '\0')
    return NULL;
  return display_name (joined->str);
}

static void
read_pengirim (Reader *reader)
{
  g_autoptr(GPtrArray) names = letterhead_names (reader);

  reader->fields->pengirim = compose_letterhead (names);
  if (reader->fields->pengirim == NULL)
    reader->fields->pengirim = signature_jabatan (reader);
}

/* ------------------------------------------------------------ public API */

/**
 * layanan_letter_fields_extract:
 * @text: (nullable): the letter's text, all pages
 *
 * Returns: (transfer full): the fields found; never %NULL, a field is %NULL
 *   when the letter does not show it.
 */
LayananLetterFields *
layanan_letter_fields_extract (const char *text)
{
  LayananLetterFields *fields = g_new0 (LayananLetterFields, 1);
  Reader reader = { 0 };

  if (text == NULL || *text == '\0')
    return fields;

  reader.lines = split_lines (text);
  reader.fields = fields;
  reader.date_rank = RANK_NONE;

  for (guint i = 0; i < reader.lines->len && !reader.has_layout; i++)
    reader.has_layout = line_indent (g_ptr_array_index (reader.lines, i)) >= 4;

  find_header_end (&reader);
  read_labels (&reader);
  read_date (&reader);
  read_kepada (&reader);
  read_pengirim (&reader);

  g_ptr_array_unref (reader.lines);
  return fields;
}

void
layanan_letter_fields_free (LayananLetterFields *fields)
{
  if (fields == NULL)
    return;

  g_free (fields->nomor);
  g_free (fields->tanggal);
  g_free (fields->tanggal_text);
  g_free (fields->sifat_text);
  g_free (fields->lampiran);
  g_free (fields->hal);
  g_free (fields->pengirim);
  g_free (fields->kepada);
  g_free (fields);
}
