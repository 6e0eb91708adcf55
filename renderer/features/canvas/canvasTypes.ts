// The contract of a step's centre area, so the simple board, the React Flow canvas and the presenter view agree.
import type { Card, CardKindName, Fields } from '../../../shared/model';
import type { StepDef } from '../../../shared/catalogue';

/** Where the canvas wants a new card and what the spot means (a quadrant, a row, a date...). */
export interface CardPlacement {
  x: number;
  y: number;
  width: number;
  height: number;
  fields: Fields;
}

export interface StepCanvasProps {
  step: StepDef;
  kinds: readonly CardKindName[];
  cards: Card[];
  selectedCardId: string | null;
  /** A card chosen on the canvas; null when the background is clicked. */
  onSelect(cardId: string | null): void;
  /** A card to create; without a placement the simple board puts it on its grid. */
  onCreate(kind: CardKindName, placement?: CardPlacement): void;
  /** Presenter mode: no editing chrome, no handles, votes still shown. */
  readOnly?: boolean;
  /** The room's screen: read-only, fitted edge to edge, type sized for the back of the room. */
  audience?: boolean;
  /** Where the view starts (pan and zoom); without it the view frames the cards. */
  initialViewport?: { x: number; y: number; zoom: number };
}
