/* test-matrix-export.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <unistd.h>

#include <glib/gstdio.h>
#include <poppler.h>

#include "layanan-error.h"
#include "layanan-matrix-export.h"
#include "layanan-standard.h"
#include "layanan-test-util.h"

#define AUTHOR "Biro Hukum Sekretariat Daerah Provinsi Kalimantan Barat"
#define N_LONG_ITEMS 40

typedef struct
{
  char *dir;
  char *path;
} Fixture;

/* What the first service's document says, component by component, and the
 * Uraian the matrix must show for it. */
static const char * const persyaratan[] = {
  "Surat Permintaan atau permohonan",
  "Tanda Pengenal/identitas",
  NULL
};
static const char * const prosedur[] = {
  "Tamu/Pengguna Layanan menuju ke Petugas Informasi/ TU Biro;",
  "Menyampaikan Keperluan, Mengisi Buku Tamu/ Formulir Permintaan Penyusunan Kebijakan Daerah;",
  "Menyampaikan Surat permintaan penyusunan kebijakan Daerah;",
  "Menerima Surat permintaan penyusunan kebijakan Daerah.",
  NULL
};
static const char * const produk[] = {
  "Layanan Penyusunan Naskah Sambutan/Pidato",
  NULL
};
static const char * const pengaduan[] = {
  "Pengaduan dapat dilakukan melalui :",
  "1) Tatap Muka langsung kepada Pejabat Pengelola Pengaduan;",
  "2) WA : 085828735503",
  "3) Telepon : (0561) 736541 ext. 233",
  "Jangka Waktu Penyelesaian Pengaduan :",
  "1) Pengaduan ringan, selambat-lambatnya 3 Jam;",
  "2) Pengaduan bersifat normatif, selambat-lambatnya 5 hari kerja;",
  NULL
};
static const char * const dasar_hukum[] = {
  "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik;",
  "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;",
  "Peraturan Daerah Provinsi Kalimantan Barat Nomor 8 Tahun 2015 tentang Penyelenggaraan "
  "Pelayanan Publik;",
  NULL
};
static const char * const sarana[] = {
  "Ruang pelayanan, ruang tunggu, ruang laktasi, ruang pengaduan, ruang layanan informasi;",
  "Tempat parkir, mushola;",
  "Komputer, WIFI publik.",
  NULL
};
static const char * const kompetensi[] = {
  "Memahami tugas dan fungsi jabatan;",
  "Memahami Standar Operasional Prosedur (SOP);",
  NULL
};
static const char * const pengawasan[] = {
  "Pejabat Pengendalian Gratifikasi;",
  "Pengawasan internal melekat pada atasan langsung;",
  "Aparat Pengawasan Intern Pemerintah (APIP).",
  NULL
};
static const char * const keamanan[] = {
  "Memberikan rasa aman kepada pengguna layanan;",
  "Kerahasiaan data pengguna layanan terjamin.",
  NULL
};
static const char * const evaluasi[] = {
  "Evaluasi kinerja dilakukan setiap tahun;",
  "Hasil evaluasi ditindaklanjuti oleh pimpinan.",
  NULL
};

static const char * const expected_first_a[] = {
  "1. Surat Permintaan atau permohonan\n"
  "2. Tanda Pengenal/identitas",
  "1. Tamu/Pengguna Layanan menuju ke Petugas Informasi/ TU Biro;\n"
  "2. Menyampaikan Keperluan, Mengisi Buku Tamu/ Formulir Permintaan Penyusunan Kebijakan "
  "Daerah;\n"
  "3. Menyampaikan Surat permintaan penyusunan kebijakan Daerah;\n"
  "4. Menerima Surat permintaan penyusunan kebijakan Daerah.",
  "30 Hari Kerja",
  "Gratis",
  "Layanan Penyusunan Naskah Sambutan/Pidato",
  "1. Pengaduan dapat dilakukan melalui :\n"
  "     1) Tatap Muka langsung kepada Pejabat Pengelola Pengaduan;\n"
  "     2) WA : 085828735503\n"
  "     3) Telepon : (0561) 736541 ext. 233\n"
  "2. Jangka Waktu Penyelesaian Pengaduan :\n"
  "     1) Pengaduan ringan, selambat-lambatnya 3 Jam;\n"
  "     2) Pengaduan bersifat normatif, selambat-lambatnya 5 hari kerja;",
};

