// A host process that edits without pause and prints "ack <n> <cardId>" after each call returns.
// The crash tests kill it with SIGKILL at a random moment and check what was acknowledged survived.
import { createHost } from '../../electron/host/host';

const [dataDir, workshopId] = process.argv.slice(2);
if (!dataDir || !workshopId) throw new Error('usage: crash-child <dataDir> <workshopId>');
const host = createHost({ dataDir, mode: 'web', version: 'crash', seed: () => null });

let n = 0;
let last: string | null = null;
const write = (line: string) => process.stdout.write(`${line}\n`);
for (;;) {
  n += 1;
  if (n % 3 === 1 || !last) {
    const r = await host.call('card.create', {
      workshopId,
      card: { step: 'context', kind: 'note', title: `card ${n}`, body: 'x'.repeat(n % 500) },
    });
    if (!r.ok) throw new Error(r.error.message);
    last = (r.value as { value: { id: string } }).value.id;
    write(`ack ${n} create ${last}`);
  } else if (n % 3 === 2) {
    const r = await host.call('card.update', { workshopId, cardId: last, patch: { title: `edited ${n}` } });
    if (!r.ok) throw new Error(r.error.message);
    write(`ack ${n} update ${last}`);
  } else {
    const r = await host.call('answer.set', { workshopId, step: 'context', question: 'context.counter', value: n });
    if (!r.ok) throw new Error(r.error.message);
    write(`ack ${n} answer ${n}`);
  }
}
