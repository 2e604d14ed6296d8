/* layanan-standard-parser.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-standard-parser"

#include "config.h"

#include "layanan-standard-parser.h"

#include <string.h>

#include <glib/gi18n.h>

#include "layanan-error.h"

/* Reads a Standar Pelayanan as the bureaus write them: headed sections
 * ("1. Persyaratan", "## 1. Persyaratan"), two numberings (A 1–6, B 1–8),
 * lettered, numbered and dashed items nested by indentation or by style,
 * components run together on one line by a PDF or a word processor, several
 * services in one document, and the matrix `| No | Komponen | Uraian |`.
 * What it cannot place is kept as a note; what looks wrong is flagged. */

/* Heading spellings, as lower-case words without "dan", "atau" and "serta",
 * so that punctuation, "dan/atau" and brackets do not matter. */
static const struct
{
  LayananComponentKind  kind;
  const char           *words;
} variants[] = {
  { LAYANAN_COMPONENT_PERSYARATAN, "persyaratan" },
  { LAYANAN_COMPONENT_PERSYARATAN, "persyaratan pelayanan" },
  { LAYANAN_COMPONENT_PERSYARATAN, "persyaratan layanan" },
  { LAYANAN_COMPONENT_PERSYARATAN, "syarat" },
  { LAYANAN_COMPONENT_PERSYARATAN, "syarat syarat" },
  { LAYANAN_COMPONENT_PROSEDUR, "sistem mekanisme prosedur" },
  { LAYANAN_COMPONENT_PROSEDUR, "sistem mekanisme prosedur pelayanan" },
  { LAYANAN_COMPONENT_PROSEDUR, "mekanisme prosedur" },
  { LAYANAN_COMPONENT_PROSEDUR, "sistem prosedur" },
  { LAYANAN_COMPONENT_PROSEDUR, "prosedur" },
  { LAYANAN_COMPONENT_PROSEDUR, "prosedur pelayanan" },
  { LAYANAN_COMPONENT_PROSEDUR, "alur pelayanan" },
  { LAYANAN_COMPONENT_JANGKA_WAKTU, "jangka waktu" },
  { LAYANAN_COMPONENT_JANGKA_WAKTU, "jangka waktu pelayanan" },
  { LAYANAN_COMPONENT_JANGKA_WAKTU, "jangka waktu layanan" },
  { LAYANAN_COMPONENT_JANGKA_WAKTU, "jangka waktu penyelesaian" },
  { LAYANAN_COMPONENT_JANGKA_WAKTU, "jangka waktu pelayanan penyelesaian" },
  { LAYANAN_COMPONENT_JANGKA_WAKTU, "jangka waktu penyelesaian pelayanan" },
  { LAYANAN_COMPONENT_JANGKA_WAKTU, "waktu pelayanan" },
  { LAYANAN_COMPONENT_JANGKA_WAKTU, "waktu layanan" },
  { LAYANAN_COMPONENT_JANGKA_WAKTU, "waktu penyelesaian" },
  { LAYANAN_COMPONENT_JANGKA_WAKTU, "waktu penyelesaian pelayanan" },
  { LAYANAN_COMPONENT_BIAYA, "biaya" },
  { LAYANAN_COMPONENT_BIAYA, "tarif" },
  { LAYANAN_COMPONENT_BIAYA, "biaya tarif" },
  { LAYANAN_COMPONENT_BIAYA, "biaya pelayanan" },
  { LAYANAN_COMPONENT_BIAYA, "biaya layanan" },
  { LAYANAN_COMPONENT_BIAYA, "biaya tarif pelayanan" },
  { LAYANAN_COMPONENT_PRODUK, "produk" },
  { LAYANAN_COMPONENT_PRODUK, "produk pelayanan" },
  { LAYANAN_COMPONENT_PRODUK, "produk layanan" },
  { LAYANAN_COMPONENT_PRODUK, "hasil pelayanan" },
  { LAYANAN_COMPONENT_PRODUK, "produk hasil pelayanan" },
  { LAYANAN_COMPONENT_PENGADUAN, "penanganan pengaduan saran masukan" },
  { LAYANAN_COMPONENT_PENGADUAN, "penanganan pengaduan saran masukan apresiasi" },
  { LAYANAN_COMPONENT_PENGADUAN, "penanganan pengaduan saran" },
  { LAYANAN_COMPONENT_PENGADUAN, "penanganan pengaduan" },
  { LAYANAN_COMPONENT_PENGADUAN, "pengelolaan pengaduan" },
  { LAYANAN_COMPONENT_PENGADUAN, "pengaduan" },
  { LAYANAN_COMPONENT_PENGADUAN, "pengaduan saran masukan" },
  { LAYANAN_COMPONENT_DASAR_HUKUM, "dasar hukum" },
  { LAYANAN_COMPONENT_DASAR_HUKUM, "dasar hukum pelayanan" },
  { LAYANAN_COMPONENT_DASAR_HUKUM, "landasan hukum" },
  { LAYANAN_COMPONENT_SARANA, "sarana prasarana fasilitas" },
  { LAYANAN_COMPONENT_SARANA, "sarana prasarana fasilitas pelayanan" },
  { LAYANAN_COMPONENT_SARANA, "sarana prasarana" },
  { LAYANAN_COMPONENT_SARANA, "sarana fasilitas" },
  { LAYANAN_COMPONENT_SARANA, "fasilitas" },
  { LAYANAN_COMPONENT_KOMPETENSI, "kompetensi pelaksana" },
  { LAYANAN_COMPONENT_KOMPETENSI, "kompetensi pelaksana pelayanan" },
  { LAYANAN_COMPONENT_KOMPETENSI, "kompetensi petugas" },
  { LAYANAN_COMPONENT_KOMPETENSI, "kompetensi" },
  { LAYANAN_COMPONENT_PENGAWASAN, "pengawasan internal" },
  { LAYANAN_COMPONENT_PENGAWASAN, "pengawasan intern" },
  { LAYANAN_COMPONENT_PENGAWASAN, "pengawasan" },
  { LAYANAN_COMPONENT_JUMLAH_PELAKSANA, "jumlah pelaksana" },
  { LAYANAN_COMPONENT_JUMLAH_PELAKSANA, "jumlah pelaksana pelayanan" },
  { LAYANAN_COMPONENT_JUMLAH_PELAKSANA, "jumlah petugas" },
  { LAYANAN_COMPONENT_JAMINAN_PELAYANAN, "jaminan pelayanan" },
  { LAYANAN_COMPONENT_JAMINAN_PELAYANAN, "jaminan layanan" },
  { LAYANAN_COMPONENT_JAMINAN_KEAMANAN, "jaminan keamanan keselamatan pelayanan" },
  { LAYANAN_COMPONENT_JAMINAN_KEAMANAN, "jaminan keamanan keselamatan" },
  { LAYANAN_COMPONENT_JAMINAN_KEAMANAN, "jaminan keamanan" },
  { LAYANAN_COMPONENT_EVALUASI, "evaluasi kinerja pelaksana" },
  { LAYANAN_COMPONENT_EVALUASI, "evaluasi kinerja pelayanan" },
  { LAYANAN_COMPONENT_EVALUASI, "evaluasi kinerja" },
  { LAYANAN_COMPONENT_EVALUASI, "evaluasi" },
};

