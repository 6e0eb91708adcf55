// The audience window follows the control window through the host's events: step, spotlight, vote reveal; and it
// shows what the room should see only (no score, no editing chrome).
import { expect, test } from './fixtures';
import { CARD_NODES, measure } from './legibility';
import { openAudience } from './open';

test('the audience window follows the control window: step, spotlight, vote reveal', async ({ page, socle }) => {
  const { audience, room } = await openAudience(page, socle.url);
  await expect(room.getByTestId('presenter-question')).toHaveText(/objectifs|obtenir/i);
  // Nothing of the facilitator's: no score, no toolbar, no zoom buttons.
  await expect(audience.getByTestId('health-score')).toHaveCount(0);
  await expect(room.locator('.canvas-bar, .react-flow__controls')).toHaveCount(0);
  await expect(room.locator('.canvas[data-fitted="yes"]')).toBeVisible();
  const legible = await measure(audience, '[data-testid="audience-window"]');
  expect(legible.smallestTitle).toBeGreaterThanOrEqual(24);
  expect(legible.share).toBeGreaterThanOrEqual(0.85);

  // The convince step's long answers, read whole on the room's screen too (its cards are sized to their titles).
  await page.getByTestId('agenda-step-convince').click();
  await expect(room.getByTestId('audience')).toHaveAttribute('data-step', 'convince');
  await expect(room.locator('.canvas[data-layout="columns"][data-fitted="yes"]')).toBeVisible();
  await expect(room.locator(CARD_NODES)).toHaveCount(await page.locator(`.stage ${CARD_NODES}`).count());
  expect((await measure(audience, '[data-testid="audience-window"]')).titlesClamped).toEqual([]);

  // Another step in the control window: the room's screen goes there.
  await page.getByTestId('agenda-step-swot').click();
  await expect(room.getByTestId('audience')).toHaveAttribute('data-step', 'swot');

  // A card chosen in the control window is the one under discussion on the room's screen.
  const card = page.locator('.react-flow__node-card').first();
  const id = await card.getAttribute('data-id');
  await card.click();
  await expect(room.locator(`.react-flow__node-card[data-id="${id}"] .cn`)).toHaveClass(/cn--selected/);
  await expect(room.locator('.react-flow__node-card:not(.selected)').first()).toHaveCSS('opacity', '0.45');

  // Opening the votes reveals the ranking beside the board.
  await expect(room.getByTestId('presenter-votes')).toHaveCount(0);
  await page.getByTestId('vote-toggle').click();
  await expect(room.getByTestId('presenter-votes')).toBeVisible();
  await page.getByTestId('vote-toggle').click();
  await expect(room.getByTestId('presenter-votes')).toHaveCount(0);
});
