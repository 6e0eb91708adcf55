// Snapshot calls: take, list, restore (one undoable edit), delete, and compare with now.
import { CallFailure } from '../../../shared/api';
import type { Snapshot } from '../../../shared/model';
import { takeBackup } from '../backup/backups';
import { readContent, replaceContent, upgradeContent, type Content } from '../store/content';
import { diffContent } from '../store/diff';
import type { Store } from '../store/store';
import type { Handlers } from './types';
import { readWorkshop } from './workshops';

function readSnapshot(store: Store, workshopId: string, snapshotId: string): Content {
  const row = store.rows.all('SELECT content FROM snapshots WHERE id = ? AND workshop_id = ?', [snapshotId, workshopId])[0];
  if (!row) throw new CallFailure('not_found', `No snapshot ${snapshotId} for this workshop.`);
  return upgradeContent(JSON.parse(String(row.content)) as Content, store.migrations);
}

const toSnapshot = (r: Record<string, unknown>): Snapshot => ({
  id: String(r.id),
  workshopId: String(r.workshop_id),
  name: String(r.name),
  createdAt: Number(r.created_at),
  cardCount: Number(r.card_count),
});

export const snapshotHandlers: Pick<
  Handlers,
  'snapshot.create' | 'snapshot.list' | 'snapshot.restore' | 'snapshot.delete' | 'snapshot.compare'
> = {
  'snapshot.create': ({ workshopId, name }, { store }) =>
    store.transaction(() => {
      store.workshop(workshopId);
      const content = readContent(store.rows, workshopId);
      const snapshot: Snapshot = { id: store.newId(), workshopId, name, createdAt: store.now(), cardCount: content.cards.length };
      store.rows.run('INSERT INTO snapshots (id, workshop_id, name, card_count, content, created_at) VALUES (?, ?, ?, ?, ?, ?)', [
        snapshot.id,
        workshopId,
        name,
        snapshot.cardCount,
        JSON.stringify({ schemaVersion: store.migrations.length, ...content }),
        snapshot.createdAt,
      ]);
      return snapshot;
    }),
  'snapshot.list': ({ workshopId }, { store }) => {
    store.workshop(workshopId);
    return store.rows
      .all(
        'SELECT id, workshop_id, name, card_count, created_at FROM snapshots WHERE workshop_id = ? ORDER BY created_at DESC, rowid DESC',
        [workshopId],
      )
      .map(toSnapshot);
  },
  'snapshot.restore': ({ workshopId, snapshotId }, { store, info }) => {
    readSnapshot(store, workshopId, snapshotId);
    // A copy of the library first (outside the transaction: SQLite cannot VACUUM INTO inside one).
    takeBackup(store.db, info.dataDir, 'before-snapshot-restore', store.now());
    return store.transaction(() => {
      const target = readSnapshot(store, workshopId, snapshotId);
      store.mutate(workshopId, 'snapshot.restore', null, (edit) => replaceContent(store.rows, edit, workshopId, target));
      return readWorkshop(store, workshopId);
    });
  },
  'snapshot.delete': ({ workshopId, snapshotId }, { store }) =>
    store.transaction(() => {
      readSnapshot(store, workshopId, snapshotId);
      store.rows.run('DELETE FROM snapshots WHERE id = ?', [snapshotId]);
      return { snapshotId };
    }),
  'snapshot.compare': ({ workshopId, snapshotId }, { store }) => {
    store.workshop(workshopId);
    return diffContent(readSnapshot(store, workshopId, snapshotId), readContent(store.rows, workshopId));
  },
};
