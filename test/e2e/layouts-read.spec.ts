// Layouts that read: the stakeholder grid as four named quadrants with every card in the quadrant of its power and
// interest (the demo's cards still sit on the old 5 x 5 positions), and the strategy map as one left-to-right chain,
// in the control view and the audience view (F5), in French and English, both themes, 1920x1080 and 1280x720.
// Screenshots kept for a person to look at (SOCLE_SHOTS).
import type { Locator, Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedFor } from '../../shared/catalogue/templates';
import { quadrantOf, STAKEHOLDER_QUADRANTS } from '../../shared/model';
import { expect, test } from './fixtures';
import { openAudience, openDemo as open } from './open';
import { measure } from './legibility';

const SHOTS = process.env.SOCLE_SHOTS ?? join(tmpdir(), 'socle-layouts-read');
const SCREENS = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
] as const;
const THEMES = ['light', 'dark'] as const;
const NAMES = {
  fr: ['Tenir satisfait', 'Associer de près', 'Surveiller', 'Tenir informé'],
  en: ['Keep satisfied', 'Manage closely', 'Monitor', 'Keep informed'],
};
const HEADS = {
  fr: ['Objectif', 'Cible', 'Canal', 'Contenu', 'Indicateur', 'Responsable'],
  en: ['Objective', 'Target', 'Channel', 'Content', 'KPI', 'Owner'],
};

type Box = { x: number; y: number; width: number; height: number };
const inside = (c: Box, z: Box) =>
  c.x >= z.x - 1 && c.y >= z.y - 1 && c.x + c.width <= z.x + z.width + 1 && c.y + c.height <= z.y + z.height + 1;

/** Each quadrant's name is shown in it, and each of the demo's stakeholders lies wholly in the quadrant of its values. */
async function expectQuadrants(page: Page, scope: Locator, language: 'fr' | 'en') {
  for (const [i, q] of STAKEHOLDER_QUADRANTS.entries()) {
    const zone = scope.locator(`[data-zone="${q}"]`);
    await expect(zone.locator('.cz__label')).toHaveText(NAMES[language][i]!);
    await expect(zone.locator('.cz__label')).toBeInViewport();
  }
  const stakeholders = seedFor('demo', language)!.cards.filter((c) => c.kind === 'stakeholder');
  for (const s of stakeholders) {
    const title = page.locator('.cn__title').getByText(s.title, { exact: true });
    const card = scope.locator('[data-kind="stakeholder"]').filter({ has: title });
    await expect(card).toHaveCount(1);
    const quadrant = quadrantOf(s.fields ?? {})!;
    const [c, z] = [await card.boundingBox(), await scope.locator(`[data-zone="${quadrant}"]`).boundingBox()];
    expect(c && z && inside(c, z), `${s.title} in ${quadrant}`).toBe(true);
  }
}

async function openDemo(page: Page, url: string, screen: Box & { width: number }, theme: (typeof THEMES)[number]) {
  await page.setViewportSize({ width: screen.width, height: screen.height });
  await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
  await open(page, url);
}

for (const language of ['fr', 'en'] as const) {
  test.describe(`layouts that read (${language})`, () => {
    test.use({ language: language === 'fr' ? 'fr_FR.UTF-8' : 'en_US.UTF-8', locale: language === 'fr' ? 'fr-FR' : 'en-US' });

    test('the stakeholder grid is four named quadrants, each card in its own, in both views', async ({ page, socle }) => {
      test.setTimeout(180_000);
      mkdirSync(SHOTS, { recursive: true });
      for (const screen of SCREENS)
        for (const theme of THEMES) {
          const name = `${language}-${theme}-${screen.width}-stakeholders`;
          await openDemo(page, socle.url, { x: 0, y: 0, ...screen }, theme);
          await page.getByTestId('agenda-step-stakeholders').click();
          await page.mouse.move(screen.width - 2, screen.height - 2);
          await expect(page.locator('.canvas[data-fitted="yes"]')).toBeVisible();
          await expectQuadrants(page, page.locator('.stage'), language);
          await page.screenshot({ path: join(SHOTS, `${name}-control.png`) });
          await page.keyboard.press('F5');
          const presenter = page.getByTestId('presenter');
          await expect(presenter.locator('.canvas[data-fitted="yes"]')).toBeVisible();
          await expectQuadrants(page, presenter, language);
          const m = await measure(page, '[data-testid="presenter"]');
          expect(m.outside, `${name}: cards outside`).toEqual([]);
          expect(m.overlapping, `${name}: cards over one another`).toEqual([]);
          expect(m.share, `${name}: board share`).toBeGreaterThanOrEqual(0.85);
          if (screen.width >= 1920) expect(m.smallestTitle, `${name}: smallest title`).toBeGreaterThanOrEqual(24);
          await page.screenshot({ path: join(SHOTS, `${name}-audience.png`) });
          await page.keyboard.press('Escape');
          await expect(presenter).toBeHidden();
        }
    });

    test('the strategy map reads left to right as one chain, and the room sees it on F5', async ({ page, socle }) => {
      test.setTimeout(180_000);
      mkdirSync(SHOTS, { recursive: true });
      for (const screen of SCREENS)
        for (const theme of THEMES) {
          const name = `${language}-${theme}-${screen.width}-chain`;
          await openDemo(page, socle.url, { x: 0, y: 0, ...screen }, theme);
          await page.getByTestId('agenda-step-measurement').click();
          await page.mouse.move(screen.width - 2, screen.height - 2);
          await page.getByTestId('map-toggle').click();
          for (const scope of [page.getByTestId('strategy-map')]) await expectChain(scope, language);
          await page.screenshot({ path: join(SHOTS, `${name}-control.png`) });
          await page.keyboard.press('F5');
          const presenter = page.getByTestId('presenter');
          await expect(presenter.getByTestId('audience')).toHaveAttribute('data-map', 'true');
          await expectChain(presenter.getByTestId('strategy-map'), language);
          await page.screenshot({ path: join(SHOTS, `${name}-audience.png`) });
          await page.keyboard.press('Escape');
          await expect(presenter).toBeHidden();
        }
    });
  });
}

