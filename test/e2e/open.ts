// The two ways a spec starts: the demo workshop opened from the library, or a new workshop created through the dialog.
import type { Locator, Page } from '@playwright/test';
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

/**
 * The demo's objectives step in a 1280x800 control window, and the audience window it opens, at 1920x1080, once it
 * shows the same step: answers that window and its room view.
 */
export async function openAudience(page: Page, url: string): Promise<{ audience: Page; room: Locator }> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openDemo(page, url);
  await page.getByTestId('agenda-step-objectives').click();
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-layout', 'ranked');
  const [audience] = await Promise.all([page.waitForEvent('popup'), page.getByTestId('open-audience').click()]);
  await audience.setViewportSize({ width: 1920, height: 1080 });
  const room = audience.getByTestId('audience-window');
  await expect(room.getByTestId('audience')).toHaveAttribute('data-step', 'objectives');
  return { audience, room };
}
