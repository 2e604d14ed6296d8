/* layanan-standard-editor.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-standard-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "layanan-error.h"
#include "layanan-standard-editor.h"

struct _LayananStandardEditor
{
  AdwPreferencesPage    parent_instance;

  /* Owned */
  LayananStandard      *standard;
  GPtrArray            *groups;          /* AdwPreferencesGroup added to the page */

  /* Borrowed: the rows that hold what the person types */
  AdwEntryRow          *name_row;
  AdwEntryRow          *completion_row;
  AdwEntryRow          *fee_row;
  AdwEntryRow          *staff_row;
  AdwPreferencesGroup  *channels_group;
  AdwPreferencesGroup  *categories_group;
  GPtrArray            *channel_rows;    /* AdwEntryRow, "kind" data = the channel kind */
  GPtrArray            *category_rows;   /* AdwEntryRow, "Name: 5 hari kerja" */
  char                 *completion_shown;  /* what the typed rows said at first, */
  char                 *fee_shown;         /* to tell an edit from the printed text */
  GtkWidget            *component_rows[LAYANAN_N_COMPONENTS];
};

G_DEFINE_FINAL_TYPE (LayananStandardEditor, layanan_standard_editor, ADW_TYPE_PREFERENCES_PAGE)

/* Prose components (one text) and list components (items) are edited
 * alike: one entry per line, so that a list keeps its order and a person
 * can add, remove and move lines with the keyboard. */

static GtkWidget *item_row_new (AdwExpanderRow *component, const char *text);

static void
clear_page (LayananStandardEditor *self)
{
  for (guint i = 0; i < self->groups->len; i++)
    adw_preferences_page_remove (ADW_PREFERENCES_PAGE (self),
                                 g_ptr_array_index (self->groups, i));
  g_ptr_array_set_size (self->groups, 0);
  memset (self->component_rows, 0, sizeof self->component_rows);
  self->name_row = NULL;
  self->completion_row = NULL;
  self->fee_row = NULL;
  self->staff_row = NULL;
  self->channels_group = NULL;
  self->categories_group = NULL;
  g_ptr_array_set_size (self->channel_rows, 0);
  g_ptr_array_set_size (self->category_rows, 0);
  g_clear_pointer (&self->completion_shown, g_free);
  g_clear_pointer (&self->fee_shown, g_free);
}

static AdwPreferencesGroup *
add_group (LayananStandardEditor *self,
           const char            *title)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  adw_preferences_group_set_title (group, title);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), group);
  g_ptr_array_add (self->groups, group);

  return group;
}

/* Item rows live inside the expander's list box; walk that box. */
static GtkWidget *
items_box (AdwExpanderRow *component)
{
  return g_object_get_data (G_OBJECT (component), "items-box");
}

static void
move_item_row (GtkWidget *row,
               int        delta)
{
  GtkListBox *box = GTK_LIST_BOX (gtk_widget_get_parent (row));
  int index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  int target = index + delta;

  if (target < 0 || gtk_list_box_get_row_at_index (box, target) == NULL)
    return;

  g_object_ref (row);
  gtk_list_box_remove (box, row);
  gtk_list_box_insert (box, row, target);
  g_object_unref (row);
  gtk_widget_grab_focus (row);
}

static void
item_up_cb (GtkButton *button,
            GtkWidget *row)
{
  move_item_row (row, -1);
}

static void
item_down_cb (GtkButton *button,
              GtkWidget *row)
{
  move_item_row (row, +1);
}

typedef struct
{
  GtkListBox *box;
  GtkWidget  *row;
  int         index;
} RemovedLine;

static void
removed_line_free (gpointer data)
{
  RemovedLine *line = data;

  g_object_unref (line->box);
  g_object_unref (line->row);
  g_free (line);
}

static void
undo_remove_line_cb (AdwToast    *toast,
                     RemovedLine *line)
{
  gtk_list_box_insert (line->box, line->row, line->index);
  gtk_widget_grab_focus (line->row);
}

