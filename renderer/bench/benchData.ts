// The benchmark's workshop: 1,000 cards and 1,000 links, all on one free board so a single canvas draws them.
import type { WorkshopData } from '../../shared/model';
import { bigWorkshop } from '../../test/fixtures/big-workshop';

export const BENCH_CARDS = 1000;

export function benchWorkshop(): WorkshopData {
  const big = bigWorkshop(BENCH_CARDS);
  return {
    ...big,
    cards: big.cards.map((c) => ({ ...c, step: 'context' })),
    history: { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null },
  };
}
