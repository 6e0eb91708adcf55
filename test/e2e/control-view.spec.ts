// The facilitator's control view on a 1280x720 projector: closing the presentation leaves the screen as it was.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
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
