/* layanan-standard.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-standard"

#include "config.h"

#include "layanan-standard.h"

#include <glib/gi18n.h>

#include "layanan-complaint.h"
#include "layanan-error.h"

struct _LayananStandard
{
  GObject          parent_instance;

  /* Owned */
  char            *name;
  char            *unit_code;
  char            *unit_name;
  char            *texts[LAYANAN_N_COMPONENTS];
  GPtrArray       *items[LAYANAN_N_COMPONENTS];
  gboolean         present[LAYANAN_N_COMPONENTS];
  gboolean         has_completion;
  LayananDuration  completion;
  gint64           fee;
  int              staff_count;
  GPtrArray       *channels;
  GPtrArray       *categories;
  GPtrArray       *notes;
  GPtrArray       *review_flags;
};

G_DEFINE_FINAL_TYPE (LayananStandard, layanan_standard, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_UNIT_CODE,
  PROP_UNIT_NAME,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The matrix as PermenPANRB 15/2014 prints it (DOMAIN.md §2.2). */
static const struct
{
  const char *key;
  const char *name;
  char        group;
  int         number;
} component_kinds[LAYANAN_N_COMPONENTS] = {
  [LAYANAN_COMPONENT_PERSYARATAN] = { "persyaratan", "Persyaratan", 'A', 1 },
  [LAYANAN_COMPONENT_PROSEDUR] = { "prosedur", "Sistem, mekanisme, dan prosedur", 'A', 2 },
  [LAYANAN_COMPONENT_JANGKA_WAKTU] = { "jangka_waktu", "Jangka waktu pelayanan/penyelesaian",
                                       'A', 3 },
  [LAYANAN_COMPONENT_BIAYA] = { "biaya", "Biaya/tarif", 'A', 4 },
  [LAYANAN_COMPONENT_PRODUK] = { "produk", "Produk pelayanan", 'A', 5 },
  [LAYANAN_COMPONENT_PENGADUAN] = { "pengaduan", "Penanganan pengaduan, saran, dan masukan",
                                    'A', 6 },
  [LAYANAN_COMPONENT_DASAR_HUKUM] = { "dasar_hukum", "Dasar hukum", 'B', 1 },
  [LAYANAN_COMPONENT_SARANA] = { "sarana", "Sarana, prasarana, dan/atau fasilitas", 'B', 2 },
  [LAYANAN_COMPONENT_KOMPETENSI] = { "kompetensi", "Kompetensi pelaksana", 'B', 3 },
  [LAYANAN_COMPONENT_PENGAWASAN] = { "pengawasan", "Pengawasan internal", 'B', 4 },
  [LAYANAN_COMPONENT_JUMLAH_PELAKSANA] = { "jumlah_pelaksana", "Jumlah pelaksana", 'B', 5 },
  [LAYANAN_COMPONENT_JAMINAN_PELAYANAN] = { "jaminan_pelayanan", "Jaminan pelayanan", 'B', 6 },
  [LAYANAN_COMPONENT_JAMINAN_KEAMANAN] = { "jaminan_keamanan",
                                           "Jaminan keamanan dan keselamatan pelayanan",
                                           'B', 7 },
  [LAYANAN_COMPONENT_EVALUASI] = { "evaluasi", "Evaluasi kinerja pelaksana", 'B', 8 },
};

const char *
layanan_component_kind_to_key (LayananComponentKind kind)
{
  g_return_val_if_fail ((guint) kind < LAYANAN_N_COMPONENTS, NULL);

  return component_kinds[kind].key;
}

gboolean
layanan_component_kind_from_key (const char           *key,
                                 LayananComponentKind *kind)
{
  g_return_val_if_fail (key != NULL, FALSE);

  for (guint i = 0; i < LAYANAN_N_COMPONENTS; i++)
    {
      if (g_str_equal (key, component_kinds[i].key))
        {
          if (kind != NULL)
            *kind = (LayananComponentKind) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
layanan_component_kind_get_name (LayananComponentKind kind)
{
  g_return_val_if_fail ((guint) kind < LAYANAN_N_COMPONENTS, NULL);

  return component_kinds[kind].name;
}

char
layanan_component_kind_get_group (LayananComponentKind kind)
{
  g_return_val_if_fail ((guint) kind < LAYANAN_N_COMPONENTS, '\0');

  return component_kinds[kind].group;
}

int
layanan_component_kind_get_number (LayananComponentKind kind)
{
  g_return_val_if_fail ((guint) kind < LAYANAN_N_COMPONENTS, 0);

  return component_kinds[kind].number;
}

void
layanan_maklumat_free (LayananMaklumat *maklumat)
{
  if (maklumat == NULL)
    return;

  g_free (maklumat->text);
  g_free (maklumat->date);
  g_free (maklumat->place);
  g_free (maklumat->signatory);
  g_free (maklumat);
}

LayananMaklumat *
layanan_maklumat_copy (const LayananMaklumat *maklumat)
{
  LayananMaklumat *copy;

  g_return_val_if_fail (maklumat != NULL, NULL);

  copy = g_new0 (LayananMaklumat, 1);
  copy->text = g_strdup (maklumat->text);
  copy->date = g_strdup (maklumat->date);
  copy->place = g_strdup (maklumat->place);
  copy->signatory = g_strdup (maklumat->signatory);
  return copy;
}

LayananComplaintChannel *
layanan_complaint_channel_new (const char *kind,
                               const char *value,
                               const char *extension)
{
  LayananComplaintChannel *channel;

  g_return_val_if_fail (kind != NULL, NULL);

  channel = g_new0 (LayananComplaintChannel, 1);
  channel->kind = g_strdup (kind);
  channel->value = g_strdup (value);
  channel->extension = g_strdup (extension);
  return channel;
}

LayananComplaintChannel *
layanan_complaint_channel_copy (const LayananComplaintChannel *channel)
{
  g_return_val_if_fail (channel != NULL, NULL);

  return layanan_complaint_channel_new (channel->kind, channel->value, channel->extension);
}

void
layanan_complaint_channel_free (LayananComplaintChannel *channel)
{
  if (channel == NULL)
    return;

  g_free (channel->kind);
  g_free (channel->value);
  g_free (channel->extension);
  g_free (channel);
}

LayananComplaintCategory *
layanan_complaint_category_new (const char            *name,
                                const LayananDuration *deadline)
{
  LayananComplaintCategory *category;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (deadline != NULL, NULL);

  category = g_new0 (LayananComplaintCategory, 1);
  category->name = g_strdup (name);
  category->deadline = *deadline;
  return category;
}

LayananComplaintCategory *
layanan_complaint_category_copy (const LayananComplaintCategory *category)
{
  g_return_val_if_fail (category != NULL, NULL);

  return layanan_complaint_category_new (category->name, &category->deadline);
}

void
layanan_complaint_category_free (LayananComplaintCategory *category)
{
  if (category == NULL)
    return;

  g_free (category->name);
  g_free (category);
}

static void
layanan_standard_finalize (GObject *object)
{
  LayananStandard *self = (LayananStandard *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->unit_code, g_free);
  g_clear_pointer (&self->unit_name, g_free);
  for (guint i = 0; i < LAYANAN_N_COMPONENTS; i++)
    {
      g_clear_pointer (&self->texts[i], g_free);
      g_clear_pointer (&self->items[i], g_ptr_array_unref);
    }
  g_clear_pointer (&self->channels, g_ptr_array_unref);
  g_clear_pointer (&self->categories, g_ptr_array_unref);
  g_clear_pointer (&self->notes, g_ptr_array_unref);
  g_clear_pointer (&self->review_flags, g_ptr_array_unref);

  G_OBJECT_CLASS (layanan_standard_parent_class)->finalize (object);
}

static void
layanan_standard_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LayananStandard *self = LAYANAN_STANDARD (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_UNIT_CODE:
      g_value_set_string (value, self->unit_code);
      break;

    case PROP_UNIT_NAME:
      g_value_set_string (value, self->unit_name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
layanan_standard_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  LayananStandard *self = LAYANAN_STANDARD (object);

  switch (prop_id)
    {
    case PROP_NAME:
      layanan_standard_set_name (self, g_value_get_string (value));
      break;

    case PROP_UNIT_CODE:
      layanan_standard_set_unit_code (self, g_value_get_string (value));
      break;

    case PROP_UNIT_NAME:
      layanan_standard_set_unit_name (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
layanan_standard_class_init (LayananStandardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = layanan_standard_finalize;
  object_class->get_property = layanan_standard_get_property;
  object_class->set_property = layanan_standard_set_property;

  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_UNIT_CODE] =
    g_param_spec_string ("unit-code", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_UNIT_NAME] =
    g_param_spec_string ("unit-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
layanan_standard_init (LayananStandard *self)
{
  for (guint i = 0; i < LAYANAN_N_COMPONENTS; i++)
    self->items[i] = g_ptr_array_new_with_free_func (g_free);
  self->channels = g_ptr_array_new_with_free_func ((GDestroyNotify) layanan_complaint_channel_free);
  self->categories =
    g_ptr_array_new_with_free_func ((GDestroyNotify) layanan_complaint_category_free);
  self->notes = g_ptr_array_new_with_free_func (g_free);
  self->review_flags = g_ptr_array_new_with_free_func (g_free);
  self->fee = -1;
  self->staff_count = -1;
}

LayananStandard *
layanan_standard_new (const char *name)
{
  return g_object_new (LAYANAN_TYPE_STANDARD, "name", name, NULL);
}

/* g_set_str() arrived in GLib 2.76. */
static gboolean
set_str (char       **str_pointer,
         const char  *new_str)
{
  if (g_strcmp0 (*str_pointer, new_str) == 0)
    return FALSE;

  g_free (*str_pointer);
  *str_pointer = g_strdup (new_str);
  return TRUE;
}

static GPtrArray *
copy_strings (GPtrArray *strings)
{
  GPtrArray *copy = g_ptr_array_new_full (strings->len, g_free);

  for (guint i = 0; i < strings->len; i++)
    g_ptr_array_add (copy, g_strdup (g_ptr_array_index (strings, i)));
  return copy;
}

/**
 * layanan_standard_copy:
 *
 * Returns: (transfer full): a deep copy, so an editor can change it and the
 *   original stays as it was until the copy is saved.
 */
LayananStandard *
layanan_standard_copy (LayananStandard *self)
{
  LayananStandard *copy;

  g_return_val_if_fail (LAYANAN_IS_STANDARD (self), NULL);

  copy = layanan_standard_new (self->name);
  copy->unit_code = g_strdup (self->unit_code);
  copy->unit_name = g_strdup (self->unit_name);
  for (guint i = 0; i < LAYANAN_N_COMPONENTS; i++)
    {
      copy->texts[i] = g_strdup (self->texts[i]);
      g_ptr_array_unref (copy->items[i]);
      copy->items[i] = copy_strings (self->items[i]);
      copy->present[i] = self->present[i];
    }
  copy->has_completion = self->has_completion;
  copy->completion = self->completion;
  copy->fee = self->fee;
  copy->staff_count = self->staff_count;
  for (guint i = 0; i < self->channels->len; i++)
    g_ptr_array_add (copy->channels,
                     layanan_complaint_channel_copy (g_ptr_array_index (self->channels, i)));
  for (guint i = 0; i < self->categories->len; i++)
    g_ptr_array_add (copy->categories,
                     layanan_complaint_category_copy (g_ptr_array_index (self->categories, i)));
  g_ptr_array_unref (copy->notes);
  copy->notes = copy_strings (self->notes);
  g_ptr_array_unref (copy->review_flags);
  copy->review_flags = copy_strings (self->review_flags);

  return copy;
}

const char *
layanan_standard_get_name (LayananStandard *self)
{
  g_return_val_if_fail (LAYANAN_IS_STANDARD (self), NULL);

  return self->name;
}

void
layanan_standard_set_name (LayananStandard *self,
                           const char      *name)
{
  g_return_if_fail (LAYANAN_IS_STANDARD (self));

  if (set_str (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NAME]);
}

const char *
layanan_standard_get_unit_code (LayananStandard *self)
{
  g_return_val_if_fail (LAYANAN_IS_STANDARD (self), NULL);

  return self->unit_code;
}

void
layanan_standard_set_unit_code (LayananStandard *self,
                                const char      *unit_code)
{
  g_return_if_fail (LAYANAN_IS_STANDARD (self));

  if (set_str (&self->unit_code, unit_code))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_UNIT_CODE]);
}

const char *
layanan_standard_get_unit_name (LayananStandard *self)
{
  g_return_val_if_fail (LAYANAN_IS_STANDARD (self), NULL);

  return self->unit_name;
}

void
layanan_standard_set_unit_name (LayananStandard *self,
                                const char      *unit_name)
{
  g_return_if_fail (LAYANAN_IS_STANDARD (self));

  if (set_str (&self->unit_name, unit_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_UNIT_NAME]);
}

gboolean
layanan_standard_has_component (LayananStandard      *self,
                                LayananComponentKind  kind)
{
  g_return_val_if_fail (LAYANAN_IS_STANDARD (self), FALSE);
  g_return_val_if_fail ((guint) kind < LAYANAN_N_COMPONENTS, FALSE);

  return self->present[kind] || self->items[kind]->len > 0 ||
         (self->texts[kind] != NULL && *self->texts[kind] != '\0');
}

void
layanan_standard_set_has_component (LayananStandard      *self,
                                    LayananComponentKind  kind,
                                    gboolean              has_component)
{
  g_return_if_fail (LAYANAN_IS_STANDARD (self));
  g_return_if_fail ((guint) kind < LAYANAN_N_COMPONENTS);

  self->present[kind] = !!has_component;
}

const char *
layanan_standard_get_text (LayananStandard      *self,
                           LayananComponentKind  kind)
{
  g_return_val_if_fail (LAYANAN_IS_STANDARD (self), NULL);
  g_return_val_if_fail ((guint) kind < LAYANAN_N_COMPONENTS, NULL);

  return self->texts[kind];
}

void
layanan_standard_set_text (LayananStandard      *self,
                           LayananComponentKind  kind,
                           const char           *text)
{
  g_return_if_fail (LAYANAN_IS_STANDARD (self));
  g_return_if_fail ((guint) kind < LAYANAN_N_COMPONENTS);

  set_str (&self->texts[kind], text);
  if (text != NULL)
    self->present[kind] = TRUE;
}

GPtrArray *
layanan_standard_get_items (LayananStandard      *self,
                            LayananComponentKind  kind)
{
  g_return_val_if_fail (LAYANAN_IS_STANDARD (self), NULL);
  g_return_val_if_fail ((guint) kind < LAYANAN_N_COMPONENTS, NULL);

  return self->items[kind];
}

void
layanan_standard_add_item (LayananStandard      *self,
                           LayananComponentKind  kind,
                           const char           *item)
{
  g_return_if_fail (LAYANAN_IS_STANDARD (self));
  g_return_if_fail ((guint) kind < LAYANAN_N_COMPONENTS);
  g_return_if_fail (item != NULL);

  g_ptr_array_add (self->items[kind], g_strdup (item));
  self->present[kind] = TRUE;
}

void
layanan_standard_remove_item (LayananStandard      *self,
                              LayananComponentKind  kind,
                              guint                 position)
{
  g_return_if_fail (LAYANAN_IS_STANDARD (self));
  g_return_if_fail ((guint) kind < LAYANAN_N_COMPONENTS);
  g_return_if_fail (position < self->items[kind]->len);

  g_ptr_array_remove_index (self->items[kind], position);
}

/* Moves the item at @from so that it ends up at index @to. */
void
layanan_standard_move_item (LayananStandard      *self,
                            LayananComponentKind  kind,
                            guint                 from,
                            guint                 to)
{
  GPtrArray *items;
  gpointer item;

  g_return_if_fail (LAYANAN_IS_STANDARD (self));
  g_return_if_fail ((guint) kind < LAYANAN_N_COMPONENTS);

  items = self->items[kind];
  g_return_if_fail (from < items->len);
  g_return_if_fail (to < items->len);

  if (from == to)
    return;

  item = g_ptr_array_steal_index (items, from);
  g_ptr_array_insert (items, (int) to, item);
}

gboolean
layanan_standard_get_completion (LayananStandard *self,
                                 LayananDuration *completion)
{
  g_return_val_if_fail (LAYANAN_IS_STANDARD (self), FALSE);

  if (self->has_completion && completion != NULL)
    *completion = self->completion;
  return self->has_completion;
}

void
layanan_standard_set_completion (LayananStandard       *self,
                                 const LayananDuration *completion)
{
  g_return_if_fail (LAYANAN_IS_STANDARD (self));

  self->has_completion = completion != NULL;
  if (completion != NULL)
    self->completion = *completion;
}

gint64
layanan_standard_get_fee (LayananStandard *self)
{
  g_return_val_if_fail (LAYANAN_IS_STANDARD (self), -1);

  return self->fee;
}

void
layanan_standard_set_fee (LayananStandard *self,
                          gint64           fee_rupiah)
{
  g_return_if_fail (LAYANAN_IS_STANDARD (self));

  self->fee = fee_rupiah;
}

int
layanan_standard_get_staff_count (LayananStandard *self)
{
  g_return_val_if_fail (LAYANAN_IS_STANDARD (self), -1);

  return self->staff_count;
}

void
layanan_standard_set_staff_count (LayananStandard *self,
                                  int              staff_count)
{
  g_return_if_fail (LAYANAN_IS_STANDARD (self));

  self->staff_count = staff_count;
}

GPtrArray *
layanan_standard_get_channels (LayananStandard *self)
{
  g_return_val_if_fail (LAYANAN_IS_STANDARD (self), NULL);

  return self->channels;
}

void
layanan_standard_add_channel (LayananStandard *self,
                              const char      *kind,
                              const char      *value,
                              const char      *extension)
{
  g_return_if_fail (LAYANAN_IS_STANDARD (self));
  g_return_if_fail (kind != NULL);

  g_ptr_array_add (self->channels, layanan_complaint_channel_new (kind, value, extension));
}

void
layanan_standard_clear_channels (LayananStandard *self)
{
  g_return_if_fail (LAYANAN_IS_STANDARD (self));

  g_ptr_array_set_size (self->channels, 0);
}

GPtrArray *
layanan_standard_get_categories (LayananStandard *self)
{
  g_return_val_if_fail (LAYANAN_IS_STANDARD (self), NULL);

  return self->categories;
}

void
layanan_standard_add_category (LayananStandard       *self,
                               const char            *name,
                               const LayananDuration *deadline)
{
  g_return_if_fail (LAYANAN_IS_STANDARD (self));
  g_return_if_fail (name != NULL);
  g_return_if_fail (deadline != NULL);

  g_ptr_array_add (self->categories, layanan_complaint_category_new (name, deadline));
}

void
layanan_standard_clear_categories (LayananStandard *self)
{
  g_return_if_fail (LAYANAN_IS_STANDARD (self));

  g_ptr_array_set_size (self->categories, 0);
}

GPtrArray *
layanan_standard_get_notes (LayananStandard *self)
{
  g_return_val_if_fail (LAYANAN_IS_STANDARD (self), NULL);

  return self->notes;
}

void
layanan_standard_add_note (LayananStandard *self,
                           const char      *note)
{
  g_return_if_fail (LAYANAN_IS_STANDARD (self));
  g_return_if_fail (note != NULL);

  g_ptr_array_add (self->notes, g_strdup (note));
}

GPtrArray *
layanan_standard_get_review_flags (LayananStandard *self)
{
  g_return_val_if_fail (LAYANAN_IS_STANDARD (self), NULL);

  return self->review_flags;
}

void
layanan_standard_add_review_flag (LayananStandard *self,
                                  const char      *flag)
{
  g_return_if_fail (LAYANAN_IS_STANDARD (self));
  g_return_if_fail (flag != NULL);

  /* The parser may notice the same thing twice; say it once. */
  for (guint i = 0; i < self->review_flags->len; i++)
    if (g_str_equal (g_ptr_array_index (self->review_flags, i), flag))
      return;

  g_ptr_array_add (self->review_flags, g_strdup (flag));
}

gboolean
layanan_standard_validate (LayananStandard  *self,
                           GError          **error)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (LAYANAN_IS_STANDARD (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = g_strstrip (g_strdup (self->name != NULL ? self->name : ""));
  if (*name == '\0')
    {
      g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                           _("The service has no name; write the name of the service"));
      return FALSE;
    }

  if (self->has_completion)
    {
      g_autoptr(GError) local_error = NULL;

      if (!layanan_duration_validate (&self->completion, NULL, &local_error))
        {
          g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                       _("“%s”: the completion time is not valid: %s"),
                       name, local_error->message);
          return FALSE;
        }
    }

  if (self->fee < -1)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("“%s”: the fee cannot be negative; write 0 when the service is free"),
                   name);
      return FALSE;
    }

  if (self->staff_count < -1)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("“%s”: the number of staff cannot be negative"), name);
      return FALSE;
    }

  return TRUE;
}

/**
 * layanan_standard_parse_fee:
 *
 * Reads a fee in whole rupiah; dots and spaces group thousands as Indonesian
 * writes them. Refuses anything else, quoting it.
 */
gboolean
layanan_standard_parse_fee (const char  *text,
                            gint64      *fee_rupiah,
                            GError     **error)
{
  g_autofree char *lower = NULL;
  const char *p;
  gint64 value = 0;
  guint n_digits = 0;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (fee_rupiah != NULL, FALSE);

  lower = g_strstrip (g_utf8_strdown (text, -1));
  if (g_str_equal (lower, "gratis") || g_str_equal (lower, "0"))
    {
      *fee_rupiah = 0;
      return TRUE;
    }

  p = g_str_has_prefix (lower, "rp") ? lower + 2 : lower;
  for (; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p) && ++n_digits <= 15)
        value = value * 10 + (*p - '0');
      else if (*p != '.' && *p != ' ')
        break;
    }

  if (*p != '\0' || n_digits == 0 || n_digits > 15)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("“%s” is not a fee; write Gratis or an amount in rupiah, e.g. Rp 50.000"),
                   text);
      return FALSE;
    }

  *fee_rupiah = value;
  return TRUE;
}

