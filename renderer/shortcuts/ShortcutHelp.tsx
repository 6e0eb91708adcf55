// The "?" help of the workshop screen: every shortcut of the table, by where it applies.
import { useState } from 'react';
import { useT } from '../i18n';
import { Dialog } from '../ui/Dialog';
import { HELP_GROUPS, idsIn } from './groups';
import { KeyList } from './KeyList';
import { useShortcutHandlers } from './useShortcuts';
import './shortcuts.css';

export function ShortcutHelp() {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  useShortcutHandlers({ 'help.open': () => setOpen(true) });
  if (!open) return null;
  return (
    <Dialog title={t('shortcut.help.title')} onClose={() => setOpen(false)} className="shortcut-help" testId="shortcut-help">
      <div className="shortcut-help__groups">
        {HELP_GROUPS.map(({ scope, pick }) => (
          <section key={scope} className="shortcut-help__group">
            <h3>{t(`shortcut.group.${scope}`)}</h3>
            <KeyList ids={idsIn(scope, pick)} label={t(`shortcut.group.${scope}`)} testId={`shortcut-group-${scope}`} />
          </section>
        ))}
      </div>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" data-autofocus onClick={() => setOpen(false)}>
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  );
}
