// The browser-mode secret: read from the URL once, kept for reloads, never left in the address bar.
import { describe, expect, it } from 'vitest';
import { takeToken, TOKEN_STORAGE_KEY } from './token';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

describe('takeToken', () => {
  it('takes the token from the query, stores it, and removes it from the address', () => {
    const storage = memoryStorage();
    const replaced: string[] = [];
    const token = takeToken({ href: 'http://127.0.0.1:4321/?token=abc&x=1#/w/1', storage, replaceUrl: (u) => replaced.push(u) });
    expect(token).toBe('abc');
    expect(storage.data.get(TOKEN_STORAGE_KEY)).toBe('abc');
    expect(replaced).toEqual(['/?x=1#/w/1']);
  });

  it('reads the stored token after a reload without the query, and leaves the address alone', () => {
    const storage = memoryStorage({ [TOKEN_STORAGE_KEY]: 'kept' });
    const replaced: string[] = [];
    expect(takeToken({ href: 'http://127.0.0.1:4321/', storage, replaceUrl: (u) => replaced.push(u) })).toBe('kept');
    expect(replaced).toEqual([]);
  });

  it('prefers a fresh token in the URL over a stored one', () => {
    const storage = memoryStorage({ [TOKEN_STORAGE_KEY]: 'old' });
    expect(takeToken({ href: 'http://127.0.0.1:1/?token=new', storage, replaceUrl: () => {} })).toBe('new');
    expect(storage.data.get(TOKEN_STORAGE_KEY)).toBe('new');
  });

  it('answers null when there is no token anywhere', () => {
    expect(takeToken({ href: 'http://127.0.0.1:1/', storage: memoryStorage(), replaceUrl: () => {} })).toBeNull();
  });

  it('still answers the token when storage throws', () => {
    const storage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(takeToken({ href: 'http://127.0.0.1:1/?token=t', storage, replaceUrl: () => {} })).toBe('t');
    expect(takeToken({ href: 'http://127.0.0.1:1/', storage, replaceUrl: () => {} })).toBeNull();
  });
});
