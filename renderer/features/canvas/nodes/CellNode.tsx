// A cell of the channel matrix: pressed when the channel reaches the target; a click makes or removes that link.
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { translate } from '../../../i18n';
import { useCanvasEnv } from '../canvasEnv';
import type { CellNode as CellNodeType } from './types';

function CellNodeView({ data }: NodeProps<CellNodeType>) {
  const { language, readOnly, actions } = useCanvasEnv();
  const { channel, target, linkId } = data;
  const untitled = translate(language, 'canvas.untitled');
  return (
    <button
      type="button"
      className={`cc${linkId ? ' cc--on' : ''}`}
      data-testid={`cell-${channel.id}-${target.id}`}
      aria-pressed={!!linkId}
      aria-label={translate(language, 'canvas.cell.reaches', { channel: channel.title || untitled, target: target.title || untitled })}
      disabled={readOnly}
      onClick={() => actions.toggleReach(channel, target, linkId)}
    >
      <span aria-hidden="true">{linkId ? `✓ ${translate(language, 'canvas.link.reaches')}` : '+'}</span>
    </button>
  );
}

export const CellNode = memo(CellNodeView);
