// Diagnostics actions through the workshop store: quick-fix cards created and linked in order, findings accepted and reopened.
import { describe, expect, it } from 'vitest';
import { card as checkCard } from '../../../shared/checks/test-kit';
import { fakeClient } from '../../stores/fakeClient';
import { data, put } from '../../stores/fixtures';
import { createWorkshopStore } from '../../stores/workshop';
import { diagnosticsActions } from './actions';
import { planFix } from './quickFixes';

const history = { canUndo: true, canRedo: false };
const objective = checkCard('objective', {}, 'Notoriété', 'o1');

const findingKey = (input: Record<string, unknown>) => ({
  workshop_id: 'w1',
  rule_id: String(input.ruleId),
  card_key: String(input.cardKey),
});

async function setup() {
  let n = 0;
  let links = 0;
  const fake = fakeClient({
    'workshop.get': () => ({ ok: true, value: data({ cards: [objective] }) }),
    'card.create': (input) => {
      const made = { ...objective, ...(input.card as object), id: `new${++n}`, createdAt: 2, updatedAt: 2 };
      return { ok: true, value: { value: made, history, rows: [put('cards', made)] } };
    },
    'link.create': (input) => {
      const link = { id: `l${++links}`, workshopId: 'w1', kind: input.kind, fromCard: input.fromCard, toCard: input.toCard, createdAt: 2 };
      return { ok: true, value: { value: link, history, rows: [put('links', link)] } };
    },
    // As the host answers: the record, and the row it wrote (keyed as the table is).
    'finding.accept': (input) => {
      const record = { ruleId: input.ruleId, cardKey: input.cardKey, reason: input.reason, acceptedAt: 3 };
      return { ok: true, value: { value: record, history, rows: [put('accepted_findings', record, findingKey(input))] } };
    },
    'finding.reopen': (input) => ({
      ok: true,
      value: {
        value: { ruleId: input.ruleId, cardKey: input.cardKey },
        history,
        rows: [{ table: 'accepted_findings', key: findingKey(input), removed: true }],
      },
    }),
  });
  const store = createWorkshopStore(fake.client);
  await store.getState().load('w1');
  return { fake, store, actions: diagnosticsActions(fake.client, store) };
}

describe('diagnosticsActions', () => {
  it('creates a KPI then links it to its objective, and the store holds both', async () => {
    const { fake, store, actions } = await setup();
    const plan = planFix({ kind: 'add_kpi', objectiveIds: ['o1'] }, store.getState().data!, 'fr');
    expect(plan?.kind).toBe('create');
    const result = await actions.create(plan as Extract<typeof plan, { kind: 'create' }>);
    expect(result.ok && result.value.map((c) => c.kind)).toEqual(['kpi']);
    expect(fake.calls.map((c) => c.name)).toEqual(['workshop.get', 'card.create', 'link.create']);
    expect(fake.calls[2]!.input).toMatchObject({ kind: 'measures', fromCard: 'new1', toCard: 'o1' });
    expect(store.getState().data!.links).toHaveLength(1);
    expect(store.getState().data!.cards.map((c) => c.id)).toEqual(['o1', 'new1']);
  });

  it('links every listed channel to the target picked once, skipping a link that already exists', async () => {
    const { fake, store, actions } = await setup();
    const result = await actions.linkAll('reaches', ['c1', 'c2'], 'o1');
    expect(result).toEqual({ ok: true, value: 2 });
    expect(store.getState().data!.links.map((l) => [l.fromCard, l.toCard])).toEqual([
      ['c1', 'o1'],
      ['c2', 'o1'],
    ]);
    expect(await actions.linkAll('reaches', ['c1', 'c2', 'c3'], 'o1')).toEqual({ ok: true, value: 1 });
    expect(fake.calls.filter((c) => c.name === 'link.create')).toHaveLength(3);
  });

  it('stops at the first refusal', async () => {
    const { fake, store, actions } = await setup();
    fake.answers['card.create'] = () => ({ ok: false, error: { code: 'invalid_input', message: 'no' } });
    const plan = planFix({ kind: 'add_stakeholders', departments: ['legal', 'it'] }, store.getState().data!, 'fr');
    const result = await actions.create(plan as Extract<typeof plan, { kind: 'create' }>);
    expect(result.ok).toBe(false);
    expect(fake.calls.filter((c) => c.name === 'card.create')).toHaveLength(1);
  });

  it('accepts a finding with its reason, then reopens it', async () => {
    const { store, actions } = await setup();
    await actions.accept('objectives.no_kpi', 'o1', 'Mesuré par les ventes');
    expect(store.getState().data!.accepted).toEqual([
      { ruleId: 'objectives.no_kpi', cardKey: 'o1', reason: 'Mesuré par les ventes', acceptedAt: 3 },
    ]);
    // Accepting again replaces the record rather than adding a second one.
    await actions.accept('objectives.no_kpi', 'o1', 'Autre raison');
    expect(store.getState().data!.accepted.map((a) => a.reason)).toEqual(['Autre raison']);
    await actions.reopen('objectives.no_kpi', 'o1');
    expect(store.getState().data!.accepted).toEqual([]);
  });
});
