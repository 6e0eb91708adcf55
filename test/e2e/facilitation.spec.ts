// Facilitation through the UI: presenter mode by keyboard only, snapshots, participants, parking lot, agenda, screenshots.
import type { Page } from '@playwright/test';
import { STEPS } from '../../shared/catalogue';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { openDemo } from './open';

const question = (id: string) => STEPS.find((s) => s.id === id)!.question.fr;

async function tool(page: Page, name: 'participants' | 'parking' | 'snapshots' | 'case') {
  await page.getByTestId('tools').click();
  await page.getByTestId(`tool-${name}`).click();
}

test('runs steps, timer and a vote in presenter mode with the keyboard only', async ({ page, socle }) => {
  await openDemo(page, socle.url);
  // Setup with the mouse: skip "targets", write a facilitator note on "objectives".
  await page.getByTestId('agenda-edit').click();
  await page.getByTestId('agenda-skip-targets').check();
  await expect(page.getByTestId('agenda-step-targets')).toHaveAttribute('data-skipped', 'true');
  await page.getByTestId('agenda-step-objectives').click();
  await page.getByTestId('step-notes').fill('Relancer Paul sur le budget');
  await page.getByTestId('step-notes').blur();
  await page.getByTestId('agenda-step-objectives').focus();

  // From here on, keys only.
  await page.keyboard.press('F5');
  const presenter = page.getByTestId('presenter');
  await expect(presenter).toBeVisible();
  await expect(page.getByTestId('presenter-question')).toHaveText(question('objectives'));
  await expect(presenter).not.toContainText('Relancer Paul');
  await expect(presenter.getByTestId('add-card-objective')).toBeHidden();
  // No editing chrome on the projector: no zoom buttons, no overview, no link handles.
  await expect(presenter.locator('.react-flow__node').first()).toBeVisible();
  await expect(presenter.locator('.react-flow__controls')).toHaveCount(0);
  await expect(presenter.locator('.canvas__minimap')).toHaveCount(0);
  await expect(presenter.locator('.react-flow__handle')).toHaveCount(0);

  const timer = page.getByTestId('presenter-timer');
  await expect(timer).toHaveAttribute('data-running', 'false');
  await page.keyboard.press('Space');
  await expect(timer).toHaveAttribute('data-running', 'true');
  await expect(timer.getByTestId('timer-clock')).not.toHaveText('20:00', { timeout: 5000 });

  // ArrowRight passes the skipped step; the running clock follows the room.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('presenter-question')).toHaveText(question('listening'));
  await expect(timer).toHaveAttribute('data-running', 'true');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('presenter-question')).toHaveText(question('objectives'));

  // v opens the vote; digits pick a card, Enter casts for the current voter, Tab changes voter.
  await page.keyboard.press('v');
  await expect(page.getByTestId('vote-flow')).toBeVisible();
  await expect(page.getByTestId('current-voter')).toContainText('Hélène Lorand');
  await page.keyboard.press('2');
  await expect(page.getByTestId('typed-number')).toHaveText('2');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('pvote-2')).toHaveAttribute('data-votes', '1');
  await expect(page.getByTestId('presenter-message')).toContainText('Hélène Lorand');
  await page.keyboard.press('2');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('pvote-2')).toHaveAttribute('data-votes', '2');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('current-voter')).toContainText('Paul Lorand');
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('pvote-1')).toHaveAttribute('data-votes', '1');
  await page.keyboard.press('9');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('presenter-message')).toContainText('Pas de carte n° 9');
  // Ctrl+Z takes back the last vote; C closes the round and its results stay.
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('pvote-1')).toHaveAttribute('data-votes', '0');
  await page.keyboard.press('c');
  await expect(page.getByTestId('vote-flow')).toBeHidden();
  await expect(page.getByTestId('presenter-votes')).toContainText('vote clos');
  await expect(page.getByTestId('pvote-2')).toHaveAttribute('data-votes', '2');

  await page.keyboard.press('Space');
  await expect(timer).toHaveAttribute('data-running', 'false');
  await page.keyboard.press('Escape');
  await expect(presenter).toBeHidden();
  await expect(page.getByTestId('agenda-time-objectives')).toContainText('passées');
  await expect(page.getByTestId('step-notes')).toHaveValue('Relancer Paul sur le budget');
});

