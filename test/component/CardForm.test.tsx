// @vitest-environment happy-dom
// The card editor: the selected card's title, description and typed fields, each stored as typed; refusals shown
// on the field; deleting the card.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { useWorkshop } from '../../renderer/app/hooks';
import { CardForm } from '../../renderer/features/workshop/CardForm';
import { must } from '../helpers/host';
import { draw, tidy, withWorkshop, type TestHost } from './render';

let host: TestHost | null = null;
afterEach(() => tidy(host));

/** The editor as the side panel draws it: for the card the store holds, redrawn as the store changes. */
function Selected({ id }: { id: string }) {
  const card = useWorkshop((s) => s.data?.cards.find((c) => c.id === id));
  return card ? <CardForm card={card} /> : <p>no card</p>;
}

async function setup() {
  const w = await withWorkshop();
  host = w.host;
  const created = await must(w.host, 'card.create', {
    workshopId: w.workshopId,
    card: { step: 'objectives', kind: 'objective', title: 'Grow online orders', fields: { metric: 'orders a month' } },
  });
  await w.services.workshop.getState().load(w.workshopId);
  w.services.view.getState().select(created.value.id);
  draw(<Selected id={created.value.id} />, w.services);
  const storedCard = async () =>
    (await must(w.host, 'workshop.get', { workshopId: w.workshopId })).cards.find((c) => c.id === created.value.id);
  return { ...w, id: created.value.id, storedCard };
}

describe('CardForm', () => {
  it('shows the card title, its description and the fields of its kind, with what is stored', async () => {
    await setup();
    expect((screen.getByLabelText('Card title') as HTMLInputElement).value).toBe('Grow online orders');
    expect(screen.getByLabelText('Description')).toBeTruthy();
    expect((screen.getByLabelText('Measured by') as HTMLInputElement).value).toBe('orders a month');
    for (const label of ['Baseline', 'Target value', 'Deadline']) expect(screen.getByLabelText(label)).toBeTruthy();
    expect(screen.getByText('Objective')).toBeTruthy();
  });

  it('stores a new title and a typed field when the field is left', async () => {
    const { storedCard } = await setup();
    const user = userEvent.setup();
    const title = screen.getByLabelText('Card title');
    await user.clear(title);
    await user.type(title, 'Double online orders');
    await user.tab();
    await user.type(screen.getByLabelText('Target value'), '400');
    await user.tab();
    await waitFor(async () => {
      const card = await storedCard();
      expect(card?.title).toBe('Double online orders');
      expect(card?.fields.target).toBe(400);
    });
  });

  it('shows the library refusing a title on the title field, and keeps the stored one', async () => {
    const { storedCard } = await setup();
    const title = screen.getByLabelText('Card title');
    fireEvent.focus(title);
    fireEvent.change(title, { target: { value: 'x'.repeat(301) } });
    fireEvent.blur(title);
    const field = screen.getByTestId('field-title');
    await waitFor(() => expect(within(field).getByRole('alert').textContent).not.toBe(''));
    // What was typed stays in the field, for the user to shorten.
    expect((title as HTMLInputElement).value).toHaveLength(301);
    expect((await storedCard())?.title).toBe('Grow online orders');
  });

  it('deletes the card: gone from the library, deselected, and a toast says how to bring it back', async () => {
    const { services, storedCard } = await setup();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Delete the card' }));
    await waitFor(async () => expect(await storedCard()).toBeUndefined());
    await waitFor(() => expect(services.view.getState().selectedCardId).toBeNull());
    expect(services.notices.getState().toasts.map((n) => n.message)).toContain('Card deleted. Ctrl+Z to bring it back.');
    expect(screen.getByText('no card')).toBeTruthy();
  });
});
