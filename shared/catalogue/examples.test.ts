// Every step has examples a card of that step could really hold, in both languages, with valid fields.
import { describe, expect, it } from 'vitest';
import { fieldIssues } from '../model/fields';
import { EXAMPLES, exampleCard } from './examples';
import { STEPS } from './steps';

describe('example cards', () => {
  it('exist for every step, of the step’s own kinds, with fields the host would accept', () => {
    for (const step of STEPS) {
      const examples = EXAMPLES[step.id];
      expect(examples.length, step.id).toBeGreaterThan(0);
      examples.forEach((def, i) => {
        expect(step.cardKinds, `${step.id} example ${i}`).toContain(def.kind);
        for (const language of ['fr', 'en'] as const) {
          const card = exampleCard(step.id, i, language)!;
          expect(card.title.trim(), `${step.id} ${language}`).not.toBe('');
          expect(fieldIssues(card.kind, card.fields), `${step.id} ${language}`).toEqual([]);
        }
        expect(def.title.fr).not.toBe(def.title.en);
      });
    }
  });

  it('has nothing past the last example', () => {
    expect(exampleCard('swot', EXAMPLES.swot.length, 'fr')).toBeNull();
  });
});
