// Every contract call with a wrong payload answers a typed error and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALL_NAMES, contract } from '../../../shared/api';
import { dump, makeHost, must } from '../../helpers/host';

let host: ReturnType<typeof makeHost>;
let workshopId = '';
beforeAll(async () => {
  host = makeHost();
  workshopId = (await must(host, 'workshop.create', { title: 'Cible' })).id;
  await must(host, 'card.create', { workshopId, card: { step: 'context', kind: 'note', title: 'Note' } });
});
afterAll(() => host.dispose());

const WRONG: unknown[] = [
  null,
  42,
  'text',
  [],
  { workshopId: 7 },
  { workshopId: '../../etc/passwd' },
  { workshopId: 'x'.repeat(65) },
  { unexpected: true },
  { workshopId: '', card: {} },
];

describe('wrong payloads', () => {
  for (const name of CALL_NAMES) {
    it(`${name} answers invalid_input or not_found for wrong payloads and changes nothing`, async () => {
      const before = dump(host);
      for (const input of WRONG) {
        const r = await host.call(name, input);
        // null means "no arguments": fine for the calls whose every argument has a default.
        if (input === null && contract[name].input.safeParse({}).success) continue;
        expect(r.ok, `${name} accepted ${JSON.stringify(input)}`).toBe(false);
        if (!r.ok) expect(['invalid_input', 'not_found']).toContain(r.error.code);
      }
      expect(dump(host)).toBe(before);
    });
  }

  it('answers unknown_call for a name outside the contract', async () => {
    expect(await host.call('db.exec', { sql: 'DROP TABLE cards' })).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
    expect(await host.call('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
  });

  it('says where the input is wrong', async () => {
    const r = await host.call('card.create', { workshopId, card: { step: 'nowhere', kind: 'note' } });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [expect.objectContaining({ path: 'card.step' })] } });
  });

  it('refuses out-of-range numbers and oversized text', async () => {
    const before = dump(host);
    const card = (await must(host, 'workshop.get', { workshopId })).cards[0]!;
    for (const patch of [{ x: Number.NaN }, { x: 1e12 }, { width: 0 }, { title: 'a'.repeat(301) }, { colour: 'red' }]) {
      const r = await host.call('card.update', { workshopId, cardId: card.id, patch });
      expect(r.ok, JSON.stringify(patch).slice(0, 60)).toBe(false);
    }
    expect(dump(host)).toBe(before);
  });
});
