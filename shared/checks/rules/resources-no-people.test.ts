// Tests for the resources.no_people rule: cases where it fires and cases where it stays quiet.
import { describe, expect, it } from 'vitest';
import { card, input } from '../test-kit';
import { resourcesNoPeople } from './resources-no-people';

describe('resources.no_people', () => {
  it('fires when no person has hours', () => {
    expect(resourcesNoPeople.run(input({ cards: [card('person', { role: 'CM' })] }))).toHaveLength(1);
  });
  it('stays quiet when someone has hours', () => {
    expect(resourcesNoPeople.run(input({ cards: [card('person', { hoursPerWeek: 6 })] }))).toEqual([]);
  });
});
