// Nodes of the strategy map: a step's box with its name, and a compact card (kind colour, title) that opens the card.
import type { Node, NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { kindDef, stepById } from '../../../../shared/catalogue';
import type { Card, StepId } from '../../../../shared/model';
import { pick, translate } from '../../../i18n';
import { useCanvasEnv } from '../canvasEnv';
import { colourStyle } from '../nodes/cardLook';

export type MapStepNode = Node<{ step: StepId; count: number }, 'mapStep'>;
export type MapCardNode = Node<{ card: Card; onOpen: (card: Card) => void }, 'mapCard'>;

function StepBox({ data }: NodeProps<MapStepNode>) {
  const { language } = useCanvasEnv();
  const step = stepById(data.step);
  return (
    <div className="map-step" data-testid={`map-step-${data.step}`}>
      <span className="map-step__number">{step?.number}</span>
      <span className="map-step__title">{step ? pick(step.title, language) : data.step}</span>
    </div>
  );
}

function CardChip({ data }: NodeProps<MapCardNode>) {
  const { language } = useCanvasEnv();
  const { card, onOpen } = data;
  const def = kindDef(card.kind);
  const step = stepById(card.step);
  const title = card.title || translate(language, 'canvas.untitled');
  return (
    <div className="map-card" style={colourStyle(card)}>
      <button
        type="button"
        className="map-card__body"
        data-testid={`map-card-${card.id}`}
        aria-label={translate(language, 'canvas.map.open', { title, step: step?.number ?? '' })}
        onClick={() => onOpen(card)}
      >
        <span className="cn__kind">{def ? pick(def.label, language) : card.kind}</span>
        <span className="map-card__title">{title}</span>
      </button>
    </div>
  );
}

export const MAP_NODE_TYPES = { mapStep: memo(StepBox), mapCard: memo(CardChip) };
