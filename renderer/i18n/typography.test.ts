// The interface goes through the same typography function as the exports: French strings get their no-break spaces.
import { describe, expect, it } from 'vitest';
import { pick, translate } from './translate';

describe('interface typography', () => {
  it('typesets French interface strings and catalogue texts, and leaves English alone', () => {
    expect(translate('fr', 'diagnostics.fix.add', { what: 'KPI' })).toBe('Ajouter\u00a0: KPI');
    expect(translate('en', 'diagnostics.fix.add', { what: 'KPI' })).toBe('Add: KPI');
    expect(pick({ fr: 'Pourquoi ? « Parce que »', en: 'Why? “Because”' }, 'fr')).toBe('Pourquoi\u00a0? «\u00a0Parce que\u00a0»');
    expect(pick({ fr: 'Pourquoi ?', en: 'Why?' }, 'en')).toBe('Why?');
  });
});
