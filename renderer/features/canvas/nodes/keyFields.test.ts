// Key fields on a card: option labels, units, dates in the language, long texts left out, at most three.
import { describe, expect, it } from 'vitest';
import { keyFields } from './keyFields';

describe('keyFields', () => {
  it('shows choices by their label and dates in the language', () => {
    const fields = keyFields({ kind: 'objective', fields: { type: 'leads', deadline: '2026-06-30', priority: 1, metric: 'Forms' } }, 'fr');
    expect(fields.map((f) => f.key)).toEqual(['type', 'metric', 'deadline']);
    expect(fields[0]).toEqual({ key: 'type', label: 'Type', value: 'Prospects (leads)' });
    expect(fields[2]!.value).toMatch(/2026/);
  });

  it('leaves long texts out and adds units', () => {
    const fields = keyFields({ kind: 'governance_rule', fields: { maxDelayHours: 4 } }, 'en');
    expect(fields).toEqual([{ key: 'maxDelayHours', label: 'Maximum delay', value: '4 hours' }]);
    expect(keyFields({ kind: 'swot', fields: { mitigation: 'A long plan' } }, 'en')).toEqual([]);
  });
});