static const char * const expected_first_b[] = {
  "1. Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik;\n"
  "2. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;\n"
  "3. Peraturan Daerah Provinsi Kalimantan Barat Nomor 8 Tahun 2015 tentang Penyelenggaraan "
  "Pelayanan Publik;",
  "1. Ruang pelayanan, ruang tunggu, ruang laktasi, ruang pengaduan, ruang layanan informasi;\n"
  "2. Tempat parkir, mushola;\n"
  "3. Komputer, WIFI publik.",
  "1. Memahami tugas dan fungsi jabatan;\n"
  "2. Memahami Standar Operasional Prosedur (SOP);",
  "1. Pejabat Pengendalian Gratifikasi;\n"
  "2. Pengawasan internal melekat pada atasan langsung;\n"
  "3. Aparat Pengawasan Intern Pemerintah (APIP).",
  "5 (lima) orang",
  "Pelayanan diberikan sesuai dengan standar pelayanan yang telah ditetapkan.",
  "1. Memberikan rasa aman kepada pengguna layanan;\n"
  "2. Kerahasiaan data pengguna layanan terjamin.",
  "1. Evaluasi kinerja dilakukan setiap tahun;\n"
  "2. Hasil evaluasi ditindaklanjuti oleh pimpinan.",
};

#define FIRST_NAME "Fasilitasi Penyusunan Kebijakan Daerah"
#define FIRST_SHEET "Fasilitasi Penyusunan Kebijakan"
#define FIRST_UNIT "Biro Hukum"
/* []:*?/\ are not allowed in a sheet name; the long name is cut at a word. */
#define SECOND_NAME "Pelayanan Informasi: Permohonan/Keberatan [PPID] Biro Kesra"
#define SECOND_SHEET "Pelayanan Informasi Permohonan"
#define SECOND_UNIT "Biro Kesejahteraan Rakyat"
/* The same name in other letters: Excel compares sheet names without case. */
#define THIRD_NAME "FASILITASI PENYUSUNAN KEBIJAKAN DAERAH"
#define THIRD_SHEET "FASILITASI PENYUSUNAN (2)"

#define MAKLUMAT_TEXT \
  "Dengan ini, kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan " \
  "yang telah ditetapkan dan apabila tidak menepati janji ini, kami siap menerima sanksi " \
  "sesuai peraturan perundang-undangan yang berlaku."
