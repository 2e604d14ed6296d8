/* layanan-migrations.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-migrations"

#include "config.h"

#include "layanan-database-private.h"
#include "layanan-error.h"

/* The schema, one function per version, forward only (DESIGN.md §3). Each
 * runs inside the transaction that also sets PRAGMA user_version, so a
 * version is applied entirely or not at all. Never edit a released
 * version: add the next one. A version that adds a table, or a column to
 * an audited table, calls layanan_migrations_create_audit_triggers() for it.
 *
 * Conventions: dates 'YYYY-MM-DD' text, instants ISO 8601 with offset,
 * money in whole rupiah (INTEGER), durations as (value, unit) with unit in
 * minutes | hours | days | working_days, enums as text keys with CHECK.
 * The SQL stays close to the standard so that it carries over to
 * PostgreSQL; the few SQLite words are PRAGMAs, kept out of the tables. */

static gboolean
exec_script (sqlite3     *db,
             const char  *sql,
             GError     **error)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      layanan_database_set_error (error, db, rc, NULL);
      return FALSE;
    }

  return TRUE;
}

/* Version 1: who works where, and when. */
static gboolean
migrate_to_1 (sqlite3  *db,
              GError  **error)
{
  static const char sql[] =
    "CREATE TABLE units ("
    "  id          INTEGER PRIMARY KEY,"
    "  code        TEXT NOT NULL UNIQUE CHECK (code <> ''),"
    "  parent_id   INTEGER REFERENCES units (id) ON DELETE RESTRICT,"
    "  kind        TEXT NOT NULL CHECK (kind IN ('biro', 'bagian', 'subbagian')),"
    "  name        TEXT NOT NULL CHECK (name <> ''),"
    "  address     TEXT,"
    "  CHECK ((kind = 'biro') = (parent_id IS NULL))"
    ");"
    "CREATE INDEX units_parent_id ON units (parent_id);"

    /* Where the public brings complaints, as the unit's documents print them. */
    "CREATE TABLE unit_channels ("
    "  id          INTEGER PRIMARY KEY,"
    "  unit_id     INTEGER NOT NULL REFERENCES units (id) ON DELETE CASCADE,"
    "  position    INTEGER NOT NULL CHECK (position >= 1),"
    "  kind        TEXT NOT NULL CHECK (kind IN ('tatap_muka', 'kotak_pengaduan', 'whatsapp',"
    "                                            'telepon', 'faksimile', 'email', 'sp4n_lapor')),"
    "  value       TEXT NOT NULL CHECK (value <> ''),"
    "  extension   TEXT,"
    "  description TEXT,"
    "  UNIQUE (unit_id, position)"
    ");"

    "CREATE TABLE staff ("
    "  id             INTEGER PRIMARY KEY,"
    "  unit_id        INTEGER NOT NULL REFERENCES units (id) ON DELETE RESTRICT,"
    "  name           TEXT NOT NULL CHECK (name <> ''),"
    "  nip            TEXT UNIQUE,"
    "  position_title TEXT,"
    "  active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))"
    ");"
    "CREATE INDEX staff_unit_id ON staff (unit_id);"

    "CREATE TABLE settings ("
    "  key         TEXT PRIMARY KEY,"
    "  value       TEXT NOT NULL"
    ");"
    "INSERT INTO settings (key, value) VALUES ('cuti_bersama_nonworking', 'true');"

    "CREATE TABLE holidays ("
    "  date        TEXT PRIMARY KEY CHECK (date LIKE '____-__-__'),"
    "  kind        TEXT NOT NULL CHECK (kind IN ('libur_nasional', 'cuti_bersama')),"
    "  description TEXT NOT NULL CHECK (description <> ''),"
    "  legal_basis TEXT"
    ");"

    /* Minutes after midnight WIB; NULL hours close the weekday, a NULL
     * break means none. weekday: 1 = Monday … 7 = Sunday (ISO 8601). */
    "CREATE TABLE working_hours ("
    "  weekday            INTEGER PRIMARY KEY CHECK (weekday BETWEEN 1 AND 7),"
    "  start_minute       INTEGER,"
    "  end_minute         INTEGER,"
    "  break_start_minute INTEGER,"
    "  break_end_minute   INTEGER,"
    "  CHECK ((start_minute IS NULL AND end_minute IS NULL AND break_start_minute IS NULL)"
    "         OR (start_minute IS NOT NULL AND end_minute IS NOT NULL"
    "             AND 0 <= start_minute AND start_minute < end_minute AND end_minute <= 1440)),"
    "  CHECK ((break_start_minute IS NULL) = (break_end_minute IS NULL)),"
    "  CHECK (break_start_minute IS NULL"
    "         OR (start_minute < break_start_minute AND break_start_minute < break_end_minute"
    "             AND break_end_minute < end_minute))"
    ");"
    /* Perpres 21/2023: 07:30–16:00 with an hour's break, Friday to 16:30
     * with a longer one; data/reference/working-hours.tsv says the same. */
    "INSERT INTO working_hours VALUES"
    "  (1, 450, 960, 720, 780), (2, 450, 960, 720, 780), (3, 450, 960, 720, 780),"
    "  (4, 450, 960, 720, 780), (5, 450, 990, 690, 780), (6, NULL, NULL, NULL, NULL),"
    "  (7, NULL, NULL, NULL, NULL);";

  return exec_script (db, sql, error);
}

