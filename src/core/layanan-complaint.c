/* layanan-complaint.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-complaint"

#include "config.h"

#include "layanan-complaint.h"

#include <glib/gi18n.h>

#include "layanan-date.h"
#include "layanan-error.h"

typedef struct
{
  const char *key;
  const char *label;          /* English, translated for display */
  const char *official_name;  /* Indonesian, as the recap prints it */
  const char *aliases;        /* ';'-separated, folded (see fold_name) */
} Name;

static const Name channel_names[] = {
  [LAYANAN_CHANNEL_TATAP_MUKA] = { "tatap_muka", N_("In person"), "Tatap Muka",
                                   "tatapmuka;langsung;inperson;walkin;loket;facetoface;offline" },
  [LAYANAN_CHANNEL_KOTAK_PENGADUAN] = { "kotak_pengaduan", N_("Complaint box"), "Kotak Pengaduan",
                                        "kotakpengaduan;kotak;kotaksaran;complaintbox;box" },
  [LAYANAN_CHANNEL_WHATSAPP] = { "whatsapp", N_("WhatsApp"), "WhatsApp", "wa;whatsapp;whatsap" },
  [LAYANAN_CHANNEL_TELEPON] = { "telepon", N_("Telephone"), "Telepon",
                                "telepon;telpon;telp;tel;phone;telephone" },
  [LAYANAN_CHANNEL_FAKSIMILE] = { "faksimile", N_("Fax"), "Faksimile",
                                  "faksimile;faximile;facsimile;faks;fax" },
  [LAYANAN_CHANNEL_EMAIL] = { "email", N_("Email"), "Email", "email;surel;mail" },
  [LAYANAN_CHANNEL_SP4N_LAPOR] = { "sp4n_lapor", N_("SP4N-LAPOR!"), "SP4N-LAPOR!",
                                   "sp4nlapor;lapor;laporgoid;wwwlaporgoid;sp4n;sms1708;1708" },
  [LAYANAN_CHANNEL_SURAT] = { "surat", N_("Letter"), "Surat", "surat;letter;suratmasuk" },
  [LAYANAN_CHANNEL_MEDIA_SOSIAL] = { "media_sosial", N_("Social media"), "Media Sosial",
                                     "mediasosial;medsos;socialmedia;instagram;facebook;twitter;tiktok" },
  [LAYANAN_CHANNEL_LAINNYA] = { "lainnya", N_("Other"), "Lainnya", "lainnya;lain;other;others" },
};

static const Name kind_names[] = {
  [LAYANAN_COMPLAINT_KIND_PENGADUAN] = { "pengaduan", N_("Complaint"), "Pengaduan",
                                         "pengaduan;aduan;keluhan;complaint" },
  [LAYANAN_COMPLAINT_KIND_ASPIRASI] = { "aspirasi", N_("Aspiration"), "Aspirasi",
                                        "aspirasi;saran;aspiration;suggestion" },
  [LAYANAN_COMPLAINT_KIND_PERMINTAAN_INFORMASI] = {
    "permintaan_informasi", N_("Request for information"), "Permintaan Informasi",
    "permintaaninformasi;permintaaninfo;informasi;info;informationrequest;requestforinformation"
  },
};

static const Name status_names[] = {
  [LAYANAN_COMPLAINT_STATUS_DITERIMA] = { "diterima", N_("Received"), "Diterima",
                                          "diterima;baru;received;new;open" },
  [LAYANAN_COMPLAINT_STATUS_DIVERIFIKASI] = { "diverifikasi", N_("Verified"), "Diverifikasi",
                                              "diverifikasi;terverifikasi;verifikasi;verified" },
  [LAYANAN_COMPLAINT_STATUS_DITERUSKAN] = { "diteruskan", N_("Forwarded"), "Diteruskan",
                                            "diteruskan;didisposisi;disposisi;forwarded;assigned" },
  [LAYANAN_COMPLAINT_STATUS_DITINDAKLANJUTI] = {
    "ditindaklanjuti", N_("Being followed up"), "Ditindaklanjuti",
    "ditindaklanjuti;tindaklanjut;dalamproses;proses;diproses;inprogress;followedup;followup"
  },
  [LAYANAN_COMPLAINT_STATUS_MENUNGGU_PELAPOR] = {
    "menunggu_pelapor", N_("Waiting for the complainant"), "Menunggu Pelapor",
    "menunggupelapor;menunggutanggapanpelapor;waitingforcomplainant;waitingforthecomplainant"
  },
  [LAYANAN_COMPLAINT_STATUS_SELESAI] = { "selesai", N_("Settled"), "Selesai",
                                         "selesai;settled;resolved;completed;done;closed" },
  [LAYANAN_COMPLAINT_STATUS_BUKAN_WEWENANG] = {
    "bukan_wewenang", N_("Not our authority"), "Bukan Wewenang",
    "bukanwewenang;notourauthority;notcompetent;outofscope"
  },
  [LAYANAN_COMPLAINT_STATUS_DITOLAK] = { "ditolak", N_("Rejected"), "Ditolak",
                                         "ditolak;tolak;rejected" },
  [LAYANAN_COMPLAINT_STATUS_DITUTUP] = { "ditutup", N_("Closed without reply"), "Ditutup",
                                         "ditutup;diarsipkan;arsip;archived;closedwithoutreply" },
};

