// One card found by the search: its step and kind, its title, and the words around the hit when they are not in the title.
import { kindDef, stepById } from '../../../shared/catalogue';
import { useT } from '../../i18n';
import type { CardMatch } from './matchCards';

export interface SearchResultProps {
  id: string;
  match: CardMatch;
  active: boolean;
  onOpen: () => void;
  onPoint: () => void;
}

export function SearchResult({ id, match, active, onOpen, onPoint }: SearchResultProps) {
  const { t, tx } = useT();
  const { card, place, snippet } = match;
  const step = stepById(card.step);
  const def = kindDef(card.kind);
  const fieldLabel = (key: string) => {
    const label = def?.fields.find((f) => f.key === key)?.label;
    return label ? tx(label) : key;
  };
  const placeName = place.in === 'body' ? t('search.in.body') : place.in === 'field' ? fieldLabel(place.key) : null;
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      className={`card-search__result${active ? ' card-search__result--active' : ''}`}
      data-testid="card-search-result"
      data-step={card.step}
      // The field keeps the focus (and the keys); a click opens the card.
      onMouseDown={(event) => event.preventDefault()}
      onMouseMove={active ? undefined : onPoint}
      onClick={onOpen}
    >
      <span className="card-search__where">
        {step ? t('search.step', { number: step.number, step: tx(step.title) }) : card.step}
        {' · '}
        {def ? tx(def.label) : card.kind}
      </span>
      <span className="card-search__title">{card.title || t('canvas.untitled')}</span>
      {placeName !== null ? (
        <span className="card-search__snippet" data-testid="card-search-snippet">
          <span className="card-search__place">{t('search.place', { place: placeName })}</span> {snippet.before}
          <mark>{snippet.hit}</mark>
          {snippet.after}
        </span>
      ) : null}
    </li>
  );
}
