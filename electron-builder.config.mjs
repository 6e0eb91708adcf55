// electron-builder configuration for `npm run dist`: what the Socle installers hold, and why.

// The deb format refuses to build without a maintainer address and a homepage. Socle has neither
// yet; .invalid (RFC 2606) can never be mistaken for a real address. Replace both before publishing.
const MAINTAINER = 'Socle maintainers <maintainers@socle.invalid>';
const HOMEPAGE = 'https://socle.invalid/';

/** Where scripts/electron-native.mjs leaves better-sqlite3 built for Electron (a test points elsewhere). */
const NATIVE_SOURCE = process.env.SOCLE_NATIVE_DIR || '.electron-native';

/** @type {import('app-builder-lib').Configuration} */
const config = {
  appId: 'app.socle.desktop',
  productName: 'Socle',
  copyright: 'Copyright © Socle',
  // dist/ is already ignored by git and holds the bundles; the installers go beside them.
  directories: { output: 'dist/release', buildResources: 'build' },
  files: [
    'package.json',
    'dist/electron/**',
    'dist/renderer/**',
    '!**/*.map',
    // better-sqlite3 is loaded with the Electron build below (nativeBinding); its own Node build, the
    // SQLite sources and the compiler's leftovers (27 MB) are never used by the packaged app.
    '!node_modules/better-sqlite3/{build,deps,src}/**',
    '!node_modules/better-sqlite3/binding.gyp',
    // Only better-sqlite3 (native) is a production dependency: docx, pdfkit, pptxgenjs and zod are bundled into
    // dist/electron/*.cjs by scripts/build-electron.mjs, so they are devDependencies and not packed a second time.
    // electron is an optional dependency only so that npm start finds it; the runtime is the app itself.
    '!node_modules/{electron,@types,undici-types}/**',
    { from: NATIVE_SOURCE, to: 'native', filter: ['better_sqlite3-electron-*.node'] },
  ],
  asar: true,
  // A native module cannot be loaded from inside an archive: the Electron build of better-sqlite3 sits
  // in app.asar.unpacked/native/, where electron/main/startup.ts looks for it in the packaged app.
  // The pattern is matched against the source path (.electron-native/...), hence the leading **.
  // The job worker too: worker_threads starts it from a file path, which must be a real file.
  asarUnpack: ['**/better_sqlite3*.node', 'dist/electron/job-worker.cjs'],
  // The Inter fonts the PDF export embeds; electron/host/export/pdf/fonts.ts reads resources/assets/fonts.
  extraResources: [{ from: 'assets/fonts', to: 'assets/fonts' }],
  // electron-builder's own rebuild would recompile node_modules/better-sqlite3 in place for Electron
  // and break the Node build the tests use; scripts/electron-native.mjs builds a separate copy instead.
  npmRebuild: false,
  nodeGypRebuild: false,
  buildDependenciesFromSource: false,
  electronLanguages: ['en-US', 'fr'],
  beforePack: './build/before-pack.mjs',
  afterPack: './build/after-pack.mjs',
  // Offline by design: nothing is published and the app never looks for updates.
  publish: null,
  detectUpdateChannel: false,
  generateUpdatesFilesForAllChannels: false,
  extraMetadata: { homepage: HOMEPAGE, desktopName: 'socle.desktop' },
  fileAssociations: [
    {
      ext: 'socle',
      name: 'Socle workshop',
      description: 'Socle workshop',
      mimeType: 'application/x-socle',
      role: 'Editor',
    },
  ],
  linux: {
    target: ['AppImage', 'deb'],
    executableName: 'socle',
    // %F: file managers pass local paths, which is what electron/main/open-file.ts accepts (not URLs).
    executableArgs: ['%F'],
    icon: 'build/icons',
    category: 'Office',
    synopsis: 'Social media strategy workshops, offline',
    maintainer: MAINTAINER,
    vendor: MAINTAINER,
  },
  deb: { packageCategory: 'office', priority: 'optional' },
  win: { target: ['nsis'], icon: 'build/icon.ico' },
  nsis: {
    oneClick: false,
    // Per user: facilitators rarely have administrator rights on a company laptop.
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    // The library (every workshop) lives in %APPDATA%\Socle and must survive an uninstall.
    deleteAppDataOnUninstall: false,
  },
  mac: {
    target: ['dmg'],
    icon: 'build/icon.icns',
    category: 'public.app-category.productivity',
  },
  dmg: { title: 'Socle ${version}' },
};

export default config;