/* A removed line can come back from the toast until the person moves on. */
static void
item_remove_cb (GtkButton *button,
                GtkWidget *row)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (row, ADW_TYPE_TOAST_OVERLAY);
  RemovedLine *line = g_new0 (RemovedLine, 1);
  AdwToast *toast;

  line->box = g_object_ref (GTK_LIST_BOX (gtk_widget_get_parent (row)));
  line->row = g_object_ref (row);
  line->index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  gtk_list_box_remove (line->box, row);

  if (overlay == NULL)
    {
      removed_line_free (line);
      return;
    }

  toast = adw_toast_new (_("Line removed"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_remove_line_cb), line,
                         (GClosureNotify) (void (*) (void)) removed_line_free, 0);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

static GtkWidget *
item_button_new (const char *icon_name,
                 const char *label,
                 GCallback   callback,
                 GtkWidget  *row)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_widget_add_css_class (button, "flat");
  g_signal_connect (button, "clicked", callback, row);

  return button;
}

static GtkWidget *
item_row_new (AdwExpanderRow *component,
              const char     *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 adw_preferences_row_get_title (ADW_PREFERENCES_ROW (component)));
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row),
                            item_button_new ("go-up-symbolic", _("Move Up"),
                                             G_CALLBACK (item_up_cb), row));
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row),
                            item_button_new ("go-down-symbolic", _("Move Down"),
                                             G_CALLBACK (item_down_cb), row));
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row),
                            item_button_new ("list-remove-symbolic", _("Remove Line"),
                                             G_CALLBACK (item_remove_cb), row));

  return row;
}

static void
add_line_cb (GtkButton      *button,
             AdwExpanderRow *component)
{
  GtkWidget *row = item_row_new (component, "");

  gtk_list_box_append (GTK_LIST_BOX (items_box (component)), row);
  adw_expander_row_set_expanded (component, TRUE);
  gtk_widget_grab_focus (row);
}

static char *
component_title (LayananComponentKind kind)
{
  return g_strdup_printf ("%d. %s", layanan_component_kind_get_number (kind),
                          layanan_component_kind_get_name (kind));
}

static char *
component_summary (LayananStandard      *standard,
                   LayananComponentKind  kind)
{
  GPtrArray *items = layanan_standard_get_items (standard, kind);
  const char *text = layanan_standard_get_text (standard, kind);

  if (!layanan_standard_has_component (standard, kind))
    return g_strdup (_("Missing from the document"));
  if (items != NULL && items->len > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u line", "%u lines", items->len),
                            items->len);

  return g_strdup (text != NULL ? text : "");
}

