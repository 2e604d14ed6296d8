/* layanan-pdf-text.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-pdf-text"

#include "config.h"

#include "layanan-pdf-text.h"

#include <glib/gi18n.h>
#include <poppler.h>

#include "layanan-error.h"

/**
 * layanan_pdf_extract_text:
 * @path: a PDF file, relative or absolute
 *
 * Reads the text layer of every page, in page order, pages joined by "\n".
 *
 * Returns: (transfer full): the text, or %NULL with %LAYANAN_ERROR_INVALID_INPUT
 *   when the file is password-protected, damaged or has no text layer (a
 *   scan, which needs OCR), or %LAYANAN_ERROR_NOT_FOUND when it is missing.
 */
char *
layanan_pdf_extract_text (const char  *path,
                          GError     **error)
{
  g_autofree char *absolute = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *display = NULL;
  /* Poppler-GLib 22.12 defines no g_autoptr() cleanup for its types. */
  PopplerDocument *document = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GString) text = NULL;
  gboolean any_text = FALSE;
  int n_pages;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  absolute = g_canonicalize_filename (path, NULL);
  display = g_filename_display_basename (absolute);

  if (!g_file_test (absolute, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND,
                   _("The file “%s” does not exist"), display);
      return NULL;
    }

  uri = g_filename_to_uri (absolute, NULL, error);
  if (uri == NULL)
    return NULL;

  document = poppler_document_new_from_file (uri, NULL, &local_error);
  if (document == NULL)
    {
      if (g_error_matches (local_error, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
        g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                     _("“%s” is password-protected; save it without a password and import "
                       "it again"), display);
      else
        g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                     _("“%s” is not a readable PDF file: %s"), display, local_error->message);
      return NULL;
    }

  text = g_string_new (NULL);
  n_pages = poppler_document_get_n_pages (document);
  for (int i = 0; i < n_pages; i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      g_autofree char *page_text = page != NULL ? poppler_page_get_text (page) : NULL;

      g_clear_object (&page);

      if (i > 0)
        g_string_append_c (text, '\n');
      if (page_text == NULL)
        continue;

      for (const char *p = page_text; *p != '\0' && !any_text; p++)
        any_text = !g_ascii_isspace (*p);
      g_string_append (text, page_text);
    }

  g_clear_object (&document);

  if (!any_text)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("“%s” has no text layer (it is probably a scan); reading scanned "
                     "documents is not supported yet"), display);
      return NULL;
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}
