/* test-standard-parser.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "layanan-error.h"
#include "layanan-standard-import.h"
#include "layanan-standard-parser.h"
#include "layanan-test-util.h"

/* The tests run untranslated (no setlocale), so flags and messages are the
 * English source strings. */

static char *
seed_path (const char *prefix)
{
  const char *data_dir = g_getenv ("LAYANAN_DATA_DIR");
  g_autofree char *dir = g_build_filename (data_dir != NULL ? data_dir : SOURCE_DATADIR,
                                           "standards", NULL);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_prefix (name, prefix) && g_str_has_suffix (name, ".txt"))
      return g_build_filename (dir, name, NULL);

  g_error ("No seed document %s… in %s", prefix, dir);
  return NULL;
}

static GPtrArray *
import_seed (const char *prefix)
{
  g_autofree char *path = seed_path (prefix);
  g_autoptr(GError) error = NULL;
  GPtrArray *standards = layanan_standard_import_file (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (standards);
  return standards;
}

static GPtrArray *
parse (const char *text)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *standards = layanan_standard_parse_text (text, "test.txt", &error);

  g_assert_no_error (error);
  g_assert_nonnull (standards);
  return standards;
}

static void
assert_items (LayananStandard      *standard,
              LayananComponentKind  kind,
              const char * const   *expected)
{
  GPtrArray *items = layanan_standard_get_items (standard, kind);
  guint n = g_strv_length ((char **) expected);

  for (guint i = 0; i < MIN (n, items->len); i++)
    g_assert_cmpstr (g_ptr_array_index (items, i), ==, expected[i]);
  g_assert_cmpuint (items->len, ==, n);
}

static gboolean
has_flag (LayananStandard *standard,
          const char      *fragment)
{
  GPtrArray *flags = layanan_standard_get_review_flags (standard);

  for (guint i = 0; i < flags->len; i++)
    if (strstr (g_ptr_array_index (flags, i), fragment) != NULL)
      return TRUE;
  return FALSE;
}

static void
assert_completion (LayananStandard     *standard,
                   gint64               value,
                   LayananDurationUnit  unit)
{
  LayananDuration completion;

  g_assert_true (layanan_standard_get_completion (standard, &completion));
  g_assert_cmpint (completion.value, ==, value);
  g_assert_cmpint (completion.unit, ==, unit);
}

static void
assert_channel (LayananStandard *standard,
                guint            index,
                const char      *kind,
                const char      *value,
                const char      *extension)
{
  GPtrArray *channels = layanan_standard_get_channels (standard);
  LayananComplaintChannel *channel;

  g_assert_cmpuint (index, <, channels->len);
  channel = g_ptr_array_index (channels, index);
  g_assert_cmpstr (channel->kind, ==, kind);
  g_assert_cmpstr (channel->value, ==, value);
  g_assert_cmpstr (channel->extension, ==, extension);
}

static void
assert_category (LayananStandard     *standard,
                 guint                index,
                 const char          *name,
                 gint64               value,
                 LayananDurationUnit  unit)
{
  GPtrArray *categories = layanan_standard_get_categories (standard);
  LayananComplaintCategory *category;

  g_assert_cmpuint (index, <, categories->len);
  category = g_ptr_array_index (categories, index);
  g_assert_cmpstr (category->name, ==, name);
  g_assert_cmpint (category->deadline.value, ==, value);
  g_assert_cmpint (category->deadline.unit, ==, unit);
}

/* Channels and deadlines as 000, 002, 003 and 004 print them. */
static void
assert_kesra_complaints (LayananStandard *standard,
                         const char      *extension)
{
  g_assert_cmpuint (layanan_standard_get_channels (standard)->len, ==, 7);
  assert_channel (standard, 0, "tatap_muka", "Pejabat Pengelola Pengaduan", NULL);
  assert_channel (standard, 1, "kotak_pengaduan", "Kotak Pengaduan", NULL);
  assert_channel (standard, 2, "whatsapp", "085828735503", NULL);
  assert_channel (standard, 3, "telepon", "(0561) 736541", extension);
  assert_channel (standard, 4, "faksimile", "(0561) 730062", NULL);
  assert_channel (standard, 5, "email", "kesra@kalbarprov.go.id", NULL);
  assert_channel (standard, 6, "sp4n_lapor", "www.lapor.go.id", NULL);

  g_assert_cmpuint (layanan_standard_get_categories (standard)->len, ==, 4);
  assert_category (standard, 0, "Pengaduan ringan", 3, LAYANAN_DURATION_HOURS);
  assert_category (standard, 1, "Pengaduan bersifat normatif", 5, LAYANAN_DURATION_WORKING_DAYS);
  assert_category (standard, 2, "Pengaduan tidak berkadar pengawasan", 14,
                   LAYANAN_DURATION_WORKING_DAYS);
  assert_category (standard, 3, "Pengaduan berkadar pengawasan dan memerlukan pemeriksaan", 60,
                   LAYANAN_DURATION_WORKING_DAYS);
}

