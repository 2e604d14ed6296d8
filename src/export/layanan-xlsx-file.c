/* layanan-xlsx-file.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-xlsx-file"

#include "config.h"

#include "layanan-xlsx-file.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include <glib/gstdio.h>

LayananError
layanan_xlsx_code_for_errno (int saved_errno)
{
  switch (saved_errno)
    {
    case EACCES:
    case EPERM:
    case EROFS:
    case ENOTDIR:
    case EISDIR:
      return LAYANAN_ERROR_DATABASE_READ_ONLY;
    case ENOSPC:
    case EDQUOT:
    case EFBIG:
      return LAYANAN_ERROR_DATABASE_FULL;
    case ENOENT:
      return LAYANAN_ERROR_NOT_FOUND;
    default:
      return LAYANAN_ERROR_FAILED;
    }
}

static gboolean
is_file_error (lxw_error lxw_code)
{
  switch (lxw_code)
    {
    case LXW_ERROR_CREATING_XLSX_FILE:
    case LXW_ERROR_CREATING_TMPFILE:
    case LXW_ERROR_READING_TMPFILE:
    case LXW_ERROR_ZIP_FILE_OPERATION:
    case LXW_ERROR_ZIP_PARAMETER_ERROR:
    case LXW_ERROR_ZIP_BAD_ZIP_FILE:
    case LXW_ERROR_ZIP_INTERNAL_ERROR:
    case LXW_ERROR_ZIP_FILE_ADD:
    case LXW_ERROR_ZIP_CLOSE:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_input_error (lxw_error lxw_code)
{
  switch (lxw_code)
    {
    case LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED:
    case LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED:
    case LXW_ERROR_INVALID_SHEETNAME_CHARACTER:
    case LXW_ERROR_SHEETNAME_START_END_APOSTROPHE:
    case LXW_ERROR_SHEETNAME_ALREADY_USED:
      return TRUE;
    default:
      return FALSE;
    }
}

char *
layanan_xlsx_describe_error (lxw_error     lxw_code,
                             int           saved_errno,
                             LayananError *code)
{
  if (saved_errno != 0 && is_file_error (lxw_code))
    {
      *code = layanan_xlsx_code_for_errno (saved_errno);
      return g_strdup_printf ("%s (%s)", lxw_strerror (lxw_code), g_strerror (saved_errno));
    }

  *code = is_input_error (lxw_code) ? LAYANAN_ERROR_INVALID_INPUT : LAYANAN_ERROR_FAILED;
  return g_strdup (lxw_strerror (lxw_code));
}

/* Making the file here, before any row is written, also gives the system's
 * reason for a folder that is missing or read-only at once. */
char *
layanan_xlsx_create_temporary (const char *path,
                               int        *saved_errno)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = g_strdup_printf (".%s.XXXXXX", base);
  g_autofree char *tmpl = g_build_filename (dir, name, NULL);
  int fd;

  fd = g_mkstemp_full (tmpl, O_RDWR | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      *saved_errno = errno;
      return NULL;
    }
  close (fd);

  *saved_errno = 0;
  return g_steal_pointer (&tmpl);
}

gboolean
layanan_xlsx_sync_file (const char *path)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  gboolean ok;

  if (fd < 0)
    return FALSE;
  ok = fsync (fd) == 0;
  close (fd);

  return ok;
}
