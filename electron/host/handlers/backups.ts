// Backup calls: list the library's backups, take one now, and restore one (the current library is kept).
import { listBackups, takeBackup } from '../backup/backups';
import type { Handlers } from './types';

export const backupHandlers: Pick<Handlers, 'backup.list' | 'backup.create' | 'backup.restore'> = {
  'backup.list': (_args, { info }) => listBackups(info.dataDir),
  'backup.create': (_args, { store, info }) => takeBackup(store.db, info.dataDir, 'manual', store.now()),
  'backup.restore': ({ name }, ctx) => ({ restored: name, safety: ctx.restoreLibrary(name) }),
};
