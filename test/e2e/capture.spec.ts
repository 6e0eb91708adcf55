// Capture at the speed of talk: a new card is typed on the card itself, Enter opens the next one beside it in the same
// zone, Tab one in the next zone; a paste of three cards lands apart from the originals and is one undo step.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { newWorkshop, openDemo } from './open';

const box = async (page: Page, title: string) => (await page.locator('.react-flow__node-card', { hasText: title }).boundingBox())!;

test('a card is typed on the card; Enter opens the next beside it in its quadrant, Tab one in the next quadrant', async ({
  page,
  socle,
}) => {
  await newWorkshop(page, socle.url, 'Saisie');
  await page.getByTestId('agenda-step-swot').click();
  const quadrant = page.getByTestId('selected-card').getByTestId('field-quadrant').getByRole('combobox');
  // A double click in Strengths makes a card there, open for typing on the card.
  const zone = (await page.locator('.react-flow__node-zone[data-id$="strength"]').boundingBox())!;
  await page.mouse.dblclick(zone.x + zone.width / 3, zone.y + zone.height / 2);
  const input = page.getByTestId('card-rename');
  await expect(input).toBeFocused();
  await page.keyboard.type('Savoir-faire familial');
  await page.keyboard.press('Enter');
  await expect(page.locator('.react-flow__node-card', { hasText: 'Savoir-faire familial' })).toHaveCount(1);
  // The next card is open for typing at once, beside the first, in the same quadrant.
  await expect(input).toBeFocused();
  await page.keyboard.type('Vergers photogéniques');
  await page.keyboard.press('Tab');
  await expect(page.locator('.react-flow__node-card', { hasText: 'Vergers photogéniques' })).toHaveCount(1);
  await expect(input).toBeFocused();
  await page.keyboard.type('Personne à plein temps');
  await page.keyboard.press('Escape');
  await expect(input).toBeHidden();

  const first = await box(page, 'Savoir-faire familial');
  const second = await box(page, 'Vergers photogéniques');
  expect(Math.abs(second.y - first.y)).toBeLessThan(2);
  expect(second.x).toBeGreaterThanOrEqual(first.x + first.width);
  await page.locator('.react-flow__node-card', { hasText: 'Vergers photogéniques' }).click();
  await expect(quadrant).toHaveValue('strength');
  // Tab went on to the next quadrant; Escape kept the card made but not its typing.
  await page
    .locator('.react-flow__node-card')
    .filter({ hasNotText: /Savoir|Vergers/ })
    .first()
    .click();
  await expect(quadrant).not.toHaveValue('strength');
  await expect(quadrant).not.toHaveValue('');
});

test("a double click in a stakeholder quadrant makes the card there, with that quadrant's power and interest", async ({ page, socle }) => {
  await newWorkshop(page, socle.url, 'Parties prenantes');
  await page.getByTestId('agenda-step-stakeholders').click();
  await expect(page.locator('.canvas[data-fitted="yes"]')).toBeVisible();
  const zone = page.locator('.stage [data-zone="manage-closely"]');
  const at = (await zone.boundingBox())!;
  await page.mouse.dblclick(at.x + at.width * 0.7, at.y + at.height * 0.6);
  const input = page.getByTestId('card-rename');
  await expect(input).toBeFocused();
  await page.keyboard.type('Direction générale');
  await page.keyboard.press('Enter');
  // Enter opens the next one beside it, in the same quadrant.
  await expect(input).toBeFocused();
  await page.keyboard.type('Service client');
  await page.keyboard.press('Enter');
  await expect(input).toBeFocused();
  await page.keyboard.press('Escape');

  for (const title of ['Direction générale', 'Service client']) {
    const card = page.locator('.react-flow__node-card', { hasText: title });
    await expect(card).toHaveCount(1);
    const c = (await card.boundingBox())!;
    const z = (await zone.boundingBox())!;
    const inside = c.x >= z.x - 1 && c.y >= z.y - 1 && c.x + c.width <= z.x + z.width + 1 && c.y + c.height <= z.y + z.height + 1;
    expect(inside, `${title} in Manage closely`).toBe(true);
    await card.click();
    await expect(page.getByRole('group', { name: 'Pouvoir', exact: true }).getByRole('radio', { name: '4' })).toBeChecked();
    await expect(page.getByRole('group', { name: 'Intérêt', exact: true }).getByRole('radio', { name: '4' })).toBeChecked();
  }
  // Nothing waits in the tray: it is not drawn.
  await expect(page.locator('.stage [data-zone="tray"]')).toHaveCount(0);
});

