// What every node of a canvas shares without subscribing to a store: language, read-only mode and the card actions.
import { createContext, useContext } from 'react';
import type { Card, Language } from '../../../shared/model';
import type { Rect } from './geometry';

export interface CanvasActions {
  select(cardId: string): void;
  rename(cardId: string, title: string): void;
  /** After typing a card: the next one beside it in its zone (Enter) or in the next zone (Tab), open for typing. */
  next(cardId: string, mode: 'beside' | 'nextZone'): void;
  /** The typing on a new card is over (saved or given up). */
  typed(): void;
  colour(cardId: string, colour: string | null): void;
  resize(cardId: string, rect: Rect): void;
  vote(cardId: string): void;
  retract(cardId: string): void;
  toggleReach(channel: Card, target: Card, linkId: string | null): void;
}

export interface CanvasEnv {
  /** The interface's language: every word the app writes on the board. */
  language: Language;
  /** The workshop's own language: the values the group chose (option labels), like its exports; else the interface's. */
  contentLanguage?: Language;
  readOnly: boolean;
  /** Zoomed far out: cards show their title only (less to draw when hundreds are on screen). */
  far: boolean;
  /** Close enough to read the small print: cards show their key fields. */
  near: boolean;
  /** The card just made, open for typing on itself (one value for the canvas: no store subscription per card). */
  typingCardId: string | null;
  /** When this board was first drawn (ms): a card made before it was simply there, and arrives without motion. */
  openedAt?: number;
  actions: CanvasActions;
}

const noop = () => undefined;

/** The actions of a board that only shows its cards (the strategy map, a rendering test): every one does nothing. */
export const INERT_ACTIONS: CanvasActions = {
  select: noop,
  rename: noop,
  next: noop,
  typed: noop,
  colour: noop,
  resize: noop,
  vote: noop,
  retract: noop,
  toggleReach: noop,
};

export const CanvasEnvContext = createContext<CanvasEnv | null>(null);

export function useCanvasEnv(): CanvasEnv {
  const env = useContext(CanvasEnvContext);
  if (!env) throw new Error('useCanvasEnv outside a canvas');
  return env;
}
