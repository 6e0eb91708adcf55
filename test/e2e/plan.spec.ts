// A workshop starts as a plan, not a failure: progress in the header, the overrun said at creation and fitted in one click.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function createWorkshop(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Nouvel atelier' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Titre').fill(title);
  await expect(dialog.getByLabel('Durée de la séance (min)')).toHaveValue('180');
  await expect(dialog.getByTestId('create-overrun')).toContainText('230 min, 50 min de plus que la séance');
  await dialog.getByRole('button', { name: 'Créer l’atelier' }).click();
  await expect(page.getByTestId('workshop-title')).toHaveValue(title);
}

test('a new workshop reads as a plan: progress and no score in the header, the overrun fitted to the session', async ({ page, socle }) => {
  await page.goto(socle.url);
  await createWorkshop(page, 'Atelier Martin');

  const header = page.getByTestId('health-score');
  await expect(header).toHaveText('0/14 étapes décidées');
  await expect(header).toHaveAttribute('data-tone', 'plan');
  await expect(header).not.toContainText('/100');
  // The health check stays one click away.
  await header.click();
  await expect(page.getByRole('dialog', { name: /santé/i })).toBeVisible();
  await page.keyboard.press('Escape');

  await expect(page.getByTestId('plan-total')).toHaveText('230 min');
  await expect(page.getByTestId('session-length')).toHaveValue('180');
  await expect(page.getByTestId('plan-overrun')).toBeVisible();
  await page.getByTestId('plan-fit').click();
  await expect(page.getByTestId('plan-overrun')).toHaveCount(0);
  const total = Number(/\d+/.exec((await page.getByTestId('plan-total').textContent()) ?? '')?.[0]);
  expect(total).toBeLessThanOrEqual(180);
  expect(total).toBeGreaterThan(160);

  // Kept across a reload: the fitted plan is stored.
  await page.reload();
  await expect(page.getByTestId('plan-overrun')).toHaveCount(0);

  await page.getByRole('group', { name: 'Langue de l’interface' }).getByRole('button', { name: /EN/ }).click();
  await expect(page.getByTestId('health-score')).toHaveText('0/14 steps decided');
});

test('dates read dd/mm/yyyy in the library, and the chosen language and theme survive a reload', async ({ page, socle }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(socle.url);
  await page.getByRole('button', { name: 'Nouvel atelier' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Titre').fill('Atelier daté');
  await dialog.getByLabel('Date').fill('2026-03-01');
  await dialog.getByRole('button', { name: 'Créer l’atelier' }).click();
  await expect(page.getByTestId('workshop-title')).toHaveValue('Atelier daté');
  await page.getByRole('button', { name: 'Retour à la bibliothèque' }).click();
  const row = page.getByTestId('workshop-row').filter({ hasText: 'Atelier daté' });
  await expect(row).toContainText('01/03/2026');

  await page.getByRole('button', { name: 'Thème sombre' }).click();
  await page.getByRole('group', { name: 'Langue de l’interface' }).getByRole('button', { name: /EN/ }).click();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'New workshop' })).toBeVisible();
  await expect(page.getByTestId('workshop-row').filter({ hasText: 'Atelier daté' })).toContainText('01/03/2026');
});
