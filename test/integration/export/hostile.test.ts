// Hostile and broken .socle files: each is refused with a message saying where and why, and nothing is written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/api';
import { makeHost } from '../../helpers/host';
import { buildFixture, dumpAll, exportFile, type TestHost } from './fixture';

let host: TestHost;
let good = '';
beforeAll(async () => {
  host = makeHost();
  const { workshopId } = await buildFixture(host);
  good = (await exportFile(host, { workshopId, format: 'socle' })).bytes.toString('utf8');
});
afterAll(() => host.dispose());

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests reach into a parsed file freely
type Doc = any;

const edit = (change: (doc: Doc) => void) => {
  const doc = JSON.parse(good);
  change(doc);
  return JSON.stringify(doc);
};

const CASES: [string, () => string, RegExp][] = [
  ['truncated JSON', () => good.slice(0, Math.floor(good.length / 2)), /not valid JSON.*truncated or damaged/],
  ['empty text', () => '', /not valid JSON/],
  [
    '1000-deep nesting',
    () => `{"format":"socle-workshop","version":1,"cards":${'['.repeat(1000)}${']'.repeat(1000)}}`,
    /nested more than 16 levels/,
  ],
  ['a huge string', () => edit((d) => (d.cards[0].title = 'é'.repeat(400_000))), /cards\.0\.title: .*(300|Too big)/i],
  ['over 20 MB', () => `{"format":"socle-workshop","pad":"${'x'.repeat(21 * 1024 * 1024)}"}`, /20 MB/],
  ['not an object', () => '[1,2,3]', /not a Socle workshop file/],
  ['another format', () => edit((d) => (d.format = 'trello-board')), /not a Socle workshop file/],
  ['a future version', () => edit((d) => (d.version = 7)), /made by a newer Socle \(file version 7/],
  ['wrong types', () => edit((d) => (d.cards[0].x = 'left')), /cards\.0\.x: /],
  ['a missing list', () => edit((d) => delete d.cards), /cards: /],
  ['an unknown field', () => edit((d) => (d.cards[0].script = 'alert(1)')), /cards\.0: .*script/i],
  ['a link to a missing card', () => edit((d) => (d.links[0].toCard = 'ghost')), /links\.0\.toCard: .*"ghost", which is not in the file/],
  ['duplicate card ids', () => edit((d) => (d.cards[1].id = d.cards[0].id)), /cards\.1\.id: the id ".*" appears twice/],
  ['duplicate link ids', () => edit((d) => (d.links[1].id = d.links[0].id)), /links\.1\.id: the id/],
  [
    'fields that do not fit the card kind',
    () => edit((d) => (d.cards.find((c: Doc) => c.kind === 'objective').fields.priority = 9)),
    /cards\.\d+\.fields\.priority/,
  ],
  ['an unknown card kind', () => edit((d) => (d.cards[0].kind = 'rocket')), /cards\.0\.kind: unknown card kind "rocket"/],
  [
    'a link between the wrong kinds',
    () =>
      edit((d) => {
        const l = d.links.find((x: Doc) => x.kind === 'reaches');
        l.kind = 'measures';
      }),
    /links\.\d+\.kind: a "measures" link cannot go/,
  ],
  ['a vote for a missing card', () => edit((d) => (d.votes[0].cardId = 'ghost')), /votes\.0\.cardId/],
  ['an accepted finding on a missing card', () => edit((d) => (d.accepted[0].cardKey = 'ghost')), /accepted\.0\.cardKey/],
  ['a prototype-polluting key', () => good.replace('"format"', '"__proto__":{"polluted":true},"format"'), /Unrecognized key: "__proto__"/],
];

describe('hostile workshop files', () => {
  for (const [name, make, message] of CASES) {
    it(`refuses ${name} with a clear message and writes nothing`, async () => {
      const before = dumpAll(host);
      const r = (await host.call('workshop.import', { fileName: 'piège.socle', text: await make() })) as Result<unknown>;
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('invalid_input');
        expect(r.error.message).toMatch(message);
        expect(r.error.message).toMatch(/^Cannot import "piège\.socle": .*Nothing was changed\.$|at most 20 MB/s);
      }
      expect(dumpAll(host)).toBe(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('refuses a wrong payload', async () => {
    const before = dumpAll(host);
    for (const input of [null, {}, { text: 42 }, { fileName: 'a', text: 'b', extra: 1 }]) {
      expect(await host.call('workshop.import', input)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(dumpAll(host)).toBe(before);
  });
});