static GtkWidget *
component_row_new (LayananStandard      *standard,
                   LayananComponentKind  kind)
{
  AdwExpanderRow *row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  GtkWidget *box = gtk_list_box_new ();
  GtkWidget *add = gtk_button_new_from_icon_name ("list-add-symbolic");
  g_autofree char *title = component_title (kind);
  g_autofree char *summary = component_summary (standard, kind);
  GPtrArray *items = layanan_standard_get_items (standard, kind);
  const char *text = layanan_standard_get_text (standard, kind);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (row, summary);
  if (!layanan_standard_has_component (standard, kind))
    gtk_widget_add_css_class (GTK_WIDGET (row), "warning");

  /* The expander's own list holds our rows; a nested list box keeps the
   * item rows together so they can be reordered among themselves. */
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (box), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (box, "boxed-list");
  g_object_set_data (G_OBJECT (row), "items-box", box);
  adw_expander_row_add_row (row, box);

  for (guint i = 0; items != NULL && i < items->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (box), item_row_new (row, g_ptr_array_index (items, i)));
  if ((items == NULL || items->len == 0) && text != NULL && *text != '\0')
    gtk_list_box_append (GTK_LIST_BOX (box), item_row_new (row, text));

  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (add, "flat");
  gtk_widget_set_tooltip_text (add, _("Add Line"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Add Line"), -1);
  g_signal_connect (add, "clicked", G_CALLBACK (add_line_cb), row);
  adw_expander_row_add_action (row, add);

  return GTK_WIDGET (row);
}

static AdwEntryRow *
add_entry_row (AdwPreferencesGroup *group,
               const char          *title,
               const char          *text)
{
  AdwEntryRow *row = ADW_ENTRY_ROW (adw_entry_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  adw_preferences_group_add (group, GTK_WIDGET (row));

  return row;
}

/* The values deadlines and reports compute with, beside the printed text. */
static void
add_summary_group (LayananStandardEditor *self)
{
  AdwPreferencesGroup *group = add_group (self, NULL);
  LayananDuration completion;
  gint64 fee = layanan_standard_get_fee (self->standard);
  int staff = layanan_standard_get_staff_count (self->standard);
  g_autofree char *staff_text = staff >= 0 ? g_strdup_printf ("%d", staff) : NULL;

  self->completion_shown = layanan_standard_get_completion (self->standard, &completion)
                           ? layanan_duration_to_string (&completion) : g_strdup ("");
  self->fee_shown = fee >= 0 ? layanan_standard_format_fee (fee) : g_strdup ("");

  self->name_row = add_entry_row (group, _("Service Name"),
                                  layanan_standard_get_name (self->standard));
  self->completion_row = add_entry_row (group, _("Completion Time (e.g. 30 hari kerja)"),
                                        self->completion_shown);
  self->fee_row = add_entry_row (group, _("Fee (Gratis or e.g. Rp 50.000)"), self->fee_shown);
  self->staff_row = add_entry_row (group, _("Number of Staff"), staff_text);
}

static void
add_flags_group (LayananStandardEditor *self)
{
  GPtrArray *flags = layanan_standard_get_review_flags (self->standard);
  GPtrArray *notes = layanan_standard_get_notes (self->standard);
  AdwPreferencesGroup *group;

  if ((flags == NULL || flags->len == 0) && (notes == NULL || notes->len == 0))
    return;

  group = add_group (self, _("To Review"));
  for (guint i = 0; flags != NULL && i < flags->len; i++)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), g_ptr_array_index (flags, i));
      adw_action_row_set_icon_name (ADW_ACTION_ROW (row), "dialog-warning-symbolic");
      adw_preferences_group_add (group, row);
    }
  for (guint i = 0; notes != NULL && i < notes->len; i++)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Text that matched no component"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), g_ptr_array_index (notes, i));
      adw_preferences_group_add (group, row);
    }
}

/* Complaint channels and categories are typed entries: the complaints tab
 * takes its channels and deadlines from them. */

static void
remove_typed_row_cb (GtkButton *button,
                     GtkWidget *row)
{
  LayananStandardEditor *self = g_object_get_data (G_OBJECT (row), "editor");
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (g_object_get_data (G_OBJECT (row), "group"));

  g_ptr_array_remove (self->channel_rows, row);
  g_ptr_array_remove (self->category_rows, row);
  adw_preferences_group_remove (group, row);
}

static AdwEntryRow *
typed_row_new (LayananStandardEditor *self,
               AdwPreferencesGroup   *group,
               const char            *title,
               const char            *text)
{
  AdwEntryRow *row = add_entry_row (group, title, text);

  g_object_set_data (G_OBJECT (row), "editor", self);
  g_object_set_data (G_OBJECT (row), "group", group);
  adw_entry_row_add_suffix (row, item_button_new ("list-remove-symbolic", _("Remove"),
                                                  G_CALLBACK (remove_typed_row_cb), GTK_WIDGET (row)));
  return row;
}

