// Every export format of a 500-card and a 5,000-card workshop through the host; targets: all of them in 2 s and 3 s (p95).
import { cpus, loadavg } from 'node:os';
import { EXPORT_FORMATS } from '../../shared/document/formats';
import { createHost } from '../../electron/host/host';
import { renderWorkshopFile } from '../../electron/host/export/workshop-file';
import { bigWorkshop } from '../fixtures/big-workshop';
import { tempDir } from '../helpers/host';
import { ms, timeAsync, type BenchReport } from './harness';

const CARDS = 500;
const ITERATIONS = 5;
const TARGET_MS = 2_000;
const BIG_CARDS = 5_000;
const BIG_ITERATIONS = 3;
const BIG_TARGET_MS = 3_000;

/** Card text as a workshop writes it: French, accented, a sentence or two. */
const BODY = [
  'Répondre sous 24 h aux avis négatifs et remonter les critiques récurrentes au service qualité.',
  'Présenter chaque mois au comité de direction les résultats, les coûts et les enseignements.',
  'Tourner les vidéos au verger pendant la récolte ; prévoir l’accord écrit des salariés filmés.',
  'Les cavistes attendent des fiches produits claires, des disponibilités à jour et un contact direct.',
];

type Timed = Awaited<ReturnType<typeof timeAsync>>;

interface Measured {
  all: Timed;
  each: ({ label: string } & Timed)[];
  read: Timed;
  links: number;
}

/** All formats one after the other, then each alone, on a workshop of `cards` cards; reading it is the baseline. */
async function measure(cards: number, iterations: number): Promise<Measured> {
  const host = createHost({ dataDir: tempDir('socle-bench-'), mode: 'web', version: 'bench', seed: () => null });
  const data = bigWorkshop(cards, 7);
  data.cards.forEach((c, i) => (c.body = BODY[i % BODY.length]!));
  // The generator may draw the same link twice; the library (and so the import) keeps one of each.
  const seen = new Set<string>();
  data.links = data.links.filter(
    (l) => !seen.has(`${l.kind}|${l.fromCard}|${l.toCard}`) && !!seen.add(`${l.kind}|${l.fromCard}|${l.toCard}`),
  );
  const imported = await host.call('workshop.import', { fileName: 'bench.socle', text: renderWorkshopFile(data, 'bench', Date.now()) });
  if (!imported.ok) throw new Error(imported.error.message);
  const workshopId = (imported.value as { id: string }).id;

  const sizes = new Map<string, number>();
  const exportOnce = async (format: string) => {
    const r = await host.call('export.run', { workshopId, format, language: 'fr' });
    if (!r.ok) throw new Error(`${format}: ${r.error.message}`);
    sizes.set(format, (r.value as { base64: string }).base64.length * 0.75);
  };
  const read = await timeAsync(async () => void (await host.call('workshop.get', { workshopId })), iterations, 1);
  const all = await timeAsync(
    async () => {
      for (const format of EXPORT_FORMATS) await exportOnce(format);
    },
    iterations,
    1,
  );
  const each = [];
  for (const format of EXPORT_FORMATS) {
    const timed = await timeAsync(() => exportOnce(format), iterations, 1);
    each.push({ label: `${cards} cards: ${format} (${Math.round((sizes.get(format) ?? 0) / 1024)} KB)`, ...timed });
  }
  host.close();
  return { all, each, read, links: data.links.length };
}

export async function run(): Promise<BenchReport> {
  const loadBefore = loadavg()[0]!;
  const small = await measure(CARDS, ITERATIONS);
  const big = await measure(BIG_CARDS, BIG_ITERATIONS);
  const verdict = (m: Measured, cards: number, target: number) => {
    const slowest = [...m.each].sort((a, b) => b.p50 - a.p50)[0]!;
    return (
      `${cards} cards: all ${EXPORT_FORMATS.length} formats p50 ${ms(m.all.p50)}, p95 ${ms(m.all.p95)} (target under ${target} ms): ` +
      `${m.all.p95 < target ? 'met' : 'NOT met'}; ${(m.all.p50 / Math.max(0.001, m.read.p50)).toFixed(1)}x the time to read the workshop ` +
      `(${ms(m.read.p50)}); the slowest format is ${slowest.label} at ${ms(slowest.p50)}.`
    );
  };
  return {
    title: `Exports of a ${CARDS}-card workshop (${small.links} links) and a ${BIG_CARDS}-card one (${big.links} links): all ${EXPORT_FORMATS.length} formats through export.run`,
    table: [
      { label: `${CARDS} cards: workshop.get (baseline)`, ...small.read },
      { label: `${CARDS} cards: all ${EXPORT_FORMATS.length} formats, one after the other`, ...small.all },
      ...small.each,
      { label: `${BIG_CARDS} cards: workshop.get (baseline)`, ...big.read },
      { label: `${BIG_CARDS} cards: all ${EXPORT_FORMATS.length} formats, one after the other`, ...big.all },
      ...big.each,
    ],
    verdicts: [
      verdict(small, CARDS, TARGET_MS),
      verdict(big, BIG_CARDS, BIG_TARGET_MS),
      // The exports are CPU-bound: on a machine busy with other work the figures grow with the load.
      `1-minute load average ${loadBefore.toFixed(1)} before and ${loadavg()[0]!.toFixed(1)} after, on ${cpus().length} cores.`,
    ],
  };
}
