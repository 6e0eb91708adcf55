// A card on the canvas: kind colour, title (double click renames), key fields, votes; handles to link it; resizable.
// Far out on a crowded canvas, a card not chosen is drawn as its title and votes only: the least to mount and paint.
import { NodeResizer, type NodeProps } from '@xyflow/react';
import { memo, useMemo, useState } from 'react';
import type { Language } from '../../../../shared/model';
import { translate } from '../../../i18n';
import { useCanvasEnv } from '../canvasEnv';
import { cardClass, cardStyle, kindName } from './cardLook';
import { CardFields } from './CardFields';
import { keyFields } from './keyFields';
import { Palette } from './Palette';
import { RenameInput } from './RenameInput';
import { SideHandles } from './SideHandles';
import type { CardNode as CardNodeType } from './types';
import { VoteControls } from './VoteControls';

/** How recent a card is, at its first draw, to arrive with motion rather than be there already. */
const FRESH_MS = 2000;

function CardNodeView(props: NodeProps<CardNodeType>) {
  const { far } = useCanvasEnv();
  // Under the pointer a far card is drawn whole, so its link handles appear as on any card.
  const [pointed, setPointed] = useState(false);
  return far && !props.selected && !pointed ? (
    <FarCard {...props} onPoint={() => setPointed(true)} />
  ) : (
    <FullCard {...props} pointed={pointed} onPointed={setPointed} />
  );
}

function FarCard({ id, data, onPoint }: NodeProps<CardNodeType> & { onPoint(): void }) {
  const { language, actions } = useCanvasEnv();
  const { card, votes, canVote, lines } = data;
  return (
    <div className={cardClass(card.kind, false)} style={cardStyle(card, lines)} onPointerEnter={onPoint}>
      <button
        type="button"
        className="cn__body"
        data-testid={`card-${id}`}
        data-kind={card.kind}
        aria-pressed={false}
        onClick={(e) => e.detail === 0 && actions.select(id)}
      >
        <CardTitle title={card.title} language={language} />
      </button>
      {votes !== null && card.kind !== 'group' ? <VoteControls cardId={id} title={card.title} votes={votes} canVote={canVote} /> : null}
    </div>
  );
}

function CardTitle({ title, language }: { title: string; language: Language }) {
  return <span className={`cn__title${title ? '' : ' cn__title--empty'}`}>{title || translate(language, 'canvas.untitled')}</span>;
}

function FullCard({
  id,
  data,
  selected,
  pointed,
  onPointed,
}: NodeProps<CardNodeType> & { pointed: boolean; onPointed(on: boolean): void }) {
  const { language, contentLanguage, readOnly, far, near, actions, typingCardId, openedAt = 0 } = useCanvasEnv();
  const { card, votes, canVote, primary, says, lines } = data;
  const [renaming, setRenaming] = useState(false);
  // Made a moment ago (typed, pasted, accepted from the room): it arrives with a short motion, once, at its first draw.
  // Made before this board opened, it was simply there: the room sees motion for what is new to its screen only.
  const [fresh] = useState(() => card.createdAt >= openedAt && Date.now() - card.createdAt < FRESH_MS);
  // A card just made on the canvas opens for typing on itself.
  const typing = typingCardId === id && !readOnly;
  const fields = useMemo(
    () => (near ? keyFields(card, language, { valueLanguage: contentLanguage, hide: says.hide }) : []),
    [card, language, contentLanguage, near, says.hide],
  );
  const sticky = card.kind === 'sticky';
  const group = card.kind === 'group';
  const editing = primary && selected && !readOnly;
  return (
    <div
      className={`${cardClass(card.kind, !!selected)}${fresh ? ' cn--new' : ''}`}
      style={cardStyle(card, lines)}
      onPointerEnter={() => onPointed(true)}
      onPointerLeave={() => onPointed(false)}
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
        {sticky || far || !says.kind ? null : <span className="cn__kind">{kindName(card.kind, language)}</span>}
        <CardTitle title={card.title} language={language} />
        {group ? null : <CardFields fields={fields} />}
      </button>
      {renaming || typing ? (
        <RenameInput
          cardId={id}
          title={card.title}
          chain={typing}
          onDone={() => {
            setRenaming(false);
            if (typing) actions.typed();
          }}
        />
      ) : null}
      {votes !== null && !group ? <VoteControls cardId={id} title={card.title} votes={votes} canVote={canVote} /> : null}
      {editing ? <Palette cardId={id} current={card.colour} /> : null}
      {/* Handles only on the card under the pointer or chosen: links use the node's own handle positions. */}
      {(pointed || selected) && !readOnly && !group ? <SideHandles connectable hidden={false} /> : null}
    </div>
  );
}

export const CardNode = memo(CardNodeView);
