// The strategy map: every card and link of the workshop, step by step, laid out by dagre; a card opens its step.
import { Controls, MiniMap, Panel, ReactFlow, ReactFlowProvider, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import '../styles/frame.css';
import '../styles/cards.css';
import '../styles/links.css';
import '../styles/map.css';
import { useMemo, useState } from 'react';
import type { Card, Link, StepId } from '../../../../shared/model';
import { useSettings, useWorkshop } from '../../../app/hooks';
import { useT } from '../../../i18n';
import { CanvasEnvContext, type CanvasEnv } from '../canvasEnv';
import type { Rect } from '../geometry';
import { sideHandles } from '../nodes/build';
import { edgeSides } from '../nodes/edgeSides';
import { useAriaLabels } from '../state/useAriaLabels';
import { MapFilters } from './MapFilters';
import { mapLayout } from './mapLayout';
import { ARROW_REF, ArrowDefs, EDGE_TYPES } from '../nodes/LinkEdge';
import { MAP_NODE_TYPES } from './MapNodes';

const NO_CARDS: Card[] = [];
const NO_LINKS: Link[] = [];
const noop = () => {};

function sidesOf(a: Rect | undefined, b: Rect | undefined) {
  if (!a || !b) return {};
  const [sourceHandle, targetHandle] = edgeSides(a, b);
  return { sourceHandle, targetHandle };
}

export function StrategyMap({ onOpen }: { onOpen: (card: Card) => void }) {
  const { t, language } = useT();
  const theme = useSettings((s) => s.theme);
  const cards = useWorkshop((s) => s.data?.cards ?? NO_CARDS);
  const links = useWorkshop((s) => s.data?.links ?? NO_LINKS);
  const ariaLabelConfig = useAriaLabels();
  const present = useMemo(() => new Set(cards.map((c) => c.step)), [cards]);
  const [shown, setShown] = useState<Set<StepId>>(() => new Set(present));

  const { nodes, edges } = useMemo(() => {
    const map = mapLayout(cards, links, shown);
    const nodes: Node[] = map.nodes.map((n) =>
      n.kind === 'step'
        ? {
            id: n.id,
            type: 'mapStep',
            position: { x: n.x, y: n.y },
            width: n.width,
            height: n.height,
            data: { step: n.step, count: n.count },
            zIndex: -1,
            selectable: false,
            draggable: false,
            focusable: false,
          }
        : {
            id: n.id,
            type: 'mapCard',
            position: { x: n.x, y: n.y },
            width: n.width,
            height: n.height,
            data: { card: n.card, onOpen },
            handles: sideHandles(n.width, n.height),
            selectable: false,
            draggable: false,
            focusable: false,
          },
    );
    const rects = new Map(map.nodes.map((n) => [n.id, n]));
    const edges: Edge[] = map.edges.map((e) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      ...sidesOf(rects.get(e.source), rects.get(e.target)),
      type: 'link',
      label: t(`canvas.link.${e.kind}`),
      className: `ce ce--${e.kind}`,
      markerEnd: ARROW_REF,
      selectable: false,
      focusable: false,
    }));
    return { nodes, edges };
  }, [cards, links, shown, onOpen, t]);

  const env: CanvasEnv = useMemo(
    () => ({
      language,
      readOnly: true,
      far: false,
      near: true,
      typingCardId: null,
      actions: {
        select: noop,
        rename: noop,
        next: noop,
        typed: noop,
        colour: noop,
        resize: noop,
        vote: noop,
        retract: noop,
        toggleReach: noop,
      },
    }),
    [language],
  );

  return (
    <section className="canvas canvas--map" aria-label={t('canvas.map.label')} data-testid="strategy-map">
      <div className="canvas__flow">
        <ArrowDefs />
        <CanvasEnvContext.Provider value={env}>
          <ReactFlowProvider>
            <ReactFlow
              nodes={nodes}
              edges={edges}
              nodeTypes={MAP_NODE_TYPES}
              edgeTypes={EDGE_TYPES}
              nodesDraggable={false}
              nodesConnectable={false}
              elementsSelectable={false}
              onlyRenderVisibleElements
              fitView
              fitViewOptions={{ padding: 0.08, maxZoom: 1 }}
              minZoom={0.03}
              colorMode={theme}
              ariaLabelConfig={ariaLabelConfig}
              proOptions={{ hideAttribution: true }}
            >
              <MiniMap pannable zoomable className="canvas__minimap" style={{ width: 150, height: 100 }} />
              <Controls showInteractive={false} />
              <Panel position="top-left">
                <MapFilters present={present} shown={shown} onChange={setShown} />
              </Panel>
              {nodes.length === 0 ? (
                <Panel position="top-center">
                  <p className="canvas__empty">{t('canvas.map.empty')}</p>
                </Panel>
              ) : null}
            </ReactFlow>
          </ReactFlowProvider>
        </CanvasEnvContext.Provider>
      </div>
    </section>
  );
}
