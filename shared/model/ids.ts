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

/** Bidirectional embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069): they can make a title
 * read backwards on screen and in every export (a "Trojan Source" trick), and no workshop text needs them. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
export const neutraliseBidi = (text: string): string => text.replace(BIDI_CONTROLS, '');

/** Text a user types, at most `max` characters, with bidirectional controls removed on the way in. */
export const plainText = (max: number) => z.string().max(max).overwrite(neutraliseBidi);

/** Short single-line text (titles, names). */
export const ShortText = plainText(300);
/** Long free text (bodies, answers). */
export const LongText = plainText(20_000);
/** Epoch milliseconds. */
export const Timestamp = z.number().int().nonnegative();
/** ISO calendar date, YYYY-MM-DD. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD');

/** Hex colour such as #ffcc00. */
export const Colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is #rrggbb');
