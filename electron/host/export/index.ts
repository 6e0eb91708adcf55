// Runs one export of a workshop: the outline (or deck, or calendar) once, then the format's writer; bytes and a safe name.
import { analyse, calendarFromFacts, deckFromFacts, outlineFromFacts, type BeforeInput, type SectionId } from '../../../shared/document';
import type { Language, WorkshopData } from '../../../shared/model';
import { renderCsv } from './csv';
import { renderDocx } from './docx';
import { MIME_TYPES, safeFileName, utf8, type ExportFile, type ExportFormat } from './files';

export type { ExportFile, ExportFormat } from './files';
import { renderIcs } from './ics';
import { renderMarkdown } from './markdown';
import { renderDeckPdf } from './pdf/deck';
import { renderDocumentPdf } from './pdf/document';
import { deckSpec } from './pptx/build';
import { writePptx } from './pptx/write';
import { renderWorkshopFile } from './workshop-file';
import { xmlSafeDeep } from './xml-safe';

export interface ExportRequest {
  format: ExportFormat;
  language: Language;
  sections?: readonly SectionId[];
  appVersion: string;
  /** Epoch milliseconds: the file's timestamp (DTSTAMP, exportedAt, "version of" date). */
  now: number;
}

/** Rows a table of the DOCX or PDF document keeps: a few pages each, not a transcript of a thousand cards. */
export const PAGED_ROW_LIMIT = 40;

export type ExportSource = Omit<WorkshopData, 'history'> & { before?: BeforeInput };

const file = (format: ExportFormat, name: string, extension: string, bytes: Uint8Array): ExportFile => ({
  fileName: safeFileName(name, extension),
  mimeType: MIME_TYPES[format],
  bytes,
});

/** How far an export is, from 0 to 1, and the stage it is at. */
export interface ExportProgress {
  stage: 'reading' | 'composing' | 'writing' | 'done';
  fraction: number;
}
export type OnExportProgress = (progress: ExportProgress) => void;

export async function runExport(data: ExportSource, request: ExportRequest, onProgress?: OnExportProgress): Promise<ExportFile> {
  const file = await compose(data, request, onProgress ?? (() => {}));
  onProgress?.({ stage: 'done', fraction: 1 });
  return file;
}

/** What a writer is given: the workshop, the request, and the progress callback. */
interface WriterInput {
  data: ExportSource;
  request: ExportRequest;
  onProgress: OnExportProgress;
}
type Writer = (input: WriterInput) => Promise<ExportFile>;

const optionsOf = ({ request }: WriterInput) => ({
  language: request.language,
  generatedOn: new Date(request.now).toISOString().slice(0, 10),
  ...(request.sections ? { sections: request.sections } : {}),
});

const calendarOf = (input: WriterInput) => xmlSafeDeep(calendarFromFacts(analyse(input.data), input.request.language));

const deckOf = (input: WriterInput) => {
  const deck = xmlSafeDeep(deckFromFacts(analyse(input.data), optionsOf(input)));
  input.onProgress({ stage: 'writing', fraction: 0.4 });
  return { deck, name: `${deck.organisation} - ${deck.chrome.deckKind}` };
};

/** Paged documents keep the first rows of a long table; the Markdown export is the complete record. */
const outlineOf = (input: WriterInput, paged: boolean) => {
  const options = optionsOf(input);
  const outline = xmlSafeDeep(outlineFromFacts(analyse(input.data), paged ? { ...options, rowLimit: PAGED_ROW_LIMIT } : options));
  input.onProgress({ stage: 'writing', fraction: 0.4 });
  return { outline, name: `${outline.organisation} - ${outline.chrome.documentKind}` };
};

/** One writer per format; the compiler refuses a format without one (adding a format is one entry here). */
const WRITERS: Record<ExportFormat, Writer> = {
  socle: async ({ data, request }) =>
    file('socle', data.workshop.title, 'socle', utf8(renderWorkshopFile(data, request.appVersion, request.now))),
  csv: async (input) => {
    const calendar = calendarOf(input);
    return file('csv', calendar.fileBase, 'csv', utf8(renderCsv(calendar.columns, calendar.rows)));
  },
  ics: async (input) => {
    const calendar = calendarOf(input);
    const { now, appVersion, language } = input.request;
    return file('ics', calendar.fileBase, 'ics', utf8(renderIcs(calendar, { now, productVersion: appVersion, language })));
  },
  pptx: async (input) => {
    const { deck, name } = deckOf(input);
    return file('pptx', name, 'pptx', await writePptx(deckSpec(deck)));
  },
  'deck-pdf': async (input) => {
    const { deck, name } = deckOf(input);
    return file('deck-pdf', name, 'pdf', renderDeckPdf(deck));
  },
  md: async (input) => {
    const { outline, name } = outlineOf(input, false);
    return file('md', name, 'md', utf8(renderMarkdown(outline)));
  },
  docx: async (input) => {
    const { outline, name } = outlineOf(input, true);
    return file('docx', name, 'docx', await renderDocx(outline));
  },
  pdf: async (input) => {
    const { outline, name } = outlineOf(input, true);
    return file('pdf', name, 'pdf', renderDocumentPdf(outline));
  },
};

/** A format no writer knows is refused, not written as another format. */
export class UnknownExportFormatError extends Error {
  constructor(readonly format: string) {
    super(`Unknown export format: ${format}`);
    this.name = 'UnknownExportFormatError';
  }
}

async function compose(data: ExportSource, request: ExportRequest, onProgress: OnExportProgress): Promise<ExportFile> {
  const writer = Object.hasOwn(WRITERS, request.format) ? WRITERS[request.format] : undefined;
  if (!writer) throw new UnknownExportFormatError(String(request.format));
  onProgress({ stage: 'composing', fraction: 0.1 });
  return writer({ data, request, onProgress });
}
