// What `npm test` needs from the system besides node_modules: Chromium for the end-to-end suite,
// poppler and LibreOffice for the export checks, a DejaVu font for the PDF renderer. Found, installed with apt-get
// where we are root on Debian, or named in one line with how to get them.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Each tool, how to tell it is here, and the Debian package that brings it. */
export const NEEDS = [
  { what: 'Chromium', deb: 'chromium', present: (env) => existsSync(env.SOCLE_CHROMIUM ?? '/usr/bin/chromium') },
  { what: 'poppler (pdftotext)', deb: 'poppler-utils', present: () => onPath('pdftotext') && onPath('pdftoppm') },
  // The DOCX and PPTX exports are checked by converting them with LibreOffice, as a reader would open them.
  {
    what: 'LibreOffice',
    deb: 'libreoffice-writer libreoffice-impress',
    present: () => onPath('soffice') || onPath('libreoffice'),
  },
  { what: 'DejaVu fonts', deb: 'fonts-dejavu-core', present: () => hasDejaVu() },
];

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function hasDejaVu() {
  const list = spawnSync('fc-list', [], { encoding: 'utf8' });
  if (list.status === 0) return /dejavu/i.test(list.stdout);
  return existsSync('/usr/share/fonts/truetype/dejavu');
}

/** The needs that are not met on this machine. */
export function missing(env = process.env, needs = NEEDS) {
  return needs.filter((need) => !need.present(env));
}

/** Whether this machine can install Debian packages itself: root, with apt-get. */
export function canApt(uid = process.getuid?.() ?? -1, aptThere = onPath('apt-get')) {
  return uid === 0 && aptThere;
}

/** The one line that tells a person what to install, and how. */
export function adviceLine(needs, platform = process.platform) {
  const names = needs.map((n) => n.what).join(', ');
  const debs = needs.map((n) => n.deb).join(' ');
  const how =
    platform === 'linux'
      ? `sudo apt-get install ${debs}`
      : `install ${names} with your system's package manager (Chromium may be any Chrome, named by SOCLE_CHROMIUM)`;
  return `npm test: missing ${names}; install them first: ${how}`;
}

/** Makes sure the needs are met: true when they are (installing them where we may), false otherwise. */
export function ensure(env = process.env, log = console.log) {
  const lacking = missing(env);
  if (lacking.length === 0) return true;
  if (!canApt()) {
    log(adviceLine(lacking));
    return false;
  }
  const debs = lacking.flatMap((n) => n.deb.split(' '));
  log(`npm test: installing ${debs.join(' ')} with apt-get`);
  const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env: aptEnv });
  const install =
    update.status === 0 &&
    spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...debs], { stdio: 'inherit', env: aptEnv }).status === 0;
  const still = missing(env);
  if (!install || still.length > 0) {
    log(adviceLine(still.length ? still : lacking));
    return false;
  }
  return true;
}
