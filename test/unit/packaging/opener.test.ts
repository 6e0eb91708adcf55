// Opening workshop files: queued until ready, imported through workshop.import, shown, or refused plainly.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fail, ok, type Result } from '../../../shared/api/result';
import { FILE_TEXT } from '../../../electron/main/i18n-files';
import { createOpener, diskFiles, type FileInfo, type OpenerDeps } from '../../../electron/main/opener';
import type { RecentEntry } from '../../../electron/main/recent';
import { parseHash } from '../../../renderer/stores/nav';
import { workshopHash } from '../../../electron/main/window';
import { makeHost, must } from '../../helpers/host';

/** A disk of named files, a host that imports their text, and a record of what the user was shown. */
function setup(files: Record<string, { text: string; info?: FileInfo }>, importResult?: (text: string) => Result<unknown>) {
  const events: string[] = [];
  let recent: RecentEntry[] = [];
  const workshops = new Map<string, { deletedAt: number | null }>();
  let next = 0;
  const deps: OpenerDeps = {
    async call(name, input) {
      await Promise.resolve();
      const args = input as { text?: string; fileName?: string; workshopId?: string };
      if (name === 'workshop.get') {
        const w = workshops.get(args.workshopId ?? '');
        return w ? ok({ workshop: w }) : fail('not_found', 'no such workshop');
      }
      events.push(`import ${args.fileName}`);
      if (importResult) return importResult(args.text ?? '');
      const id = `w${++next}`;
      workshops.set(id, { deletedAt: null });
      return ok({ id, title: `Title of ${args.fileName}` });
    },
    stat: (path) => (files[path] ? (files[path].info ?? { size: files[path].text.length, modifiedMs: 1000 }) : null),
    read: (path) => {
      if (files[path]?.text === 'UNREADABLE') throw new Error('permission denied');
      return files[path]!.text;
    },
    recent: () => recent,
    remember: (entry) => {
      recent = [entry, ...recent.filter((e) => e.path !== entry.path)];
      events.push(`remember ${entry.path} -> ${entry.workshopId}`);
    },
    forget: (path) => events.push(`forget ${path}`),
    show: (id) => events.push(`show ${id}`),
    tell: (title, messages) => events.push(`tell ${title}: ${messages.join(' | ')}`),
    text: FILE_TEXT.en,
    platform: 'linux',
  };
  return { opener: createOpener(deps), events, workshops, files };
}

describe('createOpener', () => {
  it('waits until the app is ready, then imports every file and shows the last', async () => {
    const { opener, events } = await setup({ '/w/a.socle': { text: '{}' }, '/w/b.socle': { text: '{}' } });
    await opener.open(['/w/a.socle']);
    await opener.open(['/w/b.socle']);
    opener.refuse([{ arg: 'notes.txt', reason: 'not-socle' }]);
    expect(events).toEqual([]);
    await opener.ready();
    expect(events).toEqual([
      'tell The file was not opened: "notes.txt" is not a workshop file: Socle opens .socle files.',
      'import a.socle',
      'remember /w/a.socle -> w1',
      'import b.socle',
      'remember /w/b.socle -> w2',
      'show w2',
    ]);
    await opener.ready();
    expect(events).toHaveLength(6);
  });

  it('opens at once when ready', async () => {
    const { opener, events } = await setup({ '/w/a.socle': { text: '{}' } });
    await opener.ready();
    await opener.open(['/w/a.socle']);
    expect(events).toEqual(['import a.socle', 'remember /w/a.socle -> w1', 'show w1']);
  });

  it('shows the workshop an unchanged file already became instead of importing a copy', async () => {
    const { opener, events, workshops, files } = await setup({ '/w/a.socle': { text: '{}' } });
    await opener.ready();
    await opener.open(['/w/a.socle']);
    await opener.open(['/w/a.socle']);
    expect(events.slice(3)).toEqual(['remember /w/a.socle -> w1', 'show w1']);
    // Changed since: a new import.
    files['/w/a.socle']!.info = { size: 2, modifiedMs: 2000 };
    await opener.open(['/w/a.socle']);
    expect(events.slice(5)).toEqual(['import a.socle', 'remember /w/a.socle -> w2', 'show w2']);
    // Its workshop sent to the trash: a new import too.
    workshops.get('w2')!.deletedAt = 5;
    await opener.open(['/w/a.socle']);
    expect(events.slice(8)).toEqual(['import a.socle', 'remember /w/a.socle -> w3', 'show w3']);
  });

  it('says why a file was not opened: gone, too large, unreadable, refused by the import', async () => {
    const big = { text: '', info: { size: 21 * 1024 * 1024, modifiedMs: 1 } };
    const { opener, events } = await setup(
      { '/w/big.socle': big, '/w/locked.socle': { text: 'UNREADABLE' }, '/w/bad.socle': { text: 'nope' } },
      () => fail('invalid_input', 'this is not a Socle workshop file'),
    );
    await opener.ready();
    await opener.open(['/w/gone.socle', '/w/big.socle', '/w/locked.socle', '/w/bad.socle']);
    expect(events).toEqual([
      'forget /w/gone.socle',
      'import bad.socle',
      'tell The file was not opened: ' +
        [
          '"gone.socle" cannot be found: it may have been moved or deleted.',
          '"big.socle" is too large for a workshop file (over 20 MB).',
          '"locked.socle" could not be read: permission denied',
          '"bad.socle" could not be imported: this is not a Socle workshop file',
        ].join(' | '),
    ]);
  });
});

describe('opening a real .socle file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'socle-opener-'));
  const source = makeHost();
  const target = makeHost();
  afterAll(() => {
    source.dispose();
    target.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports it into the library through the host, and the renderer can route to it', async () => {
    const created = await must(source, 'workshop.create', {
      title: 'Plan 2027',
      organisation: 'Lorand',
      sector: 'retail',
      date: null,
      language: 'fr',
    });
    const exported = await must(source, 'export.run', { workshopId: created.id, format: 'socle', language: 'fr' });
    const file = join(dir, exported.fileName);
    writeFileSync(file, Buffer.from(exported.base64, 'base64'));
    const shown: string[] = [];
    let remembered: RecentEntry | null = null;
    const opener = createOpener({
      ...diskFiles,
      call: async (name, input) => await target.call(name, input),
      recent: () => (remembered ? [remembered] : []),
      remember: (entry) => (remembered = entry),
      forget: () => undefined,
      show: (id) => shown.push(id),
      tell: (title, messages) => {
        throw new Error(`${title}: ${messages.join('; ')}`);
      },
      text: FILE_TEXT.fr,
      platform: process.platform,
    });
    await opener.ready();
    await opener.open([file]);
    expect(shown).toHaveLength(1);
    const id = shown[0]!;
    expect((await must(target, 'workshop.get', { workshopId: id })).workshop.title).toBe('Plan 2027');
    expect(remembered).toMatchObject({ path: file, workshopId: id, title: 'Plan 2027' });
    expect(parseHash(workshopHash(id))).toMatchObject({ screen: 'workshop', workshopId: id });
    // Opened again unchanged: the same workshop, no second copy.
    await opener.open([file]);
    expect(shown).toEqual([id, id]);
    expect((await must(target, 'library.list', {})).filter((w) => w.title === 'Plan 2027')).toHaveLength(1);
  });
});
