// How a card looks on any canvas: its colour (its own, else its kind's) and the class names of its frame.
import type { CSSProperties } from 'react';
import { kindDef } from '../../../../shared/catalogue';
import type { Card, Language } from '../../../../shared/model';
import { pick } from '../../../i18n';

const FALLBACK = '#8a94a6';

/** A kind's name as a card's label shows it, in the interface's language (its id when the catalogue has no such kind). */
export function kindName(kind: string, language: Language): string {
  const def = kindDef(kind);
  return def ? pick(def.label, language) : kind;
}

export const cardColour = (card: Pick<Card, 'colour' | 'kind'>): string => card.colour ?? kindDef(card.kind)?.colour ?? FALLBACK;

/** The colour as the CSS variable the card styles read. */
export const colourStyle = (card: Pick<Card, 'colour' | 'kind'>): CSSProperties => ({ '--cn-colour': cardColour(card) }) as CSSProperties;

/** A card's frame: its colour, and in the room's view the lines its title was given room for (the title's clamp). */
export const cardStyle = (card: Pick<Card, 'colour' | 'kind'>, lines: number | null | undefined): CSSProperties =>
  lines ? ({ ...colourStyle(card), '--title-lines': lines } as CSSProperties) : colourStyle(card);

export function cardClass(kind: string, selected: boolean): string {
  return `cn cn--${kind}${kind === 'sticky' ? ' cn--sticky' : ''}${kind === 'group' ? ' cn--group' : ''}${selected ? ' cn--selected' : ''}`;
}