static const Name step_names[] = {
  [LAYANAN_COMPLAINT_STEP_RECEIVE] = { "receive", N_("Received"), NULL, NULL },
  [LAYANAN_COMPLAINT_STEP_VERIFY] = { "verify", N_("Verified"), NULL, NULL },
  [LAYANAN_COMPLAINT_STEP_FORWARD] = { "forward", N_("Forwarded"), NULL, NULL },
  [LAYANAN_COMPLAINT_STEP_FOLLOW_UP] = { "follow_up", N_("Followed up"), NULL, NULL },
  [LAYANAN_COMPLAINT_STEP_AWAIT_COMPLAINANT] = { "await_complainant",
                                                 N_("Waiting for the complainant"), NULL, NULL },
  [LAYANAN_COMPLAINT_STEP_RESUME] = { "resume", N_("Resumed"), NULL, NULL },
  [LAYANAN_COMPLAINT_STEP_SETTLE] = { "settle", N_("Settled"), NULL, NULL },
  [LAYANAN_COMPLAINT_STEP_NOT_COMPETENT] = { "not_competent", N_("Not our authority"), NULL, NULL },
  [LAYANAN_COMPLAINT_STEP_REJECT] = { "reject", N_("Rejected"), NULL, NULL },
  [LAYANAN_COMPLAINT_STEP_AUTO_CLOSE] = { "auto_close", N_("Closed without reply"), NULL, NULL },
  [LAYANAN_COMPLAINT_STEP_REOPEN] = { "reopen", N_("Reopened"), NULL, NULL },
  [LAYANAN_COMPLAINT_STEP_RECATEGORIZE] = { "recategorize", N_("Category changed"), NULL, NULL },
  [LAYANAN_COMPLAINT_STEP_RESPOND] = { "respond", N_("Response"), NULL, NULL },
};

/* Name tables */

static gboolean
name_from_key (const Name *names,
               guint       n_names,
               const char *key,
               int        *value)
{
  g_return_val_if_fail (key != NULL, FALSE);

  for (guint i = 0; i < n_names; i++)
    if (g_str_equal (key, names[i].key))
      {
        *value = (int) i;
        return TRUE;
      }

  return FALSE;
}

/* Lower case, letters and digits only: "Tatap Muka", "tatap-muka" and
 * "TATAP_MUKA" all become "tatapmuka". */
static char *
fold_name (const char *text)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);
  GString *folded = g_string_new (NULL);

  for (const char *p = lower; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (folded, c);
    }

  return g_string_free (folded, FALSE);
}

static gboolean
name_parse (const Name *names,
            guint       n_names,
            const char *text,
            int        *value)
{
  g_autofree char *folded = NULL;

  g_return_val_if_fail (text != NULL, FALSE);

  folded = fold_name (text);
  if (*folded == '\0')
    return FALSE;

  for (guint i = 0; i < n_names; i++)
    {
      g_auto(GStrv) aliases = g_strsplit (names[i].aliases, ";", -1);
      g_autofree char *official = fold_name (names[i].official_name);

      if (g_str_equal (folded, official) || g_strv_contains ((const char * const *) aliases, folded))
        {
          *value = (int) i;
          return TRUE;
        }
    }

  return FALSE;
}

