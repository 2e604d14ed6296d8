/* layanan-list-columns.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-list-columns"

#include "config.h"

#include "layanan-list-columns.h"

#include <glib/gi18n.h>

#include "layanan-date.h"

char *
layanan_list_format_instant (const char *instant)
{
  g_autoptr(GDateTime) parsed = layanan_date_time_parse (instant, NULL, NULL);

  if (parsed == NULL)
    return g_strdup (instant);
  /* Translators: a short date and time in the letter and complaint lists,
     e.g. "6 Nov 2026 09.15"; see g_date_time_format for the codes */
  return g_date_time_format (parsed, _("%-d %b %Y %H.%M"));
}

char *
layanan_list_snippet_markup (const char *snippet)
{
  GString *markup = g_string_new (NULL);
  const char *start = snippet;

  for (const char *p = snippet; ; p++)
    {
      if (*p == '\n' || *p == '\001' || *p == '\002' || *p == '\0')
        {
          g_autofree char *escaped = g_markup_escape_text (start, p - start);

          g_string_append (markup, escaped);
          if (*p == '\0')
            break;
          /* One line under the subject: the snippet's line breaks are the
           * document's, not the list's. */
          g_string_append (markup, *p == '\n' ? " " : *p == '\001' ? "<b>" : "</b>");
          start = p + 1;
        }
    }

  return g_string_free (markup, FALSE);
}

char *
layanan_list_due_days_text (LayananDueState state,
                            int             left)
{
  switch (state)
    {
    case LAYANAN_DUE_STATE_OVERDUE:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Overdue %d working day",
                                           "Overdue %d working days", -left), -left);
    case LAYANAN_DUE_STATE_SOON:
      if (left == 0)
        return g_strdup (_("Due today"));
      /* fall through */
    case LAYANAN_DUE_STATE_ON_TIME:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d working day left",
                                           "%d working days left", left), left);
    case LAYANAN_DUE_STATE_NONE:
    default:
      return NULL;
    }
}

void
layanan_list_setup_label_cb (GtkSignalListItemFactory *factory,
                             GtkListItem              *list_item,
                             gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (list_item, label);
}

void
layanan_list_setup_due_cb (GtkSignalListItemFactory *factory,
                           GtkListItem              *list_item,
                           gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_box_append (GTK_BOX (box), gtk_image_new ());
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (list_item, box);
}

void
layanan_list_show_due (GtkWidget       *box,
                       const char      *text,
                       LayananDueState  state,
                       gboolean         paused)
{
  GtkWidget *icon = gtk_widget_get_first_child (box);
  GtkWidget *label = gtk_widget_get_next_sibling (icon);

  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_widget_set_visible (icon, paused || state == LAYANAN_DUE_STATE_OVERDUE
                                || state == LAYANAN_DUE_STATE_SOON);
  gtk_image_set_from_icon_name (GTK_IMAGE (icon),
                                paused ? "media-playback-pause-symbolic"
                                : state == LAYANAN_DUE_STATE_OVERDUE ? "dialog-error-symbolic"
                                : "alarm-symbolic");
  gtk_widget_remove_css_class (box, "error");
  gtk_widget_remove_css_class (box, "warning");
  if (state == LAYANAN_DUE_STATE_OVERDUE)
    gtk_widget_add_css_class (box, "error");
  else if (state == LAYANAN_DUE_STATE_SOON)
    gtk_widget_add_css_class (box, "warning");
}

typedef struct
{
  int *probed_column;
  int  column;
} SortProbe;

static int
probe_compare_cb (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  SortProbe *probe = user_data;

  if (*probe->probed_column < 0)
    *probe->probed_column = probe->column;
  return -1;
}

GtkSorter *
layanan_list_probe_sorter_new (int *probed_column,
                               int  column)
{
  SortProbe *probe = g_new (SortProbe, 1);

  probe->probed_column = probed_column;
  probe->column = column;
  return GTK_SORTER (gtk_custom_sorter_new (probe_compare_cb, probe, g_free));
}

int
layanan_list_probe_sort_column (GtkColumnView *column_view,
                                int           *probed_column,
                                gboolean      *descending)
{
  GtkSorter *sorter = gtk_column_view_get_sorter (column_view);
  g_autoptr(GObject) a = g_object_new (G_TYPE_OBJECT, NULL);
  g_autoptr(GObject) b = g_object_new (G_TYPE_OBJECT, NULL);

  /* The view's sorter asks its primary column first: that one answers. */
  *probed_column = -1;
  *descending = gtk_sorter_compare (sorter, a, b) == GTK_ORDERING_LARGER;
  return *probed_column;
}

gint64
layanan_list_selected_id (GtkDropDown *dropdown,
                          GArray      *ids)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected == GTK_INVALID_LIST_POSITION || selected == 0 || selected > ids->len)
    return 0;
  return g_array_index (ids, gint64, selected - 1);
}

void
layanan_list_reselect (GtkDropDown *dropdown,
                       GArray      *ids,
                       gint64       id)
{
  for (guint i = 0; id != 0 && i < ids->len; i++)
    {
      if (g_array_index (ids, gint64, i) == id)
        {
          gtk_drop_down_set_selected (dropdown, i + 1);
          return;
        }
    }
  gtk_drop_down_set_selected (dropdown, 0);
}