#define MAKLUMAT_SIGNATORY \
  "Kepala Biro Hukum\nDr. H. Nama Pejabat, S.H., M.H.\nNIP 19700101 199503 1 001"

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = layanan_test_make_tmp_dir ("matrix-export");
  fixture->path = g_build_filename (fixture->dir, "standar-pelayanan.xlsx", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  layanan_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static void
add_items (LayananStandard      *standard,
           LayananComponentKind  kind,
           const char * const   *items)
{
  for (guint i = 0; items[i] != NULL; i++)
    layanan_standard_add_item (standard, kind, items[i]);
}

static LayananStandard *
make_first (void)
{
  LayananStandard *standard = layanan_standard_new (FIRST_NAME);

  layanan_standard_set_unit_name (standard, FIRST_UNIT);
  add_items (standard, LAYANAN_COMPONENT_PERSYARATAN, persyaratan);
  add_items (standard, LAYANAN_COMPONENT_PROSEDUR, prosedur);
  layanan_standard_set_text (standard, LAYANAN_COMPONENT_JANGKA_WAKTU, "30 Hari Kerja");
  layanan_standard_set_text (standard, LAYANAN_COMPONENT_BIAYA, "Gratis");
  add_items (standard, LAYANAN_COMPONENT_PRODUK, produk);
  add_items (standard, LAYANAN_COMPONENT_PENGADUAN, pengaduan);
  add_items (standard, LAYANAN_COMPONENT_DASAR_HUKUM, dasar_hukum);
  add_items (standard, LAYANAN_COMPONENT_SARANA, sarana);
  add_items (standard, LAYANAN_COMPONENT_KOMPETENSI, kompetensi);
  add_items (standard, LAYANAN_COMPONENT_PENGAWASAN, pengawasan);
  layanan_standard_set_text (standard, LAYANAN_COMPONENT_JUMLAH_PELAKSANA, "5 (lima) orang");
  layanan_standard_set_text (standard, LAYANAN_COMPONENT_JAMINAN_PELAYANAN,
                             "Pelayanan diberikan sesuai dengan standar pelayanan yang telah "
                             "ditetapkan.");
  add_items (standard, LAYANAN_COMPONENT_JAMINAN_KEAMANAN, keamanan);
  add_items (standard, LAYANAN_COMPONENT_EVALUASI, evaluasi);

  return standard;
}

static char *
long_item (guint i)
{
  return g_strdup_printf ("Peraturan Gubernur Kalimantan Barat Nomor %u Tahun %u tentang "
                          "Petunjuk Pelaksanaan Penyelenggaraan Pelayanan Informasi Publik "
                          "di Lingkungan Sekretariat Daerah;", i + 1, 2000 + i % 26);
}

/* Sarana is missing from this document; Dasar hukum is a long list. */
static LayananStandard *
make_second (void)
{
  LayananStandard *standard = layanan_standard_new (SECOND_NAME);

  layanan_standard_set_unit_name (standard, SECOND_UNIT);
  for (LayananComponentKind kind = 0; kind < LAYANAN_N_COMPONENTS; kind++)
    {
      if (kind == LAYANAN_COMPONENT_SARANA)
        continue;
      if (kind == LAYANAN_COMPONENT_DASAR_HUKUM)
        {
          for (guint i = 0; i < N_LONG_ITEMS; i++)
            {
              g_autofree char *item = long_item (i);

              layanan_standard_add_item (standard, kind, item);
            }
          continue;
        }
      {
        g_autofree char *text = g_strdup_printf ("Uraian %s untuk layanan informasi",
                                                 layanan_component_kind_to_key (kind));

        layanan_standard_set_text (standard, kind, text);
      }
    }

  return standard;
}

static char *
expected_second (LayananComponentKind kind)
{
  GString *lines;

  if (kind == LAYANAN_COMPONENT_SARANA)
    return g_strdup ("-");
  if (kind != LAYANAN_COMPONENT_DASAR_HUKUM)
    return g_strdup_printf ("Uraian %s untuk layanan informasi",
                            layanan_component_kind_to_key (kind));

  lines = g_string_new (NULL);
  for (guint i = 0; i < N_LONG_ITEMS; i++)
    {
      g_autofree char *item = long_item (i);

      g_string_append_printf (lines, "%s%u. %s", i > 0 ? "\n" : "", i + 1, item);
    }
  return g_string_free (lines, FALSE);
}

static LayananStandard *
make_third (void)
{
  LayananStandard *standard = layanan_standard_new (THIRD_NAME);

  layanan_standard_set_unit_name (standard, FIRST_UNIT);
  layanan_standard_set_text (standard, LAYANAN_COMPONENT_BIAYA, "Gratis");

  return standard;
}

static LayananMaklumat *
make_maklumat (void)
{
  LayananMaklumat *maklumat = g_new0 (LayananMaklumat, 1);

  maklumat->text = g_strdup (MAKLUMAT_TEXT);
  maklumat->date = g_strdup ("2026-11-23");
  maklumat->place = g_strdup ("Pontianak");
  maklumat->signatory = g_strdup (MAKLUMAT_SIGNATORY);

  return maklumat;
}

static GPtrArray *
make_standards (void)
{
  GPtrArray *standards = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (standards, make_first ());
  g_ptr_array_add (standards, make_second ());
  g_ptr_array_add (standards, make_third ());

  return standards;
}

/* JSON by hand: the test has no JSON library, and strings are all it needs. */
static void
json_string (GString    *json,
             const char *value)
{
  g_string_append_c (json, '"');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_printf (json, "\\%c", *p);
      else if (*p == '\n')
        g_string_append (json, "\\n");
      else if ((guchar) *p < 0x20)
        g_string_append_printf (json, "\\u%04x", (guint) *p);
      else
        g_string_append_c (json, *p);
    }
  g_string_append_c (json, '"');
}

