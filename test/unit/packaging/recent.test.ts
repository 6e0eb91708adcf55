// The recent files list: newest first, no repeats, at most ten, files gone dropped, damaged file survived.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  addRecent,
  MAX_RECENT,
  parseRecent,
  pruneRecent,
  recentLabel,
  RecentFiles,
  removeRecent,
  type RecentEntry,
} from '../../../electron/main/recent';

const entry = (path: string, workshopId = 'w', title = 'T'): RecentEntry => ({ path, workshopId, title, size: 10, modifiedMs: 1 });
const paths = (list: readonly RecentEntry[]) => list.map((e) => e.path);

const dir = mkdtempSync(join(tmpdir(), 'socle-recent-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('recent list', () => {
  it('puts the latest first and keeps one entry per file', () => {
    let list: RecentEntry[] = [];
    for (const p of ['/a.socle', '/b.socle', '/a.socle', '/c.socle']) list = addRecent(list, entry(p), 'linux');
    expect(paths(list)).toEqual(['/c.socle', '/a.socle', '/b.socle']);
  });

  it('keeps at most ten', () => {
    let list: RecentEntry[] = [];
    for (let i = 0; i < 15; i++) list = addRecent(list, entry(`/f${i}.socle`), 'linux');
    expect(MAX_RECENT).toBe(10);
    expect(list).toHaveLength(10);
    expect(list[0]?.path).toBe('/f14.socle');
    expect(list[9]?.path).toBe('/f5.socle');
  });

  it('treats paths differing only in case as one file on Windows and macOS, not on Linux', () => {
    const twice = (platform: NodeJS.Platform) => addRecent([entry('C:\\W\\A.socle')], entry('c:\\w\\a.socle'), platform);
    expect(twice('win32')).toHaveLength(1);
    expect(twice('darwin')).toHaveLength(1);
    expect(twice('linux')).toHaveLength(2);
    expect(removeRecent([entry('/W/A.socle')], '/w/a.socle', 'darwin')).toEqual([]);
  });

  it('drops files that no longer exist', () => {
    const list = [entry('/here.socle'), entry('/gone.socle'), entry('/also-here.socle')];
    expect(paths(pruneRecent(list, (p) => p !== '/gone.socle'))).toEqual(['/here.socle', '/also-here.socle']);
  });

  it('reads a damaged or foreign file as an empty list, and skips bad entries', () => {
    expect(parseRecent('{not json', 'linux')).toEqual([]);
    expect(parseRecent('{"a":1}', 'linux')).toEqual([]);
    const mixed = JSON.stringify([entry('/ok.socle'), { path: 3 }, entry('/ok.socle', 'older'), 'x', entry('/two.socle')]);
    const parsed = parseRecent(mixed, 'linux');
    expect(paths(parsed)).toEqual(['/ok.socle', '/two.socle']);
    expect(parsed[0]?.workshopId).toBe('w');
    const long = JSON.stringify(Array.from({ length: 30 }, (_, i) => entry(`/f${i}.socle`)));
    expect(parseRecent(long, 'linux')).toHaveLength(10);
  });

  it('labels entries with the workshop title and the file name', () => {
    expect(recentLabel(entry('/w/plan.socle', 'w', 'Plan 2027'), basename)).toBe('Plan 2027 (plan.socle)');
    expect(recentLabel(entry('/w/plan.socle', 'w', '  '), basename)).toBe('plan.socle');
  });
});

describe('RecentFiles', () => {
  it('saves every change to recent.json and tells the menu', () => {
    const file = join(dir, 'recent.json');
    let changes = 0;
    const recent = new RecentFiles(file, 'linux', () => changes++);
    recent.add(entry('/a.socle', 'w1'));
    recent.add(entry('/b.socle', 'w2'));
    recent.remove('/a.socle');
    expect(changes).toBe(3);
    expect(paths(JSON.parse(readFileSync(file, 'utf8')))).toEqual(['/b.socle']);
    expect(existsSync(`${file}.tmp`)).toBe(false);

    const again = new RecentFiles(file, 'linux', () => changes++);
    again.load(() => true);
    expect(paths(again.entries)).toEqual(['/b.socle']);
    again.clear();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('forgets files gone since the last start, on disk too', () => {
    const file = join(dir, 'recent-prune.json');
    writeFileSync(file, JSON.stringify([entry('/kept.socle'), entry('/gone.socle')]));
    const recent = new RecentFiles(file, 'linux', () => undefined);
    recent.load((p) => p === '/kept.socle');
    expect(paths(recent.entries)).toEqual(['/kept.socle']);
    expect(paths(JSON.parse(readFileSync(file, 'utf8')))).toEqual(['/kept.socle']);
  });

  it('starts empty when there is no file or it cannot be read', () => {
    const recent = new RecentFiles(join(dir, 'missing', 'recent.json'), 'linux', () => undefined);
    recent.load(() => true);
    expect(recent.entries).toEqual([]);
    // A folder that cannot be written only costs the list, never an exception.
    expect(() => recent.add(entry('/a.socle'))).not.toThrow();
  });
});
