import { describe, expect, it } from 'vitest';
import { STEPS } from '../../../../shared/catalogue';
import type { Card, StepId } from '../../../../shared/model';
import { layoutFor } from '../layout';
import { placeCards } from '../layout/place';
import { testCard, testContext } from '../layout/testCards';
import { LINE_HEIGHT, titlePx } from './cardSize';
import { fitToScreen, screenZoom, type AudienceFrame } from './fitToScreen';
import { wrapLines } from './wrap';

const step = (id: string) => STEPS.find((s) => s.id === id)!;
/** Every character 0.6 em wide. */
const textWidth = (text: string) => text.length * 0.6;
const FRAME: AudienceFrame = {
  width: 1888,
  height: 930,
  floor: 24,
  textWidth,
  untitled: 'Sans titre',
  kindName: (kind) => kind.toUpperCase(),
};
const LONG = 'Sept marques américaines sur dix disaient avoir mesuré un retour sur leurs réseaux';

type Rect = { x: number; y: number; width: number; height: number };
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The board the room sees: where each card is drawn, and the zoom its fit gives. */
function audienceBoard(id: StepId, cards: Card[], frame = FRAME) {
  const ctx = testContext(id, cards);
  const board = fitToScreen(step(id), ctx, frame);
  const model = layoutFor(step(id), { ...ctx, cards: board.cards });
  const at = placeCards(model, board.cards);
  const rects = board.cards.map((c) => ({ card: c, ...at.get(c.id)!, width: c.width, height: c.height }));
  return { board, model, rects, zoom: screenZoom(step(id), ctx, board.cards, frame) };
}

/** Every title whole at the type size the final zoom gives, and no card over another. */
function expectReadable({ board, rects, zoom }: ReturnType<typeof audienceBoard>, frame = FRAME) {
  for (const r of rects) {
    const px = titlePx(r.card.kind, frame.floor, zoom);
    const lines = wrapLines(r.card.title, r.card.width - 28, (t) => textWidth(t) * px).length;
    expect(board.lines.get(r.card.id), r.card.title).toBeGreaterThanOrEqual(lines);
    expect(r.height, r.card.title).toBeGreaterThanOrEqual(lines * LINE_HEIGHT * px + 26);
  }
  for (let i = 0; i < rects.length; i++)
    for (let j = i + 1; j < rects.length; j++)
      expect(overlap(rects[i]!, rects[j]!), `${rects[i]!.card.title} / ${rects[j]!.card.title}`).toBe(false);
}

describe('fitToScreen', () => {
  it('leaves a board whose titles fit as it is', () => {
    const cards = [testCard('note', { step: 'context', title: 'Court', width: 200, height: 120 })];
    const { board } = audienceBoard('context', cards);
    expect(board.cards[0]).toBe(cards[0]);
    expect(board.lines.get(cards[0]!.id)).toBe(1);
  });

  it('makes a long answer taller and pushes the card under it down its column (convince)', () => {
    const long = testCard('evidence', { step: 'convince', title: LONG, x: 560, y: 90, width: 200, height: 120 });
    const under = testCard('rebuttal', { step: 'convince', title: 'Un budget de départ limité', x: 560, y: 230, width: 200, height: 120 });
    const objection = testCard('objection', { step: 'convince', title: 'Pas de budget', x: 40, y: 90, width: 200, height: 120 });
    // Lies in the objections' column, but is evidence: the layout sends it to the answers'.
    const stray = testCard('evidence', { step: 'convince', title: LONG, x: 40, y: 300, width: 200, height: 120 });
    const seen = audienceBoard('convince', [long, under, objection, stray]);
    const tall = seen.board.cards.find((c) => c.id === long.id)!;
    expect(tall.height).toBeGreaterThan(120);
    expect(seen.board.cards.find((c) => c.id === objection.id)).toBe(objection);
    expectReadable(seen);
    // Each in its column.
    for (const r of seen.rects) {
      const home = seen.model.home(r.card)!;
      expect(r.x, r.card.title).toBeGreaterThanOrEqual(home.x);
      expect(r.x + r.width, r.card.title).toBeLessThanOrEqual(home.x + home.width);
    }
  });

  it('sizes cards for the zoom of the board they make, on a board as tall as the screen (governance, free board)', () => {
    const rules = Array.from({ length: 8 }, (_, i) =>
      testCard('governance_rule', {
        step: 'governance',
        title: `${LONG} ${i}`,
        x: 40 + (i % 2) * 220,
        y: 40 + Math.floor(i / 2) * 140,
        width: 200,
        height: 120,
      }),
    );
    expectReadable(audienceBoard('governance', rules));
    const notes = Array.from({ length: 12 }, (_, i) =>
      testCard('note', { step: 'context', title: `${LONG} ${i}`, x: (i % 4) * 240, y: Math.floor(i / 4) * 140, width: 200, height: 120 }),
    );
    expectReadable(audienceBoard('context', notes));
  });

  it('keeps each ranked card in its row and each calendar item in its lane', () => {
    const objectives = [1, 1, 2].map((priority, i) =>
      testCard('objective', { step: 'objectives', title: LONG, fields: { priority }, x: 200 + i * 240, y: 20 + (priority - 1) * 160 }),
    );
    const ranked = audienceBoard('objectives', objectives);
    expectReadable(ranked);
    for (const r of ranked.rects) {
      const row = ranked.model.zones.find((z) => z.id === `row-${r.card.fields.priority as number}`)!;
      expect(r.y).toBeGreaterThanOrEqual(row.y);
      expect(r.y + r.height).toBeLessThanOrEqual(row.y + row.height);
    }
    const items = ['2026-04-01', '2026-07-01'].map((start) =>
      testCard('calendar_item', { step: 'calendar', title: LONG, fields: { type: 'phase', start }, width: 200, height: 110 }),
    );
    expectReadable(audienceBoard('calendar', items));
  });

  it('sizes for a smaller projector at its own floor', () => {
    const long = testCard('evidence', { step: 'convince', title: LONG, x: 560, y: 90, width: 200, height: 120 });
    expectReadable(audienceBoard('convince', [long], { ...FRAME, width: 1248, height: 600, floor: 16 }), { ...FRAME, floor: 16 });
  });
});