test('takes a snapshot, restores it after changes, compares, and undoes the restore', async ({ page, socle }) => {
  await openDemo(page, socle.url);
  await page.getByTestId('agenda-step-objectives').click();
  const stage = page.locator('.stage');
  const compare = async (expected: string) => {
    await tool(page, 'snapshots');
    await page.getByTestId('snapshot-compare').click();
    await expect(page.getByTestId('snapshot-diff')).toContainText(expected);
  };

  await tool(page, 'snapshots');
  await page.getByTestId('snapshot-name').fill('Avant le comité de direction');
  await page.getByTestId('snapshot-take').click();
  await expect(page.getByTestId('snapshot')).toHaveCount(1);
  await expect(page.getByTestId('snapshot')).toContainText('Avant le comité de direction');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('snapshots-dialog')).toBeHidden();

  await page.getByTestId('add-card-objective').click();
  const title = page.getByTestId('selected-card').getByTestId('field-title').getByRole('textbox');
  await title.fill('Nouvel objectif');
  await title.blur();
  await expect(stage).toContainText('Nouvel objectif');

  await compare('1 carte ajoutée');
  await expect(page.getByTestId('snapshot-diff')).toContainText('Nouvel objectif');
  await page.getByTestId('snapshot-restore').click();
  await expect(page.getByTestId('snapshots-dialog')).toBeHidden();
  await expect(stage).not.toContainText('Nouvel objectif');
  await compare('Rien n’a changé');
  await page.keyboard.press('Escape');

  await page.getByTestId('undo').click();
  await expect(stage).toContainText('Nouvel objectif');
  await compare('1 carte ajoutée');
});

test('adds, edits and removes participants, linked to stakeholder cards', async ({ page, socle }) => {
  await openDemo(page, socle.url);
  await tool(page, 'participants');
  const dialog = page.getByTestId('participants-dialog');
  const rows = dialog.getByTestId('participant');
  const before = await rows.count();
  expect(before).toBeGreaterThan(0);
  await expect(rows.filter({ hasText: 'Partie prenante' }).first()).toBeVisible();

  await dialog.getByTestId('participant-name').fill('Sophie Martin');
  await dialog.getByTestId('participant-department').selectOption('it');
  await dialog.getByTestId('participant-role').fill('DSI');
  await dialog.getByTestId('participant-stance').selectOption('skeptic');
  await dialog.getByTestId('participant-name').press('Enter');
  await expect(rows).toHaveCount(before + 1);
  const sophie = rows.filter({ has: page.locator('[data-testid="person-name"][value="Sophie Martin"]') });
  await expect(sophie).toContainText('Aucune carte partie prenante');
  await expect(sophie.getByTestId('person-stance')).toHaveValue('skeptic');

  await sophie.getByTestId('person-role').fill('Directrice des systèmes d’information');
  await sophie.getByTestId('person-role').press('Enter');
  await dialog.getByRole('button', { name: 'Fermer' }).click();
  await tool(page, 'participants');
  await expect(sophie.getByTestId('person-role')).toHaveValue('Directrice des systèmes d’information');
  await expect(page.getByTestId('tools')).toBeVisible();

  await sophie.getByRole('button', { name: 'Retirer Sophie Martin' }).click();
  await expect(rows).toHaveCount(before);
});

test('parks an idea with Ctrl+Shift+P and reviews the parking lot at the end', async ({ page, socle }) => {
  await openDemo(page, socle.url);
  await page.getByTestId('agenda-step-convince').click();
  await page.getByTestId('step-question').click();
  await page.keyboard.press('Control+Shift+P');
  await expect(page.getByTestId('parking-quick')).toBeVisible();
  await page.keyboard.type('Refaire le site internet');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('parking-quick')).toBeHidden();
  await expect(page.getByTestId('step-parking').getByTestId('parked-item')).toHaveCount(1);

  await tool(page, 'parking');
  const review = page.getByTestId('parking-review');
  await expect(review).toContainText('Convaincre');
  await expect(review.getByTestId('parking-summary')).toHaveText('1 idée à traiter sur 1.');
  await review.getByTestId('parked-done').check();
  await expect(review.getByTestId('parking-summary')).toHaveText('0 idée à traiter sur 1.');
  await expect(review.getByTestId('parked-item')).toHaveAttribute('data-done', 'true');
});

