// How cards read on the board: an empty step shows examples of good cards, visibly examples and never counted as
// cards (by the board, the health check or the picture); at 1280x720 the agenda rail opens beside the board, not over it.
import { expect, test } from './fixtures';
import { newWorkshop } from './open';
import { measure } from './legibility';

test('an empty step shows an example card in its zone, not counted as a card, gone with the first real card', async ({ page, socle }) => {
  await newWorkshop(page, socle.url, 'Exemples');
  await page.getByTestId('agenda-step-swot').click();
  await expect(page.locator('.canvas[data-fitted="yes"]')).toBeVisible();
  // One example per quadrant, each badged as an example, without "Quadrant: Strength" inside Strengths.
  const examples = page.locator('[data-testid^="example-card-"]');
  await expect(examples).toHaveCount(4);
  const strength = page.getByTestId('example-card-0');
  await expect(strength).toContainText('Exemple');
  await expect(strength).not.toContainText('Quadrant');
  const zone = (await page.locator('.react-flow__node-zone[data-id$="strength"]').boundingBox())!;
  const example = (await strength.boundingBox())!;
  expect(example.x).toBeGreaterThanOrEqual(zone.x);
  expect(example.x + example.width).toBeLessThanOrEqual(zone.x + zone.width);
  expect(example.y + example.height).toBeLessThanOrEqual(zone.y + zone.height);
  // Not a card: the board counts none, nothing is selectable, the room view counts none either.
  expect((await measure(page, '.stage')).cards).toBe(0);
  await expect(page.locator('.react-flow__node-card')).toHaveCount(0);

  // The content step's health check still says there is no pillar while the example pillar is on the board.
  await page.getByTestId('agenda-step-content').click();
  await expect(page.getByTestId('example-card-0')).toContainText('Vidéo courte');
  await expect(page.getByTestId('step-diagnostics').locator('[data-rule="content.no_pillars"]')).toHaveCount(1);

  // A double click where the example lies makes a real card there; the examples go.
  const at = (await page.getByTestId('example-card-0').boundingBox())!;
  await page.mouse.dblclick(at.x + at.width / 2, at.y + at.height / 2);
  await expect(page.getByTestId('card-rename')).toBeFocused();
  await page.keyboard.type('Nos coulisses');
  // Leaving the field saves the title.
  await page.getByTestId('card-rename').blur();
  await expect(page.locator('.react-flow__node-card', { hasText: 'Nos coulisses' })).toHaveCount(1);
  await expect(examples).toHaveCount(0);
  expect((await measure(page, '.stage')).cards).toBe(1);
});

test('at 1280x720 the agenda rail opens beside the board: it covers no card and the board fits again', async ({ page, socle }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(socle.url);
  await page.getByTestId('workshop-row').getByRole('button').first().click();
  await page.getByTestId('agenda-step-swot').click();
  await page.mouse.move(1278, 718);
  await expect(page.locator('.canvas[data-fitted="yes"]')).toBeVisible();
  const folded = (await page.locator('.canvas__flow').boundingBox())!;

  await page.getByTestId('agenda-step-swot').hover();
  const agenda = (await page.locator('.workshop__body > .agenda').boundingBox())!;
  expect(agenda.width).toBeGreaterThan(200);
  // The board moved over and narrowed: the rail ends where it begins.
  await expect.poll(async () => (await page.locator('.canvas__flow').boundingBox())!.x).toBeGreaterThanOrEqual(agenda.x + agenda.width);
  const open = (await page.locator('.canvas__flow').boundingBox())!;
  expect(open.width).toBeLessThan(folded.width);
  // Fitted again: every card wholly inside, none under anything, titles still readable, the board over half the screen.
  await expect
    .poll(async () => {
      const m = await measure(page, '.stage');
      return { outside: m.outside, covered: m.covered, readable: m.smallestTitle >= 12, board: m.share >= 0.55 };
    })
    .toEqual({ outside: [], covered: [], readable: true, board: true });
  const m = await measure(page, '.stage');
  console.log(`rail open: board ${(m.share * 100).toFixed(0)} % of the screen, smallest title ${m.smallestTitle.toFixed(1)} px`);
});
