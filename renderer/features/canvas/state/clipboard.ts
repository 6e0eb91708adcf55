// Copy and paste of cards: the drafts of the copies, shifted so they do not hide the originals.
import type { Card, CardDraft } from '../../../../shared/model';

export const PASTE_OFFSET = 40;

/** Drafts of copies of `cards` on `step`, moved by `times` offsets (the n-th paste of the same cards lands further). */
export function pasteDrafts(cards: readonly Card[], step: Card['step'], times = 1): CardDraft[] {
  const d = PASTE_OFFSET * times;
  return cards.map((c) => ({
    step,
    kind: c.kind,
    title: c.title,
    body: c.body,
    fields: { ...c.fields },
    x: c.x + d,
    y: c.y + d,
    width: c.width,
    height: c.height,
    colour: c.colour,
  }));
}