#define NO_KIND ((LayananComponentKind) -1)
#define MAX_DEPTH 8

typedef enum
{
  MARK_NONE,
  MARK_DASH,
  MARK_LETTER,
  MARK_NUMBER,
  MARK_PAREN,
} MarkStyle;

typedef struct
{
  MarkStyle   style;
  int         ordinal;     /* a = 1, "3)" = 3; 0 for a dash or none */
  int         indent;
  char        marker[8];   /* as printed: "a.", "1)", "-" */
  const char *rest;
} Marker;

typedef struct
{
  MarkStyle style;
  int       indent;
  int       last_ordinal;
  int       count;
} Level;

typedef struct
{
  GPtrArray            *services;
  LayananStandard      *service;      /* borrowed from services */
  LayananComponentKind  current;
  Level                 levels[MAX_DEPTH];
  guint                 depth;
  gboolean              numbering_flagged;
  gboolean              service_numbered;
  int                   service_number;
  char                 *pending_title;
} Parser;

/* Words of @text, lower case, with where each ends; "dan", "atau" and
 * "serta" are left out. */
static guint
tokenize (const char *text,
          char      **words,
          gsize      *ends,
          gboolean   *capitalized,
          guint       max_words)
{
  guint n = 0;
  const char *p = text;

  while (*p != '\0' && n < max_words)
    {
      const char *start;
      g_autofree char *word = NULL;
      gunichar first;

      while (*p != '\0' && !g_unichar_isalnum (g_utf8_get_char (p)))
        {
          /* A heading ends at a colon or at the start of the text proper. */
          if (*p == ':' || *p == ';')
            return n;
          p = g_utf8_next_char (p);
        }
      if (*p == '\0')
        break;

      start = p;
      first = g_utf8_get_char (p);
      while (*p != '\0' && g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);

      word = g_utf8_strdown (start, p - start);
      if (g_str_equal (word, "dan") || g_str_equal (word, "atau") || g_str_equal (word, "serta"))
        {
          if (n > 0)
            ends[n - 1] = p - text;
          continue;
        }

      words[n] = g_steal_pointer (&word);
      ends[n] = p - text;
      capitalized[n] = g_unichar_isupper (first);
      n++;
    }

  return n;
}

/* The longest heading spelling that @text starts with; *end is the byte
 * offset just past it. */
static gboolean
match_prefix (const char           *text,
              gboolean              title_case,
              guint                 min_words,
              LayananComponentKind *kind,
              gsize                *end)
{
  char *words[8] = { NULL, };
  gsize ends[8];
  gboolean capitalized[8];
  guint n = tokenize (text, words, ends, capitalized, G_N_ELEMENTS (words));
  guint best_len = 0;
  gboolean found = FALSE;

  for (guint v = 0; v < G_N_ELEMENTS (variants); v++)
    {
      g_auto(GStrv) want = g_strsplit (variants[v].words, " ", -1);
      guint len = g_strv_length (want);
      gboolean ok = len <= n && len >= min_words && len > best_len;

      for (guint i = 0; ok && i < len; i++)
        ok = g_str_equal (want[i], words[i]) && (!title_case || capitalized[i]);

      if (ok)
        {
          best_len = len;
          *kind = variants[v].kind;
          *end = ends[len - 1];
          found = TRUE;
        }
    }

  for (guint i = 0; i < n; i++)
    g_free (words[i]);

  return found;
}

static gboolean
only_punctuation (const char *p)
{
  for (; *p != '\0'; p++)
    if (!g_ascii_isspace (*p) && !strchr (":.*-()", *p))
      return FALSE;
  return TRUE;
}

gboolean
layanan_standard_match_component (const char           *heading,
                                  LayananComponentKind *kind)
{
  LayananComponentKind found;
  gsize end;

  g_return_val_if_fail (heading != NULL, FALSE);

  if (!match_prefix (heading, FALSE, 1, &found, &end) || !only_punctuation (heading + end))
    return FALSE;

  if (kind != NULL)
    *kind = found;
  return TRUE;
}

/* Markdown and word-processor decoration off: "## **1. Dasar Hukum**",
 * "*Online*", "[a@b](mailto:a@b)", "1\.", non-breaking spaces. */
static char *
clean_line (const char *line,
            int        *heading_level)
{
  GString *out = g_string_new (NULL);
  const char *p = line;

  *heading_level = 0;
  while (*p == ' ')
    p++;
  if (*p == '#')
    {
      while (*p == '#')
        {
          (*heading_level)++;
          p++;
        }
      while (*p == ' ' || *p == '\t')
        p++;
    }
  else
    p = line;

  if (g_str_has_prefix (p, "* "))
    {
      g_string_append (out, "- ");
      p += 2;
    }

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);

      if (*p == '*' || *p == '\r' || (*p == '_' && p[1] == '_'))
        {
          p += *p == '_' ? 2 : 1;
          continue;
        }
      if (*p == '\\' && p[1] != '\0' && strchr (".-*#_[]()", p[1]))
        {
          g_string_append_c (out, p[1]);
          p += 2;
          continue;
        }
      if (*p == '[')
        {
          const char *close = strstr (p, "](");
          const char *paren_close = close != NULL ? strchr (close, ')') : NULL;

          if (close != NULL && paren_close != NULL && memchr (p, '\n', close - p) == NULL)
            {
              g_string_append_len (out, p + 1, close - p - 1);
              p = paren_close + 1;
              continue;
            }
        }
      if (c == 0x00A0 || c == 0x202F || c == '\f' || c == '\v')
        {
          g_string_append_c (out, ' ');
          p = g_utf8_next_char (p);
          continue;
        }

      g_string_append_unichar (out, c);
      p = g_utf8_next_char (p);
    }

  while (out->len > 0 && g_ascii_isspace (out->str[out->len - 1]))
    g_string_truncate (out, out->len - 1);

  return g_string_free (out, FALSE);
}

