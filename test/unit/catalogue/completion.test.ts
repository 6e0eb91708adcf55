// Step completion and workshop progress: the documented rule, from empty to complete.
import { describe, expect, it } from 'vitest';
import { STEPS, mainKinds, seedFor, stepById, stepCompletion, workshopProgress } from '../../../shared/catalogue';
import { sampleAnswer } from './helpers';

const allRequired = () =>
  STEPS.flatMap((s) => s.questions.filter((q) => q.required).map((q) => ({ question: q.id, value: sampleAnswer(q) })));
const oneCardPerStep = () => STEPS.map((s) => ({ step: s.id, kind: mainKinds(s)[0]! }));

describe('completion', () => {
  it('is 0 for an empty workshop', () => {
    expect(workshopProgress([], [])).toBe(0);
    for (const s of STEPS) expect(stepCompletion(s, [], [])).toBe(0);
  });

  it('is 1 when every required question is answered and every step has a main card', () => {
    for (const s of STEPS) expect(mainKinds(s).length, s.id).toBeGreaterThan(0);
    expect(workshopProgress(allRequired(), oneCardPerStep())).toBe(1);
  });

  it('goes up with each required answer added', () => {
    const answers = allRequired();
    let last = workshopProgress([], []);
    for (let i = 1; i <= answers.length; i++) {
      const now = workshopProgress(answers.slice(0, i), []);
      expect(now).toBeGreaterThan(last);
      last = now;
    }
    expect(last).toBeLessThan(1);
  });

  it('counts the canvas only for a main kind placed on the step itself', () => {
    const objectives = stepById('objectives')!;
    const required = objectives.questions.filter((q) => q.required).length;
    expect(stepCompletion(objectives, [], [{ step: 'objectives', kind: 'objective' }])).toBeCloseTo(1 / (required + 1));
    expect(stepCompletion(objectives, [], [{ step: 'objectives', kind: 'sticky' }])).toBe(0);
    expect(stepCompletion(objectives, [], [{ step: 'targets', kind: 'objective' }])).toBe(0);
  });

  it('ignores optional questions, blank answers and answers of the wrong type', () => {
    const governance = stepById('governance')!;
    expect(stepCompletion(governance, [{ question: 'governance.training', value: true }], [])).toBe(0);
    expect(stepCompletion(governance, [{ question: 'governance.owner', value: '  ' }], [])).toBe(0);
    expect(stepCompletion(governance, [{ question: 'governance.maxValidationHours', value: 'soon' }], [])).toBe(0);
    expect(stepCompletion(governance, [{ question: 'governance.owner', value: 'Camille' }], [])).toBeGreaterThan(0);
  });

  it('shows the demo well advanced but not finished', () => {
    const seed = seedFor('demo', 'en')!;
    const progress = workshopProgress(seed.answers, seed.cards);
    expect(progress).toBeGreaterThan(0.8);
    expect(progress).toBeLessThan(1);
  });
});
