// A list of shortcuts read from the table, each with its key caps and what it does, in the interface language.
import { useT, type MessageKey } from '../i18n';
import { keyCaps, type KeyCap } from './chord';
import { SHORTCUTS, type ShortcutId } from './table';

function capText(cap: KeyCap, t: (key: MessageKey) => string): string {
  return 'text' in cap ? cap.text : t(`shortcut.key.${cap.name}`);
}

export function KeyList({ ids, label, testId }: { ids: readonly ShortcutId[]; label: string; testId?: string }) {
  const { t } = useT();
  return (
    <ul className="keys" aria-label={label} data-testid={testId}>
      {ids.map((id) => {
        const def = SHORTCUTS.table[id];
        return (
          <li key={id} className="keys__item" data-shortcut={id}>
            {def.keys.map((chord, i) => (
              <span key={chord} className="keys__chord">
                {i > 0 ? <span className="keys__or">{t('shortcut.or')}</span> : null}
                {keyCaps(chord).map((cap, j) => (
                  <kbd key={j}>{capText(cap, t)}</kbd>
                ))}
              </span>
            ))}
            <span>{t(def.label)}</span>
          </li>
        );
      })}
    </ul>
  );
}
