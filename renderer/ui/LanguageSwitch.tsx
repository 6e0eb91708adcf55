// FR / EN switch: two toggle buttons, also named in their own language ("FR Français") so anyone can find theirs.
import { useSettings } from '../app/hooks';
import { useT } from '../i18n';
import type { Language } from '../../shared/model';

const CHOICES: { language: Language; short: string; name: string }[] = [
  { language: 'fr', short: 'FR', name: 'Français' },
  { language: 'en', short: 'EN', name: 'English' },
];

export function LanguageSwitch() {
  const { t } = useT();
  const language = useSettings((s) => s.language);
  const setLanguage = useSettings((s) => s.setLanguage);
  return (
    <div className="segmented" role="group" aria-label={t('settings.language')}>
      {CHOICES.map((c) => (
        <button
          key={c.language}
          type="button"
          lang={c.language}
          className="segmented__item"
          aria-pressed={language === c.language}
          onClick={() => setLanguage(c.language)}
        >
          {c.short}
          <span className="visually-hidden"> {c.name}</span>
        </button>
      ))}
    </div>
  );
}
