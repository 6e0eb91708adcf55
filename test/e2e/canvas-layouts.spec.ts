// Every step's layout with the demo's cards, as the room sees it after "fit": each card drawn, on the canvas, not hidden
// under another card, and inside the zone its meaning puts it in. A screenshot of each layout is kept for a person to look at.
import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STEPS } from '../../shared/catalogue';
import { canvasAtRest } from './canvas-rest';
import { expect, test } from './fixtures';

const SHOTS = process.env.SOCLE_SHOTS ?? join(tmpdir(), 'socle-canvas-layouts');

interface Box {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The on-screen boxes of React Flow's nodes of one type, by node id. */
async function boxes(page: Page, selector: string): Promise<Box[]> {
  return page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { id: el.getAttribute('data-id') ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
}

const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

test.describe.configure({ mode: 'serial' });

// A laptop in light, a larger screen in dark. At 1280 pixels the canvas column is about 550 pixels wide, and the
// calendar's twelve months make its cards the smallest: readable up close, hence the lower floor there.
const SCREENS = [
  { theme: 'light', width: 1280, height: 800, minCard: 30 },
  { theme: 'dark', width: 1600, height: 1000, minCard: 40 },
] as const;

for (const { theme, width, height, minCard } of SCREENS) {
  test(`every step's layout shows the demo's cards apart and on the canvas (${theme}, ${width}x${height})`, async ({ page, socle }) => {
    test.setTimeout(120_000);
    mkdirSync(SHOTS, { recursive: true });
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(socle.url);
    await page.getByTestId('workshop-row').getByRole('button').first().click();
    await expect(page.getByTestId('step-question')).toBeVisible();

    for (const step of STEPS) {
      await page.getByTestId(`agenda-step-${step.id}`).click();
      const canvas = page.getByTestId('canvas');
      await expect(canvas).toHaveAttribute('data-layout', step.layout);
      await page.locator('.canvas__flow').evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await page.locator('.react-flow__controls-fitview').click();
      await canvasAtRest(page);

      const flow = (await boxes(page, '.canvas__flow'))[0]!;
      const cards = await boxes(page, '.react-flow__node-card');
      expect(cards.length, `${step.id}: the demo has cards on this step`).toBeGreaterThan(0);
      for (const c of cards) {
        // Inside the canvas frame (a pixel of rounding allowed) and big enough to read a title.
        expect(c.x, `${step.id}: card ${c.id} left`).toBeGreaterThanOrEqual(flow.x - 1);
        expect(c.y, `${step.id}: card ${c.id} top`).toBeGreaterThanOrEqual(flow.y - 1);
        expect(c.x + c.width, `${step.id}: card ${c.id} right`).toBeLessThanOrEqual(flow.x + flow.width + 1);
        expect(c.y + c.height, `${step.id}: card ${c.id} bottom`).toBeLessThanOrEqual(flow.y + flow.height + 1);
        expect(c.width, `${step.id}: card ${c.id} readable`).toBeGreaterThan(minCard);
      }
      // None lies under the zoom buttons.
      const controls = (await boxes(page, '.react-flow__controls'))[0]!;
      for (const c of cards) expect(overlap(c, controls), `${step.id}: card ${c.id} under the zoom buttons`).toBe(0);
      // A card that lies in a zone with a meaning (a quadrant, a column, a rank, a level) lies wholly inside it, off its edges.
      const zones = await boxes(page, '.react-flow__node-zone:has([data-meaning="yes"])');
      const area = (b: Box) => b.width * b.height;
      for (const c of cards) {
        const cx = c.x + c.width / 2;
        const cy = c.y + c.height / 2;
        const home = zones
          .filter((z) => cx >= z.x && cx <= z.x + z.width && cy >= z.y && cy <= z.y + z.height)
          .sort((a, b) => area(a) - area(b))[0];
        if (!home) continue;
        expect(c.x, `${step.id}: card ${c.id} inside ${home.id}`).toBeGreaterThanOrEqual(home.x - 1);
        expect(c.y, `${step.id}: card ${c.id} inside ${home.id}`).toBeGreaterThanOrEqual(home.y - 1);
        expect(c.x + c.width, `${step.id}: card ${c.id} inside ${home.id}`).toBeLessThanOrEqual(home.x + home.width + 1);
        expect(c.y + c.height, `${step.id}: card ${c.id} inside ${home.id}`).toBeLessThanOrEqual(home.y + home.height + 1);
      }
      // No card hides another: groups are frames around cards, so they are left out.
      const solid = await boxes(page, '.react-flow__node-card:not(.cn-wrap--group)');
      for (let i = 0; i < solid.length; i++) {
        for (let j = i + 1; j < solid.length; j++) {
          const a = solid[i]!;
          const b = solid[j]!;
          const shared = overlap(a, b) / Math.min(a.width * a.height, b.width * b.height);
          expect(shared, `${step.id}: cards ${a.id} and ${b.id} overlap`).toBeLessThan(0.05);
        }
      }
      await page
        .locator('.canvas__flow')
        .screenshot({ path: join(SHOTS, `${theme}-${String(step.number).padStart(2, '0')}-${step.id}-${step.layout}.png`) });
    }
  });
}