static void
parse_marker (const char *line,
              Marker     *m)
{
  const char *p = line;
  gboolean dash = FALSE;

  memset (m, 0, sizeof *m);
  while (*p == ' ' || *p == '\t')
    {
      m->indent += *p == '\t' ? 2 : 1;
      p++;
    }

  if ((*p == '-' || g_str_has_prefix (p, "•") || g_str_has_prefix (p, "–")) &&
      (p[*p == '-' ? 1 : 3] == ' ' || p[*p == '-' ? 1 : 3] == '\t'))
    {
      dash = TRUE;
      p += *p == '-' ? 1 : 3;
      while (*p == ' ' || *p == '\t')
        p++;
    }

  if (g_ascii_islower (*p) && (p[1] == '.' || p[1] == ')') &&
      (p[2] == ' ' || p[2] == '\t' || p[2] == '\0'))
    {
      m->style = MARK_LETTER;
      m->ordinal = *p - 'a' + 1;
      g_snprintf (m->marker, sizeof m->marker, "%c%c", *p, p[1]);
      p += 2;
    }
  else if (g_ascii_isdigit (*p))
    {
      const char *q = p;
      int value = 0;

      while (g_ascii_isdigit (*q) && q - p < 3)
        value = value * 10 + (*q++ - '0');

      if ((*q == '.' || *q == ')') && (q[1] == ' ' || q[1] == '\t' || q[1] == '\0'))
        {
          m->style = *q == '.' ? MARK_NUMBER : MARK_PAREN;
          m->ordinal = value;
          g_snprintf (m->marker, sizeof m->marker, "%d%c", value, *q);
          p = q + 1;
        }
    }

  if (m->style == MARK_NONE && dash)
    {
      m->style = MARK_DASH;
      g_strlcpy (m->marker, "-", sizeof m->marker);
    }

  while (*p == ' ' || *p == '\t')
    p++;
  m->rest = p;
}

static gboolean
is_all_caps (const char *text)
{
  gboolean any = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_islower (c))
        return FALSE;
      any |= g_unichar_isupper (c);
    }

  return any;
}

static guint
count_words (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t", -1);
  guint n = 0;

  for (guint i = 0; words[i] != NULL; i++)
    n += *words[i] != '\0';
  return n;
}

static char *
strip_item (const char *text)
{
  char *copy = g_strstrip (g_strdup (text));
  gsize len = strlen (copy);

  while (len > 0 && (copy[len - 1] == ';' || copy[len - 1] == ','))
    copy[--len] = '\0';
  return g_strstrip (copy);
}

static void
flag (Parser     *parser,
      const char *format,
      ...) G_GNUC_PRINTF (2, 3);

static void
flag (Parser     *parser,
      const char *format,
      ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  layanan_standard_add_review_flag (parser->service, message);
}

static const char *
current_name (Parser *parser)
{
  return layanan_component_kind_get_name (parser->current);
}

static void
set_service_name (LayananStandard *service,
                  const char      *name)
{
  g_autofree char *clean = g_strstrip (g_strdup (name));
  gsize len = strlen (clean);

  while (len > 0 && (clean[len - 1] == '.' || clean[len - 1] == ':'))
    clean[--len] = '\0';
  layanan_standard_set_name (service, g_strstrip (clean));
}

static void
new_service (Parser     *parser,
             const char *name)
{
  LayananStandard *service = layanan_standard_new (NULL);

  if (name != NULL)
    set_service_name (service, name);
  /* A document of several services is one unit's. */
  if (parser->service != NULL)
    layanan_standard_set_unit_name (service, layanan_standard_get_unit_name (parser->service));

  g_ptr_array_add (parser->services, service);
  parser->service = service;
  parser->current = NO_KIND;
  parser->depth = 0;
  parser->numbering_flagged = FALSE;
}

static gboolean
service_has_components (LayananStandard *service)
{
  for (guint i = 0; i < LAYANAN_N_COMPONENTS; i++)
    if (layanan_standard_has_component (service, i))
      return TRUE;
  return FALSE;
}

static void
start_component (Parser               *parser,
                 LayananComponentKind  kind,
                 int                   printed_number)
{
  parser->current = kind;
  parser->depth = 0;
  parser->numbering_flagged = FALSE;
  layanan_standard_set_has_component (parser->service, kind, TRUE);

  if (printed_number > 0 && printed_number != layanan_component_kind_get_number (kind))
    flag (parser, _("“%s” is numbered %d in the document, but it is number %d of part %c "
                    "of the standard"),
          layanan_component_kind_get_name (kind), printed_number,
          layanan_component_kind_get_number (kind), layanan_component_kind_get_group (kind));
}

static void
append_text (Parser     *parser,
             const char *line)
{
  const char *old = layanan_standard_get_text (parser->service, parser->current);
  g_autofree char *joined = NULL;

  if (old != NULL && *old != '\0')
    joined = g_strconcat (old, "\n", line, NULL);
  layanan_standard_set_text (parser->service, parser->current, joined != NULL ? joined : line);
}

static void
flag_numbering (Parser *parser)
{
  if (parser->numbering_flagged)
    return;
  parser->numbering_flagged = TRUE;
  flag (parser, _("The items of “%s” are not numbered in sequence; check that none is "
                  "missing or repeated"), current_name (parser));
}

