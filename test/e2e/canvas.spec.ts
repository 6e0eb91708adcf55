// The visual canvas through the UI: drag and drop with meaning, links by handle, dot voting, undo/redo, reload.
import type { Locator, Page } from '@playwright/test';
import { canvasAtRest } from './canvas-rest';
import { expect, test } from './fixtures';
import { newWorkshop } from './open';

async function openStep(page: Page, step: string) {
  await page.getByTestId(`agenda-step-${step}`).click();
  await expect(page.getByTestId('canvas')).toBeVisible();
  await showCanvas(page);
}

/** The zoom control's "fit": every card of the layout on screen (only cards on screen are drawn). */
async function fit(page: Page) {
  await page.locator('.react-flow__controls-fitview').click();
  await canvasAtRest(page);
}

/** Scrolls the stage so the whole canvas is on screen (mouse drags need it). */
async function showCanvas(page: Page) {
  await page.locator('.canvas__flow').evaluate((el) => el.scrollIntoView({ block: 'end' }));
}

/** Adds a card from the toolbar and names it in the side panel; returns its node on the canvas. */
async function addCard(page: Page, kind: string, title: string): Promise<Locator> {
  const before = await page.locator(`[data-testid^="card-"][data-kind="${kind}"]`).count();
  await page.getByTestId(`add-card-${kind}`).click();
  await page.getByTestId('selected-card').getByTestId('field-title').getByRole('textbox').fill(title);
  const cards = page.locator(`[data-testid^="card-"][data-kind="${kind}"]`);
  await expect(cards).toHaveCount(before + 1);
  const card = cards.filter({ hasText: title });
  await expect(card).toHaveCount(1);
  return card;
}

/** React Flow's node around a card. */
const nodeOf = (card: Locator) => card.page().locator('.react-flow__node').filter({ has: card });

/** The flow position of a card's node, from React Flow's transform. */
async function flowPosition(card: Locator): Promise<{ x: number; y: number }> {
  const transform = await nodeOf(card).evaluate((el) => (el as HTMLElement).style.transform);
  const m = /translate\((-?[\d.]+)px, (-?[\d.]+)px\)/.exec(transform);
  if (!m) throw new Error(`no position in ${transform}`);
  return { x: Number(m[1]), y: Number(m[2]) };
}

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  for (const p of [from, to]) expect(p.y, 'drag within the window').toBeLessThan(page.viewportSize()!.height);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 5, from.y + 5, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

