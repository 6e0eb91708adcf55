// The crash soak: SIGKILLs of the host at random moments, during a stream of edits (200 by default) and during
// backup restores, imports and exports (30 each): every acknowledged edit survives, and no library is ever damaged.
import { join } from 'node:path';
import { crashOnce, prepareLibrary } from '../helpers/crash';
import { killDuringChore, prepareChore, type Chore } from '../helpers/chore-crash';
import { tempDir } from '../helpers/host';
import { stats, type BenchReport } from './harness';

const KILLS = Number(process.env.SOCLE_SOAK_KILLS ?? 200);
const CHORE_KILLS = Number(process.env.SOCLE_SOAK_CHORE_KILLS ?? 30);
const CHORES: Chore[] = ['restore', 'import', 'export'];

async function editKills() {
  const dir = tempDir('socle-soak-');
  const workshopId = await prepareLibrary(dir);
  const acknowledged: number[] = [];
  let lost = 0;
  let damaged = 0;
  for (let i = 0; i < KILLS; i++) {
    const outcome = await crashOnce(dir, workshopId, 10 + Math.floor(Math.random() * 400));
    acknowledged.push(outcome.acknowledged);
    lost += outcome.lost.length;
    if (outcome.integrity !== 'ok') damaged += 1;
  }
  return { acknowledged, lost, damaged };
}

async function choreKills(chore: Chore) {
  const dir = tempDir(`socle-soak-${chore}-`);
  const lib = await prepareChore(dir, chore, join(dir, 'soak.socle'));
  const acknowledged: number[] = [];
  const damaged: string[] = [];
  for (let i = 0; i < CHORE_KILLS; i++) {
    const outcome = await killDuringChore(lib, chore, 100 + Math.floor(Math.random() * 1400));
    acknowledged.push(outcome.acknowledged);
    if (outcome.problems.length > 0) damaged.push(outcome.problems.join('; '));
  }
  return { acknowledged, damaged };
}

export async function run(): Promise<BenchReport> {
  const edits = await editKills();
  const total = edits.acknowledged.reduce((a, b) => a + b, 0);
  const table = [{ label: 'edits acknowledged before the kill', ...stats(edits.acknowledged) }];
  const verdicts = [
    `${KILLS} kills during edits, ${total} acknowledged edits, ${edits.lost} lost, ${edits.damaged} integrity failures: ${edits.lost === 0 && edits.damaged === 0 ? 'met' : 'NOT met'}.`,
  ];
  for (const chore of CHORES) {
    const r = await choreKills(chore);
    table.push({ label: `${chore}s acknowledged before the kill`, ...stats(r.acknowledged) });
    const done = r.acknowledged.reduce((a, b) => a + b, 0);
    verdicts.push(
      `${CHORE_KILLS} kills during ${chore}s (${done} acknowledged): ${r.damaged.length} damaged or set-aside libraries${r.damaged.length ? ` (${r.damaged[0]})` : ''}: ${r.damaged.length === 0 ? 'met' : 'NOT met'}.`,
    );
  }
  return {
    title: `Crash soak: SIGKILLs during edits, restores, imports and exports (figures are acknowledged calls per run, not ms)`,
    table,
    verdicts,
  };
}