static void
add_item (Parser       *parser,
          const Marker *m,
          const char   *text)
{
  GPtrArray *items = layanan_standard_get_items (parser->service, parser->current);
  g_autofree char *clean = strip_item (text);
  const char *last = items->len > 0 ? g_ptr_array_index (items, items->len - 1) : NULL;
  gboolean child = FALSE;
  guint level;

  if (parser->depth == 0)
    {
      parser->depth = 1;
      parser->levels[0] = (Level) { m->style, m->indent, 0, 0 };

      /* "Pelayanan yang …" then "b. Apabila …": the first item lost its letter. */
      if (m->ordinal == 2 && items->len == 0 &&
          layanan_standard_get_text (parser->service, parser->current) != NULL &&
          strchr (layanan_standard_get_text (parser->service, parser->current), '\n') == NULL)
        {
          g_autofree char *first = g_strdup (layanan_standard_get_text (parser->service,
                                                                        parser->current));

          layanan_standard_set_text (parser->service, parser->current, NULL);
          layanan_standard_add_item (parser->service, parser->current, first);
          parser->levels[0].last_ordinal = 1;
          parser->levels[0].count = 1;
          flag (parser, _("The first item of “%s” has no letter or number in the document"),
                current_name (parser));
        }
    }
  else
    {
      int found = -1;

      while (parser->depth > 1 && m->indent < parser->levels[parser->depth - 1].indent)
        parser->depth--;

      if (m->indent > parser->levels[parser->depth - 1].indent)
        child = TRUE;
      else
        {
          for (int j = (int) parser->depth - 1; j >= 0; j--)
            if (parser->levels[j].style == m->style &&
                parser->levels[j].indent == parser->levels[parser->depth - 1].indent)
              {
                found = j;
                break;
              }

          if (found >= 0)
            parser->depth = (guint) found + 1;
          else if (last != NULL && g_str_has_suffix (last, ":"))
            child = TRUE;
          else if (m->ordinal == 1)
            child = TRUE;
          else
            {
              /* "- Pengaduan dapat …" then "b. Alur …": the dashes counted. */
              Level *top = &parser->levels[parser->depth - 1];

              top->style = m->style;
              top->last_ordinal = top->count;
            }
        }

      if (child && parser->depth < MAX_DEPTH)
        {
          parser->levels[parser->depth] = (Level) { m->style, m->indent, 0, 0 };
          parser->depth++;
        }
    }

  level = parser->depth - 1;
  parser->levels[level].count++;
  if (m->ordinal > 0)
    {
      if (m->ordinal != parser->levels[level].last_ordinal + 1)
        flag_numbering (parser);
      parser->levels[level].last_ordinal = m->ordinal;
    }
  else
    {
      if (parser->levels[level].last_ordinal > 0)
        flag_numbering (parser);
      if (parser->levels[level].last_ordinal > 0)
        parser->levels[level].last_ordinal++;
    }

  if (level == 0)
    layanan_standard_add_item (parser->service, parser->current, clean);
  else
    {
      g_autofree char *nested = g_strdup_printf ("%s %s", m->marker, clean);

      layanan_standard_add_item (parser->service, parser->current, nested);
    }
}

/* Where the next marker of a run-together list starts ("…;b. Pengawasan"):
 * the letter or number after @m, then a space and a capital. */
static const char *
find_next_inline_marker (const char *text,
                         MarkStyle   style,
                         int         ordinal)
{
  char want[8];
  gsize want_len;

  if (style == MARK_LETTER && ordinal < 26)
    g_snprintf (want, sizeof want, "%c.", 'a' + ordinal);
  else if (style == MARK_PAREN)
    g_snprintf (want, sizeof want, "%d)", ordinal + 1);
  else
    return NULL;
  want_len = strlen (want);

  for (const char *p = strstr (text, want); p != NULL; p = strstr (p + 1, want))
    {
      char before = p > text ? p[-1] : ' ';
      const char *after = p + want_len;

      if (p == text)
        continue;
      if (!(before == ' ' || before == '\t' || before == ';' || before == '.' || before == ',' ||
            (style == MARK_LETTER && g_ascii_islower (before))))
        continue;
      while (*after == ' ')
        after++;
      if (after == p + want_len && style != MARK_LETTER)
        continue;
      if (g_unichar_isupper (g_utf8_get_char (after)))
        return p;
    }

  return NULL;
}

static gboolean
looks_like_complaints (const char *text)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);

  return strstr (lower, "pengaduan dapat") != NULL;
}

static void
feed_body (Parser     *parser,
           const char *line)
{
  Marker m;
  g_autofree char *rest_copy = NULL;
  const char *rest;

  parse_marker (line, &m);
  if (*m.rest == '\0' && m.style == MARK_NONE)
    return;

  if (parser->current == NO_KIND)
    {
      if (looks_like_complaints (m.rest))
        {
          start_component (parser, LAYANAN_COMPONENT_PENGADUAN, 0);
          flag (parser, _("“%s” has no heading in the document; it was recognized from its "
                          "content"), current_name (parser));
        }
      else
        {
          g_autofree char *note = g_strstrip (g_strdup (line));

          const char *colon = strchr (note, ':');

          if (colon != NULL && g_ascii_strncasecmp (note, "unit", 4) == 0)
            layanan_standard_set_unit_name (parser->service, g_strstrip ((char *) colon + 1));
          else if (layanan_standard_get_name (parser->service) == NULL)
            set_service_name (parser->service, note);
          else
            layanan_standard_add_note (parser->service, note);
          return;
        }
    }

  if (m.style == MARK_NONE)
    {
      GPtrArray *items = layanan_standard_get_items (parser->service, parser->current);
      const char *text = layanan_standard_get_text (parser->service, parser->current);
      gboolean has_content = items->len > 0 || (text != NULL && *text != '\0');
      g_autofree char *clean = g_strstrip (g_strdup (m.rest));
      const char *first_item = find_next_inline_marker (clean, MARK_LETTER, 0);

      /* "yang a. Pelayanan diberikan … b. Apabila …": a list after a few
       * stray words, as a PDF puts a table cell's lines together. */
      if (first_item != NULL)
        {
          g_autofree char *prefix = g_strndup (clean, first_item - clean);

          if (count_words (prefix) <= 3)
            {
              g_strstrip (prefix);
              if (*prefix != '\0')
                append_text (parser, prefix);
              feed_body (parser, first_item);
              return;
            }
        }

      if (items->len > 0 && g_unichar_islower (g_utf8_get_char (clean)))
        {
          char *last = g_ptr_array_index (items, items->len - 1);

          items->pdata[items->len - 1] = g_strconcat (last, " ", clean, NULL);
          g_free (last);
        }
      else if (has_content &&
               ((is_all_caps (clean) && count_words (clean) >= 3) || strstr (clean, "NIP") != NULL))
        layanan_standard_add_note (parser->service, clean);
      else if (items->len > 0)
        {
          Marker plain = { MARK_NONE, 0, m.indent, "-", clean };

          add_item (parser, &plain, clean);
        }
      else
        append_text (parser, clean);
      return;
    }

  /* One or several items on the line. */
  rest = m.rest;
  while (TRUE)
    {
      const char *next = find_next_inline_marker (rest, m.style, m.ordinal);

      if (next == NULL)
        {
          add_item (parser, &m, rest);
          break;
        }

      rest_copy = g_strndup (rest, next - rest);
      add_item (parser, &m, rest_copy);
      g_clear_pointer (&rest_copy, g_free);

      m.ordinal++;
      if (m.style == MARK_LETTER)
        g_snprintf (m.marker, sizeof m.marker, "%c.", 'a' + m.ordinal - 1);
      else
        g_snprintf (m.marker, sizeof m.marker, "%d)", m.ordinal);
      rest = next + strlen (m.marker);
      while (*rest == ' ')
        rest++;
    }
}

/* A component heading inside a line, as PDFs run them together ("…tanggung
 * jawab. Pengawasan Internal a. Pejabat…"): title case, two words or more,
 * a component that has not come yet. */
