// A cell of the channel matrix: pressed when the channel reaches the target; a click makes or removes that link.
// Read only (the room's screen), an empty cell is blank.
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { translate } from '../../../i18n';
import { Icon } from '../../../ui/Icon';
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
      {linkId ? (
        <span aria-hidden="true">
          <Icon name="check" /> {translate(language, 'canvas.link.reaches')}
        </span>
      ) : readOnly ? null : (
        // The room's screen shows what is decided: an empty cell is left blank there, not offered for a click.
        <Icon name="plus" />
      )}
    </button>
  );
}

export const CellNode = memo(CellNodeView);
