// A link between two cards: a curve with an arrow and its kind written at the middle, in plain SVG text with a halo.
// No EdgeLabelRenderer (it looks its layer up in the DOM on every frame) and no measured label background.
import { BaseEdge, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';

function LinkEdgeView({
  id,
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
  label,
  markerEnd,
  interactionWidth,
}: EdgeProps) {
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} interactionWidth={interactionWidth} />
      {label ? (
        <text className="ce__text" x={labelX} y={labelY} textAnchor="middle" dominantBaseline="central">
          {label}
        </text>
      ) : null}
    </>
  );
}

export const LinkEdge = memo(LinkEdgeView);

/** One arrowhead for every link, defined once: React Flow would otherwise gather markers from all edges on every frame. */
export const ARROW_ID = 'socle-link-arrow';
export const ARROW_REF = `url(#${ARROW_ID})`;

export function ArrowDefs() {
  return (
    <svg className="ce__defs" aria-hidden="true" width="0" height="0">
      <defs>
        <marker id={ARROW_ID} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" className="ce__arrow" />
        </marker>
      </defs>
    </svg>
  );
}
export const EDGE_TYPES = { link: LinkEdge };
