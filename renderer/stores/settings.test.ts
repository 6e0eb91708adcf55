// Settings: French by default on a French system, theme from the system, both kept in localStorage.
import { describe, expect, it } from 'vitest';
import { createSettingsStore, defaultLanguage, LANGUAGE_KEY, THEME_KEY } from './settings';

const memory = (initial: Record<string, string> = {}) => {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
};

describe('settings store', () => {
  it('defaults to French when the system language starts with fr, English otherwise', () => {
    expect(defaultLanguage('fr-FR')).toBe('fr');
    expect(defaultLanguage('fr')).toBe('fr');
    expect(defaultLanguage('FR-ca')).toBe('fr');
    expect(defaultLanguage('en-GB')).toBe('en');
    expect(defaultLanguage('de-DE')).toBe('en');
    expect(defaultLanguage('')).toBe('en');
  });

  it('takes the theme from the system when nothing is stored', () => {
    expect(createSettingsStore({ storage: memory(), navigatorLanguage: 'en', prefersDark: true }).getState().theme).toBe('dark');
    expect(createSettingsStore({ storage: memory(), navigatorLanguage: 'en', prefersDark: false }).getState().theme).toBe('light');
  });

  it('prefers what was stored, and stores each change', () => {
    const storage = memory({ [LANGUAGE_KEY]: 'en', [THEME_KEY]: 'dark' });
    const store = createSettingsStore({ storage, navigatorLanguage: 'fr-FR', prefersDark: false });
    expect(store.getState()).toMatchObject({ language: 'en', theme: 'dark' });
    store.getState().setLanguage('fr');
    store.getState().toggleTheme();
    expect(store.getState()).toMatchObject({ language: 'fr', theme: 'light' });
    expect(storage.data.get(LANGUAGE_KEY)).toBe('fr');
    expect(storage.data.get(THEME_KEY)).toBe('light');
  });

  it('ignores stored garbage and survives a storage that throws', () => {
    const store = createSettingsStore({
      storage: memory({ [LANGUAGE_KEY]: 'de', [THEME_KEY]: 'neon' }),
      navigatorLanguage: 'fr',
      prefersDark: false,
    });
    expect(store.getState()).toMatchObject({ language: 'fr', theme: 'light' });
    const broken = {
      getItem: () => {
        throw new Error('no');
      },
      setItem: () => {
        throw new Error('no');
      },
    };
    const safe = createSettingsStore({ storage: broken, navigatorLanguage: 'en', prefersDark: false });
    safe.getState().setLanguage('fr');
    expect(safe.getState().language).toBe('fr');
  });
});
