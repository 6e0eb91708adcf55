// Where the library lives: --data-dir, then SOCLE_DATA_DIR, then the platform's user data folder
// (the same folder Electron's app.getPath('userData') gives for an app named Socle).
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const APP_NAME = 'Socle';

export function platformDataDir(platform = process.platform, env = process.env, home = homedir()): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_NAME);
}

/** Reads `--data-dir DIR` or `--data-dir=DIR` from the arguments. */
export function dataDirArgument(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--data-dir') return argv[i + 1] ?? null;
    if (arg.startsWith('--data-dir=')) return arg.slice('--data-dir='.length);
  }
  return null;
}

export function resolveDataDir(argv: readonly string[], env = process.env): string {
  const chosen = dataDirArgument(argv) ?? env.SOCLE_DATA_DIR;
  return chosen ? resolve(chosen) : platformDataDir(process.platform, env);
}
