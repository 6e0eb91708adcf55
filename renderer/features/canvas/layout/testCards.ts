// Cards for the layout tests: only what a layout reads, the rest filled in.
import type { Card, CardKindName, StepId } from '../../../../shared/model';
import type { LayoutContext } from './types';

let seq = 0;

export function testCard(kind: CardKindName, over: Partial<Card> = {}): Card {
  seq += 1;
  return {
    id: `c${seq}`,
    workshopId: 'w',
    step: 'context',
    kind,
    title: `${kind} ${seq}`,
    body: '',
    fields: {},
    x: 0,
    y: 0,
    width: 220,
    height: 120,
    colour: null,
    createdAt: seq,
    updatedAt: seq,
    ...over,
  };
}

export function testContext(step: StepId, cards: Card[], more: Partial<LayoutContext> = {}): LayoutContext {
  return { step, cards: cards.filter((c) => c.step === step), allCards: cards, links: [], today: '2026-03-10', ...more };
}
