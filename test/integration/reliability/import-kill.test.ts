// A kill at any instant of an import (checks on the worker, steps of rows, the last commit) leaves the library as it
// was or with the whole workshop: once opened again, never half a workshop, never an import still marked unfinished.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { killDuringChore, prepareChore } from '../../helpers/chore-crash';
import { tempDir } from '../../helpers/host';

const KILLS = 8;

describe('kills during an import', () => {
  it(`leaves no half workshop after ${KILLS} kills at random instants`, async () => {
    const dir = tempDir('socle-import-kill-');
    const lib = await prepareChore(dir, 'import', join(dir, 'big.socle'));
    const damaged: string[] = [];
    let acknowledged = 0;
    let caughtWriting = 0;
    for (let i = 0; i < KILLS; i++) {
      const outcome = await killDuringChore(lib, 'import', 100 + Math.floor(Math.random() * 2500));
      acknowledged += outcome.acknowledged;
      caughtWriting += outcome.unfinished > 0 ? 1 : 0;
      if (outcome.problems.length > 0) damaged.push(`kill ${i + 1}: ${outcome.problems.join('; ')}`);
    }
    expect(damaged).toEqual([]);
    console.log(
      `import kills: ${KILLS} kills, ${caughtWriting} mid-write, ${acknowledged} imports acknowledged, ${damaged.length} damaged`,
    );
  }, 600_000);
});