static void
json_strings (GString            *json,
              const char * const *values,
              guint               n_values)
{
  g_string_append_c (json, '[');
  for (guint i = 0; i < n_values; i++)
    {
      if (i > 0)
        g_string_append_c (json, ',');
      json_string (json, values[i]);
    }
  g_string_append_c (json, ']');
}

static void
json_sheet (GString            *json,
            const char         *name,
            const char         *service,
            const char         *unit,
            const char * const *a,
            const char * const *b)
{
  g_string_append (json, "{\"name\":");
  json_string (json, name);
  g_string_append (json, ",\"service\":");
  json_string (json, service);
  g_string_append (json, ",\"unit\":");
  json_string (json, unit);
  g_string_append (json, ",\"A\":");
  json_strings (json, a, 6);
  g_string_append (json, ",\"B\":");
  json_strings (json, b, 8);
  g_string_append (json, "}");
}

static char *
expected_json (void)
{
  GString *json = g_string_new ("{\"title\":\"Standar Pelayanan\",\"creator\":");
  const char *names_a[6], *names_b[8];
  char *second_a[6], *second_b[8];
  const char *third_a[6], *third_b[8];
  const char *signatory[] = { "Kepala Biro Hukum", "Dr. H. Nama Pejabat, S.H., M.H.",
                              "NIP 19700101 199503 1 001" };

  for (LayananComponentKind kind = 0; kind < LAYANAN_N_COMPONENTS; kind++)
    {
      int i = layanan_component_kind_get_number (kind) - 1;
      gboolean a = layanan_component_kind_get_group (kind) == 'A';

      (a ? names_a : names_b)[i] = layanan_component_kind_get_name (kind);
      (a ? second_a : second_b)[i] = expected_second (kind);
      (a ? third_a : third_b)[i] = kind == LAYANAN_COMPONENT_BIAYA ? "Gratis" : "-";
    }

  json_string (json, AUTHOR);
  g_string_append (json, ",\"components\":{\"A\":");
  json_strings (json, names_a, 6);
  g_string_append (json, ",\"B\":");
  json_strings (json, names_b, 8);
  g_string_append (json, "},\"sheets\":[");
  json_sheet (json, FIRST_SHEET, FIRST_NAME, FIRST_UNIT, expected_first_a, expected_first_b);
  g_string_append_c (json, ',');
  json_sheet (json, SECOND_SHEET, SECOND_NAME, SECOND_UNIT,
              (const char * const *) second_a, (const char * const *) second_b);
  g_string_append_c (json, ',');
  json_sheet (json, THIRD_SHEET, THIRD_NAME, FIRST_UNIT, third_a, third_b);
  g_string_append (json, "],\"maklumat\":{\"sheet\":\"Maklumat Pelayanan\",\"text\":");
  json_string (json, MAKLUMAT_TEXT);
  /* The untranslated month name; in Indonesian it is the same word. */
  g_string_append (json, ",\"place_date\":\"Pontianak, 23 November 2026\",\"signatory\":");
  json_strings (json, signatory, G_N_ELEMENTS (signatory));
  g_string_append (json, "}}");

  for (guint i = 0; i < 6; i++)
    g_free (second_a[i]);
  for (guint i = 0; i < 8; i++)
    g_free (second_b[i]);

  return g_string_free (json, FALSE);
}

