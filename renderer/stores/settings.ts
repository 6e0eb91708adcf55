// Settings of this computer: interface language and theme, kept in localStorage.
import { createStore } from 'zustand/vanilla';
import type { Language } from '../../shared/model';

export type Theme = 'light' | 'dark';

export interface SettingsEnv {
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  /** navigator.language, e.g. 'fr-FR'. */
  navigatorLanguage: string;
  /** matchMedia('(prefers-color-scheme: dark)').matches */
  prefersDark: boolean;
}

export interface SettingsState {
  language: Language;
  theme: Theme;
  setLanguage(language: Language): void;
  setTheme(theme: Theme): void;
  toggleTheme(): void;
}

export const LANGUAGE_KEY = 'socle.language';
export const THEME_KEY = 'socle.theme';

export const defaultLanguage = (navigatorLanguage: string): Language => (navigatorLanguage.toLowerCase().startsWith('fr') ? 'fr' : 'en');

function read(storage: SettingsEnv['storage'], key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

function write(storage: SettingsEnv['storage'], key: string, value: string): void {
  try {
    storage.setItem(key, value);
  } catch {
    // A refused write only loses the choice at the next start.
  }
}

export function createSettingsStore(env: SettingsEnv) {
  const storedLanguage = read(env.storage, LANGUAGE_KEY);
  const storedTheme = read(env.storage, THEME_KEY);
  const language: Language = storedLanguage === 'fr' || storedLanguage === 'en' ? storedLanguage : defaultLanguage(env.navigatorLanguage);
  const theme: Theme = storedTheme === 'light' || storedTheme === 'dark' ? storedTheme : env.prefersDark ? 'dark' : 'light';
  return createStore<SettingsState>()((set, get) => ({
    language,
    theme,
    setLanguage: (next) => {
      write(env.storage, LANGUAGE_KEY, next);
      set({ language: next });
    },
    setTheme: (next) => {
      write(env.storage, THEME_KEY, next);
      set({ theme: next });
    },
    toggleTheme: () => get().setTheme(get().theme === 'dark' ? 'light' : 'dark'),
  }));
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
