// Pure rows for the channel fit list: each channel card with its score and reasons, weakest first, and its name to show.
import { PLATFORMS, findPlatform, normaliseKey, type Platform } from '../../../shared/catalogue';
import { channelFit, type ChannelFit, type CheckInput } from '../../../shared/checks';
import type { Card } from '../../../shared/model';

export interface FitRow {
  card: Card;
  /** The card's title, else its platform's name, else '' (the view says "untitled"). */
  name: string;
  /** The platform's name when the title does not already say it. */
  platform: string | null;
  fit: ChannelFit;
}

/** True when a title only repeats its platform ("Linkedin", "twitter"), so naming the platform again adds nothing. */
function repeats(title: string, p: Platform): boolean {
  const key = normaliseKey(title);
  return [p.id, p.name, ...p.aliases].some((k) => normaliseKey(k) === key);
}

export function fitRows(input: CheckInput, cards: readonly Card[]): FitRow[] {
  const platforms = input.platforms ?? PLATFORMS;
  return cards
    .filter((c) => c.kind === 'channel')
    .map((card) => {
      const p = findPlatform(platforms, card.fields.platform);
      const title = card.title.trim();
      const name = title || p?.name || '';
      return { card, name, platform: p && title && !repeats(title, p) ? p.name : null, fit: channelFit(card, input, platforms) };
    })
    .sort((a, b) => a.fit.score - b.fit.score || a.name.localeCompare(b.name));
}

/** Points rounded for display: whole numbers, as the score is. */
export const points = (n: number): number => Math.round(n);
