// A stand-in for an unpacked Electron (its fuse wire and the files electron-builder copies), so the
// packaging can be run and inspected here, where the real Electron cannot be downloaded.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Byte values @electron/fuses writes: '0' off, '1' on. */
export const FUSE_STATE = { off: 48, on: 49 } as const;

// Electron's fuse wire: a sentinel, the wire version (1), its length, then one byte per fuse. Set to
// Electron's defaults, so a test sees the hook change them.
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const DEFAULTS = [49, 48, 49, 49, 48, 48, 48, 49];

export function fakeElectronBinary(): Buffer {
  const wire = Buffer.from([1, DEFAULTS.length, ...DEFAULTS]);
  return Buffer.concat([Buffer.from('#!/bin/sh\necho "not Electron"\n# '), Buffer.from(SENTINEL), wire, Buffer.from('\n')]);
}

/** A Linux Electron distribution as electronDist expects it: the executable, locales, licences. */
export function writeFakeElectronDist(dir: string, version: string): void {
  mkdirSync(join(dir, 'locales'), { recursive: true });
  mkdirSync(join(dir, 'resources'), { recursive: true });
  writeFileSync(join(dir, 'electron'), fakeElectronBinary());
  chmodSync(join(dir, 'electron'), 0o755);
  for (const locale of ['en-US', 'fr', 'de', 'ja']) writeFileSync(join(dir, 'locales', `${locale}.pak`), 'pak');
  writeFileSync(join(dir, 'version'), version);
  writeFileSync(join(dir, 'LICENSE'), 'MIT');
  writeFileSync(join(dir, 'LICENSES.chromium.html'), '<!doctype html>');
}
