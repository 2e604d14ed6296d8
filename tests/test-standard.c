/* test-standard.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "layanan-error.h"
#include "layanan-standard.h"

static void
test_component_kinds (void)
{
  static const char * const keys[] = {
    "persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "pengaduan",
    "dasar_hukum", "sarana", "kompetensi", "pengawasan", "jumlah_pelaksana",
    "jaminan_pelayanan", "jaminan_keamanan", "evaluasi",
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (keys) == LAYANAN_N_COMPONENTS);

  for (guint i = 0; i < LAYANAN_N_COMPONENTS; i++)
    {
      LayananComponentKind kind = LAYANAN_N_COMPONENTS;

      g_assert_cmpstr (layanan_component_kind_to_key (i), ==, keys[i]);
      g_assert_true (layanan_component_kind_from_key (keys[i], &kind));
      g_assert_cmpint (kind, ==, i);
      g_assert_nonnull (layanan_component_kind_get_name (i));
      g_assert_cmpint (layanan_component_kind_get_group (i), ==, i < 6 ? 'A' : 'B');
      g_assert_cmpint (layanan_component_kind_get_number (i), ==, i < 6 ? i + 1 : i - 5);
    }

  g_assert_false (layanan_component_kind_from_key ("formulir", NULL));
  g_assert_cmpstr (layanan_component_kind_get_name (LAYANAN_COMPONENT_PROSEDUR), ==,
                   "Sistem, mekanisme, dan prosedur");
  g_assert_cmpstr (layanan_component_kind_get_name (LAYANAN_COMPONENT_JANGKA_WAKTU), ==,
                   "Jangka waktu pelayanan/penyelesaian");
  g_assert_cmpstr (layanan_component_kind_get_name (LAYANAN_COMPONENT_BIAYA), ==, "Biaya/tarif");
  g_assert_cmpstr (layanan_component_kind_get_name (LAYANAN_COMPONENT_PENGADUAN), ==,
                   "Penanganan pengaduan, saran, dan masukan");
  g_assert_cmpstr (layanan_component_kind_get_name (LAYANAN_COMPONENT_SARANA), ==,
                   "Sarana, prasarana, dan/atau fasilitas");
  g_assert_cmpstr (layanan_component_kind_get_name (LAYANAN_COMPONENT_JAMINAN_KEAMANAN), ==,
                   "Jaminan keamanan dan keselamatan pelayanan");
}

static void
assert_items (LayananStandard      *standard,
              LayananComponentKind  kind,
              const char * const   *expected)
{
  GPtrArray *items = layanan_standard_get_items (standard, kind);

  g_assert_cmpuint (items->len, ==, g_strv_length ((char **) expected));
  for (guint i = 0; i < items->len; i++)
    g_assert_cmpstr (g_ptr_array_index (items, i), ==, expected[i]);
}

static void
test_items (void)
{
  g_autoptr(LayananStandard) standard = layanan_standard_new ("Pelayanan Konsultasi");
  const LayananComponentKind kind = LAYANAN_COMPONENT_PERSYARATAN;

  g_assert_false (layanan_standard_has_component (standard, kind));
  g_assert_nonnull (layanan_standard_get_items (standard, kind));
  g_assert_cmpuint (layanan_standard_get_items (standard, kind)->len, ==, 0);

  layanan_standard_add_item (standard, kind, "Surat Tugas");
  layanan_standard_add_item (standard, kind, "Dokumen/berkas pendukung");
  layanan_standard_add_item (standard, kind, "Tanda pengenal/identitas");
  g_assert_true (layanan_standard_has_component (standard, kind));
  assert_items (standard, kind, (const char *[]) { "Surat Tugas", "Dokumen/berkas pendukung",
                                                   "Tanda pengenal/identitas", NULL });

  layanan_standard_move_item (standard, kind, 2, 0);
  assert_items (standard, kind, (const char *[]) { "Tanda pengenal/identitas", "Surat Tugas",
                                                   "Dokumen/berkas pendukung", NULL });
  layanan_standard_move_item (standard, kind, 0, 2);
  assert_items (standard, kind, (const char *[]) { "Surat Tugas", "Dokumen/berkas pendukung",
                                                   "Tanda pengenal/identitas", NULL });
  layanan_standard_move_item (standard, kind, 1, 1);
  layanan_standard_remove_item (standard, kind, 1);
  assert_items (standard, kind, (const char *[]) { "Surat Tugas", "Tanda pengenal/identitas",
                                                   NULL });
  layanan_standard_remove_item (standard, kind, 0);
  layanan_standard_remove_item (standard, kind, 0);
  assert_items (standard, kind, (const char *[]) { NULL });

  /* The document had it, even when a person emptied it. */
  g_assert_true (layanan_standard_has_component (standard, kind));
  layanan_standard_set_has_component (standard, kind, FALSE);
  g_assert_false (layanan_standard_has_component (standard, kind));

  layanan_standard_set_text (standard, LAYANAN_COMPONENT_BIAYA, "Gratis");
  g_assert_true (layanan_standard_has_component (standard, LAYANAN_COMPONENT_BIAYA));
  g_assert_cmpstr (layanan_standard_get_text (standard, LAYANAN_COMPONENT_BIAYA), ==, "Gratis");
}

