// electron-builder beforePack hook: refuses to pack without better-sqlite3 built for this Electron and
// this CPU, since the installed app could not open its library (scripts/electron-native.mjs makes it).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

// builder-util's Arch enum, by number, as Node names the same CPUs.
const ARCH_NAMES = { 0: 'ia32', 1: 'x64', 2: 'arm', 3: 'arm64', 4: 'universal' };

/** Why the native module cannot be packed for this target, or null when it can. */
export function nativeProblem({ dir, electronVersion, arch, hostArch = process.arch }) {
  const name = `better_sqlite3-electron-${electronVersion}.node`;
  if (!existsSync(join(dir, name))) {
    const found = existsSync(dir) ? readdirSync(dir).join(', ') || 'nothing' : 'no folder';
    return `${join(dir, name)} is missing (found: ${found}). Run \`node scripts/electron-native.mjs\` first.`;
  }
  // electron-native.mjs builds for the CPU it runs on; another CPU needs its own build machine.
  const target = ARCH_NAMES[arch] ?? String(arch);
  if (target !== hostArch)
    return `the SQLite module was built for ${hostArch}, not ${target}: build the ${target} installer on a ${target} machine.`;
  return null;
}

export async function beforePack(context) {
  const problem = nativeProblem({
    dir: process.env.SOCLE_NATIVE_DIR || join(context.packager.info.projectDir, '.electron-native'),
    electronVersion: context.packager.info.framework.version,
    arch: context.arch,
  });
  if (problem) throw new Error(`Socle cannot be packed: ${problem}`);
}

export default beforePack;
