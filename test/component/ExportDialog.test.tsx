// @vitest-environment happy-dom
// The export dialog: what it asks the library for (formats, language, sections), the progress while it runs, the
// file the user gets, and the refusals it shows instead of exporting.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../shared/api';
import { ExportDialog } from '../../renderer/features/exports/ExportDialog';
import { deferred } from '../../renderer/stores/fakeClient';
import { makeHost, must } from '../helpers/host';
import { draw, servicesFor, tidy, type TestHost } from './render';

let host: TestHost | null = null;
let saved: { name: string; blob: Blob }[];
let onSave: (event: Event) => void;
const createObjectURL = URL.createObjectURL;

beforeEach(() => {
  // What the browser would save: the <a download> the dialog clicks, and the blob behind its address.
  saved = [];
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = (blob: Blob) => {
    const url = createObjectURL(blob);
    blobs.set(url, blob);
    return url;
  };
  onSave = (event: Event) => {
    const a = event.target as HTMLAnchorElement;
    if (a.tagName !== 'A' || !a.download) return;
    event.preventDefault();
    saved.push({ name: a.download, blob: blobs.get(a.href)! });
  };
  document.addEventListener('click', onSave);
});
afterEach(() => {
  document.removeEventListener('click', onSave);
  URL.createObjectURL = createObjectURL;
  tidy(host);
});

/** The dialog over a real workshop; `exportRun` answers export.run in the library's place. */
async function setup(exportRun?: (input: unknown) => Promise<Result<unknown>>) {
  host = makeHost();
  const h = host;
  const workshop = await must(h, 'workshop.create', { title: 'Bakery strategy', organisation: 'Fournil & Co', language: 'en' });
  const { services, calls } = servicesFor(
    (name, input) => (name === 'export.run' && exportRun ? exportRun(input) : (h.call(name, input as never) as Promise<Result<unknown>>)),
    'en',
  );
  await services.workshop.getState().load(workshop.id);
  const onClose = vi.fn();
  draw(<ExportDialog onClose={onClose} />, services);
  const exportCalls = () => calls.filter((c) => c.name === 'export.run').map((c) => c.input);
  return { services, onClose, exportCalls, workshopId: workshop.id, user: userEvent.setup() };
}

describe('ExportDialog', () => {
  it('exports the chosen format, language and sections, and hands the file over', async () => {
    // The library's answer is scripted here (its exporters have their own tests, in Node, where they run).
    const file = {
      fileName: 'Bakery strategy - Stratégie.md',
      mimeType: 'text/markdown; charset=utf-8',
      base64: btoa('# Bakery strategy\n'),
    };
    const { user, services, onClose, exportCalls, workshopId } = await setup(async () => ({ ok: true, value: file }));
    const dialog = screen.getByTestId('export-dialog');
    await user.click(within(dialog).getByLabelText('Word document (DOCX)'));
    await user.click(within(dialog).getByLabelText('PowerPoint deck (PPTX)'));
    await user.click(within(dialog).getByLabelText('Markdown document'));
    await user.selectOptions(within(dialog).getByLabelText('Language of the exports'), 'fr');
    const sections = within(dialog).getByRole('group', { name: 'Document sections' });
    const boxes = within(sections).getAllByRole('checkbox');
    // The first box is "All sections"; leave out the first section.
    await user.click(boxes[1]!);
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const [call] = exportCalls();
    expect(call).toMatchObject({ workshopId, format: 'md', language: 'fr' });
    expect((call as { sections: string[] }).sections[0]).toBe('cover');
    expect((call as { sections: string[] }).sections).toHaveLength(boxes.length - 1);
    expect(saved.map((s) => s.name)).toEqual([file.fileName]);
    expect(saved[0]!.blob.type).toBe(file.mimeType);
    expect(await saved[0]!.blob.text()).toBe('# Bakery strategy\n');
    expect(services.notices.getState().toasts.map((t) => t.message)).toContain('1 file exported.');
  });

  it('refuses to run without a format, or without a section for a document', async () => {
    const { user, exportCalls, onClose } = await setup();
    const dialog = screen.getByTestId('export-dialog');
    await user.click(within(dialog).getByLabelText('Word document (DOCX)'));
    await user.click(within(dialog).getByLabelText('PowerPoint deck (PPTX)'));
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    expect(within(dialog).getByRole('alert').textContent).toBe('Choose at least one format.');
    // A calendar has no sections: the choice of sections goes away.
    await user.click(within(dialog).getByLabelText('Calendar (ICS)'));
    expect(within(dialog).queryByRole('group', { name: 'Document sections' })).toBeNull();
    await user.click(within(dialog).getByLabelText('PDF document'));
    await user.click(within(dialog).getByLabelText('All sections'));
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    expect(within(dialog).getByRole('alert').textContent).toBe('Choose at least one section.');
    expect(exportCalls()).toEqual([]);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('shows the progress while a file is made, then the library’s refusal, and stops there', async () => {
    const answer = deferred<Result<unknown>>();
    const { user, exportCalls, onClose } = await setup(() => answer.promise);
    const dialog = screen.getByTestId('export-dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    const progress = await within(dialog).findByTestId('export-progress');
    expect(progress.textContent).toContain('Exporting 1 of 2: Word document (DOCX)…');
    expect((within(dialog).getByRole('button', { name: 'Export' }) as HTMLButtonElement).disabled).toBe(true);
    answer.resolve({ ok: false, error: { code: 'storage', message: 'the disk is full' } });
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toBe('The Word document (DOCX) export failed: the disk is full');
    expect(within(dialog).queryByTestId('export-progress')).toBeNull();
    expect(exportCalls()).toHaveLength(1);
    expect(saved).toEqual([]);
    expect(onClose).not.toHaveBeenCalled();
  });
});