static void
add_channel_row (LayananStandardEditor         *self,
                 const LayananComplaintChannel *channel)
{
  g_autofree char *text = NULL;
  AdwEntryRow *row;

  if (channel->extension != NULL && *channel->extension != '\0')
    text = g_strdup_printf ("%s ext. %s", channel->value, channel->extension);
  else
    text = g_strdup (channel->value != NULL ? channel->value : "");

  row = typed_row_new (self, self->channels_group,
                       layanan_complaint_channel_kind_get_label (channel->kind), text);
  g_object_set_data_full (G_OBJECT (row), "kind", g_strdup (channel->kind), g_free);
  g_ptr_array_add (self->channel_rows, row);
}

static void
add_category_row (LayananStandardEditor          *self,
                  const LayananComplaintCategory *category)
{
  g_autofree char *deadline = layanan_duration_to_string (&category->deadline);
  g_autofree char *text = g_strdup_printf ("%s: %s", category->name, deadline);

  g_ptr_array_add (self->category_rows,
                   typed_row_new (self, self->categories_group, _("Category: deadline"), text));
}

static void
add_channel_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  LayananStandardEditor *self = LAYANAN_STANDARD_EDITOR (widget);
  LayananComplaintChannel channel = { (char *) g_variant_get_string (parameter, NULL), "", NULL };

  if (self->channels_group != NULL)
    add_channel_row (self, &channel);
}

static void
add_category_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  LayananStandardEditor *self = LAYANAN_STANDARD_EDITOR (widget);
  LayananComplaintCategory category = { (char *) "", { 1, LAYANAN_DURATION_WORKING_DAYS } };

  if (self->categories_group != NULL)
    add_category_row (self, &category);
}

static GtkWidget *
add_channel_button_new (void)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  const char * const *kinds = layanan_complaint_channel_kinds ();
  GtkWidget *button = gtk_menu_button_new ();

  for (guint i = 0; kinds[i] != NULL; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (layanan_complaint_channel_kind_get_label (kinds[i]),
                                                   NULL);

      g_menu_item_set_action_and_target (item, "editor.add-channel", "s", kinds[i]);
      g_menu_append_item (menu, item);
    }

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "list-add-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_widget_set_tooltip_text (button, _("Add Channel"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Add Channel"), -1);
  gtk_widget_add_css_class (button, "flat");

  return button;
}

