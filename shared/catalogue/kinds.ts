// Labels, colours and typed field definitions of every card kind, in the order of CARD_KINDS.
import { CARD_KINDS, type CardKindName } from '../model';
import { ORGANISATION_KINDS } from './card-kinds/organisation';
import { PERSUASION_KINDS } from './card-kinds/persuasion';
import { PLAN_KINDS } from './card-kinds/plan';
import type { CardKindDef } from './types';

const byKind = new Map<string, CardKindDef>([...PERSUASION_KINDS, ...PLAN_KINDS, ...ORGANISATION_KINDS].map((d) => [d.kind, d]));

export const CARD_KIND_DEFS: CardKindDef[] = CARD_KINDS.map((kind) => {
  const def = byKind.get(kind);
  if (!def) throw new Error(`card kind "${kind}" has no definition in the catalogue`);
  return def;
});

/** The definition of a card kind; undefined for a kind the catalogue does not know. */
export function kindDef(kind: CardKindName | string): CardKindDef | undefined {
  return byKind.get(kind);
}
