// Version 2: named snapshots of a workshop's content.
import type { Migration } from './types';

export const migration002: Migration = {
  version: 2,
  name: 'snapshots',
  up(db) {
    db.exec(`
      CREATE TABLE snapshots (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        card_count INTEGER NOT NULL,
        content TEXT NOT NULL,
        created_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX snapshots_workshop ON snapshots (workshop_id, created_at DESC);
    `);
  },
};