/* Part B as every Kesra document prints it. */
static void
assert_kesra_part_b (LayananStandard *standard)
{
  GPtrArray *dasar = layanan_standard_get_items (standard, LAYANAN_COMPONENT_DASAR_HUKUM);

  g_assert_cmpuint (dasar->len, >=, 6);
  g_assert_cmpstr (g_ptr_array_index (dasar, dasar->len - 1), ==,
                   "Peraturan Gubernur Nomor 77 Tahun 2019 tentang Kedudukan, Susunan "
                   "Organisasi, Tugas dan Fungsi, serta Tata Kerja Sekretariat Daerah Provinsi "
                   "Kalimantan Barat.");
  g_assert_cmpuint (layanan_standard_get_items (standard, LAYANAN_COMPONENT_SARANA)->len, ==, 3);
  g_assert_cmpuint (layanan_standard_get_items (standard, LAYANAN_COMPONENT_KOMPETENSI)->len,
                    ==, 4);
  g_assert_cmpuint (layanan_standard_get_items (standard, LAYANAN_COMPONENT_PENGAWASAN)->len,
                    ==, 3);
  g_assert_cmpstr (layanan_standard_get_text (standard, LAYANAN_COMPONENT_JUMLAH_PELAKSANA), ==,
                   "5 (lima) orang");
  g_assert_cmpint (layanan_standard_get_staff_count (standard), ==, 5);
  g_assert_cmpuint (layanan_standard_get_items (standard,
                                                LAYANAN_COMPONENT_JAMINAN_PELAYANAN)->len, ==, 2);
  g_assert_cmpuint (layanan_standard_get_items (standard,
                                                LAYANAN_COMPONENT_JAMINAN_KEAMANAN)->len, ==, 2);
  assert_items (standard, LAYANAN_COMPONENT_EVALUASI, (const char *[]) {
    "Dilakukan rapat yang dihadiri oleh Kepala Biro, Kabag, Kasubbag, dan staf, minimal "
      "1 (satu) kali dalam 1 (satu) bulan",
    "Survei Kepuasan Masyarakat dilakukan 2 (dua) kali dalam 1 (satu) tahun",
    "Evaluasi standar pelayanan senantiasa dilakukan untuk perbaikan, dan meningkatkan "
      "kinerja pelayanan dan kualitas pelayanan publik.",
    NULL });

  for (LayananComponentKind kind = 0; kind < LAYANAN_N_COMPONENTS; kind++)
    g_assert_true (layanan_standard_has_component (standard, kind));
}

static void
test_seed_000 (void)
{
  g_autoptr(GPtrArray) standards = import_seed ("000_");
  LayananStandard *standard;
  GPtrArray *pengaduan;

  g_assert_cmpuint (standards->len, ==, 1);
  standard = g_ptr_array_index (standards, 0);

  g_assert_cmpstr (layanan_standard_get_name (standard), ==,
                   "Fasilitasi Penyusunan Kebijakan Daerah");
  assert_items (standard, LAYANAN_COMPONENT_PERSYARATAN, (const char *[]) {
    "Surat Permintaan atau permohonan", "Tanda Pengenal/identitas", NULL });
  g_assert_cmpstr (layanan_standard_get_text (standard, LAYANAN_COMPONENT_PROSEDUR), ==,
                   "Prosedur :");
  assert_items (standard, LAYANAN_COMPONENT_PROSEDUR, (const char *[]) {
    "Tamu/Pengguna Layanan menuju ke Petugas Informasi/ TU Biro",
    "Menyampaikan Keperluan, Mengisi Buku Tamu/ Formulir Permintaan Penyusunan Kebijakan Daerah",
    "Menyampaikan Surat permintaan penyusunan kebijakan Daerah",
    "Menerima Surat permintaan penyusunan kebijakan Daerah.",
    NULL });
  g_assert_cmpstr (layanan_standard_get_text (standard, LAYANAN_COMPONENT_JANGKA_WAKTU), ==,
                   "30 Hari Kerja");
  assert_completion (standard, 30, LAYANAN_DURATION_WORKING_DAYS);
  g_assert_cmpstr (layanan_standard_get_text (standard, LAYANAN_COMPONENT_BIAYA), ==, "Gratis");
  g_assert_cmpint (layanan_standard_get_fee (standard), ==, 0);
  /* As printed, though it names another service; flagged for review. */
  g_assert_cmpstr (layanan_standard_get_text (standard, LAYANAN_COMPONENT_PRODUK), ==,
                   "Layanan Penyusunan Naskah Sambutan/Pidato");
  g_assert_true (has_flag (standard, "“Layanan Penyusunan Naskah Sambutan/Pidato” looks like "
                                     "the name of another service"));

  /* The complaint section keeps its structure: nested items keep their marker. */
  pengaduan = layanan_standard_get_items (standard, LAYANAN_COMPONENT_PENGADUAN);
  g_assert_cmpuint (pengaduan->len, ==, 14);
  g_assert_cmpstr (g_ptr_array_index (pengaduan, 0), ==, "Pengaduan dapat dilakukan melalui :");
  g_assert_cmpstr (g_ptr_array_index (pengaduan, 3), ==, "3) WA : 085828735503");
  g_assert_cmpstr (g_ptr_array_index (pengaduan, 7), ==,
                   "7) Online melalui website SP4N-LAPOR! (www.lapor.go.id)");
  g_assert_cmpstr (g_ptr_array_index (pengaduan, 8), ==, "Alur Penanganan Pengaduan :");
  g_assert_cmpstr (g_ptr_array_index (pengaduan, 9), ==, "Jangka Waktu Penyelesaian Pengaduan :");
  g_assert_cmpstr (g_ptr_array_index (pengaduan, 10), ==,
                   "1) Pengaduan ringan, selambat-lambatnya 3 Jam");
  assert_kesra_complaints (standard, "233");

  g_assert_cmpuint (layanan_standard_get_items (standard,
                                                LAYANAN_COMPONENT_DASAR_HUKUM)->len, ==, 7);
  g_assert_cmpstr (g_ptr_array_index (layanan_standard_get_items (standard,
                                                                  LAYANAN_COMPONENT_DASAR_HUKUM),
                                      0), ==,
                   "Undang-Undang Nomor 43 Tahun 2007 tentang Perpustakaan");
  assert_items (standard, LAYANAN_COMPONENT_SARANA, (const char *[]) {
    "Ruang pelayanan, ruang tunggu, ruang laktasi, ruang pengaduan, ruang layanan informasi",
    "Tempat parkir, mushola",
    "Komputer, WIFI publik.",
    NULL });
  assert_kesra_part_b (standard);

  g_assert_cmpuint (layanan_standard_get_review_flags (standard)->len, ==, 1);
  g_assert_cmpuint (layanan_standard_get_notes (standard)->len, ==, 0);
  g_assert_true (layanan_standard_validate (standard, NULL));
}