static const char *
find_inline_heading (Parser               *parser,
                     const char           *text,
                     LayananComponentKind *kind,
                     gsize                *length)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      LayananComponentKind found;
      gsize end;

      if (p > text && p[-1] != ' ' && p[-1] != '\t')
        continue;
      if (!g_ascii_isupper (*p))
        continue;
      if (!match_prefix (p, TRUE, 2, &found, &end))
        continue;
      if (parser->current != NO_KIND && found <= parser->current)
        continue;
      if (layanan_standard_has_component (parser->service, found))
        continue;
      if (p[end] != '\0' && p[end] != ' ' && p[end] != '\t' && p[end] != ':')
        continue;

      *kind = found;
      *length = end;
      return p;
    }

  return NULL;
}

/* "5. 5 (lima) orang" after "Jumlah Pelaksana": the component's own number. */
static const char *
skip_own_number (const char           *text,
                 LayananComponentKind  kind)
{
  Marker m;

  while (*text == ' ' || *text == '\t' || *text == ':')
    text++;
  parse_marker (text, &m);
  if (m.style == MARK_NUMBER && m.ordinal == layanan_component_kind_get_number (kind))
    return m.rest;
  return text;
}

static gboolean
split_inline (Parser     *parser,
              const char *line)
{
  LayananComponentKind kind;
  gsize length;
  const char *p = find_inline_heading (parser, line, &kind, &length);
  g_autofree char *before = NULL;
  const char *body;

  if (p == NULL || parser->current == NO_KIND)
    return FALSE;

  flag (parser, _("Several components run together on one line in the document; check where "
                  "each one begins and ends"));

  /* "3. a. Ruang … WIFI public Kompetensi Pelaksana": the number printed at
   * the start belongs to the heading at the end. */
  before = g_strndup (line, p - line);
  {
    Marker m;

    parse_marker (before, &m);
    if (m.style == MARK_NUMBER && m.ordinal == layanan_component_kind_get_number (kind))
      {
        char *moved = g_strdup (m.rest);

        g_free (before);
        before = moved;
      }
  }
  feed_body (parser, before);

  start_component (parser, kind, 0);
  body = skip_own_number (p + length, kind);
  if (!split_inline (parser, body))
    feed_body (parser, body);

  return TRUE;
}

static gboolean
is_part_heading (const char *line)
{
  g_autofree char *lower = g_utf8_strdown (line, -1);

  return (g_str_has_prefix (line, "A.") || g_str_has_prefix (line, "B.") ||
          g_str_has_prefix (line, "A ") || g_str_has_prefix (line, "B ")) &&
         (strstr (lower, "komponen") != NULL || strstr (lower, "service delivery") != NULL ||
          strstr (lower, "manufacturing") != NULL);
}

static gboolean
title_like (const char *text)
{
  gsize len = strlen (text);

  return len > 0 && count_words (text) <= 15 && text[len - 1] != ';' && text[len - 1] != ',' &&
         g_unichar_isupper (g_utf8_get_char (text));
}

static void
flush_pending (Parser *parser)
{
  g_autofree char *pending = g_steal_pointer (&parser->pending_title);

  if (pending != NULL)
    feed_body (parser, pending);
}

static void
process_heading (Parser               *parser,
                 LayananComponentKind  kind,
                 int                   number,
                 const char           *body)
{
  /* The same heading again: the next service of the document begins. */
  if (layanan_standard_has_component (parser->service, kind) && kind != parser->current)
    {
      g_autofree char *title = g_steal_pointer (&parser->pending_title);

      new_service (parser, title);
      if (title == NULL)
        flag (parser, _("The service has no name in the document; enter its name"));
    }
  else
    flush_pending (parser);

  start_component (parser, kind, number);
  if (body != NULL && *body != '\0' && !split_inline (parser, body))
    feed_body (parser, body);
}

static void
process_matrix_row (Parser     *parser,
                    const char *line)
{
  g_auto(GStrv) cells = g_strsplit (line, "|", -1);
  g_autoptr(GPtrArray) row = g_ptr_array_new ();
  const char *komponen = NULL;
  const char *uraian = NULL;
  int number = 0;

  for (guint i = 0; cells[i] != NULL; i++)
    {
      g_strstrip (cells[i]);
      /* The pipes at both ends leave empty cells outside the table. */
      if ((i == 0 || cells[i + 1] == NULL) && *cells[i] == '\0')
        continue;
      g_ptr_array_add (row, cells[i]);
    }

  if (row->len == 0)
    return;

  /* Separator "|---|---|" and header "| No | Komponen | Uraian |". */
  {
    gboolean separator = TRUE;
    g_autofree char *second = row->len > 1 ? g_utf8_strdown (g_ptr_array_index (row, 1), -1)
                                           : NULL;

    for (guint i = 0; i < row->len; i++)
      for (const char *p = g_ptr_array_index (row, i); *p != '\0'; p++)
        separator &= *p == '-' || *p == ':' || *p == ' ';
    if (separator || g_strcmp0 (second, "komponen") == 0)
      return;
  }

  if (row->len >= 3)
    {
      number = atoi (g_ptr_array_index (row, 0));
      komponen = g_ptr_array_index (row, 1);
      uraian = g_ptr_array_index (row, 2);
    }
  else if (row->len == 2)
    {
      komponen = g_ptr_array_index (row, 0);
      uraian = g_ptr_array_index (row, 1);
    }
  else
    uraian = g_ptr_array_index (row, 0);

  if (komponen != NULL && *komponen != '\0')
    {
      LayananComponentKind kind;

      if (layanan_standard_match_component (komponen, &kind))
        process_heading (parser, kind, number, NULL);
      else
        {
          g_autofree char *note = g_strdup_printf ("%s: %s", komponen, uraian);

          layanan_standard_add_note (parser->service, note);
          return;
        }
    }

  if (uraian != NULL)
    {
      g_autoptr(GRegex) br = g_regex_new ("<br\\s*/?>", G_REGEX_CASELESS, 0, NULL);
      g_autofree char *lines = g_regex_replace_literal (br, uraian, -1, 0, "\n", 0, NULL);
      g_auto(GStrv) parts = g_strsplit (lines, "\n", -1);

      for (guint i = 0; parts[i] != NULL; i++)
        if (parser->current == NO_KIND || !split_inline (parser, parts[i]))
          feed_body (parser, parts[i]);
    }
}

