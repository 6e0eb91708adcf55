// What an exporter returns, the formats' MIME types, and file names made safe from user text.
export interface ExportFile {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

export const EXPORT_FORMATS = ['docx', 'pptx', 'pdf', 'deck-pdf', 'md', 'ics', 'csv', 'socle'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

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

const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
const MAX_NAME = 100;

/**
 * A file name from user text: no path separators, control or bidi characters, nothing Windows refuses
 * (reserved characters and names, trailing dots), at most 100 characters with the extension; accents kept.
 */
export function safeFileName(text: string, extension: string, fallback = 'socle'): string {
  const ext = extension.replace(/[^a-z0-9-]/gi, '').toLowerCase();
  let base = text
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/[\\/:*?"<>|]+/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.-]+|[\s.]+$/g, '');
  const stem = base.split('.')[0]?.trim() ?? '';
  if (RESERVED.test(stem)) base = `_${base}`;
  const room = MAX_NAME - (ext ? ext.length + 1 : 0);
  // Cut by code points so that an accent or emoji is never split in half.
  base = Array.from(base).slice(0, room).join('').replace(/[\s.]+$/g, '');
  if (base === '') base = fallback;
  return ext ? `${base}.${ext}` : base;
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
