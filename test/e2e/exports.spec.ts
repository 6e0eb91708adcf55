// Exports and workshop files through the UI: export with progress, download, import back, refuse a bad file.
import { readFileSync } from 'node:fs';
import { seedFor } from '../../shared/catalogue/templates';
import type { Download } from '@playwright/test';
import { expect, test } from './fixtures';

test('exports the demo as Markdown and a .socle file, then imports the file back as a new workshop', async ({ page, socle }) => {
  await page.goto(socle.url);
  const demo = seedFor('demo', 'fr')!;
  await page.getByRole('button', { name: demo.title, exact: true }).click();
  await expect(page.getByTestId('step-question')).toBeVisible();

  await page.keyboard.press('Control+e');
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Document Word (DOCX)').uncheck();
  await dialog.getByLabel('Présentation PowerPoint (PPTX)').uncheck();
  await dialog.getByLabel('Document Markdown').check();
  await dialog.getByLabel('Fichier d’atelier (.socle)').check();
  await dialog.getByLabel('Langue des exports').selectOption('en');

  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  await dialog.getByRole('button', { name: 'Exporter' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: '2 fichiers exportés.' })).toBeVisible();
  expect(downloads.map((d) => d.suggestedFilename().split('.').pop()).sort()).toEqual(['md', 'socle']);

  const md = downloads.find((d) => d.suggestedFilename().endsWith('.md'))!;
  const markdown = readFileSync((await md.path())!, 'utf8');
  expect(markdown).toContain(demo.organisation);
  expect(markdown).toMatch(/^#+ .*Objectives/m);

  const file = downloads.find((d) => d.suggestedFilename().endsWith('.socle'))!;
  const filePath = (await file.path())!;
  await page.getByRole('button', { name: 'Retour à la bibliothèque' }).click();
  await page.getByTestId('import-file').setInputFiles({ name: 'demo.socle', mimeType: 'application/json', buffer: readFileSync(filePath) });
  await expect(page.getByTestId('toast').filter({ hasText: 'Atelier importé' })).toBeVisible();
  await expect(page.getByTestId('workshop-title')).toHaveValue(demo.title);
  await page.getByRole('button', { name: 'Retour à la bibliothèque' }).click();
  await expect(page.getByTestId('workshop-row')).toHaveCount(2);
});

test('refuses a damaged workshop file with a clear message and adds nothing', async ({ page, socle }) => {
  await page.goto(socle.url);
  await expect(page.getByTestId('workshop-row')).toHaveCount(1);
  await page.getByTestId('import-file').setInputFiles({
    name: 'broken.socle',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"socle-workshop","version":1,"workshop":'),
  });
  await expect(page.getByTestId('toast').filter({ hasText: 'Le fichier « broken.socle » n’a pas été importé' })).toBeVisible();
  await expect(page.getByTestId('workshop-row')).toHaveCount(1);
});
