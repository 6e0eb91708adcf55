// electron-builder afterPack hook: flips Socle's fuses (build/fuses.mjs) in the packed Electron binary.
// It runs after the app is copied and before electron-builder signs it, which is the order fuses need.
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { FUSES } from './fuses.mjs';

const OPTIONS = {
  runAsNode: FuseV1Options.RunAsNode,
  enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
  enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
  enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
  enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
  onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
  grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges,
};

// builder-util's Arch enum: 3 is arm64, 4 is universal (which holds an arm64 slice).
const ARM64 = new Set([3, 4]);

/** The @electron/fuses configuration for one packed app. */
export function fuseConfig(platform, arch) {
  const config = {
    version: FuseVersion.V1,
    // Flipping fuses breaks the ad-hoc signature an Apple silicon binary needs to start at all; the
    // real signature, if any, is applied by electron-builder right after this hook.
    resetAdHocDarwinSignature: (platform === 'darwin' || platform === 'mas') && ARM64.has(arch),
  };
  for (const [name, value] of Object.entries(FUSES)) {
    const option = OPTIONS[name];
    if (option === undefined) throw new Error(`after-pack: unknown fuse "${name}" in build/fuses.mjs`);
    config[option] = value;
  }
  return config;
}

export async function afterPack(context) {
  // The packager knows where the executable is on each platform (Linux's executableName, the .app).
  await context.packager.addElectronFuses(context, fuseConfig(context.electronPlatformName, context.arch));
}

export default afterPack;
