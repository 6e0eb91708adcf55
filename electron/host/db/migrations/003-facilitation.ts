// Version 3: the agenda per workshop, time spent per step, parking lot, dot votes, accepted findings.
import type { Migration } from './types';

export const migration003: Migration = {
  version: 3,
  name: 'facilitation',
  up(db) {
    db.exec(`
      CREATE TABLE agenda (
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        step TEXT NOT NULL,
        position INTEGER NOT NULL,
        timebox_minutes INTEGER NOT NULL,
        skipped INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (workshop_id, step)
      ) STRICT;

      -- Not in the undo journal: time passes whatever is undone.
      CREATE TABLE step_time (
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        step TEXT NOT NULL,
        spent_ms INTEGER NOT NULL DEFAULT 0,
        running_since INTEGER,
        PRIMARY KEY (workshop_id, step)
      ) STRICT;

      CREATE TABLE parking (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        step TEXT NOT NULL,
        text TEXT NOT NULL,
        done INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX parking_workshop ON parking (workshop_id);

      CREATE TABLE vote_rounds (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        step TEXT NOT NULL,
        votes_per_participant INTEGER NOT NULL,
        anonymous INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
        created_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX vote_rounds_workshop ON vote_rounds (workshop_id);

      CREATE TABLE votes (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        round_id TEXT NOT NULL REFERENCES vote_rounds (id) ON DELETE CASCADE,
        card_id TEXT NOT NULL REFERENCES cards (id) ON DELETE CASCADE,
        participant_id TEXT REFERENCES participants (id) ON DELETE CASCADE,
        created_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX votes_round ON votes (round_id);
      CREATE INDEX votes_card ON votes (card_id);
      CREATE INDEX votes_participant ON votes (participant_id);

      CREATE TABLE accepted_findings (
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        rule_id TEXT NOT NULL,
        card_key TEXT NOT NULL,
        reason TEXT NOT NULL,
        accepted_at INTEGER NOT NULL,
        PRIMARY KEY (workshop_id, rule_id, card_key)
      ) STRICT;
    `);
  },
};
