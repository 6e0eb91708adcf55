// A pdfkit document with the Inter fonts registered, and its bytes collected synchronously once it ends.
import { createRequire } from 'node:module';
import type PdfKitModule from 'pdfkit';
import { fontBuffers, type FontName } from './fonts';

// pdfkit's ES module build finds its data files through import.meta.url, which the CommonJS bundle of the main
// process lacks (it threw as the bundle loaded); its CommonJS build uses __filename. So pdfkit is required, never
// imported: esbuild bundles the CommonJS build, and ES module runs (the tests) load the same build with createRequire.
type PdfKit = typeof PdfKitModule;
const PDFDocument: PdfKit =
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above: the CommonJS build, on purpose
  typeof require === 'function' ? require('pdfkit') : (createRequire(import.meta.url)('pdfkit') as PdfKit);

export type Pdf = PDFKit.PDFDocument;

export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export function createPdf(size: [number, number], margins: Margins, info: { title: string; author: string; language: string }): Pdf {
  // font: null keeps pdfkit from loading Helvetica from its own data files: only Inter is used and embedded.
  const doc = new PDFDocument({
    size,
    margins,
    bufferPages: true,
    autoFirstPage: false,
    font: null as unknown as string,
    lang: info.language,
    displayTitle: true,
    info: { Title: info.title, Author: info.author, Creator: 'Socle', Producer: 'Socle' },
  });
  const fonts = fontBuffers();
  for (const name of Object.keys(fonts) as FontName[]) {
    doc.registerFont(name, fonts[name]);
    lightShaping(doc, name);
  }
  return doc;
}

// Text layout is what makes a long PDF slow: Inter's contextual alternates and ligature lookups, and pdfkit laying
// out every word again in each new document. So the lookups are turned off on the font object (pdfkit caches per
// word only when no features are passed with a call), and the per-word cache is shared between documents: a cached
// run holds glyph ids and advances of the same font file, which is all pdfkit reads from it.
const FEATURES = { calt: false, liga: false, clig: false, rlig: false, rclt: false, ccmp: false, locl: false, curs: false };
const MAX_CACHED_WORDS = 50_000;
const shared = new Map<FontName, Record<string, unknown>>();

interface EmbeddedFont {
  layoutCache?: Record<string, unknown>;
  font?: { layout?: (text: string, features?: unknown) => unknown };
}

function lightShaping(doc: Pdf, name: FontName): void {
  doc.font(name);
  const embedded = (doc as unknown as { _font?: EmbeddedFont })._font;
  const font = embedded?.font;
  const layout = font?.layout;
  if (!embedded || !font || typeof layout !== 'function' || !embedded.layoutCache) return;
  font.layout = (text: string, features?: unknown) => layout.call(font, text, features ?? FEATURES);
  let cache = shared.get(name);
  if (!cache || Object.keys(cache).length > MAX_CACHED_WORDS) shared.set(name, (cache = Object.create(null) as Record<string, unknown>));
  embedded.layoutCache = cache;
}

/** Ends the document and returns its bytes: pdfkit pushes every chunk before end() returns, nothing is async. */
export function finish(doc: Pdf): Uint8Array {
  doc.end();
  const chunks: Buffer[] = [];
  for (let chunk = doc.read() as Buffer | null; chunk !== null; chunk = doc.read() as Buffer | null) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}