/* Version 2: the service catalog and its Standar Pelayanan. */
static gboolean
migrate_to_2 (sqlite3  *db,
              GError  **error)
{
  static const char sql[] =
    /* The 14 components of PermenPANRB 15/2014: A service delivery (6),
     * B manufacturing (8), as DOMAIN.md §2.2 names them. */
    "CREATE TABLE component_kinds ("
    "  code            TEXT PRIMARY KEY,"
    "  component_group TEXT NOT NULL CHECK (component_group IN ('A', 'B')),"
    "  number          INTEGER NOT NULL CHECK (number >= 1),"
    "  name            TEXT NOT NULL CHECK (name <> ''),"
    "  UNIQUE (component_group, number)"
    ");"
    "INSERT INTO component_kinds (code, component_group, number, name) VALUES"
    "  ('persyaratan', 'A', 1, 'Persyaratan'),"
    "  ('prosedur', 'A', 2, 'Sistem, mekanisme, dan prosedur'),"
    "  ('jangka_waktu', 'A', 3, 'Jangka waktu pelayanan/penyelesaian'),"
    "  ('biaya', 'A', 4, 'Biaya/tarif'),"
    "  ('produk', 'A', 5, 'Produk pelayanan'),"
    "  ('pengaduan', 'A', 6, 'Penanganan pengaduan, saran, dan masukan'),"
    "  ('dasar_hukum', 'B', 1, 'Dasar hukum'),"
    "  ('sarana', 'B', 2, 'Sarana, prasarana, dan/atau fasilitas'),"
    "  ('kompetensi', 'B', 3, 'Kompetensi pelaksana'),"
    "  ('pengawasan', 'B', 4, 'Pengawasan internal'),"
    "  ('jumlah_pelaksana', 'B', 5, 'Jumlah pelaksana'),"
    "  ('jaminan_pelayanan', 'B', 6, 'Jaminan pelayanan'),"
    "  ('jaminan_keamanan', 'B', 7, 'Jaminan keamanan dan keselamatan pelayanan'),"
    "  ('evaluasi', 'B', 8, 'Evaluasi kinerja pelaksana');"

    "CREATE TABLE services ("
    "  id          INTEGER PRIMARY KEY,"
    "  unit_id     INTEGER NOT NULL REFERENCES units (id) ON DELETE RESTRICT,"
    "  position    INTEGER NOT NULL DEFAULT 1 CHECK (position >= 1),"
    "  name        TEXT NOT NULL CHECK (name <> ''),"
    "  UNIQUE (unit_id, name)"
    ");"

    /* One Standar Pelayanan per SK; the components hang off the version
     * so that a revised standard keeps the old one's text. */
    "CREATE TABLE standard_versions ("
    "  id               INTEGER PRIMARY KEY,"
    "  service_id       INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,"
    "  status           TEXT NOT NULL DEFAULT 'draft'"
    "                   CHECK (status IN ('draft', 'ditetapkan', 'dicabut')),"
    "  sk_number        TEXT,"
    "  sk_date          TEXT CHECK (sk_date LIKE '____-__-__'),"
    "  completion_value INTEGER CHECK (completion_value > 0),"
    "  completion_unit  TEXT"
    "                   CHECK (completion_unit IN ('minutes', 'hours', 'days', 'working_days')),"
    "  fee_rupiah       INTEGER CHECK (fee_rupiah >= 0),"
    "  last_review_date TEXT CHECK (last_review_date LIKE '____-__-__'),"
    "  next_review_date TEXT CHECK (next_review_date LIKE '____-__-__'),"
    "  CHECK ((completion_value IS NULL) = (completion_unit IS NULL)),"
    "  CHECK (status = 'draft' OR (sk_number IS NOT NULL AND sk_date IS NOT NULL))"
    ");"
    "CREATE INDEX standard_versions_service_id ON standard_versions (service_id);"
    "CREATE UNIQUE INDEX standard_versions_in_force ON standard_versions (service_id)"
    "  WHERE status = 'ditetapkan';"

    "CREATE TABLE service_components ("
    "  id                  INTEGER PRIMARY KEY,"
    "  standard_version_id INTEGER NOT NULL"
    "                      REFERENCES standard_versions (id) ON DELETE CASCADE,"
    "  kind                TEXT NOT NULL REFERENCES component_kinds (code) ON DELETE RESTRICT,"
    "  body                TEXT,"
    "  UNIQUE (standard_version_id, kind)"
    ");"
    "CREATE INDEX service_components_kind ON service_components (kind);"

    "CREATE TABLE component_items ("
    "  id           INTEGER PRIMARY KEY,"
    "  component_id INTEGER NOT NULL REFERENCES service_components (id) ON DELETE CASCADE,"
    "  position     INTEGER NOT NULL CHECK (position >= 1),"
    "  content      TEXT NOT NULL CHECK (content <> ''),"
    "  UNIQUE (component_id, position)"
    ");";

  return exec_script (db, sql, error);
}

/* Version 3: reference tables for letters and the SKM. */
static gboolean
migrate_to_3 (sqlite3  *db,
              GError  **error)
{
  static const char sql[] =
    /* Permendagri 83/2022 Lampiran B, all four levels. */
    "CREATE TABLE classification_codes ("
    "  code        TEXT PRIMARY KEY,"
    "  parent_code TEXT REFERENCES classification_codes (code) ON DELETE RESTRICT,"
    "  level       INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),"
    "  name        TEXT NOT NULL CHECK (name <> ''),"
    "  CHECK ((level = 1) = (parent_code IS NULL))"
    ");"
    "CREATE INDEX classification_codes_parent_code ON classification_codes (parent_code);"

    /* Unsur are data, not positions (DESIGN.md §4): the formulas read the
     * order from here. */
    "CREATE TABLE skm_unsur ("
    "  code        TEXT PRIMARY KEY,"
    "  position    INTEGER NOT NULL UNIQUE CHECK (position >= 1),"
    "  name        TEXT NOT NULL CHECK (name <> ''),"
    "  question    TEXT NOT NULL CHECK (question <> ''),"
    "  label_1     TEXT NOT NULL,"
    "  label_2     TEXT NOT NULL,"
    "  label_3     TEXT NOT NULL,"
    "  label_4     TEXT NOT NULL"
    ");"

    /* PermenPANRB 14/2017: IKM on the 25–100 scale → mutu pelayanan (the
     * grade letter) and kinerja unit pelayanan. */
    "CREATE TABLE skm_grades ("
    "  mutu           TEXT PRIMARY KEY CHECK (mutu IN ('A', 'B', 'C', 'D')),"
    "  nilai_persepsi INTEGER NOT NULL UNIQUE CHECK (nilai_persepsi BETWEEN 1 AND 4),"
    "  min_score      REAL NOT NULL CHECK (min_score >= 25),"
    "  max_score      REAL NOT NULL CHECK (max_score <= 100),"
    "  kinerja        TEXT NOT NULL CHECK (kinerja <> ''),"
    "  CHECK (min_score < max_score)"
    ");";

  return exec_script (db, sql, error);
}

/* Version 4: the audit log, filled by triggers on every data table. */
static gboolean
migrate_to_4 (sqlite3  *db,
              GError  **error)
{
  static const char sql[] =
    "CREATE TABLE audit_log ("
    "  id          INTEGER PRIMARY KEY,"
    "  at          TEXT NOT NULL,"
    "  actor       TEXT NOT NULL,"
    "  table_name  TEXT NOT NULL,"
    "  row_key     TEXT NOT NULL,"
    "  action      TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),"
    "  old_values  TEXT,"
    "  new_values  TEXT"
    ");"
    "CREATE INDEX audit_log_row ON audit_log (table_name, row_key);";
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  int rc;

  if (!exec_script (db, sql, error))
    return FALSE;

  rc = sqlite3_prepare_v2 (db,
                           "SELECT name FROM sqlite_master WHERE type = 'table' "
                           "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                           "AND name <> 'audit_log' ORDER BY name",
                           -1, &stmt, NULL);
  while (rc == SQLITE_OK || rc == SQLITE_ROW)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
    }
  if (rc != SQLITE_DONE)
    {
      layanan_database_set_error (error, db, rc, NULL);
      return FALSE;
    }

  for (guint i = 0; i < tables->len; i++)
    if (!layanan_migrations_create_audit_triggers (db, g_ptr_array_index (tables, i), error))
      return FALSE;

  return TRUE;
}

