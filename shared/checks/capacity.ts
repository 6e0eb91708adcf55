// The one capacity model: hours a week the plan needs (production + moderation) against hours the team has.
// Every hour figure (findings, gauge, summary, exports) comes from capacity(); nothing else adds hours up.
import type { Card } from '../model';
import { DEFAULT_MINUTES_PER_PIECE, findFormat, type FormatDef } from '../catalogue/formats';
import { DEFAULT_MODERATION_HOURS, PLATFORMS, findPlatform, platformKey, type Platform } from '../catalogue/platforms';
import type { Text } from '../catalogue/types';
import { decisions } from '../decisions';
import { fmt, num, str } from './read';
import type { CheckInput } from './types';

export interface CapacityLine {
  kind: 'production' | 'moderation' | 'available';
  /** The card the line comes from; '' when it comes from a guided question's answer. */
  cardId: string;
  platformId?: string;
  formatId?: string;
  hours: number;
  /** True when a default stood in for an unknown platform or format. */
  estimated: boolean;
  label: Text;
}

export interface Capacity {
  needed: number;
  available: number;
  /** Hours a week to keep every chosen channel alive at its platform's minimum rhythm (see channelUpkeep). */
  upkeep: number;
  lines: CapacityLine[];
}

/** The format a cadence produces: its own, else its platform's first, else none (default minutes). */
export function cadenceFormat(cadence: Card, platform: Platform | undefined): FormatDef | undefined {
  const own = findFormat(cadence.fields.format);
  if (own) return own;
  const first = platform?.formats[0];
  return first ? findFormat(first) : undefined;
}

/** Hours a week to keep a channel alive at its platform's minimum: moderation + minimum posts of its main format. */
export function channelUpkeep(channel: Card, platforms: readonly Platform[]): number {
  const p = findPlatform(platforms, channel.fields.platform);
  if (!p) return DEFAULT_MODERATION_HOURS;
  const first = p.formats[0];
  const minutes = (first && findFormat(first)?.minutesPerPiece) || DEFAULT_MINUTES_PER_PIECE;
  return p.moderationHoursPerWeek + (p.minPostsPerWeek * minutes) / 60;
}

function platformName(card: Card, p: Platform | undefined): string {
  return p?.name ?? str(card, 'platform') ?? (card.title.trim() || '?');
}

function compute(input: CheckInput, platforms: readonly Platform[]): Capacity {
  const decided = decisions(input, platforms);
  const lines: CapacityLine[] = [];
  let cadenceCards = 0;
  for (const c of input.cards) {
    if (c.kind !== 'cadence') continue;
    const posts = num(c, 'postsPerWeek') ?? 0;
    if (posts > 0) cadenceCards += 1;
    const p = findPlatform(platforms, c.fields.platform);
    const f = cadenceFormat(c, p);
    const minutes = f?.minutesPerPiece ?? DEFAULT_MINUTES_PER_PIECE;
    const name = platformName(c, p);
    const h = (posts * minutes) / 60;
    lines.push({
      kind: 'production',
      cardId: c.id,
      platformId: p?.id,
      formatId: f?.id,
      hours: h,
      estimated: !f,
      label: {
        fr: `${name} : ${fmt(posts).fr} × ${f?.label.fr ?? 'contenu'} (${minutes} min) = ${fmt(h).fr} h`,
        en: `${name}: ${fmt(posts).en} × ${f?.label.en ?? 'piece'} (${minutes} min) = ${fmt(h).en} h`,
      },
    });
  }
  // With no cadence card, the all-channel posts answer stands in, at the default time per piece.
  const total = decided.cadence.value?.total;
  if (cadenceCards === 0 && total !== undefined && total > 0) {
    const h = (total * DEFAULT_MINUTES_PER_PIECE) / 60;
    lines.push({
      kind: 'production',
      cardId: '',
      hours: h,
      estimated: true,
      label: {
        fr: `Tous canaux : ${fmt(total).fr} × contenu (${DEFAULT_MINUTES_PER_PIECE} min) = ${fmt(h).fr} h`,
        en: `All channels: ${fmt(total).en} × piece (${DEFAULT_MINUTES_PER_PIECE} min) = ${fmt(h).en} h`,
      },
    });
  }
  // Two channel cards on the same platform are one presence to watch, so moderation counts once.
  const seen = new Set<string>();
  let upkeep = 0;
  for (const c of input.cards) {
    if (c.kind !== 'channel') continue;
    const key = platformKey(platforms, c.fields.platform) ?? `card:${c.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    upkeep += channelUpkeep(c, platforms);
    const p = findPlatform(platforms, c.fields.platform);
    const h = p?.moderationHoursPerWeek ?? DEFAULT_MODERATION_HOURS;
    const name = platformName(c, p);
    lines.push({
      kind: 'moderation',
      cardId: c.id,
      platformId: p?.id,
      hours: h,
      estimated: !p,
      label: { fr: `${name} : veille et modération = ${fmt(h).fr} h`, en: `${name}: monitoring and moderation = ${fmt(h).en} h` },
    });
  }
  for (const c of input.cards) {
    if (c.kind !== 'person') continue;
    const h = num(c, 'hoursPerWeek');
    if (h === undefined) continue;
    const who = c.title.trim() || str(c, 'role') || '?';
    lines.push({
      kind: 'available',
      cardId: c.id,
      hours: h,
      estimated: false,
      label: { fr: `${who} : ${fmt(h).fr} h disponibles`, en: `${who}: ${fmt(h).en} h available` },
    });
  }
  // With no person card stating hours, the team's hours answer stands in.
  const hours = decided.peopleHours;
  if (hours.decided && hours.cardIds.length === 0 && hours.value !== undefined) {
    lines.push({
      kind: 'available',
      cardId: '',
      hours: hours.value,
      estimated: false,
      label: { fr: `Équipe (réponse) : ${fmt(hours.value).fr} h disponibles`, en: `Team (answer): ${fmt(hours.value).en} h available` },
    });
  }
  let needed = 0;
  let available = 0;
  for (const l of lines) {
    if (l.kind === 'available') available += l.hours;
    else needed += l.hours;
  }
  return { needed, available, upkeep, lines };
}

const memo = new WeakMap<CheckInput, WeakMap<readonly Platform[], Capacity>>();

/** Capacity of a workshop for a platform list; computed once per input and list. */
export function capacity(input: CheckInput, platforms: readonly Platform[] = input.platforms ?? PLATFORMS): Capacity {
  let byList = memo.get(input);
  if (!byList) memo.set(input, (byList = new WeakMap()));
  let result = byList.get(platforms);
  if (!result) byList.set(platforms, (result = compute(input, platforms)));
  return result;
}
