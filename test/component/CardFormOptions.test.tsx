// @vitest-environment happy-dom
// The card editor names the values the catalogue knows (formats, platforms) in the interface's language, never by
// their ids; a click or a typed name stores the id, and text outside the catalogue is kept as typed.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { FieldValue, Language } from '../../shared/model';
import { useWorkshop } from '../../renderer/app/hooks';
import { CardForm } from '../../renderer/features/workshop/CardForm';
import { must } from '../helpers/host';
import { draw, tidy, withWorkshop, type TestHost } from './render';

let host: TestHost | null = null;
afterEach(() => tidy(host));

function Selected({ id }: { id: string }) {
  const card = useWorkshop((s) => s.data?.cards.find((c) => c.id === id));
  return card ? <CardForm card={card} /> : <p>no card</p>;
}

async function setup(language: Language, kind: 'channel' | 'cadence', fields: Record<string, FieldValue>) {
  const w = await withWorkshop(language);
  host = w.host;
  const step = kind === 'channel' ? 'channels' : 'content';
  const created = await must(w.host, 'card.create', { workshopId: w.workshopId, card: { step, kind, title: 'Instagram', fields } });
  await w.services.workshop.getState().load(w.workshopId);
  w.services.view.getState().select(created.value.id);
  draw(<Selected id={created.value.id} />, w.services);
  const stored = async () =>
    (await must(w.host, 'workshop.get', { workshopId: w.workshopId })).cards.find((c) => c.id === created.value.id)?.fields;
  return { stored };
}

const ticked = (field: HTMLElement) =>
  within(field)
    .getAllByRole('checkbox')
    .filter((box) => (box as HTMLInputElement).checked)
    .map((box) => box.closest('label')!.textContent);

describe('the card editor names known values', () => {
  it('shows a channel’s formats and platform by their French names, and a typed format as typed', async () => {
    await setup('fr', 'channel', { platform: 'instagram', formats: ['short_video', 'image', 'Coulisses'] });
    const formats = screen.getByTestId('field-formats');
    expect(within(formats).getByText('Formats').tagName).toBe('LEGEND');
    expect(ticked(formats)).toEqual(['Image', 'Vidéo courte', 'Coulisses']);
    expect(formats.textContent).not.toMatch(/short_video|text_post/);
    const platform = within(screen.getByTestId('field-platform')).getByRole('combobox') as HTMLSelectElement;
    expect(platform.selectedOptions[0]!.textContent).toBe('Instagram');
  });

  it('shows them in English when the interface is in English', async () => {
    await setup('en', 'channel', { formats: ['short_video', 'newsletter_issue'] });
    expect(ticked(screen.getByTestId('field-formats'))).toEqual(['Short video', 'Newsletter issue']);
  });

  // The field is boxes to tick and a line to type another: its help says so, rather than giving examples to type.
  const described = (group: HTMLElement) =>
    (group.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');

  it('describes the formats as boxes to tick and a line to type another', async () => {
    await setup('fr', 'channel', {});
    expect(described(screen.getByRole('group', { name: 'Formats' }))).toBe(
      'Cochez les formats de ce canal. Pour un autre, tapez-le sur la dernière ligne puis Entrée.',
    );
  });

  it('describes them in English when the interface is in English', async () => {
    await setup('en', 'channel', {});
    expect(described(screen.getByRole('group', { name: 'Formats' }))).toBe(
      'Tick the formats this channel uses. For another, type it on the last line, then Enter.',
    );
  });

  it('stores a ticked format and a typed name by id, keeps other typed text, and drops nothing on a click', async () => {
    const { stored } = await setup('fr', 'channel', { formats: ['image', 'Coulisses'] });
    const user = userEvent.setup();
    const formats = screen.getByTestId('field-formats');
    await user.click(within(formats).getByRole('checkbox', { name: 'Carrousel' }));
    await waitFor(async () => expect((await stored())?.formats).toEqual(['image', 'carousel', 'Coulisses']));
    const other = within(formats).getByRole('textbox', { name: 'Autre valeur, à saisir' });
    await user.type(other, 'vidéo courte{Enter}');
    await waitFor(async () => expect((await stored())?.formats).toEqual(['image', 'carousel', 'short_video', 'Coulisses']));
    // Leaving the line keeps what was typed on it.
    await user.type(other, 'Recettes filmées');
    await user.tab();
    await waitFor(async () =>
      expect((await stored())?.formats).toEqual(['image', 'carousel', 'short_video', 'Coulisses', 'Recettes filmées']),
    );
    await user.click(within(formats).getByRole('checkbox', { name: 'Coulisses' }));
    await waitFor(async () => expect((await stored())?.formats).toEqual(['image', 'carousel', 'short_video', 'Recettes filmées']));
    // Unticked, a typed value is still offered until the card is left.
    expect(within(formats).getByRole('checkbox', { name: 'Coulisses' })).toBeTruthy();
  });

  it('shows a cadence’s main format by its name and stores a typed name as its id', async () => {
    const { stored } = await setup('fr', 'cadence', { platform: 'instagram', format: 'short_video' });
    const user = userEvent.setup();
    const format = within(screen.getByTestId('field-format')).getByRole('combobox') as HTMLInputElement;
    expect(format.value).toBe('Vidéo courte');
    await user.clear(format);
    await user.type(format, 'Carrousel');
    await user.tab();
    await waitFor(async () => expect((await stored())?.format).toBe('carousel'));
    expect(format.value).toBe('Carrousel');
  });
});
