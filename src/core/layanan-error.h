/* layanan-error.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define LAYANAN_ERROR (layanan_error_quark ())

/* One code per way things go wrong, so callers can react to a cause and
 * tests can assert it; the message always says what and where. */
typedef enum
{
  LAYANAN_ERROR_FAILED,
  LAYANAN_ERROR_INVALID_INPUT,     /* a value a person typed or a file held is malformed */
  LAYANAN_ERROR_NOT_FOUND,
  LAYANAN_ERROR_DATABASE_NOT_DATABASE, /* the file is not a Layanan Biro database */
  LAYANAN_ERROR_DATABASE_TOO_NEW,  /* written by a newer version of the app */
  LAYANAN_ERROR_DATABASE_LOCKED,   /* another program holds the write lock */
  LAYANAN_ERROR_DATABASE_READ_ONLY,/* no permission to write the file or its folder */
  LAYANAN_ERROR_DATABASE_FULL,     /* the disk is full */
  LAYANAN_ERROR_DATABASE,          /* any other SQLite failure */
  LAYANAN_ERROR_CONSTRAINT,        /* a duplicate or a broken reference */
  LAYANAN_ERROR_CONFLICT,          /* someone else changed the row meanwhile */
} LayananError;

GQuark layanan_error_quark (void);

G_END_DECLS
