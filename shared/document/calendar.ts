// The calendar as plain rows and events (for the ICS and CSV exports), with FR/EN headers.
import { CALENDAR_TYPE_OPTIONS } from '../catalogue/options';
import type { Language } from '../model';
import { labelOf, nameOf } from './blocks/common';
import { calendarItems } from './blocks/content';
import { analyse, str, type DocumentInput, type Facts } from './facts';
import { organisationOf } from './sections/summary';
import { tr } from './text';
import { COLUMNS, WORDS } from './text/labels';

export interface CalendarEvent {
  /** The card's id: stable across exports, so a calendar app updates rather than duplicates. */
  id: string;
  title: string;
  type: string;
  /** YYYY-MM-DD, inclusive. */
  start: string | null;
  end: string | null;
  description: string;
}

export interface CalendarExport {
  name: string;
  fileBase: string;
  events: CalendarEvent[];
  columns: string[];
  rows: string[][];
}

export function calendarFromFacts(f: Facts, language: Language): CalendarExport {
  const events = calendarItems(f).map((c): CalendarEvent => {
    const start = str(c, 'start') ?? null;
    return {
      id: c.id,
      title: nameOf(c, language),
      type: labelOf(CALENDAR_TYPE_OPTIONS, c.fields.type, language) ?? '',
      start,
      end: str(c, 'end') ?? start,
      description: [str(c, 'trigger'), c.body.trim()].filter(Boolean).join('\n\n'),
    };
  });
  const org = organisationOf(f);
  return {
    name: tr(language, WORDS.calendarName, { org }),
    fileBase: `${org} - ${tr(language, WORDS.calendarFile)}`,
    events,
    columns: [COLUMNS.type, COLUMNS.item, COLUMNS.start, COLUMNS.end, COLUMNS.detail].map((t) => tr(language, t)),
    rows: events.map((e) => [e.type, e.title, e.start ?? '', e.end ?? '', e.description]),
  };
}

export function buildCalendar(input: DocumentInput, language: Language): CalendarExport {
  return calendarFromFacts(analyse(input), language);
}