#define DEFINE_NAME_FUNCTIONS(prefix, Type, table)                              \
  const char *                                                                  \
  prefix##_to_key (Type value)                                                  \
  {                                                                             \
    g_return_val_if_fail ((guint) value < G_N_ELEMENTS (table), NULL);          \
    return table[value].key;                                                    \
  }                                                                             \
                                                                                \
  gboolean                                                                      \
  prefix##_from_key (const char *key,                                           \
                     Type       *value)                                         \
  {                                                                             \
    int found;                                                                  \
                                                                                \
    if (!name_from_key (table, G_N_ELEMENTS (table), key, &found))              \
      return FALSE;                                                             \
    *value = (Type) found;                                                      \
    return TRUE;                                                                \
  }                                                                             \
                                                                                \
  const char *                                                                  \
  prefix##_get_label (Type value)                                               \
  {                                                                             \
    g_return_val_if_fail ((guint) value < G_N_ELEMENTS (table), NULL);          \
    return _(table[value].label);                                               \
  }

#define DEFINE_OFFICIAL_NAME_FUNCTIONS(prefix, Type, table)                     \
  DEFINE_NAME_FUNCTIONS (prefix, Type, table)                                   \
                                                                                \
  const char *                                                                  \
  prefix##_get_official_name (Type value)                                       \
  {                                                                             \
    g_return_val_if_fail ((guint) value < G_N_ELEMENTS (table), NULL);          \
    return table[value].official_name;                                          \
  }                                                                             \
                                                                                \
  gboolean                                                                      \
  prefix##_parse (const char *text,                                             \
                  Type       *value)                                            \
  {                                                                             \
    int found;                                                                  \
                                                                                \
    if (!name_parse (table, G_N_ELEMENTS (table), text, &found))                \
      return FALSE;                                                             \
    *value = (Type) found;                                                      \
    return TRUE;                                                                \
  }

DEFINE_OFFICIAL_NAME_FUNCTIONS (layanan_channel_kind, LayananChannelKind, channel_names)
DEFINE_OFFICIAL_NAME_FUNCTIONS (layanan_complaint_kind, LayananComplaintKind, kind_names)
DEFINE_OFFICIAL_NAME_FUNCTIONS (layanan_complaint_status, LayananComplaintStatus, status_names)
DEFINE_NAME_FUNCTIONS (layanan_complaint_step_kind, LayananComplaintStepKind, step_names)

gboolean
layanan_complaint_status_is_closed (LayananComplaintStatus status)
{
  return status == LAYANAN_COMPLAINT_STATUS_SELESAI
         || status == LAYANAN_COMPLAINT_STATUS_BUKAN_WEWENANG
         || status == LAYANAN_COMPLAINT_STATUS_DITOLAK
         || status == LAYANAN_COMPLAINT_STATUS_DITUTUP;
}

/* SP4N-LAPOR! tracking numbers */

#define LAPOR_NUMBER_MIN_DIGITS 5
#define LAPOR_NUMBER_MAX_DIGITS 12

gboolean
layanan_lapor_number_normalize (const char  *text,
                                char       **normalized,
                                GError     **error)
{
  g_autofree char *stripped = NULL;
  const char *digits;
  gsize n;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (normalized != NULL, FALSE);

  stripped = g_strstrip (g_strdup (text));
  digits = stripped[0] == '#' ? stripped + 1 : stripped;
  n = strlen (digits);

  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit (digits[i]))
      n = 0;

  if (n < LAPOR_NUMBER_MIN_DIGITS || n > LAPOR_NUMBER_MAX_DIGITS)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   /* Translators: the example is a real tracking number's form. */
                   _("“%s” is not an SP4N-LAPOR! tracking number: it is %d to %d digits, "
                     "like #1916449"),
                   stripped, LAPOR_NUMBER_MIN_DIGITS, LAPOR_NUMBER_MAX_DIGITS);
      return FALSE;
    }

  *normalized = g_strdup (digits);
  return TRUE;
}

/* Categories */

LayananCategory *
layanan_category_new (void)
{
  LayananCategory *category = g_new0 (LayananCategory, 1);

  category->active = TRUE;
  category->deadline.unit = LAYANAN_DURATION_WORKING_DAYS;
  return category;
}

