// The QR code of the room: the right size for its text, with its three finder patterns where scanners look.
import { describe, expect, it } from 'vitest';
import { qrShape } from './qr';

const dark = (path: string, col: number, row: number) => path.includes(`M${col} ${row}h1v1h-1z`);

describe('qrShape', () => {
  it('draws a version that fits a room address, finder patterns in three corners', () => {
    const { size, path } = qrShape('http://192.168.1.23:53127/#code=123456');
    expect(size).toBeGreaterThanOrEqual(25);
    expect((size - 17) % 4).toBe(0);
    for (const [col, row] of [
      [0, 0],
      [6, 6],
      [size - 1, 0],
      [0, size - 1],
    ]) {
      expect(dark(path, col ?? 0, row ?? 0), `${col},${row}`).toBe(true);
    }
    // A finder pattern: dark frame, light ring, dark centre, light separator.
    expect([dark(path, 1, 1), dark(path, 3, 3), dark(path, 7, 7)]).toEqual([false, true, false]);
  });

  it('grows with the text', () => {
    expect(qrShape('x'.repeat(200)).size).toBeGreaterThan(qrShape('http://10.0.0.2:5000/').size);
  });
});
