// Builders for check tests and fixtures: cards, links and inputs with sensible defaults, no database needed.
import type { Answer, Card, CardKindName, Link, LinkKind, Participant, StepId } from '../model';
import { STEPS } from '../catalogue/steps';
import type { CheckInput } from './types';

const stepOfKind = new Map<string, StepId>();
for (const s of STEPS) for (const k of s.cardKinds) if (!stepOfKind.has(k)) stepOfKind.set(k, s.id);

let counter = 0;

export function card(kind: CardKindName, fields: Card['fields'] = {}, title = '', id?: string): Card {
  counter += 1;
  return {
    id: id ?? `${kind}-${counter}`,
    workshopId: 'w1',
    step: stepOfKind.get(kind) ?? 'context',
    kind,
    title,
    body: '',
    fields,
    x: 0,
    y: 0,
    width: 220,
    height: 120,
    colour: null,
    createdAt: 0,
    updatedAt: 0,
  };
}

export function link(kind: LinkKind, from: Card | string, to: Card | string): Link {
  counter += 1;
  const id = (c: Card | string) => (typeof c === 'string' ? c : c.id);
  return { id: `link-${counter}`, workshopId: 'w1', kind, fromCard: id(from), toCard: id(to), createdAt: 0 };
}

export function answer(question: string, value: Answer['value']): Answer {
  const step = (question.split('.')[0] ?? 'context') as StepId;
  return { workshopId: 'w1', step, question, value, updatedAt: 0 };
}

export function participant(name: string, department = '', stance: Participant['stance'] = 'neutral'): Participant {
  counter += 1;
  return { id: `p-${counter}`, workshopId: 'w1', name, department, role: '', stance, createdAt: 0 };
}

/** A check input; a fresh object each call, so per-input caches never leak between tests. */
export function input(parts: Partial<CheckInput> = {}): CheckInput {
  return { cards: [], links: [], participants: [], answers: [], today: '2026-01-15', ...parts };
}
