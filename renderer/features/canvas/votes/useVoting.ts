// Dot voting from the canvas: who votes now, and casting or taking back a vote on a card of the step's open round.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Language, StepId } from '../../../../shared/model';
import { useServices } from '../../../app/ServicesContext';
import { translate } from '../../../i18n';
import { voteActions, openRound } from '../../votes';

export function useVoting(step: StepId, language: Language) {
  const { client, workshop, notices } = useServices();
  const actions = useMemo(() => voteActions(client, workshop), [client, workshop]);
  const [voterId, setVoterId] = useState<string | null>(null);
  const latest = useRef({ voterId, language });
  latest.current = { voterId, language };
  const fail = useCallback((message: string) => notices.getState().push('error', message), [notices]);

  /** The open round if it is this step's. */
  const round = useCallback(() => {
    const data = workshop.getState().data;
    const r = data ? openRound(data) : null;
    return r && r.step === step ? r : null;
  }, [workshop, step]);

  const vote = useCallback(
    async (cardId: string) => {
      const r = round();
      if (!r) return;
      const { voterId: voter, language: lang } = latest.current;
      if (!r.anonymous && !voter) return fail(translate(lang, 'canvas.vote.needVoter'));
      const result = await actions.cast(r.id, cardId, r.anonymous ? null : voter);
      if (!result.ok) fail(result.error.message);
    },
    [round, actions, fail],
  );

  const retract = useCallback(
    async (cardId: string) => {
      const r = round();
      const data = workshop.getState().data;
      if (!r || !data) return;
      const { voterId: voter, language: lang } = latest.current;
      const mine = data.votes.filter((v) => v.roundId === r.id && v.cardId === cardId && (r.anonymous || v.participantId === voter));
      const last = mine.sort((a, b) => b.createdAt - a.createdAt)[0];
      if (!last) return fail(translate(lang, 'canvas.vote.noneLeft'));
      const result = await actions.retract(last.id);
      if (!result.ok) fail(result.error.message);
    },
    [round, workshop, actions, fail],
  );

  return { voterId, setVoterId, vote, retract, actions };
}

export type Voting = ReturnType<typeof useVoting>;
