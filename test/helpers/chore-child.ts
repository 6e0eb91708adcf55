// A host process that repeats one heavy chore without pause (restore a backup, import a workshop file, export) and
// prints "ack <n> <what>" after each call returns. The chore kill tests SIGKILL it at a random moment.
import { readFileSync } from 'node:fs';
import { createHost } from '../../electron/host/host';
import { createJobPool } from '../../electron/host/jobs/pool';

const [dataDir, chore, arg] = process.argv.slice(2);
if (!dataDir || !chore || !arg) throw new Error('usage: chore-child <dataDir> restore|import|export <arg>');
// Imports run as the app runs them: checked and laid out on a job worker, written here in steps.
const pool = chore === 'import' ? createJobPool() : null;
const host = createHost({ dataDir, mode: 'web', version: 'crash', seed: () => null, ...(pool ? { jobs: pool } : {}) });
// The worker loads before "ready", so that the kills land in imports rather than in its start.
await pool?.run('checkpoint', { dataDir });
const write = (line: string) => process.stdout.write(`${line}\n`);

// restore: arg is "backupA,backupB", restored in turn; import: arg is a .socle file; export: arg is a workshop id.
const names = arg.split(',');
const text = chore === 'import' ? readFileSync(arg, 'utf8') : '';
write('ready');
for (let n = 1; ; n++) {
  let r;
  if (chore === 'restore') r = await host.call('backup.restore', { name: names[n % names.length] });
  else if (chore === 'import') r = await host.call('workshop.import', { fileName: 'soak.socle', text });
  else r = await host.call('export.run', { workshopId: arg, format: n % 2 ? 'md' : 'socle', language: 'fr' });
  if (!r.ok) throw new Error(`${chore} failed: ${r.error.code} ${r.error.message}`);
  const what = chore === 'restore' ? names[n % names.length] : chore === 'import' ? (r.value as { id: string }).id : 'done';
  write(`ack ${n} ${what}`);
}
