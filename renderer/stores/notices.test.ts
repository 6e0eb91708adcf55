// Toasts come and go, the oldest leave first, and the host notice stays until dismissed.
import { describe, expect, it } from 'vitest';
import { createNoticesStore, MAX_TOASTS } from './notices';

describe('notices store', () => {
  it('pushes and dismisses toasts', () => {
    const store = createNoticesStore();
    const id = store.getState().push('error', 'boom');
    expect(store.getState().toasts).toEqual([{ id, tone: 'error', message: 'boom' }]);
    store.getState().dismiss(id);
    expect(store.getState().toasts).toEqual([]);
  });

  it('keeps only the latest few', () => {
    const store = createNoticesStore();
    for (let i = 0; i < MAX_TOASTS + 2; i++) store.getState().push('info', `m${i}`);
    expect(store.getState().toasts.map((t) => t.message)).toEqual(['m2', 'm3', 'm4', 'm5']);
  });

  it('holds the host notice', () => {
    const store = createNoticesStore();
    store.getState().setHostNotice('The library file was damaged and set aside.');
    expect(store.getState().hostNotice).toMatch(/damaged/);
    store.getState().setHostNotice(null);
    expect(store.getState().hostNotice).toBeNull();
  });
});
