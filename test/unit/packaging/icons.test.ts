// The icons in build/: drawn once as SVG, rendered to every size each system asks for, all committed.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const build = join(import.meta.dirname, '..', '..', '..', 'build');
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('icons', () => {
  it('has the source drawing, self-contained', () => {
    const svg = readFileSync(join(build, 'icon.svg'), 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    // Nothing the drawing would load: no image, no external reference.
    expect(svg).not.toMatch(/<image|xlink:href|href="(?!#)|url\((?!#)/);
  });

  it('has a square PNG for every size Linux looks for, named as electron-builder expects', () => {
    for (const size of SIZES) {
      const file = join(build, 'icons', `${size}x${size}.png`);
      expect(existsSync(file), file).toBe(true);
      expect(pngSize(readFileSync(file))).toEqual({ width: size, height: size });
    }
    expect(pngSize(readFileSync(join(build, 'icon.png')))).toEqual({ width: 1024, height: 1024 });
  });

  it('has a Windows .ico holding 16 to 256', () => {
    const ico = readFileSync(join(build, 'icon.ico'));
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    // In the directory a width of 0 means 256.
    const widths = Array.from({ length: count }, (_, i) => ico[6 + i * 16] || 256);
    expect(widths).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it('has a macOS .icns up to 1024', () => {
    const icns = readFileSync(join(build, 'icon.icns'));
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types: string[] = [];
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) types.push(icns.toString('latin1', at, at + 4));
    // ic08, ic09, ic10: 256, 512 and 1024 pixels (the last is the 512@2x Retina icon).
    expect(types).toEqual(expect.arrayContaining(['is32', 'il32', 'ic08', 'ic09', 'ic10']));
  });
});
