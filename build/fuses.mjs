// The Electron fuses Socle ships with; build/after-pack.mjs flips them into the packed binary.
// Keys are those of electron-builder's FuseOptionsV1 schema, so a test can check them against it.
export const FUSES = Object.freeze({
  // ELECTRON_RUN_AS_NODE would turn the signed app into a general-purpose Node interpreter.
  runAsNode: false,
  // NODE_OPTIONS and --inspect would let anyone inject code into the main process.
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  // Only the app.asar electron-builder wrote, checked against the hash in the binary (macOS, Windows).
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  // Socle sets no cookies today; if a page ever did, they would be encrypted with the OS keychain.
  enableCookieEncryption: true,
  // The app is served on socle://app/, never file://, so file:// needs no extra privileges.
  grantFileProtocolExtraPrivileges: false,
});