static void
assert_adpim_part_b (LayananStandard *standard)
{
  g_assert_cmpuint (layanan_standard_get_items (standard,
                                                LAYANAN_COMPONENT_DASAR_HUKUM)->len, ==, 6);
  assert_items (standard, LAYANAN_COMPONENT_SARANA, (const char *[]) {
    "Ruang pelayanan, ruang tunggu, ruang pengaduan, ruang layanan informasi",
    "Tempat parkir",
    "Komputer, WIFI public",
    NULL });
  g_assert_cmpuint (layanan_standard_get_items (standard, LAYANAN_COMPONENT_KOMPETENSI)->len,
                    ==, 4);
  g_assert_cmpstr (g_ptr_array_index (layanan_standard_get_items (standard,
                                                                  LAYANAN_COMPONENT_KOMPETENSI),
                                      2), ==,
                   "Memahami kebijakan dan berbagai peraturan perundang-undangan yang terkait");
  assert_items (standard, LAYANAN_COMPONENT_PENGAWASAN, (const char *[]) {
    "Pejabat Pengendalian Gratifikasi",
    "Pengawasan internal melekat dari atasan langsung",
    "Aparat Pengawasan Intern Pemerintah (APIP).",
    NULL });
  g_assert_cmpstr (layanan_standard_get_text (standard, LAYANAN_COMPONENT_JUMLAH_PELAKSANA), ==,
                   "5 (lima) orang");
  g_assert_cmpint (layanan_standard_get_staff_count (standard), ==, 5);
  g_assert_cmpuint (layanan_standard_get_items (standard,
                                                LAYANAN_COMPONENT_JAMINAN_PELAYANAN)->len, ==, 2);
  assert_items (standard, LAYANAN_COMPONENT_JAMINAN_KEAMANAN, (const char *[]) {
    "Informasi yang diberikan dijamin keabsahannya dan dapat dipertanggungjawabkan.",
    "Pelayanan dilaksanakan di ruangan kantor pemerintah dengan jaminan keamanan dan "
      "keselamatan sesuai standar sarana prasana yang berlaku.",
    NULL });
  g_assert_cmpuint (layanan_standard_get_items (standard, LAYANAN_COMPONENT_EVALUASI)->len,
                    ==, 3);

  /* 001 prints no part A except, for two services, the complaint handling. */
  for (LayananComponentKind kind = LAYANAN_COMPONENT_PERSYARATAN;
       kind <= LAYANAN_COMPONENT_PRODUK; kind++)
    g_assert_false (layanan_standard_has_component (standard, kind));
  g_assert_false (layanan_standard_get_completion (standard, NULL));
  g_assert_cmpint (layanan_standard_get_fee (standard), ==, -1);
}

static void
assert_adpim_complaints (LayananStandard *standard)
{
  g_assert_true (layanan_standard_has_component (standard, LAYANAN_COMPONENT_PENGADUAN));
  g_assert_true (has_flag (standard, "has no heading in the document"));
  g_assert_true (has_flag (standard, "are not numbered in sequence"));
  g_assert_cmpuint (layanan_standard_get_channels (standard)->len, ==, 7);
  assert_channel (standard, 0, "tatap_muka", "Pejabat Pengelola Pengaduan", NULL);
  assert_channel (standard, 1, "kotak_pengaduan", "Kotak Pengaduan", NULL);
  assert_channel (standard, 2, "whatsapp", "082115155022", NULL);
  assert_channel (standard, 3, "telepon", "(0561) 736541", "233");
  assert_channel (standard, 4, "faksimile", "(0561) 730062", NULL);
  assert_channel (standard, 5, "email", "adpim@kalbarprov.go.id", NULL);
  assert_channel (standard, 6, "sp4n_lapor", "www.lapor.go.id", NULL);
  g_assert_cmpuint (layanan_standard_get_categories (standard)->len, ==, 4);
  assert_category (standard, 0, "Pengaduan ringan", 3, LAYANAN_DURATION_HOURS);
  assert_category (standard, 2, "Pengaduan tidak berkadar pengawasan", 14,
                   LAYANAN_DURATION_WORKING_DAYS);
  assert_category (standard, 3, "Pengaduan berkadar pengawasan dan memerlukan pemeriksaan", 60,
                   LAYANAN_DURATION_WORKING_DAYS);
}

