// @vitest-environment happy-dom
// The step's question form, as the facilitator uses it: what it shows, and what reaches the library when they answer.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { stepById } from '../../shared/catalogue';
import { QuestionForm } from '../../renderer/features/workshop/QuestionForm';
import { must } from '../helpers/host';
import { draw, tidy, withWorkshop, type TestHost } from './render';

const step = stepById('objectives')!;
const question = (id: string) => step.questions.find((q) => q.id === id)!;
const label = (id: string) => new RegExp(question(id).label.en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
let host: TestHost | null = null;
afterEach(() => tidy(host));

async function stored(h: TestHost, workshopId: string, id: string) {
  const data = await must(h, 'workshop.get', { workshopId });
  return data.answers.find((a) => a.question === id)?.value;
}

describe('QuestionForm', () => {
  it('shows every question of the step, with the answers already given', async () => {
    const w = await withWorkshop();
    host = w.host;
    await must(w.host, 'answer.set', { workshopId: w.workshopId, step: 'objectives', question: 'objectives.horizonMonths', value: 12 });
    await w.services.workshop.getState().load(w.workshopId);
    draw(<QuestionForm step={step} />, w.services);
    for (const q of step.questions) expect(screen.getByTestId(`question-${q.id}`)).toBeTruthy();
    expect((screen.getByLabelText(label('objectives.horizonMonths')) as HTMLInputElement).value).toBe('12');
  });

  it('stores a typed answer when the field is left, as one call', async () => {
    const w = await withWorkshop();
    host = w.host;
    draw(<QuestionForm step={step} />, w.services);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(label('objectives.businessLink')), 'More orders from the website');
    await user.tab();
    await waitFor(async () => expect(await stored(w.host, w.workshopId, 'objectives.businessLink')).toBe('More orders from the website'));
    expect(w.calls.filter((c) => c.name === 'answer.set')).toHaveLength(1);
  });

  it('stores a choice at once', async () => {
    const w = await withWorkshop();
    host = w.host;
    draw(<QuestionForm step={step} />, w.services);
    const select = screen.getByLabelText(label('objectives.primaryObjective')) as HTMLSelectElement;
    const option = question('objectives.primaryObjective').options![1]!;
    fireEvent.change(select, { target: { value: option.value } });
    await waitFor(async () => expect(await stored(w.host, w.workshopId, 'objectives.primaryObjective')).toBe(option.value));
  });

  it('refuses a number out of range with a message on the field, and stores nothing', async () => {
    const w = await withWorkshop();
    host = w.host;
    draw(<QuestionForm step={step} />, w.services);
    const user = userEvent.setup();
    const field = screen.getByTestId('question-objectives.horizonMonths');
    await user.type(within(field).getByRole('textbox'), '99');
    await user.tab();
    expect(within(field).getByRole('alert').textContent).toMatch(/60/);
    expect(w.calls.filter((c) => c.name === 'answer.set')).toHaveLength(0);
    expect(await stored(w.host, w.workshopId, 'objectives.horizonMonths')).toBeUndefined();
  });
});
