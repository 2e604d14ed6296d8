/* layanan-mnemonic-button.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "layanan-mnemonic-button.h"

/**
 * layanan_mnemonic_button_new:
 * @mnemonic: the label with its mnemonic, "_Save"
 * @action_name: (nullable): the action the button activates
 *
 * A button built in code whose label has a mnemonic, named once for
 * screen readers. GTK 4.8 names a button with a mnemonic label property
 * twice ("_Save Save") and one with a plain label child not at all; a label
 * child that labels the button keeps the mnemonic and gives one name. The
 * .ui files do the same with a "labelled-by" relation.
 */
GtkWidget *
layanan_mnemonic_button_new (const char *mnemonic,
                             const char *action_name)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *label = gtk_label_new_with_mnemonic (mnemonic);

  gtk_button_set_child (GTK_BUTTON (button), label);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  label, NULL, -1);
  if (action_name != NULL)
    gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  return button;
}
