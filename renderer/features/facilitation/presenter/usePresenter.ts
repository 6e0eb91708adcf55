// Presenter mode's state and what each key does: steps, timer, keyboard vote, undo, parking, leaving.
import { useMemo, useState } from 'react';
import type { StepId } from '../../../../shared/model';
import { useServices } from '../../../app/ServicesContext';
import { useT, type MessageKey } from '../../../i18n';
import { voteActions } from '../../votes/actions';
import { neighbourStep, orderedAgenda } from '../agendaOrder';
import { useFacilitation } from '../hooks';
import type { PresenterCommand } from '../presenterKeys';
import { ADD_MINUTES } from '../time';
import { facilitationUi } from '../ui';
import { castFor, cycleVoter, firstVoter, typeDigit, voterAfterCast } from '../voteFlow';
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

export function usePresenter(step: StepId, leave: () => void) {
  const { t } = useT();
  const { client, workshop, nav } = useServices();
  const actions = useFacilitation();
  const votes = useMemo(() => voteActions(client, workshop), [client, workshop]);
  const [voting, setVoting] = useState(false);
  const [digits, setDigits] = useState('');
  const [voterId, setVoterId] = useState<string | null>(null);
  const [message, setMessage] = useState<PresenterMessage | null>(null);
  const [help, setHelp] = useState(false);
  const info = (key: MessageKey, vars?: Record<string, string | number>) => setMessage({ tone: 'info', text: t(key, vars) });
  const fail = (text: string) => setMessage({ tone: 'error', text });

  const go = async (direction: -1 | 1) => {
    const data = workshop.getState().data;
    if (!data) return;
    const agenda = orderedAgenda(data.agenda);
    const next = neighbourStep(agenda, step, direction);
    if (!next) return info(direction > 0 ? 'fac.present.last' : 'fac.present.first');
    setVoting(false);
    setDigits('');
    setMessage(null);
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
    let round = openRoundOf(data, step);
    if (!round) {
      if (data.participants.length === 0) return info('fac.vote.noParticipants');
      const result = await votes.start(step, DEFAULT_VOTES, false);
      if (!result.ok) return fail(result.error.message);
      round = result.value;
    }
    const after = workshop.getState().data ?? data;
    setVoting(true);
    setDigits('');
    setVoterId(round.anonymous ? null : firstVoter(votersOf(after, round)));
    info('fac.vote.opened');
  };

  const cast = async () => {
    const data = workshop.getState().data;
    const round = data ? openRoundOf(data, step) : null;
    if (!data || !round) return setVoting(false);
    const cards = stepCards(data, step);
    const outcome = castFor(digits, cards, votersOf(data, round), voterId, round.anonymous);
    setDigits('');
    if (outcome.kind === 'error') return info(CAST_ERRORS[outcome.reason] ?? 'fac.vote.noCard', { number: digits });
    const result = await votes.cast(round.id, outcome.cardId, outcome.participantId);
    if (!result.ok) return fail(result.error.message);
    const number = cards.find((c) => c.card.id === outcome.cardId)?.number ?? 0;
    const voter = data.participants.find((p) => p.id === outcome.participantId);
    info(voter ? 'fac.vote.castBy' : 'fac.vote.cast', { number, name: voter?.name ?? '' });
    const after = workshop.getState().data;
    if (after && !round.anonymous) setVoterId(voterAfterCast(votersOf(after, round), voterId));
  };

  const closeRound = async () => {
    const data = workshop.getState().data;
    const round = data ? openRoundOf(data, step) : null;
    setVoting(false);
    if (!round) return;
    const result = await votes.close(round.id);
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
        return setDigits((d) => typeDigit(d, command.digit));
      case 'backspace':
        return setDigits((d) => d.slice(0, -1));
      case 'cast':
        return void cast();
      case 'nextVoter':
      case 'previousVoter':
        return setVoterId((id) => cycleVoter(voters(), id, command.type === 'nextVoter' ? 1 : -1));
      case 'closeRound':
        return void closeRound();
      case 'endVote':
        setDigits('');
        return setVoting(false);
      case 'undo':
      case 'redo':
        return void history(command.type);
      case 'park':
        return facilitationUi(workshop).getState().setParking(true);
      case 'help':
        return setHelp((h) => !h);
      case 'leave':
        return leave();
    }
  };

  return { run, voting, digits, voterId, message, help };
}
