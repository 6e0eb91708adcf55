// A kill at any instant of a backup restore leaves the old library or the new one, whole: never a cut-off file
// that the next start would set aside as damaged.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { killDuringChore, prepareChore } from '../../helpers/chore-crash';
import { tempDir } from '../../helpers/host';

const KILLS = 30;

describe('kills during a restore', () => {
  it(`leaves a whole library after ${KILLS} kills at random instants`, async () => {
    const dir = tempDir('socle-restore-kill-');
    const lib = await prepareChore(dir, 'restore', join(dir, 'unused.socle'));
    const damaged: string[] = [];
    let acknowledged = 0;
    for (let i = 0; i < KILLS; i++) {
      const outcome = await killDuringChore(lib, 'restore', 200 + Math.floor(Math.random() * 1300));
      acknowledged += outcome.acknowledged;
      if (outcome.problems.length > 0) damaged.push(`kill ${i + 1}: ${outcome.problems.join('; ')}`);
    }
    expect(damaged).toEqual([]);
    // The kills landed during restores, not only before the first one.
    expect(acknowledged).toBeGreaterThan(KILLS);
    console.log(`restore kills: ${KILLS} kills, ${acknowledged} restores acknowledged, ${damaged.length} damaged`);
  }, 300_000);
});
