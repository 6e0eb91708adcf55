// Words for what a snapshot comparison found: card changes, answers and values, in the interface's language (pure).
import { kindDef, questionById, stepById, type Text } from '../../../../shared/catalogue';
import type { MessageKey } from '../../../i18n';
import { SESSION_QUESTION, notesStep } from '../ids';

export interface Words {
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
  tx: (text: Text) => string;
}

const CARD_PARTS: Record<string, MessageKey> = {
  title: 'fac.diff.part.title',
  body: 'fac.diff.part.body',
  step: 'fac.diff.part.step',
  kind: 'fac.diff.part.kind',
  colour: 'fac.diff.part.colour',
  position: 'fac.diff.part.position',
  size: 'fac.diff.part.size',
};

/** "title", "position", "fields.metric"... as the user knows them: a field by its label in the catalogue. */
export function changedPart(kind: string, what: string, { t, tx }: Words): string {
  const part = CARD_PARTS[what];
  if (part) return t(part);
  const key = what.startsWith('fields.') ? what.slice('fields.'.length) : what;
  const field = kindDef(kind)?.fields.find((f) => f.key === key);
  return field ? tx(field.label) : key;
}

/** The question an answer belongs to, or the facilitation value kept under a reserved id. */
export function answerName(question: string, { t, tx }: Words): string {
  if (question === SESSION_QUESTION) return t('fac.diff.session');
  const notes = notesStep(question);
  if (notes !== null) {
    const step = stepById(notes);
    return t('fac.diff.notes', { step: step ? tx(step.title) : notes });
  }
  const q = questionById(question);
  return q ? tx(q.label) : question;
}

const LIMIT = 80;

/** An answer's value in a few words: a chosen option by its label (never its id), lists joined, booleans as yes/no,
 * long texts cut. */
export function valueText(value: unknown, { t, tx }: Words, question?: string): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return t('fac.diff.empty');
  if (typeof value === 'boolean') return t(value ? 'fac.diff.yes' : 'fac.diff.no');
  const options = question === undefined ? undefined : questionById(question)?.options;
  const named = (v: unknown) => {
    const option = options?.find((o) => o.value === v);
    return option ? tx(option.label) : String(v);
  };
  const text = Array.isArray(value) ? value.map(named).join(', ') : named(value);
  return text.length > LIMIT ? `${text.slice(0, LIMIT - 1)}…` : text;
}

const WORKSHOP_FIELDS: Record<string, MessageKey> = {
  title: 'fac.diff.field.title',
  organisation: 'fac.diff.field.organisation',
  sector: 'fac.diff.field.sector',
  date: 'fac.diff.field.date',
  language: 'fac.diff.field.language',
};

export const workshopField = (field: string, { t }: Words): string => {
  const key = WORKSHOP_FIELDS[field];
  return key ? t(key) : field;
};
