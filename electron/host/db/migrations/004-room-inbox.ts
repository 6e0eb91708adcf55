// Version 4: the room's inbox, so that an idea a phone was told is received survives closing the app.
import type { Migration } from './types';

export const migration004: Migration = {
  version: 4,
  name: 'room-inbox',
  up(db) {
    // Posting an idea is not the facilitator's edit, so it is not journaled; accepting or merging one takes it out
    // of here within that edit's undo step, which is how undo brings it back.
    db.exec(`
      CREATE TABLE inbox (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        step TEXT NOT NULL,
        text TEXT NOT NULL,
        author TEXT,
        created_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX inbox_workshop ON inbox (workshop_id, created_at);
    `);
  },
};