static void
add_complaint_groups (LayananStandardEditor *self)
{
  GPtrArray *channels = layanan_standard_get_channels (self->standard);
  GPtrArray *categories = layanan_standard_get_categories (self->standard);
  GtkWidget *add_category = gtk_button_new_from_icon_name ("list-add-symbolic");

  self->channels_group = add_group (self, _("Complaint Channels"));
  adw_preferences_group_set_header_suffix (self->channels_group, add_channel_button_new ());
  for (guint i = 0; i < channels->len; i++)
    add_channel_row (self, g_ptr_array_index (channels, i));

  self->categories_group = add_group (self, _("Complaint Categories and Deadlines"));
  adw_preferences_group_set_description (self->categories_group,
                                         _("One category a line, e.g. “Pengaduan ringan: 3 jam”"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add_category), "editor.add-category");
  gtk_widget_set_tooltip_text (add_category, _("Add Category"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (add_category), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Add Category"), -1);
  gtk_widget_add_css_class (add_category, "flat");
  adw_preferences_group_set_header_suffix (self->categories_group, add_category);
  for (guint i = 0; i < categories->len; i++)
    add_category_row (self, g_ptr_array_index (categories, i));
}

static void
rebuild (LayananStandardEditor *self)
{
  AdwPreferencesGroup *group_a, *group_b;

  clear_page (self);
  if (self->standard == NULL)
    return;

  add_summary_group (self);
  add_flags_group (self);
  group_a = add_group (self, _("A. Service Delivery"));
  group_b = add_group (self, _("B. Management Within the Organization"));

  for (LayananComponentKind kind = 0; kind < LAYANAN_N_COMPONENTS; kind++)
    {
      GtkWidget *row = component_row_new (self->standard, kind);

      self->component_rows[kind] = row;
      adw_preferences_group_add (layanan_component_kind_get_group (kind) == 'A' ? group_a
                                                                                 : group_b,
                                 row);
    }

  add_complaint_groups (self);
}

static void
clear_items (LayananStandard      *standard,
             LayananComponentKind  kind)
{
  while (layanan_standard_get_items (standard, kind)->len > 0)
    layanan_standard_remove_item (standard, kind, 0);
}

/* Reads one component's lines back: one line is prose unless the document
 * had a list; several lines are a list. */
static void
read_component (LayananStandardEditor *self,
                LayananStandard       *copy,
                LayananComponentKind   kind)
{
  GtkWidget *box = items_box (ADW_EXPANDER_ROW (self->component_rows[kind]));
  GPtrArray *original_items = layanan_standard_get_items (self->standard, kind);
  gboolean was_list = original_items != NULL && original_items->len > 0;
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  for (GtkWidget *row = gtk_widget_get_first_child (box);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      g_autofree char *line = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

      if (*line != '\0')
        g_ptr_array_add (lines, g_steal_pointer (&line));
    }

  clear_items (copy, kind);
  layanan_standard_set_text (copy, kind, NULL);

  if (lines->len == 1 && !was_list)
    layanan_standard_set_text (copy, kind, g_ptr_array_index (lines, 0));
  else
    for (guint i = 0; i < lines->len; i++)
      layanan_standard_add_item (copy, kind, g_ptr_array_index (lines, i));
}

static void
layanan_standard_editor_dispose (GObject *object)
{
  LayananStandardEditor *self = LAYANAN_STANDARD_EDITOR (object);

  g_clear_object (&self->standard);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->completion_shown, g_free);

  G_OBJECT_CLASS (layanan_standard_editor_parent_class)->dispose (object);
}

static void
layanan_standard_editor_class_init (LayananStandardEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = layanan_standard_editor_dispose;

  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "editor.add-channel", "s",
                                   add_channel_action);
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "editor.add-category", NULL,
                                   add_category_action);
}

static void
layanan_standard_editor_init (LayananStandardEditor *self)
{
  self->groups = g_ptr_array_new ();
  self->channel_rows = g_ptr_array_new ();
  self->category_rows = g_ptr_array_new ();
}

LayananStandardEditor *
layanan_standard_editor_new (void)
{
  return g_object_new (LAYANAN_TYPE_STANDARD_EDITOR, NULL);
}

void
layanan_standard_editor_set_standard (LayananStandardEditor *self,
                                      LayananStandard       *standard)
{
  g_return_if_fail (LAYANAN_IS_STANDARD_EDITOR (self));
  g_return_if_fail (standard == NULL || LAYANAN_IS_STANDARD (standard));

  g_set_object (&self->standard, standard);
  rebuild (self);
}

static void
mark_row (AdwEntryRow  *row,
          const GError *error)
{
  if (error != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

/* A typed value the person changed also becomes the printed text, as typed,
 * so the matrix and the deadlines never disagree. */
static gboolean
read_completion (LayananStandardEditor  *self,
                 LayananStandard        *copy,
                 GError                **error)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->completion_row));
  LayananDuration completion;
  gboolean ok = TRUE;

  if (g_strcmp0 (text, self->completion_shown) != 0 && *text != '\0')
    {
      ok = layanan_duration_parse (text, &completion, error);
      if (ok)
        {
          layanan_standard_set_completion (copy, &completion);
          clear_items (copy, LAYANAN_COMPONENT_JANGKA_WAKTU);
          layanan_standard_set_text (copy, LAYANAN_COMPONENT_JANGKA_WAKTU, text);
        }
    }

  mark_row (self->completion_row, ok ? NULL : *error);
  return ok;
}

