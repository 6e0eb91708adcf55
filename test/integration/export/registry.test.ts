// Export formats are a registry: every format the contract offers has its own writer, and a format none knows is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, MIME_TYPES } from '../../../electron/host/export/files';
import { runExport, UnknownExportFormatError, type ExportFormat } from '../../../electron/host/export';
import { makeHost } from '../../helpers/host';
import { buildFixture, exportFile, type TestHost } from './fixture';

let host: TestHost;
let workshopId = '';
beforeAll(async () => {
  host = makeHost();
  workshopId = (await buildFixture(host)).workshopId;
});
afterAll(() => host.dispose());

const EXTENSIONS: Record<ExportFormat, string> = {
  docx: '.docx',
  pptx: '.pptx',
  pdf: '.pdf',
  'deck-pdf': '.pdf',
  md: '.md',
  ics: '.ics',
  csv: '.csv',
  socle: '.socle',
};

describe('export registry', () => {
  it.each(EXPORT_FORMATS.filter((f) => f !== 'pptx' && f !== 'docx'))('writes %s with its own type and extension', async (format) => {
    const file = await exportFile(host, { workshopId, format });
    expect(file.mimeType).toBe(MIME_TYPES[format]);
    expect(file.fileName.endsWith(EXTENSIONS[format])).toBe(true);
    expect(file.bytes.length).toBeGreaterThan(0);
  });

  it('refuses a format it does not know instead of writing a PDF', async () => {
    const request = { format: 'odt' as ExportFormat, language: 'fr' as const, appVersion: '0', now: 0 };
    const source = { workshop: { title: 'x' } } as unknown as Parameters<typeof runExport>[0];
    await expect(runExport(source, request)).rejects.toBeInstanceOf(UnknownExportFormatError);
  });

  it('refuses an unknown format at the contract with a clear error', async () => {
    const r = (await host.call('export.run', { workshopId, format: 'odt', language: 'fr' })) as { ok: boolean };
    expect(r.ok).toBe(false);
  });
});
