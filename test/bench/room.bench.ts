// Room mode under load: 40 phones on loopback post ideas, vote and follow the step while the facilitator edits cards.
// The phones run in a child process; the host, the facilitator's server and the room's listener share this one, as in
// `npm run serve`. Targets: no contribution lost, phone call p95 under 200 ms, facilitator edit p95 within 2x of idle.
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import { createHost } from '../../electron/host/host';
import { roomNetwork } from '../../electron/web/room/network';
import { startWebServer } from '../../electron/web/server';
import { tempDir } from '../helpers/host';
import { ms, stats, type BenchReport, type Stats } from './harness';

const PHONES = 40;
/** One minute by default; SOCLE_ROOM_BENCH_SECONDS shortens it on a busy machine (the report says so). */
const SECONDS = Number(process.env.SOCLE_ROOM_BENCH_SECONDS ?? 60);
const IDLE_EDITS = 400;

function post(port: number, secret: string, name: string, input: unknown): Promise<{ ms: number; value: unknown }> {
  const body = JSON.stringify(input);
  const start = performance.now();
  return new Promise((done, fail) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: `/api/${name}`,
        method: 'POST',
        headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json', 'x-socle-token': secret },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => {
          const result = JSON.parse(text) as { ok: boolean; value: unknown; error?: { message: string } };
          if (!result.ok) return fail(new Error(`${name}: ${result.error?.message}`));
          done({ ms: performance.now() - start, value: result.value });
        });
      },
    );
    req.on('error', fail);
    req.end(body);
  });
}

async function edits(
  port: number,
  secret: string,
  workshopId: string,
  cardIds: string[],
  keepGoing: (n: number) => boolean,
): Promise<Stats> {
  const samples: number[] = [];
  for (let i = 0; keepGoing(i); i++) {
    const r = await post(port, secret, 'card.update', {
      workshopId,
      cardId: cardIds[i % cardIds.length],
      patch: { x: i % 500, y: (i * 7) % 500 },
    });
    samples.push(r.ms);
    await new Promise((d) => setTimeout(d, 10));
  }
  return stats(samples);
}

export async function run(): Promise<BenchReport> {
  const dir = tempDir('socle-bench-room-');
  const network = roomNetwork({ staticDir: dir, address: () => '127.0.0.1' });
  const host = createHost({ dataDir: dir, mode: 'web', version: 'bench', seed: () => null, roomNetwork: network });
  network.attach(host);
  const web = await startWebServer({ host, staticDir: dir });
  const call = async <T>(name: string, input: unknown) => (await post(web.port, web.secret, name, input)).value as T;

  const workshop = await call<{ id: string }>('workshop.create', { title: 'Room bench' });
  const workshopId = workshop.id;
  for (let i = 0; i < PHONES; i++) await call('participant.create', { workshopId, participant: { name: `Person ${i}` } });
  const cardIds: string[] = [];
  for (let i = 0; i < 12; i++) {
    const r = await call<{ value: { id: string } }>('card.create', {
      workshopId,
      card: { step: 'objectives', kind: 'objective', title: `Objective ${i}` },
    });
    cardIds.push(r.value.id);
  }
  const edited = cardIds.slice(0, 6);
  const round = await call<{ value: { id: string } }>('vote.start', {
    workshopId,
    step: 'objectives',
    votesPerParticipant: 20,
    anonymous: true,
  });
  const opened = await call<{ code: string }>('room.open', { workshopId, step: 'objectives' });
  let url = host.room.url;
  while (!url) {
    await new Promise((d) => setTimeout(d, 20));
    url = host.room.url;
  }
  const port = Number(new URL(url).port);

  const idle = await edits(web.port, web.secret, workshopId, edited, (n) => n < IDLE_EDITS);

  const plan = { port, code: opened.code, phones: PHONES, seconds: SECONDS, roundId: round.value.id, cardIds };
  /** Runs the phones' process and, while it runs, the facilitator's edits; answers both. */
  const underLoad = async (extra: object, joined: number) => {
    const args = ['--import', 'tsx', join(import.meta.dirname, 'room-phones.ts'), JSON.stringify({ ...plan, ...extra })];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    const finished = new Promise<void>((done, fail) =>
      child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`phones exited with ${code}`)))),
    );
    // Edits start once the phones have joined.
    while (host.room.guests.size < joined) await new Promise((d) => setTimeout(d, 50));
    let running = true;
    void finished.finally(() => (running = false));
    const loaded = await edits(web.port, web.secret, workshopId, edited, () => running);
    await finished;
    return { loaded, phones: JSON.parse(out) as { samples: number[]; ideas: number; votes: number; refused: number } };
  };
  const { loaded, phones } = await underLoad({}, PHONES);
  const phoneStats = stats(phones.samples);

  const inbox = host.room.state().inbox.length;
  const votes = (await call<{ votes: { roundId: string }[] }>('workshop.get', { workshopId })).votes.filter(
    (v) => v.roundId === round.value.id,
  ).length;
  // Then one hostile phone floods the room on 8 connections for a third of the time.
  plan.seconds = Math.max(5, Math.round(SECONDS / 3));
  const flood = await underLoad({ flood: 8 }, PHONES + 1);
  const floodStats = stats(flood.phones.samples);
  host.room.close();
  await web.close();
  host.close();

  const ratio = loaded.p95 / idle.p95;
  const lost = phones.ideas - inbox + (phones.votes - votes);
  return {
    title: `Room mode: ${PHONES} phones on loopback for ${SECONDS} s while the facilitator edits`,
    table: [
      { label: 'facilitator card.update over HTTP, room idle', ...idle },
      { label: `facilitator card.update over HTTP, ${PHONES} phones busy`, ...loaded },
      { label: 'phone calls (idea, vote, current step)', ...phoneStats },
      { label: 'facilitator card.update over HTTP, one phone flooding on 8 connections', ...flood.loaded },
      { label: "the flooding phone's calls (mostly refused)", ...floodStats },
    ],
    verdicts: [
      `Contributions acknowledged: ${phones.ideas} ideas (inbox holds ${inbox}), ${phones.votes} votes (stored ${votes}); lost: ${lost} (target 0): ${lost === 0 ? 'met' : 'NOT met'}.`,
      `Phone call p95: ${ms(phoneStats.p95)} (target under 200 ms): ${phoneStats.p95 < 200 ? 'met' : 'NOT met'}; ${phones.refused} calls refused by the limits.`,
      `Facilitator edit p95 busy / idle: ${ms(loaded.p95)} / ${ms(idle.p95)} = ${ratio.toFixed(2)}x (target within 2x): ${ratio <= 2 ? 'met' : 'NOT met'}.`,
      `Flood (${plan.seconds} s, one phone, 8 connections, ${floodStats.n} requests, ${flood.phones.ideas} accepted): facilitator edit p95 ${ms(flood.loaded.p95)} = ${(flood.loaded.p95 / idle.p95).toFixed(2)}x of idle (target within 2x): ${flood.loaded.p95 / idle.p95 <= 2 ? 'met' : 'NOT met'}.`,
      SECONDS < 60 ? `Shortened to ${SECONDS} s (SOCLE_ROOM_BENCH_SECONDS) on a shared machine.` : 'Full minute.',
    ],
  };
}
