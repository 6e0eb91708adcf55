// The guided flow through the UI: every question of the 14 steps answered and a card added per step,
// then a restart, and every answer found again, in French and then in English.
import type { Locator, Page } from '@playwright/test';
import { STEPS, type Question } from '../../shared/catalogue';
import { expect, test } from './fixtures';

test.setTimeout(300_000);

/** The value typed for a question, and how it reads back in its control. */
function answerFor(q: Question, index: number): { fill: (field: Locator) => Promise<void>; check: (field: Locator) => Promise<void> } {
  switch (q.type) {
    case 'text':
    case 'longtext': {
      const text = `Réponse ${index} – ${q.id}`;
      return {
        fill: async (f) => {
          const box = f.getByRole('textbox');
          await box.fill(text);
          await box.blur();
        },
        check: async (f) => expect(f.getByRole('textbox')).toHaveValue(text),
      };
    }
    case 'list': {
      const lines = `premier ${index}\nsecond ${index}`;
      return {
        fill: async (f) => {
          const box = f.getByRole('textbox');
          await box.fill(lines);
          await box.blur();
        },
        check: async (f) => expect(f.getByRole('textbox')).toHaveValue(lines),
      };
    }
    case 'number': {
      const n = String(Math.max(q.min ?? 0, Math.min(q.max ?? 1000, 3 + (index % 5))));
      return {
        fill: async (f) => {
          const box = f.getByRole('textbox');
          await box.fill(n);
          await box.blur();
        },
        check: async (f) => expect(f.getByRole('textbox')).toHaveValue(n),
      };
    }
    case 'date':
      return {
        fill: async (f) => {
          const input = f.locator('input[type="date"]');
          await input.fill('2027-03-15');
          await input.blur();
        },
        check: async (f) => expect(f.locator('input[type="date"]')).toHaveValue('2027-03-15'),
      };
    case 'choice': {
      const option = q.options![index % q.options!.length]!.value;
      return {
        fill: async (f) => {
          await f.getByRole('combobox').selectOption(option);
        },
        check: async (f) => expect(f.getByRole('combobox')).toHaveValue(option),
      };
    }
    case 'multi': {
      const picked = q.options!.slice(0, 2).map((o) => o.value);
      return {
        fill: async (f) => {
          for (const v of picked) await f.locator(`input[type="checkbox"][id$="-${v}"]`).check();
        },
        check: async (f) => {
          for (const v of picked) await expect(f.locator(`input[type="checkbox"][id$="-${v}"]`)).toBeChecked();
        },
      };
    }
    case 'scale': {
      const n = String(Math.max(q.min ?? 1, Math.min(q.max ?? 5, 4)));
      return {
        fill: async (f) => f.locator(`input[type="radio"][value="${n}"]`).check(),
        check: async (f) => expect(f.locator(`input[type="radio"][value="${n}"]`)).toBeChecked(),
      };
    }
    case 'boolean':
      return {
        fill: async (f) => f.getByRole('checkbox').check(),
        check: async (f) => expect(f.getByRole('checkbox')).toBeChecked(),
      };
  }
}

async function openStep(page: Page, stepId: string) {
  await page.getByTestId(`agenda-step-${stepId}`).click();
  await expect(page.getByTestId(`agenda-step-${stepId}`)).toHaveAttribute('aria-current', 'step');
}

test('fills every step of a workshop, finds every answer after a restart, in both languages', async ({ page, socle }) => {
  await page.goto(socle.url);
  await page.getByRole('button', { name: 'Nouvel atelier' }).click();
  await page.getByRole('dialog').getByLabel('Titre').fill('Atelier complet');
  await page.getByRole('dialog').getByRole('button', { name: 'Créer l’atelier' }).click();
  await expect(page.getByTestId('workshop-title')).toHaveValue('Atelier complet');

  let index = 0;
  for (const step of STEPS) {
    await openStep(page, step.id);
    const kind = step.cardKinds.find((k) => k !== 'sticky' && k !== 'group')!;
    await page.getByTestId(`add-card-${kind}`).click();
    const title = page.getByTestId('selected-card').getByTestId('field-title').getByRole('textbox');
    await title.fill(`Carte ${step.number}`);
    await title.blur();
    for (const q of step.questions) {
      const field = page.getByTestId(`question-${q.id}`);
      await expect(field, q.id).toContainText(q.label.fr);
      await answerFor(q, index++).fill(field);
    }
    await expect(page.getByTestId(`agenda-step-${step.id}`)).toHaveAttribute('data-completion', '100');
  }

  await socle.restart();
  await page.goto(socle.url);
  await page.getByRole('button', { name: 'Atelier complet', exact: true }).click();
  await expect(page.getByTestId('step-question')).toBeVisible();

  for (const language of ['fr', 'en'] as const) {
    if (language === 'en') await page.getByRole('group', { name: 'Langue de l’interface' }).getByRole('button', { name: /EN/ }).click();
    index = 0;
    for (const step of STEPS) {
      await openStep(page, step.id);
      await expect(page.getByTestId('step-question')).toHaveText(step.question[language]);
      await expect(page.locator(`[data-kind="${step.cardKinds.find((k) => k !== 'sticky' && k !== 'group')}"]`).first()).toContainText(
        `Carte ${step.number}`,
      );
      for (const q of step.questions) {
        const field = page.getByTestId(`question-${q.id}`);
        await expect(field, q.id).toContainText(q.label[language]);
        await answerFor(q, index++).check(field);
      }
    }
  }
});