/** The six heads in the chain's order from left to right, all in view, and the demo's three objectives as lanes. */
async function expectChain(map: Locator, language: 'fr' | 'en') {
  await expect(map).toHaveAttribute('data-lanes', '3');
  // Arrows read from head to head, and along each lane between filled cells.
  expect(await map.locator('.react-flow__edge').count()).toBeGreaterThanOrEqual(5 + 3);
  let right = -Infinity;
  for (const [i, column] of ['objective', 'target', 'channel', 'content', 'kpi', 'owner'].entries()) {
    const head = map.getByTestId(`chain-head-${column}`);
    await expect(head).toHaveText(HEADS[language][i]!);
    await expect(head).toBeInViewport({ ratio: 0.99 });
    const box = (await head.boundingBox())!;
    expect(box.x).toBeGreaterThan(right);
    right = box.x + box.width;
  }
}

test('the audience window shows the strategy chain while the control window does, and the board again after', async ({ page, socle }) => {
  const { room } = await openAudience(page, socle.url);
  await expect(room.getByTestId('audience')).toHaveAttribute('data-map', 'false');

  await page.getByTestId('map-toggle').click();
  await expect(room.getByTestId('audience')).toHaveAttribute('data-map', 'true');
  await expectChain(room.getByTestId('strategy-map'), 'fr');
  await expect(room.locator('.react-flow__controls')).toHaveCount(0);

  // Another step shows its own board, on both screens.
  await page.getByTestId('agenda-step-swot').click();
  await expect(room.getByTestId('audience')).toHaveAttribute('data-map', 'false');
  await expect(room.getByTestId('audience')).toHaveAttribute('data-step', 'swot');
  await expect(room.getByTestId('strategy-map')).toHaveCount(0);
});

test('a stakeholder dragged into another quadrant lands there, keeps its power, and one undo brings it back', async ({ page, socle }) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto(socle.url);
  await page.getByTestId('workshop-row').getByRole('button').first().click();
  await page.getByTestId('agenda-step-stakeholders').click();
  await expect(page.locator('.canvas[data-fitted="yes"]')).toBeVisible();
  const sales = page.locator('[data-kind="stakeholder"]').filter({ has: page.locator('.cn__title').getByText('Ventes', { exact: true }) });
  const zone = (q: string) => page.locator(`.stage [data-zone="${q}"]`);
  const within = async (q: string) => inside((await sales.boundingBox())!, (await zone(q).boundingBox())!);
  expect(await within('monitor')).toBe(true);

  // From Monitor (power 3, interest 3) to Keep informed: only the interest crosses the line.
  const from = (await sales.boundingBox())!;
  const to = (await zone('keep-informed').boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 5, from.y + from.height / 2 + 5, { steps: 2 });
  await page.mouse.move(to.x + to.width * 0.75, to.y + to.height * 0.6, { steps: 12 });
  await page.mouse.up();
  await expect.poll(() => within('keep-informed')).toBe(true);
  await sales.click();
  await expect(page.getByRole('group', { name: 'Pouvoir', exact: true }).getByRole('radio', { name: '3' })).toBeChecked();
  await expect(page.getByRole('group', { name: 'Intérêt', exact: true }).getByRole('radio', { name: '4' })).toBeChecked();

  await page.getByTestId('undo').click();
  await expect.poll(() => within('monitor')).toBe(true);
});
