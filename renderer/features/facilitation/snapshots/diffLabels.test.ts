// Tests for the words of a snapshot comparison: card parts and fields, reserved answers, values.
import { describe, expect, it } from 'vitest';
import { pick, translate } from '../../../i18n';
import { QUESTIONS } from '../../../../shared/catalogue';
import { notesQuestion, SESSION_QUESTION } from '../ids';
import { answerName, changedPart, valueText, workshopField, type Words } from './diffLabels';

const en: Words = { t: (key, vars) => translate('en', key, vars), tx: (text) => pick(text, 'en') };

describe('snapshot comparison words', () => {
  it('names card parts and fields by their labels', () => {
    expect(changedPart('objective', 'title', en)).toBe(en.t('fac.diff.part.title'));
    expect(changedPart('evidence', 'fields.source', en)).toBe('Source');
    expect(changedPart('evidence', 'fields.unknownKey', en)).toBe('unknownKey');
  });

  it('names answers by their question, and the facilitation values kept as answers', () => {
    expect(answerName('objectives.horizonMonths', en)).not.toBe('objectives.horizonMonths');
    expect(answerName(SESSION_QUESTION, en)).toBe(en.t('fac.diff.session'));
    expect(answerName(notesQuestion('swot'), en)).toContain('SWOT');
    expect(answerName('nobody.knows', en)).toBe('nobody.knows');
  });

  it('writes values in a few words', () => {
    expect(valueText(null, en)).toBe(en.t('fac.diff.empty'));
    expect(valueText([], en)).toBe(en.t('fac.diff.empty'));
    expect(valueText(true, en)).toBe(en.t('fac.diff.yes'));
    expect(valueText(['a', 'b'], en)).toBe('a, b');
    expect(valueText(12, en)).toBe('12');
    // A chosen option by its label, never its id.
    const present = QUESTIONS.find((q) => q.type === 'multi' && q.options?.some((o) => o.value === 'linkedin'))!;
    expect(valueText(['linkedin', 'facebook'], en, present.id)).toBe('LinkedIn, Facebook');
    expect(valueText('x'.repeat(200), en)).toHaveLength(80);
    expect(workshopField('organisation', en)).toBe(en.t('fac.diff.field.organisation'));
  });
});
