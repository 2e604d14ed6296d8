/* layanan-cli.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-cli"

#include "config.h"

#include <stdio.h>
#include <unistd.h>
#include <glib/gi18n.h>

#include "layanan-agenda-export-job.h"
#include "layanan-backup-job.h"
#include "layanan-calendar.h"
#include "layanan-catalog-export.h"
#include "layanan-complaint-export-job.h"
#include "layanan-skm-export-job.h"
#include "layanan-complaint-import.h"
#include "layanan-database.h"
#include "layanan-date.h"
#include "layanan-duration.h"
#include "layanan-i18n.h"
#include "layanan-letter-fields.h"
#include "layanan-letter-import.h"
#include "layanan-skm-import.h"
#include "layanan-standard-import.h"
#include "layanan-standard.h"
#include "layanan-startup.h"
#include "layanan-workload-export-job.h"

/* layanan-cli: the window's operations for scripts and staff at a terminal.
 * Every command prints its result on stdout and a message that says what
 * and where on stderr, with exit status 0 on success, 1 on failure and 2 on
 * a usage error. */

typedef struct
{
  char *database_path;
} CliGlobals;

typedef int (*CommandFunc) (CliGlobals *globals,
                            int         argc,
                            char      **argv);

typedef struct
{
  const char  *name;
  CommandFunc  run;
  const char  *summary;
} Command;

enum { EXIT_OK = 0, EXIT_FAILED = 1, EXIT_USAGE = 2 };

static int
fail (const GError *error)
{
  g_printerr ("layanan-cli: %s\n", error->message);
  return EXIT_FAILED;
}

static int
usage_error (GOptionContext *context,
             const char     *message)
{
  g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

  g_printerr ("layanan-cli: %s\n\n%s", message, help);
  return EXIT_USAGE;
}

/* @entries: the command's options, or NULL when it has none */
static gboolean
parse_options (GOptionContext      *context,
               const GOptionEntry  *entries,
               int                 *argc,
               char              ***argv,
               int                 *status)
{
  g_autoptr(GError) error = NULL;

  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (g_option_context_parse (context, argc, argv, &error))
    return TRUE;

  *status = usage_error (context, error->message);
  return FALSE;
}

static LayananDatabase *
open_database (CliGlobals  *globals,
               GError     **error)
{
  return layanan_startup_open (globals->database_path, error);
}

/* due --from DATE --duration TEXT */