static void
test_copy (void)
{
  g_autoptr(LayananStandard) standard = layanan_standard_new ("Pelayanan Data");
  g_autoptr(LayananStandard) copy = NULL;
  LayananDuration completion = { 3, LAYANAN_DURATION_WORKING_DAYS };
  LayananDuration got;
  LayananComplaintChannel *channel;
  LayananComplaintCategory *category;

  g_assert_cmpint (layanan_standard_get_fee (standard), ==, -1);
  g_assert_cmpint (layanan_standard_get_staff_count (standard), ==, -1);
  g_assert_false (layanan_standard_get_completion (standard, &got));

  layanan_standard_set_unit_code (standard, "kesra");
  layanan_standard_set_unit_name (standard, "Biro Kesejahteraan Rakyat");
  layanan_standard_add_item (standard, LAYANAN_COMPONENT_DASAR_HUKUM, "UU 25/2009");
  layanan_standard_set_text (standard, LAYANAN_COMPONENT_JANGKA_WAKTU, "3 hari kerja");
  layanan_standard_set_completion (standard, &completion);
  layanan_standard_set_fee (standard, 0);
  layanan_standard_set_staff_count (standard, 5);
  layanan_standard_add_channel (standard, "telepon", "(0561) 736541", "126");
  layanan_standard_add_category (standard, "Pengaduan ringan",
                                 &(LayananDuration) { 3, LAYANAN_DURATION_HOURS });
  layanan_standard_add_note (standard, "Catatan");
  layanan_standard_add_review_flag (standard, "Check");
  layanan_standard_add_review_flag (standard, "Check");
  g_assert_cmpuint (layanan_standard_get_review_flags (standard)->len, ==, 1);

  copy = layanan_standard_copy (standard);
  g_assert_true (copy != standard);

  /* Changing the original leaves the copy alone. */
  layanan_standard_set_name (standard, "Changed");
  layanan_standard_remove_item (standard, LAYANAN_COMPONENT_DASAR_HUKUM, 0);
  layanan_standard_clear_channels (standard);
  layanan_standard_clear_categories (standard);
  layanan_standard_set_completion (standard, NULL);
  g_assert_false (layanan_standard_get_completion (standard, NULL));

  g_assert_cmpstr (layanan_standard_get_name (copy), ==, "Pelayanan Data");
  g_assert_cmpstr (layanan_standard_get_unit_code (copy), ==, "kesra");
  g_assert_cmpstr (layanan_standard_get_unit_name (copy), ==, "Biro Kesejahteraan Rakyat");
  assert_items (copy, LAYANAN_COMPONENT_DASAR_HUKUM, (const char *[]) { "UU 25/2009", NULL });
  g_assert_cmpstr (layanan_standard_get_text (copy, LAYANAN_COMPONENT_JANGKA_WAKTU), ==,
                   "3 hari kerja");
  g_assert_true (layanan_standard_get_completion (copy, &got));
  g_assert_cmpint (got.value, ==, 3);
  g_assert_cmpint (got.unit, ==, LAYANAN_DURATION_WORKING_DAYS);
  g_assert_cmpint (layanan_standard_get_fee (copy), ==, 0);
  g_assert_cmpint (layanan_standard_get_staff_count (copy), ==, 5);
  g_assert_cmpuint (layanan_standard_get_channels (copy)->len, ==, 1);
  channel = g_ptr_array_index (layanan_standard_get_channels (copy), 0);
  g_assert_cmpstr (channel->kind, ==, "telepon");
  g_assert_cmpstr (channel->value, ==, "(0561) 736541");
  g_assert_cmpstr (channel->extension, ==, "126");
  g_assert_cmpuint (layanan_standard_get_categories (copy)->len, ==, 1);
  category = g_ptr_array_index (layanan_standard_get_categories (copy), 0);
  g_assert_cmpstr (category->name, ==, "Pengaduan ringan");
  g_assert_cmpint (category->deadline.value, ==, 3);
  g_assert_cmpint (category->deadline.unit, ==, LAYANAN_DURATION_HOURS);
  g_assert_cmpuint (layanan_standard_get_notes (copy)->len, ==, 1);
  g_assert_cmpuint (layanan_standard_get_review_flags (copy)->len, ==, 1);
}

