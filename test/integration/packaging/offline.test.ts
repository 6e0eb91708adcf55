// No network at all: the built page, the main and preload bundles and the CSP name no remote origin,
// and no code path checks for updates or uploads crash reports.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, transformSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security';

const root = join(import.meta.dirname, '..', '..', '..');

// Every http(s) URL left in the shipped code once comments are gone must be one of these, none of
// which is ever requested. A new URL fails the test until someone checks what it is for.
const NEVER_FETCHED: [RegExp, string][] = [
  [
    /^http:\/\/www\.w3\.org\/(2000\/svg|2000\/xmlns\/|1999\/xlink|1999\/xhtml|XML\/1998\/namespace|1998\/Math\/MathML|2001\/XMLSchema-instance|1999\/02\/22-rdf-syntax-ns#)$/,
    'SVG, XML and RDF namespace names',
  ],
  [/^http:\/\/schemas\.(openxmlformats\.org|microsoft\.com\/office)\//, 'Office Open XML namespace names written into DOCX and PPTX'],
  [
    /^http:\/\/(purl\.org\/dc|purl\.oclc\.org\/ooxml|ns\.adobe\.com|www\.aiim\.org\/pdfu?a\/ns)\//,
    'document metadata namespace names (Dublin Core, XMP, PDF/A)',
  ],
  [/^https?:\/\/json-schema\.org\/draft/, "JSON Schema identifiers in zod's schema export"],
  [
    /^https:\/\/(react\.dev\/errors\/|tools\.ietf\.org\/html\/rfc|stuk\.github\.io\/jszip\/documentation\/|answers\.microsoft\.com\/en-us\/msoffice\/)/,
    'links quoted inside error messages',
  ],
  // pptxgenjs is bundled into the host since it writes through its public async API (no worker loading it from node_modules).
  [/^https:\/\/gitbrent\.github\.io\/PptxGenJS\/docs\/[\w-]+\.html$/, "links quoted inside pptxgenjs's error messages"],
  [/^https:\/\/github\.com$/, "the example address in pptxgenjs's hyperlink error message"],
  [/^http:\/\/\[\$\{/, "a template for an IPv6 host inside zod's URL check"],
  [/^https:\/\/$/, 'a prefix html-to-image compares font addresses with (the CSS names none)'],
  [/^https:\/\/\$\{\w+\}flow\.dev\/error#/, "links quoted inside React Flow's error messages"],
  // A link, not a request; following it is refused (security.ts keeps the window on the app's origin).
  [/^https:\/\/reactflow\.dev(\/|\?utm_source=attribution)$/, "React Flow's attribution link"],
];

const urlsIn = (code: string) => [...new Set(code.match(/https?:\/\/[^"'\s)`<>\\]*/g) ?? [])];
const unexplained = (code: string) => urlsIn(code).filter((url) => !NEVER_FETCHED.some(([pattern]) => pattern.test(url)));
// Whitespace minification drops every comment (documentation links included) and keeps strings as they are.
const withoutComments = (code: string, loader: 'js' | 'css') =>
  transformSync(code, { loader, minifyWhitespace: true, legalComments: 'none' }).code;

let renderer = '';
let work = '';
const bundles: Record<'main' | 'preload', string> = { main: '', preload: '' };

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'socle-offline-'));
  // Built afresh into a folder of its own: dist/renderer may be rebuilt by another test meanwhile.
  renderer = join(work, 'renderer');
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  execFileSync(process.execPath, [vite, 'build', '--config', 'renderer/vite.config.ts', '--outDir', renderer, '--emptyOutDir'], {
    cwd: root,
    stdio: 'pipe',
    // vitest sets NODE_ENV=test, which would make this React's development build.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  // The bundles as scripts/build-electron.mjs makes them, built in memory so that no other test's
  // dist/electron is rewritten under it.
  for (const name of ['main', 'preload'] as const) {
    const result = await build({
      entryPoints: [`electron/${name}/${name}.ts`],
      outfile: `${name}.cjs`,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node24',
      external: ['electron', 'better-sqlite3'],
      write: false,
      logLevel: 'silent',
      absWorkingDir: root,
    });
    bundles[name] = result.outputFiles[0]!.text;
  }
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the built renderer', () => {
  it('loads every script, style and icon from its own files', () => {
    const html = readFileSync(join(renderer, 'index.html'), 'utf8');
    expect(urlsIn(html)).toEqual([]);
    const refs = [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ref).toMatch(/^(\.\/assets\/[\w.-]+|data:.*)$/);
  });

  it('names no remote origin in its own Content-Security-Policy', () => {
    const html = readFileSync(join(renderer, 'index.html'), 'utf8');
    const csp = html.match(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/)?.[1];
    expect(csp).toBeDefined();
    expect(remoteSources(csp!)).toEqual([]);
  });

  it('has no URL in its scripts and styles but namespace names and identifiers', () => {
    const assets = join(renderer, 'assets');
    const files = readdirSync(assets).filter((f) => /\.(js|css)$/.test(f));
    expect(files.some((f) => f.endsWith('.js'))).toBe(true);
    for (const file of files) {
      const code = withoutComments(readFileSync(join(assets, file), 'utf8'), file.endsWith('.css') ? 'css' : 'js');
      expect(unexplained(code), file).toEqual([]);
      expect(code, file).not.toMatch(/@import\s+(url\()?["']?https?:|url\(["']?https?:/);
      expect(code, file).not.toMatch(/\bnew (WebSocket|EventSource)\(|sendBeacon\(/);
    }
  });
});

describe('the main and preload bundles', () => {
  it('hold no URL but namespace names, identifiers and links in error messages', () => {
    for (const [name, code] of Object.entries(bundles)) expect(unexplained(withoutComments(code, 'js')), name).toEqual([]);
  });

  it("use no network module of Node's, and neither Electron's net, autoUpdater nor crashReporter", () => {
    for (const [name, code] of Object.entries(bundles)) {
      expect(code, name).not.toMatch(/require\("(node:)?(http|https|http2|net|tls|dgram|dns)"\)/);
      expect(code, name).not.toMatch(/\b(autoUpdater|crashReporter|setFeedURL|uploadToServer|submitURL)\b/);
      expect(code, name).not.toMatch(/import_electron\d*\.net\b/);
    }
  });
});

/** The sources of a policy that point outside the app: hosts, network schemes, wildcards. */
function remoteSources(policy: string): string[] {
  const local = new Set(["'self'", "'none'", "'unsafe-inline'", 'data:', 'blob:']);
  return policy
    .split(';')
    .flatMap((directive) => directive.trim().split(/\s+/).slice(1))
    .filter((source) => !local.has(source));
}

describe('the Content-Security-Policy of the window', () => {
  it('allows the app itself, inline data and nothing remote', () => {
    expect(remoteSources(CONTENT_SECURITY_POLICY)).toEqual([]);
    // The scan itself catches what it is meant to.
    expect(unexplained('fetch("https://cdn.example/a.js"); const ns = "http://www.w3.org/2000/svg";')).toEqual([
      'https://cdn.example/a.js',
    ]);
    expect(CONTENT_SECURITY_POLICY).toMatch(/connect-src 'self'/);
    expect(remoteSources("default-src 'self' https://cdn.example; img-src *")).toEqual(['https://cdn.example', '*']);
  });
});

describe('the sources', () => {
  it('never check for updates, report crashes, or depend on a package that would', () => {
    const files = readdirSync(join(root, 'electron'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    for (const file of files) {
      const source = readFileSync(join(root, 'electron', file), 'utf8');
      expect(source, file).not.toMatch(/\b(autoUpdater|crashReporter|setFeedURL|electron-updater|update-electron-app)\b/);
    }
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, Record<string, string>>;
    const deps = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies, ...pkg.optionalDependencies });
    expect(deps.filter((d) => /updater|sentry|bugsnag|analytics|telemetry|crash/i.test(d))).toEqual([]);
  });
});
