// Every migration, in order. Add one file per schema version and list it here.
import { migration001 } from './001-initial';
import type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [migration001];
export type { Migration };
