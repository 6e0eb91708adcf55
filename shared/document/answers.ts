// Answers to the guided questions, written out for the document: option labels, numbers, yes/no, lists.
import { questionById } from '../catalogue/questions';
import { decidedValue } from '../decisions';
import type { Option } from '../catalogue/types';
import type { AnswerValue, Language } from '../model';
import type { Facts } from './facts';
import { formatDate, formatMoney, formatNumber, formatPercent, joinList } from './format';
import type { Block } from './types';
import { tr, type Text } from './text';
import { WORDS } from './text/labels';
import { ANSWER_LABELS, type QuotedQuestion } from './text/sections';

/** The label of an option value, or the value itself when no option matches. */
export function optionLabel(options: readonly Option[] | undefined, value: string, language: Language): string {
  return options?.find((o) => o.value === value)?.label[language] ?? value;
}

/** A number with its question's unit: "12 000 € par an", "80 %", "48 heures". */
function withUnit(language: Language, n: number, unit: string | undefined): string {
  if (!unit) return formatNumber(language, n);
  if (unit === '%') return formatPercent(language, n);
  if (unit.startsWith('€')) return `${formatMoney(language, n)}${unit.slice(1)}`;
  return `${formatNumber(language, n)} ${unit}`;
}

function asText(language: Language, questionId: string, answered: AnswerValue): string[] {
  const q = questionById(questionId);
  // "Not decided yet", as an option or in words, decides nothing: it is not quoted as an answer.
  const value = decidedValue(answered);
  if (value === undefined) return [];
  if (typeof value === 'boolean') return [tr(language, value ? WORDS.yes : WORDS.no)];
  if (typeof value === 'number') return [withUnit(language, value, q?.unit?.[language])];
  if (Array.isArray(value)) return value.filter((v) => v.trim() !== '').map((v) => optionLabel(q?.options, v, language));
  if (value.trim() === '') return [];
  if (q?.type === 'date') return [formatDate(language, value)];
  if (q?.type === 'choice') return [optionLabel(q.options, value, language)];
  return [value.trim()];
}

/** The answer as one line ("a, b et c" for lists); undefined when unanswered. */
export function answerText(f: Facts, language: Language, questionId: string): string | undefined {
  const value = f.answer(questionId);
  if (value === undefined) return undefined;
  const parts = asText(language, questionId, value);
  return parts.length === 0 ? undefined : joinList(language, parts);
}

/** The answer's items, for a list question; one item for the others. */
export function answerItems(f: Facts, language: Language, questionId: string): string[] {
  const value = f.answer(questionId);
  return value === undefined ? [] : asText(language, questionId, value);
}

export function answerNumber(f: Facts, questionId: string): number | undefined {
  const value = f.answer(questionId);
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Paragraphs quoting the answered questions, each led by its label; nothing for the unanswered ones. */
export function quoted(f: Facts, language: Language, ids: readonly QuotedQuestion[]): Block[] {
  const blocks: Block[] = [];
  for (const id of ids) {
    const text = answerText(f, language, id);
    const label: Text = ANSWER_LABELS[id];
    if (text) blocks.push({ type: 'paragraph', label: tr(language, label), text });
  }
  return blocks;
}
