// After npm install: make sure the `electron` package (its types and launcher) is present even where
// its binary could not be downloaded. npm drops an optional dependency whose install script failed;
// we put the package back from the registry tarball without its binary, so electron/main still
// typechecks, and `npm start` can tell the user plainly that the binary is missing.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const version = pkg.optionalDependencies?.electron;
const target = join(root, 'node_modules', 'electron');

if (!version || existsSync(join(target, 'package.json'))) process.exit(0);

try {
  const work = join(tmpdir(), `socle-electron-${process.pid}`);
  mkdirSync(work, { recursive: true });
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const file = execFileSync(npm, ['pack', `electron@${version}`, '--silent'], { cwd: work, encoding: 'utf8' }).trim();
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', join(work, file), '-C', target, '--strip-components=1']);
  rmSync(work, { recursive: true, force: true });
  console.log(`socle: electron ${version} installed without its binary (download failed); npm start will use the browser mode.`);
} catch (error) {
  console.warn(`socle: could not restore the electron package (${error.message}); electron/main will not typecheck.`);
}
