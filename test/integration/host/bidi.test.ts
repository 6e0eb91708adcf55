// Bidirectional controls (U+202A-U+202E, U+2066-U+2069) never reach the library: they are removed from what users
// type through every entry point (calls and imported workshop files), so no title reads backwards anywhere.
import { afterEach, describe, expect, it } from 'vitest';
import { dump, makeHost, must } from '../../helpers/host';

let host: ReturnType<typeof makeHost>;
afterEach(() => host?.dispose());

const CONTROLS = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
const hostile = (text: string) => CONTROLS.join('') + text + '\u202Egnp.exe';

describe('bidirectional controls', () => {
  it('are removed from titles, bodies, fields, answers, participants and parked ideas', async () => {
    host = makeHost();
    const workshopId = (await must(host, 'workshop.create', { title: hostile('Atelier '), organisation: hostile('Org') })).id;
    const card = (
      await must(host, 'card.create', {
        workshopId,
        card: {
          step: 'objectives',
          kind: 'objective',
          title: hostile('Titre '),
          body: hostile('Corps '),
          fields: { metric: hostile('m') },
        },
      })
    ).value;
    await must(host, 'card.update', { workshopId, cardId: card.id, patch: { fields: { metric: hostile('n') } } });
    await must(host, 'answer.set', { workshopId, step: 'context', question: 'context.mission', value: hostile('Mission ') });
    await must(host, 'participant.create', { workshopId, participant: { name: hostile('Ana ') } });
    await must(host, 'parking.add', { workshopId, step: 'context', text: hostile('Plus tard ') });
    const stored = dump(host) + JSON.stringify(await must(host, 'workshop.get', { workshopId }));
    for (const c of CONTROLS) expect(stored.includes(c), `U+${c.codePointAt(0)!.toString(16)}`).toBe(false);
    expect((await must(host, 'workshop.get', { workshopId })).cards[0]!.title).toBe('Titre gnp.exe');
  });

  it('are removed from an imported workshop file', async () => {
    host = makeHost();
    const workshopId = (await must(host, 'workshop.create', { title: 'Source' })).id;
    const file = await must(host, 'export.run', { workshopId, format: 'socle', language: 'fr' });
    const text = Buffer.from(file.base64, 'base64')
      .toString('utf8')
      .replace('"Source"', JSON.stringify(hostile('Importé ')));
    const imported = await must(host, 'workshop.import', { fileName: 'hostile.socle', text });
    expect(imported.title).toBe('Importé gnp.exe');
  });
});
