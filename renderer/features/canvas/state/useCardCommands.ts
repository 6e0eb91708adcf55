// Card commands of the canvas: create at a point, rename, colour, resize, delete the selection, copy and paste.
import { useReactFlow } from '@xyflow/react';
import { useMemo, useRef } from 'react';
import type { StepDef } from '../../../../shared/catalogue';
import type { Card, CardKindName } from '../../../../shared/model';
import { useServices } from '../../../app/ServicesContext';
import { translateCount } from '../../../i18n';
import type { CardPlacement } from '../canvasTypes';
import type { XY, Rect } from '../geometry';
import type { LayoutModel } from '../layout';
import { placeCards } from '../layout/place';
import { placeNew, sizeOf } from '../layout/placeNew';
import { placeNext, spreadOut } from '../layout/placeNext';
import { linkActions } from '../links/actions';
import { PASTE_OFFSET, pasteDrafts } from './clipboard';

export interface CommandDeps {
  step: StepDef;
  cards: readonly Card[];
  model: LayoutModel;
  language: 'fr' | 'en';
  wrapper: React.RefObject<HTMLElement | null>;
  onCreate(kind: CardKindName, placement?: CardPlacement): void;
  onSelect(cardId: string | null): void;
}

export function useCardCommands(deps: CommandDeps) {
  const services = useServices();
  const rf = useReactFlow();
  const latest = useRef(deps);
  latest.current = deps;
  const clipboard = useRef<{ cards: Card[]; times: number }>({ cards: [], times: 0 });

  return useMemo(() => {
    const { workshop, notices, client } = services;
    const fail = (message: string) => notices.getState().push('error', message);
    const save = async (cardId: string, patch: Partial<Pick<Card, 'title' | 'colour' | 'x' | 'y' | 'width' | 'height'>>) => {
      const r = await workshop.getState().updateCard(cardId, patch);
      if (!r.ok) fail(r.error.message);
      return r;
    };
    /** The centre of what the canvas shows now, in flow coordinates. */
    const viewCentre = (): XY => {
      const box = latest.current.wrapper.current?.getBoundingClientRect();
      return rf.screenToFlowPosition(box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : { x: 0, y: 0 });
    };
    const selectedCards = () => {
      const ids = new Set(
        rf
          .getNodes()
          .filter((n) => n.selected && n.type === 'card')
          .map((n) => n.id),
      );
      return latest.current.cards.filter((c) => ids.has(c.id));
    };

    return {
      viewCentre,
      createAt(kind: CardKindName, at: XY | null) {
        const { model, cards, onCreate } = latest.current;
        const c = viewCentre();
        const size = sizeOf(kind);
        const nudge = (cards.length % 8) * 24;
        const place = placeNew(model, cards, kind, at, { x: c.x - size.width / 2 + nudge, y: c.y - size.height / 2 + nudge });
        onCreate(kind, place);
      },
      async rename(cardId: string, title: string) {
        const r = await save(cardId, { title });
        // The side panel's form reads the card when it opens: open it again so it shows the new title (unless another
        // card was chosen meanwhile, as Enter does when it opens the next one).
        if (r.ok && services.view.getState().selectedCardId === cardId) {
          latest.current.onSelect(null);
          requestAnimationFrame(() => services.view.getState().selectedCardId === null && latest.current.onSelect(cardId));
        }
      },
      createNext(cardId: string, mode: 'beside' | 'nextZone') {
        const { model, cards, onCreate } = latest.current;
        const current = cards.find((c) => c.id === cardId);
        if (!current) return;
        const place = placeNext(model, cards, current, mode);
        onCreate(current.kind as CardKindName, place);
      },
      colour: (cardId: string, colour: string | null) => void save(cardId, { colour }),
      resize: (cardId: string, r: Rect) =>
        void save(cardId, { x: Math.round(r.x), y: Math.round(r.y), width: Math.round(r.width), height: Math.round(r.height) }),
      async removeSelected() {
        const cards = selectedCards();
        const edges = rf.getEdges().filter((e) => e.selected);
        const links = linkActions(client, workshop);
        const selected = services.view.getState().selectedCardId;
        if (cards.some((c) => c.id === selected)) latest.current.onSelect(null);
        for (const e of edges) {
          const r = await links.remove(e.id);
          if (!r.ok && r.error.code !== 'not_found') fail(r.error.message);
        }
        for (const c of cards) {
          const r = await workshop.getState().deleteCard(c.id);
          if (!r.ok) fail(r.error.message);
        }
      },
      copy() {
        const cards = selectedCards();
        if (cards.length === 0) return;
        clipboard.current = { cards, times: 0 };
        notices.getState().push('info', translateCount(latest.current.language, 'canvas.copied', cards.length));
      },
      async paste() {
        const clip = clipboard.current;
        if (clip.cards.length === 0) return;
        clip.times += 1;
        let last: string | null = null;
        // Copies land on free spots, never over a card; the whole paste is one undo step.
        const { model, cards, step } = latest.current;
        const drawn = placeCards(model, cards);
        const taken = cards.map((c) => ({ ...(drawn.get(c.id) ?? c), width: c.width, height: c.height }));
        const sized = pasteDrafts(clip.cards, step.id, clip.times).map((d) => ({
          ...d,
          x: d.x ?? 0,
          y: d.y ?? 0,
          width: d.width ?? 0,
          height: d.height ?? 0,
        }));
        const drafts = spreadOut(taken, sized, { x: PASTE_OFFSET, y: PASTE_OFFSET });
        const batch = `paste:${Date.now()}`;
        for (const draft of drafts) {
          const r = await workshop.getState().createCard(draft, batch);
          if (!r.ok) return fail(r.error.message);
          last = r.value.id;
        }
        if (last) latest.current.onSelect(last);
      },
    };
  }, [services, rf]);
}

export type CardCommands = ReturnType<typeof useCardCommands>;
