// The simulated phones of the room benchmark, in a process of their own so their load is the room's, not the facilitator's.
// Each phone joins from its own loopback address (as real phones have their own), then posts ideas, votes and
// reads the current step for the given time; it prints what the room acknowledged and how long each call took.
import { Agent, request } from 'node:http';

interface Plan {
  port: number;
  code: string;
  phones: number;
  seconds: number;
  roundId: string;
  cardIds: string[];
  /** One phone sending as fast as it can on this many connections, instead of the polite crowd. */
  flood?: number;
}

const plan = JSON.parse(process.argv[2] ?? '{}') as Plan;

function call(
  agent: Agent,
  name: string,
  input: unknown,
  token: string | null,
): Promise<{ ms: number; ok: boolean; value: Record<string, unknown> }> {
  const body = JSON.stringify(input);
  const headers: Record<string, string> = {
    host: `127.0.0.1:${plan.port}`,
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(body)),
  };
  if (token) headers['x-room-token'] = token;
  const start = performance.now();
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port: plan.port, path: `/g/${name}`, method: 'POST', agent, headers }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => {
        const result = JSON.parse(text) as { ok: boolean; value: Record<string, unknown> };
        done({ ms: performance.now() - start, ok: result.ok, value: result.value });
      });
    });
    req.on('error', fail);
    req.end(body);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function phone(index: number, until: number, samples: number[], counts: { ideas: number; votes: number; refused: number }) {
  const agent = new Agent({ keepAlive: true, localAddress: `127.0.1.${index + 1}` });
  const joined = await call(agent, 'guest.join', { code: plan.code }, null);
  if (!joined.ok) throw new Error(`phone ${index} could not join`);
  const token = String(joined.value.token);
  // Spread the phones over the first seconds, as people do not tap at the same instant.
  await sleep((index * 97) % 1500);
  let tick = 0;
  while (performance.now() < until) {
    tick += 1;
    const kind = tick % 4;
    const r =
      kind === 1
        ? await call(agent, 'guest.idea', { text: `Idea ${tick} from phone ${index}` }, token)
        : kind === 3
          ? await call(agent, 'guest.vote', { roundId: plan.roundId, cardId: plan.cardIds[(index + tick) % plan.cardIds.length] }, token)
          : await call(agent, 'guest.current', {}, token);
    samples.push(r.ms);
    if (r.ok && kind === 1) counts.ideas += 1;
    else if (r.ok && kind === 3) counts.votes += 1;
    else if (!r.ok) counts.refused += 1;
    await sleep(700 + ((index * 31 + tick * 17) % 600));
  }
  agent.destroy();
}

/** A hostile phone: joins, then posts ideas back to back on several connections until the time is up. */
async function flood(connections: number, until: number, samples: number[], counts: { ideas: number; votes: number; refused: number }) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections, localAddress: '127.0.2.1' });
  const joined = await call(agent, 'guest.join', { code: plan.code }, null);
  const token = joined.ok ? String(joined.value.token) : null;
  const loop = async () => {
    while (performance.now() < until) {
      const r = await call(agent, 'guest.idea', { text: 'flood' }, token);
      samples.push(r.ms);
      if (r.ok) counts.ideas += 1;
      else counts.refused += 1;
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  agent.destroy();
}

const samples: number[] = [];
const counts = { ideas: 0, votes: 0, refused: 0 };
const until = performance.now() + plan.seconds * 1000;
if (plan.flood) await flood(plan.flood, until, samples, counts);
else await Promise.all(Array.from({ length: plan.phones }, (_, i) => phone(i, until, samples, counts)));
process.stdout.write(JSON.stringify({ samples, ...counts }));