static void
test_seed_001 (void)
{
  g_autoptr(GPtrArray) standards = import_seed ("001_");
  static const char * const names[] = {
    "Pelayanan Peliputan Kegiatan Pimpinan",
    "Fasilitasi Naskah Sambutan/Pidato Pimpinan",
    "Fasilitasi Kegiatan Pimpinan",
    "Pelayanan Kepegawaian Sekretariat Daerah",
    "Fasilitasi Penyusunan Naskah/Sambutan Pidato Pimpinan",
  };
  LayananStandard *standard;
  GPtrArray *items;

  g_assert_cmpuint (standards->len, ==, G_N_ELEMENTS (names));
  for (guint i = 0; i < standards->len; i++)
    {
      standard = g_ptr_array_index (standards, i);
      g_assert_cmpstr (layanan_standard_get_name (standard), ==, names[i]);
      assert_adpim_part_b (standard);
      g_assert_true (has_flag (standard, i < 2 ? "5 of the 14 components are missing"
                                               : "6 of the 14 components are missing"));
      g_assert_true (layanan_standard_validate (standard, NULL));
    }

  /* 1: the complaint handling without a heading, channels numbered 1) 2) 3) 1) 2) 4) 5). */
  standard = g_ptr_array_index (standards, 0);
  assert_adpim_complaints (standard);
  items = layanan_standard_get_items (standard, LAYANAN_COMPONENT_PENGADUAN);
  g_assert_cmpstr (g_ptr_array_index (items, 4), ==, "1) Telepon: (0561) 736541 ext. 233");
  g_assert_cmpstr (g_ptr_array_index (layanan_standard_get_notes (standard), 0), ==,
                   "JENIS DAN PRODUK LAYANAN");
  assert_items (standard, LAYANAN_COMPONENT_KOMPETENSI, (const char *[]) {
    "Memahami tugas dan fungsi jabatan",
    "Memahami Standar Operasional Prosedur (SOP) pelayanan fasilitasi audiensi",
    "Memahami kebijakan dan berbagai peraturan perundang-undangan yang terkait",
    "Memiliki etika pelayanan yaitu disiplin, cepat, sopan, ramah, adil, terbuka, sabar, "
      "komunikatif, kreatif, inovatif dan tanggung jawab.",
    NULL });

  /* 2: a complaint deadline without its number, and a first item without its letter. */
  standard = g_ptr_array_index (standards, 1);
  assert_adpim_complaints (standard);
  items = layanan_standard_get_items (standard, LAYANAN_COMPONENT_PENGADUAN);
  g_assert_cmpstr (g_ptr_array_index (items, 12), ==,
                   "- Pengaduan tidak berkadar pengawasan, selambat-lambatnya 14 hari kerja");
  g_assert_true (has_flag (standard, "The first item of “Jaminan pelayanan” has no letter"));
  items = layanan_standard_get_items (standard, LAYANAN_COMPONENT_JAMINAN_PELAYANAN);
  g_assert_cmpstr (g_ptr_array_index (items, 0), ==,
                   "Pelayanan yang diberikan cepat, tepat, lengkap dan dapat "
                   "dipertanggungjawabkan");

  /* 3: "… tanggung jawab. Pengawasan Internal a. … Jumlah Pelaksana 5. 5 (lima) orang
   * Jaminan Pelayanan yang a. … Evaluasi Kinerja Pelaksana 8. a. …" on one line. */
  standard = g_ptr_array_index (standards, 2);
  g_assert_false (layanan_standard_has_component (standard, LAYANAN_COMPONENT_PENGADUAN));
  g_assert_true (has_flag (standard, "Several components run together on one line"));
  g_assert_cmpstr (g_ptr_array_index (layanan_standard_get_items (standard,
                                                                  LAYANAN_COMPONENT_KOMPETENSI),
                                      3), ==,
                   "Memiliki etika pelayanan yaitu disiplin, cepat, sopan, ramah, adil, terbuka, "
                   "sabar, komunikatif, kreatif, inovatif dan tanggung jawab.");
  g_assert_cmpstr (layanan_standard_get_text (standard, LAYANAN_COMPONENT_JAMINAN_PELAYANAN), ==,
                   "yang");
  assert_items (standard, LAYANAN_COMPONENT_JAMINAN_PELAYANAN, (const char *[]) {
    "Pelayanan diberikan cepat. lengkap dan dapat tepat. dipertanggungjawabkan",
    "Apabila terjadi pelanggaran terhadap standar pelayanan yang dilakukan oleh pelaksana "
      "pelayanan maka akan diberikan sanksi, yaitu mulai dari teguran lisan, teguran tertulis "
      "dan seterusnya, sesuai jenis/bobot pelanggaran dan ketentuan yang berlaku.",
    NULL });
  g_assert_cmpstr (g_ptr_array_index (layanan_standard_get_items (standard,
                                                                  LAYANAN_COMPONENT_EVALUASI),
                                      0), ==,
                   "Dilakukan rapat yang dihadiri oleh Kepala Biro, Kabag, Kasubbag, dan staf, "
                   "minimal 1 (satu) kali dalam 1 (satu) bulan");

  /* 4: the law items on one line; "d." on a line of its own after a blank one. */
  standard = g_ptr_array_index (standards, 3);
  g_assert_cmpuint (layanan_standard_get_review_flags (standard)->len, ==, 1);
  g_assert_true (has_flag (standard, "6 of the 14 components are missing from the document"));
  g_assert_cmpstr (g_ptr_array_index (layanan_standard_get_items (standard,
                                                                  LAYANAN_COMPONENT_DASAR_HUKUM),
                                      1), ==,
                   "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik");

  /* 5: "3. a. Ruang … WIFI public Kompetensi Pelaksana", then the signature. */
  standard = g_ptr_array_index (standards, 4);
  g_assert_true (has_flag (standard, "Several components run together on one line"));
  g_assert_cmpuint (layanan_standard_get_notes (standard)->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (layanan_standard_get_notes (standard), 0), ==,
                   "KEPALA BIRO ADMINISTRASI PIMPINAN");
}

static void
test_seed_002 (void)
{
  g_autoptr(GPtrArray) standards = import_seed ("002_");
  LayananStandard *standard;

  g_assert_cmpuint (standards->len, ==, 1);
  standard = g_ptr_array_index (standards, 0);
  g_assert_cmpstr (layanan_standard_get_name (standard), ==,
                   "Pelayanan Data, Laporan, dan Informasi");
  assert_items (standard, LAYANAN_COMPONENT_PERSYARATAN, (const char *[]) {
    "Surat Tugas", "Surat permintaan data, laporan, informasi", "Tanda pengenal/identitas.",
    NULL });
  g_assert_cmpuint (layanan_standard_get_items (standard, LAYANAN_COMPONENT_PROSEDUR)->len, ==, 4);
  g_assert_cmpstr (layanan_standard_get_text (standard, LAYANAN_COMPONENT_JANGKA_WAKTU), ==,
                   "3 hari");
  assert_completion (standard, 3, LAYANAN_DURATION_DAYS);
  g_assert_cmpint (layanan_standard_get_fee (standard), ==, 0);
  g_assert_cmpstr (layanan_standard_get_text (standard, LAYANAN_COMPONENT_PRODUK), ==,
                   "Data, Laporan, Informasi");
  assert_kesra_complaints (standard, "126");
  g_assert_cmpuint (layanan_standard_get_items (standard,
                                                LAYANAN_COMPONENT_DASAR_HUKUM)->len, ==, 6);
  assert_kesra_part_b (standard);
  g_assert_cmpuint (layanan_standard_get_review_flags (standard)->len, ==, 0);
  g_assert_cmpuint (layanan_standard_get_notes (standard)->len, ==, 0);
}

