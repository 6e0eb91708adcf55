// A host process that repeats one heavy chore without pause (restore a backup, import a workshop file, export) and
// prints "ack <n> <what>" after each call returns. The chore kill tests SIGKILL it at a random moment.
import { readFileSync } from 'node:fs';
import { createHost } from '../../electron/host/host';

const [dataDir, chore, arg] = process.argv.slice(2);
if (!dataDir || !chore || !arg) throw new Error('usage: chore-child <dataDir> restore|import|export <arg>');
const host = createHost({ dataDir, mode: 'web', version: 'crash', seed: () => null });
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
