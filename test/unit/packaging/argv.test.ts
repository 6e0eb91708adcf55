// Files on the command line: `socle --data-dir x a.socle`, Windows paths, URLs and other files refused.
import { describe, expect, it } from 'vitest';
import { checkFileArg, isUrlLike, launchFiles, leadingArgs } from '../../../electron/main/open-file';

const posix = { cwd: '/home/ana/ateliers', platform: 'linux' as const, skip: 1 };
const windows = { cwd: 'C:\\Users\\Ana\\Documents', platform: 'win32' as const, skip: 1 };

describe('launchFiles', () => {
  it('skips the executable and the options, and resolves the file against the working folder', () => {
    expect(launchFiles(['/opt/Socle/socle', '--data-dir', 'x', 'a.socle'], posix)).toEqual({
      files: ['/home/ana/ateliers/a.socle'],
      refused: [],
    });
    expect(launchFiles(['socle', '--data-dir=/tmp/lib', '../b.socle', '/srv/c.SOCLE'], posix).files).toEqual([
      '/home/ana/b.socle',
      '/srv/c.SOCLE',
    ]);
  });

  it("ignores Chromium's own switches, macOS's -psn argument and empty arguments", () => {
    const argv = ['socle', '--enable-logging', '--original-process-start-time=1337', '-psn_0_12345', '', '--no-sandbox', 'a.socle'];
    expect(launchFiles(argv, posix)).toEqual({ files: ['/home/ana/ateliers/a.socle'], refused: [] });
  });

  it('skips the app folder too when started as `electron path/to/app`', () => {
    expect(leadingArgs(true)).toBe(2);
    expect(leadingArgs(undefined)).toBe(1);
    const argv = ['/usr/bin/electron', '/work/socle', '--data-dir', '/tmp/d', 'plan.socle'];
    expect(launchFiles(argv, { ...posix, skip: leadingArgs(true) }).files).toEqual(['/home/ana/ateliers/plan.socle']);
  });

  it('takes what follows -- as files, even when it looks like an option', () => {
    expect(launchFiles(['socle', '--', '--weird.socle'], posix).files).toEqual(['/home/ana/ateliers/--weird.socle']);
  });

  it('understands Windows paths: drive letters, relative paths, UNC shares, any case', () => {
    const argv = ['C:\\Program Files\\Socle\\Socle.exe', 'C:\\Ateliers\\Plan 2027.socle', 'sub\\b.Socle', '\\\\serveur\\partage\\c.socle'];
    expect(launchFiles(argv, windows)).toEqual({
      files: ['C:\\Ateliers\\Plan 2027.socle', 'C:\\Users\\Ana\\Documents\\sub\\b.Socle', '\\\\serveur\\partage\\c.socle'],
      refused: [],
    });
  });

  it('refuses URLs of any scheme rather than fetching them', () => {
    for (const url of [
      'https://example.com/a.socle',
      'http://x/a.socle',
      'file:///home/a.socle',
      'socle://app/a.socle',
      'ftp://h/a.socle',
    ]) {
      expect(launchFiles(['socle', url], posix)).toEqual({ files: [], refused: [{ arg: url, reason: 'url' }] });
    }
    expect(isUrlLike('C:\\a.socle')).toBe(false);
    expect(isUrlLike('c:/a.socle')).toBe(false);
  });

  it('refuses a file that is not a .socle workshop, saying which', () => {
    expect(launchFiles(['socle', 'notes.txt', 'a.socle', 'archive.socle.zip', 'socle'], posix)).toEqual({
      files: ['/home/ana/ateliers/a.socle'],
      refused: [
        { arg: 'notes.txt', reason: 'not-socle' },
        { arg: 'archive.socle.zip', reason: 'not-socle' },
        { arg: 'socle', reason: 'not-socle' },
      ],
    });
  });

  it('opens a file named twice once', () => {
    expect(launchFiles(['socle', 'a.socle', './a.socle', '/home/ana/ateliers/a.socle'], posix).files).toEqual([
      '/home/ana/ateliers/a.socle',
    ]);
  });

  it('has nothing to open on a plain launch', () => {
    expect(launchFiles(['socle'], posix)).toEqual({ files: [], refused: [] });
    expect(launchFiles([], posix)).toEqual({ files: [], refused: [] });
  });
});

describe('checkFileArg', () => {
  it('returns the absolute path or the refusal', () => {
    expect(checkFileArg('a.socle', '/w', 'darwin')).toBe('/w/a.socle');
    expect(checkFileArg('a.pdf', '/w', 'darwin')).toEqual({ arg: 'a.pdf', reason: 'not-socle' });
  });
});
