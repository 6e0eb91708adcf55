// The facilitator's control view on a 1280x720 projector: closing the presentation leaves the screen as it was, and the
// card editor that a chosen card opens hides no card of the board.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { measure } from './legibility';
import { openDemo } from './open';

const SCREEN = { width: 1280, height: 720 };

/** The demo's step `step` in the control view, arrived at with the mouse, which then leaves the agenda rail. */
async function openStep(page: Page, url: string, step: string) {
  await page.setViewportSize(SCREEN);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openDemo(page, url);
  await page.getByTestId(`agenda-step-${step}`).click();
  await page.mouse.move(SCREEN.width - 2, SCREEN.height - 2);
  await expect(page.locator('.canvas[data-fitted="yes"]')).toBeVisible();
}

/** The agenda rail's width on screen: 64 px folded, 236 px open. */
const rail = (page: Page) => page.locator('.workshop__body > .agenda').evaluate((e) => e.getBoundingClientRect().width);

/** Cards of the board that the side panel covers, even in part. */
function underPanel(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const panel = document.querySelector('.workshop__body > .panel')?.getBoundingClientRect();
    if (!panel || panel.width === 0) return [];
    return [...document.querySelectorAll<HTMLElement>('.stage .react-flow__node-card')]
      .filter((n) => {
        const r = n.getBoundingClientRect();
        return r.right > panel.left && r.left < panel.right && r.bottom > panel.top && r.top < panel.bottom;
      })
      .map((n) => n.textContent ?? '');
  });
}

test.describe('closing the presentation', () => {
  test('leaves the agenda rail folded and the step’s buttons shown, the focus back where it was', async ({ page, socle }) => {
    await openStep(page, socle.url, 'objectives');
    const next = page.getByRole('button', { name: 'Étape suivante' });
    await expect.poll(() => rail(page)).toBeLessThan(100);
    await expect(next).toBeVisible();

    await page.keyboard.press('F5');
    await expect(page.getByTestId('presenter')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('presenter')).toBeHidden();

    // As before F5: the rail folded, the stage's step buttons there to click.
    await expect(page.getByTestId('agenda-step-objectives')).toBeFocused();
    await expect.poll(() => rail(page)).toBeLessThan(100);
    await expect(next).toBeVisible();
    await next.click();
    await expect(page.getByTestId('agenda-step-targets')).toHaveAttribute('aria-current', 'step');
  });

  test('gives a keyboard user the rail back open, the focus on the step it was on', async ({ page, socle }) => {
    await openStep(page, socle.url, 'objectives');
    await page.getByTestId('agenda-step-objectives').focus();
    // Moving along the agenda with the keyboard opens the rail.
    await page.keyboard.press('ArrowDown');
    const focused = page.locator(':focus');
    const before = await focused.getAttribute('data-testid');
    expect(before).toMatch(/^agenda-step-/);
    await expect.poll(() => rail(page)).toBeGreaterThan(200);

    await page.keyboard.press('F5');
    await expect(page.getByTestId('presenter')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('presenter')).toBeHidden();

    await expect(page.getByTestId(before!)).toBeFocused();
    await expect.poll(() => rail(page)).toBeGreaterThan(200);
    // And the keyboard goes on along the agenda from there.
    await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId(before!)).not.toBeFocused();
    await expect(focused).toHaveAttribute('data-testid', /^agenda-step-/);
  });
});

test.describe('a chosen card’s editor', () => {
  for (const [step, title] of [
    ['swot', 'Personne à temps plein sur le numérique'],
    ['stakeholders', 'Direction générale'],
  ] as const) {
    test(`opens beside the board, which fits again: no card of the ${step} step under it`, async ({ page, socle }) => {
      await openStep(page, socle.url, step);
      const card = page.locator('.stage .react-flow__node-card', { hasText: title });
      await card.click();
      await expect(page.getByTestId('selected-card')).toBeVisible();
      await expect.poll(() => underPanel(page)).toEqual([]);
      const m = await measure(page, '.stage');
      expect(m.outside, 'cards outside the board').toEqual([]);
      expect(m.smallestTitle).toBeGreaterThanOrEqual(12);
      await page.screenshot({ path: test.info().outputPath(`${step}-card-chosen.png`) });
    });
  }

  test('brings the chosen card beside the panel on a board the user zoomed', async ({ page, socle }) => {
    await openStep(page, socle.url, 'swot');
    await page.getByRole('button', { name: 'Zoom avant' }).click();
    const card = page.locator('.stage .react-flow__node-card', { hasText: 'Personne à temps plein sur le numérique' });
    await card.click();
    await expect(page.getByTestId('selected-card')).toBeVisible();
    // The view the user chose is kept (no fit over it), and the card moves into it, wholly on the board.
    const chosen = await card.getAttribute('data-id');
    await expect.poll(async () => (await measure(page, '.stage')).outside.includes(chosen!)).toBe(false);
    expect((await underPanel(page)).some((t) => t.includes('Personne à temps plein'))).toBe(false);
  });
});

test('the zoom buttons’ fit gives back the view of arrival, the cards framed, not every month of the calendar', async ({ page, socle }) => {
  await openStep(page, socle.url, 'calendar');
  const viewport = page.locator('.stage .react-flow__viewport');
  const arrival = await viewport.getAttribute('style');
  // The facilitator zooms out to look around, then asks for the fit.
  await page.getByRole('button', { name: 'Zoom arrière' }).click();
  await page.getByRole('button', { name: 'Zoom arrière' }).click();
  await expect(viewport).not.toHaveAttribute('style', arrival ?? '');
  await page.getByRole('button', { name: 'Ajuster à l’écran' }).click();
  await expect(viewport).toHaveAttribute('style', arrival ?? '');
  const board = await measure(page, '.stage');
  expect(board.outside, 'cards outside the board after the fit').toEqual([]);
  expect(board.smallestTitle, 'smallest title after the fit').toBeGreaterThanOrEqual(12);
});
