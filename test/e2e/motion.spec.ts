// Light motion for a new card, on both screens: a card the facilitator adds in the control window grows into place
// there and in the audience window alike, and stands still on a screen that asks for reduced motion.
import { expect, test } from './fixtures';
import { openAudience } from './open';

test('a new card arrives with the same motion in the audience window as in the control window, none under reduced motion', async ({
  page,
  socle,
}) => {
  const { audience, room } = await openAudience(page, socle.url);
  await expect(room.locator('.canvas[data-fitted="yes"]')).toBeVisible();
  // The cards already there when a screen opens are simply there.
  await expect(room.locator('.react-flow__node-card')).not.toHaveCount(0);
  await expect(room.locator('.cn--new')).toHaveCount(0);

  /** Adds an objective in the control window; answers the new card's look on each screen. */
  const ids = () => page.locator('.react-flow__node-card').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-id') ?? ''));
  const add = async () => {
    const before = await ids();
    await page.getByTestId('add-card-objective').click();
    await expect.poll(async () => (await ids()).length).toBe(before.length + 1);
    const id = (await ids()).find((i) => !before.includes(i));
    return {
      control: page.locator(`.react-flow__node-card[data-id="${id}"] .cn`),
      room: room.locator(`.react-flow__node-card[data-id="${id}"] .cn`),
    };
  };

  const first = await add();
  await expect(first.control).toHaveClass(/cn--new/);
  await expect(first.control).toHaveCSS('animation-name', 'cn-arrive');
  await expect(first.room).toBeVisible();
  await expect(first.room).toHaveClass(/cn--new/);
  await expect(first.room).toHaveCSS('animation-name', 'cn-arrive');
  await expect(first.room).toHaveCSS('animation-duration', await first.control.evaluate((e) => getComputedStyle(e).animationDuration));
  // Only the new card moves.
  await expect(room.locator('.cn--new')).toHaveCount(1);

  // The projector's machine asks for reduced motion: the next card appears without moving there, still with it here.
  await audience.emulateMedia({ reducedMotion: 'reduce' });
  await page.keyboard.press('Escape');
  const second = await add();
  await expect(second.room).toBeVisible();
  await expect(second.room).toHaveCSS('animation-name', 'none');
  await expect(second.control).toHaveCSS('animation-name', 'cn-arrive');
});
