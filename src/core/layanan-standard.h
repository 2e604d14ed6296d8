/* layanan-standard.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "layanan-duration.h"

G_BEGIN_DECLS

/* The 14 components of a Standar Pelayanan (PermenPANRB 15/2014), in the
 * order of the published matrix: A 1–6 (service delivery), B 1–8
 * (manufacturing). Keys match the store's component_kinds.code. */
typedef enum
{
  LAYANAN_COMPONENT_PERSYARATAN,
  LAYANAN_COMPONENT_PROSEDUR,
  LAYANAN_COMPONENT_JANGKA_WAKTU,
  LAYANAN_COMPONENT_BIAYA,
  LAYANAN_COMPONENT_PRODUK,
  LAYANAN_COMPONENT_PENGADUAN,
  LAYANAN_COMPONENT_DASAR_HUKUM,
  LAYANAN_COMPONENT_SARANA,
  LAYANAN_COMPONENT_KOMPETENSI,
  LAYANAN_COMPONENT_PENGAWASAN,
  LAYANAN_COMPONENT_JUMLAH_PELAKSANA,
  LAYANAN_COMPONENT_JAMINAN_PELAYANAN,
  LAYANAN_COMPONENT_JAMINAN_KEAMANAN,
  LAYANAN_COMPONENT_EVALUASI,
  LAYANAN_N_COMPONENTS
} LayananComponentKind;

const char *layanan_component_kind_to_key     (LayananComponentKind  kind);
gboolean    layanan_component_kind_from_key   (const char           *key,
                                               LayananComponentKind *kind);
/* The official Indonesian name printed in the matrix, e.g. "Persyaratan". */
const char *layanan_component_kind_get_name   (LayananComponentKind  kind);
/* 'A' or 'B', and the number within the group as published (1–6, 1–8). */
char        layanan_component_kind_get_group  (LayananComponentKind  kind);
int         layanan_component_kind_get_number (LayananComponentKind  kind);

/* A complaint channel as the standard prints it ("WA : 085828735503"). */
typedef struct
{
  char *kind;       /* "tatap_muka", "kotak_pengaduan", "whatsapp", "telepon", "faksimile",
                       "email", "sp4n_lapor", "lainnya" (the store's unit_channels keys) */
  char *value;      /* "085828735503", "(0561) 736541", "kesra@kalbarprov.go.id" */
  char *extension;  /* "233", or NULL */
} LayananComplaintChannel;

/* A complaint category with its settlement deadline ("ringan, 3 jam"). */
typedef struct
{
  char            *name;      /* "Pengaduan ringan" */
  LayananDuration  deadline;
} LayananComplaintCategory;

/* The maklumat pelayanan of a unit (UU 25/2009 Pasal 15 b), printed after
 * the matrix when chosen. */
typedef struct
{
  char *text;
  char *date;        /* YYYY-MM-DD */
  char *place;       /* "Pontianak" */
  char *signatory;   /* name and position as signed */
} LayananMaklumat;

void             layanan_maklumat_free (LayananMaklumat *maklumat);
LayananMaklumat *layanan_maklumat_copy (const LayananMaklumat *maklumat);

LayananComplaintChannel  *layanan_complaint_channel_new   (const char *kind,
                                                           const char *value,
                                                           const char *extension);
LayananComplaintChannel  *layanan_complaint_channel_copy
                                              (const LayananComplaintChannel  *channel);
LayananComplaintCategory *layanan_complaint_category_new  (const char            *name,
                                                           const LayananDuration *deadline);
LayananComplaintCategory *layanan_complaint_category_copy
                                              (const LayananComplaintCategory *category);

#define LAYANAN_TYPE_STANDARD (layanan_standard_get_type ())

G_DECLARE_FINAL_TYPE (LayananStandard, layanan_standard, LAYANAN, STANDARD, GObject)

/* One service's standard: its name, its unit, and per component the items
 * as printed (a list) or the text (prose, e.g. "30 Hari Kerja"). Typed
 * values derived from the text (completion time, fee, staff count,
 * channels, categories) sit beside it; the text stays as published. */
LayananStandard *layanan_standard_new                  (const char           *name);
LayananStandard *layanan_standard_copy                 (LayananStandard      *self);

const char      *layanan_standard_get_name             (LayananStandard      *self);
void             layanan_standard_set_name             (LayananStandard      *self,
                                                        const char           *name);
const char      *layanan_standard_get_unit_code        (LayananStandard      *self);
void             layanan_standard_set_unit_code        (LayananStandard      *self,
                                                        const char           *unit_code);
/* The unit's name as printed under the title, e.g. "Biro Kesejahteraan Rakyat". */
const char      *layanan_standard_get_unit_name        (LayananStandard      *self);
void             layanan_standard_set_unit_name        (LayananStandard      *self,
                                                        const char           *unit_name);

