// The strategy health check through the UI: a weak strategy's findings, fixed with quick fixes and forms, a risk accepted.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { newWorkshop } from './open';
import { seriousViolations } from './axe';

const drawer = (page: Page) => page.getByTestId('diagnostics-drawer');
const finding = (scope: Page | Locator, rule: string) => scope.locator(`[data-testid="finding"][data-rule="${rule}"]`);
const selected = (page: Page) => page.getByTestId('selected-card');

/** Bulk setup only: calls the contract like the client does, with the tab's token. */
async function createCard(page: Page, workshopId: string, card: Record<string, unknown>): Promise<string> {
  const result = await page.evaluate(
    async ({ workshopId, card }) => {
      const token = sessionStorage.getItem('socle.token') ?? '';
      const response = await fetch('/api/card.create', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-socle-token': token },
        body: JSON.stringify({ workshopId, card }),
      });
      return response.json();
    },
    { workshopId, card },
  );
  expect(result.ok, JSON.stringify(result)).toBe(true);
  return result.value.value.id as string;
}

/** Five objectives, six channels, one intern four hours a week, one target nobody reaches. */
async function weakStrategy(page: Page, url: string, title: string): Promise<void> {
  const id = await newWorkshop(page, url, title);
  for (const n of [1, 2, 3, 4, 5]) {
    await createCard(page, id, { step: 'objectives', kind: 'objective', title: `Objectif ${n}`, fields: { priority: n } });
  }
  for (const platform of ['facebook', 'instagram', 'linkedin', 'x', 'youtube', 'tiktok']) {
    await createCard(page, id, { step: 'channels', kind: 'channel', title: platform, fields: { platform } });
  }
  await createCard(page, id, { step: 'resources', kind: 'person', title: 'Léa', fields: { hoursPerWeek: 4, teamType: 'intern' } });
  await createCard(page, id, { step: 'targets', kind: 'persona', title: 'Cadres locaux' });
  await page.reload();
  await expect(page.getByTestId('health-score')).toBeVisible();
}

async function score(page: Page): Promise<number> {
  const text = (await page.getByTestId('health-score').textContent()) ?? '';
  return Number(/(\d+)\/100/.exec(text)?.[1]);
}

async function openDrawer(page: Page): Promise<void> {
  // After a reload the shortcut exists once the workshop is on screen: wait for its score first.
  await expect(page.getByTestId('health-score')).toBeVisible();
  // The shortcut works wherever the focus is, even in a text field.
  await page.keyboard.press('Control+Shift+D');
  await expect(drawer(page)).toBeVisible();
}

async function deleteSelectedCard(page: Page): Promise<void> {
  await selected(page).getByRole('button', { name: 'Supprimer la carte' }).click();
  await expect(selected(page)).toHaveCount(0);
}

