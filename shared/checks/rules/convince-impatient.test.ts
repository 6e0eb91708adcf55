// Tests for the convince.impatient rule: patience or first-judgement answers under six months fire, marked as Socle's rule of thumb.
import { describe, expect, it } from 'vitest';
import { answer, input } from '../test-kit';
import { convinceImpatient } from './convince-impatient';

describe('convince.impatient', () => {
  it('fires on either answer under six months, saying both when both are short', () => {
    const [f] = convinceImpatient.run(
      input({ answers: [answer('convince.patienceMonths', 3), answer('measurement.firstJudgementMonths', 2)] }),
    );
    expect(f?.message.en).toContain('Management will judge after 3 months; Results will be judged after 2 months');
    expect(f?.ruleOfThumb?.en).toContain('Socle uses six months');
    expect(convinceImpatient.run(input({ answers: [answer('measurement.firstJudgementMonths', 4)] }))).toHaveLength(1);
  });
  it('stays quiet at six months or more, or unanswered', () => {
    expect(
      convinceImpatient.run(input({ answers: [answer('convince.patienceMonths', 6), answer('measurement.firstJudgementMonths', 12)] })),
    ).toEqual([]);
    expect(convinceImpatient.run(input())).toEqual([]);
  });
});
