// Tests for the objectives.too_many rule: cases where it fires and cases where it stays quiet.
import { describe, expect, it } from 'vitest';
import { card, input } from '../test-kit';
import { objectivesTooMany } from './objectives-too-many';

describe('objectives.too_many', () => {
  it('fires with four objectives and names the lowest priority to drop', () => {
    const cards = [1, 2, 3, 4].map((p) => card('objective', { priority: p }, `Goal ${p}`, `o${p}`));
    const [f] = objectivesTooMany.run(input({ cards }));
    expect(f?.cardIds).toEqual(['o1', 'o2', 'o3', 'o4']);
    expect(f?.fix.en).toContain('“Goal 4”');
    expect(f?.fix.en).not.toContain('Goal 1');
  });
  it('accepts three objectives', () => {
    const cards = [1, 2, 3].map(() => card('objective'));
    expect(objectivesTooMany.run(input({ cards }))).toEqual([]);
  });
});
