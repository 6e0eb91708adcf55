// Card search through the UI: Ctrl+F or the top bar, accents left out, the chosen card opened on its step and selected.
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { openDemo } from './open';

const dialog = (page: Page) => page.getByTestId('card-search');
const input = (page: Page) => page.getByTestId('card-search-input');
const results = (page: Page) => page.getByTestId('card-search-result');
const selectedTitle = (page: Page) => page.getByTestId('selected-card').getByTestId('field-title').getByRole('textbox');

test('Ctrl+F finds a card of another step without its accents; Enter opens its step and selects it', async ({ page, socle }) => {
  await openDemo(page, socle.url);
  await expect(page.getByTestId('agenda-step-swot')).not.toHaveAttribute('aria-current', 'step');

  await page.keyboard.press('Control+F');
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page).getByRole('heading')).toHaveText('Rechercher une carte');
  await expect(input(page)).toBeFocused();
  // "délais" typed without its accent; both words must be in the card.
  await input(page).fill('delais livraison');
  await expect(page.getByTestId('card-search-status')).toHaveText(/^\d+ cartes$/);
  // Equal title hits keep the steps' order: "Convaincre" (step 2) before the SWOT (step 11).
  await expect(results(page).nth(0)).toContainText('Étape 2 · Convaincre');
  await expect(results(page).nth(0)).toContainText('On va se faire critiquer sur les délais de livraison');
  await expect(results(page).nth(1)).toContainText('Étape 11 · Forces et faiblesses (SWOT)');
  await expect(results(page).nth(1)).toContainText('Critiques sur les délais de livraison en décembre');
  await expect(results(page).nth(0)).toHaveAttribute('aria-selected', 'true');
  expect(await seriousViolations(page), 'card search').toEqual([]);

  await page.keyboard.press('ArrowDown');
  await expect(results(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');

  await expect(dialog(page)).toBeHidden();
  await expect(page.getByTestId('agenda-step-swot')).toHaveAttribute('aria-current', 'step');
  await expect(selectedTitle(page)).toHaveValue('Critiques sur les délais de livraison en décembre');
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);
  await expect(page.locator('.react-flow__node.selected')).toContainText('Critiques sur les délais de livraison en décembre');

  // From a text field too, as a browser's find; a click opens a result; a hit outside the title shows where it is.
  await selectedTitle(page).focus();
  await page.keyboard.press('Control+F');
  await expect(input(page)).toBeFocused();
  await input(page).fill('photogeniques');
  await expect(results(page)).toHaveCount(1);
  await expect(results(page)).toContainText('Un savoir-faire familial et des vergers photogéniques');
  await input(page).fill('novembre');
  await expect(results(page).first().getByTestId('card-search-snippet').locator('mark')).toHaveText('novembre');
  await input(page).fill('vergers photogeniques');
  await results(page).first().click();
  await expect(dialog(page)).toBeHidden();
  await expect(selectedTitle(page)).toHaveValue('Un savoir-faire familial et des vergers photogéniques');
  await expect(page.locator('.react-flow__node.selected')).toContainText('Un savoir-faire familial et des vergers photogéniques');
});

test('the top bar opens the search; nothing matching says so; Esc closes; the dialog speaks English', async ({ page, socle }) => {
  await openDemo(page, socle.url);
  const open = page.getByTestId('card-search-open');
  await expect(open).toHaveAttribute('title', 'Rechercher une carte (Ctrl+F)');
  await open.click();
  await expect(input(page)).toBeFocused();
  await input(page).fill('zzz introuvable');
  await expect(page.getByTestId('card-search-status')).toHaveText('Aucune carte ne correspond.');
  await expect(results(page)).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(open).toBeFocused();

  await page.getByRole('button', { name: 'EN English' }).click();
  await expect(open).toHaveAttribute('title', 'Search for a card (Ctrl+F)');
  await page.keyboard.press('Control+F');
  await expect(dialog(page).getByRole('heading')).toHaveText('Search for a card');
  await input(page).fill('nothing like this');
  await expect(page.getByTestId('card-search-status')).toHaveText('No card matches.');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
});