static gboolean
read_fee (LayananStandardEditor  *self,
          LayananStandard        *copy,
          GError                **error)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->fee_row));
  gint64 fee;
  gboolean ok = TRUE;

  if (g_strcmp0 (text, self->fee_shown) != 0 && *text != '\0')
    {
      ok = layanan_standard_parse_fee (text, &fee, error);
      if (ok)
        {
          g_autofree char *printed = layanan_standard_format_fee (fee);

          layanan_standard_set_fee (copy, fee);
          clear_items (copy, LAYANAN_COMPONENT_BIAYA);
          layanan_standard_set_text (copy, LAYANAN_COMPONENT_BIAYA, printed);
        }
    }

  mark_row (self->fee_row, ok ? NULL : *error);
  return ok;
}

static gboolean
read_staff (LayananStandardEditor  *self,
            LayananStandard        *copy,
            GError                **error)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->staff_row));
  guint64 staff;
  gboolean ok = TRUE;

  if (*text != '\0')
    {
      ok = g_ascii_string_to_unsigned (text, 10, 0, 9999, &staff, NULL);
      if (ok)
        layanan_standard_set_staff_count (copy, (int) staff);
      else
        g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                     _("“%s” is not a number of staff; write a whole number, e.g. 5"), text);
    }

  mark_row (self->staff_row, ok ? NULL : *error);
  return ok;
}

static void
read_channels (LayananStandardEditor *self,
               LayananStandard       *copy)
{
  layanan_standard_clear_channels (copy);

  for (guint i = 0; i < self->channel_rows->len; i++)
    {
      GObject *row = g_ptr_array_index (self->channel_rows, i);
      g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
      char *ext = strstr (text, " ext");
      const char *extension = NULL;

      if (*text == '\0')
        continue;

      /* "(0561) 736541 ext. 233" as the documents print a telephone line. */
      if (ext != NULL)
        {
          *ext = '\0';
          extension = ext + strlen (" ext");
          while (*extension == '.' || *extension == ' ')
            extension++;
        }
      layanan_standard_add_channel (copy, g_object_get_data (row, "kind"), g_strstrip (text),
                                    extension);
    }
}

static gboolean
read_categories (LayananStandardEditor  *self,
                 LayananStandard        *copy,
                 GError                **error)
{
  layanan_standard_clear_categories (copy);

  for (guint i = 0; i < self->category_rows->len; i++)
    {
      AdwEntryRow *row = g_ptr_array_index (self->category_rows, i);
      g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)));
      char *colon = strrchr (text, ':');
      LayananDuration deadline;

      if (*g_strstrip (text) == '\0')
        continue;

      if (colon == NULL || !layanan_duration_parse (colon + 1, &deadline, error))
        {
          if (colon == NULL)
            g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                         _("“%s”: write the category and its deadline, e.g. “Pengaduan ringan: 3 jam”"),
                         text);
          mark_row (row, *error);
          return FALSE;
        }

      *colon = '\0';
      mark_row (row, NULL);
      layanan_standard_add_category (copy, g_strstrip (text), &deadline);
    }

  return TRUE;
}

/**
 * layanan_standard_editor_get_standard:
 *
 * Returns: (transfer full) (nullable): a copy with the edits, or %NULL with
 *   @error saying which value cannot be read (its row is marked too).
 */
LayananStandard *
layanan_standard_editor_get_standard (LayananStandardEditor  *self,
                                      GError                **error)
{
  g_autoptr(LayananStandard) copy = NULL;

  g_return_val_if_fail (LAYANAN_IS_STANDARD_EDITOR (self), NULL);
  g_return_val_if_fail (self->standard != NULL, NULL);

  copy = layanan_standard_copy (self->standard);
  layanan_standard_set_name (copy, gtk_editable_get_text (GTK_EDITABLE (self->name_row)));

  for (LayananComponentKind kind = 0; kind < LAYANAN_N_COMPONENTS; kind++)
    read_component (self, copy, kind);

  read_channels (self, copy);
  if (!read_completion (self, copy, error) || !read_fee (self, copy, error) ||
      !read_staff (self, copy, error) || !read_categories (self, copy, error))
    return NULL;

  return g_steal_pointer (&copy);
}
