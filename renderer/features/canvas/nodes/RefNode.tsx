// A card of another step shown for reference (objectives in the measurement tree, targets over the channel matrix).
import type { NodeProps } from '@xyflow/react';
import { memo, useState } from 'react';
import { stepById } from '../../../../shared/catalogue';
import { pick, translate } from '../../../i18n';
import { useCanvasEnv } from '../canvasEnv';
import { colourStyle, kindName } from './cardLook';
import { SideHandles } from './SideHandles';
import type { RefNode as RefNodeType } from './types';

function RefNodeView({ data }: NodeProps<RefNodeType>) {
  const { language, readOnly } = useCanvasEnv();
  const { card } = data;
  const [hover, setHover] = useState(false);
  const step = stepById(card.step);
  return (
    <div
      className="cn cn--ref"
      style={colourStyle(card)}
      data-testid={`ref-card-${card.id}`}
      data-kind={card.kind}
      title={step ? translate(language, 'canvas.card.fromStep', { step: pick(step.title, language) }) : undefined}
      onPointerEnter={() => setHover(true)}
      onPointerLeave={() => setHover(false)}
    >
      <div className="cn__body cn__body--static">
        <span className="cn__kind">{kindName(card.kind, language)}</span>
        <span className={`cn__title${card.title ? '' : ' cn__title--empty'}`}>{card.title || translate(language, 'canvas.untitled')}</span>
      </div>
      {hover && !readOnly ? <SideHandles connectable hidden={false} /> : null}
    </div>
  );
}

export const RefNode = memo(RefNodeView);