static void
process_line (Parser     *parser,
              const char *raw)
{
  int heading_level;
  g_autofree char *line = clean_line (raw, &heading_level);
  g_autofree char *trimmed = g_strstrip (g_strdup (line));
  Marker m;

  if (*trimmed == '\0')
    return;

  if (*trimmed == '|')
    {
      flush_pending (parser);
      process_matrix_row (parser, trimmed);
      return;
    }

  if (is_part_heading (trimmed))
    return;

  /* "STANDAR PELAYANAN <name>" or "# <name>": a service's title. */
  if (g_ascii_strncasecmp (trimmed, "STANDAR PELAYANAN", 17) == 0 &&
      (trimmed[17] == '\0' || trimmed[17] == ' ' || trimmed[17] == ':'))
    {
      const char *name = trimmed + 17;

      while (*name == ' ' || *name == ':' || *name == '-')
        name++;
      if (*name == '\0')
        return;
      flush_pending (parser);
      if (service_has_components (parser->service) ||
          layanan_standard_get_name (parser->service) != NULL)
        new_service (parser, name);
      else
        layanan_standard_set_name (parser->service, name);
      return;
    }

  /* A matrix as a PDF's text layer gives it: "No Komponen Uraian", then
   * rows "1 Persyaratan a. Surat …", the number without its period. */
  {
    g_autofree char *lower = g_utf8_strdown (trimmed, -1);
    const char *p = trimmed;
    int number = 0;
    LayananComponentKind kind;
    gsize end;

    if (g_regex_match_simple ("^no\\.?\\s+komponen\\s+uraian$", lower, 0, 0))
      return;

    while (g_ascii_isdigit (*p) && p - trimmed < 2)
      number = number * 10 + (*p++ - '0');
    if (number > 0 && (*p == ' ' || *p == '\t'))
      {
        while (*p == ' ' || *p == '\t')
          p++;
        if (match_prefix (p, FALSE, 1, &kind, &end) &&
            number == layanan_component_kind_get_number (kind) &&
            (p[end] == '\0' || p[end] == ' ' || p[end] == '\t' || p[end] == ':'))
          {
            process_heading (parser, kind, number, skip_own_number (p + end, kind));
            return;
          }
      }
  }

  parse_marker (trimmed, &m);

  if (m.style == MARK_NONE || m.style == MARK_NUMBER)
    {
      LayananComponentKind kind;
      gsize end;

      if (match_prefix (m.rest, FALSE, 1, &kind, &end))
        {
          const char *after = m.rest + end;

          while (*after != '\0' && strchr (" \t*.()", *after) != NULL)
            after++;

          /* "Prosedur :" under "Sistem, Mekanisme dan Prosedur" is a label. */
          if (m.style == MARK_NONE && heading_level == 0 && kind == parser->current)
            ;
          else if (*after == '\0')
            {
              process_heading (parser, kind, m.ordinal, NULL);
              return;
            }
          else if (*after == ':' && (m.style == MARK_NUMBER || heading_level > 0 ||
                                     count_words (m.rest) <= 12))
            {
              process_heading (parser, kind, m.ordinal, after + 1);
              return;
            }
        }
    }

  if (heading_level == 1 && m.style == MARK_NONE)
    {
      flush_pending (parser);
      if (service_has_components (parser->service))
        new_service (parser, m.rest);
      else if (layanan_standard_get_name (parser->service) == NULL)
        layanan_standard_set_name (parser->service, m.rest);
      else
        layanan_standard_add_note (parser->service, m.rest);
      return;
    }

  /* "1. Pelayanan Peliputan Kegiatan Pimpinan": a numbered service title,
   * before any component or after the last of the one before. */
  if (m.style == MARK_NUMBER && m.indent == 0 && title_like (m.rest))
    {
      if (parser->current == NO_KIND && !service_has_components (parser->service))
        {
          flush_pending (parser);
          const char *earlier = layanan_standard_get_name (parser->service);

          if (earlier != NULL)
            layanan_standard_add_note (parser->service, earlier);
          set_service_name (parser->service, m.rest);
          parser->service_numbered = TRUE;
          parser->service_number = m.ordinal;
          return;
        }
      if (parser->service_numbered && m.ordinal == parser->service_number + 1 &&
          parser->current >= LAYANAN_COMPONENT_DASAR_HUKUM &&
          !(parser->depth > 0 && parser->levels[0].style == MARK_NUMBER &&
            parser->levels[0].last_ordinal + 1 == m.ordinal))
        {
          flush_pending (parser);
          new_service (parser, m.rest);
          parser->service_number = m.ordinal;
          return;
        }
    }

  if (parser->current != NO_KIND)
    {
      flush_pending (parser);

      /* An unmarked line after the last component may name the next service. */
      if (m.style == MARK_NONE && parser->current == LAYANAN_COMPONENT_EVALUASI &&
          title_like (m.rest) && !is_all_caps (m.rest) &&
          service_has_components (parser->service))
        {
          parser->pending_title = g_strdup (m.rest);
          return;
        }

      if (split_inline (parser, line))
        return;
    }

  feed_body (parser, line);
}

/* Typed values derived from the text as printed. */

static char *
component_lines (LayananStandard      *service,
                 LayananComponentKind  kind)
{
  GPtrArray *items = layanan_standard_get_items (service, kind);
  const char *text = layanan_standard_get_text (service, kind);
  GString *out = g_string_new (text);

  for (guint i = 0; i < items->len; i++)
    {
      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, g_ptr_array_index (items, i));
    }

  return g_string_free (out, FALSE);
}

static const char *
after_label (const char *line)
{
  const char *colon = strchr (line, ':');

  if (colon != NULL && count_words (line) - count_words (colon) <= 3)
    line = colon + 1;
  while (*line == ' ')
    line++;
  return line;
}

static char *
strip_trailing (const char *text)
{
  char *copy = g_strstrip (g_strdup (text));
  gsize len = strlen (copy);

  while (len > 0 && strchr (";.,", copy[len - 1]))
    copy[--len] = '\0';
  return copy;
}

static void
derive_completion (Parser *parser)
{
  g_autofree char *text = component_lines (parser->service, LAYANAN_COMPONENT_JANGKA_WAKTU);
  g_auto(GStrv) lines = NULL;
  LayananDuration duration;
  g_autofree char *clean = NULL;

  if (*text == '\0')
    return;

  lines = g_strsplit (text, "\n", -1);
  clean = strip_trailing (after_label (lines[0]));
  if (g_strv_length (lines) == 1 && layanan_duration_parse (clean, &duration, NULL))
    layanan_standard_set_completion (parser->service, &duration);
  else
    {
      g_autofree char *one_line = g_strjoinv ("; ", lines);

      flag (parser, _("The completion time “%s” could not be read as one duration; enter the "
                      "time deadlines should count from"), one_line);
    }
}

