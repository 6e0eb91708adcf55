// Two tabs on one workshop: an edit made in one shows in the other without a reload (Server-Sent Events).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function openObjectives(page: Page) {
  await page.getByTestId('agenda-step-objectives').click();
  await expect(page.getByTestId('canvas')).toBeVisible();
}

const cardTitled = (page: Page, title: string) => page.locator('[data-testid^="card-"][data-kind="objective"]').filter({ hasText: title });

test('a card added and renamed in one tab appears in the other without reload, and back', async ({ socle, context }) => {
  const a = await context.newPage();
  await a.goto(socle.url);
  await a.getByRole('button', { name: 'Nouvel atelier' }).click();
  await a.getByRole('dialog').getByLabel('Titre').fill('Atelier partagé');
  await a.getByRole('dialog').getByRole('button', { name: 'Créer l’atelier' }).click();
  await expect(a.getByTestId('workshop-title')).toHaveValue('Atelier partagé');
  await openObjectives(a);

  // The second tab opens the same workshop at the same address (the secret was taken from the first).
  const b = await context.newPage();
  await b.goto(`${socle.url}${new URL(a.url()).hash}`);
  await expect(b.getByTestId('workshop-title')).toHaveValue('Atelier partagé');
  await openObjectives(b);
  let reloads = 0;
  b.on('load', () => (reloads += 1));

  await a.getByTestId('add-card-objective').click();
  await a.getByTestId('selected-card').getByTestId('field-title').getByRole('textbox').fill('Doubler les candidatures');
  await expect(cardTitled(a, 'Doubler les candidatures')).toHaveCount(1);
  await expect(cardTitled(b, 'Doubler les candidatures')).toHaveCount(1, { timeout: 3_000 });

  // Renamed in the second tab: the first follows.
  await cardTitled(b, 'Doubler les candidatures').click();
  await b.getByTestId('selected-card').getByTestId('field-title').getByRole('textbox').fill('Tripler les candidatures');
  await expect(cardTitled(a, 'Tripler les candidatures')).toHaveCount(1, { timeout: 3_000 });
  await expect(cardTitled(a, 'Doubler les candidatures')).toHaveCount(0);

  // The workshop's title too.
  await a.getByTestId('workshop-title').fill('Atelier renommé');
  await a.getByTestId('workshop-title').press('Tab');
  await expect(b.getByTestId('workshop-title')).toHaveValue('Atelier renommé', { timeout: 3_000 });
  expect(reloads).toBe(0);
});
