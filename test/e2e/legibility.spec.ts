// Legible by design: on every step of the demo, on its strategy chain and on a step of 30 cards, in the control view
// and in the audience view (F5), at 1920x1080 and 1280x720, in both themes: the smallest card title on screen, the
// board's share of the screen, every card inside the view, no overlay over a card, no two cards over one another, no
// title running into its card's edge. Screenshots kept for a person.
import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STEPS } from '../../shared/catalogue';
import { expect, test } from './fixtures';
import { openDemo } from './open';
import { CARD_NODES, measure, type Legibility } from './legibility';

const SHOTS = process.env.SOCLE_SHOTS ?? join(tmpdir(), 'socle-legibility');
const SCREENS = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
] as const;
const THEMES = ['light', 'dark'] as const;

/** The audience's floor: 24 px for up to 12 cards, 18 px up to 30. */
const audienceFloor = (cards: number) => (cards <= 12 ? 24 : cards <= 30 ? 18 : 12);

function expectClean(m: Legibility, where: string) {
  expect(m.outside, `${where}: cards outside the board`).toEqual([]);
  expect(m.covered, `${where}: overlays over cards`).toEqual([]);
  expect(m.overlapping, `${where}: cards over one another`).toEqual([]);
  expect(m.linesCut, `${where}: key-field lines cut in half`).toEqual([]);
  expect(m.titlesCut, `${where}: titles on their card's edge`).toEqual([]);
  // Whole titles are held on the calendar's control view (its lanes and its items across their dates leave the fit
  // room for them); elsewhere a long title still ends in an ellipsis at the floor's size, counted in the log.
  if (where.endsWith('calendar control')) expect(m.titlesClamped, `${where}: titles cut short`).toEqual([]);
}

const line = (m: Legibility) =>
  `${m.cards} cards, title ${m.smallestTitle.toFixed(1)} px, board ${(m.share * 100).toFixed(0)} %` +
  (m.titlesCut.length ? `, ${m.titlesCut.length} titles on their card's edge` : '') +
  (m.titlesClamped.length ? `, ${m.titlesClamped.length} titles cut short` : '');

/** The control view after arriving on a step, then F5's audience view of it; both measured and photographed. */
async function check(page: Page, name: string, screen: { width: number; height: number }, log: string[]) {
  await expect(page.locator('.canvas[data-fitted="yes"]')).toBeVisible();
  const control = await measure(page, '.stage');
  await page.screenshot({ path: join(SHOTS, `${name}-control.png`) });
  log.push(`${name} control: ${line(control)}`);
  expectClean(control, `${name} control`);
  // The control view's targets are the 1280x720 projector's; a larger screen keeps its side panels open.
  if (screen.width <= 1280) expect(control.share, `${name} control: board share`).toBeGreaterThanOrEqual(0.55);
  if (control.cards > 0) expect(control.smallestTitle, `${name} control: smallest title`).toBeGreaterThanOrEqual(12);

  await page.keyboard.press('F5');
  const presenter = page.getByTestId('presenter');
  // The room's view is measured once it draws the cards the control view drew (not before, when it has none yet).
  await expect(presenter.locator(CARD_NODES)).toHaveCount(control.cards);
  await expect(presenter.locator('.canvas[data-fitted="yes"]')).toBeVisible();
  const audience = await measure(page, '[data-testid="presenter"]');
  await page.screenshot({ path: join(SHOTS, `${name}-audience.png`) });
  log.push(`${name} audience: ${line(audience)}`);
  expectClean(audience, `${name} audience`);
  // The room sees whole zones: none runs off the screen's edge.
  expect(audience.zonesCut, `${name} audience: zones cut by the screen`).toEqual([]);
  // The room reads every title whole: no sentence ends in an ellipsis on the projector.
  expect(audience.titlesClamped, `${name} audience: titles cut short`).toEqual([]);
  expect(audience.share, `${name} audience: board share`).toBeGreaterThanOrEqual(0.85);
  if (audience.cards > 0 && screen.width >= 1920) {
    expect(audience.smallestTitle, `${name} audience: smallest title`).toBeGreaterThanOrEqual(audienceFloor(audience.cards));
  }
  await page.keyboard.press('Escape');
  await expect(presenter).toBeHidden();
}