static void
test_validate (void)
{
  g_autoptr(LayananStandard) standard = layanan_standard_new (NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (layanan_standard_validate (standard, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "no name"));
  g_clear_error (&error);

  layanan_standard_set_name (standard, "   ");
  g_assert_false (layanan_standard_validate (standard, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  layanan_standard_set_name (standard, "Pelayanan Konsultasi");
  g_assert_true (layanan_standard_validate (standard, &error));
  g_assert_no_error (error);

  layanan_standard_set_fee (standard, -5000);
  g_assert_false (layanan_standard_validate (standard, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "negative"));
  g_assert_nonnull (strstr (error->message, "Pelayanan Konsultasi"));
  g_clear_error (&error);
  layanan_standard_set_fee (standard, 0);

  layanan_standard_set_completion (standard,
                                   &(LayananDuration) { 0, LAYANAN_DURATION_WORKING_DAYS });
  g_assert_false (layanan_standard_validate (standard, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  layanan_standard_set_completion (standard, &(LayananDuration) { 5, 42 });
  g_assert_false (layanan_standard_validate (standard, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  layanan_standard_set_completion (standard,
                                   &(LayananDuration) { 15, LAYANAN_DURATION_MINUTES });
  g_assert_true (layanan_standard_validate (standard, &error));

  layanan_standard_set_staff_count (standard, -3);
  g_assert_false (layanan_standard_validate (standard, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
}

static void
test_maklumat (void)
{
  g_autoptr(LayananMaklumat) maklumat = g_new0 (LayananMaklumat, 1);
  g_autoptr(LayananMaklumat) copy = NULL;

  maklumat->text = g_strdup ("Dengan ini, kami menyatakan sanggup …");
  maklumat->date = g_strdup ("2026-01-02");
  maklumat->place = g_strdup ("Pontianak");
  copy = layanan_maklumat_copy (maklumat);
  g_assert_cmpstr (copy->text, ==, maklumat->text);
  g_assert_cmpstr (copy->date, ==, "2026-01-02");
  g_assert_cmpstr (copy->place, ==, "Pontianak");
  g_assert_null (copy->signatory);
}

static void
test_fee (void)
{
  static const struct { const char *text; gint64 fee; } good[] = {
    { "Gratis", 0 }, { " gratis ", 0 }, { "0", 0 }, { "50000", 50000 },
    { "Rp 50.000", 50000 }, { "rp1.250.000", 1250000 },
  };
  static const char *bad[] = { "", "lima puluh ribu", "Rp", "-5000", "50.000,50" };
  gint64 fee = -1;

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (layanan_standard_parse_fee (good[i].text, &fee, &error));
      g_assert_no_error (error);
      g_assert_cmpint (fee, ==, good[i].fee);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (layanan_standard_parse_fee (bad[i], &fee, &error));
      g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
      g_assert_nonnull (strstr (error->message, bad[i]));
    }

}

static void
test_format_fee (void)
{
  g_autofree char *small = layanan_standard_format_fee (500);
  g_autofree char *thousands = layanan_standard_format_fee (50000);
  g_autofree char *millions = layanan_standard_format_fee (1250000);

  g_assert_cmpstr (small, ==, "Rp 500");
  g_assert_cmpstr (thousands, ==, "Rp 50.000");
  g_assert_cmpstr (millions, ==, "Rp 1.250.000");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/standard/component-kinds", test_component_kinds);
  g_test_add_func ("/core/standard/items", test_items);
  g_test_add_func ("/core/standard/copy", test_copy);
  g_test_add_func ("/core/standard/validate", test_validate);
  g_test_add_func ("/core/standard/maklumat", test_maklumat);
  g_test_add_func ("/core/standard/fee", test_fee);
  g_test_add_func ("/core/standard/format-fee", test_format_fee);

  return g_test_run ();
}
