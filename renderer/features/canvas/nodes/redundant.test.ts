// A card does not repeat what its step or zone says: its kind on a one-kind step or in a column of its kind, the
// quadrant inside that quadrant; it keeps its kind where the step mixes kinds.
import { describe, expect, it } from 'vitest';
import { stepById } from '../../../../shared/catalogue';
import type { StepId } from '../../../../shared/model';
import { layoutFor } from '../layout';
import { testCard, testContext } from '../layout/testCards';
import { cardSays } from './redundant';

const kindsOf = (step: StepId) => stepById(step)!.cardKinds;

function says(step: StepId, card: ReturnType<typeof testCard>) {
  const model = layoutFor(stepById(step)!, testContext(step, [card]));
  return cardSays(card, model, kindsOf(step));
}

describe('cardSays', () => {
  it('leaves the kind and the quadrant to a SWOT quadrant', () => {
    const card = testCard('swot', { step: 'swot', fields: { quadrant: 'strength', mitigation: 'x' } });
    const result = says('swot', card);
    expect(result.kind).toBe(false);
    expect([...result.hide]).toEqual(['quadrant']);
  });

  it('keeps the kinds apart on a step that mixes them with no zone per kind', () => {
    expect(says('content', testCard('pillar', { step: 'content' })).kind).toBe(true);
    expect(says('content', testCard('cadence', { step: 'content' })).kind).toBe(true);
    expect(says('resources', testCard('person', { step: 'resources' })).kind).toBe(true);
  });

  it('leaves the kind to a column that holds only that kind', () => {
    expect(says('convince', testCard('objection', { step: 'convince' })).kind).toBe(false);
    // "Answers and evidence" holds two kinds: each card says which it is.
    expect(says('convince', testCard('evidence', { step: 'convince' })).kind).toBe(true);
    expect(says('risks', testCard('decision', { step: 'risks' })).kind).toBe(false);
  });

  it('leaves the kind to a step of one kind, but a note on it still says it is a note', () => {
    expect(says('objectives', testCard('objective', { step: 'objectives', fields: { priority: 2 } })).kind).toBe(false);
    expect(says('objectives', testCard('note', { step: 'objectives' })).kind).toBe(true);
  });

  it('keeps a field whose value is not the zone’s', () => {
    const card = testCard('objective', { step: 'objectives', fields: { priority: 2, type: 'sales' } });
    expect([...says('objectives', card).hide]).toEqual(['priority']);
    expect([...says('objectives', testCard('objective', { step: 'objectives' })).hide]).toEqual([]);
  });
});

describe('cardSays on the calendar', () => {
  it('leaves the type to the lane of that type', () => {
    const card = testCard('calendar_item', { step: 'calendar', fields: { type: 'milestone', start: '2026-04-01' } });
    expect([...says('calendar', card).hide]).toEqual(['type']);
    expect(says('calendar', card).kind).toBe(false);
  });
});
