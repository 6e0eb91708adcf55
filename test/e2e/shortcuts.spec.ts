// The "?" help of the workshop screen, read from the shortcut table: it opens from the page (not from a text field),
// lists what the keys do where they apply, speaks the interface language, and its keys do what it says.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { openDemo } from './open';

const SHOTS = process.env.SOCLE_SHOTS ?? join(tmpdir(), 'socle-shortcuts');

test('? lists every shortcut by where it applies, not from a text field; Esc closes it', async ({ page, socle }) => {
  await openDemo(page, socle.url);
  const help = page.getByTestId('shortcut-help');

  // Typed in a text field, "?" is a question mark.
  const title = page.getByTestId('workshop-title');
  await title.focus();
  await page.keyboard.press('Shift+?');
  await expect(help).toBeHidden();
  await title.blur();

  await page.keyboard.press('Shift+?');
  await expect(help).toBeVisible();
  await expect(help.getByRole('heading', { level: 2 })).toHaveText('Raccourcis clavier');
  await expect(help.getByRole('heading', { level: 3 })).toHaveText([
    'Atelier',
    'Tableau (quand il a le focus)',
    'Déroulé (sur une étape)',
    'Mode présentation (F5)',
    'Vote au clavier',
  ]);
  const undo = page.getByTestId('shortcut-group-workshop').locator('[data-shortcut="history.undo"]');
  await expect(undo).toContainText('Ctrl');
  await expect(undo).toContainText('annuler');
  await expect(page.getByTestId('shortcut-group-canvas').locator('[data-shortcut="canvas.remove"]')).toContainText('Suppr');
  expect(await seriousViolations(page), 'shortcut help').toEqual([]);
  await page.screenshot({ path: join(SHOTS, 'help-fr.png') });

  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  // The help's F5 does what it says.
  await page.keyboard.press('F5');
  await expect(page.getByTestId('presenter')).toBeVisible();
  // Presenter mode's foot shows a few keys; "?" there shows all of its own, from the same table.
  const keys = page.getByTestId('presenter-keys');
  await expect(keys.locator('[data-shortcut="presenter.undo"]')).toHaveCount(0);
  await page.keyboard.press('Shift+?');
  await expect(keys.locator('[data-shortcut="presenter.undo"]')).toContainText('annuler');
  await page.screenshot({ path: join(SHOTS, 'presenter-keys-fr.png') });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presenter')).toBeHidden();
});
