// Helpers to write a template once in both languages and turn it into a seed in the requested one.
import type { AnswerValue, CardKindName, LinkKind, Language, SeedCard, Stance, StepId, WorkshopSeed } from '../../model';
import type { Text } from '../types';

/** A value written in both languages, or the same in both (enum values, dates, numbers, platform ids). */
export type BiValue = string | number | boolean | string[] | Text | Text[] | null;

export interface TemplateCard {
  ref: string;
  step: StepId;
  kind: CardKindName;
  title: Text;
  body?: Text;
  fields?: Record<string, BiValue>;
  x?: number;
  y?: number;
}

export interface TemplateContent {
  title: Text;
  organisation: string | Text;
  sector: Text;
  cards: TemplateCard[];
  links: { kind: LinkKind; from: string; to: string }[];
  /** Question ids are `<step>.<name>`, so the step is read from the id. */
  answers: { question: string; value: BiValue }[];
  participants: { name: string; department: string; role: Text; stance: Stance }[];
}

export const bi = (fr: string, en: string): Text => ({ fr, en });

/** Canvas position on a grid of card-sized cells (cards are 220 x 120 by default). */
export const at = (col: number, row: number): { x: number; y: number } => ({ x: 40 + col * 260, y: 40 + row * 160 });

const isText = (v: unknown): v is Text =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as Text).fr === 'string' && typeof (v as Text).en === 'string';

function pick(value: BiValue, language: Language): string | number | boolean | string[] | null {
  if (isText(value)) return value[language];
  if (Array.isArray(value)) return (value as (string | Text)[]).map((v) => (isText(v) ? v[language] : v));
  return value;
}

export function localise(content: TemplateContent, language: Language): WorkshopSeed {
  const cards: SeedCard[] = content.cards.map((c) => ({
    ref: c.ref,
    step: c.step,
    kind: c.kind,
    title: c.title[language],
    ...(c.body ? { body: c.body[language] } : {}),
    ...(c.fields ? { fields: Object.fromEntries(Object.entries(c.fields).map(([k, v]) => [k, pick(v, language)])) } : {}),
    ...(c.x !== undefined ? { x: c.x } : {}),
    ...(c.y !== undefined ? { y: c.y } : {}),
  }));
  return {
    title: content.title[language],
    organisation: isText(content.organisation) ? content.organisation[language] : content.organisation,
    sector: content.sector[language],
    cards,
    links: content.links.map((l) => ({ ...l })),
    answers: content.answers.map((a) => ({
      step: a.question.slice(0, a.question.indexOf('.')) as StepId,
      question: a.question,
      value: pick(a.value, language) as AnswerValue,
    })),
    participants: content.participants.map((p) => ({ ...p, role: p.role[language] })),
  };
}

/** Timeline position: one column of 140 px per month after `origin`, one lane per row. */
export function onTimeline(date: string, origin: string, lane: number): { x: number; y: number } {
  const [y1 = 0, m1 = 1] = origin.split('-').map(Number);
  const [y2 = 0, m2 = 1, d2 = 1] = date.split('-').map(Number);
  const months = (y2 - y1) * 12 + (m2 - m1) + (d2 - 1) / 31;
  return { x: 40 + Math.round(months * 140), y: 40 + lane * 160 };
}

/** Power / interest grid position: interest left to right, power bottom to top (both 1 to 5). */
export const onGrid = (power: number, interest: number): { x: number; y: number } => ({
  x: 40 + (interest - 1) * 240,
  y: 40 + (5 - power) * 150,
});

/** SWOT quadrant position: strengths top left, weaknesses top right, opportunities and threats below. */
export function inQuadrant(quadrant: 'strength' | 'weakness' | 'opportunity' | 'threat', slot: number): { x: number; y: number } {
  const col = quadrant === 'strength' || quadrant === 'opportunity' ? 0 : 2;
  const row = quadrant === 'strength' || quadrant === 'weakness' ? 0 : 2;
  return at(col + (slot % 2), row + Math.floor(slot / 2));
}