static int
command_due (CliGlobals *globals,
             int         argc,
             char      **argv)
{
  g_autofree char *from = NULL;
  g_autofree char *duration_text = NULL;
  gboolean iso = FALSE;
  const GOptionEntry entries[] = {
    { "from", 'f', 0, G_OPTION_ARG_STRING, &from,
      N_("When the letter or complaint was received, e.g. “2026-03-19 10:00”"), N_("DATE") },
    { "duration", 'd', 0, G_OPTION_ARG_STRING, &duration_text,
      N_("How long it may take, e.g. “5 hari kerja”, “3 jam”, “30 working days”"),
      N_("DURATION") },
    { "iso", 0, 0, G_OPTION_ARG_NONE, &iso, N_("Print only the ISO 8601 instant"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(LayananCalendar) calendar = NULL;
  g_autoptr(GDateTime) received = NULL;
  g_autoptr(GDateTime) due = NULL;
  g_autoptr(GError) error = NULL;
  LayananDuration duration;
  int status;

  g_option_context_set_summary (context,
                                _("Prints when something received at --from is due, counting "
                                  "working days, working hours and holidays."));
  if (!parse_options (context, entries, &argc, &argv, &status))
    return status;
  if (from == NULL || duration_text == NULL)
    return usage_error (context, _("Both --from and --duration are needed."));

  if (!layanan_duration_parse (duration_text, &duration, &error))
    return fail (error);
  if ((database = open_database (globals, &error)) == NULL ||
      (calendar = layanan_database_load_calendar (database, &error)) == NULL)
    return fail (error);

  received = layanan_date_time_parse (from, layanan_calendar_get_timezone (calendar), &error);
  if (received == NULL)
    return fail (error);

  due = layanan_calendar_due (calendar, received, &duration);
  if (iso)
    {
      g_autofree char *text = g_date_time_format (due, "%Y-%m-%dT%H:%M:%S%:z");

      g_print ("%s\n", text);
    }
  else
    {
      g_autofree char *plain = g_date_time_format (due, "%Y-%m-%d %H:%M");
      g_autofree char *long_form = layanan_date_time_format_long (due);

      g_print ("%s\t%s\n", plain, long_form);
    }

  return EXIT_OK;
}

/* backup -o FILE */

static int
command_backup (CliGlobals *globals,
                int         argc,
                char      **argv)
{
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the backup to FILE"),
      N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LayananDatabase) database = NULL;
  int status;

  g_option_context_set_summary (context,
                                _("Copies the database to FILE; safe while the window is open."));
  if (!parse_options (context, entries, &argc, &argv, &status))
    return status;
  if (output == NULL)
    return usage_error (context, _("Say where to write the backup with -o FILE."));

  if ((database = open_database (globals, &error)) == NULL ||
      !layanan_database_backup (database, output, NULL, &error))
    return fail (error);

  g_print (_("Backup written to %s\n"), output);
  return EXIT_OK;
}

/* restore FILE [--yes] */

static gboolean
confirm_restore (const char *database_path,
                 const char *backup_path)
{
  char answer[16] = "";

  if (!isatty (STDIN_FILENO))
    return FALSE;

  g_print (_("Replace %s with the contents of %s? The current database is kept aside. [y/N] "),
           database_path, backup_path);
  if (fgets (answer, sizeof answer, stdin) == NULL)
    return FALSE;

  /* Translators: the letters that mean "yes" at the prompt above */
  return strchr (_("yY"), answer[0]) != NULL && answer[0] != '\0' && answer[0] != '\n';
}

static int
command_restore (CliGlobals *globals,
                 int         argc,
                 char      **argv)
{
  gboolean yes = FALSE;
  const GOptionEntry entries[] = {
    { "yes", 'y', 0, G_OPTION_ARG_NONE, &yes, N_("Do not ask for confirmation"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE"));
  g_autoptr(GError) error = NULL;
  g_autofree char *kept_aside = NULL;
  int status;

  g_option_context_set_summary (context,
                                _("Replaces the database with a backup. The current database "
                                  "is kept aside first. Close the window before restoring."));
  if (!parse_options (context, entries, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return usage_error (context, _("Name the backup file to restore."));

  if (!yes && !confirm_restore (globals->database_path, argv[1]))
    {
      g_printerr (_("layanan-cli: nothing was restored (confirm with --yes)\n"));
      return EXIT_FAILED;
    }

  if (!layanan_database_restore (globals->database_path, argv[1], &kept_aside, &error))
    return fail (error);

  g_print (_("Restored %s; the previous database was kept as %s\n"), argv[1], kept_aside);
  return EXIT_OK;
}

/* load reference [DIR] | load holidays FILE | … */

static gboolean
load_one (LayananDatabase  *database,
          const char       *what,
          char            **files,
          guint             n_files,
          GError          **error)
{
  if (g_str_equal (what, "reference"))
    {
      g_autofree char *dir = n_files > 0 ? g_strdup (files[0]) : layanan_startup_reference_dir ();

      return layanan_database_load_reference_dir (database, dir, error);
    }
  if (g_str_equal (what, "holidays") && n_files == 1)
    return layanan_database_load_holidays (database, files[0], error);
  if (g_str_equal (what, "working-hours") && n_files == 1)
    return layanan_database_load_working_hours (database, files[0], error);
  if (g_str_equal (what, "classification") && n_files == 1)
    return layanan_database_load_classification (database, files[0], error);
  if (g_str_equal (what, "units") && n_files == 2)
    return layanan_database_load_units (database, files[0], files[1], error);
  if (g_str_equal (what, "skm") && n_files == 2)
    return layanan_database_load_skm (database, files[0], files[1], error);
  if (g_str_equal (what, "staff") && n_files == 1)
    return layanan_database_load_staff (database, files[0], error);

  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("Unknown data “%s” or wrong number of files"), what);
  return FALSE;
}

static int
command_load (CliGlobals *globals,
              int         argc,
              char      **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("WHAT [FILE…]"));
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_option_context_set_summary (context,
                                _("Loads reference data again; loading the same file twice "
                                  "changes nothing.\n\n"
                                  "  reference [DIR]             everything in DIR\n"
                                  "  holidays FILE               holidays and cuti bersama\n"
                                  "  working-hours FILE          working hours per weekday\n"
                                  "  classification FILE         archive classification codes\n"
                                  "  units UNITS CHANNELS        units and their contact channels\n"
                                  "  skm UNSUR GRADES            SKM unsur and the grade table\n"
                                  "  staff FILE                  staff (nip, name, position_title, unit_code)"));
  if (!parse_options (context, NULL, &argc, &argv, &status))
    return status;
  if (argc < 2)
    return usage_error (context, _("Say what to load."));

  if ((database = open_database (globals, &error)) == NULL)
    return fail (error);

  if (!load_one (database, argv[1], argv + 2, argc - 2, &error))
    {
      if (g_error_matches (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE))
        return usage_error (context, error->message);
      return fail (error);
    }

  g_print (_("Loaded %s\n"), argv[1]);
  return EXIT_OK;
}

/* import surat FILE… [--unit CODE] */

static gint64
unit_id_for_code (LayananDatabase *database,
                  const char      *code)
{
  g_autoptr(GPtrArray) units = layanan_database_list_units (database, NULL);

  for (guint i = 0; units != NULL && i < units->len; i++)
    {
      LayananUnit *unit = g_ptr_array_index (units, i);

      if (code != NULL ? g_str_equal (unit->code, code) : unit->parent_id == 0)
        return unit->id;
    }
  return 0;
}

/* The unit --unit CODE names (without it, the first biro); a code that
 * names no unit is a usage error. */
static gboolean
lookup_unit_option (LayananDatabase *database,
                    GOptionContext  *context,
                    const char      *unit_code,
                    gint64          *unit_id,
                    int             *status)
{
  g_autofree char *message = NULL;

  if ((*unit_id = unit_id_for_code (database, unit_code)) != 0)
    return TRUE;

  message = g_strdup_printf (_("There is no unit “%s”"), unit_code != NULL ? unit_code : "");
  *status = usage_error (context, message);
  return FALSE;
}

static int
command_import_letters (CliGlobals *globals,
                        int         argc,
                        char      **argv)
{
  g_autofree char *unit_code = NULL;
  const GOptionEntry entries[] = {
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit_code,
      N_("Register in the agenda of this unit, e.g. “kesra” (default: the first biro)"),
      N_("CODE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("surat FILE…"));
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(GPtrArray) imports = NULL;
  g_autoptr(GError) error = NULL;
  guint n_registered = 0;
  gint64 unit_id;
  int status;

  g_option_context_set_summary (context,
                                _("Registers scanned letters (PDF, PNG, JPEG, TIFF) in the agenda, "
                                  "received now, with the number, date, sender and subject read "
                                  "from each scan. A file whose fields cannot be read, or that is "
                                  "already registered, is left for the window."));
  if (!parse_options (context, entries, &argc, &argv, &status))
    return status;
  if (argc < 3)
    return usage_error (context, _("Say which scans to register: surat FILE…"));

  if ((database = open_database (globals, &error)) == NULL)
    return fail (error);
  if (!lookup_unit_option (database, context, unit_code, &unit_id, &status))
    return status;

  imports = layanan_letter_import_files (database, (const char * const *) argv + 2, unit_id,
                                         NULL, &error);
  if (imports == NULL)
    return fail (error);

  for (guint i = 0; i < imports->len; i++)
    {
      LayananLetterImport *import = g_ptr_array_index (imports, i);

      if (import->letter != NULL)
        {
          n_registered++;
          g_print ("%" G_GINT64_FORMAT "/%d\t%s\t%s\n", import->letter->agenda_number,
                   import->letter->agenda_year, import->letter->nomor, import->path);
        }
      else
        g_printerr (_("layanan-cli: %s: not registered: %s\n"), import->path, import->problem);
    }

  g_print (g_dngettext (GETTEXT_PACKAGE, "Registered %u of %u letter\n",
                        "Registered %u of %u letters\n", imports->len),
           n_registered, imports->len);
  return n_registered == imports->len ? EXIT_OK : EXIT_FAILED;
}

/* import pengaduan [--unit CODE] [--skip-bad-rows] FILE */

/* One problem of a CSV file: @column is NULL when the record as a whole is wrong. */
static void
print_csv_problem (const char *path,
                   guint       line,
                   const char *column,
                   const char *message)
{
  if (column != NULL)
    /* Translators: "data.csv:12: column “Kanal”: “Pos” is not a known channel" */
    g_printerr (_("%s:%u: column “%s”: %s\n"), path, line, column, message);
  else
    g_printerr ("%s:%u: %s\n", path, line, message);
}

/* The import lists only the first problems; count the rest. */
static void
print_unlisted_problems (const char *path,
                         guint       n_problems,
                         guint       n_listed)
{
  if (n_problems > n_listed)
    g_printerr (g_dngettext (GETTEXT_PACKAGE, "%s: …and %u more problem\n",
                             "%s: …and %u more problems\n", n_problems - n_listed),
                path, n_problems - n_listed);
}

/* Without --skip-bad-rows a file with a bad row imports nothing. */
static int
refuse_bad_rows (guint n_bad_rows,
                 guint n_rows)
{
  g_printerr (g_dngettext (GETTEXT_PACKAGE,
                           "layanan-cli: %u of %u rows has problems; nothing was imported "
                           "(--skip-bad-rows imports the others)\n",
                           "layanan-cli: %u of %u rows have problems; nothing was imported "
                           "(--skip-bad-rows imports the others)\n", n_bad_rows),
              n_bad_rows, n_rows);
  return EXIT_FAILED;
}

/* Ends the line that says how many were imported. */
static void
print_skipped_rows (guint n_skipped)
{
  if (n_skipped > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE, "; skipped %u bad row", "; skipped %u bad rows",
                          n_skipped),
             n_skipped);
  g_print ("\n");
}

static void
print_complaint_problems (const char                         *path,
                          const LayananComplaintImportResult *result)
{
  for (guint i = 0; i < result->problems->len; i++)
    {
      const LayananComplaintCsvProblem *problem = g_ptr_array_index (result->problems, i);

      print_csv_problem (path, problem->line, problem->column, problem->message);
    }
  print_unlisted_problems (path, result->n_problems, result->problems->len);
}

static int
command_import_complaints (CliGlobals *globals,
                           int         argc,
                           char      **argv)
{
  g_autofree char *unit_code = NULL;
  gboolean skip_bad_rows = FALSE;
  const GOptionEntry entries[] = {
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit_code,
      N_("Register in the complaints of this unit, e.g. “kesra” (default: the first biro)"),
      N_("CODE") },
    { "skip-bad-rows", 0, 0, G_OPTION_ARG_NONE, &skip_bad_rows,
      N_("Import the rows without problems and leave the bad ones out"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("pengaduan FILE"));
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(LayananComplaintImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  LayananComplaintImportFlags flags = LAYANAN_COMPLAINT_IMPORT_DEFAULT;
  gint64 unit_id;
  int status;

  g_option_context_set_summary (context,
                                _("Imports the complaints a bureau kept before from a CSV file "
                                  "with a header row (its own spreadsheet, or a list exported "
                                  "from SP4N-LAPOR!): received date and time, channel, "
                                  "category, LAPOR! number, service, description, status. "
                                  "Every row is checked first; a file with a bad row imports "
                                  "nothing unless --skip-bad-rows."));
  if (!parse_options (context, entries, &argc, &argv, &status))
    return status;
  if (argc != 3)
    return usage_error (context, _("Say which file to import: pengaduan FILE"));

  if ((database = open_database (globals, &error)) == NULL)
    return fail (error);
  if (!lookup_unit_option (database, context, unit_code, &unit_id, &status))
    return status;

  if (skip_bad_rows)
    flags |= LAYANAN_COMPLAINT_IMPORT_SKIP_BAD_ROWS;
  if (!layanan_complaint_import (layanan_database_get_path (database), argv[2], NULL, unit_id,
                                 flags, NULL, &result, &error))
    {
      if (result == NULL || result->problems->len == 0)
        return fail (error);
      print_complaint_problems (argv[2], result);
      return refuse_bad_rows (result->n_skipped, result->n_rows);
    }

  print_complaint_problems (argv[2], result);
  g_print (g_dngettext (GETTEXT_PACKAGE, "Imported %u complaint", "Imported %u complaints",
                        result->n_imported),
           result->n_imported);
  print_skipped_rows (result->n_skipped);
  return EXIT_OK;
}

/* export agenda [--from DATE] [--to DATE] -o FILE */

static gboolean
parse_option_date (const char  *text,
                   char       **iso,
                   GError     **error)
{
  GDate date;

  if (text == NULL)
    return TRUE;
  if (!layanan_letter_date_parse (text, &date, error))
    return FALSE;
  *iso = layanan_date_format_iso (&date);
  return TRUE;
}

/* --from and --to as ISO dates, each left NULL when not given; a date that
 * cannot be read is a usage error. */
static gboolean
parse_period_options (GOptionContext  *context,
                      const char      *from,
                      const char      *to,
                      char           **from_iso,
                      char           **to_iso,
                      int             *status)
{
  g_autoptr(GError) error = NULL;

  if (parse_option_date (from, from_iso, &error) && parse_option_date (to, to_iso, &error))
    return TRUE;

  *status = usage_error (context, error->message);
  return FALSE;
}

static int
command_export_agenda (CliGlobals *globals,
                       int         argc,
                       char      **argv)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "from", 'f', 0, G_OPTION_ARG_STRING, &from,
      N_("Letters received on or after DATE (e.g. 1/1/2026)"), N_("DATE") },
    { "to", 't', 0, G_OPTION_ARG_STRING, &to,
      N_("Letters received on or before DATE"), N_("DATE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the workbook to FILE"),
      N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("agenda"));
  g_autoptr(LayananLetterQuery) query = layanan_letter_query_new ();
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_option_context_set_summary (context,
                                _("Writes the Agenda Surat Masuk of the letters received in a "
                                  "period to an XLSX workbook, in agenda order."));
  if (!parse_options (context, entries, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return usage_error (context, _("Say what to export: agenda."));
  if (output == NULL)
    return usage_error (context, _("Say where to write the workbook with -o FILE."));
  if (!parse_period_options (context, from, to, &query->received_from, &query->received_to,
                             &status))
    return status;

  if ((database = open_database (globals, &error)) == NULL)
    return fail (error);
  g_clear_object (&database);

  query->sort = LAYANAN_LETTER_SORT_AGENDA;
  if (!layanan_agenda_export (globals->database_path, query, output, NULL, &error))
    return fail (error);

  g_print (_("Exported the agenda to %s\n"), output);
  return EXIT_OK;
}

/* export pengaduan --from DATE --to DATE -o FILE [--unit CODE] [--include-personal-data] */

static int
command_export_complaints (CliGlobals *globals,
                           int         argc,
                           char      **argv)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *output = NULL;
  g_autofree char *unit_code = NULL;
  gboolean personal = FALSE;
  const GOptionEntry entries[] = {
    { "from", 'f', 0, G_OPTION_ARG_STRING, &from,
      N_("Complaints received on or after DATE (e.g. 1/1/2026)"), N_("DATE") },
    { "to", 't', 0, G_OPTION_ARG_STRING, &to,
      N_("Complaints received on or before DATE"), N_("DATE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the workbook to FILE"),
      N_("FILE") },
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit_code,
      N_("Only the complaints of this unit, e.g. “kesra” (default: every unit)"), N_("CODE") },
    { "include-personal-data", 0, 0, G_OPTION_ARG_NONE, &personal,
      N_("Add the complainant’s name and contact (never of a confidential or anonymous "
         "complaint)"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("pengaduan"));
  g_autoptr(LayananComplaintQuery) query = layanan_complaint_query_new ();
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_option_context_set_summary (context,
                                _("Writes the Rekapitulasi Pengaduan of the complaints received "
                                  "in a period to an XLSX workbook: counts per month, category, "
                                  "channel and status, and the list of complaints."));
  if (!parse_options (context, entries, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return usage_error (context, _("Say what to export: pengaduan."));
  if (from == NULL || to == NULL)
    return usage_error (context, _("Say which period to export with --from DATE and --to DATE."));
  if (output == NULL)
    return usage_error (context, _("Say where to write the workbook with -o FILE."));
  if (!parse_period_options (context, from, to, &query->received_from, &query->received_to,
                             &status))
    return status;

  if ((database = open_database (globals, &error)) == NULL)
    return fail (error);
  if (unit_code != NULL &&
      !lookup_unit_option (database, context, unit_code, &query->unit_id, &status))
    return status;
  g_clear_object (&database);

  query->sort = LAYANAN_COMPLAINT_SORT_NUMBER;
  if (!layanan_complaint_export (globals->database_path, query, personal, output, NULL, NULL,
                                 NULL, &error))
    return fail (error);

  g_print (_("Exported the complaint recap to %s\n"), output);
  return EXIT_OK;
}

/* export skm --period NAME -o FILE [--unit CODE] */

static int
command_export_skm (CliGlobals *globals,
                    int         argc,
                    char      **argv)
{
  g_autofree char *period = NULL;
  g_autofree char *output = NULL;
  g_autofree char *unit_code = NULL;
  const GOptionEntry entries[] = {
    { "period", 'p', 0, G_OPTION_ARG_STRING, &period,
      N_("The survey period, as it is named (e.g. “Semester I 2026”)"), N_("NAME") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the workbook to FILE"),
      N_("FILE") },
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit_code,
      N_("The unit whose survey it is, e.g. “kesra” (default: the biro)"), N_("CODE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("skm"));
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  gint64 unit_id = 0;
  int status;

  g_option_context_set_summary (context,
                                _("Writes the report of a Survei Kepuasan Masyarakat period to "
                                  "an XLSX workbook: the processing sheet with live formulas, "
                                  "the IKM per unsur and per service, the respondents, the "
                                  "follow-up plan and the trend."));
  if (!parse_options (context, entries, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return usage_error (context, _("Say what to export: skm."));
  if (period == NULL)
    return usage_error (context, _("Say which survey period to export with --period NAME."));
  if (output == NULL)
    return usage_error (context, _("Say where to write the workbook with -o FILE."));

  if ((database = open_database (globals, &error)) == NULL)
    return fail (error);
  if (!lookup_unit_option (database, context, unit_code, &unit_id, &status))
    return status;
  g_clear_object (&database);

  if (!layanan_skm_export (globals->database_path, unit_id, period, output, NULL, &error))
    return fail (error);

  g_print (_("Exported the SKM report of %s to %s\n"), period, output);
  return EXIT_OK;
}

/* export beban-kerja --from DATE --to DATE -o FILE [--unit CODE] */

static int
command_export_workload (CliGlobals *globals,
                         int         argc,
                         char      **argv)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *from_iso = NULL;
  g_autofree char *to_iso = NULL;
  g_autofree char *output = NULL;
  g_autofree char *unit_code = NULL;
  const GOptionEntry entries[] = {
    { "from", 'f', 0, G_OPTION_ARG_STRING, &from,
      N_("Work assigned on or after DATE (e.g. 1/3/2026)"), N_("DATE") },
    { "to", 't', 0, G_OPTION_ARG_STRING, &to,
      N_("Work assigned on or before DATE"), N_("DATE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the workbook to FILE"),
      N_("FILE") },
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit_code,
      N_("The staff and sections of this unit, e.g. “kesra” (default: the biro)"),
      N_("CODE") },
    { NULL }
  };
  /* Translators: "beban-kerja" is the command's argument, not translated */
  g_autoptr(GOptionContext) context = g_option_context_new (_("beban-kerja"));
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  gint64 unit_id = 0;
  int status;

  g_option_context_set_summary (context,
                                _("Writes the workload of a period to an XLSX workbook for the "
                                  "evaluation meeting: per staff member with a chart, per "
                                  "section, per service, and the overdue letters and "
                                  "complaints."));
  if (!parse_options (context, entries, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return usage_error (context, _("Say what to export: beban-kerja."));
  if (from == NULL || to == NULL)
    return usage_error (context, _("Say which period to export with --from DATE and --to DATE."));
  if (output == NULL)
    return usage_error (context, _("Say where to write the workbook with -o FILE."));
  if (!parse_period_options (context, from, to, &from_iso, &to_iso, &status))
    return status;

  if ((database = open_database (globals, &error)) == NULL)
    return fail (error);
  if (unit_code != NULL && !lookup_unit_option (database, context, unit_code, &unit_id, &status))
    return status;
  g_clear_object (&database);

  if (!layanan_workload_export (globals->database_path, unit_id, from_iso, to_iso, output, NULL,
                                &error))
    return fail (error);

  g_print (_("Exported the workload report to %s\n"), output);
  return EXIT_OK;
}

/* import skm --period NAME [--from DATE --to DATE] [--unit CODE] [--skip-bad-rows] FILE */

static void
print_skm_problems (const char                   *path,
                    const LayananSkmImportResult *result)
{
  for (guint i = 0; i < result->problems->len; i++)
    {
      const LayananSkmCsvProblem *problem = g_ptr_array_index (result->problems, i);

      print_csv_problem (path, problem->line, problem->column, problem->message);
    }
  print_unlisted_problems (path, result->n_problems, result->problems->len);
}

/* The period named exists, or --from and --to say how to create it. */
static gboolean
check_skm_period (LayananDatabase         *database,
                  LayananSkmImportTarget  *target,
                  GError                 **error)
{
  g_autoptr(LayananSkmPeriod) period = NULL;
  g_autoptr(GError) local_error = NULL;

  period = layanan_database_find_skm_period (database, target->unit_id, target->name,
                                             &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (period == NULL && (target->date_from == NULL || target->date_to == NULL))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("There is no SKM survey period “%s” yet; give its first and last day "
                     "with --from DATE --to DATE to create it"), target->name);
      return FALSE;
    }

  if (period != NULL && target->date_from != NULL &&
      (g_strcmp0 (period->date_from, target->date_from) != 0 ||
       g_strcmp0 (period->date_to, target->date_to) != 0))
    g_printerr (_("layanan-cli: the period “%s” already runs from %s to %s; "
                  "--from and --to are not used\n"),
                period->name, period->date_from, period->date_to);
  return TRUE;
}

static void
print_skm_imported (const LayananSkmImportTarget *target,
                    const LayananSkmImportResult *result)
{
  g_print (g_dngettext (GETTEXT_PACKAGE, "Imported %u questionnaire into “%s”",
                        "Imported %u questionnaires into “%s”", result->n_imported),
           result->n_imported, target->name);
  if (result->period_created)
    /* Translators: after "Imported 40 questionnaires into “Semester I 2026”" */
    g_print (_(" (a new period, %s to %s)"), target->date_from, target->date_to);
  print_skipped_rows (result->n_skipped);
}

static int
command_import_skm (CliGlobals *globals,
                    int         argc,
                    char      **argv)
{
  g_autofree char *period_name = NULL;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  g_autofree char *unit_code = NULL;
  g_autofree char *date_from = NULL;
  g_autofree char *date_to = NULL;
  gboolean skip_bad_rows = FALSE;
  const GOptionEntry entries[] = {
    { "period", 'p', 0, G_OPTION_ARG_STRING, &period_name,
      N_("The survey period, e.g. “Semester I 2026”; created when the unit has none of "
         "that name"), N_("NAME") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_text,
      N_("The first day of a period to create"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_text,
      N_("The last day of a period to create"), N_("DATE") },
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit_code,
      N_("The unit whose survey it is, e.g. “kesra” (default: the first biro)"), N_("CODE") },
    { "skip-bad-rows", 0, 0, G_OPTION_ARG_NONE, &skip_bad_rows,
      N_("Import the rows without problems and leave the bad ones out"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("skm FILE"));
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(LayananSkmImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  LayananSkmImportFlags flags = LAYANAN_SKM_IMPORT_DEFAULT;
  LayananSkmImportTarget target = { 0 };
  int status;

  g_option_context_set_summary (context,
                                _("Imports SKM questionnaires from a CSV file with a header row "
                                  "(a Google Forms export or a spreadsheet): the date, service, "
                                  "sex, age, education, occupation, the answers to U1…U9 as "
                                  "numbers 1–4 or as their labels, and the saran. Columns headed "
                                  "U1…U9, with the unsur names or with the questions are "
                                  "recognised. Every row is checked first; a file with a bad "
                                  "row imports nothing unless --skip-bad-rows."));
  if (!parse_options (context, entries, &argc, &argv, &status))
    return status;
  if (argc != 3)
    return usage_error (context, _("Say which file to import: skm --period NAME FILE"));
  if (period_name == NULL || *g_strstrip (period_name) == '\0')
    return usage_error (context, _("Say which survey period: --period NAME"));
  if ((from_text == NULL) != (to_text == NULL))
    return usage_error (context, _("Give both --from and --to, or neither"));
  if (!parse_period_options (context, from_text, to_text, &date_from, &date_to, &status))
    return status;

  if ((database = open_database (globals, &error)) == NULL)
    return fail (error);
  target = (LayananSkmImportTarget) { 0, 0, period_name, date_from, date_to };
  if (!lookup_unit_option (database, context, unit_code, &target.unit_id, &status))
    return status;
  if (!check_skm_period (database, &target, &error))
    {
      if (g_error_matches (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE))
        return usage_error (context, error->message);
      return fail (error);
    }

  if (skip_bad_rows)
    flags |= LAYANAN_SKM_IMPORT_SKIP_BAD_ROWS;
  if (!layanan_skm_import (layanan_database_get_path (database), argv[2], NULL, &target, flags,
                           NULL, &result, &error))
    {
      if (result == NULL || result->problems->len == 0)
        return fail (error);
      print_skm_problems (argv[2], result);
      return refuse_bad_rows (result->n_skipped, result->n_rows);
    }

  print_skm_problems (argv[2], result);
  print_skm_imported (&target, result);
  return EXIT_OK;
}

/* import standar FILE [--unit CODE] [--dry-run] */

/* A document names its biro in words ("KEPALA BIRO ADMINISTRASI PIMPINAN")
 * or not at all: take the unit whose name it gives, else refuse. */
static gboolean
resolve_unit (LayananDatabase  *database,
              LayananStandard  *standard,
              const char       *path,
              GError          **error)
{
  g_autoptr(GPtrArray) units = NULL;
  const char *unit_name = layanan_standard_get_unit_name (standard);

  if (layanan_standard_get_unit_code (standard) != NULL)
    return TRUE;

  if (unit_name != NULL)
    {
      units = layanan_database_list_units (database, error);
      if (units == NULL)
        return FALSE;

      for (guint i = 0; i < units->len; i++)
        {
          LayananUnit *unit = g_ptr_array_index (units, i);
          g_autofree char *a = g_utf8_casefold (unit->name, -1);
          g_autofree char *b = g_utf8_casefold (unit_name, -1);

          if (g_str_equal (a, b))
            {
              layanan_standard_set_unit_code (standard, unit->code);
              return TRUE;
            }
        }
    }

  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("%s does not say which unit provides “%s”; name it with --unit CODE"),
               path, layanan_standard_get_name (standard));
  return FALSE;
}

static void
print_standard (LayananStandard *standard)
{
  GPtrArray *flags = layanan_standard_get_review_flags (standard);
  GPtrArray *notes = layanan_standard_get_notes (standard);
  const char *unit = layanan_standard_get_unit_code (standard);

  g_print (_("Service: %s (unit: %s)\n"), layanan_standard_get_name (standard),
           unit != NULL ? unit : _("unknown"));

  for (guint kind = 0; kind < LAYANAN_N_COMPONENTS; kind++)
    {
      GPtrArray *items = layanan_standard_get_items (standard, kind);
      const char *state;

      if (!layanan_standard_has_component (standard, kind))
        /* Translators: a component of the standard the document lacks */
        state = _("missing");
      else
        /* Translators: a component of the standard the document has */
        state = _("filled");

      g_print ("  %c%d %-45s %s", layanan_component_kind_get_group (kind),
               layanan_component_kind_get_number (kind), layanan_component_kind_get_name (kind),
               state);
      if (items->len > 0)
        g_print (g_dngettext (GETTEXT_PACKAGE, " (%u item)", " (%u items)", items->len),
                 items->len);
      g_print ("\n");
    }

  for (guint i = 0; i < flags->len; i++)
    g_print (_("  Check: %s\n"), (const char *) g_ptr_array_index (flags, i));
  for (guint i = 0; i < notes->len; i++)
    g_print (_("  Note: %s\n"), (const char *) g_ptr_array_index (notes, i));
}

static int
command_import (CliGlobals *globals,
                int         argc,
                char      **argv)
{
  g_autofree char *unit_code = NULL;
  gboolean dry_run = FALSE;
  const GOptionEntry entries[] = {
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit_code,
      N_("The unit that provides the services, e.g. “kesra”"), N_("CODE") },
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run,
      N_("Only show what the document holds; save nothing"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(GPtrArray) standards = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (argc > 1 && g_str_equal (argv[1], "surat"))
    return command_import_letters (globals, argc, argv);
  if (argc > 1 && g_str_equal (argv[1], "pengaduan"))
    return command_import_complaints (globals, argc, argv);
  if (argc > 1 && g_str_equal (argv[1], "skm"))
    return command_import_skm (globals, argc, argv);

  context = g_option_context_new (_("standar FILE"));
  g_option_context_set_summary (context,
                                _("Reads the Standar Pelayanan of one or more services from a "
                                  "document (text, Markdown or PDF), shows each component as "
                                  "filled or missing and what to check, and saves them to the "
                                  "catalog: a service already there gets the new text (a new "
                                  "draft when its standard is established)."));
  if (!parse_options (context, entries, &argc, &argv, &status))
    return status;
  if (argc != 3 || !g_str_equal (argv[1], "standar"))
    return usage_error (context, _("Say what to import: standar FILE."));

  standards = layanan_standard_import_file (argv[2], &error);
  if (standards == NULL)
    return fail (error);

  if ((database = open_database (globals, &error)) == NULL)
    return fail (error);

  for (guint i = 0; i < standards->len; i++)
    {
      LayananStandard *standard = g_ptr_array_index (standards, i);

      if (unit_code != NULL)
        layanan_standard_set_unit_code (standard, unit_code);
      if (!resolve_unit (database, standard, argv[2], &error))
        {
          if (g_error_matches (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE))
            return usage_error (context, error->message);
          return fail (error);
        }
      print_standard (standard);
    }

  if (dry_run)
    {
      g_print (g_dngettext (GETTEXT_PACKAGE, "Found %u service; nothing was saved (--dry-run)\n",
                            "Found %u services; nothing was saved (--dry-run)\n",
                            standards->len),
               standards->len);
      return EXIT_OK;
    }

  if (!layanan_database_save_standards (database, standards, NULL, &error))
    return fail (error);

  g_print (g_dngettext (GETTEXT_PACKAGE, "Saved %u service\n", "Saved %u services\n",
                        standards->len),
           standards->len);
  return EXIT_OK;
}

/* export standar [--service ID]... [--maklumat UNIT_CODE] -o FILE */

static int
command_export (CliGlobals *globals,
                int         argc,
                char      **argv)
{
  g_auto(GStrv) service_ids = NULL;
  g_autofree char *maklumat_unit = NULL;
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "service", 's', 0, G_OPTION_ARG_STRING_ARRAY, &service_ids,
      N_("Export this service (see “list standar”); repeat for more; all when not given"),
      N_("ID") },
    { "maklumat", 'm', 0, G_OPTION_ARG_STRING, &maklumat_unit,
      N_("Add the maklumat pelayanan of this unit at the end"), N_("UNIT_CODE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the workbook to FILE"),
      N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  guint n_exported = 0;
  int status;

  if (argc > 1 && g_str_equal (argv[1], "agenda"))
    return command_export_agenda (globals, argc, argv);
  if (argc > 1 && g_str_equal (argv[1], "pengaduan"))
    return command_export_complaints (globals, argc, argv);
  if (argc > 1 && g_str_equal (argv[1], "skm"))
    return command_export_skm (globals, argc, argv);
  if (argc > 1 && g_str_equal (argv[1], "beban-kerja"))
    return command_export_workload (globals, argc, argv);

  context = g_option_context_new (_("standar"));
  g_option_context_set_summary (context,
                                _("Writes the Standar Pelayanan matrix of the catalog’s services "
                                  "to an XLSX workbook, one sheet per service, in the official "
                                  "layout."));
  if (!parse_options (context, entries, &argc, &argv, &status))
    return status;
  if (argc != 2 || !g_str_equal (argv[1], "standar"))
    return usage_error (context, _("Say what to export: standar."));
  if (output == NULL)
    return usage_error (context, _("Say where to write the workbook with -o FILE."));

  for (guint i = 0; service_ids != NULL && service_ids[i] != NULL; i++)
    {
      gint64 id;

      if (!g_ascii_string_to_signed (service_ids[i], 10, 1, G_MAXINT64, &id, NULL))
        {
          g_autofree char *message = g_strdup_printf (_("“%s” is not a service number"),
                                                      service_ids[i]);

          return usage_error (context, message);
        }
      g_array_append_val (ids, id);
    }

  /* Opening through start-up gives a new database its reference data and catalog. */
  if ((database = open_database (globals, &error)) == NULL)
    return fail (error);
  g_clear_object (&database);

  if (!layanan_catalog_export (globals->database_path, ids->len > 0 ? ids : NULL, maklumat_unit,
                               output, NULL, &n_exported, &error))
    return fail (error);

  g_print (g_dngettext (GETTEXT_PACKAGE, "Exported %u service to %s\n",
                        "Exported %u services to %s\n", n_exported),
           n_exported, output);
  return EXIT_OK;
}

/* list standar [--search TEXT] */

static int
command_list (CliGlobals *globals,
              int         argc,
              char      **argv)
{
  g_autofree char *search = NULL;
  const GOptionEntry entries[] = {
    { "search", 's', 0, G_OPTION_ARG_STRING, &search,
      N_("Only services whose name or standard contains TEXT (any case)"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("standar"));
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(GPtrArray) services = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_option_context_set_summary (context,
                                _("Lists the catalog’s services by unit, one a line: number, "
                                  "unit, status, completion time, review marks and name."));
  if (!parse_options (context, entries, &argc, &argv, &status))
    return status;
  if (argc != 2 || !g_str_equal (argv[1], "standar"))
    return usage_error (context, _("Say what to list: standar."));

  if ((database = open_database (globals, &error)) == NULL ||
      (services = layanan_database_list_services (database, search, &error)) == NULL)
    return fail (error);

  for (guint i = 0; i < services->len; i++)
    {
      LayananServiceSummary *summary = g_ptr_array_index (services, i);
      g_autofree char *completion = NULL;
      g_autoptr(GString) marks = g_string_new (NULL);

      if (summary->has_completion)
        {
          LayananDuration duration = { summary->completion_value, summary->completion_unit };

          completion = layanan_duration_to_string (&duration);
        }
      if (summary->review_due)
        /* Translators: a mark in “list standar”: the standard's periodic review is due */
        g_string_append (marks, _("review-due"));
      if (summary->n_review_flags > 0)
        g_string_append_printf (marks, "%s%s", marks->len > 0 ? "," : "",
                                /* Translators: a mark in “list standar”: the import left
                                 * things to check */
                                _("check"));

      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\t%s\n", summary->id, summary->unit_code,
               layanan_standard_status_to_key (summary->status),
               completion != NULL ? completion : "-", marks->len > 0 ? marks->str : "-",
               summary->name);
    }

  return EXIT_OK;
}

/* info */

static int
command_info (CliGlobals *globals,
              int         argc,
              char      **argv)
{
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GError) error = NULL;

  if ((database = open_database (globals, &error)) == NULL ||
      (units = layanan_database_list_units (database, &error)) == NULL)
    return fail (error);

  g_print (_("Database: %s\n"), layanan_database_get_path (database));
  g_print (_("Schema version: %d\n"), layanan_database_get_schema_version (database));
  g_print (_("Cuti bersama are non-working days: %s\n"),
           layanan_database_get_cuti_bersama_nonworking (database) ? _("yes") : _("no"));
  for (guint i = 0; i < units->len; i++)
    {
      LayananUnit *unit = g_ptr_array_index (units, i);

      g_print (_("Unit: %s\n"), unit->name);
    }

  return EXIT_OK;
}

static const Command commands[] = {
  { "due", command_due, N_("Compute a due date in working days or hours") },
  { "backup", command_backup, N_("Back up the database") },
  { "restore", command_restore, N_("Restore the database from a backup") },
  { "load", command_load, N_("Load reference data (holidays, codes, units, SKM)") },
  { "info", command_info, N_("Show the database in use") },
  { "import", command_import, N_("Import Standar Pelayanan documents (import standar FILE), "
                                 "register scanned letters (import surat FILE…), import "
                                 "complaints kept before (import pengaduan FILE) or SKM "
                                 "questionnaires (import skm --period NAME FILE)") },
  { "export", command_export, N_("Export the Standar Pelayanan matrix (export standar -o FILE), "
                                 "the agenda of letters (export agenda -o FILE), the "
                                 "complaint recap (export pengaduan -o FILE), the SKM "
                                 "report (export skm --period NAME -o FILE) or the workload "
                                 "report (export beban-kerja --from DATE --to DATE -o FILE)") },
  { "list", command_list, N_("List the service catalog (list standar)") },
};

static char *
commands_description (void)
{
  GString *text = g_string_new (_("Commands:"));

  g_string_append_c (text, '\n');
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (text, "  %-10s %s\n", commands[i].name, _(commands[i].summary));
  g_string_append (text, _("\nRun “layanan-cli COMMAND --help” for a command’s options."));

  return g_string_free (text, FALSE);
}

static int
run_command (CliGlobals *globals,
             int         argc,
             char      **argv)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (g_str_equal (argv[0], commands[i].name))
        {
          g_autofree char *prgname = g_strconcat ("layanan-cli ", argv[0], NULL);

          g_set_prgname (prgname);
          return commands[i].run (globals, argc, argv);
        }
    }

  g_printerr (_("layanan-cli: unknown command “%s”; see layanan-cli --help\n"), argv[0]);
  return EXIT_USAGE;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *database = NULL;
  gboolean version = FALSE;
  const GOptionEntry entries[] = {
    { "database", 0, 0, G_OPTION_ARG_FILENAME, &database,
      N_("Use the database at PATH instead of the default one"), N_("PATH") },
    { "version", 0, 0, G_OPTION_ARG_NONE, &version, N_("Show the version and quit"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autofree char *description = NULL;
  CliGlobals globals = { NULL };
  int status;

  layanan_i18n_init ();

  context = g_option_context_new (_("COMMAND [OPTION…]"));
  description = commands_description ();
  g_option_context_set_description (context, description);
  /* Options after the command belong to the command. */
  g_option_context_set_strict_posix (context, TRUE);
  if (!parse_options (context, entries, &argc, &argv, &status))
    return status;

  if (version)
    {
      g_print ("layanan-cli %s\n", PACKAGE_VERSION);
      return EXIT_OK;
    }
  if (argc < 2)
    return usage_error (context, _("Name a command."));

  globals.database_path = database != NULL ? g_canonicalize_filename (database, NULL)
                                           : layanan_database_default_path ();
  status = run_command (&globals, argc - 1, argv + 1);
  g_free (globals.database_path);

  return status;
}
