// Fuzzing the contract: random and mutated payloads for every call. No throw, typed errors only,
// nothing written by a refused call, and the database intact afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALL_NAMES, ERROR_CODES, type CallName } from '../../../shared/api';
import { STEP_IDS } from '../../../shared/model';
import { dump, makeHost, must } from '../../helpers/host';
import { deepNest, mutate, prng, randomValue } from '../../helpers/random';

const PER_CALL = 250;
let host: ReturnType<typeof makeHost>;
let valid: Record<CallName, unknown>;

beforeAll(async () => {
  host = makeHost();
  const workshopId = (await must(host, 'workshop.create', { title: 'Fuzz' })).id;
  const trashed = (await must(host, 'workshop.create', { title: 'Trash' })).id;
  const kpi = (await must(host, 'card.create', { workshopId, card: { step: 'measurement', kind: 'kpi' } })).value.id;
  const objective = (await must(host, 'card.create', { workshopId, card: { step: 'objectives', kind: 'objective' } })).value.id;
  const linkId = (await must(host, 'link.create', { workshopId, kind: 'measures', fromCard: kpi, toCard: objective })).value.id;
  const participantId = (await must(host, 'participant.create', { workshopId, participant: { name: 'Ana' } })).value.id;
  const snapshotId = (await must(host, 'snapshot.create', { workshopId, name: 'Base' })).id;
  const parkingId = (await must(host, 'parking.add', { workshopId, step: 'context', text: 'Plus tard' })).value.id;
  const roundId = (await must(host, 'vote.start', { workshopId, step: 'objectives' })).value.id;
  const voteId = (await must(host, 'vote.cast', { workshopId, roundId, cardId: objective, participantId })).value.id;
  valid = {
    'app.info': {},
    'library.list': { query: 'f', trash: false },
    'workshop.create': { title: 'New', organisation: 'Org', date: '2027-01-01', language: 'en' },
    'workshop.get': { workshopId },
    'workshop.update': { workshopId, patch: { title: 'T' } },
    'workshop.duplicate': { workshopId },
    'workshop.delete': { workshopId: trashed },
    'workshop.restore': { workshopId: trashed },
    'workshop.purge': { workshopId: trashed },
    'card.create': { workshopId, card: { step: 'objectives', kind: 'objective', fields: { target: 3 } } },
    'card.update': { workshopId, cardId: objective, patch: { x: 5, fields: { priority: 2 } } },
    'card.delete': { workshopId, cardId: kpi },
    'link.create': { workshopId, kind: 'measures', fromCard: kpi, toCard: objective },
    'link.delete': { workshopId, linkId },
    'participant.create': { workshopId, participant: { name: 'B' } },
    'participant.update': { workshopId, participantId, patch: { stance: 'skeptic' } },
    'participant.delete': { workshopId, participantId },
    'answer.set': { workshopId, step: 'context', question: 'context.mission', value: 'x' },
    'history.undo': { workshopId },
    'history.redo': { workshopId },
    'snapshot.create': { workshopId, name: 'Snap' },
    'snapshot.list': { workshopId },
    'snapshot.restore': { workshopId, snapshotId },
    'snapshot.delete': { workshopId, snapshotId },
    'snapshot.compare': { workshopId, snapshotId },
    'backup.list': {},
    'backup.create': {},
    'backup.restore': { name: 'library-manual-1800000000000.db' },
    'agenda.update': { workshopId, step: 'swot', patch: { timeboxMinutes: 30 } },
    'agenda.reorder': { workshopId, order: [...STEP_IDS].reverse() },
    'timer.start': { workshopId, step: 'context' },
    'timer.pause': { workshopId },
    'parking.add': { workshopId, step: 'context', text: 'idée' },
    'parking.update': { workshopId, itemId: parkingId, patch: { done: true } },
    'parking.delete': { workshopId, itemId: parkingId },
    'vote.start': { workshopId, step: 'objectives', votesPerParticipant: 3 },
    'vote.cast': { workshopId, roundId, cardId: objective, participantId },
    'vote.retract': { workshopId, voteId },
    'vote.close': { workshopId, roundId },
    'vote.reset': { workshopId, roundId },
    'finding.accept': { workshopId, ruleId: 'budget.none', cardKey: '', reason: 'ok' },
    'finding.reopen': { workshopId, ruleId: 'budget.none', cardKey: '' },
  } as Record<CallName, unknown>;
});
afterAll(() => host.dispose());

describe('contract fuzzing', () => {
  for (const [index, name] of CALL_NAMES.entries()) {
    it(`${name}: ${PER_CALL} random and mutated payloads`, async () => {
      const rand = prng(1000 + index);
      const payloads: unknown[] = [
        deepNest(2000),
        randomValue(rand),
        ...Array.from({ length: PER_CALL - 2 }, (_, i) => (i % 3 === 0 ? randomValue(rand) : mutate(rand, valid[name]))),
      ];
      for (const input of payloads) {
        const before = dump(host);
        let result: unknown;
        // Never a rejected promise: every input comes back as a Result.
        await expect(
          host.call(name, input).then((r) => (result = r)),
          `${name} threw`,
        ).resolves.toBeDefined();
        const r = result as unknown as { ok: boolean; error?: { code: string; message: string } };
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) {
          expect(ERROR_CODES).toContain(r.error!.code);
          expect(r.error!.code, r.error!.message).not.toBe('internal');
          expect(typeof r.error!.message).toBe('string');
          expect(dump(host), `${name} wrote despite refusing`).toBe(before);
        }
      }
    });
  }

  it('leaves the database intact', () => {
    expect(host.store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(host.store.db.pragma('foreign_key_check')).toEqual([]);
  });
});
