// Two windows on one workshop, in real Chromium: each edit sends only the field it changes, so page A's target value
// and page B's deadline both survive; an edit of a field the other window changed is refused and the card reloaded.
// Page B gets no live updates (its event stream is cut), as a window whose sync lags would: its view stays stale.
import { expect, test } from './fixtures';

test('keeps both pages’ edits of different fields of one card, and reloads a card edited from a stale view', async ({ page, socle }) => {
  await page.goto(socle.url);
  await page.getByRole('button', { name: 'Nouvel atelier' }).click();
  await page.getByRole('dialog').getByLabel('Titre').fill('Deux fenêtres');
  await page.getByRole('dialog').getByRole('button', { name: 'Créer l’atelier' }).click();
  await page.getByTestId('agenda-step-objectives').click();
  await page.getByTestId('add-card-objective').click();
  const cardA = page.getByTestId('selected-card');
  await cardA.getByTestId('field-title').getByRole('textbox').fill('Notoriété locale');
  await cardA.getByTestId('field-title').getByRole('textbox').blur();
  await expect(page.locator('[data-testid^="card-"][data-kind="objective"]')).toContainText('Notoriété locale');

  // Page B opens the same card while its target is still empty.
  const other = await page.context().newPage();
  await other.route('**/events?**', (route) => route.abort());
  await other.goto(page.url());
  await other.locator('[data-testid^="card-"][data-kind="objective"]').click();
  const cardB = other.getByTestId('selected-card');
  await expect(cardB.getByTestId('field-target').getByRole('textbox')).toHaveValue('');

  // A sets the target value; B, still showing no target, then sets the deadline.
  await cardA.getByTestId('field-target').getByRole('textbox').fill('5000');
  await cardA.getByTestId('field-target').getByRole('textbox').blur();
  await expect(page.getByTestId('undo')).toBeEnabled();
  await cardB.getByTestId('field-deadline').locator('input').fill('2027-06-30');
  await cardB.getByTestId('field-deadline').locator('input').blur();
  await expect(other.getByTestId('undo')).toBeEnabled();

  // Both survive: a fresh page shows the target and the deadline.
  const check = await page.context().newPage();
  await check.goto(page.url());
  await check.locator('[data-testid^="card-"][data-kind="objective"]').click();
  await expect(check.getByTestId('selected-card').getByTestId('field-target').getByRole('textbox')).toHaveValue('5000');
  await expect(check.getByTestId('selected-card').getByTestId('field-deadline').locator('input')).toHaveValue('2027-06-30');
  await check.close();

  // B now changes the target it still shows as empty: refused, nothing overwritten, and B's card shows A's value.
  await cardB.getByTestId('field-target').getByRole('textbox').fill('10');
  await cardB.getByTestId('field-target').getByRole('textbox').blur();
  await expect(other.getByText('Cette carte a été modifiée dans une autre fenêtre', { exact: false })).toBeVisible();
  await expect(other.getByTestId('selected-card').getByTestId('field-target').getByRole('textbox')).toHaveValue('5000');
  await page.reload();
  await page.locator('[data-testid^="card-"][data-kind="objective"]').click();
  await expect(page.getByTestId('selected-card').getByTestId('field-target').getByRole('textbox')).toHaveValue('5000');
});
