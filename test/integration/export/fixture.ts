// A rich French workshop built through the host's calls (the demo's content plus tricky text), and helpers to read exports.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Result } from '../../../shared/api';
import { seedFor } from '../../../shared/catalogue/templates';
import type { AnswerValue, StepId } from '../../../shared/model';
import { inOrder, must, type makeHost } from '../../helpers/host';

export type TestHost = ReturnType<typeof makeHost>;

/** Text that exercises escaping everywhere: accents, quotes, separators, a formula, a line break. */
export const TRICKY = {
  calendarTitle: 'Salon « Saveurs d’été » ; dégustation, œnologie & cidre',
  calendarBody: 'Stand n°12, allée B.\nPrévoir 200 verres — et le kakémono.',
  formula: '=HYPERLINK("http://exemple.invalid","cliquez")',
  threat: 'Arrivée d’un concurrent « bio » à prix cassés',
  parking: 'Étudier TikTok l’an prochain, si l’équipe s’étoffe',
};

export interface Fixture {
  workshopId: string;
  cardIds: Map<string, string>;
}

/** Plays the demo seed through the contract, then adds dated and tricky items, a vote, a parked idea, an accepted finding. */
export async function buildFixture(host: TestHost): Promise<Fixture> {
  const seed = seedFor('demo', 'fr')!;
  const workshopId = (
    await must(host, 'workshop.create', {
      title: 'Atelier « Stratégie 2027 » : Maison Lorand',
      organisation: 'Maison Lorand & Fils',
      sector: seed.sector,
      date: '2026-06-20',
      language: 'fr',
    })
  ).id;
  const cardIds = new Map<string, string>();
  for (const c of seed.cards) {
    const card = (
      await must(host, 'card.create', {
        workshopId,
        card: { step: c.step, kind: c.kind, title: c.title, body: c.body ?? '', fields: c.fields ?? {} },
      })
    ).value;
    cardIds.set(c.ref, card.id);
  }
  for (const l of seed.links)
    await must(host, 'link.create', { workshopId, kind: l.kind, fromCard: cardIds.get(l.from)!, toCard: cardIds.get(l.to)! });
  const people = await inOrder(
    seed.participants,
    async (p) => (await must(host, 'participant.create', { workshopId, participant: p })).value.id,
  );
  for (const a of seed.answers)
    await must(host, 'answer.set', { workshopId, step: a.step as StepId, question: a.question, value: a.value as AnswerValue });
  const add = async (ref: string, card: Parameters<typeof must<'card.create'>>[2]['card']) =>
    cardIds.set(ref, (await must(host, 'card.create', { workshopId, card })).value.id);
  await add('cal_fair', {
    step: 'calendar',
    kind: 'calendar_item',
    title: TRICKY.calendarTitle,
    body: TRICKY.calendarBody,
    fields: { type: 'event', start: '2027-02-27', end: '2027-03-01' },
  });
  await add('cal_formula', {
    step: 'calendar',
    kind: 'calendar_item',
    title: TRICKY.formula,
    fields: { type: 'milestone', start: '2027-06-30' },
  });
  await add('sw_new_threat', { step: 'swot', kind: 'swot', title: TRICKY.threat, fields: { quadrant: 'threat' } });
  const round = (await must(host, 'vote.start', { workshopId, step: 'objectives', votesPerParticipant: 2 })).value;
  await must(host, 'vote.cast', { workshopId, roundId: round.id, cardId: cardIds.get('o_sales')!, participantId: people[0]! });
  await must(host, 'vote.cast', { workshopId, roundId: round.id, cardId: cardIds.get('o_sales')!, participantId: people[1]! });
  await must(host, 'vote.cast', { workshopId, roundId: round.id, cardId: cardIds.get('o_recruiting')!, participantId: people[2]! });
  await must(host, 'parking.add', { workshopId, step: 'channels', text: TRICKY.parking });
  await must(host, 'finding.accept', {
    workshopId,
    ruleId: 'swot.threat_no_mitigation',
    cardKey: cardIds.get('sw_new_threat')!,
    reason: 'Veille tarifaire trimestrielle décidée',
  });
  return { workshopId, cardIds };
}

export interface Exported {
  fileName: string;
  mimeType: string;
  bytes: Buffer;
}

export async function exportFile(
  host: TestHost,
  input: { workshopId: string; format: string; language?: 'fr' | 'en'; sections?: string[] },
): Promise<Exported> {
  const r = (await host.call('export.run', { language: 'fr', ...input })) as Result<{ fileName: string; mimeType: string; base64: string }>;
  if (!r.ok) throw new Error(`export.run ${input.format} failed: ${r.error.code} ${r.error.message}`);
  return { fileName: r.value.fileName, mimeType: r.value.mimeType, bytes: Buffer.from(r.value.base64, 'base64') };
}

export function unzip(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(
    Object.entries(files).map(([name, data]) => [name, name.endsWith('.xml') || name.endsWith('.rels') ? strFromU8(data) : '']),
  );
}

export const scratch = () => mkdtempSync(join(tmpdir(), 'socle-export-'));

/** The text of a PDF, with its spaces (no-break ones too) made plain, for searching. */
export function pdfText(bytes: Uint8Array, dir = scratch()): string {
  const path = join(dir, 'file.pdf');
  writeFileSync(path, bytes);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/[\u00a0\u202f\s]+/g, ' ');
}

export function pdfPages(bytes: Uint8Array, dir = scratch()): number {
  const path = join(dir, 'file.pdf');
  writeFileSync(path, bytes);
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

/** Every table of the library, for proving that a refused import wrote nothing. */
export function dumpAll(host: TestHost): string {
  const tables = host.store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
  return JSON.stringify(tables.map(({ name }) => [name, host.store.db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
}

/** Plain text of XML, entities decoded, for finding a workshop's words in DOCX and PPTX parts. */
export const xmlText = (xml: string) =>
  xml
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\u00a0/g, ' ');

/** Well-formed XML, roughly: no character XML forbids, every "&" starts an entity, and tags open and close in order. */
export function xmlProblem(xml: string): string | null {
  // eslint-disable-next-line no-control-regex -- looking for exactly these characters
  const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.exec(xml);
  if (control) return `character U+${control[0].charCodeAt(0).toString(16).padStart(4, '0')} at ${control.index}, which XML cannot hold`;
  const amp = /&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.exec(xml);
  if (amp) return `a bare "&" at ${amp.index}: ${xml.slice(Math.max(0, amp.index - 30), amp.index + 30)}`;
  const stack: string[] = [];
  for (const m of xml.matchAll(/<(\/?)([A-Za-z_][\w:.-]*)[^>]*?(\/?)>/g)) {
    const [, close, name, self] = m;
    if (self) continue;
    if (!close) stack.push(name!);
    else if (stack.pop() !== name) return `</${name}> closes the wrong tag at ${m.index}`;
  }
  return stack.length ? `<${stack[stack.length - 1]}> is never closed` : null;
}
