/* layanan-letter-fields.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "layanan-letter.h"

G_BEGIN_DECLS

/* What the intake form is pre-filled with: the fields of an incoming letter
 * (naskah dinas, Permendagri 1/2023 and 54/2009 layouts) read from its text
 * layer or OCR. Every string is NULL when the letter does not show it. */
typedef struct
{
  char             *nomor;         /* "800/2606/BKD/2025" */
  char             *tanggal;       /* YYYY-MM-DD */
  char             *tanggal_text;  /* the date as printed: "6 Nop 2025" */
  gboolean          has_keamanan;
  LayananKeamanan   keamanan;      /* from "Sifat : Rahasia", "Sifat : Biasa" */
  gboolean          has_kecepatan;
  LayananKecepatan  kecepatan;     /* from "Sifat : Segera", "Sangat Segera" */
  char             *sifat_text;    /* the Sifat value as printed */
  char             *lampiran;      /* "1 (satu) berkas"; "-" gives NULL */
  char             *hal;           /* Hal / Perihal, wrapped lines joined */
  char             *pengirim;      /* the agency of the letterhead, else the signer's jabatan */
  char             *kepada;        /* the addressee without "Yth.", lines joined */
} LayananLetterFields;

LayananLetterFields *layanan_letter_fields_extract (const char           *text);
void                 layanan_letter_fields_free    (LayananLetterFields  *fields);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananLetterFields, layanan_letter_fields_free)

/* Reads a date as Indonesian letters print it ("6 Nop 2025",
 * "Pontianak, 6 Nopember 2025", "06/11/2025", "2025-11-06"). */
gboolean             layanan_letter_date_parse     (const char           *text,
                                                    GDate                *date,
                                                    GError              **error);

/* Maps a Sifat value onto the two axes (DOMAIN.md §4.3): "Rahasia" sets a
 * keamanan, "Segera" a kecepatan, "Biasa" keamanan Biasa. Returns %FALSE
 * when the value names neither ("Penting", "-"). */
gboolean             layanan_letter_sifat_parse    (const char           *text,
                                                    gboolean             *has_keamanan,
                                                    LayananKeamanan      *keamanan,
                                                    gboolean             *has_kecepatan,
                                                    LayananKecepatan     *kecepatan);

G_END_DECLS
