// Dot voting calls: one open round at a time per workshop, a budget of votes per participant.
import { CallFailure } from '../../../shared/api';
import type { Vote, VoteRound } from '../../../shared/model';
import { roundFromRow, roundToRow } from '../store/facilitation-rows';
import type { Store } from '../store/store';
import { readCard } from './cards';
import type { Handlers } from './types';

function readRound(store: Store, workshopId: string, roundId: string): VoteRound {
  const row = store.rows.get('vote_rounds', { id: roundId });
  if (!row || row.workshop_id !== workshopId) throw new CallFailure('not_found', `No vote round ${roundId} in this workshop.`);
  return roundFromRow(row);
}

const count = (store: Store, sql: string, params: unknown[]) => Number(store.rows.all(sql, params)[0]?.n ?? 0);

/** Refuses a vote that the round's rules do not allow. */
function checkBudget(store: Store, round: VoteRound, participantId: string | null): void {
  if (round.anonymous) {
    const people = count(store, 'SELECT count(*) AS n FROM participants WHERE workshop_id = ?', [round.workshopId]);
    const cast = count(store, 'SELECT count(*) AS n FROM votes WHERE round_id = ?', [round.id]);
    if (people === 0)
      throw new CallFailure('conflict', {
        en: 'Add the participants before voting: each one gets a number of votes.',
        fr: 'Ajoutez les participants avant de voter : chacun reçoit un nombre de votes.',
      });
    if (cast >= people * round.votesPerParticipant)
      throw new CallFailure('conflict', { en: 'Every vote of this round has been cast.', fr: 'Tous les votes de ce tour ont été donnés.' });
    return;
  }
  if (!participantId)
    throw new CallFailure('invalid_input', { en: 'In a named round, say who votes.', fr: 'Dans un vote nominatif, indiquez qui vote.' });
  const person = store.rows.get('participants', { id: participantId });
  if (!person || person.workshop_id !== round.workshopId)
    throw new CallFailure('not_found', `No participant ${participantId} in this workshop.`);
  const used = count(store, 'SELECT count(*) AS n FROM votes WHERE round_id = ? AND participant_id = ?', [round.id, participantId]);
  if (used >= round.votesPerParticipant)
    throw new CallFailure('conflict', {
      en: `${String(person.name)} has used all ${round.votesPerParticipant} votes.`,
      fr: `${String(person.name)} a utilisé ses ${round.votesPerParticipant} votes.`,
    });
}

export const voteHandlers: Pick<Handlers, 'vote.start' | 'vote.cast' | 'vote.retract' | 'vote.close' | 'vote.reset'> = {
  'vote.start': ({ workshopId, step, votesPerParticipant, anonymous }, { store }) =>
    store.mutate(workshopId, 'vote.start', null, (edit) => {
      for (const open of store.rows.all("SELECT * FROM vote_rounds WHERE workshop_id = ? AND status = 'open'", [workshopId])) {
        edit.put('vote_rounds', { ...open, status: 'closed' });
      }
      const round: VoteRound = {
        id: store.newId(),
        workshopId,
        step,
        votesPerParticipant,
        anonymous,
        status: 'open',
        createdAt: store.now(),
      };
      edit.put('vote_rounds', roundToRow(round));
      return round;
    }),
  'vote.cast': ({ workshopId, roundId, cardId, participantId }, { store }) =>
    store.mutate(workshopId, 'vote.cast', null, (edit) => {
      const round = readRound(store, workshopId, roundId);
      if (round.status !== 'open') throw new CallFailure('conflict', { en: 'This vote round is closed.', fr: 'Ce tour de vote est clos.' });
      const card = readCard(store, workshopId, cardId);
      if (card.step !== round.step)
        throw new CallFailure('conflict', {
          en: 'This round is about the cards of another step.',
          fr: 'Ce tour de vote porte sur les cartes d’une autre étape.',
        });
      checkBudget(store, round, participantId);
      const vote: Vote = {
        id: store.newId(),
        roundId,
        cardId,
        participantId: round.anonymous ? null : participantId,
        createdAt: store.now(),
      };
      edit.put('votes', {
        id: vote.id,
        workshop_id: workshopId,
        round_id: roundId,
        card_id: cardId,
        participant_id: vote.participantId,
        created_at: vote.createdAt,
      });
      return vote;
    }),
  'vote.retract': ({ workshopId, voteId }, { store }) =>
    store.mutate(workshopId, 'vote.retract', null, (edit) => {
      const row = store.rows.get('votes', { id: voteId });
      if (!row || row.workshop_id !== workshopId) throw new CallFailure('not_found', `No vote ${voteId} in this workshop.`);
      if (readRound(store, workshopId, String(row.round_id)).status !== 'open')
        throw new CallFailure('conflict', { en: 'This vote round is closed.', fr: 'Ce tour de vote est clos.' });
      edit.remove('votes', { id: voteId });
      return { voteId };
    }),
  'vote.close': ({ workshopId, roundId }, { store }) =>
    store.mutate(workshopId, 'vote.close', null, (edit) => {
      const round = { ...readRound(store, workshopId, roundId), status: 'closed' as const };
      edit.put('vote_rounds', roundToRow(round));
      return round;
    }),
  'vote.reset': ({ workshopId, roundId }, { store }) =>
    store.mutate(workshopId, 'vote.reset', null, (edit) => {
      readRound(store, workshopId, roundId);
      const ids = store.rows.all('SELECT id FROM votes WHERE round_id = ?', [roundId]).map((r) => String(r.id));
      for (const id of ids) edit.remove('votes', { id });
      return { roundId, removed: ids.length };
    }),
};
