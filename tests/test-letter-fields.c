/* test-letter-fields.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "layanan-error.h"
#include "layanan-letter-fields.h"
#include "layanan-letter-fixtures.h"
#include "layanan-pdf-text.h"

/* Untranslated (no setlocale): messages are the English source strings. */

static void
assert_fields_match (const char                *name,
                     const LayananLetterFields *fields,
                     GHashTable                *expected)
{
  for (guint f = 0; f < LETTER_FIXTURE_N_FIELDS; f++)
    {
      const char *field = letter_fixture_fields[f];
      const char *want = g_hash_table_lookup (expected, field);
      const char *got = letter_fixture_field_value (fields, field);

      if (want == NULL)
        g_error ("%s.expected has no line for %s", name, field);
      if (g_strcmp0 (want, got) != 0)
        g_error ("%s: %s is “%s”, expected “%s”", name, field, got, want);
    }
}

static GHashTable *
fixture_expected (const char *stem)
{
  g_autofree char *dir = letter_fixtures_dir ();
  g_autofree char *path = g_strdup_printf ("%s/%s.expected", dir, stem);
  g_autoptr(GError) error = NULL;
  GHashTable *expected = letter_fixture_read_expected (path, &error);

  g_assert_no_error (error);
  return expected;
}

/* The letter as typed: every field exactly as its .expected says. */
static void
test_fixture_text (gconstpointer data)
{
  const char *stem = data;
  g_autofree char *dir = letter_fixtures_dir ();
  g_autofree char *path = g_strdup_printf ("%s/%s.txt", dir, stem);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) expected = fixture_expected (stem);
  g_autoptr(LayananLetterFields) fields = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);

  fields = layanan_letter_fields_extract (text);
  assert_fields_match (stem, fields, expected);
}

/* The same letter laid out in a born-digital PDF, read back through its
 * text layer: columns split apart, labels apart from their values, lines
 * wrapped elsewhere. */
static void
test_fixture_pdf (gconstpointer data)
{
  const char *stem = data;
  g_autofree char *dir = letter_fixtures_dir ();
  g_autofree char *path = g_strdup_printf ("%s/%s.pdf", dir, stem);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) expected = fixture_expected (stem);
  g_autoptr(LayananLetterFields) fields = NULL;
  g_autofree char *name = g_strconcat (stem, ".pdf", NULL);

  text = layanan_pdf_extract_text (path, &error);
  g_assert_no_error (error);

  fields = layanan_letter_fields_extract (text);
  assert_fields_match (name, fields, expected);
}

/* Enough letters of each kind that a change in the folder shows. */
static void
test_fixture_set (void)
{
  g_autofree char *dir = letter_fixtures_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stems = letter_fixtures_list (dir, &error);
  guint scans = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (stems->len, >=, 22);
  for (guint i = 0; i < stems->len; i++)
    {
      const char *stem = g_ptr_array_index (stems, i);
      g_autofree char *txt = g_strdup_printf ("%s/%s.txt", dir, stem);
      g_autofree char *pdf = g_strdup_printf ("%s/%s.pdf", dir, stem);

      g_assert_true (g_file_test (txt, G_FILE_TEST_IS_REGULAR));
      g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
      for (const char * const *ext = (const char * const[]) { "png", "jpg", "tif", "pdf", NULL };
           *ext != NULL; ext++)
        {
          g_autofree char *scan = g_strdup_printf ("%s/%s.scan.%s", dir, stem, *ext);

          scans += g_file_test (scan, G_FILE_TEST_IS_REGULAR) ? 1 : 0;
        }
    }
  g_assert_cmpuint (scans, >=, 11);
}

/* -------------------------------------------------------------- dates */

static void
assert_date (const char *text,
             int         day,
             GDateMonth  month,
             int         year)
{
  g_autoptr(GError) error = NULL;
  GDate date;

  g_date_clear (&date, 1);
  if (!layanan_letter_date_parse (text, &date, &error))
    g_error ("“%s” was refused: %s", text, error->message);
  if (g_date_get_day (&date) != day || g_date_get_month (&date) != month ||
      g_date_get_year (&date) != year)
    g_error ("“%s” read as %d-%d-%d, expected %d-%d-%d", text, g_date_get_year (&date),
             g_date_get_month (&date), g_date_get_day (&date), year, month, day);
}

