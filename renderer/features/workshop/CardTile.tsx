// A card on the simple board: kind, title, the start of its body; click or Enter selects it.
import type { Card } from '../../../shared/model';
import { useT } from '../../i18n';
import { useKindLabel } from '../../ui/useKindLabel';
import { filledCount, kindColour } from '../../ui/kindDefs';

export function CardTile({ card, selected, onSelect }: { card: Card; selected: boolean; onSelect: () => void }) {
  const { t, tn } = useT();
  const kindLabel = useKindLabel();
  const filled = filledCount(card.fields);
  const colour = card.colour ?? kindColour(card.kind);
  return (
    <li className="tile-cell">
      <button
        type="button"
        className="tile"
        data-list-item
        data-testid={`card-${card.id}`}
        data-kind={card.kind}
        aria-pressed={selected}
        onClick={onSelect}
        style={colour ? { borderTopColor: colour } : undefined}
      >
        <span className={`tile__kind tile__kind--${card.kind}`}>{kindLabel(card.kind)}</span>
        <span className={`tile__title ${card.title ? '' : 'tile__title--empty'}`}>{card.title || t('board.untitled')}</span>
        {card.body ? <span className="tile__body">{card.body}</span> : null}
        {filled > 0 ? <span className="tile__meta">{tn('board.fields', filled)}</span> : null}
      </button>
    </li>
  );
}
