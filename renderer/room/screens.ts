// The phone's first screens: the code, the name, and the end (room closed or out of reach).
import { guestCall, token } from './api';
import { el } from './dom';
import { t } from './text';

export interface Flow {
  root: HTMLElement;
  show(message: string, tone?: 'ok' | 'error'): void;
  joined(name: string | null): void;
  languageButton(): HTMLElement;
}

function errorText(result: { ok: false; error: { message: string; fr?: string } }, language: string): string {
  return language === 'fr' && result.error.fr ? result.error.fr : result.error.message;
}

export function codeScreen(flow: Flow, prefilled: string): void {
  const input = el('input', { id: 'room-code', type: 'text' });
  input.inputMode = 'numeric';
  input.autocomplete = 'one-time-code';
  input.maxLength = 6;
  input.value = prefilled;
  const submit = async () => {
    const code = input.value.replace(/\D/g, '');
    const result = await guestCall('guest.welcome', { code });
    if (!result) return flow.show(t('phone.unreachable'), 'error');
    if (!result.ok) return flow.show(errorText(result, document.documentElement.lang), 'error');
    nameScreen(flow, code, result.value.workshopTitle, result.value.participants);
  };
  const form = el(
    'form',
    { class: 'phone__card' },
    el('h1', {}, t('phone.title')),
    el('label', { for: 'room-code' }, t('phone.code')),
    input,
    el('button', { type: 'submit', class: 'phone__primary' }, t('phone.continue')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit();
  });
  flow.root.replaceChildren(flow.languageButton(), form);
  input.focus();
}

function nameScreen(flow: Flow, code: string, title: string, people: { id: string; name: string }[]): void {
  const join = async (participantId: string | null) => {
    const result = await guestCall('guest.join', { code, participantId });
    if (!result) return flow.show(t('phone.unreachable'), 'error');
    if (!result.ok) return flow.show(errorText(result, document.documentElement.lang), 'error');
    token.set(result.value.token);
    flow.joined(result.value.name);
  };
  const list = el('div', { class: 'phone__names' });
  for (const person of people) list.append(el('button', { type: 'button', onClick: () => void join(person.id) }, person.name));
  flow.root.replaceChildren(
    flow.languageButton(),
    el(
      'section',
      { class: 'phone__card' },
      el('p', { class: 'phone__muted' }, title),
      el('h1', {}, t('phone.who')),
      list,
      el('button', { type: 'button', class: 'phone__secondary', onClick: () => void join(null) }, t('phone.anonymous')),
    ),
  );
}

export function endScreen(flow: Flow, message: string): void {
  token.clear();
  flow.root.replaceChildren(el('section', { class: 'phone__card phone__end', id: 'room-end' }, el('p', {}, message)));
}

export { errorText };
