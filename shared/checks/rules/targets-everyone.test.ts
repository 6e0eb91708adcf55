// Tests for the targets.everyone rule: "le grand public" on a card or in the answer fires; a described group does not.
import { describe, expect, it } from 'vitest';
import { answer, card, input } from '../test-kit';
import { isEveryone, targetsEveryone } from './targets-everyone';

describe('targets.everyone', () => {
  it('recognises everybody in French and English, and not a described group', () => {
    for (const n of ['Le grand public', 'Tous nos clients', 'all our customers', 'Tout le monde', 'General public'])
      expect(isEveryone(n), n).toBe(true);
    for (const n of ['Clients professionnels du BTP', 'Jeunes parents lyonnais', 'Public scolaire']) expect(isEveryone(n), n).toBe(false);
  });
  it('fires on persona cards that are everyone, naming them all, and on the priority target answer', () => {
    const a = card('persona', {}, 'Le grand public', 'a');
    const b = card('persona', {}, 'Tous nos clients', 'b');
    const [f] = targetsEveryone.run(input({ cards: [a, b, card('persona', {}, 'Architectes')] }));
    expect(f).toMatchObject({ cardIds: ['a', 'b'], severity: 'warning' });
    expect(f?.message.fr).toBe('2 cibles désignent tout le monde, donc personne : « Le grand public » et « Tous nos clients ».');
    expect(targetsEveryone.run(input({ answers: [answer('targets.primaryTarget', 'all our customers')] }))[0]?.message.en).toContain(
      '“all our customers”',
    );
  });
  it('stays quiet with precise targets or none', () => {
    expect(targetsEveryone.run(input({ cards: [card('persona', {}, 'Acheteurs hospitaliers')] }))).toEqual([]);
    expect(targetsEveryone.run(input())).toEqual([]);
  });
});