static void
test_date_month_names (void)
{
  static const struct
  {
    const char *names;
    GDateMonth  month;
  } months[] = {
    { "Jan Januari January", G_DATE_JANUARY },
    { "Peb Feb Pebruari Februari", G_DATE_FEBRUARY },
    { "Mar Mrt Maret", G_DATE_MARCH },
    { "Apr April", G_DATE_APRIL },
    { "Mei May", G_DATE_MAY },
    { "Jun Juni", G_DATE_JUNE },
    { "Jul Juli", G_DATE_JULY },
    { "Agt Agu Ags Agustus Aug", G_DATE_AUGUST },
    { "Sep Sept September", G_DATE_SEPTEMBER },
    { "Okt Oktober Oct", G_DATE_OCTOBER },
    { "Nop Nov Nopember November", G_DATE_NOVEMBER },
    { "Des Desember Dec", G_DATE_DECEMBER },
  };

  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    {
      g_auto(GStrv) names = g_strsplit (months[i].names, " ", -1);

      for (guint n = 0; names[n] != NULL; n++)
        {
          g_autofree char *upper = g_ascii_strup (names[n], -1);
          g_autofree char *lower = g_ascii_strdown (names[n], -1);
          g_autofree char *plain = g_strdup_printf ("6 %s 2025", names[n]);
          g_autofree char *padded = g_strdup_printf ("06 %s 2025", upper);
          g_autofree char *dotted = g_strdup_printf ("6 %s. 2025", lower);
          g_autofree char *placed = g_strdup_printf ("Pontianak, 6 %s 2025", names[n]);

          assert_date (plain, 6, months[i].month, 2025);
          assert_date (padded, 6, months[i].month, 2025);
          assert_date (dotted, 6, months[i].month, 2025);
          assert_date (placed, 6, months[i].month, 2025);
        }
    }
}

static void
test_date_forms (void)
{
  assert_date ("06/11/2025", 6, G_DATE_NOVEMBER, 2025);
  assert_date ("6-11-2025", 6, G_DATE_NOVEMBER, 2025);
  assert_date ("06.11.2025", 6, G_DATE_NOVEMBER, 2025);
  assert_date ("2025-11-06", 6, G_DATE_NOVEMBER, 2025);
  /* Day first, as Indonesia writes: 03/11 is the 3rd of November. */
  assert_date ("03/11/2025", 3, G_DATE_NOVEMBER, 2025);
  assert_date ("12/01/2025", 12, G_DATE_JANUARY, 2025);
  assert_date ("Pontianak, 07/11/2025", 7, G_DATE_NOVEMBER, 2025);
  assert_date ("Pontianak, 6 Nopember 2025", 6, G_DATE_NOVEMBER, 2025);
  assert_date ("Sungai Raya, 10 Nopember 2025", 10, G_DATE_NOVEMBER, 2025);
  assert_date ("  6   Nop.2025 ", 6, G_DATE_NOVEMBER, 2025);
  assert_date ("6 Nop 2025.", 6, G_DATE_NOVEMBER, 2025);
  assert_date ("4 November 2025 M", 4, G_DATE_NOVEMBER, 2025);
  assert_date ("29/02/2024", 29, G_DATE_FEBRUARY, 2024);
  /* What OCR makes of digits. */
  assert_date ("6 Nop 2O25", 6, G_DATE_NOVEMBER, 2025);
  assert_date ("l0 Maret 2025", 10, G_DATE_MARCH, 2025);
}

