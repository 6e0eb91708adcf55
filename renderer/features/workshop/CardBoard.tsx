// The simple card board of a step: one "add" button per card kind, then the cards as a grid.
import { useT } from '../../i18n';
import { onListKeyDown } from '../../ui/listKeys';
import type { StepCanvasProps } from '../canvas';
import { CardTile } from './CardTile';
import { useKindLabel } from '../../ui/useKindLabel';

export function CardBoard({ kinds, cards, selectedCardId, onSelect, onCreate }: StepCanvasProps) {
  const { t } = useT();
  const kindLabel = useKindLabel();
  return (
    <section className="board" aria-labelledby="board-title">
      <div className="board__head">
        <h2 id="board-title" className="board__title">
          {t('board.title')}
        </h2>
        <div className="board__add">
          {kinds.map((kind) => (
            <button key={kind} type="button" className="button button--add" onClick={() => onCreate(kind)} data-testid={`add-card-${kind}`}>
              <span aria-hidden="true">+</span> {t('board.add', { kind: kindLabel(kind) })}
            </button>
          ))}
        </div>
      </div>
      {cards.length === 0 ? (
        <p className="board__empty">{t('board.empty')}</p>
      ) : (
        <ul className="board__grid" aria-labelledby="board-title" onKeyDown={onListKeyDown}>
          {cards.map((card) => (
            <CardTile key={card.id} card={card} selected={card.id === selectedCardId} onSelect={() => onSelect(card.id)} />
          ))}
        </ul>
      )}
    </section>
  );
}
