// Puts the theme and language on <html>, so CSS variables and screen readers follow the settings.
import { useEffect } from 'react';
import { translate } from '../i18n/translate';
import { useSettings } from './hooks';

export function useDocumentSettings(): void {
  const theme = useSettings((s) => s.theme);
  const language = useSettings((s) => s.language);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.colorScheme = theme;
  }, [theme]);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = translate(language, 'app.name');
  }, [language]);
}
