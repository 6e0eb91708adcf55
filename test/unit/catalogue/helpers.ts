// Test helpers for the catalogue: text checks and a valid sample answer for any question.
import { expect } from 'vitest';
import type { AnswerValue } from '../../../shared/model';
import type { Question, Text } from '../../../shared/catalogue';

/** Fails with the path when a bilingual text is missing a language or is blank. */
export function expectText(text: Text | undefined, path: string): void {
  expect(text, path).toBeDefined();
  expect(typeof text?.fr === 'string' && text.fr.trim().length > 0, `${path}.fr`).toBe(true);
  expect(typeof text?.en === 'string' && text.en.trim().length > 0, `${path}.en`).toBe(true);
}

/** A value every question of this type accepts and counts as answered. */
export function sampleAnswer(q: Question): AnswerValue {
  switch (q.type) {
    case 'text':
    case 'longtext':
      return 'Une réponse';
    case 'choice':
      return q.options?.[0]?.value ?? 'x';
    case 'multi':
      return [q.options?.[0]?.value ?? 'x'];
    case 'list':
      return ['un élément'];
    case 'number':
      return q.min ?? 0;
    case 'scale':
      return q.max ?? 5;
    case 'date':
      return '2026-09-01';
    case 'boolean':
      return false;
  }
}