static void
test_seed_003 (void)
{
  g_autoptr(GPtrArray) standards = import_seed ("003_");
  LayananStandard *standard;
  GPtrArray *pengaduan;

  g_assert_cmpuint (standards->len, ==, 1);
  standard = g_ptr_array_index (standards, 0);
  g_assert_cmpstr (layanan_standard_get_name (standard), ==, "Pelayanan Penyediaan Narasumber");
  g_assert_cmpstr (layanan_standard_get_text (standard, LAYANAN_COMPONENT_PERSYARATAN), ==,
                   "Surat permintaan atau permohonan penyediaan narasumber/asistensi/bimbingan "
                   "teknis.");
  g_assert_cmpuint (layanan_standard_get_items (standard, LAYANAN_COMPONENT_PERSYARATAN)->len,
                    ==, 0);
  /* Dashes without letters. */
  assert_items (standard, LAYANAN_COMPONENT_PROSEDUR, (const char *[]) {
    "Tamu/Pengguna Layanan menuju ke Petugas Informasi atau Tata Usaha Biro",
    "Menyampaikan keperluan, mengisi buku tamu",
    "Menyerahkan surat permintaan penyediaan narasumber/asistensi/bimbingan teknis",
    "Menerima surat jawaban kesediaan dan jadwal narasumber/asistensi/bimbingan teknis.",
    NULL });
  assert_completion (standard, 3, LAYANAN_DURATION_DAYS);
  g_assert_cmpint (layanan_standard_get_fee (standard), ==, 0);
  g_assert_cmpstr (layanan_standard_get_text (standard, LAYANAN_COMPONENT_PRODUK), ==,
                   "Surat Kesediaan narasumber/asistensi/bimbingan teknis");

  pengaduan = layanan_standard_get_items (standard, LAYANAN_COMPONENT_PENGADUAN);
  g_assert_cmpuint (pengaduan->len, ==, 14);
  g_assert_cmpstr (g_ptr_array_index (pengaduan, 1), ==,
                   "- Tatap Muka langsung kepada Pejabat Pengelola Pengaduan");
  g_assert_cmpstr (g_ptr_array_index (pengaduan, 8), ==, "Alur Penanganan Pengaduan :");
  g_assert_cmpstr (g_ptr_array_index (pengaduan, 10), ==,
                   "- Pengaduan ringan, selambat-lambatnya 3 Jam");
  assert_kesra_complaints (standard, "126");
  assert_kesra_part_b (standard);
  g_assert_cmpuint (layanan_standard_get_review_flags (standard)->len, ==, 0);
}

static void
test_seed_004_markdown (void)
{
  g_autoptr(GPtrArray) standards = import_seed ("004_");
  LayananStandard *standard;
  GPtrArray *pengaduan;

  g_assert_cmpuint (standards->len, ==, 1);
  standard = g_ptr_array_index (standards, 0);
  g_assert_cmpstr (layanan_standard_get_name (standard), ==, "Pelayanan Konsultasi");
  assert_items (standard, LAYANAN_COMPONENT_PERSYARATAN, (const char *[]) {
    "Surat Tugas", "Dokumen/berkas pendukung", "Tanda pengenal/identitas.", NULL });
  g_assert_cmpuint (layanan_standard_get_items (standard, LAYANAN_COMPONENT_PROSEDUR)->len, ==, 4);

  /* Two times, neither alone the completion time: kept and flagged. */
  g_assert_cmpstr (layanan_standard_get_text (standard, LAYANAN_COMPONENT_JANGKA_WAKTU), ==,
                   "Administrasi : 15 Menit\nKonsultasi : Sesuai materi konsultasi");
  g_assert_false (layanan_standard_get_completion (standard, NULL));
  g_assert_true (has_flag (standard, "could not be read as one duration"));
  g_assert_cmpuint (layanan_standard_get_review_flags (standard)->len, ==, 1);

  g_assert_cmpint (layanan_standard_get_fee (standard), ==, 0);
  /* The product names this very service: no flag. */
  g_assert_cmpstr (layanan_standard_get_text (standard, LAYANAN_COMPONENT_PRODUK), ==,
                   "Pelayanan Konsultasi");

  /* Markdown links and emphasis are taken off. */
  pengaduan = layanan_standard_get_items (standard, LAYANAN_COMPONENT_PENGADUAN);
  g_assert_cmpstr (g_ptr_array_index (pengaduan, 6), ==, "6) Email : kesra@kalbarprov.go.id");
  g_assert_cmpstr (g_ptr_array_index (pengaduan, 7), ==,
                   "7) Online melalui website SP4N-LAPOR! (www.lapor.go.id)");
  assert_kesra_complaints (standard, "126");

  /* "## **1. Dasar Hukum**" */
  assert_kesra_part_b (standard);
  g_assert_cmpstr (g_ptr_array_index (layanan_standard_get_items (standard,
                                                                  LAYANAN_COMPONENT_SARANA), 0),
                   ==, "Ruang pelayanan, ruang tunggu, ruang laktasi, meja layanan pengaduan, "
                       "ruang layanan informasi");
}

