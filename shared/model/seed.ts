// A workshop's content as plain data, used by templates and the demo workshop.
import type { AnswerValue, LinkKind, Stance, StepId } from './index';

export interface SeedCard {
  /** A name for the card inside the seed, so links can point at it. */
  ref: string;
  step: StepId;
  kind: string;
  title: string;
  body?: string;
  fields?: Record<string, string | number | boolean | string[] | null>;
  x?: number;
  y?: number;
  colour?: string | null;
}

export interface WorkshopSeed {
  title: string;
  organisation: string;
  sector: string;
  cards: SeedCard[];
  links: { kind: LinkKind; from: string; to: string }[];
  answers: { step: StepId; question: string; value: AnswerValue }[];
  participants: { name: string; department: string; role: string; stance: Stance }[];
}