async function centreOf(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drags from a card's side handle onto another card. */
async function link(page: Page, from: Locator, to: Locator, side = 't') {
  const node = nodeOf(from);
  await from.hover();
  const handle = node.locator(`.react-flow__handle[data-handleid="${side}"]`);
  await drag(page, await centreOf(handle), await centreOf(to));
}

/** A contract call with the page's launch secret, as the app itself makes it. */
async function call(page: Page, name: string, input: object) {
  return page.evaluate(
    async ([n, body]) => {
      const token = sessionStorage.getItem('socle.token') ?? '';
      const res = await fetch(`/api/${n}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-socle-token': token },
        body: JSON.stringify(body),
      });
      return res.json();
    },
    [name, input] as const,
  );
}

const workshopIdOf = (page: Page) => /#\/workshop\/([^/]+)/.exec(page.url())?.[1] ?? '';

test('drags a card, undoes and redoes the move, and finds it in place after a restart', async ({ page, socle }) => {
  await newWorkshop(page, socle.url, 'Tableau libre');
  await openStep(page, 'context');
  const card = await addCard(page, 'note', 'Pourquoi maintenant');
  await page.getByTestId('step-question').click();
  const start = await flowPosition(card);
  const from = await centreOf(card);
  await drag(page, from, { x: from.x + 160, y: from.y + 90 });
  await expect.poll(async () => (await flowPosition(card)).x).toBeGreaterThan(start.x + 20);
  await expect(page.getByTestId('undo')).toBeEnabled();
  const moved = await flowPosition(card);
  expect(moved.y).toBeGreaterThan(start.y + 10);

  // One undo step for the move.
  await page.getByTestId('undo').click();
  await expect.poll(async () => flowPosition(card)).toEqual(start);
  await page.getByTestId('redo').click();
  await expect.poll(async () => flowPosition(card)).toEqual(moved);

  await socle.restart();
  await page.goto(socle.url);
  await page.getByRole('button', { name: 'Tableau libre', exact: true }).click();
  await openStep(page, 'context');
  const again = page.locator('[data-testid^="card-"][data-kind="note"]', { hasText: 'Pourquoi maintenant' });
  await expect(again).toHaveCount(1);
  expect(await flowPosition(again)).toEqual(moved);
});

test('a SWOT card dropped in the Threats quadrant becomes a threat, and stays one after a reload', async ({ page, socle }) => {
  await newWorkshop(page, socle.url, 'SWOT');
  await openStep(page, 'swot');
  const card = await addCard(page, 'swot', 'Avis négatifs en ligne');
  await expect(page.getByTestId('selected-card').getByTestId('field-quadrant').getByRole('combobox')).toHaveValue('');
  await drag(page, await centreOf(card), await centreOf(page.locator('[data-zone="threat"]')));
  await expect(page.getByTestId('selected-card').getByTestId('field-quadrant').getByRole('combobox')).toHaveValue('threat');

  // A mitigation link must end on a threat: from this threat to another SWOT card that is a strength, it is refused.
  const strength = await addCard(page, 'swot', 'Clients fidèles');
  await drag(page, await centreOf(strength), await centreOf(page.locator('[data-zone="strength"]')));
  await expect(page.getByTestId('selected-card').getByTestId('field-quadrant').getByRole('combobox')).toHaveValue('strength');
  await link(page, card, strength, 'l');
  await expect(page.getByTestId('toast').filter({ hasText: 'Seule une menace peut être atténuée' })).toBeVisible();
  await link(page, strength, card, 'r');
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await expect(page.locator('.react-flow__edge')).toContainText('atténue');

  await page.reload();
  await openStep(page, 'swot');
  await page.locator('[data-testid^="card-"][data-kind="swot"]', { hasText: 'Avis négatifs' }).click();
  await expect(page.getByTestId('selected-card').getByTestId('field-quadrant').getByRole('combobox')).toHaveValue('threat');
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
});

test('links a KPI to an objective by dragging from a handle, and shows why a link is refused', async ({ page, socle }) => {
  await newWorkshop(page, socle.url, 'Mesure');
  await openStep(page, 'objectives');
  await addCard(page, 'objective', 'Plus de candidatures');
  await openStep(page, 'measurement');
  const objective = page.getByTestId(/^ref-card-/).filter({ hasText: 'Plus de candidatures' });
  await expect(objective).toBeVisible();
  const kpi = await addCard(page, 'kpi', 'Candidatures par mois');
  await page.getByTestId('step-question').click();
  await fit(page);

  await link(page, kpi, objective);
  const edge = page.locator('.react-flow__edge');
  await expect(edge).toHaveCount(1);
  await expect(edge).toContainText('mesure');
  // The tree puts the KPI under the objective it measures.
  await expect.poll(async () => (await kpi.boundingBox())!.y > (await objective.boundingBox())!.y).toBe(true);

  // The same link twice: the host refuses it and the toast says why.
  await link(page, kpi, objective);
  await expect(page.getByTestId('toast').filter({ hasText: 'Lien refusé' })).toBeVisible();

  // A kind that fits neither way is refused before asking the host.
  await page.getByTestId('link-mode').selectOption('reaches');
  await link(page, kpi, objective);
  await expect(
    page.getByTestId('toast').filter({ hasText: 'Un lien « touche » ne peut pas partir d’une carte « Indicateur (KPI) »' }),
  ).toBeVisible();
  await expect(edge).toHaveCount(1);

  // Selecting the link and pressing Delete removes it.
  await page.getByTestId('link-mode').selectOption('auto');
  await fit(page);
  await showCanvas(page);
  await edge.locator('.ce__text').click();
  await expect(edge).toHaveClass(/selected/);
  await page.keyboard.press('Delete');
  await expect(edge).toHaveCount(0);
});

test('runs a dot vote: start, cast, counts and ranking, close, results kept', async ({ page, socle }) => {
  await newWorkshop(page, socle.url, 'Vote');
  const workshopId = workshopIdOf(page);
  for (const name of ['Alice', 'Bruno']) {
    const r = await call(page, 'participant.create', { workshopId, participant: { name } });
    expect(r.ok).toBe(true);
  }
  await page.reload();
  await openStep(page, 'objectives');
  const first = await addCard(page, 'objective', 'Notoriété locale');
  const second = await addCard(page, 'objective', 'Recrutement');
  const id = async (card: Locator) => (await card.getAttribute('data-testid'))!.replace('card-', '');
  const [a, b] = [await id(first), await id(second)];

  await page.getByTestId('vote-toggle').click();
  await page.getByTestId('vote-per-person').fill('2');
  await page.getByTestId('vote-start').click();
  await expect(page.getByTestId('vote-panel')).toContainText('Vote en cours');
  await page.getByTestId('vote-voter').selectOption({ label: 'Alice' });
  await expect(page.getByTestId('vote-left')).toHaveText('2 votes restants');
  await page.getByTestId(`vote-${b}`).click();
  await expect(page.getByTestId(`votes-${b}`)).toHaveText('1');
  await page.getByTestId(`vote-${b}`).click();
  await expect(page.getByTestId(`votes-${b}`)).toHaveText('2');
  await expect(page.getByTestId('vote-left')).toHaveText('0 vote restant');
  await page.getByTestId('vote-voter').selectOption({ label: 'Bruno' });
  // V on the selected card votes for it.
  await first.click();
  await page.keyboard.press('v');
  await expect(page.getByTestId(`votes-${a}`)).toHaveText('1');

  const results = page.getByTestId('vote-results').getByRole('listitem');
  await expect(results).toHaveCount(2);
  await expect(results.first()).toContainText('Recrutement');
  await expect(results.first()).toContainText('2 votes');
  await page.getByTestId('vote-close').click();
  await expect(page.getByTestId('vote-panel')).toContainText('Vote clos');
  await expect(page.getByTestId(`vote-${a}`)).toHaveCount(0);
  await expect(page.getByTestId(`votes-${b}`)).toHaveText('2');
  await expect(results.first()).toContainText('Recrutement');

  await page.reload();
  await openStep(page, 'objectives');
  await expect(page.getByTestId(`votes-${b}`)).toHaveText('2');
  await expect(page.getByTestId(`votes-${a}`)).toHaveText('1');
});

test('keyboard: N creates a card, Ctrl+C and Ctrl+V duplicate it, Delete removes the selection', async ({ page, socle }) => {
  await newWorkshop(page, socle.url, 'Clavier');
  await openStep(page, 'context');
  const cards = page.locator('[data-testid^="card-"][data-kind="note"]');
  await page.getByTestId('canvas').locator('.react-flow__pane').click();
  await page.keyboard.press('n');
  await expect(cards).toHaveCount(1);
  await page.getByTestId('selected-card').getByTestId('field-title').getByRole('textbox').fill('Idée');
  // The title is on the card once saved: copy what the canvas shows.
  await expect(cards.first()).toContainText('Idée');
  await cards.first().click();
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(cards).toHaveCount(2);
  await expect(cards.nth(1)).toContainText('Idée');
  await cards.nth(1).click();
  await page.keyboard.press('Delete');
  await expect(cards).toHaveCount(1);
  await page.getByTestId('undo').click();
  await expect(cards).toHaveCount(2);
});

test('renames a card in place and opens the strategy map as a chain from the objectives', async ({ page, socle }) => {
  await newWorkshop(page, socle.url, 'Carte');
  await openStep(page, 'objectives');
  const card = await addCard(page, 'objective', 'Ancien titre');
  await card.dblclick();
  const input = page.getByTestId('card-rename');
  await input.fill('Nouveau titre');
  await input.press('Enter');
  await expect(page.locator('[data-testid^="card-"][data-kind="objective"]')).toContainText('Nouveau titre');
  await expect(card).toHaveCount(0);
  await openStep(page, 'targets');
  await addCard(page, 'persona', 'Jeunes diplômés');

  await page.getByTestId('map-toggle').click();
  const map = page.getByTestId('strategy-map');
  // The chain starts from the objective; a target no channel reaches is not part of it yet.
  await expect(map).toHaveAttribute('data-lanes', '1');
  await expect(map.getByTestId(/^map-card-/)).toHaveCount(1);
  await expect(map.getByTestId(/^map-card-/)).toHaveText('Nouveau titre');
  await map.getByTestId(/^map-card-/).click();
  await expect(page.getByTestId('agenda-step-objectives')).toHaveAttribute('aria-current', 'step');
  await expect(page.locator('[data-testid^="card-"][data-kind="objective"]')).toHaveAttribute('aria-pressed', 'true');
});
