// The top bar's search button: it, and Ctrl+F anywhere in the workshop, open the card search.
import { useCallback, useState } from 'react';
import { useT } from '../../i18n';
import { Icon } from '../../ui/Icon';
import { CardSearch } from './CardSearch';
import { ariaKeys, useShortcutHandlers } from '../../shortcuts';

export function SearchButton() {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const show = useCallback(() => setOpen(true), []);
  // Presenter mode and the other dialogs keep the keyboard; the health check drawer gives way (see the table).
  useShortcutHandlers({ 'search.open': show });
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={show}
        title={t('search.openHint')}
        aria-keyshortcuts={ariaKeys('search.open')}
        aria-haspopup="dialog"
        data-testid="card-search-open"
      >
        <Icon name="search" /> <span className="appbar__label">{t('search.open')}</span>
      </button>
      {open ? <CardSearch onClose={() => setOpen(false)} /> : null}
    </>
  );
}