static void
derive_fee (Parser *parser)
{
  g_autofree char *text = component_lines (parser->service, LAYANAN_COMPONENT_BIAYA);
  g_autofree char *lower = g_utf8_strdown (text, -1);
  const char *rp;

  if (*text == '\0')
    return;

  if (strstr (lower, "gratis") != NULL || strstr (lower, "tidak dipungut") != NULL ||
      strstr (lower, "tanpa biaya") != NULL || strstr (lower, "tidak ada biaya") != NULL ||
      strstr (lower, "tidak dikenakan") != NULL || g_str_equal (g_strstrip (lower), "0") ||
      g_str_equal (lower, "nihil") || g_str_equal (lower, "-"))
    {
      layanan_standard_set_fee (parser->service, 0);
      return;
    }

  rp = strstr (lower, "rp");
  if (rp != NULL)
    {
      const char *p = rp + 2;
      gint64 value = 0;
      guint n_digits = 0;

      while (*p == '.' || *p == ' ')
        p++;
      for (; g_ascii_isdigit (*p) || (*p == '.' && g_ascii_isdigit (p[1])); p++)
        if (g_ascii_isdigit (*p) && ++n_digits <= 15)
          value = value * 10 + (*p - '0');

      if (n_digits > 0 && n_digits <= 15)
        {
          layanan_standard_set_fee (parser->service, value);
          return;
        }
    }

  flag (parser, _("The fee “%s” could not be read as an amount in rupiah; enter it by hand"),
        text);
}

static void
derive_staff (Parser *parser)
{
  g_autofree char *text = component_lines (parser->service,
                                           LAYANAN_COMPONENT_JUMLAH_PELAKSANA);
  const char *p = text;
  int value = 0;
  guint n_digits = 0;

  if (*text == '\0')
    return;

  while (*p == ' ')
    p++;
  for (; g_ascii_isdigit (*p) && n_digits < 6; p++, n_digits++)
    value = value * 10 + (*p - '0');

  if (n_digits > 0 && !g_ascii_isdigit (*p))
    layanan_standard_set_staff_count (parser->service, value);
  else
    flag (parser, _("The number of staff “%s” could not be read; enter it by hand"), text);
}

static void
add_channel_from (Parser     *parser,
                  const char *item)
{
  g_autofree char *lower = g_utf8_strdown (item, -1);
  g_autofree char *label = NULL;
  g_autofree char *value = NULL;
  const char *colon = strchr (item, ':');

  if (strstr (lower, "sp4n") != NULL || strstr (lower, "lapor.go.id") != NULL)
    {
      layanan_standard_add_channel (parser->service, "sp4n_lapor", "www.lapor.go.id", NULL);
      return;
    }
  /* As data/reference/unit-channels.tsv keeps them: whom to meet, which box. */
  if (strstr (lower, "tatap muka") != NULL)
    {
      const char *whom = strstr (item, "kepada ");

      layanan_standard_add_channel (parser->service, "tatap_muka",
                                    whom != NULL ? whom + strlen ("kepada ") : item, NULL);
      return;
    }
  if (strstr (lower, "kotak pengaduan") != NULL)
    {
      layanan_standard_add_channel (parser->service, "kotak_pengaduan", "Kotak Pengaduan", NULL);
      return;
    }
  if (strstr (lower, "kotak saran") != NULL)
    {
      layanan_standard_add_channel (parser->service, "kotak_pengaduan", "Kotak Saran", NULL);
      return;
    }
  if (colon == NULL)
    return;

  label = g_strstrip (g_utf8_strdown (item, colon - item));
  value = g_strstrip (g_strdup (colon + 1));

  if (g_str_equal (label, "wa") || g_str_has_prefix (label, "whatsapp") ||
      g_str_equal (label, "hp/wa") || g_str_has_prefix (label, "wa "))
    layanan_standard_add_channel (parser->service, "whatsapp", value, NULL);
  else if (g_str_has_prefix (label, "fax") || g_str_has_prefix (label, "faks") ||
           g_str_has_prefix (label, "faximile"))
    layanan_standard_add_channel (parser->service, "faksimile", value, NULL);
  else if (g_str_has_prefix (label, "e-mail") || g_str_has_prefix (label, "email") ||
           g_str_has_prefix (label, "surel") || g_str_has_prefix (label, "surat elektronik"))
    layanan_standard_add_channel (parser->service, "email", value, NULL);
  else if (g_str_has_prefix (label, "telepon") || g_str_has_prefix (label, "telp") ||
           g_str_has_prefix (label, "tel") || g_str_has_prefix (label, "phone"))
    {
      g_autoptr(GRegex) ext = g_regex_new ("^(.*?)[\\s,]*(?:ext|ekst|pes|psw)\\.?\\s*(\\d+)\\s*$",
                                           G_REGEX_CASELESS, 0, NULL);
      g_autoptr(GMatchInfo) match = NULL;

      if (g_regex_match (ext, value, 0, &match))
        {
          g_autofree char *number = g_match_info_fetch (match, 1);
          g_autofree char *extension = g_match_info_fetch (match, 2);

          layanan_standard_add_channel (parser->service, "telepon", number, extension);
        }
      else
        layanan_standard_add_channel (parser->service, "telepon", value, NULL);
    }
}

static gboolean
add_category_from (Parser     *parser,
                   const char *item)
{
  g_autoptr(GRegex) regex =
    g_regex_new ("^(.+?),?\\s+(?:selambat-lambatnya|paling lambat|maksimal|maks\\.)\\s+(.+)$",
                 G_REGEX_CASELESS, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *name = NULL;
  g_autofree char *deadline_text = NULL;
  g_autofree char *clean = NULL;
  LayananDuration deadline;

  if (!g_regex_match (regex, item, 0, &match))
    return FALSE;

  name = g_match_info_fetch (match, 1);
  deadline_text = g_match_info_fetch (match, 2);
  clean = strip_trailing (deadline_text);

  if (layanan_duration_parse (clean, &deadline, NULL))
    layanan_standard_add_category (parser->service, g_strstrip (name), &deadline);
  else
    flag (parser, _("The complaint deadline “%s” could not be read; enter it by hand"), item);

  return TRUE;
}

static void
derive_complaints (Parser *parser)
{
  g_autofree char *text = component_lines (parser->service, LAYANAN_COMPONENT_PENGADUAN);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      Marker m;
      g_autofree char *item = NULL;

      parse_marker (lines[i], &m);
      item = strip_trailing (m.rest);
      if (*item == '\0')
        continue;
      if (!add_category_from (parser, item))
        add_channel_from (parser, item);
    }
}

