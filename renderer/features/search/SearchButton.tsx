// The top bar's search button: it, and Ctrl+F anywhere in the workshop, open the card search.
import { useCallback, useState } from 'react';
import { useT } from '../../i18n';
import { Icon } from '../../ui/Icon';
import { CardSearch } from './CardSearch';
import { SEARCH_SHORTCUT } from './shortcut';
import { useSearchShortcut } from './useSearchShortcut';

export function SearchButton() {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const show = useCallback(() => setOpen(true), []);
  useSearchShortcut(show);
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={show}
        title={t('search.openHint')}
        aria-keyshortcuts={SEARCH_SHORTCUT}
        aria-haspopup="dialog"
        data-testid="card-search-open"
      >
        <Icon name="search" /> <span className="appbar__label">{t('search.open')}</span>
      </button>
      {open ? <CardSearch onClose={() => setOpen(false)} /> : null}
    </>
  );
}