LayananCategory *
layanan_category_copy (const LayananCategory *category)
{
  LayananCategory *copy;

  g_return_val_if_fail (category != NULL, NULL);

  copy = g_memdup2 (category, sizeof *category);
  copy->name = g_strdup (category->name);
  return copy;
}

void
layanan_category_free (LayananCategory *category)
{
  if (category == NULL)
    return;

  g_free (category->name);
  g_free (category);
}

/* Complaints */

LayananComplaint *
layanan_complaint_new (void)
{
  LayananComplaint *complaint = g_new0 (LayananComplaint, 1);

  complaint->channel = LAYANAN_CHANNEL_TATAP_MUKA;
  complaint->classification = LAYANAN_COMPLAINT_KIND_PENGADUAN;
  complaint->status = LAYANAN_COMPLAINT_STATUS_DITERIMA;
  complaint->status_before_pause = LAYANAN_COMPLAINT_STATUS_DITERIMA;
  complaint->category_deadline.unit = LAYANAN_DURATION_WORKING_DAYS;
  return complaint;
}

LayananComplaint *
layanan_complaint_copy (const LayananComplaint *complaint)
{
  LayananComplaint *copy;

  g_return_val_if_fail (complaint != NULL, NULL);

  copy = g_memdup2 (complaint, sizeof *complaint);
  copy->received_at = g_strdup (complaint->received_at);
  copy->lapor_number = g_strdup (complaint->lapor_number);
  copy->complainant_name = g_strdup (complaint->complainant_name);
  copy->complainant_contact = g_strdup (complaint->complainant_contact);
  copy->description = g_strdup (complaint->description);
  copy->due_at = g_strdup (complaint->due_at);
  copy->paused_at = g_strdup (complaint->paused_at);
  copy->first_response_due_at = g_strdup (complaint->first_response_due_at);
  copy->first_response_at = g_strdup (complaint->first_response_at);
  copy->closed_at = g_strdup (complaint->closed_at);
  return copy;
}

static void
complaint_clear (LayananComplaint *complaint)
{
  g_free (complaint->received_at);
  g_free (complaint->lapor_number);
  g_free (complaint->complainant_name);
  g_free (complaint->complainant_contact);
  g_free (complaint->description);
  g_free (complaint->due_at);
  g_free (complaint->paused_at);
  g_free (complaint->first_response_due_at);
  g_free (complaint->first_response_at);
  g_free (complaint->closed_at);
}

void
layanan_complaint_free (LayananComplaint *complaint)
{
  if (complaint == NULL)
    return;

  complaint_clear (complaint);
  g_free (complaint);
}

static gboolean
has_text (const char *text)
{
  if (text == NULL)
    return FALSE;

  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return TRUE;

  return FALSE;
}

static gboolean
validate_received_at (const LayananComplaint  *complaint,
                      GDateTime               *now,
                      GError                 **error)
{
  g_autoptr(GDateTime) received = NULL;

  if (complaint->received_at == NULL)
    {
      g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                           _("Enter when the complaint was received"));
      return FALSE;
    }

  received = layanan_date_time_parse (complaint->received_at, NULL, NULL);
  if (received == NULL)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("The time received “%s” is not a date and time"), complaint->received_at);
      return FALSE;
    }

  if (now != NULL && g_date_time_compare (received, now) > 0)
    {
      g_autofree char *when = layanan_date_time_format_long (received);

      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("The time received, %s, is in the future"), when);
      return FALSE;
    }

  return TRUE;
}

static gboolean
validate_complainant (const LayananComplaint  *complaint,
                      GError                 **error)
{
  if (complaint->anonymous
      && (has_text (complaint->complainant_name) || has_text (complaint->complainant_contact)))
    {
      g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                           _("An anonymous complaint has no complainant’s name or contact"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
validate_lapor_number (const LayananComplaint  *complaint,
                       GError                 **error)
{
  g_autofree char *normalized = NULL;

  if (complaint->lapor_number == NULL)
    return TRUE;

  if (complaint->channel != LAYANAN_CHANNEL_SP4N_LAPOR)
    {
      g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                           _("Only a complaint received through SP4N-LAPOR! has an SP4N-LAPOR! "
                             "tracking number"));
      return FALSE;
    }

  return layanan_lapor_number_normalize (complaint->lapor_number, &normalized, error);
}

gboolean
layanan_complaint_validate (const LayananComplaint  *complaint,
                            GDateTime               *now,
                            GError                 **error)
{
  g_return_val_if_fail (complaint != NULL, FALSE);

  if (!validate_received_at (complaint, now, error))
    return FALSE;

  if ((guint) complaint->channel >= LAYANAN_N_CHANNEL_KINDS)
    {
      g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                           _("Choose the channel the complaint came through"));
      return FALSE;
    }

  if (complaint->category_id <= 0)
    {
      g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                           _("Choose the complaint’s category: it sets the deadline"));
      return FALSE;
    }

  if (!has_text (complaint->description))
    {
      g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                           _("Describe the complaint"));
      return FALSE;
    }

  return validate_lapor_number (complaint, error) && validate_complainant (complaint, error);
}