static GHashTable *
key_words (const char *text)
{
  static const char * const ignored[] = {
    "layanan", "pelayanan", "fasilitasi", "dan", "atau", "serta", "yang", "di", "ke", "dari",
    "untuk", NULL
  };
  GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *lower = g_utf8_strdown (text, -1);
  g_auto(GStrv) parts = g_regex_split_simple ("[^[:alnum:]]+", lower, 0, 0);

  for (guint i = 0; parts[i] != NULL; i++)
    if (*parts[i] != '\0' && !g_strv_contains (ignored, parts[i]))
      g_hash_table_add (words, g_strdup (parts[i]));
  return words;
}

/* 000 prints "Layanan Penyusunan Naskah Sambutan/Pidato" as the product of
 * "Fasilitasi Penyusunan Kebijakan Daerah": a product named like a service
 * that is not this one. */
static void
check_product (Parser *parser)
{
  const char *product = layanan_standard_get_text (parser->service, LAYANAN_COMPONENT_PRODUK);
  const char *name = layanan_standard_get_name (parser->service);
  g_autoptr(GHashTable) product_words = NULL;
  g_autoptr(GHashTable) name_words = NULL;
  GHashTableIter iter;
  gpointer word;

  if (product == NULL || name == NULL)
    return;
  if (!g_str_has_prefix (product, "Layanan") && !g_str_has_prefix (product, "Pelayanan") &&
      !g_str_has_prefix (product, "Fasilitasi"))
    return;

  product_words = key_words (product);
  name_words = key_words (name);
  g_hash_table_iter_init (&iter, product_words);
  while (g_hash_table_iter_next (&iter, &word, NULL))
    {
      if (!g_hash_table_contains (name_words, word))
        {
          flag (parser, _("The product “%s” looks like the name of another service; check it "
                          "against the service “%s”"), product, name);
          return;
        }
    }
}

static void
flag_missing (Parser *parser)
{
  guint n_missing = 0;

  for (guint i = 0; i < LAYANAN_N_COMPONENTS; i++)
    n_missing += !layanan_standard_has_component (parser->service, i);

  if (n_missing > 0)
    flag (parser, g_dngettext (GETTEXT_PACKAGE,
                               "%u of the 14 components is missing from the document; add it "
                               "or confirm that it does not apply",
                               "%u of the 14 components are missing from the document; add "
                               "them or confirm that they do not apply",
                               n_missing),
          n_missing);
}

static void
finish_service (Parser *parser)
{
  flag_missing (parser);
  derive_completion (parser);
  derive_fee (parser);
  derive_staff (parser);
  derive_complaints (parser);
  check_product (parser);
  if (layanan_standard_get_name (parser->service) == NULL)
    flag (parser, _("The service has no name in the document; enter its name"));
}

static gboolean
set_invalid (GError    **error,
             const char *format,
             ...) G_GNUC_PRINTF (2, 3);

static gboolean
set_invalid (GError    **error,
             const char *format,
             ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT, message);
  return FALSE;
}

GPtrArray *
layanan_standard_parse_data (const char  *data,
                             gsize        length,
                             const char  *source_name,
                             GError     **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (source_name == NULL)
    source_name = _("the document");

  if (length > 0 && memchr (data, '\0', length) != NULL)
    {
      set_invalid (error, _("“%s” is not a text document (it holds binary data)"), source_name);
      return NULL;
    }
  if (!g_utf8_validate_len (data, length, NULL))
    {
      set_invalid (error, _("“%s” is not a text document in UTF-8"), source_name);
      return NULL;
    }

  text = g_strndup (data, length);
  return layanan_standard_parse_text (text, source_name, error);
}

/**
 * layanan_standard_parse_text:
 * @text: the document as UTF-8 text
 * @source_name: (nullable): the file name to quote in messages
 *
 * Returns: (transfer full) (element-type LayananStandard): one standard per
 *   service found, in document order, with review flags and notes.
 */
GPtrArray *
layanan_standard_parse_text (const char  *text,
                             const char  *source_name,
                             GError     **error)
{
  Parser parser = { 0, };
  g_autoptr(GPtrArray) services = NULL;
  g_autoptr(GPtrArray) result = NULL;
  g_auto(GStrv) lines = NULL;
  gboolean blank = TRUE;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (source_name == NULL)
    source_name = _("the document");

  if (!g_utf8_validate (text, -1, NULL))
    {
      set_invalid (error, _("“%s” is not a text document in UTF-8"), source_name);
      return NULL;
    }

  for (const char *p = text; *p != '\0' && blank; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      blank = g_unichar_isspace (c) || c == 0x00A0 || c == 0xFEFF;
    }
  if (blank)
    {
      set_invalid (error, _("“%s” is empty"), source_name);
      return NULL;
    }

  for (const char *p = text; *p != '\0'; p++)
    {
      if ((guchar) *p < 0x20 && *p != '\n' && *p != '\r' && *p != '\t' && *p != '\f')
        {
          set_invalid (error, _("“%s” is not a text document (it holds binary data)"),
                       source_name);
          return NULL;
        }
    }

  services = g_ptr_array_new_with_free_func (g_object_unref);
  parser.services = services;
  new_service (&parser, NULL);

  lines = g_strsplit_set (g_str_has_prefix (text, "\xEF\xBB\xBF") ? text + 3 : text, "\n\f", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    process_line (&parser, lines[i]);
  flush_pending (&parser);

  result = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < services->len; i++)
    {
      LayananStandard *service = g_ptr_array_index (services, i);

      /* Headings before the first service ("JENIS DAN PRODUK LAYANAN") hold
       * no component; their text goes to the next service as a note. */
      if (!service_has_components (service))
        {
          if (i + 1 < services->len)
            {
              LayananStandard *next = g_ptr_array_index (services, i + 1);
              GPtrArray *notes = layanan_standard_get_notes (service);

              if (layanan_standard_get_name (service) != NULL)
                layanan_standard_add_note (next, layanan_standard_get_name (service));
              for (guint j = 0; j < notes->len; j++)
                layanan_standard_add_note (next, g_ptr_array_index (notes, j));
            }
          continue;
        }

      parser.service = service;
      parser.current = NO_KIND;
      finish_service (&parser);
      g_ptr_array_add (result, g_object_ref (service));
    }

  g_free (parser.pending_title);

  if (result->len == 0)
    {
      set_invalid (error, _("No component of a Standar Pelayanan (such as “Persyaratan” or "
                            "“Dasar Hukum”) was found in “%s”"), source_name);
      return NULL;
    }

  return g_steal_pointer (&result);
}