test('finds the weak points of a strategy, fixes them through quick fixes and forms, and keeps an accepted risk', async ({
  page,
  socle,
}) => {
  await weakStrategy(page, socle.url, 'Stratégie fragile');
  const before = await score(page);
  expect(before).toBeLessThanOrEqual(49);

  await openDrawer(page);
  const d = drawer(page);
  await expect(d.getByRole('heading', { name: /Bloquants/ })).toBeVisible();
  await expect(finding(d.getByTestId('group-blocker'), 'capacity.over')).toBeVisible();
  for (const rule of ['objectives.too_many', 'governance.weak_team']) {
    await expect(finding(d.getByTestId('group-warning'), rule)).toBeVisible();
  }
  // The channel overload is told once, with one hour figure: the blocker, not a second warning.
  await expect(finding(d, 'capacity.over')).toHaveCount(1);
  await expect(finding(d, 'channels.too_many')).toHaveCount(0);
  // Each finding says what to do, which article it comes from and when it was written, or that it is Socle's rule of thumb.
  const tooMany = finding(d, 'objectives.too_many');
  await expect(tooMany).toContainText('Que faire :');
  await expect(tooMany).toContainText('S4');
  await expect(tooMany).toContainText('5 questions à se poser');
  await expect(tooMany).toContainText(
    '5 questions à se poser avant de lancer une campagne médias sociaux, non daté (milieu des années 2010)',
  );
  await expect(tooMany.getByTestId('rule-of-thumb')).toBeVisible();

  // One finding names every channel that reaches no target; its quick fix links them all to the target picked.
  const channels = ['facebook', 'instagram', 'linkedin', 'x', 'youtube', 'tiktok'];
  const noTarget = finding(d, 'channels.no_target');
  await expect(noTarget).toHaveCount(1);
  await expect(noTarget.locator('.diag-finding__message')).toContainText('6 canaux ne touchent aucune cible');
  for (const name of channels) await expect(noTarget.locator('.diag-finding__message')).toContainText(name);
  await expect(noTarget.getByTestId('quick-fix')).toHaveText(/Relier ces 6 canaux à une cible/);
  await noTarget.getByTestId('quick-fix').click();
  const picker = d.getByTestId('link-picker');
  await expect(picker).toContainText('Cible à relier aux 6 canaux');
  await picker.getByRole('combobox').selectOption({ label: 'Cadres locaux' });
  await picker.getByRole('button', { name: 'Relier' }).click();
  await expect(page.getByText('Lien créé.')).toBeVisible();
  await expect(noTarget).toHaveCount(0);

  // One finding lists the objectives nothing measures; its quick fix creates one KPI per objective, linked to it.
  const noKpi = finding(d, 'objectives.no_kpi');
  await expect(noKpi).toHaveCount(1);
  await expect(noKpi.locator('.diag-finding__message')).toContainText('5 objectifs ne sont mesurés par aucun indicateur');
  for (const n of [1, 2, 3, 4, 5]) await expect(noKpi.locator('.diag-finding__message')).toContainText(`Objectif ${n}`);
  await expect(noKpi.getByTestId('quick-fix')).toHaveText(/Ajouter un KPI pour chacun des 5 objectifs/);
  await noKpi.getByTestId('quick-fix').click();
  await expect(d).toHaveCount(0);
  await expect(page.getByTestId('agenda-step-measurement')).toHaveAttribute('aria-current', 'step');
  await expect(page.locator('[data-testid^="card-"][data-kind="kpi"]')).toHaveCount(5);
  await expect(selected(page).getByTestId('field-title').getByRole('textbox')).toHaveValue(/Objectif \d/);
  await expect(selected(page).getByTestId('field-title').getByRole('textbox')).toBeFocused();
  await openDrawer(page);
  await expect(finding(d, 'objectives.no_kpi')).toHaveCount(0);
  await page.keyboard.press('Escape');

  // The side panel shows the objectives step's findings; deleting two objectives in the form clears "too many".
  await page.getByTestId('agenda-step-objectives').click();
  const panel = page.getByTestId('step-diagnostics');
  await expect(finding(panel, 'objectives.too_many')).toBeVisible();
  await finding(panel, 'objectives.too_many').locator('.diag-finding__message').click();
  await deleteSelectedCard(page);
  await page.locator('[data-testid^="card-"][data-kind="objective"]').last().click();
  await deleteSelectedCard(page);
  await expect(finding(panel, 'objectives.too_many')).toHaveCount(0);

  // The forms: a dedicated person with real hours clears the weak team and the capacity overrun.
  await page.getByTestId('agenda-step-resources').click();
  await expect(page.getByTestId('capacity-gauge')).toHaveAttribute('data-over', 'true');
  await expect(page.getByTestId('capacity-gauge')).toContainText('Dépassement');
  await page.getByTestId('add-card-person').click();
  await selected(page).getByTestId('field-title').getByRole('textbox').fill('Camille');
  const hours = selected(page).getByTestId('field-hoursPerWeek').getByRole('textbox');
  await hours.fill('20');
  await hours.blur();
  await selected(page).getByTestId('field-teamType').getByRole('combobox').selectOption('dedicated');
  await expect(page.getByTestId('capacity-gauge')).toHaveAttribute('data-over', 'false');
  // The plan fits now, but six channels at their platforms' minimum rhythm still exceed the team: now, and only now, that is said.
  await openDrawer(page);
  await expect(finding(d, 'capacity.over')).toHaveCount(0);
  await expect(finding(d.getByTestId('group-warning'), 'channels.too_many')).toHaveCount(1);
  await expect(finding(d, 'channels.too_many')).toContainText('les 6 canaux demandent');
  await expect(finding(d, 'channels.too_many')).toContainText('l’équipe en a 24');
  await page.keyboard.press('Escape');
  await expect(d).toHaveCount(0);
  await hours.fill('40');
  await hours.blur();
  await expect(page.getByTestId('capacity-gauge')).toHaveAttribute('data-over', 'false');

  // Quick fix: the owner rule, then its form names who.
  await openDrawer(page);
  await finding(d, 'governance.no_owner').getByTestId('quick-fix').click();
  await expect(page.getByTestId('agenda-step-governance')).toHaveAttribute('aria-current', 'step');
  await selected(page).getByTestId('field-who').getByRole('textbox').fill('Camille');
  await selected(page).getByTestId('field-who').getByRole('textbox').blur();
  await expect(finding(page.getByTestId('step-diagnostics'), 'governance.no_owner')).toHaveCount(0);

  // Quick fix: the missing budget gets its first line, opened in the resources step.
  await openDrawer(page);
  await finding(d, 'budget.none').getByTestId('quick-fix').click();
  await expect(page.getByTestId('agenda-step-resources')).toHaveAttribute('aria-current', 'step');
  await expect(selected(page)).toContainText('Ligne de budget');

  await openDrawer(page);
  await expect(d.getByTestId('group-blocker')).toHaveCount(0);
  for (const rule of [
    'objectives.too_many',
    'channels.too_many',
    'governance.weak_team',
    'capacity.over',
    'governance.no_owner',
    'budget.none',
  ]) {
    await expect(finding(d, rule), rule).toHaveCount(0);
  }
  await page.keyboard.press('Escape');
  await expect(d).toHaveCount(0);
  const fixed = await score(page);
  expect(fixed).toBeGreaterThan(before);

  // Accept a known risk: a reason is required; it stays listed, marked, and costs nothing.
  await openDrawer(page);
  const calendarScore = async () => Number(/(\d+)\/100/.exec((await d.getByTestId('step-score-calendar').textContent()) ?? '')?.[1]);
  const calendarBefore = await calendarScore();
  await finding(d, 'calendar.no_plan').getByRole('button', { name: 'Accepter le risque' }).click();
  const form = d.getByTestId('accept-form');
  await form.getByRole('button', { name: 'Accepter', exact: true }).click();
  await expect(form).toContainText('Dites pourquoi ce risque est accepté.');
  await form.getByRole('textbox').fill('Le calendrier sera posé au comité de mars');
  await form.getByRole('button', { name: 'Accepter', exact: true }).click();
  const accepted = finding(d.getByTestId('group-accepted'), 'calendar.no_plan');
  await expect(accepted).toHaveAttribute('data-accepted', 'true');
  await expect(accepted).toContainText('Accepté');
  await expect(accepted).toContainText('Raison : Le calendrier sera posé au comité de mars');
  // A warning costs 15 points in its step; accepted, it costs nothing.
  await expect.poll(calendarScore).toBe(calendarBefore + 15);
  await expect.poll(() => score(page)).toBeGreaterThan(fixed);

  // Still accepted after a reload; reopening brings it back among the warnings.
  await page.reload();
  await openDrawer(page);
  await expect(finding(d.getByTestId('group-accepted'), 'calendar.no_plan')).toContainText('Le calendrier sera posé au comité de mars');
  await finding(d, 'calendar.no_plan').getByRole('button', { name: 'Rouvrir' }).click();
  await expect(finding(d.getByTestId('group-warning'), 'calendar.no_plan')).toHaveAttribute('data-accepted', 'false');
  await expect.poll(() => score(page)).toBe(fixed);
});

