// What an exporter returns, the formats' MIME types, and file names made safe from user text.
import type { ExportFormat } from '../../../shared/document/formats';

export { EXPORT_FORMATS, type ExportFormat } from '../../../shared/document/formats';

export interface ExportFile {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

export const MIME_TYPES: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  pdf: 'application/pdf',
  'deck-pdf': 'application/pdf',
  md: 'text/markdown; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  socle: 'application/json',
};

/** Control characters, and the direction marks that can disguise an extension ("gpj.exe" shown as "exe.jpg"). */
const invisible = (c: number) =>
  c < 0x20 ||
  (c >= 0x7f && c <= 0x9f) ||
  c === 0x200e ||
  c === 0x200f ||
  (c >= 0x202a && c <= 0x202e) ||
  (c >= 0x2066 && c <= 0x2069) ||
  c === 0xfeff;

const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
const MAX_NAME = 100;
/** File systems count bytes (255 at most on most of them); accents take two, other scripts three or four. */
const MAX_BYTES = 240;

/**
 * A file name from user text: no path separators, control or bidi characters, nothing Windows refuses
 * (reserved characters and names, trailing dots), at most 100 characters (and 240 bytes) with the extension; accents kept.
 */
export function safeFileName(text: string, extension: string, fallback = 'socle'): string {
  const ext = extension.replace(/[^a-z0-9-]/gi, '').toLowerCase();
  let base = Array.from(text.normalize('NFC'))
    .filter((ch) => !invisible(ch.codePointAt(0)!))
    .join('')
    .replace(/[\\/:*?"<>|]+/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.-]+|[\s.]+$/g, '');
  const stem = base.split('.')[0]?.trim() ?? '';
  if (RESERVED.test(stem)) base = `_${base}`;
  const tail = ext ? ext.length + 1 : 0;
  // Cut by code points so that an accent or emoji is never split in half.
  let kept = '';
  let bytes = 0;
  for (const ch of base) {
    const size = new TextEncoder().encode(ch).length;
    if (kept.length + ch.length > MAX_NAME - tail || bytes + size > MAX_BYTES - tail) break;
    kept += ch;
    bytes += size;
  }
  base = kept.replace(/[\s.]+$/g, '');
  if (base === '') base = fallback;
  return ext ? `${base}.${ext}` : base;
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
