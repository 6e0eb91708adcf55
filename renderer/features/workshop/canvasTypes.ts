// The contract of a step's centre area, so the simple board and the later React Flow canvas are interchangeable.
import type { Card, CardKindName } from '../../../shared/model';
import type { StepDef } from '../../../shared/catalogue';

export interface StepCanvasProps {
  step: StepDef;
  kinds: readonly CardKindName[];
  cards: Card[];
  selectedCardId: string | null;
  onSelect(cardId: string): void;
  onCreate(kind: CardKindName): void;
}
