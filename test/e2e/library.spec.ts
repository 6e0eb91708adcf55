// The library through the UI: the demo on first start, create, rename, duplicate, trash, restore, search.
import { seedFor } from '../../shared/catalogue/templates';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const rows = (page: Page) => page.getByTestId('workshop-row');
const tab = (page: Page, name: 'Ateliers' | 'Corbeille') =>
  page.getByRole('navigation', { name: 'Vue de la bibliothèque' }).getByRole('button', { name, exact: true });
const search = (page: Page) => page.getByRole('searchbox', { name: 'Rechercher' });

test('shows the demo workshop on the first start', async ({ page, socle }) => {
  await page.goto(socle.url);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText(seedFor('demo', 'fr')!.title);
  await expect(page.getByRole('progressbar').first()).toHaveAttribute('aria-valuenow', /^[1-9]\d*$/);
});

test('creates, renames, duplicates, trashes and restores a workshop, and it all survives a restart', async ({ page, socle }) => {
  await page.goto(socle.url);
  await page.getByRole('button', { name: 'Nouvel atelier' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Titre').fill('Atelier Dupont');
  await dialog.getByLabel('Organisation').fill('Dupont & Fils');
  await dialog.getByRole('button', { name: 'Créer l’atelier' }).click();
  // Creating opens the workshop; go back to the library.
  await expect(page.getByTestId('workshop-title')).toHaveValue('Atelier Dupont');
  await page.getByRole('button', { name: 'Retour à la bibliothèque' }).click();
  await expect(rows(page)).toHaveCount(2);

  await page.getByRole('button', { name: 'Renommer Atelier Dupont' }).click();
  await page.getByRole('dialog').getByLabel('Nouveau titre').fill('Atelier Dupont 2027');
  await page.getByRole('dialog').getByRole('button', { name: 'Renommer' }).click();
  await expect(rows(page).filter({ hasText: 'Atelier Dupont 2027' })).toHaveCount(1);

  await page.getByRole('button', { name: 'Dupliquer Atelier Dupont 2027' }).click();
  await expect(rows(page)).toHaveCount(3);

  await search(page).fill('fils');
  await expect(rows(page)).toHaveCount(2);
  await search(page).fill('');
  await expect(rows(page)).toHaveCount(3);

  await page.getByRole('button', { name: 'Mettre Atelier Dupont 2027 à la corbeille' }).click();
  await expect(rows(page)).toHaveCount(2);
  await tab(page, 'Corbeille').click();
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('Atelier Dupont 2027');

  await socle.restart();
  await page.goto(socle.url);
  await tab(page, 'Corbeille').click();
  await page.getByRole('button', { name: 'Restaurer Atelier Dupont 2027' }).click();
  await tab(page, 'Ateliers').click();
  await expect(rows(page)).toHaveCount(3);
  await expect(rows(page).filter({ hasText: 'Atelier Dupont 2027' })).toHaveCount(2);
});

test('refuses to create a workshop without a title and says why', async ({ page, socle }) => {
  await page.goto(socle.url);
  await page.getByRole('button', { name: 'Nouvel atelier' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Créer l’atelier' }).click();
  await expect(page.getByRole('dialog').getByText('Donnez un titre à l’atelier.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(rows(page)).toHaveCount(1);
});

test('switches the language to English and keeps it after a reload', async ({ page, socle }) => {
  await page.goto(socle.url);
  await expect(page.getByRole('button', { name: 'Nouvel atelier' })).toBeVisible();
  await page.getByRole('group', { name: 'Langue de l’interface' }).getByRole('button', { name: /EN/ }).click();
  await expect(page.getByRole('button', { name: 'New workshop' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'New workshop' })).toBeVisible();
});
