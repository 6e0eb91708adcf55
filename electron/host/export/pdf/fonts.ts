// The Inter font files the PDFs embed, read once from assets/fonts (bundled with the app, never fetched).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';

export const FONT_FILES = {
  regular: 'inter-latin-400-normal.woff',
  italic: 'inter-latin-400-italic.woff',
  semibold: 'inter-latin-600-normal.woff',
  bold: 'inter-latin-700-normal.woff',
} as const;
export type FontName = keyof typeof FONT_FILES;

function here(): string {
  // The bundled main process is CommonJS (__dirname); the sources run as ES modules (import.meta.url).
  if (typeof __dirname === 'string') return __dirname;
  return dirname(fileURLToPath(import.meta.url));
}

/** assets/fonts: beside the packaged app's resources, or found by walking up from this module. */
export function fontsDir(): string {
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  const candidates = [
    process.env.SOCLE_ASSETS_DIR && join(process.env.SOCLE_ASSETS_DIR, 'fonts'),
    resources && join(resources, 'assets', 'fonts'),
  ];
  for (let dir = here(), i = 0; i < 8; i++, dir = dirname(dir)) candidates.push(join(dir, 'assets', 'fonts'));
  candidates.push(join(process.cwd(), 'assets', 'fonts'));
  const found = candidates.find((d): d is string => !!d && existsSync(join(d, FONT_FILES.regular)));
  if (!found) throw new Error(`the Inter font files were not found (looked for assets/fonts/${FONT_FILES.regular})`);
  return found;
}

/**
 * WOFF 1.0 to plain TrueType: the same tables, inflated. fontkit reads WOFF but inflates a table on every
 * access, which made laying out a long document take seconds; a TrueType buffer is read in place.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') return woff;
  const numTables = woff.readUInt16BE(12);
  const tables: { tag: string; checksum: number; data: Buffer }[] = [];
  for (let i = 0; i < numTables; i++) {
    const e = 44 + i * 20;
    const offset = woff.readUInt32BE(e + 4);
    const compLength = woff.readUInt32BE(e + 8);
    const origLength = woff.readUInt32BE(e + 12);
    const raw = woff.subarray(offset, offset + compLength);
    tables.push({
      tag: woff.toString('latin1', e, e + 4),
      checksum: woff.readUInt32BE(e + 16),
      data: compLength < origLength ? inflateSync(raw) : raw,
    });
  }
  const pow = 2 ** Math.floor(Math.log2(numTables));
  const head = Buffer.alloc(12 + numTables * 16);
  head.writeUInt32BE(woff.readUInt32BE(4), 0);
  head.writeUInt16BE(numTables, 4);
  head.writeUInt16BE(pow * 16, 6);
  head.writeUInt16BE(Math.log2(pow), 8);
  head.writeUInt16BE(numTables * 16 - pow * 16, 10);
  const bodies: Buffer[] = [];
  let offset = head.length;
  tables.forEach((t, i) => {
    head.write(t.tag, 12 + i * 16, 'latin1');
    head.writeUInt32BE(t.checksum, 16 + i * 16);
    head.writeUInt32BE(offset, 20 + i * 16);
    head.writeUInt32BE(t.data.length, 24 + i * 16);
    const padded = Buffer.alloc(Math.ceil(t.data.length / 4) * 4);
    t.data.copy(padded);
    bodies.push(padded);
    offset += padded.length;
  });
  return Buffer.concat([head, ...bodies]);
}

let cache: Record<FontName, Buffer> | null = null;

export function fontBuffers(): Record<FontName, Buffer> {
  if (!cache) {
    const dir = fontsDir();
    cache = {
      regular: woffToSfnt(readFileSync(join(dir, FONT_FILES.regular))),
      italic: woffToSfnt(readFileSync(join(dir, FONT_FILES.italic))),
      semibold: woffToSfnt(readFileSync(join(dir, FONT_FILES.semibold))),
      bold: woffToSfnt(readFileSync(join(dir, FONT_FILES.bold))),
    };
  }
  return cache;
}