/* Version 5: what the catalog keeps beyond the component texts. The
 * complaint channels and categories belong to a standard version, not only
 * to the unit: each standard prints its own (and the bureau's documents
 * differ between services), and a revised standard must keep the old one's.
 * Services are deleted softly (deleted_at) so that a deletion can be undone
 * with its versions and SK, and so that later rows (letters) that name the
 * service keep pointing at it. */
static gboolean
migrate_to_5 (sqlite3  *db,
              GError  **error)
{
  static const char sql[] =
    "ALTER TABLE services ADD COLUMN deleted_at TEXT;"
    "ALTER TABLE standard_versions ADD COLUMN staff_count INTEGER CHECK (staff_count >= 0);"

    "CREATE TABLE standard_channels ("
    "  id                  INTEGER PRIMARY KEY,"
    "  standard_version_id INTEGER NOT NULL"
    "                      REFERENCES standard_versions (id) ON DELETE CASCADE,"
    "  position            INTEGER NOT NULL CHECK (position >= 1),"
    "  kind                TEXT NOT NULL"
    "                      CHECK (kind IN ('tatap_muka', 'kotak_pengaduan', 'whatsapp', 'telepon',"
    "                                      'faksimile', 'email', 'sp4n_lapor', 'lainnya')),"
    "  value               TEXT,"
    "  extension           TEXT,"
    "  UNIQUE (standard_version_id, position)"
    ");"

    /* "Pengaduan ringan, selambat-lambatnya 3 Jam": a deadline per category. */
    "CREATE TABLE standard_complaint_categories ("
    "  id                  INTEGER PRIMARY KEY,"
    "  standard_version_id INTEGER NOT NULL"
    "                      REFERENCES standard_versions (id) ON DELETE CASCADE,"
    "  position            INTEGER NOT NULL CHECK (position >= 1),"
    "  name                TEXT NOT NULL CHECK (name <> ''),"
    "  deadline_value      INTEGER CHECK (deadline_value > 0),"
    "  deadline_unit       TEXT"
    "                      CHECK (deadline_unit IN ('minutes', 'hours', 'days', 'working_days')),"
    "  CHECK ((deadline_value IS NULL) = (deadline_unit IS NULL)),"
    "  UNIQUE (standard_version_id, position)"
    ");"

    /* What an import could not place (notes) and what a person should check
     * (review flags), kept with the version so the catalog can show them. */
    "CREATE TABLE standard_notes ("
    "  id                  INTEGER PRIMARY KEY,"
    "  standard_version_id INTEGER NOT NULL"
    "                      REFERENCES standard_versions (id) ON DELETE CASCADE,"
    "  kind                TEXT NOT NULL CHECK (kind IN ('note', 'review_flag')),"
    "  position            INTEGER NOT NULL CHECK (position >= 1),"
    "  content             TEXT NOT NULL CHECK (content <> ''),"
    "  UNIQUE (standard_version_id, kind, position)"
    ");"

    /* The maklumat pelayanan is the unit's, not a service's (DOMAIN.md §2.4). */
    "CREATE TABLE maklumat ("
    "  unit_id     INTEGER PRIMARY KEY REFERENCES units (id) ON DELETE CASCADE,"
    "  body        TEXT NOT NULL CHECK (body <> ''),"
    "  date        TEXT CHECK (date LIKE '____-__-__'),"
    "  place       TEXT,"
    "  signatory   TEXT"
    ");"

    /* PermenPANRB 15/2014 fixes no review interval (DOMAIN.md §2.5): data. */
    "INSERT INTO settings (key, value) VALUES ('standard_review_interval_months', '12');";
  static const char * const audited[] = {
    "services", "standard_versions", "standard_channels", "standard_complaint_categories",
    "standard_notes", "maklumat",
  };

  if (!exec_script (db, sql, error))
    return FALSE;

  /* The triggers copy the columns they were made with: remake them for the
   * tables that grew a column, make them for the new ones. */
  for (guint i = 0; i < G_N_ELEMENTS (audited); i++)
    if (!layanan_migrations_create_audit_triggers (db, audited[i], error))
      return FALSE;

  return TRUE;
}

#define LETTER_STATUSES \
  "('diterima', 'didisposisi', 'diproses', 'selesai', 'ditolak', 'diarsipkan', 'batal')"

/* Version 6: the register of incoming letters (surat masuk, DOMAIN.md §4.2–4.4).
 *
 * Instants are stored in WIB ("2026-03-19T10:00:00+07:00") so that their
 * text sorts as time does. Agenda numbers come from agenda_counters inside
 * the writing transaction, so they are gap-free per unit and year. Scans are
 * stored once per SHA-256 and linked to letters, which is how the same file
 * registered twice is caught. The *_key columns hold nomor, pengirim and hal
 * folded for duplicate checks and sorting; service_name copies the
 * service's name so the sort by service is an index walk (a trigger keeps it
 * when a service is renamed). Every sort has an index on (key, id). The text
 * index is an FTS5 table over the letters' own columns (external content),
 * so a page of text is stored once, and snippets read it from letters. */