/* Whether the source document had this component at all. */
gboolean         layanan_standard_has_component        (LayananStandard      *self,
                                                        LayananComponentKind  kind);
const char      *layanan_standard_get_text             (LayananStandard      *self,
                                                        LayananComponentKind  kind);
void             layanan_standard_set_text             (LayananStandard      *self,
                                                        LayananComponentKind  kind,
                                                        const char           *text);
/* (transfer none) (element-type utf8): the list items in order, never %NULL.
 * An item nested under the one before it keeps its printed marker
 * ("1) Tatap Muka…", "- Tatap Muka…"); top-level items are stored without
 * theirs ("a.", "1.", "-"), since the matrix numbers them itself. */
GPtrArray       *layanan_standard_get_items            (LayananStandard      *self,
                                                        LayananComponentKind  kind);
void             layanan_standard_add_item             (LayananStandard      *self,
                                                        LayananComponentKind  kind,
                                                        const char           *item);
void             layanan_standard_remove_item          (LayananStandard      *self,
                                                        LayananComponentKind  kind,
                                                        guint                 position);
void             layanan_standard_move_item            (LayananStandard      *self,
                                                        LayananComponentKind  kind,
                                                        guint                 from,
                                                        guint                 to);

gboolean         layanan_standard_get_completion       (LayananStandard      *self,
                                                        LayananDuration      *completion);
void             layanan_standard_set_completion       (LayananStandard      *self,
                                                        const LayananDuration *completion);
/* Whole rupiah; 0 is "Gratis"; -1 unknown. */
gint64           layanan_standard_get_fee              (LayananStandard      *self);
void             layanan_standard_set_fee              (LayananStandard      *self,
                                                        gint64                fee_rupiah);
/* -1 unknown. */
int              layanan_standard_get_staff_count      (LayananStandard      *self);
void             layanan_standard_set_staff_count      (LayananStandard      *self,
                                                        int                   staff_count);
/* (transfer none) (element-type LayananComplaintChannel) */
GPtrArray       *layanan_standard_get_channels         (LayananStandard      *self);
/* (transfer none) (element-type LayananComplaintCategory) */
GPtrArray       *layanan_standard_get_categories       (LayananStandard      *self);

/* Text of the document that matched no component: kept, never dropped. */
GPtrArray       *layanan_standard_get_notes            (LayananStandard      *self);
void             layanan_standard_add_note             (LayananStandard      *self,
                                                        const char           *note);
/* Things a person should check before saving (inconsistent numbering, a
 * product that names another service…), in the user's language. */
GPtrArray       *layanan_standard_get_review_flags     (LayananStandard      *self);
void             layanan_standard_add_review_flag      (LayananStandard      *self,
                                                        const char           *flag);

/* Checks what a person must fix before saving: a name, a completion time
 * with a unit, a fee that is not negative. */
gboolean         layanan_standard_validate             (LayananStandard      *self,
                                                        GError              **error);

void             layanan_complaint_channel_free        (LayananComplaintChannel  *channel);
void             layanan_complaint_category_free       (LayananComplaintCategory *category);

/* Marks a component as present in (or absent from) the source document;
 * setting its text or adding an item marks it present too. */
void             layanan_standard_set_has_component    (LayananStandard      *self,
                                                        LayananComponentKind  kind,
                                                        gboolean              has_component);
/* Passing %NULL to layanan_standard_set_completion() clears it. */
void             layanan_standard_add_channel          (LayananStandard      *self,
                                                        const char           *kind,
                                                        const char           *value,
                                                        const char           *extension);
void             layanan_standard_clear_channels       (LayananStandard      *self);
void             layanan_standard_add_category         (LayananStandard      *self,
                                                        const char           *name,
                                                        const LayananDuration *deadline);
void             layanan_standard_clear_categories     (LayananStandard      *self);

/* The complaint channel kinds in the order the standards list them
 * (%NULL-terminated), and each one's name for people, translated. */
const char * const *layanan_complaint_channel_kinds          (void);
const char         *layanan_complaint_channel_kind_get_label (const char *kind);

/* A fee as a person types it: "Gratis", "0", "50000", "Rp 50.000". */
gboolean         layanan_standard_parse_fee            (const char           *text,
                                                        gint64               *fee_rupiah,
                                                        GError              **error);
/* "Gratis" for 0, "Rp 50.000" otherwise: the way the matrix prints a fee. */
char            *layanan_standard_format_fee           (gint64                fee_rupiah);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananMaklumat, layanan_maklumat_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananComplaintChannel, layanan_complaint_channel_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananComplaintCategory, layanan_complaint_category_free)

G_END_DECLS