static void
export_all (Fixture *fixture)
{
  g_autoptr(GPtrArray) standards = make_standards ();
  g_autoptr(GError) error = NULL;
  LayananMaklumat *maklumat = make_maklumat ();
  gboolean ok;

  ok = layanan_matrix_export (fixture->path, standards, maklumat, AUTHOR, &error);
  layanan_maklumat_free (maklumat);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_IS_REGULAR));
}

/* Each line on its own, so that TAP shows it as a comment. */
static void
message_lines (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text != NULL ? text : "", "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != '\0')
      g_test_message ("%s", lines[i]);
}

/* Runs @argv, failing the test with its output unless it exits 0. */
static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    {
      message_lines (out);
      message_lines (err);
      g_test_message ("%s: %s", argv[0], error->message);
      g_assert_not_reached ();
    }
  message_lines (out);

  return out;
}

static void
test_read_back (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *json = expected_json ();
  g_autofree char *json_path = g_build_filename (fixture->dir, "expected.json", NULL);
  g_autofree char *script = g_build_filename (g_getenv ("LAYANAN_SOURCE_ROOT"), "tests",
                                              "check-matrix-export.py", NULL);
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "/usr/bin/python3", script, fixture->path, json_path, NULL };

  g_assert_nonnull (g_getenv ("LAYANAN_SOURCE_ROOT"));
  export_all (fixture);
  g_file_set_contents (json_path, json, -1, &error);
  g_assert_no_error (error);

  out = run (argv);
}

/* LibreOffice opens the file without repairing it and prints every sheet on
 * A4, one page wide, with the table header on top of every page. Poppler
 * (which the app links anyway) reads the PDF back; pdfinfo, when installed,
 * says the same about the paper. */
static void
test_libreoffice (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autofree char *profile = NULL;
  g_autofree char *profile_uri = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *pdf_uri = NULL;
  g_autofree char *out = NULL;
  g_autofree char *pdf_contents = NULL;
  PopplerDocument *document = NULL;
  g_autoptr(GError) error = NULL;
  gsize pdf_length = 0;
  int pages;

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed");
      return;
    }

  export_all (fixture);

  profile = g_build_filename (fixture->dir, "lo-profile", NULL);
  profile_uri = g_filename_to_uri (profile, NULL, NULL);
  {
    g_autofree char *env = g_strconcat ("-env:UserInstallation=", profile_uri, NULL);
    const char *argv[] = { "timeout", "120", soffice, env, "--headless", "--norestore",
                           "--convert-to", "pdf", "--outdir", fixture->dir, fixture->path, NULL };

    out = run (argv);
  }
  g_assert_nonnull (strstr (out, "calc_pdf_Export"));

  pdf = g_build_filename (fixture->dir, "standar-pelayanan.pdf", NULL);
  g_assert_true (g_file_get_contents (pdf, &pdf_contents, &pdf_length, NULL));
  g_assert_cmpuint (pdf_length, >, 1000);
  g_assert_true (g_str_has_prefix (pdf_contents, "%PDF-"));

  if (pdfinfo != NULL)
    {
      g_autofree char *info = NULL;
      const char *argv[] = { pdfinfo, pdf, NULL };

      info = run (argv);
      if (strstr (info, "Page size:") == NULL || strstr (info, "595.") == NULL
          || strstr (info, "x 841.") == NULL || strstr (info, "(A4)") == NULL)
        g_error ("pdfinfo does not say A4 portrait:\n%s", info);
    }

  pdf_uri = g_filename_to_uri (pdf, NULL, NULL);
  document = poppler_document_new_from_file (pdf_uri, NULL, &error);
  g_assert_no_error (error);
  pages = poppler_document_get_n_pages (document);
  /* Three services (the second runs over several pages) and the maklumat. */
  g_assert_cmpint (pages, >=, 5);

  for (int i = 0; i < pages; i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      g_autofree char *text = poppler_page_get_text (page);
      double width, height;

      poppler_page_get_size (page, &width, &height);
      g_object_unref (page);
      if (ABS (width - 595.3) > 1 || ABS (height - 841.9) > 1)
        g_error ("page %d is %.1f x %.1f pt, not A4 portrait", i + 1, width, height);

      if (strstr (text, "MAKLUMAT PELAYANAN") != NULL)
        {
          g_assert_nonnull (strstr (text, "Pontianak, 23 November 2026"));
          g_assert_cmpint (i, ==, pages - 1);
          continue;
        }
      /* One page wide, and the header repeated: the three column names on
       * every page. */
      if (strstr (text, "No") == NULL || strstr (text, "Komponen") == NULL
          || strstr (text, "Uraian") == NULL)
        g_error ("page %d has no table header:\n%s", i + 1, text);
    }
  g_object_unref (document);
}

