// The visual canvas of a step (React Flow): cards on the step's layout, links, votes, image export; read-only for the presenter.
import {
  ControlButton,
  Controls,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  ConnectionMode,
  useReactFlow,
  useStore,
  type Node,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './styles/frame.css';
import './styles/zones.css';
import './styles/cards.css';
import './styles/card-tools.css';
import './styles/links.css';
import './styles/votes.css';
import './styles/card-look.css';
import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { CardKindName, LinkKind } from '../../../shared/model';
import { useSettings, useView, useWorkshop } from '../../app/hooks';
import { useT } from '../../i18n';
import { Icon } from '../../ui/Icon';
import type { StepCanvasProps } from './canvasTypes';
import { CanvasEnvContext, type CanvasEnv } from './canvasEnv';
import { LinkKindMenu } from './links/LinkKindMenu';
import { useAudienceFrame } from './audience/useAudienceFrame';
import { useLinkCreate } from './links/useLinkCreate';
import { ArrowDefs, EDGE_TYPES } from './nodes/LinkEdge';
import { kindName } from './nodes/cardLook';
import { NODE_TYPES, minimapColour } from './nodes/nodeTypes';
import { useAriaLabels } from './state/useAriaLabels';
import { useCanvasKeys } from './state/useCanvasKeys';
import { useCanvasModel } from './state/useCanvasModel';
import { useCardCommands } from './state/useCardCommands';
import { useDragHandlers } from './state/useDragHandlers';
import { detailAt } from './state/detail';
import { trimZones } from './state/trim';
import { useFit } from './state/useFit';
import { useFlowState } from './state/useFlowState';
import { useImageExport } from './state/useImageExport';
import { useSelectionSync } from './state/useSelectionSync';
import { Minimap } from './Minimap';
import { Toolbar } from './Toolbar';
import { useVoting } from './votes/useVoting';
import { VotePanel } from './votes/VotePanel';

const EXTRA_KINDS: CardKindName[] = ['sticky', 'group'];
/** The overview helps find one's way on a big board; on a small one it only hides cards after a fit. */
const MINIMAP_FROM = 40;

export function Canvas(props: StepCanvasProps) {
  return (
    <ReactFlowProvider>
      <CanvasInner {...props} />
    </ReactFlowProvider>
  );
}

function CanvasInner({
  step,
  kinds,
  cards,
  selectedCardId,
  onSelect,
  onCreate,
  readOnly: editLocked = false,
  audience = false,
  initialViewport,
}: StepCanvasProps) {
  const { t, language } = useT();
  // The audience view is read-only as well, and fitted edge to edge.
  const readOnly = editLocked || audience;
  const theme = useSettings((s) => s.theme);
  const title = useWorkshop((s) => s.data?.workshop.title ?? '');
  const contentLanguage = useWorkshop((s) => s.data?.workshop.language);
  const rf = useReactFlow();
  const wrapper = useRef<HTMLDivElement>(null);
  const [linkMode, setLinkMode] = useState<LinkKind | 'auto'>('auto');
  // Opening the votes panel reveals the results to the room too (the audience window follows it).
  const votesOpen = useView((s) => s.reveal);
  const setVotesOpen = useView((s) => s.setReveal);
  const linkLabel = useCallback((kind: LinkKind) => t(`canvas.link.${kind}`), [t]);
  // What a crowded canvas leaves out at this zoom (state/detail.ts): three booleans, so a zoom frame renders nothing here.
  const far = useStore((s) => detailAt(cards.length, s.transform[2]).far);
  const near = useStore((s) => detailAt(cards.length, s.transform[2]).near);
  const tiny = useStore((s) => detailAt(cards.length, s.transform[2]).tiny);

  // The room's view sizes its cards to their whole titles at the type it will see (audience/).
  const nameOfKind = useCallback((kind: string) => kindName(kind, language), [language]);
  const frame = useAudienceFrame(wrapper, audience, cards.length, t('canvas.untitled'), nameOfKind);
  const canvas = useCanvasModel(step, cards, { readOnly, primaryId: selectedCardId, linkLabel, labels: near, audienceFrame: frame });
  // The audience's board is fitted once its cards have their sizes for the room (before, they are the stored ones).
  const fitting = useFit(wrapper, canvas.nodes, audience, !initialViewport, !audience || frame !== null);
  const { framed } = fitting;
  // The audience's zones end where the fit's frame ends rather than run off the screen (state/trim.ts).
  const shown = useMemo(() => (audience && framed ? trimZones(canvas.nodes, framed) : canvas.nodes), [audience, framed, canvas.nodes]);
  const flow = useFlowState(shown, canvas.edges);
  const { fit } = fitting;
  const votesShown = useRef(votesOpen);
  useEffect(() => {
    if (votesShown.current === votesOpen) return;
    votesShown.current = votesOpen;
    requestAnimationFrame(fit);
  }, [votesOpen, fit]);
  const commands = useCardCommands({ step, cards, model: canvas.model, language, wrapper, onCreate, onSelect });
  const drag = useDragHandlers({
    model: canvas.model,
    cardsById: canvas.cardsById,
    setNodes: flow.setNodes,
    hold: flow.hold,
    release: flow.release,
    selectedCardId,
    onSelect,
  });
  const links = useLinkCreate(canvas.cardsById, linkMode, language);
  const voting = useVoting(step.id, language);
  const { vote, retract } = voting;
  const { toggleReach } = links;
  const typingCardId = useView((s) => s.typingCardId);
  const typedDone = useView((s) => s.typed);
  useSelectionSync(selectedCardId, canvas.nodes, flow.setNodes, wrapper, typingCardId, fitting.untouched);
  const exportImage = useImageExport(wrapper, title, step.id);
  const ariaLabelConfig = useAriaLabels();

  const addKinds = useMemo(() => [...new Set([...kinds, ...EXTRA_KINDS])], [kinds]);
  const mainKind = kinds[0] ?? 'note';
  const keyActions = useMemo(
    () => ({
      create: () => commands.createAt(mainKind, commands.viewCentre()),
      removeSelected: () => void commands.removeSelected(),
      copy: commands.copy,
      paste: () => void commands.paste(),
      vote: (id: string) => void vote(id),
    }),
    [commands, mainKind, vote],
  );
  useCanvasKeys(wrapper, keyActions, readOnly, selectedCardId);

  // Stable unless the language or mode changes: every card node reads it, none should draw again for less.
  const select = useRef(onSelect);
  select.current = onSelect;
  // Cards made before the board opened (the demo seeded a second ago, a screen opened on a full board) are just there.
  const [openedAt] = useState(() => Date.now());
  const env: CanvasEnv = useMemo(
    () => ({
      language,
      contentLanguage,
      readOnly,
      far,
      near,
      typingCardId,
      openedAt,
      actions: {
        select: (id) => select.current(id),
        rename: (id, title) => void commands.rename(id, title),
        next: (id, mode) => commands.createNext(id, mode),
        typed: () => typedDone(),
        colour: commands.colour,
        resize: commands.resize,
        vote: (id) => void vote(id),
        retract: (id) => void retract(id),
        toggleReach: (channel, target, linkId) => void toggleReach(channel, target, linkId),
      },
    }),
    [language, contentLanguage, readOnly, far, near, typingCardId, openedAt, commands, vote, retract, toggleReach, typedDone],
  );

  // While the view is dragged, its cards are one layer the compositor slides instead of painting them again each frame.
  // Not for a zoom: a layer scaled far out is larger and slower than painting. A class on the DOM, not React state:
  // no render of a thousand cards.
  const moving = useMemo(
    () => ({
      start: (event: globalThis.MouseEvent | TouchEvent | null) => {
        if (event && event.type !== 'wheel') wrapper.current?.classList.add('canvas__flow--moving');
      },
      end: () => {
        wrapper.current?.classList.remove('canvas__flow--moving');
        fitting.publishZoom();
      },
    }),
    [fitting],
  );

  const onDoubleClick = (event: MouseEvent) => {
    const target = event.target as HTMLElement;
    if (readOnly || !target.closest('.react-flow__pane') || target.closest('.react-flow__node, .react-flow__panel')) return;
    commands.createAt(mainKind, rf.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
  };
  const onNodeClick = useCallback((_: MouseEvent, node: Node) => node.type === 'card' && select.current(node.id), []);

  return (
    <section
      className={`canvas${readOnly ? ' canvas--read-only' : ''}${audience ? ' canvas--audience' : ''}${far ? ' canvas--far' : ''}${tiny ? ' canvas--tiny' : ''}`}
      aria-label={t('canvas.label')}
      data-testid="canvas"
      data-layout={step.layout}
    >
      {readOnly ? null : (
        <Toolbar
          kinds={addKinds}
          onAdd={(kind) => commands.createAt(kind, null)}
          linkMode={linkMode}
          onLinkMode={setLinkMode}
          votesOpen={votesOpen}
          onToggleVotes={() => setVotesOpen((v) => !v)}
          onExport={exportImage}
        />
      )}
      <div className="canvas__main">
        <div className="canvas__flow" ref={wrapper} tabIndex={-1} data-shortcut-scope="canvas" onDoubleClick={onDoubleClick}>
          <ArrowDefs />
          <CanvasEnvContext.Provider value={env}>
            <ReactFlow
              defaultNodes={flow.initialNodes}
              defaultEdges={flow.initialEdges}
              nodeTypes={NODE_TYPES}
              edgeTypes={EDGE_TYPES}
              onNodeClick={onNodeClick}
              onPaneClick={() => !readOnly && onSelect(null)}
              onMoveStart={moving.start}
              onMoveEnd={moving.end}
              onNodeDragStart={drag.onNodeDragStart}
              onNodeDrag={drag.onNodeDrag}
              onNodeDragStop={drag.onNodeDragStop}
              onConnectEnd={links.onConnectEnd}
              connectionMode={ConnectionMode.Loose}
              nodesDraggable={!readOnly}
              nodesConnectable={!readOnly}
              elementsSelectable={!readOnly}
              deleteKeyCode={null}
              selectionKeyCode="Shift"
              multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
              zoomOnDoubleClick={false}
              disableKeyboardA11y
              elevateNodesOnSelect={false}
              onlyRenderVisibleElements
              defaultViewport={initialViewport}
              minZoom={0.05}
              maxZoom={2.5}
              colorMode={theme}
              ariaLabelConfig={ariaLabelConfig}
              proOptions={{ hideAttribution: true }}
            >
              {readOnly ? null : (
                // The projector shows the cards only: no zoom buttons, no overview.
                <>
                  {cards.length > MINIMAP_FROM ? (
                    <Panel position="bottom-right">
                      <Minimap nodes={canvas.nodes} colour={minimapColour} label={t('canvas.minimap')} />
                    </Panel>
                  ) : null}
                  <Controls showInteractive={false} showFitView={false}>
                    <ControlButton
                      className="react-flow__controls-fitview"
                      onClick={fitting.fitSmoothly}
                      title={t('canvas.fitView')}
                      aria-label={t('canvas.fitView')}
                    >
                      <Icon name="fit" />
                    </ControlButton>
                  </Controls>
                </>
              )}
            </ReactFlow>
          </CanvasEnvContext.Provider>
          {links.question ? <LinkKindMenu question={links.question} cards={canvas.cardsById} onAnswer={links.answer} /> : null}
        </div>
        {/* Beside the board, never over it: the board narrows and fits again. */}
        {votesOpen && !readOnly ? <VotePanel step={step.id} voting={voting} onPick={onSelect} /> : null}
      </div>
      {readOnly ? null : <p className="canvas__hint">{t('canvas.hint')}</p>}
    </section>
  );
}
