// Derives a step's canvas from the open workshop: its layout, where each card is drawn, the nodes, edges and votes.
import { useMemo } from 'react';
import type { StepDef } from '../../../../shared/catalogue';
import type { Card, Link, LinkKind, Vote, VoteRound } from '../../../../shared/model';
import { useWorkshop } from '../../../app/hooks';
import type { Rect } from '../geometry';
import { layoutFor, type LayoutModel } from '../layout';
import { placeCards } from '../layout/place';
import { buildEdges, buildNodes } from '../nodes/build';
import { exampleNodes } from '../nodes/example';
import { fitToScreen, type AudienceFrame } from '../audience/fitToScreen';

const NO_LINKS: Link[] = [];
const NO_CARDS: Card[] = [];
const NO_ROUNDS: VoteRound[] = [];
const NO_VOTES: Vote[] = [];

export interface CanvasModel {
  model: LayoutModel;
  nodes: ReturnType<typeof buildNodes>;
  edges: ReturnType<typeof buildEdges>;
  round: VoteRound | null;
  /** Every card the canvas draws or refers to, by id (its own cards and reference cards). */
  cardsById: Map<string, Card>;
}

export function useCanvasModel(
  step: StepDef,
  stored: readonly Card[],
  options: {
    readOnly: boolean;
    primaryId: string | null;
    linkLabel: (kind: LinkKind) => string;
    labels: boolean;
    /** The room's view: cards as tall as their whole title at the room's type size, laid out again (audience/). */
    audienceFrame?: AudienceFrame | null;
  },
): CanvasModel {
  const links = useWorkshop((s) => s.data?.links ?? NO_LINKS);
  const allCards = useWorkshop((s) => s.data?.cards ?? NO_CARDS);
  const rounds = useWorkshop((s) => s.data?.voteRounds ?? NO_ROUNDS);
  const votes = useWorkshop((s) => s.data?.votes ?? NO_VOTES);
  const today = useMemo(() => new Date().toISOString().slice(0, 10), []);
  // Only the tree and the matrix look beyond the step: other layouts are not derived again when another step changes.
  const wide = step.layout === 'tree' || step.layout === 'matrix';
  const others = wide ? allCards : NO_CARDS;
  const layoutLinks = wide ? links : NO_LINKS;

  const { audienceFrame = null } = options;
  const audienceBoard = useMemo(
    () =>
      audienceFrame && stored.length > 0
        ? fitToScreen(step, { step: step.id, cards: stored, allCards: others, links: layoutLinks, today }, audienceFrame)
        : null,
    [audienceFrame, step, stored, others, layoutLinks, today],
  );
  const cards = audienceBoard?.cards ?? stored;
  const model = useMemo(
    () => layoutFor(step, { step: step.id, cards, allCards: others, links: layoutLinks, today }),
    [step, cards, others, layoutLinks, today],
  );
  // Cards as the layout draws them: wider than stored where it says so (an item across its dates on the timeline).
  const drawn = useMemo(() => {
    const width = model.drawnWidth;
    if (!width) return cards;
    return cards.map((c) => {
      const w = width(c);
      return w === null ? c : { ...c, width: w };
    });
  }, [model, cards]);
  const positions = useMemo(() => placeCards(model, drawn), [model, drawn]);

  const round = useMemo(
    () => [...rounds].filter((r) => r.step === step.id).sort((a, b) => b.createdAt - a.createdAt)[0] ?? null,
    [rounds, step.id],
  );
  const counts = useMemo(() => {
    if (!round) return null;
    const m = new Map<string, number>();
    for (const v of votes) if (v.roundId === round.id) m.set(v.cardId, (m.get(v.cardId) ?? 0) + 1);
    return m;
  }, [round, votes]);

  const { readOnly, primaryId, linkLabel, labels } = options;
  const canVote = round?.status === 'open' && !readOnly;
  const nodes = useMemo(() => {
    const built = buildNodes(model, drawn, positions, {
      readOnly,
      votes: counts,
      canVote,
      primaryId,
      stepKinds: step.cardKinds,
      ...(audienceBoard ? { titleLines: audienceBoard.lines } : {}),
    });
    // An empty step shows what a good card of it looks like, until its first card.
    return drawn.length === 0 ? [...built, ...exampleNodes(model, step.id, step.cardKinds)] : built;
  }, [model, drawn, positions, readOnly, counts, canVote, primaryId, step.cardKinds, step.id, audienceBoard]);
  const cardsById = useMemo(() => {
    const m = new Map<string, Card>(drawn.map((c) => [c.id, c]));
    for (const e of model.extras ?? []) if (e.type === 'ref') m.set(e.id, e.card);
    return m;
  }, [drawn, model]);
  const rects = useMemo(() => {
    const m = new Map<string, Rect>();
    for (const c of drawn) m.set(c.id, { ...(positions.get(c.id) ?? c), width: c.width, height: c.height });
    for (const e of model.extras ?? []) if (e.type === 'ref') m.set(e.id, { ...e.position, width: e.width, height: e.height });
    return m;
  }, [drawn, positions, model]);
  const edges = useMemo(
    () => buildEdges(links, rects, model.hiddenLinks, labels ? linkLabel : null, readOnly),
    [links, rects, model, linkLabel, labels, readOnly],
  );
  return { model, nodes, edges, round, cardsById };
}