/* A folder that does not exist: the error names the file, nothing is left. */
static void
test_missing_folder (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "tidak-ada", NULL);
  g_autofree char *path = g_build_filename (folder, "matriks.xlsx", NULL);
  g_autoptr(GPtrArray) standards = make_standards ();
  g_autoptr(GError) error = NULL;

  g_assert_false (layanan_matrix_export (path, standards, NULL, AUTHOR, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
}

static void
assert_only_file (const char *dir,
                  const char *name)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *entry;
  guint count = 0;

  g_assert_nonnull (listing);
  while ((entry = g_dir_read_name (listing)) != NULL)
    {
      if (name == NULL || g_strcmp0 (entry, name) != 0)
        g_error ("unexpected file left in %s: %s", dir, entry);
      count++;
    }
  g_assert_cmpuint (count, ==, name != NULL ? 1 : 0);
}

/* A folder nobody may write: the reason and the file are named, and no
 * temporary file is left behind. Root writes anyway, so it skips there. */
static void
test_read_only_folder (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "hanya-baca", NULL);
  g_autofree char *path = g_build_filename (folder, "matriks.xlsx", NULL);
  g_autoptr(GPtrArray) standards = make_standards ();
  g_autoptr(GError) error = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("root may write into a read-only folder");
      return;
    }

  g_assert_cmpint (g_mkdir (folder, 0555), ==, 0);
  g_assert_false (layanan_matrix_export (path, standards, NULL, AUTHOR, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_DATABASE_READ_ONLY);
  g_assert_nonnull (strstr (error->message, path));
  assert_only_file (folder, NULL);
}

/* Exporting again replaces the file in place and leaves no temporary file. */
static void
test_replace (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) standards = make_standards ();
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (fixture->path, "not a workbook", -1, NULL));
  g_assert_true (layanan_matrix_export (fixture->path, standards, NULL, AUTHOR, &error));
  g_assert_no_error (error);
  export_all (fixture);
  assert_only_file (fixture->dir, "standar-pelayanan.xlsx");
}

static void
test_nothing (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) standards = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  g_assert_false (layanan_matrix_export (fixture->path, standards, NULL, AUTHOR, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, fixture->path));
  assert_only_file (fixture->dir, NULL);
}

/* A maklumat dated 31 February is refused before anything is written. */
static void
test_bad_date (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) standards = make_standards ();
  g_autoptr(GError) error = NULL;
  LayananMaklumat *maklumat = make_maklumat ();
  gboolean ok;

  g_free (maklumat->date);
  maklumat->date = g_strdup ("2026-02-31");
  ok = layanan_matrix_export (fixture->path, standards, maklumat, AUTHOR, &error);
  layanan_maklumat_free (maklumat);
  g_assert_false (ok);
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  assert_only_file (fixture->dir, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/export/matrix/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("read-back", test_read_back);
  ADD ("libreoffice", test_libreoffice);
  ADD ("missing-folder", test_missing_folder);
  ADD ("read-only-folder", test_read_only_folder);
  ADD ("replace", test_replace);
  ADD ("nothing", test_nothing);
  ADD ("bad-date", test_bad_date);
#undef ADD

  return g_test_run ();
}
