/* layanan-test-ui.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "layanan-test-ui.h"

/* Iterates the main loop until @done says so, for at most five seconds. */
void
layanan_test_iterate_until (gboolean (*done) (gpointer),
                            gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
widget_is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

/* gtk_window_close() does nothing to a window that was never shown. */
void
layanan_test_show_window (GtkWindow *window)
{
  gtk_window_present (window);
  layanan_test_iterate_until (widget_is_mapped, window);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
}