/* The first-run catalog: every shipped document, its unit from units.tsv. */
static void
test_all_seeds (void)
{
  const char *data_dir = g_getenv ("LAYANAN_DATA_DIR");
  g_autofree char *dir = g_build_filename (data_dir != NULL ? data_dir : SOURCE_DATADIR,
                                           "standards", NULL);
  g_autofree char *manifest_path = g_build_filename (dir, "units.tsv", NULL);
  g_autofree char *manifest = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_services = 0, n_kesra = 0, n_adpim = 0, n_files = 0;

  g_assert_true (g_file_get_contents (manifest_path, &manifest, NULL, NULL));
  lines = g_strsplit (manifest, "\n", -1);
  g_assert_cmpstr (lines[0], ==, "file\tunit_code");

  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      g_autofree char *path = NULL;
      g_autoptr(GPtrArray) standards = NULL;
      g_autoptr(GError) error = NULL;

      if (*lines[i] == '\0')
        continue;
      fields = g_strsplit (lines[i], "\t", -1);
      g_assert_cmpuint (g_strv_length (fields), ==, 2);
      path = g_build_filename (dir, fields[0], NULL);
      standards = layanan_standard_import_file (path, &error);
      g_assert_no_error (error);
      n_files++;

      for (guint j = 0; j < standards->len; j++)
        {
          LayananStandard *standard = g_ptr_array_index (standards, j);

          g_assert_true (layanan_standard_validate (standard, NULL));
          g_assert_false (g_hash_table_contains (names, layanan_standard_get_name (standard)));
          g_hash_table_add (names, (gpointer) layanan_standard_get_name (standard));
          n_kesra += g_str_equal (fields[1], "kesra");
          n_adpim += g_str_equal (fields[1], "adpim");
          n_services++;
        }
      g_hash_table_remove_all (names);
    }

  g_assert_cmpuint (n_files, ==, 5);
  g_assert_cmpuint (n_services, ==, 9);
  g_assert_cmpuint (n_kesra, ==, 4);
  g_assert_cmpuint (n_adpim, ==, 5);
}

static void
test_matrix (void)
{
  const char *root = g_getenv ("LAYANAN_SOURCE_ROOT");
  g_autofree char *path = g_build_filename (root != NULL ? root : ".", "tests", "data",
                                            "standards", "matrix.md", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) standards = layanan_standard_import_file (path, &error);
  LayananStandard *standard;

  g_assert_no_error (error);
  g_assert_cmpuint (standards->len, ==, 2);

  standard = g_ptr_array_index (standards, 0);
  g_assert_cmpstr (layanan_standard_get_name (standard), ==,
                   "HIBAH RUMAH IBADAH DAN LEMBAGA KEAGAMAAN");
  g_assert_cmpstr (layanan_standard_get_unit_name (standard), ==, "Biro Kesejahteraan Rakyat");
  assert_items (standard, LAYANAN_COMPONENT_PERSYARATAN, (const char *[]) {
    "Proposal permohonan hibah", "Fotokopi KTP pengurus",
    "Surat keterangan terdaftar dari Kementerian Agama.", NULL });
  assert_items (standard, LAYANAN_COMPONENT_PROSEDUR, (const char *[]) {
    "Pemohon menyampaikan proposal", "Verifikasi berkas", "Penetapan penerima hibah", NULL });
  assert_completion (standard, 14, LAYANAN_DURATION_WORKING_DAYS);
  g_assert_cmpint (layanan_standard_get_fee (standard), ==, 50000);
  g_assert_cmpstr (layanan_standard_get_text (standard, LAYANAN_COMPONENT_PRODUK), ==,
                   "Naskah Perjanjian Hibah Daerah");
  g_assert_cmpuint (layanan_standard_get_channels (standard)->len, ==, 3);
  assert_channel (standard, 0, "whatsapp", "081234567890", NULL);
  assert_channel (standard, 1, "email", "kesra@kalbarprov.go.id", NULL);
  assert_channel (standard, 2, "telepon", "(0561) 736541", "126");
  g_assert_cmpuint (layanan_standard_get_categories (standard)->len, ==, 1);
  assert_category (standard, 0, "Pengaduan ringan", 2, LAYANAN_DURATION_WORKING_DAYS);
  g_assert_cmpuint (layanan_standard_get_items (standard,
                                                LAYANAN_COMPONENT_DASAR_HUKUM)->len, ==, 2);
  g_assert_cmpstr (layanan_standard_get_text (standard, LAYANAN_COMPONENT_SARANA), ==,
                   "Ruang pelayanan, komputer");
  g_assert_cmpint (layanan_standard_get_staff_count (standard), ==, 3);
  g_assert_cmpstr (layanan_standard_get_text (standard, LAYANAN_COMPONENT_EVALUASI), ==,
                   "Evaluasi setiap 6 (enam) bulan");
  for (LayananComponentKind kind = 0; kind < LAYANAN_N_COMPONENTS; kind++)
    g_assert_true (layanan_standard_has_component (standard, kind));
  /* A row that is no component is kept as a note. */
  g_assert_cmpuint (layanan_standard_get_notes (standard)->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (layanan_standard_get_notes (standard), 0), ==,
                   "Catatan: Formulir tersedia di loket");

  standard = g_ptr_array_index (standards, 1);
  g_assert_cmpstr (layanan_standard_get_name (standard), ==,
                   "PERMOHONAN DATA KESEJAHTERAAN RAKYAT");
  g_assert_cmpstr (layanan_standard_get_unit_name (standard), ==, "Biro Kesejahteraan Rakyat");
  g_assert_cmpstr (layanan_standard_get_text (standard, LAYANAN_COMPONENT_PERSYARATAN), ==,
                   "Surat permohonan");
  assert_completion (standard, 1, LAYANAN_DURATION_WORKING_DAYS);
  g_assert_cmpint (layanan_standard_get_fee (standard), ==, 0);
  g_assert_false (layanan_standard_has_component (standard, LAYANAN_COMPONENT_PRODUK));
  g_assert_false (layanan_standard_has_component (standard, LAYANAN_COMPONENT_EVALUASI));
  g_assert_true (has_flag (standard, "11 of the 14 components are missing"));
}

