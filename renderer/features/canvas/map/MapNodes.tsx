// Nodes of the strategy chain: a column's head, a lane's cell (dashed while nothing fills it), and a compact card
// (kind colour, title) that opens the card in its step.
import type { Node, NodeProps } from '@xyflow/react';
import { memo, type CSSProperties } from 'react';
import { stepById } from '../../../../shared/catalogue';
import type { ChainColumn } from '../../../../shared/document/chain';
import type { Card } from '../../../../shared/model';
import { translate } from '../../../i18n';
import { useCanvasEnv } from '../canvasEnv';
import { colourStyle } from '../nodes/cardLook';
import { SideHandles } from '../nodes/SideHandles';

export type ChainHeadNode = Node<{ column: ChainColumn }, 'chainHead'>;
export type ChainCellNode = Node<{ column: ChainColumn; empty: boolean }, 'chainCell'>;
export type MapCardNode = Node<{ card: Card; lines: number; onOpen: ((card: Card) => void) | null }, 'mapCard'>;

function Head({ data }: NodeProps<ChainHeadNode>) {
  const { language } = useCanvasEnv();
  return (
    <div className="chain-head" data-testid={`chain-head-${data.column}`}>
      {translate(language, `chain.head.${data.column}`)}
      <SideHandles connectable={false} hidden />
    </div>
  );
}

function Cell({ data }: NodeProps<ChainCellNode>) {
  const { language, readOnly } = useCanvasEnv();
  return (
    <div className={`chain-cell chain-cell--${data.column}${data.empty ? ' chain-cell--empty' : ''}`}>
      {/* The facilitator sees what is left to link; the room sees an empty box, not a placeholder. */}
      {data.empty && !readOnly ? <span className="chain-cell__gap">{translate(language, 'chain.gap')}</span> : null}
      <SideHandles connectable={false} hidden />
    </div>
  );
}

function CardChip({ data }: NodeProps<MapCardNode>) {
  const { language } = useCanvasEnv();
  const { card, lines, onOpen } = data;
  const step = stepById(card.step);
  const title = card.title || translate(language, 'canvas.untitled');
  // No kind label: the column's head already names it; the colour tells a pillar from a cadence, a person from a department.
  const inner = <span className="map-card__title">{title}</span>;
  return (
    // As many lines of title as the card's height holds (chainLayout), so the last one ends clear of its edge.
    <div className="map-card" style={{ ...colourStyle(card), '--lines': lines } as CSSProperties} data-card={card.id}>
      {onOpen ? (
        <button
          type="button"
          className="map-card__body"
          data-testid={`map-card-${card.id}`}
          aria-label={translate(language, 'canvas.map.open', { title, step: step?.number ?? '' })}
          onClick={() => onOpen(card)}
        >
          {inner}
        </button>
      ) : (
        <div className="map-card__body" data-testid={`map-card-${card.id}`}>
          {inner}
        </div>
      )}
    </div>
  );
}

export const MAP_NODE_TYPES = { chainHead: memo(Head), chainCell: memo(Cell), mapCard: memo(CardChip) };
