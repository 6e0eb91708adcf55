// The visual system: Inter from the app's own files, a focus ring that does not read as an error.
import { expect, test } from './fixtures';

test('the interface is set in the bundled Inter, loaded from the app itself', async ({ page, socle }) => {
  const remote: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(socle.url.replace(/\/[^/]*$/, ''))) remote.push(r.url());
  });
  await page.goto(socle.url);
  await expect(page.getByRole('button', { name: 'Nouvel atelier' })).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^"?Inter"?,/);
  await page.evaluate(() => document.fonts.ready);
  expect(await page.evaluate(() => document.fonts.check('600 16px Inter'))).toBe(true);
  const faces = await page.evaluate(
    () => [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Inter' && f.status === 'loaded').length,
  );
  expect(faces).toBeGreaterThan(0);
  expect(remote).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
  test(`the focus ring is blue, not red-orange (${theme})`, async ({ page, socle }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(socle.url);
    const create = page.getByRole('button', { name: 'Nouvel atelier' });
    await expect(create).toBeVisible();
    await create.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const color = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineColor);
    const [r, g, b] = (color.match(/\d+/g) ?? []).map(Number);
    expect(b!, color).toBeGreaterThan(r!);
    expect(b!, color).toBeGreaterThan(g!);
  });
}

test('the top bar draws its icons as line icons, not text glyphs', async ({ page, socle }) => {
  await page.goto(socle.url);
  await page.getByTestId('workshop-row').getByRole('button').first().click();
  const bar = page.locator('.appbar--workshop');
  await expect(page.getByTestId('undo')).toBeVisible();
  await expect(bar.locator('svg.lucide-icon')).not.toHaveCount(0);
  expect(await bar.innerText()).not.toMatch(/[←↶↷⇪▣☰☾☀]/);
});
