// Linking by dragging from a card's handle onto another card: the kind is chosen, asked or refused with the reason.
import type { OnConnectEnd } from '@xyflow/react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { kindDef, type Text } from '../../../../shared/catalogue';
import type { Card, Language, LinkKind } from '../../../../shared/model';
import { useServices } from '../../../app/ServicesContext';
import { pick, translate } from '../../../i18n';
import { linkActions } from './actions';
import { decideLink, type LinkDecision } from './decide';

export interface LinkQuestion {
  kinds: LinkKind[];
  from: string;
  to: string;
  x: number;
  y: number;
}

/** The id of the node under the pointer where a connection was let go, if any. */
function nodeUnder(event: MouseEvent | TouchEvent): string | null {
  const point = 'changedTouches' in event ? event.changedTouches[0] : event;
  if (!point) return null;
  const el = document.elementFromPoint(point.clientX, point.clientY)?.closest('.react-flow__node');
  return el?.getAttribute('data-id') ?? null;
}

export function useLinkCreate(cardsById: ReadonlyMap<string, Card>, mode: LinkKind | 'auto', language: Language) {
  const { client, workshop, notices } = useServices();
  const [question, setQuestion] = useState<LinkQuestion | null>(null);
  const latest = useRef({ cardsById, mode, language });
  latest.current = { cardsById, mode, language };

  const actions = useMemo(() => linkActions(client, workshop), [client, workshop]);
  const create = useCallback(
    async (kind: LinkKind, from: string, to: string) => {
      const r = await actions.create(kind, from, to);
      if (!r.ok)
        notices.getState().push('error', translate(latest.current.language, 'canvas.link.refusedBy', { message: r.error.message }));
      return r.ok;
    },
    [actions, notices],
  );

  const refuse = useCallback(
    (d: Extract<LinkDecision, { type: 'refuse' }>) => {
      const lang = latest.current.language;
      const label: Text | undefined = kindDef(d.cardKind)?.label;
      const message = translate(lang, `canvas.link.refused.${d.problem}`, {
        link: translate(lang, `canvas.link.${d.kind}`),
        kind: label ? pick(label, lang) : d.cardKind,
      });
      notices.getState().push('error', message);
    },
    [notices],
  );

  const onConnectEnd: OnConnectEnd = useCallback(
    (event, state) => {
      const fromId = state.fromNode?.id;
      const toId = (state.isValid ? state.toNode?.id : null) ?? nodeUnder(event);
      const { cardsById: cards, mode: current } = latest.current;
      const a = fromId ? cards.get(fromId) : undefined;
      const b = toId ? cards.get(toId) : undefined;
      // Let go on the background or on the card it started from: nothing was meant.
      if (!a || !b || a.id === b.id) return;
      const decision = decideLink(current, a, b);
      if (decision.type === 'refuse') return refuse(decision);
      if (decision.type === 'create') return void create(decision.kind, decision.from, decision.to);
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      setQuestion({ kinds: decision.kinds, from: decision.from, to: decision.to, x: point?.clientX ?? 0, y: point?.clientY ?? 0 });
    },
    [create, refuse],
  );

  const answer = useCallback(
    (kind: LinkKind | null) => {
      if (question && kind) void create(kind, question.from, question.to);
      setQuestion(null);
    },
    [question, create],
  );

  const toggleReach = useCallback(
    async (channel: Card, target: Card, linkId: string | null) => {
      if (linkId) {
        const r = await actions.remove(linkId);
        if (!r.ok) notices.getState().push('error', r.error.message);
      } else await create('reaches', channel.id, target.id);
    },
    [actions, create, notices],
  );

  return { onConnectEnd, question, answer, toggleReach, removeLink: actions.remove };
}
