// The workshop shell through the UI: agenda of 14 steps, cards and answers saved as typed, undo/redo, reload.
import { STEPS } from '../../shared/catalogue';
import { expect, test } from './fixtures';
import { newWorkshop } from './open';

test('shows the 14 steps in the agenda with their French and English names', async ({ page, socle }) => {
  await newWorkshop(page, socle.url, 'Agenda');
  for (const step of STEPS) await expect(page.getByTestId(`agenda-step-${step.id}`)).toContainText(step.title.fr);
  await page.getByTestId('agenda-step-swot').click();
  await expect(page.getByTestId('step-question')).toHaveText(STEPS.find((s) => s.id === 'swot')!.question.fr);
  await page.getByRole('group', { name: 'Langue de l’interface' }).getByRole('button', { name: /EN/ }).click();
  for (const step of STEPS) await expect(page.getByTestId(`agenda-step-${step.id}`)).toContainText(step.title.en);
  await expect(page.getByTestId('step-question')).toHaveText(STEPS.find((s) => s.id === 'swot')!.question.en);
  // On a 1280-pixel screen every tool of the top bar fits on one row beside the title, in both languages.
  for (const language of ['EN', 'FR']) {
    await page
      .getByRole('group', { name: /Langue de l’interface|Interface language/ })
      .getByRole('button', { name: new RegExp(language) })
      .click();
    const bar = await page.locator('.appbar--workshop').boundingBox();
    const title = await page.getByTestId('workshop-title').boundingBox();
    expect(bar!.height, `top bar in ${language}`).toBeLessThan(title!.height * 2);
  }
});

test('saves a card and an answer as they are typed, undoes and redoes them, and finds them after a restart', async ({ page, socle }) => {
  await newWorkshop(page, socle.url, 'Objectifs 2027');
  await page.getByTestId('agenda-step-objectives').click();

  await page.getByTestId('add-card-objective').click();
  const card = page.getByTestId('selected-card');
  await card.getByTestId('field-title').getByRole('textbox').fill('Gagner 500 abonnés locaux');
  await card.getByTestId('field-target').getByRole('textbox').fill('500');
  await card.getByTestId('field-target').getByRole('textbox').blur();
  const tile = page.locator('[data-testid^="card-"][data-kind="objective"]');
  await expect(tile).toHaveCount(1);
  await expect(tile).toContainText('Gagner 500 abonnés locaux');

  const horizon = page.getByTestId('question-objectives.horizonMonths').getByRole('textbox');
  await horizon.fill('12');
  await horizon.blur();
  await expect(page.getByTestId('undo')).toBeEnabled();

  // Ctrl+Z outside a text field undoes the last edit (the answer), then the target.
  await page.getByTestId('step-question').click();
  await page.keyboard.press('Control+z');
  await expect(horizon).toHaveValue('');
  await page.keyboard.press('Control+Shift+z');
  await expect(horizon).toHaveValue('12');

  await page.getByTestId('undo').click();
  await page.getByTestId('undo').click();
  await expect(card.getByTestId('field-target').getByRole('textbox')).toHaveValue('');
  await page.getByTestId('redo').click();
  await expect(card.getByTestId('field-target').getByRole('textbox')).toHaveValue('500');

  await socle.restart();
  await page.goto(socle.url);
  await page.getByRole('button', { name: 'Objectifs 2027', exact: true }).click();
  await page.getByTestId('agenda-step-objectives').click();
  await expect(tile).toContainText('Gagner 500 abonnés locaux');
  await tile.click();
  await expect(page.getByTestId('selected-card').getByTestId('field-target').getByRole('textbox')).toHaveValue('500');
  await expect(page.getByTestId('question-objectives.horizonMonths').getByRole('textbox')).toHaveValue('');
});

test('shows the host’s message inline when a value is refused', async ({ page, socle }) => {
  await newWorkshop(page, socle.url, 'Erreurs');
  await page.getByTestId('agenda-step-objectives').click();
  await page.getByTestId('add-card-objective').click();
  const priority = page.getByTestId('selected-card').getByTestId('field-priority');
  await expect(priority).toBeVisible();
  const target = page.getByTestId('selected-card').getByTestId('field-target').getByRole('textbox');
  await target.fill('-5');
  await target.blur();
  await expect(page.getByTestId('selected-card').getByTestId('field-target')).toContainText(/0/);
  await expect(page.getByTestId('selected-card').getByTestId('field-target')).toHaveClass(/form__field--invalid/);
});

test('deletes a card, and undo brings it back', async ({ page, socle }) => {
  await newWorkshop(page, socle.url, 'Suppression');
  await page.getByTestId('agenda-step-swot').click();
  await page.getByTestId('add-card-swot').click();
  await page.getByTestId('selected-card').getByTestId('field-title').getByRole('textbox').fill('Équipe motivée');
  await page.getByTestId('step-question').click();
  const tile = page.locator('[data-testid^="card-"][data-kind="swot"]');
  await expect(tile).toContainText('Équipe motivée');
  await expect(tile).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Supprimer la carte' }).click();
  await expect(tile).toHaveCount(0);
  await page.getByTestId('undo').click();
  await expect(tile).toContainText('Équipe motivée');
});
