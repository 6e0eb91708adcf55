// The phone's main screen: the current step and its question, an idea form, the vote, the pulse, an objection form.
import type { GuestView } from '../../shared/api/room';
import { guestCall } from './api';
import { el } from './dom';
import { errorText, type Flow } from './screens';
import { language, t } from './text';

export interface Board {
  update(view: GuestView): void;
}

function textForm(id: string, label: string, hint: string | null, button: string, max: number, send: (text: string) => Promise<boolean>) {
  const area = el('textarea', { id });
  area.maxLength = max;
  area.rows = 3;
  const form = el(
    'form',
    { class: 'phone__card' },
    el('label', { for: id }, label),
    hint ? el('p', { class: 'phone__muted' }, hint) : null,
    area,
    el('button', { type: 'submit', class: 'phone__primary' }, button),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (area.value.trim() === '') return;
    // What was typed stays in the box until the host has it.
    void send(area.value).then((sent) => {
      if (sent) area.value = '';
    });
  });
  return form;
}

export function boardScreen(flow: Flow, refresh: () => void): Board {
  let view: GuestView | null = null;
  const fail = (result: Awaited<ReturnType<typeof guestCall>>): boolean => {
    if (!result) flow.show(t('phone.unreachable'), 'error');
    else if (!result.ok) flow.show(errorText(result, language), 'error');
    return Boolean(result?.ok);
  };
  const header = el('header', { class: 'phone__header' });
  const vote = el('section', { class: 'phone__card', id: 'room-vote' });
  const reveal = el('section', { class: 'phone__card', id: 'room-reveal' });
  const pulse = el('section', { class: 'phone__card', id: 'room-pulse' });
  const idea = textForm('room-idea', t('phone.idea'), null, t('phone.send'), 500, async (text) => {
    const result = await guestCall('guest.idea', { text });
    if (fail(result) && result?.ok) flow.show(t('phone.sent', { count: result.value.ideasSent }), 'ok');
    return Boolean(result?.ok);
  });
  const objection = textForm('room-objection', t('phone.object'), t('phone.objectHint'), t('phone.objectSend'), 300, async (text) => {
    const result = await guestCall('guest.object', { text });
    if (fail(result)) flow.show(t('phone.objected'), 'ok');
    return Boolean(result?.ok);
  });

  const castVote = async (roundId: string, cardId: string) => {
    const result = await guestCall('guest.vote', { roundId, cardId });
    if (fail(result)) flow.show(t('phone.voted'), 'ok');
    refresh();
  };
  const answer = async (pulseId: string, value: number) => {
    const result = await guestCall('guest.pulse', { pulseId, value });
    if (fail(result)) flow.show(t('phone.pulseThanks', { value }), 'ok');
    refresh();
  };

  const draw = () => {
    if (!view) return;
    const v = view;
    header.replaceChildren(
      el(
        'p',
        { class: 'phone__muted' },
        `${v.workshopTitle} · ${v.name ? t('phone.joinedAs', { name: v.name }) : t('phone.joinedAnonymous')}`,
      ),
      el('p', { class: 'phone__step' }, t('phone.step', { step: v.stepTitle[language] })),
      el('h1', { id: 'room-question' }, v.question[language]),
    );
    vote.hidden = !v.round;
    if (v.round) {
      const round = v.round;
      const list = el('ul', { class: 'phone__votes' });
      for (const card of round.cards) {
        list.append(
          el(
            'li',
            {},
            el('span', {}, card.title),
            card.mine > 0 ? el('span', { class: 'phone__muted' }, t('phone.myVotes', { count: card.mine })) : null,
            el(
              'button',
              {
                type: 'button',
                disabled: round.votesLeft === 0,
                label: `${t('phone.voteFor')} : ${card.title}`,
                onClick: () => void castVote(round.id, card.id),
              },
              t('phone.voteFor'),
            ),
          ),
        );
      }
      vote.replaceChildren(
        el('h2', {}, t('phone.vote')),
        el(
          'p',
          { class: 'phone__muted' },
          `${round.anonymous ? t('phone.voteAnonymous') : t('phone.voteNamed')} ${t('phone.votesLeft', { count: round.votesLeft })}`,
        ),
        list,
      );
    }
    reveal.hidden = !v.reveal;
    if (v.reveal) {
      const list = el('ol', { class: 'phone__reveal' });
      for (const row of v.reveal)
        list.append(el('li', {}, el('span', {}, row.title), el('strong', {}, t('phone.votesCount', { count: row.votes }))));
      reveal.replaceChildren(el('h2', {}, t('phone.reveal')), list);
    }
    pulse.hidden = !v.pulse;
    if (v.pulse) {
      const p = v.pulse;
      const scale = el('div', { class: 'phone__scale' });
      for (const value of [1, 2, 3, 4, 5]) {
        const button = el('button', { type: 'button', onClick: () => void answer(p.id, value) }, String(value));
        button.setAttribute('aria-pressed', String(p.answered === value));
        scale.append(button);
      }
      pulse.replaceChildren(
        el('h2', {}, t('phone.pulse')),
        el('p', {}, p.question),
        scale,
        el(
          'p',
          { class: 'phone__muted phone__ends' },
          el('span', {}, `1 = ${t('phone.pulseLow')}`),
          el('span', {}, `5 = ${t('phone.pulseHigh')}`),
        ),
      );
    }
  };

  flow.root.replaceChildren(flow.languageButton(), header, pulse, vote, reveal, idea, objection);
  return {
    update(next) {
      view = next;
      draw();
    },
  };
}
