// The shape of one schema migration.
import type { Database } from 'better-sqlite3';

export interface Migration {
  /** The user_version the database has once this migration has run. */
  version: number;
  name: string;
  up(db: Database): void;
  /**
   * What this migration does to one stored row of a tracked table, for rows kept outside their table (undo journal
   * entries, snapshot contents) written before it ran; leave it out when the migration changes no tracked row.
   */
  upgradeRow?(table: string, row: Record<string, string | number | null>): Record<string, string | number | null>;
}