test("a card double-clicked below the demo's stakeholders in Monitor comes after them: none of them moves", async ({ page, socle }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openDemo(page, socle.url);
  await page.getByTestId('agenda-step-stakeholders').click();
  await page.mouse.move(1900, 1000);
  await expect(page.locator('.canvas[data-fitted="yes"]')).toBeVisible();
  const named = (title: string) =>
    page.locator('.react-flow__node-card').filter({ has: page.locator('.cn__title').getByText(title, { exact: true }) });
  const before = await Promise.all(['Ventes', 'Informatique'].map(async (t) => (await named(t).boundingBox())!));
  const zone = (await page.locator('.stage [data-zone="monitor"]').boundingBox())!;
  await page.mouse.dblclick(zone.x + zone.width - 20, zone.y + zone.height - 15);
  await expect(page.getByTestId('card-rename')).toBeFocused();
  await page.keyboard.type('Nouveau venu');
  await page.getByTestId('card-rename').blur();
  await expect(named('Nouveau venu')).toHaveCount(1);
  await expect.poll(async () => (await named('Nouveau venu').boundingBox())!.y).toBeGreaterThan(before[1]!.y + before[1]!.height);
  const after = await Promise.all(['Ventes', 'Informatique'].map(async (t) => (await named(t).boundingBox())!));
  expect(after.map((b) => [Math.round(b.x), Math.round(b.y)])).toEqual(before.map((b) => [Math.round(b.x), Math.round(b.y)]));
  await named('Nouveau venu').click();
  await expect(page.getByRole('group', { name: 'Pouvoir', exact: true }).getByRole('radio', { name: '2' })).toBeChecked();
  await expect(page.getByRole('group', { name: 'Intérêt', exact: true }).getByRole('radio', { name: '2' })).toBeChecked();
});

test('pasting three cards puts the copies apart from every card, and one undo takes the whole paste back', async ({ page, socle }) => {
  await newWorkshop(page, socle.url, 'Collage');
  await page.getByTestId('agenda-step-context').click();
  const pane = page.getByTestId('canvas').locator('.react-flow__pane');
  await pane.click();
  await page.keyboard.press('n');
  const input = page.getByTestId('card-rename');
  for (const title of ['Un', 'Deux', 'Trois']) {
    await expect(input).toBeFocused();
    await expect(input).toHaveValue('');
    await page.keyboard.type(title);
    await page.keyboard.press('Enter');
  }
  // The fourth card Enter opened is left empty.
  await expect(input).toBeFocused();
  await page.keyboard.press('Escape');
  const cards = page.locator('.react-flow__node-card');
  for (const title of ['Un', 'Deux', 'Trois']) await expect(cards.filter({ hasText: title })).toHaveCount(1);
  await expect(cards).toHaveCount(4);
  const before = await cards.count();

  await cards.filter({ hasText: 'Un' }).click();
  await cards.filter({ hasText: 'Deux' }).click({ modifiers: ['Shift'] });
  await cards.filter({ hasText: 'Trois' }).click({ modifiers: ['Shift'] });
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(cards).toHaveCount(before + 3);
  const boxes = await cards.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
      expect(apart, `cards ${i} and ${j} overlap`).toBe(true);
    }
  }
  // Only cards in view are drawn: fit before counting.
  const fit = page.locator('.react-flow__controls-fitview');
  await page.getByTestId('undo').click();
  await fit.click();
  await expect(cards).toHaveCount(before);
  await page.getByTestId('redo').click();
  await fit.click();
  await expect(cards).toHaveCount(before + 3);
});