char *
layanan_standard_format_fee (gint64 fee_rupiah)
{
  g_autofree char *digits = NULL;
  GString *out;
  gsize len;

  g_return_val_if_fail (fee_rupiah >= 0, NULL);

  if (fee_rupiah == 0)
    return g_strdup ("Gratis");

  digits = g_strdup_printf ("%" G_GINT64_FORMAT, fee_rupiah);
  len = strlen (digits);
  out = g_string_new ("Rp ");
  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (out, '.');
      g_string_append_c (out, digits[i]);
    }

  return g_string_free (out, FALSE);
}

/* The channels a standard prints (DOMAIN.md §3.2): complaints also come by
 * letter and social media, which no standard lists. */
static const LayananChannelKind standard_channels[] = {
  LAYANAN_CHANNEL_TATAP_MUKA, LAYANAN_CHANNEL_KOTAK_PENGADUAN, LAYANAN_CHANNEL_WHATSAPP,
  LAYANAN_CHANNEL_TELEPON, LAYANAN_CHANNEL_FAKSIMILE, LAYANAN_CHANNEL_EMAIL,
  LAYANAN_CHANNEL_SP4N_LAPOR, LAYANAN_CHANNEL_LAINNYA,
};

const char * const *
layanan_complaint_channel_kinds (void)
{
  static const char *keys[G_N_ELEMENTS (standard_channels) + 1];
  static gsize filled = 0;

  if (g_once_init_enter (&filled))
    {
      for (guint i = 0; i < G_N_ELEMENTS (standard_channels); i++)
        keys[i] = layanan_channel_kind_to_key (standard_channels[i]);
      g_once_init_leave (&filled, 1);
    }

  return keys;
}

const char *
layanan_complaint_channel_kind_get_label (const char *kind)
{
  LayananChannelKind channel;

  g_return_val_if_fail (kind != NULL, NULL);

  if (layanan_channel_kind_from_key (kind, &channel))
    return layanan_channel_kind_get_label (channel);

  return kind;
}
