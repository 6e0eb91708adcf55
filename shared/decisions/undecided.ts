// What counts as an answer that decides something: the "not decided yet" option, and free text that says so.
import type { AnswerValue } from '../model';

/** The value of the explicit "not decided yet" option every choice question offers. */
export const UNDECIDED = 'undecided';

const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/** Whole answers that decide nothing. */
const WHOLE = /^(?:[?!.\-–—_/ ]+|tbd|tbc|n\/?a|na|nc|aucune idee|no idea|later|plus tard|pending|en attente|rien|nothing|\?+)$/;

/** Phrases that, in a short answer, say the question is still open (French and English). */
const OPEN = [
  'pas encore decide',
  'pas decide',
  'non decide',
  'pas encore tranche',
  'pas tranche',
  'a definir',
  'a decider',
  'a determiner',
  'a preciser',
  'a voir',
  'on verra',
  'en reflexion',
  'en cours de reflexion',
  'ne sait pas',
  'ne savons pas',
  'ne sais pas',
  'sais pas',
  'ne repondons pas',
  'not decided',
  'undecided',
  'not yet decided',
  'to be decided',
  'to be defined',
  'to be determined',
  'to be confirmed',
  'not sure yet',
  'do not know',
  "don't know",
  'dont know',
  'we do not answer',
  "we don't answer",
];

/** Longer texts carry real content even when they mention something still open ("… souvent à définir au cas par cas"). */
const SHORT = 40;

/** True when a free-text answer says the group has not decided (e.g. "pas encore décidé", "TBD", "we do not answer"). */
export function saysUndecided(text: string): boolean {
  const t = fold(text);
  if (t === '') return true;
  if (WHOLE.test(t)) return true;
  return OPEN.some((p) => t.startsWith(p) || (t.length <= SHORT && t.includes(p)));
}

/**
 * The part of an answer that decides something, or undefined: blank or "not decided" texts, the
 * UNDECIDED option, null and empty lists do not count; `false` and 0 do (a "no" is a decision).
 */
export function decidedValue(value: AnswerValue | undefined): Exclude<AnswerValue, null> | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value === UNDECIDED || saysUndecided(value) ? undefined : value.trim();
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'boolean') return value;
  const kept = value.filter((v) => v !== UNDECIDED && !saysUndecided(v)).map((v) => v.trim());
  return kept.length > 0 ? kept : undefined;
}
