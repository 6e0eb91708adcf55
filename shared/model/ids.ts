// Identifiers and small shared value schemas used by every entity.
import { z } from 'zod';

export const Id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'an id is letters, digits, - or _');
export type Id = z.infer<typeof Id>;

export const StepId = z.enum([
  'context',
  'convince',
  'objectives',
  'targets',
  'listening',
  'channels',
  'content',
  'calendar',
  'stakeholders',
  'governance',
  'swot',
  'resources',
  'measurement',
  'risks',
]);
export type StepId = z.infer<typeof StepId>;
export const STEP_IDS: readonly StepId[] = StepId.options;

export const Language = z.enum(['fr', 'en']);
export type Language = z.infer<typeof Language>;

/** Short single-line text (titles, names). */
export const ShortText = z.string().max(300);
/** Long free text (bodies, answers). */
export const LongText = z.string().max(20_000);
/** Epoch milliseconds. */
export const Timestamp = z.number().int().nonnegative();
/** ISO calendar date, YYYY-MM-DD. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD');

/** Hex colour such as #ffcc00. */
export const Colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is #rrggbb');
