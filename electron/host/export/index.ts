// Runs one export of a workshop: the outline (or deck, or calendar) once, then the format's writer; bytes and a safe name.
import { analyse, calendarFromFacts, deckFromFacts, outlineFromFacts, type SectionId } from '../../../shared/document';
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

export type ExportSource = Omit<WorkshopData, 'history'>;

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

async function compose(data: ExportSource, request: ExportRequest, onProgress: OnExportProgress): Promise<ExportFile> {
  const { format, language } = request;
  onProgress({ stage: 'composing', fraction: 0.1 });
  if (format === 'socle')
    return file(format, data.workshop.title, 'socle', utf8(renderWorkshopFile(data, request.appVersion, request.now)));
  const facts = analyse(data);
  const generatedOn = new Date(request.now).toISOString().slice(0, 10);
  const options = { language, generatedOn, ...(request.sections ? { sections: request.sections } : {}) };
  if (format === 'ics' || format === 'csv') {
    const calendar = xmlSafeDeep(calendarFromFacts(facts, language));
    if (format === 'csv') return file(format, calendar.fileBase, 'csv', utf8(renderCsv(calendar.columns, calendar.rows)));
    return file(
      format,
      calendar.fileBase,
      'ics',
      utf8(renderIcs(calendar, { now: request.now, productVersion: request.appVersion, language })),
    );
  }
  if (format === 'pptx' || format === 'deck-pdf') {
    const deck = xmlSafeDeep(deckFromFacts(facts, options));
    const name = `${deck.organisation} - ${deck.chrome.deckKind}`;
    onProgress({ stage: 'writing', fraction: 0.4 });
    return format === 'pptx' ? file(format, name, 'pptx', await writePptx(deckSpec(deck))) : file(format, name, 'pdf', renderDeckPdf(deck));
  }
  const outline = xmlSafeDeep(outlineFromFacts(facts, options));
  const name = `${outline.organisation} - ${outline.chrome.documentKind}`;
  onProgress({ stage: 'writing', fraction: 0.4 });
  if (format === 'md') return file(format, name, 'md', utf8(renderMarkdown(outline)));
  if (format === 'docx') return file(format, name, 'docx', await renderDocx(outline));
  return file(format, name, 'pdf', renderDocumentPdf(outline));
}
