// A card on the canvas: kind colour, title (double click renames), key fields, votes; handles to link it; resizable.
// Far out on a crowded canvas, a card not chosen is drawn as its title and votes only: the least to mount and paint.
import { NodeResizer, type NodeProps } from '@xyflow/react';
import { memo, useMemo, useState, type CSSProperties } from 'react';
import { kindDef } from '../../../../shared/catalogue';
import { pick, translate } from '../../../i18n';
import { useCanvasEnv } from '../canvasEnv';
import { keyFields } from './keyFields';
import { Palette } from './Palette';
import { RenameInput } from './RenameInput';
import { SideHandles } from './SideHandles';
import type { CardNode as CardNodeType } from './types';
import { VoteControls } from './VoteControls';

function CardNodeView(props: NodeProps<CardNodeType>) {
  const { far } = useCanvasEnv();
  return far && !props.selected ? <FarCard {...props} /> : <FullCard {...props} />;
}

function FarCard({ id, data }: NodeProps<CardNodeType>) {
  const { language, actions } = useCanvasEnv();
  const { card, votes, canVote } = data;
  const group = card.kind === 'group';
  const colour = card.colour ?? kindDef(card.kind)?.colour ?? '#8a94a6';
  return (
    <div
      className={`cn cn--${card.kind}${card.kind === 'sticky' ? ' cn--sticky' : ''}${group ? ' cn--group' : ''}`}
      style={{ '--cn-colour': colour } as CSSProperties}
    >
      <button
        type="button"
        className="cn__body"
        data-testid={`card-${id}`}
        data-kind={card.kind}
        aria-pressed={false}
        onClick={(e) => e.detail === 0 && actions.select(id)}
      >
        <span className={`cn__title${card.title ? '' : ' cn__title--empty'}`}>{card.title || translate(language, 'canvas.untitled')}</span>
      </button>
      {votes !== null && !group ? <VoteControls cardId={id} title={card.title} votes={votes} canVote={canVote} /> : null}
    </div>
  );
}

function FullCard({ id, data, selected }: NodeProps<CardNodeType>) {
  const { language, readOnly, far, near, actions } = useCanvasEnv();
  const { card, votes, canVote, primary } = data;
  const [renaming, setRenaming] = useState(false);
  // Handles are drawn only for the card under the pointer or chosen: links use the node's own handle positions.
  const [hover, setHover] = useState(false);
  const def = kindDef(card.kind);
  const fields = useMemo(() => (near ? keyFields(card, language) : []), [card, language, near]);
  const sticky = card.kind === 'sticky';
  const group = card.kind === 'group';
  const colour = card.colour ?? def?.colour ?? '#8a94a6';
  const editing = primary && selected && !readOnly;
  const className = `cn cn--${card.kind}${sticky ? ' cn--sticky' : ''}${group ? ' cn--group' : ''}${selected ? ' cn--selected' : ''}`;
  return (
    <div
      className={className}
      style={{ '--cn-colour': colour } as CSSProperties}
      onPointerEnter={() => setHover(true)}
      onPointerLeave={() => setHover(false)}
    >
      {editing ? (
        <NodeResizer
          minWidth={group ? 240 : 140}
          minHeight={group ? 160 : 70}
          lineClassName="cn__resize-line"
          handleClassName="cn__resize-handle"
          onResizeEnd={(_, p) => actions.resize(id, { x: p.x, y: p.y, width: p.width, height: p.height })}
        />
      ) : null}
      <button
        type="button"
        className="cn__body"
        data-testid={`card-${id}`}
        data-kind={card.kind}
        aria-pressed={!!selected}
        onClick={(e) => {
          // A mouse click is React Flow's to handle (shift adds to the selection); Enter and Space come here.
          if (e.detail === 0) actions.select(id);
        }}
        onDoubleClick={() => !readOnly && setRenaming(true)}
      >
        {sticky || far ? null : <span className="cn__kind">{def ? pick(def.label, language) : card.kind}</span>}
        <span className={`cn__title${card.title ? '' : ' cn__title--empty'}`}>{card.title || translate(language, 'canvas.untitled')}</span>
        {fields.length > 0 && !group ? (
          <span className="cn__fields">
            {fields.map((f) => (
              <span key={f.key} className="cn__field" data-field={f.key}>
                <span className="cn__field-label">{f.label}</span> {f.value}
              </span>
            ))}
          </span>
        ) : null}
      </button>
      {renaming ? <RenameInput cardId={id} title={card.title} onDone={() => setRenaming(false)} /> : null}
      {votes !== null && !group ? <VoteControls cardId={id} title={card.title} votes={votes} canVote={canVote} /> : null}
      {editing ? <Palette cardId={id} current={card.colour} /> : null}
      {(hover || selected) && !readOnly && !group ? <SideHandles connectable hidden={false} /> : null}
    </div>
  );
}

export const CardNode = memo(CardNodeView);