static void
test_match_component (void)
{
  static const struct
  {
    const char           *heading;
    LayananComponentKind  kind;
  } cases[] = {
    { "Persyaratan", LAYANAN_COMPONENT_PERSYARATAN },
    { "PERSYARATAN PELAYANAN", LAYANAN_COMPONENT_PERSYARATAN },
    { "Sistem, Mekanisme dan Prosedur", LAYANAN_COMPONENT_PROSEDUR },
    { "Sistem, mekanisme, dan prosedur", LAYANAN_COMPONENT_PROSEDUR },
    { "Prosedur", LAYANAN_COMPONENT_PROSEDUR },
    { "Jangka Waktu Penyelesaian", LAYANAN_COMPONENT_JANGKA_WAKTU },
    { "Jangka waktu pelayanan/penyelesaian", LAYANAN_COMPONENT_JANGKA_WAKTU },
    { "Waktu Pelayanan", LAYANAN_COMPONENT_JANGKA_WAKTU },
    { "Biaya (tarif)", LAYANAN_COMPONENT_BIAYA },
    { "Biaya/Tarif", LAYANAN_COMPONENT_BIAYA },
    { "Produk Pelayanan", LAYANAN_COMPONENT_PRODUK },
    { "Produk Layanan", LAYANAN_COMPONENT_PRODUK },
    { "Penanganan Pengaduan, Saran, dan Masukan", LAYANAN_COMPONENT_PENGADUAN },
    { "Penanganan pengaduan, saran dan masukan:", LAYANAN_COMPONENT_PENGADUAN },
    { "Dasar Hukum", LAYANAN_COMPONENT_DASAR_HUKUM },
    { "Sarana, Prasarana, dan/atau Fasilitas", LAYANAN_COMPONENT_SARANA },
    { "Sarana Prasarana dan Fasilitas", LAYANAN_COMPONENT_SARANA },
    { "Kompetensi Pelaksana", LAYANAN_COMPONENT_KOMPETENSI },
    { "Pengawasan Internal", LAYANAN_COMPONENT_PENGAWASAN },
    { "Jumlah Pelaksana", LAYANAN_COMPONENT_JUMLAH_PELAKSANA },
    { "Jaminan Pelayanan", LAYANAN_COMPONENT_JAMINAN_PELAYANAN },
    { "Jaminan Keamanan dan Keselamatan Pelayanan", LAYANAN_COMPONENT_JAMINAN_KEAMANAN },
    { "jaminan keamanan & keselamatan pelayanan", LAYANAN_COMPONENT_JAMINAN_KEAMANAN },
    { "Evaluasi Kinerja Pelaksana", LAYANAN_COMPONENT_EVALUASI },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      LayananComponentKind kind = LAYANAN_N_COMPONENTS;

      if (!layanan_standard_match_component (cases[i].heading, &kind))
        g_error ("“%s” matched no component", cases[i].heading);
      g_assert_cmpint (kind, ==, cases[i].kind);
    }

  g_assert_false (layanan_standard_match_component ("Catatan", NULL));
  g_assert_false (layanan_standard_match_component ("Pengaduan ringan, selambat-lambatnya 3 Jam",
                                                    NULL));
  g_assert_false (layanan_standard_match_component ("Jangka Waktu Penyelesaian Pengaduan",
                                                    NULL));
}

/* Headings with their value after a colon, and spellings from elsewhere. */
static void
test_inline_values (void)
{
  g_autoptr(GPtrArray) standards = parse (
    "STANDAR PELAYANAN: Pelayanan Rekomendasi\n"
    "Keterangan tambahan yang tidak cocok\n"
    "Persyaratan Pelayanan:\n"
    "1) Surat permohonan;\n"
    "2) KTP.\n"
    "Jangka Waktu Pelayanan : 5 (lima) Hari Kerja\n"
    "Biaya/Tarif: Rp. 25.000,-\n"
    "Produk Layanan: Surat Rekomendasi\n"
    "Dasar Hukum: Undang-Undang Nomor 25 Tahun 2009\n"
    "Jumlah Pelaksana: tiga orang\n");
  LayananStandard *standard;

  g_assert_cmpuint (standards->len, ==, 1);
  standard = g_ptr_array_index (standards, 0);
  g_assert_cmpstr (layanan_standard_get_name (standard), ==, "Pelayanan Rekomendasi");
  assert_items (standard, LAYANAN_COMPONENT_PERSYARATAN, (const char *[]) {
    "Surat permohonan", "KTP.", NULL });
  assert_completion (standard, 5, LAYANAN_DURATION_WORKING_DAYS);
  g_assert_cmpint (layanan_standard_get_fee (standard), ==, 25000);
  g_assert_cmpstr (layanan_standard_get_text (standard, LAYANAN_COMPONENT_PRODUK), ==,
                   "Surat Rekomendasi");
  g_assert_cmpstr (layanan_standard_get_text (standard, LAYANAN_COMPONENT_DASAR_HUKUM), ==,
                   "Undang-Undang Nomor 25 Tahun 2009");
  /* Written out in words: kept, flagged, not guessed. */
  g_assert_cmpint (layanan_standard_get_staff_count (standard), ==, -1);
  g_assert_true (has_flag (standard, "The number of staff “tiga orang” could not be read"));
  /* Text that matches no component is kept. */
  g_assert_cmpuint (layanan_standard_get_notes (standard)->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (layanan_standard_get_notes (standard), 0), ==,
                   "Keterangan tambahan yang tidak cocok");
}

static void
test_two_services_unnumbered (void)
{
  g_autoptr(GPtrArray) standards = parse (
    "Pelayanan Pertama\n"
    "1. Persyaratan\n"
    "Surat permohonan\n"
    "8. Evaluasi Kinerja Pelaksana\n"
    "Rapat bulanan\n"
    "Pelayanan Kedua\n"
    "1. Persyaratan\n"
    "KTP\n"
    "4. Biaya\n"
    "Gratis\n");
  LayananStandard *second;

  g_assert_cmpuint (standards->len, ==, 2);
  g_assert_cmpstr (layanan_standard_get_name (g_ptr_array_index (standards, 0)), ==,
                   "Pelayanan Pertama");
  g_assert_cmpstr (layanan_standard_get_text (g_ptr_array_index (standards, 0),
                                              LAYANAN_COMPONENT_EVALUASI), ==, "Rapat bulanan");
  second = g_ptr_array_index (standards, 1);
  g_assert_cmpstr (layanan_standard_get_name (second), ==, "Pelayanan Kedua");
  g_assert_cmpstr (layanan_standard_get_text (second, LAYANAN_COMPONENT_PERSYARATAN), ==, "KTP");
  g_assert_cmpint (layanan_standard_get_fee (second), ==, 0);
}

