// Above the list: workshops / trash tabs, the search box (debounced) and the "new workshop" button.
import { useEffect, useState } from 'react';
import { useLibrary, useNav } from '../../app/hooks';
import { useT } from '../../i18n';
import { BackupsButton } from '../backups';
import { ImportButton } from '../exports';

const SEARCH_DELAY_MS = 150;

export function LibraryToolbar({ onCreate }: { onCreate: () => void }) {
  const { t } = useT();
  const trash = useLibrary((s) => s.trash);
  const query = useLibrary((s) => s.query);
  const setQuery = useLibrary((s) => s.setQuery);
  const openLibrary = useNav((s) => s.openLibrary);
  const [text, setText] = useState(query);

  useEffect(() => {
    if (text === query) return;
    const timer = window.setTimeout(() => void setQuery(text), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [text, query, setQuery]);

  return (
    <div className="toolbar">
      <nav className="tabs" aria-label={t('library.tabs')}>
        <button type="button" className="tabs__item" aria-current={trash ? undefined : 'page'} onClick={() => openLibrary(false)}>
          {t('library.tab.active')}
        </button>
        <button type="button" className="tabs__item" aria-current={trash ? 'page' : undefined} onClick={() => openLibrary(true)}>
          {t('library.tab.trash')}
        </button>
      </nav>
      <label className="search">
        <span className="search__label">{t('library.search')}</span>
        <input
          className="input search__input"
          type="search"
          value={text}
          placeholder={t('library.searchPlaceholder')}
          onChange={(e) => setText(e.target.value)}
          maxLength={200}
        />
      </label>
      {trash ? null : (
        <>
          <BackupsButton />
          <ImportButton />
          <button type="button" className="button button--primary" onClick={onCreate}>
            {t('library.new')}
          </button>
        </>
      )}
    </div>
  );
}
