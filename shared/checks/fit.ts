// How well a channel fits the strategy: targets reached, objectives served, formats the team makes, capacity to watch it.
import type { Card } from '../model';
import { isSingular } from '../locale/plural';
import { findFormat, normaliseKey } from '../catalogue/formats';
import { PLATFORMS, findPlatform, platformKey, type Platform } from '../catalogue/platforms';
import type { Text } from '../catalogue/types';
import { capacity } from './capacity';
import { contextOf } from './context';
import { list, str } from './read';
import type { CheckInput } from './types';

export type FitCriterion = 'targets' | 'objectives' | 'formats' | 'monitoring';

export interface FitReason {
  criterion: FitCriterion;
  points: number;
  max: number;
  text: Text;
}

export interface ChannelFit {
  /** 0..100, the rounded sum of the reasons' points. */
  score: number;
  reasons: FitReason[];
}

const share = (good: number, total: number): number => (total === 0 ? 0 : good / total);
const pct = (x: number): string => `${Math.round(x * 100)} %`;
const pctEn = (x: number): string => `${Math.round(x * 100)}%`;
/** One of two texts by the count, each in its language's own plural rule. */
const counted = (n: number, one: Text, many: Text): Text => ({
  fr: isSingular('fr', n) ? one.fr : many.fr,
  en: isSingular('en', n) ? one.en : many.en,
});

/** Targets (30): 10 for reaching any, 20 × the share of them that say they are on this platform. */
function targets(channel: Card, input: CheckInput, platforms: readonly Platform[], key: string | undefined): FitReason {
  const ctx = contextOf(input);
  const personas = ctx
    .from(channel.id, 'reaches')
    .map((l) => ctx.card(l.toCard))
    .filter((c): c is Card => c?.kind === 'persona');
  if (personas.length === 0) {
    return { criterion: 'targets', points: 0, max: 30, text: { fr: 'Ne touche aucune cible.', en: 'Reaches no target.' } };
  }
  // A persona whose whereOnline is blank counts as half: nobody asked, so nobody knows.
  let found = 0;
  for (const p of personas) {
    const places = list(p, 'whereOnline');
    if (places.length === 0) found += 0.5;
    else if (key && places.some((w) => platformKey(platforms, w) === key)) found += 1;
  }
  const s = share(found, personas.length);
  return {
    criterion: 'targets',
    points: 10 + 20 * s,
    max: 30,
    text: counted(
      personas.length,
      {
        fr: `Touche 1 cible ; sa présence déclarée sur ce réseau : ${pct(s)}.`,
        en: `Reaches 1 target; said to be on this network: ${pctEn(s)}.`,
      },
      {
        fr: `Touche ${personas.length} cibles ; ${pct(s)} d’entre elles disent être présentes sur ce réseau.`,
        en: `Reaches ${personas.length} targets; ${pctEn(s)} of them say they are on this network.`,
      },
    ),
  };
}

/** Objectives (30): 10 for serving any, 20 × the share whose type the platform is good for. */
function objectives(channel: Card, input: CheckInput, platform: Platform | undefined): FitReason {
  const ctx = contextOf(input);
  const objs = ctx
    .from(channel.id, 'serves')
    .map((l) => ctx.card(l.toCard))
    .filter((c): c is Card => c?.kind === 'objective');
  if (objs.length === 0) {
    return { criterion: 'objectives', points: 0, max: 30, text: { fr: 'Ne sert aucun objectif.', en: 'Serves no objective.' } };
  }
  let good = 0;
  for (const o of objs) {
    const type = str(o, 'type');
    if (!type || !platform) good += 0.5;
    else if ((platform.objectiveTypes as string[]).includes(type)) good += 1;
  }
  const s = share(good, objs.length);
  return {
    criterion: 'objectives',
    points: 10 + 20 * s,
    max: 30,
    text: counted(
      objs.length,
      { fr: `Sert 1 objectif ; ce réseau lui convient à ${pct(s)}.`, en: `Serves 1 objective; this network suits it at ${pctEn(s)}.` },
      {
        fr: `Sert ${objs.length} objectifs ; ce réseau convient à ${pct(s)} d’entre eux.`,
        en: `Serves ${objs.length} objectives; this network suits ${pctEn(s)} of them.`,
      },
    ),
  };
}