/* The clock */

static GDateTime *
instant_parse (LayananCalendar *calendar,
               const char      *text)
{
  if (text == NULL)
    return NULL;

  return layanan_date_time_parse (text, layanan_calendar_get_timezone (calendar), NULL);
}

static char *
instant_format (LayananCalendar *calendar,
                GDateTime       *instant)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (instant,
                                                        layanan_calendar_get_timezone (calendar));

  return g_date_time_format (local, "%Y-%m-%dT%H:%M:%S%:z");
}

static void
replace_instant (LayananCalendar  *calendar,
                 char            **field,
                 GDateTime        *instant)
{
  g_free (*field);
  *field = instant != NULL ? instant_format (calendar, instant) : NULL;
}

static void
recompute_deadlines (LayananComplaint *complaint,
                     LayananCalendar  *calendar)
{
  g_autoptr(GDateTime) received = instant_parse (calendar, complaint->received_at);
  g_autoptr(GDateTime) due = NULL;
  g_autoptr(GDateTime) first_response_due = NULL;

  if (received == NULL || complaint->category_id <= 0)
    return;

  due = layanan_calendar_due (calendar, received, &complaint->category_deadline);
  if (complaint->paused_seconds > 0)
    {
      GDateTime *moved = layanan_calendar_add_working_seconds (calendar, due,
                                                               complaint->paused_seconds);

      g_date_time_unref (due);
      due = moved;
    }
  replace_instant (calendar, &complaint->due_at, due);

  if (complaint->channel == LAYANAN_CHANNEL_SP4N_LAPOR)
    {
      LayananDuration response = {
        LAYANAN_COMPLAINT_LAPOR_RESPONSE_WORKING_DAYS, LAYANAN_DURATION_WORKING_DAYS
      };

      first_response_due = layanan_calendar_due (calendar, received, &response);
    }
  replace_instant (calendar, &complaint->first_response_due_at, first_response_due);
}

void
layanan_complaint_set_category (LayananComplaint      *complaint,
                                const LayananCategory *category,
                                LayananCalendar       *calendar)
{
  g_return_if_fail (complaint != NULL);
  g_return_if_fail (category != NULL);
  g_return_if_fail (LAYANAN_IS_CALENDAR (calendar));
  g_return_if_fail (layanan_duration_validate (&category->deadline, NULL, NULL));

  complaint->category_id = category->id;
  complaint->category_deadline = category->deadline;
  recompute_deadlines (complaint, calendar);
}

/* Steps */

LayananComplaintStep *
layanan_complaint_step_new (LayananComplaintStepKind kind)
{
  LayananComplaintStep *step = g_new0 (LayananComplaintStep, 1);

  step->kind = kind;
  return step;
}

LayananComplaintStep *
layanan_complaint_step_copy (const LayananComplaintStep *step)
{
  LayananComplaintStep *copy;

  g_return_val_if_fail (step != NULL, NULL);

  copy = g_memdup2 (step, sizeof *step);
  copy->at = g_strdup (step->at);
  copy->actor = g_strdup (step->actor);
  copy->note = g_strdup (step->note);
  copy->response = g_strdup (step->response);
  copy->to_name = g_strdup (step->to_name);
  copy->category_name = g_strdup (step->category_name);
  return copy;
}

void
layanan_complaint_step_free (LayananComplaintStep *step)
{
  if (step == NULL)
    return;

  g_free (step->at);
  g_free (step->actor);
  g_free (step->note);
  g_free (step->response);
  g_free (step->to_name);
  g_free (step->category_name);
  g_free (step);
}

