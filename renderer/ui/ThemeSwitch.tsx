// Light / dark theme toggle: a pressed button means the dark theme is on.
import { useSettings } from '../app/hooks';
import { useT } from '../i18n';
import { Moon, Sun } from 'lucide-react';

export function ThemeSwitch() {
  const { t } = useT();
  const theme = useSettings((s) => s.theme);
  const toggle = useSettings((s) => s.toggleTheme);
  return (
    <button
      type="button"
      className="icon-button icon-button--framed"
      aria-pressed={theme === 'dark'}
      aria-label={t('settings.theme.dark')}
      title={t('settings.theme.dark')}
      onClick={toggle}
    >
      {theme === 'dark' ? (
        <Moon className="lucide-icon" size="1em" aria-hidden="true" />
      ) : (
        <Sun className="lucide-icon" size="1em" aria-hidden="true" />
      )}
    </button>
  );
}