const formatKey = (v: string): string => findFormat(v)?.id ?? normaliseKey(v);
const pillarFormats = new WeakMap<CheckInput, Set<string>>();

/** Formats named on any pillar, computed once per input. */
function teamFormats(input: CheckInput): Set<string> {
  let set = pillarFormats.get(input);
  if (!set) {
    set = new Set(
      contextOf(input)
        .cards('pillar')
        .flatMap((p) => list(p, 'formats').map(formatKey)),
    );
    pillarFormats.set(input, set);
  }
  return set;
}

/** Formats (20): the platform's formats the team plans in its pillars (else on the channel); 2 in common is full marks. */
function formats(channel: Card, input: CheckInput, platform: Platform | undefined): FitReason {
  let team = teamFormats(input);
  if (team.size === 0) team = new Set(list(channel, 'formats').map(formatKey));
  if (!platform || team.size === 0) {
    return { criterion: 'formats', points: 10, max: 20, text: { fr: 'Formats de l’équipe non précisés.', en: 'Team formats not stated.' } };
  }
  const common = platform.formats.filter((f) => team.has(f)).length;
  const s = Math.min(1, common / Math.min(2, platform.formats.length));
  return {
    criterion: 'formats',
    points: 20 * s,
    max: 20,
    text:
      common > 0
        ? counted(
            common,
            { fr: `L’équipe produit 1 format de ce réseau.`, en: `The team makes 1 of this network’s formats.` },
            { fr: `L’équipe produit ${common} formats de ce réseau.`, en: `The team makes ${common} of this network’s formats.` },
          )
        : { fr: 'L’équipe ne produit aucun format de ce réseau.', en: 'The team makes none of this network’s formats.' },
  };
}

/** Monitoring (20): 10 if someone watches it, 10 × available / needed hours (capped at 1). */
function monitoring(channel: Card, input: CheckInput, platforms: readonly Platform[]): FitReason {
  const ctx = contextOf(input);
  const watched = str(channel, 'monitoredBy') !== undefined || ctx.to(channel.id, 'owns').length > 0;
  const cap = capacity(input, platforms);
  const ratio = cap.available <= 0 ? 0 : cap.needed <= 0 ? 1 : Math.min(1, cap.available / cap.needed);
  const who = watched
    ? { fr: 'Quelqu’un le surveille', en: 'Someone watches it' }
    : { fr: 'Personne ne le surveille', en: 'Nobody watches it' };
  return {
    criterion: 'monitoring',
    points: (watched ? 10 : 0) + 10 * ratio,
    max: 20,
    text: {
      fr: `${who.fr} ; l’équipe couvre ${pct(ratio)} des heures nécessaires.`,
      en: `${who.en}; the team covers ${pctEn(ratio)} of the hours needed.`,
    },
  };
}

/** The fit of one channel card; platforms default to the input's list, then the built-in catalogue. */
export function channelFit(channel: Card, input: CheckInput, platforms: readonly Platform[] = input.platforms ?? PLATFORMS): ChannelFit {
  const platform = findPlatform(platforms, channel.fields.platform);
  const key = platformKey(platforms, channel.fields.platform);
  const reasons = [
    targets(channel, input, platforms, key),
    objectives(channel, input, platform),
    formats(channel, input, platform),
    monitoring(channel, input, platforms),
  ];
  const score = Math.round(reasons.reduce((sum, r) => sum + r.points, 0));
  return { score: Math.max(0, Math.min(100, score)), reasons };
}
