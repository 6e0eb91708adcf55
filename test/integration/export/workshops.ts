// Four workshops from nearly empty to complete, built through the host's calls, for the tests of the exported case.
import type { AnswerValue, CardKindName, StepId } from '../../../shared/model';
import { must } from '../../helpers/host';
import { buildFixture, type TestHost } from './fixture';

export interface StoryWorkshop {
  name: string;
  workshopId: string;
  /** The objections raised in the room (card titles), each to appear with its answer. */
  objections: string[];
}

async function answer(host: TestHost, workshopId: string, step: StepId, question: string, value: AnswerValue) {
  await must(host, 'answer.set', { workshopId, step, question: question as never, value });
}

async function card(
  host: TestHost,
  workshopId: string,
  step: StepId,
  kind: CardKindName,
  title: string,
  fields = {},
  body = '',
): Promise<string> {
  return (await must(host, 'card.create', { workshopId, card: { step, kind, title, body, fields } })).value.id;
}

/** A title and nothing else. */
export async function emptyWorkshop(host: TestHost): Promise<StoryWorkshop> {
  return { name: 'empty', workshopId: (await must(host, 'workshop.create', { title: 'Atelier vide' })).id, objections: [] };
}

/** What a first half hour leaves: the cost of doing nothing, an objection with no answer yet, one objective without value. */
export async function nearlyEmptyWorkshop(host: TestHost): Promise<StoryWorkshop> {
  const workshopId = (
    await must(host, 'workshop.create', { title: 'Premier tour', organisation: 'Boulangerie Martin', date: '2026-09-14' })
  ).id;
  await answer(
    host,
    workshopId,
    'context',
    'context.costOfDoingNothing',
    'Deux boulangeries concurrentes captent les commandes de gâteaux passées en ligne.',
  );
  await answer(host, workshopId, 'convince', 'convince.mainObjection', 'no_time');
  const objection = 'Nous n’avons pas le temps de publier';
  await card(host, workshopId, 'convince', 'objection', objection, { raisedBy: 'Gérant' });
  await card(host, workshopId, 'objectives', 'objective', 'Recevoir des commandes de gâteaux en ligne', {
    metric: 'Commandes par mois',
    baseline: 2,
    target: 20,
  });
  return { name: 'nearly-empty', workshopId, objections: [objection] };
}

/** Decided mostly in the questions, few cards: an English workshop of a services firm from its template. */
export async function answersWorkshop(host: TestHost): Promise<StoryWorkshop> {
  const workshopId = (
    await must(host, 'workshop.create', {
      title: 'Board offsite',
      organisation: 'Northwind Advisory',
      sector: 'Consulting',
      date: '2026-10-02',
      language: 'en',
      template: 'b2b_services',
    })
  ).id;
  await answer(host, workshopId, 'swot', 'swot.topStrength', 'Twenty years of client references');
  await answer(host, workshopId, 'swot', 'swot.topWeakness', 'Nobody has written a post since 2021');
  await answer(host, workshopId, 'swot', 'swot.topOpportunity', 'Competitors stay silent on LinkedIn');
  await answer(host, workshopId, 'swot', 'swot.topThreat', 'A bad review answered late');
  await answer(host, workshopId, 'resources', 'resources.annualBudget', 9000);
  await answer(host, workshopId, 'resources', 'resources.hoursPerWeek', 6);
  await answer(host, workshopId, 'governance', 'governance.owner', 'Dana Price, head of marketing');
  await answer(host, workshopId, 'convince', 'convince.sponsor', 'Managing partner');
  await answer(host, workshopId, 'risks', 'risks.decisionMeeting', '2026-10-20');
  await answer(host, workshopId, 'context', 'context.costOfDoingNothing', 'Tenders now ask for our public expertise; we lost two in 2026.');
  const data = await must(host, 'workshop.get', { workshopId });
  const objections = data.cards.filter((c) => c.kind === 'objection').map((c) => c.title);
  const lead = data.cards.find((c) => c.kind === 'objective' && c.fields.type === 'leads');
  if (lead)
    await must(host, 'card.update', {
      workshopId,
      cardId: lead.id,
      patch: { fields: { ...lead.fields, baseline: 2, target: 10, unitValue: 1500 } },
    });
  return { name: 'answers', workshopId, objections };
}

/** The demo's complete workshop, with a snapshot of the plan the room walked in with, values on two objectives. */
export async function completeWorkshop(host: TestHost): Promise<StoryWorkshop> {
  const { workshopId, cardIds } = await buildFixture(host, async (id) => {
    for (const name of ['Facebook', 'TikTok', 'X', 'YouTube', 'Pinterest'])
      await card(host, id, 'channels', 'channel', name, { platform: name.toLowerCase() });
    await must(host, 'snapshot.create', { workshopId: id, name: 'Avant l’atelier' });
    for (const c of (await must(host, 'workshop.get', { workshopId: id })).cards)
      await must(host, 'card.delete', { workshopId: id, cardId: c.id });
  });
  const data = await must(host, 'workshop.get', { workshopId });
  for (const [ref, unitValue] of [
    ['o_sales', 45],
    ['o_recruiting', 120],
  ] as const) {
    const c = data.cards.find((x) => x.id === cardIds.get(ref))!;
    await must(host, 'card.update', { workshopId, cardId: c.id, patch: { fields: { ...c.fields, unitValue } } });
  }
  const objections = data.cards.filter((c) => c.kind === 'objection').map((c) => c.title);
  return { name: 'complete', workshopId, objections };
}

export const STORY_WORKSHOPS = [emptyWorkshop, nearlyEmptyWorkshop, answersWorkshop, completeWorkshop];
