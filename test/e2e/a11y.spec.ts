// Accessibility: no serious or critical axe violation on the main screens, in both themes.
import { expect, test } from './fixtures';
import { seriousViolations } from './axe';

for (const theme of ['light', 'dark'] as const) {
  test(`library and workshop screens have no serious violation (${theme})`, async ({ page, socle }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(socle.url);
    await expect(page.getByTestId('workshop-row')).toHaveCount(1);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Nouvel atelier' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    await page.getByTestId('workshop-row').getByRole('button').first().click();
    await expect(page.getByTestId('step-question')).toBeVisible();
    for (const step of ['objectives', 'channels', 'swot']) {
      await page.getByTestId(`agenda-step-${step}`).click();
      await expect(page.getByTestId(`agenda-step-${step}`)).toHaveAttribute('aria-current', 'step');
      expect(await seriousViolations(page), step).toEqual([]);
    }

    await page.getByTestId('export-open').click();
    await expect(page.getByTestId('export-dialog')).toBeVisible();
    expect(await seriousViolations(page), 'export dialog').toEqual([]);
    await page.keyboard.press('Escape');
  });
}

test('every library action is reachable with the keyboard', async ({ page, socle }) => {
  await page.goto(socle.url);
  await expect(page.getByTestId('workshop-row')).toHaveCount(1);
  const reached = new Set<string>();
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? (el.getAttribute('aria-label') ?? el.textContent ?? '').trim() : '';
    });
    if (name) reached.add(name);
  }
  for (const wanted of ['Nouvel atelier', 'Corbeille'])
    expect(
      [...reached].some((n) => n.includes(wanted)),
      wanted,
    ).toBe(true);
  expect([...reached].some((n) => n.startsWith('Renommer'))).toBe(true);
  expect([...reached].some((n) => n.startsWith('Dupliquer'))).toBe(true);
});
