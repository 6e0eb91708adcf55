// The nodes and edges of a step's canvas, derived from its cards, its layout, the links and the votes.
import { Position, type Edge, type Node } from '@xyflow/react';
import type { Card, Link, LinkKind } from '../../../../shared/model';
import type { Rect, XY } from '../geometry';
import type { LayoutModel } from '../layout';
import { edgeSides } from './edgeSides';
import { ARROW_REF } from './LinkEdge';
import { cardSays } from './redundant';
import type { CanvasNode } from './types';

export interface BuildOptions {
  readOnly: boolean;
  votes: ReadonlyMap<string, number> | null;
  canVote: boolean;
  primaryId: string | null;
  /** The step's card kinds (from the catalogue): a step of one kind does not name it on every card. */
  stepKinds: readonly string[];
  /** In the room's view, the lines each card's title takes (its clamp); elsewhere the styles' own. */
  titleLines?: ReadonlyMap<string, number>;
}

/** Where the four side handles are, so links can be drawn before (or without) the handles being on screen. */
export function sideHandles(width: number, height: number): NonNullable<Node['handles']> {
  const at = (id: string, position: Position, x: number, y: number) => ({
    id,
    type: 'source' as const,
    position,
    x,
    y,
    width: 1,
    height: 1,
  });
  return [
    at('t', Position.Top, width / 2, 0),
    at('r', Position.Right, width, height / 2),
    at('b', Position.Bottom, width / 2, height),
    at('l', Position.Left, 0, height / 2),
  ];
}

const STATIC = { draggable: false, selectable: false, connectable: false, focusable: false, deletable: false } as const;

/**
 * Every node with the same keys in the same order: React Flow copies them into its own nodes and reads those in the
 * loops it runs on every frame (which nodes and links are in view), which stay fast only while all share one shape.
 */
function uniform(n: CanvasNode): CanvasNode {
  return {
    id: n.id,
    type: n.type,
    position: n.position,
    width: n.width,
    height: n.height,
    handles: n.handles,
    data: n.data,
    draggable: n.draggable,
    connectable: n.connectable,
    selectable: n.selectable,
    deletable: n.deletable,
    focusable: n.focusable,
    zIndex: n.zIndex,
    className: n.className,
    selected: false,
    dragging: false,
    measured: undefined,
  } as CanvasNode;
}

export function buildNodes(model: LayoutModel, cards: readonly Card[], positions: ReadonlyMap<string, XY>, options: BuildOptions): Node[] {
  const nodes: CanvasNode[] = [];
  for (const zone of model.zones) {
    if (zone.hidden) continue;
    nodes.push({
      ...STATIC,
      id: `zone:${zone.id}`,
      type: 'zone',
      position: { x: zone.x, y: zone.y },
      width: zone.width,
      height: zone.height,
      data: { zone },
      zIndex: -10,
      className: 'cz-wrap',
    });
  }
  for (const extra of model.extras ?? []) {
    if (extra.type === 'ref') {
      nodes.push({
        ...STATIC,
        connectable: !options.readOnly,
        id: extra.id,
        type: 'ref',
        position: extra.position,
        width: extra.width,
        height: extra.height,
        handles: sideHandles(extra.width, extra.height),
        data: { card: extra.card },
      });
    } else {
      nodes.push({
        ...STATIC,
        id: extra.id,
        type: 'cell',
        position: extra.position,
        width: extra.width,
        height: extra.height,
        data: { channel: extra.channel, target: extra.target, linkId: extra.linkId },
        className: 'cc-wrap',
      });
    }
  }
  for (const card of cards) {
    const group = card.kind === 'group';
    nodes.push({
      id: card.id,
      type: 'card',
      position: positions.get(card.id) ?? { x: card.x, y: card.y },
      width: card.width,
      height: card.height,
      handles: sideHandles(card.width, card.height),
      data: {
        card,
        votes: options.votes ? (options.votes.get(card.id) ?? 0) : null,
        canVote: options.canVote,
        primary: card.id === options.primaryId,
        says: cardSays(card, model, options.stepKinds),
        lines: options.titleLines?.get(card.id) ?? null,
      },
      draggable: !options.readOnly,
      connectable: !options.readOnly && !group,
      selectable: !options.readOnly,
      deletable: !options.readOnly,
      focusable: false,
      zIndex: group ? -5 : 0,
      className: group ? 'cn-wrap cn-wrap--group' : 'cn-wrap',
    });
  }
  return nodes.map(uniform);
}

/** Links whose two cards are drawn on this canvas, as labelled arrows. */
export function buildEdges(
  links: readonly Link[],
  rects: ReadonlyMap<string, Rect>,
  hidden: ReadonlySet<string> | undefined,
  label: ((kind: LinkKind) => string) | null,
  readOnly: boolean,
): Edge[] {
  const edges: Edge[] = [];
  for (const link of links) {
    const from = rects.get(link.fromCard);
    const to = rects.get(link.toCard);
    if (!from || !to || hidden?.has(link.id)) continue;
    const [sourceHandle, targetHandle] = edgeSides(from, to);
    edges.push({
      id: link.id,
      type: 'link',
      source: link.fromCard,
      target: link.toCard,
      sourceHandle,
      targetHandle,
      ...(label ? { label: label(link.kind) } : {}),
      className: `ce ce--${link.kind}`,
      markerEnd: ARROW_REF,
      selectable: !readOnly,
      deletable: !readOnly,
      focusable: !readOnly,
      data: { kind: link.kind },
    });
  }
  return edges;
}