static void
assert_refused (const char *text,
                const char *message)
{
  g_autoptr(GError) error = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_JANUARY, 2000);
  g_assert_false (layanan_letter_date_parse (text, &date, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  if (strcmp (error->message, message) != 0)
    g_error ("“%s”: the message is “%s”, expected “%s”", text, error->message, message);
  /* Untouched on failure. */
  g_assert_cmpint (g_date_get_year (&date), ==, 2000);
}

static void
test_date_refused (void)
{
  assert_refused ("31/02/2025", "“31/02/2025” is not a date: February 2025 has 28 days");
  assert_refused ("31 Juni 2025", "“31 Juni 2025” is not a date: June 2025 has 30 days");
  assert_refused ("29 Pebruari 2025", "“29 Pebruari 2025” is not a date: February 2025 has 28 days");
  assert_refused ("Pontianak, 31 Nop 2025",
                  "“Pontianak, 31 Nop 2025” is not a date: November 2025 has 30 days");
  assert_refused ("0/11/2025", "“0/11/2025” is not a date: November 2025 has 30 days");
  assert_refused ("06/13/2025", "“06/13/2025” is not a date: there is no month 13 (months run "
                  "from 1 to 12; the day comes first, as in 06/11/2025)");
  assert_refused ("6 Nopx 2025", "“6 Nopx 2025” is not a date: “Nopx” is not the name of a month");
  assert_refused ("6 November 25", "“6 November 25” is not a date; write it as 6 November 2025 "
                  "or 06/11/2025");
  assert_refused ("", "The date is empty; write it as 6 November 2025 or 06/11/2025");
  assert_refused (NULL, "The date is empty; write it as 6 November 2025 or 06/11/2025");
  assert_refused ("November 2025", "“November 2025” is not a date; write it as 6 November 2025 "
                  "or 06/11/2025");
}

/* Letter numbers end in a year and hold slashes, but are no dates. */
static void
test_date_not_from_letter_number (void)
{
  static const char * const numbers[] = {
    "800/2606/BKD/2025", "005/123/DINSOS-A/2025", "400.9/2417/Dinsos-A/2025",
    "B-2214/Kw.14.1/BA.00/10/2025", "045/FKUB-KB/XI/2025", "12/11/2025/Kesra",
  };

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *letter = NULL;
      g_autofree char *pdf_like = NULL;
      g_autoptr(LayananLetterFields) fields = NULL;
      g_autoptr(LayananLetterFields) pdf_fields = NULL;
      GDate date;

      g_assert_false (layanan_letter_date_parse (numbers[i], &date, &error));

      letter = g_strdup_printf ("DINAS SOSIAL\n\nNomor    : %s\nHal      : Undangan\n\n"
                                "Yth. Kepala Biro\n", numbers[i]);
      fields = layanan_letter_fields_extract (letter);
      g_assert_cmpstr (fields->nomor, ==, numbers[i]);
      g_assert_null (fields->tanggal);

      pdf_like = g_strdup_printf ("DINAS SOSIAL\nNomor\nHal\n: %s\n: Undangan\nYth. Kepala Biro\n",
                                  numbers[i]);
      pdf_fields = layanan_letter_fields_extract (pdf_like);
      g_assert_cmpstr (pdf_fields->nomor, ==, numbers[i]);
      g_assert_null (pdf_fields->tanggal);
    }
}

/* A number shaped like a date is still the number, and the real date wins. */
static void
test_date_beside_number (void)
{
  g_autoptr(LayananLetterFields) numeric = layanan_letter_fields_extract (
    "BADAN X\n\nNomor : 12/11/2025\nHal : Data\n\n                 Pontianak, 3 Mrt 2025\n");
  g_autoptr(LayananLetterFields) beside = layanan_letter_fields_extract (
    "BADAN X\n\nNomor : 4512/UN22.9/PT.01.04/2025 5 Nov. 2025\nHal : Data\n");

  g_assert_cmpstr (numeric->nomor, ==, "12/11/2025");
  g_assert_cmpstr (numeric->tanggal, ==, "2025-03-03");
  g_assert_cmpstr (numeric->tanggal_text, ==, "3 Mrt 2025");
  g_assert_cmpstr (beside->nomor, ==, "4512/UN22.9/PT.01.04/2025");
  g_assert_cmpstr (beside->tanggal, ==, "2025-11-05");
}