#define S(status) (1u << LAYANAN_COMPLAINT_STATUS_##status)
#define OPEN_WORKING (S (DITERIMA) | S (DIVERIFIKASI) | S (DITERUSKAN) | S (DITINDAKLANJUTI))
#define CLOSED (S (SELESAI) | S (BUKAN_WEWENANG) | S (DITOLAK) | S (DITUTUP))

/* From which statuses each step may be taken: the Alur Penanganan
 * Pengaduan. Verification comes first; a complaint outside the bureau's
 * authority or unclear can be turned away at once; a response or a new
 * category can be given at any time until it is closed. */
static const guint allowed_from[] = {
  [LAYANAN_COMPLAINT_STEP_RECEIVE] = 0,
  [LAYANAN_COMPLAINT_STEP_VERIFY] = S (DITERIMA),
  [LAYANAN_COMPLAINT_STEP_FORWARD] = S (DIVERIFIKASI) | S (DITERUSKAN) | S (DITINDAKLANJUTI),
  [LAYANAN_COMPLAINT_STEP_FOLLOW_UP] = S (DIVERIFIKASI) | S (DITERUSKAN),
  [LAYANAN_COMPLAINT_STEP_AWAIT_COMPLAINANT] = OPEN_WORKING,
  [LAYANAN_COMPLAINT_STEP_RESUME] = S (MENUNGGU_PELAPOR),
  [LAYANAN_COMPLAINT_STEP_SETTLE] = S (DIVERIFIKASI) | S (DITERUSKAN) | S (DITINDAKLANJUTI)
                                    | S (MENUNGGU_PELAPOR),
  [LAYANAN_COMPLAINT_STEP_NOT_COMPETENT] = S (DITERIMA) | S (DIVERIFIKASI),
  [LAYANAN_COMPLAINT_STEP_REJECT] = S (DITERIMA) | S (DIVERIFIKASI),
  [LAYANAN_COMPLAINT_STEP_AUTO_CLOSE] = S (MENUNGGU_PELAPOR),
  [LAYANAN_COMPLAINT_STEP_REOPEN] = CLOSED,
  [LAYANAN_COMPLAINT_STEP_RECATEGORIZE] = OPEN_WORKING | S (MENUNGGU_PELAPOR),
  [LAYANAN_COMPLAINT_STEP_RESPOND] = OPEN_WORKING | S (MENUNGGU_PELAPOR),
};

G_STATIC_ASSERT (G_N_ELEMENTS (allowed_from) == LAYANAN_N_COMPLAINT_STEPS);

gboolean
layanan_complaint_step_is_allowed (LayananComplaintStepKind kind,
                                   LayananComplaintStatus   status)
{
  g_return_val_if_fail ((guint) kind < LAYANAN_N_COMPLAINT_STEPS, FALSE);

  return (allowed_from[kind] & (1u << status)) != 0;
}

static gboolean
require_text (const char  *text,
              const char  *message,
              GError     **error)
{
  if (has_text (text))
    return TRUE;

  g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT, message);
  return FALSE;
}

/* What each step must carry, beyond being allowed. */
static gboolean
check_step_contents (const LayananComplaintStep  *step,
                     const LayananCategory       *category,
                     GError                     **error)
{
  switch (step->kind)
    {
    case LAYANAN_COMPLAINT_STEP_FORWARD:
      if (step->to_staff_id > 0 || step->to_unit_id > 0)
        return TRUE;
      g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                           _("Choose the staff member or section to forward the complaint to"));
      return FALSE;

    case LAYANAN_COMPLAINT_STEP_SETTLE:
      return require_text (step->response,
                           _("Write the response sent to the complainant before settling the "
                             "complaint"),
                           error);

    case LAYANAN_COMPLAINT_STEP_NOT_COMPETENT:
      return require_text (step->to_name,
                           _("Say which agency the complaint was passed to"), error);

    case LAYANAN_COMPLAINT_STEP_REJECT:
      return require_text (step->note, _("Say why the complaint is rejected"), error);

    case LAYANAN_COMPLAINT_STEP_REOPEN:
      return require_text (step->note, _("Say why the complaint is reopened"), error);

    case LAYANAN_COMPLAINT_STEP_RESPOND:
      if (has_text (step->response) || has_text (step->note))
        return TRUE;
      g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                           _("Write the response or the note to add"));
      return FALSE;

    case LAYANAN_COMPLAINT_STEP_RECATEGORIZE:
      if (category != NULL && category->id > 0)
        return TRUE;
      g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                           _("Choose the new category"));
      return FALSE;

    case LAYANAN_COMPLAINT_STEP_RECEIVE:
    case LAYANAN_COMPLAINT_STEP_VERIFY:
    case LAYANAN_COMPLAINT_STEP_FOLLOW_UP:
    case LAYANAN_COMPLAINT_STEP_AWAIT_COMPLAINANT:
    case LAYANAN_COMPLAINT_STEP_RESUME:
    case LAYANAN_COMPLAINT_STEP_AUTO_CLOSE:
    default:
      return TRUE;
    }
}

