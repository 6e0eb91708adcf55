// The strategy map: the whole strategy as one chain read left to right (objective, target, channel, content, KPI,
// owner), a lane per objective. In the control view a card opens its step; in the audience view it fills the screen.
import { ConnectionMode, Controls, MarkerType, Panel, ReactFlow, ReactFlowProvider, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import '../styles/frame.css';
import '../styles/cards.css';
import '../styles/links.css';
import '../styles/map.css';
import { useMemo, useRef, type ReactNode } from 'react';
import type { Card, Link } from '../../../../shared/model';
import { useSettings, useWorkshop } from '../../../app/hooks';
import { useT } from '../../../i18n';
import { CanvasEnvContext, INERT_ACTIONS, type CanvasEnv } from '../canvasEnv';
import { useAriaLabels } from '../state/useAriaLabels';
import { chainLayout } from './chainLayout';
import { useChainFit } from './useChainFit';
import { MAP_NODE_TYPES } from './MapNodes';

const NO_CARDS: Card[] = [];
const NO_LINKS: Link[] = [];

/** Inside React Flow's provider, so that it can set the view. */
function Fitted({
  frame,
  nodes,
  audience,
  children,
}: {
  frame: React.RefObject<HTMLDivElement | null>;
  nodes: Node[];
  audience: boolean;
  children: ReactNode;
}) {
  useChainFit(frame, nodes, audience);
  return children;
}

export function StrategyMap({ onOpen, audience = false }: { onOpen?: (card: Card) => void; audience?: boolean }) {
  const { t, language } = useT();
  const theme = useSettings((s) => s.theme);
  const cards = useWorkshop((s) => s.data?.cards ?? NO_CARDS);
  const links = useWorkshop((s) => s.data?.links ?? NO_LINKS);
  const ariaLabelConfig = useAriaLabels();
  const frame = useRef<HTMLDivElement>(null);

  const { nodes, edges, lanes } = useMemo(() => {
    const chain = chainLayout(cards, links, audience ? 3 : 2);
    const fixed = { selectable: false, draggable: false, focusable: false } as const;
    const nodes: Node[] = chain.nodes.map((n) => {
      const at = { id: n.id, position: { x: n.x, y: n.y }, width: n.width, height: n.height, ...fixed };
      if (n.kind === 'head') return { ...at, type: 'chainHead', data: { column: n.column } };
      if (n.kind === 'cell')
        return {
          ...at,
          type: 'chainCell',
          zIndex: -1,
          data: { column: n.column, empty: n.empty },
        };
      return { ...at, type: 'mapCard', data: { card: n.card, lines: n.lines, onOpen: onOpen ?? null } };
    });
    const edges: Edge[] = chain.edges.map((e) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      sourceHandle: 'r',
      targetHandle: 'l',
      type: 'straight',
      className: 'ce ce--chain',
      // A large closed head in the accent colour: the arrows are what make the chain read from left to right.
      markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16, color: 'var(--accent)' },
      selectable: false,
      focusable: false,
    }));
    return { nodes, edges, lanes: chain.nodes.filter((n) => n.kind === 'cell' && n.column === 'objective').length };
  }, [cards, links, onOpen, audience]);

  const env: CanvasEnv = useMemo(
    () => ({
      language,
      readOnly: audience,
      far: false,
      near: true,
      typingCardId: null,
      actions: INERT_ACTIONS,
    }),
    [language, audience],
  );

  return (
    <section
      className={`canvas canvas--map${audience ? ' canvas--map-audience' : ''}`}
      aria-label={t('canvas.map.label')}
      data-testid="strategy-map"
      data-lanes={lanes}
    >
      <div className="canvas__flow" ref={frame}>
        <CanvasEnvContext.Provider value={env}>
          <ReactFlowProvider>
            <Fitted frame={frame} nodes={nodes} audience={audience}>
              <ReactFlow
                key={`${audience}-${lanes}`}
                nodes={nodes}
                edges={edges}
                nodeTypes={MAP_NODE_TYPES}
                nodesDraggable={false}
                nodesConnectable={false}
                // The side handles are all sources; a loose mode lets an arrow end on one.
                connectionMode={ConnectionMode.Loose}
                elementsSelectable={false}
                minZoom={0.05}
                colorMode={theme}
                ariaLabelConfig={ariaLabelConfig}
                proOptions={{ hideAttribution: true }}
              >
                {audience ? null : <Controls showInteractive={false} />}
                {lanes === 0 ? (
                  <Panel position="top-center">
                    <p className="canvas__empty" data-testid="chain-empty">
                      {t('chain.empty')}
                    </p>
                  </Panel>
                ) : null}
              </ReactFlow>
            </Fitted>
          </ReactFlowProvider>
        </CanvasEnvContext.Provider>
      </div>
    </section>
  );
}