test('a finding leads to its card and field; the drawer works with the keyboard and passes axe in both themes and languages', async ({
  page,
  socle,
}) => {
  await weakStrategy(page, socle.url, 'Clavier');
  await openDrawer(page);
  const d = drawer(page);
  await expect(d.getByRole('heading', { level: 2, name: 'Santé de la stratégie' })).toBeFocused();
  // Severity is written, not only coloured.
  await expect(finding(d, 'capacity.over').locator('.diag-badge')).toHaveText(/Bloquant/);
  await page.keyboard.press('Tab');
  await expect(d.getByRole('button', { name: 'Fermer le diagnostic' })).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);

  // A finding about a card's field: its step opens, the card is selected and the field has the focus.
  const deadline = finding(d, 'objectives.no_deadline').first();
  await deadline.locator('.diag-finding__message').focus();
  await page.keyboard.press('Enter');
  await expect(d).toHaveCount(0);
  await expect(page.getByTestId('agenda-step-objectives')).toHaveAttribute('aria-current', 'step');
  await expect(selected(page).getByTestId('field-deadline').locator('input')).toBeFocused();

  // A finding settled by a guided question focuses the question.
  await page.keyboard.press('Control+Shift+D');
  await finding(d, 'governance.no_charter').locator('.diag-finding__message').click();
  await expect(page.getByTestId('question-governance.transparencyCharter').locator('input, textarea, select').first()).toBeFocused();

  await page.getByTestId('agenda-step-resources').click();
  await expect(page.getByTestId('capacity-gauge')).toHaveAttribute('data-over', 'true');
  await page.getByTestId('agenda-step-channels').click();
  await expect(page.getByTestId('channel-fit').locator('[data-testid="fit-score"]')).toHaveCount(6);
  await expect(page.getByTestId('channel-fit')).toContainText('Cibles 0/30');

  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    if (theme === 'dark') await page.getByRole('button', { name: 'Thème sombre' }).click();
    expect(await seriousViolations(page), `channels ${theme}`).toEqual([]);
    await page.getByTestId('agenda-step-resources').click();
    expect(await seriousViolations(page), `resources ${theme}`).toEqual([]);
    await page.getByTestId('health-score').click();
    expect(await seriousViolations(page), `drawer ${theme}`).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(d).toHaveCount(0);
    await expect(page.getByTestId('health-score')).toBeFocused();
    await page.getByTestId('agenda-step-channels').click();
  }

  await page.getByRole('group', { name: 'Langue de l’interface' }).getByRole('button', { name: /EN/ }).click();
  await expect(page.getByTestId('health-score')).toHaveText(/Health \d+\/100/);
  await expect(page.getByTestId('channel-fit')).toContainText('Targets 0/30');
  await page.keyboard.press('Control+Shift+D');
  await expect(d.getByRole('heading', { name: 'Strategy health check' })).toBeVisible();
  await expect(d.getByRole('heading', { name: /Blockers/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
