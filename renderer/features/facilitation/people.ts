// Participants and what refers to them: stakeholder cards that name the same person, votes cast (pure).
import type { Card, Participant, WorkshopData } from '../../../shared/model';

/** Names compared loosely: case, accents and extra spaces do not matter. */
export const sameName = (a: string, b: string): boolean => {
  const norm = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
  return norm(a) !== '' && norm(a) === norm(b);
};

/** Stakeholder cards whose `person` field names this participant. */
export const stakeholdersOf = (data: WorkshopData, participant: Participant): Card[] =>
  data.cards.filter((c) => c.kind === 'stakeholder' && typeof c.fields.person === 'string' && sameName(c.fields.person, participant.name));

export const votesBy = (data: WorkshopData, participantId: string): number =>
  data.votes.filter((v) => v.participantId === participantId).length;