/** Visits every step of the demo and measures it in both views; the screenshots' names start with `prefix`. */
async function everyStep(page: Page, url: string, theme: (typeof THEMES)[number], screen: (typeof SCREENS)[number], prefix: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize(screen);
  await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
  await openDemo(page, url);
  const log: string[] = [];
  try {
    for (const step of STEPS) {
      await page.getByTestId(`agenda-step-${step.id}`).click();
      // The pointer leaves the agenda rail, as a facilitator's would, so it folds back.
      await page.mouse.move(screen.width - 2, screen.height - 2);
      await expect(page.getByTestId('canvas')).toHaveAttribute('data-layout', step.layout);
      await check(page, `${prefix}-${String(step.number).padStart(2, '0')}-${step.id}`, screen, log);
    }
    // The strategy chain, from the last step: its cards are measured as the steps' are. Closing F5 left the screen as
    // it was (the agenda rail folded at 1280 px), so the chain's button is there to click.
    await page.getByTestId('map-toggle').click();
    await expect(page.locator('[data-testid="strategy-map"][data-fitted="yes"]')).toBeVisible();
    await check(page, `${prefix}-15-strategy-map`, screen, log);
    expect(log.at(-2), 'the chain’s cards are measured').toMatch(/map control: [1-9]\d* cards/);
  } finally {
    console.log(log.join('\n'));
  }
}

test.describe.configure({ mode: 'serial' });

for (const theme of THEMES) {
  for (const screen of SCREENS) {
    const size = `${screen.width}x${screen.height}`;
    test(`every step of the demo is legible in both views (${theme}, ${size})`, async ({ page, socle }) => {
      test.setTimeout(240_000);
      await everyStep(page, socle.url, theme, screen, `${theme}-${size}`);
    });
  }
}

test.describe('in English', () => {
  // The interface in English too (the browser's language), not only the demo's content.
  test.use({ language: 'en_US.UTF-8', locale: 'en-US' });
  for (const theme of THEMES) {
    const screen = theme === 'light' ? SCREENS[0] : SCREENS[1];
    const size = `${screen.width}x${screen.height}`;
    test(`every step of the demo is legible in both views (English, ${theme}, ${size})`, async ({ page, socle }) => {
      test.setTimeout(240_000);
      await everyStep(page, socle.url, theme, screen, `en-${theme}-${size}`);
    });
  }
});

test('a step of 30 cards stays legible in both views at both sizes', async ({ page, socle }) => {
  test.setTimeout(180_000);
  mkdirSync(SHOTS, { recursive: true });
  await page.goto(socle.url);
  await page.getByRole('button', { name: 'Nouvel atelier' }).click();
  await page.getByRole('dialog').getByLabel('Titre').fill('Trente idées');
  await page.getByRole('dialog').getByRole('button', { name: 'Créer l’atelier' }).click();
  await expect(page.getByTestId('workshop-title')).toHaveValue('Trente idées');
  const workshopId = await page.evaluate(() => window.location.hash.split('/')[2]!);
  await page.evaluate(async (workshopId) => {
    const token = sessionStorage.getItem('socle.token') ?? '';
    for (let n = 1; n <= 30; n++) {
      const card = {
        step: 'context',
        kind: 'note',
        title: `Idée numéro ${n} de la salle`,
        x: ((n - 1) % 6) * 260,
        y: Math.floor((n - 1) / 6) * 160,
      };
      await fetch('/api/card.create', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-socle-token': token },
        body: JSON.stringify({ workshopId, card }),
      });
    }
  }, workshopId);
  const log: string[] = [];
  try {
    for (const theme of THEMES) {
      for (const screen of SCREENS) {
        await page.setViewportSize(screen);
        await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
        await page.reload();
        await page.getByTestId('agenda-step-context').click();
        await page.mouse.move(screen.width - 2, screen.height - 2);
        await check(page, `${theme}-${screen.width}x${screen.height}-30-cards`, screen, log);
      }
    }
  } finally {
    console.log(log.join('\n'));
  }
});
