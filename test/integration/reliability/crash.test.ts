// Crash safety: SIGKILL the host in the middle of a stream of edits; every acknowledged edit survives.
import { describe, expect, it } from 'vitest';
import { crashOnce, prepareLibrary } from '../../helpers/crash';
import { tempDir } from '../../helpers/host';

const KILLS = 8;

describe('crash safety', () => {
  it(`keeps every acknowledged edit through ${KILLS} kills at random moments`, async () => {
    const dir = tempDir('socle-crash-');
    const workshopId = await prepareLibrary(dir);
    let total = 0;
    for (let i = 0; i < KILLS; i++) {
      const outcome = await crashOnce(dir, workshopId, 20 + Math.floor(Math.random() * 250));
      expect(outcome.integrity).toBe('ok');
      expect(outcome.lost).toEqual([]);
      total += outcome.acknowledged;
    }
    expect(total).toBeGreaterThan(KILLS);
  }, 120_000);
});
