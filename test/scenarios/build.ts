// Builds a scenario workshop through the host's calls (the contract), then reads it back as stored.
import type { AnswerValue, LinkKind, Stance, StepId, WorkshopData } from '../../shared/model';
import { must, type makeHost } from '../helpers/host';

export interface ScenarioCard {
  ref: string;
  step: StepId;
  kind: string;
  title: string;
  fields?: Record<string, unknown>;
  body?: string;
}

export interface Scenario {
  name: string;
  organisation: string;
  sector: string;
  date: string;
  cards: ScenarioCard[];
  links?: [LinkKind, string, string][];
  answers?: [string, AnswerValue][];
  participants?: { name: string; department: string; role?: string; stance?: Stance }[];
  /** Rules a consultant expects to fire. */
  expect: string[];
  /** Rules that must stay quiet: the group decided it, or it is not a problem here. */
  forbid: string[];
}

export async function build(host: ReturnType<typeof makeHost>, s: Scenario): Promise<WorkshopData> {
  const workshopId = (
    await must(host, 'workshop.create', {
      title: s.name,
      organisation: s.organisation,
      sector: s.sector,
      date: s.date,
      language: 'fr',
    })
  ).id;
  const ids = new Map<string, string>();
  for (const c of s.cards) {
    const made = (
      await must(host, 'card.create', {
        workshopId,
        card: { step: c.step, kind: c.kind, title: c.title, body: c.body ?? '', fields: (c.fields ?? {}) as never },
      })
    ).value;
    ids.set(c.ref, made.id);
  }
  for (const [kind, from, to] of s.links ?? []) {
    await must(host, 'link.create', { workshopId, kind, fromCard: ids.get(from)!, toCard: ids.get(to)! });
  }
  for (const p of s.participants ?? []) {
    await must(host, 'participant.create', {
      workshopId,
      participant: { name: p.name, department: p.department, role: p.role ?? '', stance: p.stance ?? 'neutral' },
    });
  }
  for (const [question, value] of s.answers ?? []) {
    await must(host, 'answer.set', { workshopId, step: question.split('.')[0] as StepId, question, value });
  }
  return await must(host, 'workshop.get', { workshopId });
}
