// Every migration, in order. Add one file per schema version and list it here.
import { migration001 } from './001-initial';
import { migration002 } from './002-snapshots';
import { migration003 } from './003-facilitation';
import { migration004 } from './004-room-inbox';
import type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004];
export type { Migration };
