// Tests for the one typography function: French no-break spaces, guillemets, and what must stay untouched.
import { describe, expect, it } from 'vitest';
import { frenchSpacing, typeset } from './typography';

describe('frenchSpacing', () => {
  it('puts a no-break space before : ; ! ? and inside guillemets', () => {
    expect(frenchSpacing('Compléter : Échéance ; vraiment ? Oui !')).toBe('Compléter\u00a0: Échéance\u00a0; vraiment\u00a0? Oui\u00a0!');
    expect(frenchSpacing('Le canal « LinkedIn » et «Blog»')).toBe('Le canal «\u00a0LinkedIn\u00a0» et «\u00a0Blog\u00a0»');
  });
  it('leaves times, URLs and already spaced text alone, and is idempotent', () => {
    expect(frenchSpacing('10:30 sur https://exemple.fr')).toBe('10:30 sur https://exemple.fr');
    const once = frenchSpacing('Note : « ok » ?');
    expect(frenchSpacing(once)).toBe(once);
  });
  it('applies to French only', () => {
    expect(typeset('en', 'Note : « ok »')).toBe('Note : « ok »');
    expect(typeset('fr', 'Note : ok')).toBe('Note\u00a0: ok');
  });
});
