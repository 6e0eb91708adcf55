// What a card need not say on its canvas because its step or its zone already says it: its kind ("Objective" on the
// objectives step, "Risk" in the risks column) and the fields its zone stands for ("Quadrant: Strength" in Strengths).
import type { Card } from '../../../../shared/model';
import type { LayoutModel } from '../layout';

export interface CardSays {
  /** The kind's name is drawn: the step mixes kinds and the card's zone does not name its kind. */
  kind: boolean;
  /** Fields left out: their value is the name of the zone the card lies in. */
  hide: ReadonlySet<string>;
}

/** Kinds any step may hold beside its own (they never make a step "mixed"). */
const ANYWHERE = new Set(['sticky', 'group']);
const NOTHING: ReadonlySet<string> = new Set();

/** The kinds a step is about: its catalogue kinds, less the ones every step has. */
export const ownKinds = (stepKinds: readonly string[]): string[] => stepKinds.filter((k) => !ANYWHERE.has(k));

export function cardSays(card: Card, model: LayoutModel, stepKinds: readonly string[]): CardSays {
  const own = ownKinds(stepKinds);
  const home = model.home(card);
  const stepSays = own.length === 1 && own[0] === card.kind;
  const zoneSays = home?.kinds?.length === 1 && home.kinds[0] === card.kind;
  let hide = NOTHING;
  if (home?.assign) {
    const said = Object.entries(home.assign)
      .filter(([key, value]) => value !== null && JSON.stringify(card.fields[key]) === JSON.stringify(value))
      .map(([key]) => key);
    if (said.length > 0) hide = new Set(said);
  }
  return { kind: !ANYWHERE.has(card.kind) && !stepSays && !zoneSays, hide };
}
