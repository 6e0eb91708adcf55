// The two ways a spec starts: the demo workshop opened from the library, or a new workshop created through the dialog.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Opens the demo (the library's first workshop) and waits for its first step's question. */
export async function openDemo(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('workshop-row').getByRole('button').first().click();
  await expect(page.getByTestId('step-question')).toBeVisible();
}

/** Creates a workshop through the French "new workshop" dialog; answers its id. */
export async function newWorkshop(page: Page, url: string, title: string): Promise<string> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Nouvel atelier' }).click();
  await page.getByRole('dialog').getByLabel('Titre').fill(title);
  await page.getByRole('dialog').getByRole('button', { name: 'Créer l’atelier' }).click();
  await expect(page.getByTestId('workshop-title')).toHaveValue(title);
  return page.evaluate(() => window.location.hash.split('/')[2]!);
}
