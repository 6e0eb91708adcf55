// Keyboard navigation between cards and the drafts of pasted copies.
import { describe, expect, it } from 'vitest';
import { testCard } from '../layout/testCards';
import { pasteDrafts } from './clipboard';
import { nextInDirection } from './keyNav';

const box = (id: string, x: number, y: number) => ({ id, x, y, width: 100, height: 50 });

describe('nextInDirection', () => {
  const from = box('a', 0, 0);
  const others = [from, box('right', 300, 0), box('diag', 150, 200), box('below', 0, 300), box('left', -400, 20)];

  it('goes to the card straight ahead rather than one closer but to the side', () => {
    expect(nextInDirection(from, others, 'ArrowRight')?.id).toBe('right');
    expect(nextInDirection(from, others, 'ArrowDown')?.id).toBe('below');
    expect(nextInDirection(from, others, 'ArrowLeft')?.id).toBe('left');
    expect(nextInDirection(from, others, 'ArrowUp')).toBeNull();
  });
});

describe('pasteDrafts', () => {
  it('copies kind, text, fields, size and colour, shifted by the offset times the paste count', () => {
    const card = testCard('swot', { title: 'T', fields: { quadrant: 'threat' }, x: 10, y: 20, colour: '#ffcc00', width: 300 });
    expect(pasteDrafts([card], 'swot', 2)).toEqual([
      {
        step: 'swot',
        kind: 'swot',
        title: 'T',
        body: '',
        fields: { quadrant: 'threat' },
        x: 90,
        y: 100,
        width: 300,
        height: 120,
        colour: '#ffcc00',
      },
    ]);
  });
});