/* An invitation's "Hari/Tanggal" is the event, not the letter. */
static void
test_date_of_event (void)
{
  const char *with_date =
    "FORUM X\n\n                       Pontianak, 4 November 2025\n\n"
    "Nomor : 045/FKUB/XI/2025\nHal : Undangan\n\nYth. Kepala Biro\n\n"
    "Dengan hormat, kami mengundang Bapak/Ibu untuk hadir pada acara berikut ini:\n"
    "    Hari/Tanggal : Senin, 10 November 2025\n    Waktu : 09.00 WIB\n";
  const char *without_date =
    "FORUM X\n\nNomor : 045/FKUB/XI/2025\nHal : Undangan\n\nYth. Kepala Biro\n\n"
    "Dengan hormat, kami mengundang Bapak/Ibu untuk hadir pada acara berikut ini:\n"
    "    Hari/Tanggal : Senin, 10 November 2025\n"
    "Senin, 10 November 2025\n"
    "pada tanggal 12 November 2025 di Aula\n";
  g_autoptr(LayananLetterFields) dated = layanan_letter_fields_extract (with_date);
  g_autoptr(LayananLetterFields) undated = layanan_letter_fields_extract (without_date);

  g_assert_cmpstr (dated->tanggal, ==, "2025-11-04");
  g_assert_cmpstr (dated->tanggal_text, ==, "4 November 2025");
  g_assert_null (undated->tanggal);
}

/* The Tanggal label; a place and date above the signature; the Masehi
 * line under a Hijri date. */
static void
test_date_sources (void)
{
  g_autoptr(LayananLetterFields) labelled = layanan_letter_fields_extract (
    "DINAS X\n\nNomor : 1/2/2025\nTanggal : 05.03.2025\nHal : Data\n\nYth. Kepala Biro\n");
  g_autoptr(LayananLetterFields) signed_below = layanan_letter_fields_extract (
    "DINAS X\n\nNomor : 1/2/2025\nHal : Data\n\nYth. Kepala Biro\n\n"
    "Dengan hormat, bersama ini kami sampaikan data yang Bapak minta pada tanggal 2 Maret 2025.\n\n"
    "                                  Singkawang, 12 Maret 2025\n                                  Ketua,\n");
  g_autoptr(LayananLetterFields) hijri = layanan_letter_fields_extract (
    "MAJELIS X\n\n                 Pontianak, 13 Jumadil Awal 1447 H\n"
    "                             4 November 2025 M\n\nNomor : B-1/2025\n");

  g_assert_cmpstr (labelled->tanggal, ==, "2025-03-05");
  g_assert_cmpstr (signed_below->tanggal, ==, "2025-03-12");
  g_assert_cmpstr (hijri->tanggal, ==, "2025-11-04");
}

/* -------------------------------------------------------------- sifat */