/* The matrix as Poppler reads it from a PDF: no pipes, numbers without periods. */
static void
test_matrix_as_pdf_text (void)
{
  g_autoptr(GPtrArray) standards = parse (
    "STANDAR PELAYANAN\n"
    "PELAYANAN REKOMENDASI HIBAH\n"
    "A. Komponen Standar Pelayanan yang terkait dengan proses penyampaian pelayanan\n"
    "No Komponen Uraian\n"
    "1 Persyaratan a. Proposal; b. KTP pengurus.\n"
    "3 Jangka Waktu Pelayanan 10 Hari Kerja\n"
    "4 Biaya/Tarif Gratis\n"
    "B. Komponen Standar Pelayanan yang terkait dengan proses pengelolaan pelayanan\n"
    "No Komponen Uraian\n"
    "5 Jumlah Pelaksana 2 (dua) orang\n");
  LayananStandard *standard;

  g_assert_cmpuint (standards->len, ==, 1);
  standard = g_ptr_array_index (standards, 0);
  g_assert_cmpstr (layanan_standard_get_name (standard), ==, "PELAYANAN REKOMENDASI HIBAH");
  assert_items (standard, LAYANAN_COMPONENT_PERSYARATAN, (const char *[]) {
    "Proposal", "KTP pengurus.", NULL });
  assert_completion (standard, 10, LAYANAN_DURATION_WORKING_DAYS);
  g_assert_cmpint (layanan_standard_get_fee (standard), ==, 0);
  g_assert_cmpint (layanan_standard_get_staff_count (standard), ==, 2);
  g_assert_cmpuint (layanan_standard_get_notes (standard)->len, ==, 0);
}

static void
test_numbering_mismatch (void)
{
  g_autoptr(GPtrArray) standards = parse ("Pelayanan Uji\n"
                                          "1. Persyaratan\n"
                                          "KTP\n"
                                          "5. Biaya\n"
                                          "Gratis\n");
  LayananStandard *standard = g_ptr_array_index (standards, 0);

  g_assert_true (has_flag (standard, "“Biaya/tarif” is numbered 5 in the document, but it is "
                                     "number 4 of part A"));
  g_assert_cmpint (layanan_standard_get_fee (standard), ==, 0);
}

static void
assert_refused (const char *text,
                gssize      length,
                const char *fragment)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) standards = NULL;

  if (length < 0)
    standards = layanan_standard_parse_text (text, "bad.txt", &error);
  else
    standards = layanan_standard_parse_data (text, (gsize) length, "bad.txt", &error);

  g_assert_null (standards);
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "bad.txt"));
  if (strstr (error->message, fragment) == NULL)
    g_error ("“%s” does not say “%s”", error->message, fragment);
}

static void
test_malformed (void)
{
  assert_refused ("", -1, "is empty");
  assert_refused (" \n\t\n  \n", -1, "is empty");
  assert_refused ("", 0, "is empty");
  assert_refused ("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16, "binary");
  assert_refused ("Persyaratan\n\xff\xfe KTP", -1, "UTF-8");
  assert_refused ("Persyaratan\n\xff\xfe KTP", 16, "UTF-8");
  assert_refused ("Persyaratan\x01\x02\x03", -1, "binary");
  assert_refused ("Kepada Yth. Kepala Biro\nDengan hormat, kami mohon bantuan.\n", -1,
                  "No component");
}

static void
test_import_errors (void)
{
  g_autofree char *dir = layanan_test_make_tmp_dir ("standard-import");
  g_autofree char *missing = g_build_filename (dir, "missing.txt", NULL);
  g_autofree char *empty = g_build_filename (dir, "empty.txt", NULL);
  g_autofree char *binary = g_build_filename (dir, "scan.md", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) standards = NULL;
  static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";

  standards = layanan_standard_import_file (missing, &error);
  g_assert_null (standards);
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "missing.txt"));
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  standards = layanan_standard_import_file (empty, &error);
  g_assert_null (standards);
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "“empty.txt” is empty"));
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (binary, png, sizeof png - 1, NULL));
  standards = layanan_standard_import_file (binary, &error);
  g_assert_null (standards);
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "“scan.md” is not a text document"));
  g_clear_error (&error);

  layanan_test_remove_tree (dir);
}

static void
imported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static void
test_import_async (void)
{
  g_autofree char *path = seed_path ("001_");
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GPtrArray) standards = NULL;
  g_autoptr(GError) error = NULL;

  layanan_standard_import_file_async (path, NULL, imported_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  standards = layanan_standard_import_file_finish (result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (standards->len, ==, 5);
  g_clear_object (&result);

  /* Cancelled before it starts: a cancellation error, nothing else. */
  g_cancellable_cancel (cancellable);
  layanan_standard_import_file_async (path, cancellable, imported_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (layanan_standard_import_file_finish (result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/standard-parser/seed-000", test_seed_000);
  g_test_add_func ("/core/standard-parser/seed-001", test_seed_001);
  g_test_add_func ("/core/standard-parser/seed-002", test_seed_002);
  g_test_add_func ("/core/standard-parser/seed-003", test_seed_003);
  g_test_add_func ("/core/standard-parser/seed-004-markdown", test_seed_004_markdown);
  g_test_add_func ("/core/standard-parser/all-seeds", test_all_seeds);
  g_test_add_func ("/core/standard-parser/matrix", test_matrix);
  g_test_add_func ("/core/standard-parser/match-component", test_match_component);
  g_test_add_func ("/core/standard-parser/inline-values", test_inline_values);
  g_test_add_func ("/core/standard-parser/two-services-unnumbered", test_two_services_unnumbered);
  g_test_add_func ("/core/standard-parser/matrix-as-pdf-text", test_matrix_as_pdf_text);
  g_test_add_func ("/core/standard-parser/numbering-mismatch", test_numbering_mismatch);
  g_test_add_func ("/core/standard-parser/malformed", test_malformed);
  g_test_add_func ("/jobs/standard-import/errors", test_import_errors);
  g_test_add_func ("/jobs/standard-import/async", test_import_async);

  return g_test_run ();
}
