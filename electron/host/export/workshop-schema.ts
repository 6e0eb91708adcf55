// The .socle workshop file: its zod schema (version 1) and the limits an imported file must stay within.
import { z } from 'zod';
import { WORKSHOP_FILE_MAX_BYTES } from '../../../shared/document/formats';
import {
  AcceptedFinding,
  AgendaEntry,
  Answer,
  Card,
  Link,
  ParkingItem,
  Participant,
  ShortText,
  Vote,
  VoteRound,
  Workshop,
} from '../../../shared/model';

export const WORKSHOP_FILE_FORMAT = 'socle-workshop';
export const WORKSHOP_FILE_VERSION = 1;

export const LIMITS = {
  bytes: WORKSHOP_FILE_MAX_BYTES,
  /** Nesting of arrays and objects; a real file needs 5 (file, cards, card, fields, list). */
  depth: 16,
  cards: 20_000,
  links: 50_000,
  participants: 1_000,
  answers: 5_000,
  /** Parking lot items, vote rounds, votes and accepted findings, each. */
  facilitation: 20_000,
};

export const FileWorkshop = Workshop.pick({ organisation: true, sector: true, date: true, language: true, template: true })
  .extend({ title: ShortText.min(1, 'a workshop needs a title') })
  .strict();
export const FileCard = Card.omit({ workshopId: true }).strict();
export const FileLink = Link.omit({ workshopId: true }).strict();
export const FileParticipant = Participant.omit({ workshopId: true }).strict();
export const FileAnswer = Answer.omit({ workshopId: true }).strict();
export const FileAgenda = AgendaEntry.pick({ step: true, position: true, timeboxMinutes: true, skipped: true }).strict();
export const FileParking = ParkingItem.omit({ workshopId: true }).strict();
export const FileVoteRound = VoteRound.omit({ workshopId: true }).strict();
export const FileVote = Vote.strict();
export const FileAccepted = AcceptedFinding.strict();

export const WorkshopFile = z
  .object({
    format: z.literal(WORKSHOP_FILE_FORMAT),
    version: z.literal(WORKSHOP_FILE_VERSION),
    exportedAt: z.string().max(40),
    app: z
      .object({ name: z.string().max(40), version: z.string().max(40) })
      .strict()
      .optional(),
    workshop: FileWorkshop,
    cards: z.array(FileCard).max(LIMITS.cards),
    links: z.array(FileLink).max(LIMITS.links),
    participants: z.array(FileParticipant).max(LIMITS.participants),
    answers: z.array(FileAnswer).max(LIMITS.answers),
    // What the facilitation tools recorded; optional, so that a file without them is still a workshop.
    agenda: z.array(FileAgenda).max(14).default([]),
    parking: z.array(FileParking).max(LIMITS.facilitation).default([]),
    voteRounds: z.array(FileVoteRound).max(LIMITS.facilitation).default([]),
    votes: z.array(FileVote).max(LIMITS.facilitation).default([]),
    accepted: z.array(FileAccepted).max(LIMITS.facilitation).default([]),
  })
  .strict();
export type WorkshopFile = z.infer<typeof WorkshopFile>;
export type WorkshopFileInput = z.input<typeof WorkshopFile>;
