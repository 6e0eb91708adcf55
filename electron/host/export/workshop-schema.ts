// The .socle workshop file: its zod schema (version 1) and the limits an imported file must stay within.
import { z } from 'zod';
import { Answer, Card, Link, Participant, ShortText, Workshop } from '../../../shared/model';

export const WORKSHOP_FILE_FORMAT = 'socle-workshop';
export const WORKSHOP_FILE_VERSION = 1;

export const LIMITS = {
  bytes: 20 * 1024 * 1024,
  /** Nesting of arrays and objects; a real file needs 5 (file, cards, card, fields, list). */
  depth: 16,
  cards: 20_000,
  links: 50_000,
  participants: 1_000,
  answers: 5_000,
};

export const FileWorkshop = Workshop.pick({ organisation: true, sector: true, date: true, language: true, template: true })
  .extend({ title: ShortText.min(1, 'a workshop needs a title') })
  .strict();
export const FileCard = Card.omit({ workshopId: true }).strict();
export const FileLink = Link.omit({ workshopId: true }).strict();
export const FileParticipant = Participant.omit({ workshopId: true }).strict();
export const FileAnswer = Answer.omit({ workshopId: true }).strict();

export const WorkshopFile = z
  .object({
    format: z.literal(WORKSHOP_FILE_FORMAT),
    version: z.literal(WORKSHOP_FILE_VERSION),
    exportedAt: z.string().max(40),
    app: z.object({ name: z.string().max(40), version: z.string().max(40) }).strict().optional(),
    workshop: FileWorkshop,
    cards: z.array(FileCard).max(LIMITS.cards),
    links: z.array(FileLink).max(LIMITS.links),
    participants: z.array(FileParticipant).max(LIMITS.participants),
    answers: z.array(FileAnswer).max(LIMITS.answers),
  })
  .strict();
export type WorkshopFile = z.infer<typeof WorkshopFile>;
