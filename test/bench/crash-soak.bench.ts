// The crash soak: 200 SIGKILLs of the host in the middle of a stream of edits, on one library.
import { crashOnce, prepareLibrary } from '../helpers/crash';
import { tempDir } from '../helpers/host';
import { stats, type BenchReport } from './harness';

const KILLS = Number(process.env.SOCLE_SOAK_KILLS ?? 200);

export async function run(): Promise<BenchReport> {
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
  const s = stats(acknowledged);
  const total = acknowledged.reduce((a, b) => a + b, 0);
  return {
    title: `Crash soak: ${KILLS} SIGKILLs during edits (figures are acknowledged edits per run, not ms)`,
    table: [{ label: 'edits acknowledged before the kill', ...s }],
    verdicts: [
      `${KILLS} kills, ${total} acknowledged edits, ${lost} lost, ${damaged} integrity failures: ${lost === 0 && damaged === 0 ? 'met' : 'NOT met'}.`,
    ],
  };
}