static LayananComplaintStatus
status_after (const LayananComplaint   *complaint,
              LayananComplaintStepKind  kind)
{
  switch (kind)
    {
    case LAYANAN_COMPLAINT_STEP_VERIFY:
      return LAYANAN_COMPLAINT_STATUS_DIVERIFIKASI;
    case LAYANAN_COMPLAINT_STEP_FORWARD:
      return LAYANAN_COMPLAINT_STATUS_DITERUSKAN;
    case LAYANAN_COMPLAINT_STEP_FOLLOW_UP:
    case LAYANAN_COMPLAINT_STEP_REOPEN:
      return LAYANAN_COMPLAINT_STATUS_DITINDAKLANJUTI;
    case LAYANAN_COMPLAINT_STEP_AWAIT_COMPLAINANT:
      return LAYANAN_COMPLAINT_STATUS_MENUNGGU_PELAPOR;
    case LAYANAN_COMPLAINT_STEP_RESUME:
      return complaint->status_before_pause;
    case LAYANAN_COMPLAINT_STEP_SETTLE:
      return LAYANAN_COMPLAINT_STATUS_SELESAI;
    case LAYANAN_COMPLAINT_STEP_NOT_COMPETENT:
      return LAYANAN_COMPLAINT_STATUS_BUKAN_WEWENANG;
    case LAYANAN_COMPLAINT_STEP_REJECT:
      return LAYANAN_COMPLAINT_STATUS_DITOLAK;
    case LAYANAN_COMPLAINT_STEP_AUTO_CLOSE:
      return LAYANAN_COMPLAINT_STATUS_DITUTUP;
    case LAYANAN_COMPLAINT_STEP_RECEIVE:
    case LAYANAN_COMPLAINT_STEP_RECATEGORIZE:
    case LAYANAN_COMPLAINT_STEP_RESPOND:
    default:
      return complaint->status;
    }
}

/* Ends a pause at @at: the working time it lasted moves the deadline. */
static void
end_pause (LayananComplaint *complaint,
           LayananCalendar  *calendar,
           GDateTime        *at)
{
  g_autoptr(GDateTime) paused = instant_parse (calendar, complaint->paused_at);

  if (paused != NULL)
    complaint->paused_seconds += layanan_calendar_working_seconds_between (calendar, paused, at);
  g_clear_pointer (&complaint->paused_at, g_free);
  recompute_deadlines (complaint, calendar);
}

static void
keep_clock (LayananComplaint           *complaint,
            const LayananComplaintStep *step,
            const LayananCategory      *category,
            LayananCalendar            *calendar,
            GDateTime                  *at)
{
  LayananComplaintStatus to = step->to_status;

  if (step->from_status == LAYANAN_COMPLAINT_STATUS_MENUNGGU_PELAPOR
      && to != LAYANAN_COMPLAINT_STATUS_MENUNGGU_PELAPOR)
    end_pause (complaint, calendar, at);

  if (to == LAYANAN_COMPLAINT_STATUS_MENUNGGU_PELAPOR
      && step->from_status != LAYANAN_COMPLAINT_STATUS_MENUNGGU_PELAPOR)
    {
      complaint->status_before_pause = step->from_status;
      replace_instant (calendar, &complaint->paused_at, at);
    }

  if (layanan_complaint_status_is_closed (to))
    replace_instant (calendar, &complaint->closed_at, at);
  else
    g_clear_pointer (&complaint->closed_at, g_free);

  if (step->kind == LAYANAN_COMPLAINT_STEP_FORWARD)
    {
      complaint->assigned_staff_id = step->to_staff_id;
      complaint->assigned_unit_id = step->to_staff_id > 0 ? 0 : step->to_unit_id;
    }

  if (step->kind == LAYANAN_COMPLAINT_STEP_RECATEGORIZE)
    layanan_complaint_set_category (complaint, category, calendar);

  if (complaint->channel == LAYANAN_CHANNEL_SP4N_LAPOR && complaint->first_response_at == NULL
      && has_text (step->response))
    replace_instant (calendar, &complaint->first_response_at, at);

  complaint->status = to;
}

