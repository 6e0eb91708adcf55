// The card search dialog: a field and the matching cards; opening one closes the search, shows its step and selects the card.
import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Card } from '../../../shared/model';
import { useWorkshop } from '../../app/hooks';
import { useT } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import { nextIndex } from '../../ui/listKeys';
import { useGoTo } from '../diagnostics';
import { MATCH_LIMIT, matchCards, type CardMatch } from './matchCards';
import { SearchResult } from './SearchResult';
import { isSearchShortcut } from './shortcut';
import './search.css';

const NO_CARDS: Card[] = [];

export function CardSearch({ onClose }: { onClose: () => void }) {
  const { t, tn, language } = useT();
  const cards = useWorkshop((s) => s.data?.cards) ?? NO_CARDS;
  const goTo = useGoTo();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const matches = useMemo(() => matchCards(cards, query, language), [cards, query, language]);
  const inputId = useId();
  const listId = useId();
  const optionId = (index: number) => `${listId}-${index}`;
  const current = Math.min(active, matches.length - 1);

  useEffect(() => {
    if (current >= 0) document.getElementById(`${listId}-${current}`)?.scrollIntoView({ block: 'nearest' });
  }, [current, listId]);

  // Exactly what a diagnostic does: the step opens, the card is selected, the canvas brings it into view.
  const open = (match: CardMatch | undefined) => {
    if (!match) return;
    onClose();
    goTo({ step: match.card.step, cardId: match.card.id, focus: null });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (isSearchShortcut(event)) {
      event.preventDefault();
      event.currentTarget.select();
    } else if (event.key === 'Escape') {
      // A search field would clear itself first; here Esc closes, as in any dialog.
      event.preventDefault();
      onClose();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      open(matches[current]);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const next = nextIndex(event.key, current, matches.length);
      if (next === null) return;
      event.preventDefault();
      setActive(next);
    }
  };

  const blank = query.trim() === '';
  const status = blank
    ? ''
    : matches.length === 0
      ? t('search.none')
      : `${tn('search.count', matches.length)}${matches.length === MATCH_LIMIT ? ` ${t('search.limit', { count: MATCH_LIMIT })}` : ''}`;

  return (
    <Dialog title={t('search.title')} onClose={onClose} className="card-search" testId="card-search">
      <label htmlFor={inputId} className="card-search__label">
        {t('search.label')}
      </label>
      <input
        id={inputId}
        className="input card-search__input"
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={matches.length > 0}
        aria-controls={matches.length > 0 ? listId : undefined}
        aria-activedescendant={current >= 0 ? optionId(current) : undefined}
        autoComplete="off"
        spellCheck={false}
        maxLength={200}
        placeholder={t('search.placeholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        data-autofocus
        data-testid="card-search-input"
      />
      <p className="card-search__status" role="status" aria-live="polite" data-testid="card-search-status">
        {status}
      </p>
      {matches.length > 0 ? (
        <ul id={listId} className="card-search__results" role="listbox" aria-label={t('search.results')}>
          {matches.map((match, index) => (
            <SearchResult
              key={match.card.id}
              id={optionId(index)}
              match={match}
              active={index === current}
              onOpen={() => open(match)}
              onPoint={() => setActive(index)}
            />
          ))}
        </ul>
      ) : null}
      <p className="card-search__keys">{t('search.keys')}</p>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  );
}
