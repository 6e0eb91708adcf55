// Presenter mode's state and what each key does: steps, timer, keyboard vote, undo, parking, leaving.
import { useMemo, useReducer, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { StepId } from '../../../../shared/model';
import { useServices } from '../../../app/ServicesContext';
import { useT, type MessageKey } from '../../../i18n';
import { voteActions } from '../../votes';
import { neighbourStep, orderedAgenda } from '../agendaOrder';
import { useFacilitation } from '../hooks';
import type { PresenterCommand } from '../presenterKeys';
import { ADD_MINUTES } from '../time';
import { facilitationUi } from '../ui';
import { castFor, cycleVoter, firstVoter, typeDigit, voterAfterCast, withPending } from '../voteFlow';
import { DEFAULT_VOTES, openRoundOf, stepCards, votersOf } from './voters';

export interface PresenterMessage {
  tone: 'info' | 'error';
  text: string;
}

const CAST_ERRORS: Record<string, MessageKey> = {
  noNumber: 'fac.vote.typeNumber',
  noCard: 'fac.vote.noCard',
  noVoter: 'fac.vote.noVoter',
  noVotesLeft: 'fac.vote.noVotesLeft',
};

interface Flow {
  voting: boolean;
  digits: string;
  voterId: string | null;
}

export function usePresenter(step: StepId, leave: () => void) {
  const { t } = useT();
  const { client, workshop, nav, view } = useServices();
  const actions = useFacilitation();
  const votes = useMemo(() => voteActions(client, workshop), [client, workshop]);
  // Keys may come faster than React renders: the vote's state lives in a ref, read when each key arrives.
  const flow = useRef<Flow>({ voting: false, digits: '', voterId: null });
  const [, render] = useReducer((n: number) => n + 1, 0);
  const pending = useRef(new Map<string, number>());
  const starting = useRef<Promise<unknown> | null>(null);
  const setFlow = (patch: Partial<Flow>) => {
    flow.current = { ...flow.current, ...patch };
    render();
  };
  const [message, setMessage] = useState<PresenterMessage | null>(null);
  const [help, setHelp] = useState(false);
  // The ranking beside the board: shown on demand (R) and when a round closes, hidden on arrival at another step.
  const reveal = useStore(view, (s) => s.reveal);
  const setReveal = view.getState().setReveal;
  const info = (key: MessageKey, vars?: Record<string, string | number>) => setMessage({ tone: 'info', text: t(key, vars) });
  const fail = (text: string) => setMessage({ tone: 'error', text });

  const go = async (direction: -1 | 1) => {
    const data = workshop.getState().data;
    if (!data) return;
    const agenda = orderedAgenda(data.agenda);
    const next = neighbourStep(agenda, step, direction);
    if (!next) return info(direction > 0 ? 'fac.present.last' : 'fac.present.first');
    setFlow({ voting: false, digits: '' });
    setMessage(null);
    setReveal(false);
    view.getState().select(null);
    nav.getState().setStep(next);
    // The clock follows the room: if a step's timer runs, the next step's starts.
    if (agenda.some((e) => e.runningSince !== null)) {
      const result = await actions.startTimer(next);
      if (!result.ok) fail(result.error.message);
    }
  };

  const toggleTimer = async () => {
    const running = workshop.getState().data?.agenda.find((e) => e.step === step)?.runningSince != null;
    const result = running ? await actions.pauseTimer() : await actions.startTimer(step);
    if (!result.ok) fail(result.error.message);
    else info(running ? 'fac.timer.paused' : 'fac.timer.running');
  };

  const startVote = async () => {
    const data = workshop.getState().data;
    if (!data) return;
    if (stepCards(data, step).length === 0) return info('fac.vote.noCards');
    const round = openRoundOf(data, step);
    if (!round && data.participants.length === 0) return info('fac.vote.noParticipants');
    // With no round yet, everyone has a full budget: the first participant votes first.
    setFlow({ voting: true, digits: '', voterId: firstVoter(votersOf(data, round)) });
    if (!round) {
      // Numbers typed while the round is being opened wait for it (see cast).
      const opening = votes.start(step, DEFAULT_VOTES, false);
      starting.current = opening;
      const result = await opening;
      starting.current = null;
      if (!result.ok) {
        setFlow({ voting: false });
        return fail(result.error.message);
      }
    }
    info('fac.vote.opened');
  };

  const cast = async () => {
    // What was typed and who votes are taken when Enter is pressed, before anything is awaited.
    const { digits, voterId } = flow.current;
    setFlow({ digits: '' });
    if (starting.current) await starting.current;
    const data = workshop.getState().data;
    const round = data ? openRoundOf(data, step) : null;
    if (!data || !round) return setFlow({ voting: false });
    const cards = stepCards(data, step);
    const voters = withPending(votersOf(data, round), pending.current);
    const outcome = castFor(digits, cards, voters, voterId, round.anonymous);
    if (outcome.kind === 'error') return info(CAST_ERRORS[outcome.reason] ?? 'fac.vote.noCard', { number: digits });
    const by = outcome.participantId;
    // The next voter is chosen now, as if the vote had landed (unless Tab chose someone meanwhile).
    const after = voters.map((v) => (v.id === by ? { ...v, left: v.left - 1 } : v));
    if (!round.anonymous && flow.current.voterId === voterId) setFlow({ voterId: voterAfterCast(after, voterId) });
    if (by) pending.current.set(by, (pending.current.get(by) ?? 0) + 1);
    const result = await votes.cast(round.id, outcome.cardId, by);
    if (by) pending.current.set(by, (pending.current.get(by) ?? 1) - 1);
    if (!result.ok) return fail(result.error.message);
    const number = cards.find((c) => c.card.id === outcome.cardId)?.number ?? 0;
    const voter = data.participants.find((p) => p.id === by);
    info(voter ? 'fac.vote.castBy' : 'fac.vote.cast', { number, name: voter?.name ?? '' });
  };

  const closeRound = async () => {
    const data = workshop.getState().data;
    const round = data ? openRoundOf(data, step) : null;
    setFlow({ voting: false });
    if (!round) return;
    const result = await votes.close(round.id);
    if (result.ok) setReveal(true);
    if (result.ok) info('fac.vote.closed');
    else fail(result.error.message);
  };

  const history = async (which: 'undo' | 'redo') => {
    const state = workshop.getState();
    if (!(which === 'undo' ? state.history.canUndo : state.history.canRedo)) return;
    const result = await state[which]();
    if (result.ok) info(which === 'undo' ? 'fac.present.undone' : 'fac.present.redone');
    else fail(result.error.message);
  };

  const voters = () => {
    const data = workshop.getState().data;
    return data ? votersOf(data, openRoundOf(data, step)) : [];
  };

  /** Moves the spotlight to the step's next or previous card, in the cards' numbered order. */
  const spotlight = (direction: 1 | -1) => {
    const data = workshop.getState().data;
    if (!data) return;
    const ids = stepCards(data, step).map((c) => c.card.id);
    if (ids.length === 0) return;
    const at = ids.indexOf(view.getState().selectedCardId ?? '');
    const next = at < 0 ? (direction > 0 ? 0 : ids.length - 1) : (at + direction + ids.length) % ids.length;
    view.getState().select(ids[next]!);
  };

  const run = (command: PresenterCommand): void => {
    switch (command.type) {
      case 'next':
        return void go(1);
      case 'previous':
        return void go(-1);
      case 'toggleTimer':
        return void toggleTimer();
      case 'addTime':
        return void actions.addTime(step).then((r) => (r.ok ? info('fac.timer.added', { minutes: ADD_MINUTES }) : fail(r.error.message)));
      case 'vote':
        return void startVote();
      case 'digit':
        return setFlow({ digits: typeDigit(flow.current.digits, command.digit) });
      case 'backspace':
        return setFlow({ digits: flow.current.digits.slice(0, -1) });
      case 'cast':
        return void cast();
      case 'nextVoter':
      case 'previousVoter':
        return setFlow({ voterId: cycleVoter(voters(), flow.current.voterId, command.type === 'nextVoter' ? 1 : -1) });
      case 'closeRound':
        return void closeRound();
      case 'endVote':
        return setFlow({ voting: false, digits: '' });
      case 'undo':
      case 'redo':
        return void history(command.type);
      case 'park':
        return facilitationUi(workshop).getState().setParking(true);
      case 'help':
        return setHelp((h) => !h);
      case 'spotlightNext':
      case 'spotlightPrevious':
        return spotlight(command.type === 'spotlightNext' ? 1 : -1);
      case 'reveal':
        return setReveal((r) => !r);
      case 'leave':
        return leave();
    }
  };

  const { voting, digits, voterId } = flow.current;
  return { run, isVoting: () => flow.current.voting, voting, digits, voterId, message, help, reveal };
}