static gboolean
migrate_to_6 (sqlite3  *db,
              GError  **error)
{
  static const char sql[] =
    "CREATE TABLE agenda_counters ("
    "  unit_id     INTEGER NOT NULL REFERENCES units (id) ON DELETE RESTRICT,"
    "  year        INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999),"
    "  last_number INTEGER NOT NULL CHECK (last_number >= 0),"
    "  PRIMARY KEY (unit_id, year)"
    ");"

    "CREATE TABLE letters ("
    "  id                  INTEGER PRIMARY KEY,"
    "  unit_id             INTEGER NOT NULL REFERENCES units (id) ON DELETE RESTRICT,"
    "  agenda_year         INTEGER NOT NULL CHECK (agenda_year BETWEEN 1900 AND 9999),"
    "  agenda_number       INTEGER NOT NULL CHECK (agenda_number >= 1),"
    "  received_at         TEXT NOT NULL CHECK (received_at LIKE '____-__-__T__:__:__+07:00'),"
    "  nomor               TEXT NOT NULL CHECK (nomor <> ''),"
    "  nomor_key           TEXT NOT NULL,"
    "  tanggal             TEXT CHECK (tanggal LIKE '____-__-__'),"
    "  pengirim            TEXT NOT NULL CHECK (pengirim <> ''),"
    "  pengirim_key        TEXT NOT NULL,"
    "  kepada              TEXT,"
    "  hal                 TEXT NOT NULL CHECK (hal <> ''),"
    "  hal_key             TEXT NOT NULL,"
    "  lampiran            TEXT,"
    "  keamanan            TEXT NOT NULL DEFAULT 'biasa'"
    "                      CHECK (keamanan IN ('biasa', 'terbatas', 'rahasia', 'sangat_rahasia')),"
    "  kecepatan           TEXT NOT NULL DEFAULT 'biasa'"
    "                      CHECK (kecepatan IN ('biasa', 'segera', 'amat_segera')),"
    "  classification_code TEXT REFERENCES classification_codes (code) ON DELETE RESTRICT,"
    "  service_id          INTEGER REFERENCES services (id) ON DELETE RESTRICT,"
    "  service_name        TEXT,"
    "  due_at              TEXT CHECK (due_at LIKE '____-__-__T__:__:__+07:00'),"
    "  due_override_reason TEXT,"
    "  status              TEXT NOT NULL DEFAULT 'diterima' CHECK (status IN " LETTER_STATUSES "),"
    "  void_reason         TEXT,"
    "  notes               TEXT,"
    "  body_text           TEXT,"
    "  created_at          TEXT NOT NULL,"
    "  updated_at          TEXT NOT NULL,"
    "  UNIQUE (unit_id, agenda_year, agenda_number),"
    "  CHECK ((status = 'batal') = (void_reason IS NOT NULL))"
    ");"
    "CREATE INDEX letters_sort_agenda ON letters (agenda_year, agenda_number, id);"
    "CREATE INDEX letters_sort_received ON letters (received_at, id);"
    "CREATE INDEX letters_sort_tanggal ON letters (coalesce (tanggal, ''), id);"
    "CREATE INDEX letters_sort_nomor ON letters (nomor_key, id);"
    "CREATE INDEX letters_sort_pengirim ON letters (pengirim_key, id);"
    "CREATE INDEX letters_sort_hal ON letters (hal_key, id);"
    "CREATE INDEX letters_sort_service ON letters (coalesce (service_name, ''), id);"
    "CREATE INDEX letters_sort_due ON letters (coalesce (due_at, ''), id);"
    "CREATE INDEX letters_sort_status ON letters ((" LAYANAN_LETTER_STATUS_RANK_SQL "), id);"
    /* Counting what is overdue or due soon reads this index alone, never
     * the letters' long rows. */
    "CREATE INDEX letters_due_status ON letters (due_at, status);"
    "CREATE INDEX letters_service_id ON letters (service_id);"
    "CREATE INDEX letters_classification_code ON letters (classification_code);"

    "CREATE TRIGGER letters_service_renamed AFTER UPDATE OF name ON services BEGIN"
    "  UPDATE letters SET service_name = NEW.name WHERE service_id = NEW.id;"
    " END;"

    /* A scan, once per content; contents are kept whole (a few hundred kB). */
    "CREATE TABLE letter_files ("
    "  sha256      TEXT PRIMARY KEY CHECK (length (sha256) = 64),"
    "  file_name   TEXT NOT NULL CHECK (file_name <> ''),"
    "  mime_type   TEXT NOT NULL CHECK (mime_type <> ''),"
    "  n_pages     INTEGER NOT NULL DEFAULT 1 CHECK (n_pages >= 0),"
    "  size        INTEGER NOT NULL CHECK (size >= 0),"
    "  contents    BLOB NOT NULL,"
    "  created_at  TEXT NOT NULL"
    ");"
    "CREATE TABLE letter_file_links ("
    "  letter_id   INTEGER NOT NULL REFERENCES letters (id) ON DELETE CASCADE,"
    "  sha256      TEXT NOT NULL REFERENCES letter_files (sha256) ON DELETE RESTRICT,"
    "  position    INTEGER NOT NULL CHECK (position >= 1),"
    "  PRIMARY KEY (letter_id, position),"
    "  UNIQUE (letter_id, sha256)"
    ");"
    "CREATE INDEX letter_file_links_sha256 ON letter_file_links (sha256);"

    "CREATE TABLE letter_events ("
    "  id          INTEGER PRIMARY KEY,"
    "  letter_id   INTEGER NOT NULL REFERENCES letters (id) ON DELETE CASCADE,"
    "  at          TEXT NOT NULL,"
    "  actor       TEXT NOT NULL,"
    "  kind        TEXT NOT NULL CHECK (kind IN ('received', 'edit', 'due_override', 'status',"
    "                                           'void', 'disposition', 'no_disposition',"
    "                                           'disposition_done')),"
    "  from_status TEXT CHECK (from_status IN " LETTER_STATUSES "),"
    "  to_status   TEXT CHECK (to_status IN " LETTER_STATUSES "),"
    "  note        TEXT,"
    "  CHECK ((from_status IS NULL) = (to_status IS NULL))"
    ");"
    "CREATE INDEX letter_events_letter_id ON letter_events (letter_id);"

    /* Lembar disposisi: one row per recipient, a staff member or a section;
     * parent_id chains a re-disposition down to the one it came from. */
    "CREATE TABLE dispositions ("
    "  id           INTEGER PRIMARY KEY,"
    "  letter_id    INTEGER NOT NULL REFERENCES letters (id) ON DELETE CASCADE,"
    "  parent_id    INTEGER REFERENCES dispositions (id) ON DELETE CASCADE,"
    "  from_name    TEXT NOT NULL CHECK (from_name <> ''),"
    "  to_staff_id  INTEGER REFERENCES staff (id) ON DELETE RESTRICT,"
    "  to_unit_id   INTEGER REFERENCES units (id) ON DELETE RESTRICT,"
    "  instructions INTEGER NOT NULL DEFAULT 0 CHECK (instructions >= 0),"
    "  note         TEXT,"
    "  due_date     TEXT CHECK (due_date LIKE '____-__-__'),"
    "  created_at   TEXT NOT NULL,"
    "  done_at      TEXT,"
    "  CHECK ((to_staff_id IS NULL) <> (to_unit_id IS NULL))"
    ");"
    "CREATE INDEX dispositions_letter_id ON dispositions (letter_id);"
    "CREATE INDEX dispositions_parent_id ON dispositions (parent_id);"
    "CREATE INDEX dispositions_to_staff_id ON dispositions (to_staff_id, letter_id);"
    "CREATE INDEX dispositions_to_unit_id ON dispositions (to_unit_id, letter_id);"

    "CREATE VIRTUAL TABLE letters_fts USING fts5 ("
    "  nomor, pengirim, hal, body_text, notes,"
    "  content = 'letters', content_rowid = 'id',"
    "  tokenize = 'unicode61 remove_diacritics 2'"
    ");"
    "CREATE TRIGGER letters_fts_insert AFTER INSERT ON letters BEGIN"
    "  INSERT INTO letters_fts (rowid, nomor, pengirim, hal, body_text, notes)"
    "  VALUES (NEW.id, NEW.nomor, NEW.pengirim, NEW.hal, NEW.body_text, NEW.notes);"
    " END;"
    "CREATE TRIGGER letters_fts_delete AFTER DELETE ON letters BEGIN"
    "  INSERT INTO letters_fts (letters_fts, rowid, nomor, pengirim, hal, body_text, notes)"
    "  VALUES ('delete', OLD.id, OLD.nomor, OLD.pengirim, OLD.hal, OLD.body_text, OLD.notes);"
    " END;"
    "CREATE TRIGGER letters_fts_update"
    "  AFTER UPDATE OF nomor, pengirim, hal, body_text, notes ON letters BEGIN"
    "  INSERT INTO letters_fts (letters_fts, rowid, nomor, pengirim, hal, body_text, notes)"
    "  VALUES ('delete', OLD.id, OLD.nomor, OLD.pengirim, OLD.hal, OLD.body_text, OLD.notes);"
    "  INSERT INTO letters_fts (rowid, nomor, pengirim, hal, body_text, notes)"
    "  VALUES (NEW.id, NEW.nomor, NEW.pengirim, NEW.hal, NEW.body_text, NEW.notes);"
    " END;";
  static const char * const audited[] = {
    "agenda_counters", "letters", "letter_files", "letter_file_links", "letter_events",
    "dispositions",
  };

  if (!exec_script (db, sql, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (audited); i++)
    if (!layanan_migrations_create_audit_triggers (db, audited[i], error))
      return FALSE;

  return TRUE;
}

#define COMPLAINT_STATUSES \
  "('diterima', 'diverifikasi', 'diteruskan', 'ditindaklanjuti', 'menunggu_pelapor', " \
  "'selesai', 'bukan_wewenang', 'ditolak', 'ditutup')"
#define DURATION_UNITS "('minutes', 'hours', 'days', 'working_days')"
#define WIB_INSTANT(column) column " LIKE '____-__-__T__:__:__+07:00'"

/* Version 7: the complaint register (pengaduan, DOMAIN.md §3).
 *
 * Each unit keeps its own category table (seeded from its standards), and a
 * complaint copies its category's deadline, so that a changed table applies
 * from then on only. Register numbers come from complaint_counters inside
 * the writing transaction, gap-free per unit and year, as agenda numbers
 * do. The clock of a complaint (due_at, pauses, first response, closing) is
 * kept in its row so that the list filters by due state in SQL; its
 * timeline is complaint_steps. Attachments are stored once per SHA-256 in
 * the letters' letter_files. service_name and category_name copy the names
 * so that their sorts are index walks; triggers keep them on a rename.
 *
 * The text index holds its own copy (a few short texts per complaint): its
 * text comes from the complaint and from the responses and notes of its
 * steps, which an external-content table cannot join. Steps are only ever
 * added, so their text is appended. */
static gboolean
migrate_to_7 (sqlite3  *db,
              GError  **error)
{
  static const char sql[] =
    "CREATE TABLE complaint_categories ("
    "  id             INTEGER PRIMARY KEY,"
    "  unit_id        INTEGER NOT NULL REFERENCES units (id) ON DELETE RESTRICT,"
    "  position       INTEGER NOT NULL CHECK (position >= 1),"
    "  name           TEXT NOT NULL CHECK (name <> ''),"
    "  deadline_value INTEGER NOT NULL CHECK (deadline_value > 0),"
    "  deadline_unit  TEXT NOT NULL CHECK (deadline_unit IN " DURATION_UNITS "),"
    "  active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),"
    "  UNIQUE (unit_id, name)"
    ");"
    "CREATE INDEX complaint_categories_unit ON complaint_categories (unit_id, position);"

    "CREATE TABLE complaint_counters ("
    "  unit_id     INTEGER NOT NULL REFERENCES units (id) ON DELETE RESTRICT,"
    "  year        INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999),"
    "  last_number INTEGER NOT NULL CHECK (last_number >= 0),"
    "  PRIMARY KEY (unit_id, year)"
    ");"

    "CREATE TABLE complaints ("
    "  id                      INTEGER PRIMARY KEY,"
    "  unit_id                 INTEGER NOT NULL REFERENCES units (id) ON DELETE RESTRICT,"
    "  register_year           INTEGER NOT NULL CHECK (register_year BETWEEN 1900 AND 9999),"
    "  register_number         INTEGER NOT NULL CHECK (register_number >= 1),"
    "  received_at             TEXT NOT NULL CHECK (" WIB_INSTANT ("received_at") "),"
    "  channel                 TEXT NOT NULL CHECK (channel IN ('tatap_muka', 'kotak_pengaduan',"
    "                          'whatsapp', 'telepon', 'faksimile', 'email', 'sp4n_lapor',"
    "                          'surat', 'media_sosial', 'lainnya')),"
    "  lapor_number            TEXT CHECK (lapor_number IS NULL OR (channel = 'sp4n_lapor'"
    "                          AND lapor_number <> '' AND lapor_number NOT GLOB '*[^0-9]*')),"
    "  service_id              INTEGER REFERENCES services (id) ON DELETE RESTRICT,"
    "  service_name            TEXT,"
    "  anonymous               INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)),"
    "  complainant_name        TEXT,"
    "  complainant_contact     TEXT,"
    "  confidential            INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),"
    "  classification          TEXT NOT NULL CHECK (classification IN ('pengaduan', 'aspirasi',"
    "                          'permintaan_informasi')),"
    "  category_id             INTEGER NOT NULL"
    "                          REFERENCES complaint_categories (id) ON DELETE RESTRICT,"
    "  category_name           TEXT NOT NULL,"
    "  category_deadline_value INTEGER NOT NULL CHECK (category_deadline_value > 0),"
    "  category_deadline_unit  TEXT NOT NULL CHECK (category_deadline_unit IN " DURATION_UNITS "),"
    "  description             TEXT NOT NULL CHECK (description <> ''),"
    "  status                  TEXT NOT NULL DEFAULT 'diterima'"
    "                          CHECK (status IN " COMPLAINT_STATUSES "),"
    "  assigned_staff_id       INTEGER REFERENCES staff (id) ON DELETE RESTRICT,"
    "  assigned_unit_id        INTEGER REFERENCES units (id) ON DELETE RESTRICT,"
    "  due_at                  TEXT CHECK (" WIB_INSTANT ("due_at") "),"
    "  paused_seconds          INTEGER NOT NULL DEFAULT 0 CHECK (paused_seconds >= 0),"
    "  paused_at               TEXT CHECK (" WIB_INSTANT ("paused_at") "),"
    "  status_before_pause     TEXT NOT NULL DEFAULT 'diterima'"
    "                          CHECK (status_before_pause IN " COMPLAINT_STATUSES "),"
    "  first_response_due_at   TEXT CHECK (" WIB_INSTANT ("first_response_due_at") "),"
    "  first_response_at       TEXT CHECK (" WIB_INSTANT ("first_response_at") "),"
    "  closed_at               TEXT CHECK (" WIB_INSTANT ("closed_at") "),"
    "  created_at              TEXT NOT NULL,"
    "  updated_at              TEXT NOT NULL,"
    "  UNIQUE (unit_id, register_year, register_number),"
    "  CHECK (anonymous = 0 OR complainant_name IS NULL),"
    "  CHECK (assigned_staff_id IS NULL OR assigned_unit_id IS NULL)"
    ");"
    "CREATE INDEX complaints_sort_number ON complaints (register_year, register_number, id);"
    "CREATE INDEX complaints_sort_received ON complaints (received_at, id);"
    "CREATE INDEX complaints_sort_channel"
    "  ON complaints ((" LAYANAN_COMPLAINT_CHANNEL_RANK_SQL "), id);"
    "CREATE INDEX complaints_sort_category ON complaints (category_name, id);"
    "CREATE INDEX complaints_sort_service ON complaints (coalesce (service_name, ''), id);"
    "CREATE INDEX complaints_sort_due ON complaints (coalesce (due_at, ''), id);"
    "CREATE INDEX complaints_sort_status"
    "  ON complaints ((" LAYANAN_COMPLAINT_STATUS_RANK_SQL "), id);"
    "CREATE INDEX complaints_due_status ON complaints (due_at, status);"
    "CREATE INDEX complaints_category_id ON complaints (category_id);"
    "CREATE INDEX complaints_service_id ON complaints (service_id);"
    "CREATE INDEX complaints_assigned_staff_id ON complaints (assigned_staff_id);"
    "CREATE INDEX complaints_waiting ON complaints (status) WHERE status = 'menunggu_pelapor';"

    "CREATE TRIGGER complaints_service_renamed AFTER UPDATE OF name ON services BEGIN"
    "  UPDATE complaints SET service_name = NEW.name WHERE service_id = NEW.id;"
    " END;"
    "CREATE TRIGGER complaints_category_renamed"
    "  AFTER UPDATE OF name ON complaint_categories BEGIN"
    "  UPDATE complaints SET category_name = NEW.name WHERE category_id = NEW.id;"
    " END;"

    /* The timeline: what was done, by whom, and the status it moved. */
    "CREATE TABLE complaint_steps ("
    "  id           INTEGER PRIMARY KEY,"
    "  complaint_id INTEGER NOT NULL REFERENCES complaints (id) ON DELETE CASCADE,"
    "  kind         TEXT NOT NULL CHECK (kind IN ('receive', 'verify', 'forward', 'follow_up',"
    "               'await_complainant', 'resume', 'settle', 'not_competent', 'reject',"
    "               'auto_close', 'reopen', 'recategorize', 'respond')),"
    "  at           TEXT NOT NULL CHECK (" WIB_INSTANT ("at") "),"
    "  actor        TEXT NOT NULL,"
    "  from_status  TEXT NOT NULL CHECK (from_status IN " COMPLAINT_STATUSES "),"
    "  to_status    TEXT NOT NULL CHECK (to_status IN " COMPLAINT_STATUSES "),"
    "  note         TEXT,"
    "  response     TEXT,"
    "  to_staff_id  INTEGER REFERENCES staff (id) ON DELETE RESTRICT,"
    "  to_unit_id   INTEGER REFERENCES units (id) ON DELETE RESTRICT,"
    "  to_name      TEXT,"
    "  category_id  INTEGER REFERENCES complaint_categories (id) ON DELETE RESTRICT"
    ");"
    "CREATE INDEX complaint_steps_complaint_id ON complaint_steps (complaint_id, id);"

    "CREATE TABLE complaint_file_links ("
    "  complaint_id INTEGER NOT NULL REFERENCES complaints (id) ON DELETE CASCADE,"
    "  sha256       TEXT NOT NULL REFERENCES letter_files (sha256) ON DELETE RESTRICT,"
    "  position     INTEGER NOT NULL CHECK (position >= 1),"
    "  PRIMARY KEY (complaint_id, position),"
    "  UNIQUE (complaint_id, sha256)"
    ");"
    "CREATE INDEX complaint_file_links_sha256 ON complaint_file_links (sha256);"

    "CREATE VIRTUAL TABLE complaints_fts USING fts5 ("
    "  description, responses, notes,"
    "  tokenize = 'unicode61 remove_diacritics 2'"
    ");"
    "CREATE TRIGGER complaints_fts_insert AFTER INSERT ON complaints BEGIN"
    "  INSERT INTO complaints_fts (rowid, description, responses, notes)"
    "  VALUES (NEW.id, NEW.description, '', '');"
    " END;"
    "CREATE TRIGGER complaints_fts_delete AFTER DELETE ON complaints BEGIN"
    "  DELETE FROM complaints_fts WHERE rowid = OLD.id;"
    " END;"
    "CREATE TRIGGER complaints_fts_update AFTER UPDATE OF description ON complaints BEGIN"
    "  UPDATE complaints_fts SET description = NEW.description WHERE rowid = NEW.id;"
    " END;"
    "CREATE TRIGGER complaint_steps_fts AFTER INSERT ON complaint_steps"
    "  WHEN NEW.response IS NOT NULL OR NEW.note IS NOT NULL BEGIN"
    "  UPDATE complaints_fts SET"
    "    responses = ltrim (responses || char (10) || coalesce (NEW.response, ''), char (10)),"
    "    notes = ltrim (notes || char (10) || coalesce (NEW.note, ''), char (10))"
    "  WHERE rowid = NEW.complaint_id;"
    " END;"

    /* Off by default (DOMAIN.md §3.4): the bureau decides. */
    "INSERT INTO settings (key, value) VALUES ('complaint_auto_close', '0');";
  static const char * const audited[] = {
    "complaint_categories", "complaint_counters", "complaints", "complaint_steps",
    "complaint_file_links",
  };

  if (!exec_script (db, sql, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (audited); i++)
    if (!layanan_migrations_create_audit_triggers (db, audited[i], error))
      return FALSE;

  return TRUE;
}

/* Version 8: the evaluation — SKM survey periods, their questionnaires and
 * follow-up plans, and the monthly evaluation meetings.
 *
 * An answer is a row keyed by the unsur's code, never a column per
 * position: the unsur are data (skm_unsur), so a unit that adds one, or a
 * reordered questionnaire, needs no new schema. A blank answer has no row.
 * Questionnaires are read in entry order (id) per period, and per service
 * for the per-service table. */
static gboolean
migrate_to_8 (sqlite3  *db,
              GError  **error)
{
  static const char sql[] =
    "CREATE TABLE skm_periods ("
    "  id          INTEGER PRIMARY KEY,"
    "  unit_id     INTEGER NOT NULL REFERENCES units (id) ON DELETE RESTRICT,"
    "  name        TEXT NOT NULL CHECK (name <> ''),"
    "  kind        TEXT NOT NULL CHECK (kind IN ('triwulan', 'semester', 'tahunan', 'custom')),"
    "  date_from   TEXT NOT NULL CHECK (date_from LIKE '____-__-__'),"
    "  date_to     TEXT NOT NULL CHECK (date_to LIKE '____-__-__'),"
    "  population  INTEGER NOT NULL DEFAULT 0 CHECK (population >= 0),"
    "  UNIQUE (unit_id, name),"
    "  CHECK (date_from <= date_to)"
    ");"
    "CREATE INDEX skm_periods_unit_date ON skm_periods (unit_id, date_from);"

    "CREATE TABLE skm_responses ("
    "  id          INTEGER PRIMARY KEY,"
    "  period_id   INTEGER NOT NULL REFERENCES skm_periods (id) ON DELETE CASCADE,"
    "  date        TEXT NOT NULL CHECK (date LIKE '____-__-__'),"
    "  service_id  INTEGER REFERENCES services (id) ON DELETE RESTRICT,"
    "  sex         TEXT CHECK (sex IS NULL OR sex IN ('L', 'P')),"
    "  age         INTEGER CHECK (age IS NULL OR age BETWEEN 1 AND 120),"
    "  education   TEXT,"
    "  occupation  TEXT,"
    "  suggestion  TEXT,"
    "  created_at  TEXT NOT NULL"
    ");"
    "CREATE INDEX skm_responses_period ON skm_responses (period_id, id);"
    "CREATE INDEX skm_responses_period_service ON skm_responses (period_id, service_id, id);"
    "CREATE INDEX skm_responses_service_id ON skm_responses (service_id);"

    "CREATE TABLE skm_answers ("
    "  response_id INTEGER NOT NULL REFERENCES skm_responses (id) ON DELETE CASCADE,"
    "  unsur_code  TEXT NOT NULL REFERENCES skm_unsur (code) ON DELETE RESTRICT,"
    "  value       INTEGER NOT NULL CHECK (value BETWEEN 1 AND 4),"
    "  PRIMARY KEY (response_id, unsur_code)"
    ");"
    "CREATE INDEX skm_answers_unsur_code ON skm_answers (unsur_code);"

    /* Rencana Tindak Lanjut: what is done about a weak unsur of a period. */
    "CREATE TABLE skm_actions ("
    "  id          INTEGER PRIMARY KEY,"
    "  period_id   INTEGER NOT NULL REFERENCES skm_periods (id) ON DELETE CASCADE,"
    "  unsur_code  TEXT NOT NULL REFERENCES skm_unsur (code) ON DELETE RESTRICT,"
    "  action      TEXT NOT NULL CHECK (action <> ''),"
    "  owner       TEXT,"
    "  target      TEXT,"
    "  status      TEXT NOT NULL DEFAULT 'planned'"
    "              CHECK (status IN ('planned', 'in_progress', 'done')),"
    "  result      TEXT"
    ");"
    "CREATE INDEX skm_actions_period ON skm_actions (period_id, id);"
    "CREATE INDEX skm_actions_unsur_code ON skm_actions (unsur_code);"

    /* The monthly evaluation meeting every standard promises. */
    "CREATE TABLE meetings (id INTEGER PRIMARY KEY, unit_id INTEGER NOT NULL REFERENCES units (id)"
    " ON DELETE RESTRICT, date TEXT NOT NULL CHECK (date LIKE '____-__-__'), attendees TEXT,"
    " notes TEXT);"
    "CREATE INDEX meetings_unit_date ON meetings (unit_id, date);"
    "CREATE TABLE meeting_decisions (id INTEGER PRIMARY KEY, meeting_id INTEGER NOT NULL"
    " REFERENCES meetings (id) ON DELETE CASCADE, position INTEGER NOT NULL"
    " CHECK (position >= 1), decision TEXT NOT NULL CHECK (decision <> ''), owner TEXT,"
    " due_date TEXT CHECK (due_date IS NULL OR due_date LIKE '____-__-__'),"
    " done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)), UNIQUE (meeting_id, position));";
  static const char * const audited[] = {
    "skm_periods", "skm_responses", "skm_answers", "skm_actions", "meetings",
    "meeting_decisions",
  };

  if (!exec_script (db, sql, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (audited); i++)
    if (!layanan_migrations_create_audit_triggers (db, audited[i], error))
      return FALSE;

  return TRUE;
}

typedef gboolean (*Migration) (sqlite3  *db,
                               GError  **error);

/* migrations[v] brings version v - 1 to v. */
static const Migration migrations[] = {
  NULL,
  migrate_to_1,
  migrate_to_2,
  migrate_to_3,
  migrate_to_4,
  migrate_to_5,
  migrate_to_6,
  migrate_to_7,
  migrate_to_8,
};

/* Audit triggers */

static char *
key_expression (GPtrArray  *key_columns,
                const char *row)
{
  g_autoptr(GString) expr = g_string_new (NULL);

  if (key_columns->len == 0)
    {
      g_string_append_printf (expr, "CAST (%s.rowid AS TEXT)", row);
    }
  else if (key_columns->len == 1)
    {
      char *column = sqlite3_mprintf ("\"%w\"", (char *) key_columns->pdata[0]);

      g_string_append_printf (expr, "CAST (%s.%s AS TEXT)", row, column);
      sqlite3_free (column);
    }
  else
    {
      g_string_append (expr, "json_array (");
      for (guint i = 0; i < key_columns->len; i++)
        {
          char *column = sqlite3_mprintf ("\"%w\"", (char *) key_columns->pdata[i]);

          g_string_append_printf (expr, "%s%s.%s", i > 0 ? ", " : "", row, column);
          sqlite3_free (column);
        }
      g_string_append (expr, ")");
    }

  return g_string_free (g_steal_pointer (&expr), FALSE);
}

/* Columns the audit log records by their length in bytes: scans (JSON
 * cannot hold a BLOB) and the text read from them, which would double the
 * size of the database and is derived from the scan anyway. */
static const char * const summarised_columns[] = {
  "letters.body_text",
  NULL
};

static gboolean
is_summarised (const char *table,
               const char *column,
               const char *declared_type)
{
  g_autofree char *qualified = g_strdup_printf ("%s.%s", table, column);

  return g_ascii_strcasecmp (declared_type != NULL ? declared_type : "", "BLOB") == 0 ||
         g_strv_contains (summarised_columns, qualified);
}

/**
 * layanan_migrations_create_audit_triggers:
 *
 * (Re)creates the AFTER INSERT/UPDATE/DELETE triggers that copy every change
 * of @table into audit_log: who (layanan_actor()), when (layanan_now()),
 * the row's key and all its columns as JSON, read from the table's current
 * columns (BLOBs and the summarised columns above as their length). An
 * update that changes nothing is not logged.
 */
gboolean
layanan_migrations_create_audit_triggers (sqlite3     *db,
                                          const char  *table,
                                          GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GString) new_json = g_string_new ("json_object (");
  g_autoptr(GString) old_json = g_string_new ("json_object (");
  g_autoptr(GString) changed = g_string_new (NULL);
  g_autoptr(GPtrArray) key_columns = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *new_key = NULL;
  g_autofree char *old_key = NULL;
  char *sql = NULL;
  guint n_columns = 0;
  int rc;

  g_return_val_if_fail (table != NULL, FALSE);

  rc = sqlite3_prepare_v2 (db, "SELECT name, pk, type FROM pragma_table_info (?1) ORDER BY cid",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);

  while ((rc == SQLITE_OK || rc == SQLITE_ROW) && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 0);
      int pk = sqlite3_column_int (stmt, 1);
      char *literal = sqlite3_mprintf ("%Q", name);
      char *column = sqlite3_mprintf ("\"%w\"", name);
      gboolean summarised = is_summarised (table, name,
                                           (const char *) sqlite3_column_text (stmt, 2));

      g_string_append_printf (new_json, "%s%s, %sNEW.%s%s", n_columns > 0 ? ", " : "",
                              literal, summarised ? "length (" : "", column,
                              summarised ? ")" : "");
      g_string_append_printf (old_json, "%s%s, %sOLD.%s%s", n_columns > 0 ? ", " : "",
                              literal, summarised ? "length (" : "", column,
                              summarised ? ")" : "");
      g_string_append_printf (changed, "%sOLD.%s IS NOT NEW.%s", n_columns > 0 ? " OR " : "",
                              column, column);
      if (pk > 0)
        {
          if (key_columns->len < (guint) pk)
            g_ptr_array_set_size (key_columns, pk);
          key_columns->pdata[pk - 1] = g_strdup (name);
        }

      sqlite3_free (literal);
      sqlite3_free (column);
      n_columns++;
    }

  if (rc != SQLITE_DONE)
    {
      layanan_database_set_error (error, db, rc, NULL);
      return FALSE;
    }

  if (n_columns == 0)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_DATABASE,
                   "Cannot audit the table %s: it does not exist", table);
      return FALSE;
    }

  g_string_append (new_json, ")");
  g_string_append (old_json, ")");
  new_key = key_expression (key_columns, "NEW");
  old_key = key_expression (key_columns, "OLD");

  sql = sqlite3_mprintf (
    "DROP TRIGGER IF EXISTS \"audit_%w_insert\";"
    "DROP TRIGGER IF EXISTS \"audit_%w_update\";"
    "DROP TRIGGER IF EXISTS \"audit_%w_delete\";"
    "CREATE TRIGGER \"audit_%w_insert\" AFTER INSERT ON \"%w\" BEGIN"
    "  INSERT INTO audit_log (at, actor, table_name, row_key, action, old_values, new_values)"
    "  VALUES (layanan_now (), layanan_actor (), %Q, %s, 'insert', NULL, %s);"
    " END;"
    "CREATE TRIGGER \"audit_%w_update\" AFTER UPDATE ON \"%w\" WHEN %s BEGIN"
    "  INSERT INTO audit_log (at, actor, table_name, row_key, action, old_values, new_values)"
    "  VALUES (layanan_now (), layanan_actor (), %Q, %s, 'update', %s, %s);"
    " END;"
    "CREATE TRIGGER \"audit_%w_delete\" AFTER DELETE ON \"%w\" BEGIN"
    "  INSERT INTO audit_log (at, actor, table_name, row_key, action, old_values, new_values)"
    "  VALUES (layanan_now (), layanan_actor (), %Q, %s, 'delete', %s, NULL);"
    " END;",
    table, table, table,
    table, table, table, new_key, new_json->str,
    table, table, changed->str, table, new_key, old_json->str, new_json->str,
    table, table, table, old_key, old_json->str);

  rc = sqlite3_exec (db, sql, NULL, NULL, NULL);
  sqlite3_free (sql);
  if (rc != SQLITE_OK)
    {
      layanan_database_set_error (error, db, rc, NULL);
      return FALSE;
    }

  return TRUE;
}

int
layanan_migrations_get_latest (void)
{
  return G_N_ELEMENTS (migrations) - 1;
}

/**
 * layanan_migrations_apply:
 * @version: the version to reach, from @version - 1
 *
 * Runs one migration. The caller holds the transaction and sets
 * PRAGMA user_version.
 */
gboolean
layanan_migrations_apply (sqlite3  *db,
                          int       version,
                          GError  **error)
{
  g_return_val_if_fail (db != NULL, FALSE);
  g_return_val_if_fail (version >= 1 && version <= layanan_migrations_get_latest (), FALSE);

  return migrations[version] (db, error);
}
