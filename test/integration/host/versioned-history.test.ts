// Undo entries and snapshots carry the schema version they were written with, and are upgraded when read after a migration.
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, type Migration } from '../../../electron/host/db/migrations';
import { makeHost, must, tempDir } from '../../helpers/host';

/** A test-only schema step that changes how a tracked column is stored: card titles gain a "v4:" prefix. */
const prefixTitles: Migration = {
  version: MIGRATIONS.length + 1,
  name: 'test-prefix-titles',
  up: (db) => db.exec("UPDATE cards SET title = 'v4:' || title"),
  upgradeRow: (table, row) => (table === 'cards' && typeof row.title === 'string' ? { ...row, title: `v4:${row.title}` } : row),
};

let hosts: ReturnType<typeof makeHost>[] = [];
afterEach(() => {
  for (const h of hosts.reverse()) h.dispose();
  hosts = [];
});

/** A workshop with one card titled "Avant", written under today's schema, then reopened after the test migration. */
async function beforeAndAfter(between: (host: ReturnType<typeof makeHost>, ids: { workshopId: string; cardId: string }) => Promise<void>) {
  const dataDir = tempDir();
  const old = makeHost(dataDir);
  const workshopId = (await must(old, 'workshop.create', { title: 'Versions' })).id;
  const cardId = (await must(old, 'card.create', { workshopId, card: { step: 'context', kind: 'note', title: 'Avant' } })).value.id;
  await between(old, { workshopId, cardId });
  old.close();
  const host = makeHost(dataDir, { migrations: [...MIGRATIONS, prefixTitles] });
  hosts.push(host);
  const title = async () => (await must(host, 'workshop.get', { workshopId })).cards.find((c) => c.id === cardId)?.title;
  return { host, workshopId, cardId, title };
}

describe('versioned history', () => {
  it('restores a snapshot taken before a migration as the migrated schema stores it', async () => {
    let snapshotId = '';
    const { host, workshopId, title } = await beforeAndAfter(async (old, { workshopId, cardId }) => {
      snapshotId = (await must(old, 'snapshot.create', { workshopId, name: 'Plan' })).id;
      await must(old, 'card.update', { workshopId, cardId, patch: { title: 'Pendant' } });
    });
    expect(await title()).toBe('v4:Pendant');
    await must(host, 'snapshot.restore', { workshopId, snapshotId });
    expect(await title()).toBe('v4:Avant');
    // The restore is itself an edit under the new schema: undo and redo keep the prefix.
    await must(host, 'history.undo', { workshopId });
    expect(await title()).toBe('v4:Pendant');
  });

  it('undoes and redoes an edit made before a migration', async () => {
    const { host, workshopId, title } = await beforeAndAfter(async (old, { workshopId, cardId }) => {
      await must(old, 'card.update', { workshopId, cardId, patch: { title: 'Pendant' } });
    });
    expect(await title()).toBe('v4:Pendant');
    await must(host, 'history.undo', { workshopId });
    expect(await title()).toBe('v4:Avant');
    await must(host, 'history.redo', { workshopId });
    expect(await title()).toBe('v4:Pendant');
  });
});
