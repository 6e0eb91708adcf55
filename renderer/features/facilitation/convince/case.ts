// Step 2 for the room: the workshop's objections with their state and answers, its evidence, and the library's (pure).
import { EVIDENCE, OBJECTIONS } from '../../../../shared/catalogue';
import type { Card, WorkshopData } from '../../../../shared/model';

/** open: no answer yet (what the diagnostics rule reports); linked: an answer is linked but not marked; answered: marked. */
export type ObjectionState = 'open' | 'linked' | 'answered';

export interface ObjectionView {
  card: Card;
  state: ObjectionState;
  /** Rebuttal or evidence cards linked to it by an `answers` link. */
  answers: Card[];
}

export function objectionViews(data: WorkshopData): ObjectionView[] {
  const byId = new Map(data.cards.map((c) => [c.id, c]));
  return data.cards
    .filter((c) => c.kind === 'objection')
    .sort((a, b) => a.createdAt - b.createdAt)
    .map((card) => {
      const answers = data.links
        .filter((l) => l.kind === 'answers' && l.toCard === card.id)
        .map((l) => byId.get(l.fromCard))
        .filter((c): c is Card => !!c);
      const state: ObjectionState = card.fields.status === 'answered' ? 'answered' : answers.length > 0 ? 'linked' : 'open';
      return { card, state, answers };
    });
}

/** Objections still waiting for an answer: the skeptics are not convinced yet. */
export const openObjections = (data: WorkshopData): number => objectionViews(data).filter((o) => o.state === 'open').length;

/** Skeptics first, then the rest: open ones ahead of answered ones. */
export const ORDER: Record<ObjectionState, number> = { open: 0, linked: 1, answered: 2 };

export const evidenceCards = (data: WorkshopData): Card[] =>
  data.cards.filter((c) => c.kind === 'evidence').sort((a, b) => a.createdAt - b.createdAt);

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');

/** What a workshop evidence card says on a big card: the figure, what it means, where it comes from. */
export function evidenceFace(card: Card): { figure: string; statement: string; source: string } {
  const figure = text(card.fields.figure) || card.title;
  const statement = figure === card.title ? card.body : [card.title, card.body].filter(Boolean).join(' — ');
  const source = [text(card.fields.source), text(card.fields.year)].filter(Boolean).join(', ');
  return { figure, statement, source };
}

/** The library's objections, the one the group expects first at the top. */
export function libraryObjections(mainObjection: unknown) {
  return [...OBJECTIONS].sort((a, b) => Number(b.id === mainObjection) - Number(a.id === mainObjection));
}

/** The library's evidence, what answers the expected objection first. */
export function libraryEvidence(mainObjection: unknown) {
  const helps = (answers: readonly string[]) => Number(typeof mainObjection === 'string' && answers.includes(mainObjection));
  return [...EVIDENCE].sort((a, b) => helps(b.answers) - helps(a.answers));
}