test('edits a timebox, skips a step, reorders with Alt+arrows and warns when the plan overruns the session', async ({ page, socle }) => {
  await openDemo(page, socle.url);
  const total = page.getByTestId('plan-total');
  const minutes = async () => Number((await total.textContent())?.match(/\d+/)?.[0]);
  const start = await minutes();

  await page.getByTestId('agenda-edit').click();
  const timebox = page.getByTestId('agenda-timebox-objectives');
  await expect(timebox).toHaveValue('20');
  await timebox.fill('30');
  await timebox.press('Enter');
  await expect(page.getByTestId('agenda-time-objectives')).toContainText('30 min');
  await expect(total).toHaveText(`${start + 10} min`);

  await page.getByTestId('agenda-skip-swot').check();
  await expect(page.getByTestId('agenda-step-swot')).toHaveAttribute('data-skipped', 'true');
  await expect(total).toHaveText(`${start + 10 - 15} min`);

  await expect(page.getByTestId('plan-overrun')).toBeHidden();
  await page.getByTestId('session-length').fill('120');
  await page.getByTestId('session-length').press('Enter');
  await expect(page.getByTestId('plan-overrun')).toContainText(`${start - 5 - 120} minutes`);

  const order = () =>
    page.locator('.agenda__list [data-testid^="agenda-step-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
  await page.getByTestId('agenda-step-targets').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect
    .poll(async () => (await order()).slice(0, 4))
    .toEqual(['agenda-step-context', 'agenda-step-convince', 'agenda-step-targets', 'agenda-step-objectives']);
  await expect(page.getByTestId('agenda-step-targets')).toBeFocused();

  // Undo brings the order back.
  await page.getByTestId('undo').click();
  await expect.poll(async () => (await order()).slice(2, 4)).toEqual(['agenda-step-objectives', 'agenda-step-targets']);
});

for (const [width, height] of [
  [1920, 1080],
  [1280, 720],
] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`presenter mode fits a ${width}x${height} projector (${theme}), the overrun shows in words and colour`, async ({
      page,
      socle,
    }) => {
      await page.clock.install();
      await page.emulateMedia({ colorScheme: theme });
      await page.setViewportSize({ width, height });
      await openDemo(page, socle.url);
      await page.getByTestId('agenda-step-objectives').click();
      await page.getByTestId('step-question').click();
      await page.keyboard.press('F5');
      await expect(page.getByTestId('presenter')).toBeVisible();
      await page.keyboard.press('Space');
      await page.keyboard.press('v');
      for (const key of ['2', 'Enter', '2', 'Enter', '3', 'Enter', '1', 'Enter']) await page.keyboard.press(key);
      await expect(page.getByTestId('pvote-2')).toHaveAttribute('data-votes', '2');
      await page.keyboard.press('Tab');
      await page.keyboard.press('3');
      await page.screenshot({ path: `/tmp/presenter-shots/presenter-${width}x${height}-${theme}-vote.png` });

      for (const id of ['presenter-question', 'presenter-timer', 'presenter-votes', 'presenter-keys', 'presenter-canvas']) {
        const box = (await page.getByTestId(id).boundingBox())!;
        expect(box.x, id).toBeGreaterThanOrEqual(0);
        expect(box.y, id).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, id).toBeLessThanOrEqual(width + 0.5);
        expect(box.y + box.height, id).toBeLessThanOrEqual(height + 0.5);
      }
      // The question stays on one line, in type that shrinks to fit the width but stays large.
      const question = await page
        .getByTestId('presenter-question')
        .evaluate((el) => ({ size: parseFloat(getComputedStyle(el).fontSize), height: el.getBoundingClientRect().height }));
      expect(question.size).toBeGreaterThanOrEqual(width >= 1920 ? 36 : 24);
      expect(question.height).toBeLessThan(question.size * 1.6);

      // Past the timebox: colour, icon and words, not colour alone.
      await page.keyboard.press('v');
      await page.clock.fastForward('21:00');
      const timer = page.getByTestId('presenter-timer');
      await expect(timer).toHaveAttribute('data-level', 'over');
      await expect(timer).toContainText('Dépassé de 1:');
      await expect(timer.getByTestId('timer-clock')).toContainText('+1:');
      await page.screenshot({ path: `/tmp/presenter-shots/presenter-${width}x${height}-${theme}-overrun.png` });
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('presenter')).toBeHidden();
      await expect(page.getByTestId('step-timer')).toHaveAttribute('data-level', 'over');
      await page.screenshot({ path: `/tmp/presenter-shots/workshop-${width}x${height}-${theme}.png` });
    });
  }
}

for (const theme of ['light', 'dark'] as const) {
  test(`facilitation tools have no serious accessibility violation (${theme})`, async ({ page, socle }) => {
    await page.emulateMedia({ colorScheme: theme });
    await openDemo(page, socle.url);
    await page.getByTestId('agenda-step-convince').click();
    await page.getByTestId('agenda-edit').click();
    await page.getByTestId('step-notes').fill('Note');
    await page.getByTestId('park-idea').click();
    await page.getByTestId('parking-text').fill('Une idée');
    await page.getByTestId('parking-submit').click();
    expect(await seriousViolations(page), 'workshop screen').toEqual([]);

    for (const name of ['participants', 'parking', 'snapshots', 'case'] as const) {
      await tool(page, name);
      if (name === 'snapshots') {
        await page.getByTestId('snapshot-name').fill('Avant');
        await page.getByTestId('snapshot-take').click();
        await page.getByTestId('snapshot-compare').click();
        await expect(page.getByTestId('snapshot-diff')).toBeVisible();
      }
      if (name === 'case') await page.getByTestId('case-figures').click();
      expect(await seriousViolations(page), name).toEqual([]);
      await page.keyboard.press('Escape');
    }

    await page.getByTestId('agenda-step-objectives').click();
    await page.getByTestId('step-question').click();
    await page.keyboard.press('F5');
    await page.keyboard.press('v');
    await expect(page.getByTestId('vote-flow')).toBeVisible();
    await page.keyboard.press('1');
    expect(await seriousViolations(page), 'presenter').toEqual([]);
  });
}