gboolean
layanan_complaint_apply_step (LayananComplaint      *complaint,
                              LayananComplaintStep  *step,
                              const LayananCategory *category,
                              LayananCalendar       *calendar,
                              GError               **error)
{
  g_autoptr(GDateTime) at = NULL;

  g_return_val_if_fail (complaint != NULL, FALSE);
  g_return_val_if_fail (step != NULL, FALSE);
  g_return_val_if_fail ((guint) step->kind < LAYANAN_N_COMPLAINT_STEPS, FALSE);
  g_return_val_if_fail (LAYANAN_IS_CALENDAR (calendar), FALSE);

  at = instant_parse (calendar, step->at);
  if (at == NULL)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("The time of the step “%s” is not a date and time"),
                   step->at != NULL ? step->at : "");
      return FALSE;
    }

  if (!layanan_complaint_step_is_allowed (step->kind, complaint->status))
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   /* Translators: "Settled" is not possible for a complaint that is "Received". */
                   _("“%s” is not possible for a complaint that is “%s”"),
                   layanan_complaint_step_kind_get_label (step->kind),
                   layanan_complaint_status_get_label (complaint->status));
      return FALSE;
    }

  if (!check_step_contents (step, category, error))
    return FALSE;

  step->from_status = complaint->status;
  step->to_status = status_after (complaint, step->kind);
  keep_clock (complaint, step, category, calendar, at);
  return TRUE;
}

GDateTime *
layanan_complaint_auto_close_at (const LayananComplaint *complaint,
                                 LayananCalendar        *calendar)
{
  static const LayananDuration silence = {
    LAYANAN_COMPLAINT_AUTO_CLOSE_WORKING_DAYS, LAYANAN_DURATION_WORKING_DAYS
  };
  g_autoptr(GDateTime) paused = NULL;

  g_return_val_if_fail (complaint != NULL, NULL);
  g_return_val_if_fail (LAYANAN_IS_CALENDAR (calendar), NULL);

  if (complaint->status != LAYANAN_COMPLAINT_STATUS_MENUNGGU_PELAPOR)
    return NULL;

  paused = instant_parse (calendar, complaint->paused_at);
  if (paused == NULL)
    return NULL;

  return layanan_calendar_due (calendar, paused, &silence);
}

static gboolean
local_date (LayananCalendar *calendar,
            const char      *text,
            GDateTime      **instant,
            GDate           *date)
{
  g_autoptr(GDateTime) local = NULL;

  *instant = instant_parse (calendar, text);
  if (*instant == NULL)
    return FALSE;

  local = g_date_time_to_timezone (*instant, layanan_calendar_get_timezone (calendar));
  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
  return TRUE;
}

gboolean
layanan_complaint_settlement (const LayananComplaint *complaint,
                              LayananCalendar        *calendar,
                              int                    *working_days,
                              gboolean               *on_time)
{
  g_autoptr(GDateTime) received = NULL;
  g_autoptr(GDateTime) closed = NULL;
  g_autoptr(GDateTime) due = NULL;
  GDate received_day, closed_day;

  g_return_val_if_fail (complaint != NULL, FALSE);
  g_return_val_if_fail (LAYANAN_IS_CALENDAR (calendar), FALSE);

  if (!layanan_complaint_status_is_closed (complaint->status)
      || !local_date (calendar, complaint->received_at, &received, &received_day)
      || !local_date (calendar, complaint->closed_at, &closed, &closed_day))
    return FALSE;

  due = instant_parse (calendar, complaint->due_at);
  if (working_days != NULL)
    *working_days = MAX (0, layanan_calendar_working_days_between (calendar, &received_day,
                                                                   &closed_day));
  if (on_time != NULL)
    *on_time = due == NULL || g_date_time_compare (closed, due) <= 0;
  return TRUE;
}