static void
test_sifat_mapping (void)
{
  static const struct
  {
    const char *text;
    int         keamanan;     /* -1: none */
    int         kecepatan;
  } cases[] = {
    { "Biasa", LAYANAN_KEAMANAN_BIASA, -1 },
    { "BIASA", LAYANAN_KEAMANAN_BIASA, -1 },
    { "Terbatas", LAYANAN_KEAMANAN_TERBATAS, -1 },
    { "Rahasia", LAYANAN_KEAMANAN_RAHASIA, -1 },
    { "Sangat Rahasia", LAYANAN_KEAMANAN_SANGAT_RAHASIA, -1 },
    { "Segera", -1, LAYANAN_KECEPATAN_SEGERA },
    { "segera.", -1, LAYANAN_KECEPATAN_SEGERA },
    { "Sangat Segera", -1, LAYANAN_KECEPATAN_AMAT_SEGERA },
    { "Amat Segera", -1, LAYANAN_KECEPATAN_AMAT_SEGERA },
    { "SANGAT SEGERA", -1, LAYANAN_KECEPATAN_AMAT_SEGERA },
    { "Kilat", -1, LAYANAN_KECEPATAN_AMAT_SEGERA },
    { "Rahasia/Segera", LAYANAN_KEAMANAN_RAHASIA, LAYANAN_KECEPATAN_SEGERA },
    { "Biasa/Segera", -1, LAYANAN_KECEPATAN_SEGERA },
    { "Penting", -1, -1 },
    { "-", -1, -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gboolean has_keamanan, has_kecepatan, any;
      LayananKeamanan keamanan;
      LayananKecepatan kecepatan;
      g_autofree char *letter = g_strdup_printf ("DINAS X\n\nSifat: %s\n", cases[i].text);
      g_autoptr(LayananLetterFields) fields = layanan_letter_fields_extract (letter);

      any = layanan_letter_sifat_parse (cases[i].text, &has_keamanan, &keamanan,
                                        &has_kecepatan, &kecepatan);
      g_assert_cmpint (any, ==, cases[i].keamanan >= 0 || cases[i].kecepatan >= 0);
      g_assert_cmpint (has_keamanan, ==, cases[i].keamanan >= 0);
      g_assert_cmpint (has_kecepatan, ==, cases[i].kecepatan >= 0);
      if (has_keamanan)
        g_assert_cmpint (keamanan, ==, cases[i].keamanan);
      if (has_kecepatan)
        g_assert_cmpint (kecepatan, ==, cases[i].kecepatan);

      /* The extractor maps the same way and keeps the text as printed. */
      g_assert_cmpint (fields->has_keamanan, ==, has_keamanan);
      g_assert_cmpint (fields->has_kecepatan, ==, has_kecepatan);
      if (has_keamanan)
        g_assert_cmpint (fields->keamanan, ==, keamanan);
      if (has_kecepatan)
        g_assert_cmpint (fields->kecepatan, ==, kecepatan);
      if (strcmp (cases[i].text, "-") == 0)
        g_assert_null (fields->sifat_text);
      else
        g_assert_cmpstr (fields->sifat_text, ==, cases[i].text);
    }
}

/* ------------------------------------------------------------- labels */

static void
test_labels_tolerant (void)
{
  g_autoptr(LayananLetterFields) short_labels = layanan_letter_fields_extract (
    "RSUD X\n\nNo. 400.7/19/RSUD/2025\nLamp. : 2 (dua) berkas\nPerihal : Permintaan Data\n");
  g_autoptr(LayananLetterFields) no_colons = layanan_letter_fields_extract (
    "DINAS X\n\nNomor\t\t800/12/BKD/2025\nLampiran\t-\nHal\t\tUndangan Rapat\n");
  g_autoptr(LayananLetterFields) ocr = layanan_letter_fields_extract (
    "DINAS X\n\nN0mor ; 8OO/26O6/BKD/2O25\nLarnpiran : Nihil\nPerlhal ; Permohonan Data\n"
    "S1fat : Segera\n");
  g_autoptr(LayananLetterFields) prose = layanan_letter_fields_extract (
    "DINAS X\n\nNomor : 1/2/2025\n\nYth. Kepala Biro\n\n"
    "Dengan hormat, bersama ini kami sampaikan laporan kegiatan kami yang terakhir.\n"
    "Hal tersebut kami sampaikan untuk menjadi bahan pertimbangan Bapak.\n"
    "Lampiran surat ini memuat daftar hadir.\n");

  g_assert_cmpstr (short_labels->nomor, ==, "400.7/19/RSUD/2025");
  g_assert_cmpstr (short_labels->lampiran, ==, "2 (dua) berkas");
  g_assert_cmpstr (short_labels->hal, ==, "Permintaan Data");

  g_assert_cmpstr (no_colons->nomor, ==, "800/12/BKD/2025");
  g_assert_null (no_colons->lampiran);
  g_assert_cmpstr (no_colons->hal, ==, "Undangan Rapat");

  g_assert_cmpstr (ocr->nomor, ==, "800/2606/BKD/2025");
  g_assert_null (ocr->lampiran);
  g_assert_cmpstr (ocr->hal, ==, "Permohonan Data");
  g_assert_true (ocr->has_kecepatan);
  g_assert_cmpint (ocr->kecepatan, ==, LAYANAN_KECEPATAN_SEGERA);

  g_assert_cmpstr (prose->nomor, ==, "1/2/2025");
  g_assert_null (prose->hal);
  g_assert_null (prose->lampiran);
}

/* What OCR does to a header: a dash for the colon, blank lines between
 * the lines of a block, Roman months read with ones, "c.q." read "c.g.". */
static void
test_labels_after_ocr (void)
{
  g_autoptr(LayananLetterFields) fields = layanan_letter_fields_extract (
    "PEMERINTAH PROVINSI KALIMANTAN BARAT\n\nDINAS SOSIAL\nJalan A. Yani 17\n\n"
    "Pontianak, 6 November 2025\n\nNomor : 045/FKUB-KB/X1/2025\n\nSifat : Biasa\n\n"
    "Lampiran - 1 (satu) berkas\n\n"
    "Perihal - Permohonan Fasilitasi Penyusunan Rancangan Peraturan Gubernur tentang\n\n"
    "Penanganan Fakir Miskin\n\nKepada Yth.\n\nGubernur Kalimantan Barat\n\n"
    "c.g. Kepala Biro Kesejahteraan Rakyat\n\ndi -\n\nPontianak\n\nDengan hormat,\n");
  g_autoptr(LayananLetterFields) roman = layanan_letter_fields_extract (
    "DINAS X\n\nNomor : 019/DPD/I11/2025\n");
  g_autoptr(LayananLetterFields) number = layanan_letter_fields_extract (
    "DINAS X\n\nNomor : 400.8/111/Kesra\n");

  g_assert_cmpstr (fields->nomor, ==, "045/FKUB-KB/XI/2025");
  g_assert_cmpstr (fields->tanggal, ==, "2025-11-06");
  g_assert_cmpstr (fields->lampiran, ==, "1 (satu) berkas");
  g_assert_cmpstr (fields->hal, ==, "Permohonan Fasilitasi Penyusunan Rancangan Peraturan "
                   "Gubernur tentang Penanganan Fakir Miskin");
  g_assert_cmpstr (fields->pengirim, ==, "Dinas Sosial Provinsi Kalimantan Barat");
  g_assert_cmpstr (fields->kepada, ==,
                   "Gubernur Kalimantan Barat c.q. Kepala Biro Kesejahteraan Rakyat");
  g_assert_cmpstr (roman->nomor, ==, "019/DPD/III/2025");
  g_assert_cmpstr (number->nomor, ==, "400.8/111/Kesra");
}

/* A PDF text layer gives a tabulated block as a column of labels, then a
 * column of ": value" lines, then the right column. */
static void
test_labels_in_columns (void)
{
  g_autoptr(LayananLetterFields) fields = layanan_letter_fields_extract (
    "PEMERINTAH KABUPATEN SAMBAS\nDINAS SOSIAL\nJalan Pembangunan 21 Sambas\n"
    "Sambas, 3 Nopember 2025\nNomor\nSifat\nLampiran\nPerihal\n"
    ": 005/1187/DSPMD-A/\n2025\n: Penting\n: -\n: Konsultasi Penyaluran\nBantuan Sosial\n"
    "Kepada\nYth. Kepala Biro Kesejahteraan\nRakyat Setda Provinsi\nKalimantan Barat\n"
    "di -\nPontianak\n"
    "Sehubungan dengan banjir yang melanda sebagian wilayah Kabupaten Sambas pada akhir\n");

  g_assert_cmpstr (fields->nomor, ==, "005/1187/DSPMD-A/2025");
  g_assert_cmpstr (fields->tanggal, ==, "2025-11-03");
  g_assert_cmpstr (fields->sifat_text, ==, "Penting");
  g_assert_false (fields->has_keamanan);
  g_assert_false (fields->has_kecepatan);
  g_assert_null (fields->lampiran);
  g_assert_cmpstr (fields->hal, ==, "Konsultasi Penyaluran Bantuan Sosial");
  g_assert_cmpstr (fields->pengirim, ==, "Dinas Sosial Kabupaten Sambas");
  g_assert_cmpstr (fields->kepada, ==,
                   "Kepala Biro Kesejahteraan Rakyat Setda Provinsi Kalimantan Barat");
}

/* A two-column header typed with spaces: Nomor … on the left, the
 * addressee on the right, a wrapped Hal under its value. */
static void
test_two_column_header (void)
{
  g_autoptr(LayananLetterFields) fields = layanan_letter_fields_extract (
    "PEMERINTAH KOTA SINGKAWANG\nDINAS KESEHATAN\n\n"
    "                                        Singkawang, 2 Jan 2025\n\n"
    "                                        Kepada\n"
    "Nomor    : 400.7/1/Dinkes/2025          Yth. Kepala Biro Kesejahteraan\n"
    "Sifat    : Amat Segera                       Rakyat Setda Provinsi\n"
    "Lampiran : 1 (satu) berkas                   Kalimantan Barat\n"
    "Hal      : Permohonan Data              di -\n"
    "           Tenaga Kesehatan                  Pontianak\n"
    "           Daerah Terpencil\n\n"
    "     Dengan hormat, kami mohon data tenaga kesehatan daerah terpencil yang ada.\n");

  g_assert_cmpstr (fields->nomor, ==, "400.7/1/Dinkes/2025");
  g_assert_cmpstr (fields->tanggal, ==, "2025-01-02");
  g_assert_cmpint (fields->kecepatan, ==, LAYANAN_KECEPATAN_AMAT_SEGERA);
  g_assert_cmpstr (fields->hal, ==, "Permohonan Data Tenaga Kesehatan Daerah Terpencil");
  g_assert_cmpstr (fields->lampiran, ==, "1 (satu) berkas");
  g_assert_cmpstr (fields->pengirim, ==, "Dinas Kesehatan Kota Singkawang");
  g_assert_cmpstr (fields->kepada, ==,
                   "Kepala Biro Kesejahteraan Rakyat Setda Provinsi Kalimantan Barat");
}

/* ----------------------------------------------------------- pengirim */

static void
test_pengirim (void)
{
  static const struct
  {
    const char *letterhead;
    const char *pengirim;
  } cases[] = {
    { "PEMERINTAH PROVINSI KALIMANTAN BARAT\nDINAS SOSIAL\nJalan A. Yani 1\n",
      "Dinas Sosial Provinsi Kalimantan Barat" },
    { "PEMERINTAH KABUPATEN KAPUAS HULU\nSEKRETARIAT DAERAH\nTelepon (0567) 21001\n",
      "Sekretariat Daerah Kabupaten Kapuas Hulu" },
    { "WALI KOTA PONTIANAK\nPROVINSI KALIMANTAN BARAT\n", "Wali Kota Pontianak" },
    { "KEMENTERIAN AGAMA REPUBLIK INDONESIA\nKANTOR KEMENTERIAN AGAMA KOTA PONTIANAK\n",
      "Kantor Kementerian Agama Kota Pontianak" },
    { "UNIVERSITAS TANJUNGPURA\nLEMBAGA PENELITIAN DAN PENGABDIAN KEPADA MASYARAKAT\n",
      "Lembaga Penelitian dan Pengabdian kepada Masyarakat Universitas Tanjungpura" },
    { "PERSEKUTUAN GEREJA-GEREJA DI INDONESIA (PGI)\nWILAYAH KALIMANTAN BARAT\n"
      "Sekretariat: Jalan Gajah Mada 8\n",
      "Persekutuan Gereja-Gereja di Indonesia (PGI) Wilayah Kalimantan Barat" },
    { "Yayasan Pendidikan Harapan Bangsa\nJl. Merdeka 4 Pontianak\n", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *letter = g_strconcat (cases[i].letterhead,
                                             "\nNomor : 1/X/2025\nHal : Data\n", NULL);
      g_autoptr(LayananLetterFields) fields = layanan_letter_fields_extract (letter);

      g_assert_cmpstr (fields->pengirim, ==, cases[i].pengirim);
    }
}

/* No letterhead: the signer's jabatan, without the name, rank and NIP. */
static void
test_pengirim_from_signature (void)
{
  g_autoptr(LayananLetterFields) fields = layanan_letter_fields_extract (
    "                                   Pontianak, 1 Okt 2025\n\n"
    "Nomor : 07/Pan/X/2025\nHal : Permohonan\n\nYth. Kepala Biro\n\n"
    "Dengan hormat, kami mohon dukungan Bapak untuk peringatan hari besar keagamaan.\n"
    "Demikian permohonan ini, atas perhatian Bapak diucapkan terima kasih.\n\n"
    "                                   KETUA PANITIA PERINGATAN\n"
    "                                   HARI BESAR KEAGAMAAN,\n\n"
    "                                   ttd\n\n"
    "                                   Drs. AHMAD FULAN\n"
    "                                   Pembina (IV/a)\n"
    "                                   NIP 19700101 199501 1 001\n");

  g_assert_cmpstr (fields->pengirim, ==, "Ketua Panitia Peringatan Hari Besar Keagamaan");
}

/* ----------------------------------------------------------- robustness */

static void
test_nothing_to_read (void)
{
  static const char *texts[] = {
    NULL, "", "\n\n\n", "   \t  \f", "Nomor", "Nomor :", ":\n:\n:", "Kepada\nYth.\n",
    "Pontianak,", "\xff\xfe\xc3 Nomor : \xc3\x28/12/2025\n", "Hal : -\nLampiran : -\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(LayananLetterFields) fields = layanan_letter_fields_extract (texts[i]);

      g_assert_nonnull (fields);
      g_assert_null (fields->tanggal);
      g_assert_null (fields->hal);
      g_assert_null (fields->lampiran);
      g_assert_null (fields->kepada);
      g_assert_false (fields->has_keamanan);
      g_assert_false (fields->has_kecepatan);
    }
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *dir = NULL;
  g_autoptr(GPtrArray) stems = NULL;

  g_test_init (&argc, &argv, NULL);

  dir = letter_fixtures_dir ();
  stems = letter_fixtures_list (dir, NULL);

  g_test_add_func ("/core/letter-fields/fixtures/set", test_fixture_set);
  for (guint i = 0; stems != NULL && i < stems->len; i++)
    {
      const char *stem = g_ptr_array_index (stems, i);
      g_autofree char *text_path = g_strdup_printf ("/core/letter-fields/fixtures/text/%s", stem);
      g_autofree char *pdf_path = g_strdup_printf ("/core/letter-fields/fixtures/pdf/%s", stem);

      g_test_add_data_func (text_path, stem, test_fixture_text);
      g_test_add_data_func (pdf_path, stem, test_fixture_pdf);
    }
  g_test_add_func ("/core/letter-fields/date/month-names", test_date_month_names);
  g_test_add_func ("/core/letter-fields/date/forms", test_date_forms);
  g_test_add_func ("/core/letter-fields/date/refused", test_date_refused);
  g_test_add_func ("/core/letter-fields/date/not-from-letter-number",
                   test_date_not_from_letter_number);
  g_test_add_func ("/core/letter-fields/date/beside-number", test_date_beside_number);
  g_test_add_func ("/core/letter-fields/date/of-event", test_date_of_event);
  g_test_add_func ("/core/letter-fields/date/sources", test_date_sources);
  g_test_add_func ("/core/letter-fields/sifat", test_sifat_mapping);
  g_test_add_func ("/core/letter-fields/labels/tolerant", test_labels_tolerant);
  g_test_add_func ("/core/letter-fields/labels/after-ocr", test_labels_after_ocr);
  g_test_add_func ("/core/letter-fields/labels/in-columns", test_labels_in_columns);
  g_test_add_func ("/core/letter-fields/two-column-header", test_two_column_header);
  g_test_add_func ("/core/letter-fields/pengirim/letterhead", test_pengirim);
  g_test_add_func ("/core/letter-fields/pengirim/signature", test_pengirim_from_signature);
  g_test_add_func ("/core/letter-fields/nothing-to-read", test_nothing_to_read);

  return g_test_run ();
}
