// Tests for the targets.no_where_online rule: cases where it fires and cases where it stays quiet.
import { describe, expect, it } from 'vitest';
import { card, input } from '../test-kit';
import { targetsNoWhereOnline } from './targets-no-where-online';

describe('targets.no_where_online', () => {
  it('fires for a persona with an empty whereOnline', () => {
    const [f] = targetsNoWhereOnline.run(input({ cards: [card('persona', { whereOnline: ['  '] }, 'Chefs', 'p1')] }));
    expect(f).toMatchObject({ cardIds: ['p1'], field: 'whereOnline' });
    expect(f?.message.en).toContain('“Chefs”');
  });
  it('stays quiet when the persona lists a place', () => {
    expect(targetsNoWhereOnline.run(input({ cards: [card('persona', { whereOnline: ['instagram'] })] }))).toEqual([]);
  });
});
