// Version 1: workshops, cards, links, participants, answers, and the undo journal.
import type { Migration } from './types';

export const migration001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE workshops (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        organisation TEXT NOT NULL DEFAULT '',
        sector TEXT NOT NULL DEFAULT '',
        date TEXT,
        language TEXT NOT NULL CHECK (language IN ('fr', 'en')),
        template TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        deleted_at INTEGER
      ) STRICT;
      CREATE INDEX workshops_updated ON workshops (deleted_at, updated_at DESC);

      CREATE TABLE cards (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        step TEXT NOT NULL,
        kind TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '',
        fields TEXT NOT NULL DEFAULT '{}',
        x REAL NOT NULL,
        y REAL NOT NULL,
        width REAL NOT NULL,
        height REAL NOT NULL,
        colour TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX cards_workshop ON cards (workshop_id, step);

      CREATE TABLE links (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        from_card TEXT NOT NULL REFERENCES cards (id) ON DELETE CASCADE,
        to_card TEXT NOT NULL REFERENCES cards (id) ON DELETE CASCADE,
        created_at INTEGER NOT NULL,
        UNIQUE (kind, from_card, to_card)
      ) STRICT;
      CREATE INDEX links_workshop ON links (workshop_id);

      CREATE TABLE participants (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        department TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL DEFAULT '',
        stance TEXT NOT NULL DEFAULT 'neutral',
        created_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX participants_workshop ON participants (workshop_id);

      CREATE TABLE answers (
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        question TEXT NOT NULL,
        step TEXT NOT NULL,
        value TEXT NOT NULL,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (workshop_id, question)
      ) STRICT;

      CREATE TABLE history (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        label TEXT NOT NULL,
        coalesce_key TEXT,
        ops TEXT NOT NULL,
        undone INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX history_workshop ON history (workshop_id, undone, seq);
    `);
  },
};
