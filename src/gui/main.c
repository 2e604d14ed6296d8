/* main.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "layanan-application.h"
#include "layanan-i18n.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LayananApplication) app = NULL;

  layanan_i18n_init ();
  app = layanan_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
