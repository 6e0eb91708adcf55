// Debounce, flush on blur, and one coalesce key per focus session.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave } from './autosave';

describe('createAutosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const setup = () => {
    const saves: [string, string | undefined][] = [];
    let n = 0;
    const auto = createAutosave<string>({ delay: 400, save: (v, k) => saves.push([v, k]), newKey: () => `k${++n}` });
    return { auto, saves };
  };

  it('saves once, the last value, after the pause', () => {
    const { auto, saves } = setup();
    auto.begin();
    auto.change('a');
    vi.advanceTimersByTime(200);
    auto.change('ab');
    vi.advanceTimersByTime(399);
    expect(saves).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(saves).toEqual([['ab', 'k1']]);
    expect(auto.pending()).toBe(false);
  });

  it('keeps the same key through a focus session and takes a new one at the next focus', () => {
    const { auto, saves } = setup();
    auto.begin();
    auto.change('a');
    vi.advanceTimersByTime(400);
    auto.change('ab');
    vi.advanceTimersByTime(400);
    auto.begin();
    auto.change('abc');
    auto.flush();
    expect(saves).toEqual([
      ['a', 'k1'],
      ['ab', 'k1'],
      ['abc', 'k2'],
    ]);
  });

  it('saves what waits on flush and does nothing when nothing waits', () => {
    const { auto, saves } = setup();
    auto.flush();
    expect(saves).toEqual([]);
    auto.change('x');
    expect(auto.pending()).toBe(true);
    auto.flush();
    vi.advanceTimersByTime(1000);
    expect(saves).toEqual([['x', 'k1']]);
  });

  it('forgets what waits when dropped: neither the timer nor a flush saves it', () => {
    const { auto, saves } = setup();
    auto.change('9');
    auto.drop();
    expect(auto.pending()).toBe(false);
    vi.advanceTimersByTime(1000);
    auto.flush();
    expect(saves).toEqual([]);
  });

  it('saves a discrete choice at once without a key, after what was waiting', () => {
    const { auto, saves } = setup();
    auto.change('typed');
    auto.saveNow('clicked');
    expect(saves).toEqual([
      ['typed', 'k1'],
      ['clicked', undefined],
    ]);
  });
});
