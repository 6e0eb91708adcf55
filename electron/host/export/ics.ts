// The calendar as iCalendar (RFC 5545): CRLF lines folded at 75 octets, escaped text, one VEVENT per dated item.
import type { CalendarExport } from '../../../shared/document';

/** TEXT values escape backslash, semicolon, comma and newlines (RFC 5545 3.3.11). */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** UTF-8 length of one code point, from its value (no encoder call per character). */
const utf8Length = (cp: number) => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/** Folds a content line so that no line is longer than 75 octets, never splitting a UTF-8 character (3.1). */
export function foldLine(line: string): string {
  // Most lines are short: a line of at most 25 UTF-16 units is at most 75 octets.
  if (line.length <= 25) return line;
  const parts: string[] = [];
  let start = 0;
  let size = 0;
  let limit = 75;
  for (let i = 0; i < line.length;) {
    const cp = line.codePointAt(i)!;
    const units = cp > 0xffff ? 2 : 1;
    const n = utf8Length(cp);
    if (size + n > limit) {
      parts.push(line.slice(start, i));
      start = i;
      size = 0;
      limit = 74; // continuation lines start with a space, which counts
    }
    size += n;
    i += units;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}

const compact = (iso: string) => iso.replace(/-/g, '');

/** The day after a YYYY-MM-DD date: DTEND of an all-day event is exclusive. */
export function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** 20260621T101500Z */
export const icsStamp = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

export function renderIcs(calendar: CalendarExport, options: { now: number; productVersion: string; language: string }): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Socle//Socle ${options.productVersion}//${options.language.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(calendar.name)}`,
  ];
  const stamp = icsStamp(options.now);
  for (const e of calendar.events) {
    if (!e.start) continue;
    const end = e.end && e.end >= e.start ? e.end : e.start;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.id}@socle.invalid`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(e.start)}`,
      `DTEND;VALUE=DATE:${compact(nextDay(end))}`,
      `SUMMARY:${escapeIcsText(e.title)}`,
      ...(e.description ? [`DESCRIPTION:${escapeIcsText(e.description)}`] : []),
      ...(e.type ? [`CATEGORIES:${escapeIcsText(e.type)}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
