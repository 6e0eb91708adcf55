// Ranked boards: one row per priority (objectives, 1 to 5) or rank (targets, 1 to as many as needed), then the unranked.
import type { CardKindName } from '../../../../shared/model';
import { CARD_W } from '../geometry';
import type { LayoutContext, LayoutModel, Zone } from './types';
import { numberField, zoneModel } from './zoneModel';

export const ROW_H = 160;
const LABEL_W = 200;
/** Room above a row's cards, and as much below them. */
const INSET_TOP = 20;
const MIN_W = 1200;

export interface RankSpec {
  kind: CardKindName;
  key: 'priority' | 'rank';
  /** A fixed number of rows (priority 1..5); without it, one more row than the highest rank used. */
  rows?: number;
}

export function rankedLayout(spec: RankSpec, ctx: LayoutContext): LayoutModel {
  const mine = ctx.cards.filter((c) => c.kind === spec.kind);
  const highest = Math.max(0, ...mine.map((c) => numberField(c, spec.key) ?? 0));
  const rows = spec.rows ?? Math.min(99, Math.max(3, highest + 1));
  const rowOf = (n: number | null) => (n !== null && n >= 1 && n <= rows ? n : 0);
  // A row is as tall as its tallest card (the room's view makes a card as tall as its title): 0 is the tray.
  const heightOf = (row: number) =>
    Math.max(ROW_H, ...mine.filter((c) => rowOf(numberField(c, spec.key)) === row).map((c) => c.height + 2 * INSET_TOP));
  const width = Math.max(MIN_W, ...mine.map((c) => c.x + Math.max(c.width, CARD_W) + 40));
  const [rowKey, topKey] =
    spec.key === 'priority'
      ? (['canvas.zone.priority', 'canvas.zone.priorityTop'] as const)
      : (['canvas.zone.rank', 'canvas.zone.rankTop'] as const);
  const zones: Zone[] = [];
  let y = 0;
  for (let n = 1; n <= rows; n++) {
    const height = heightOf(n);
    zones.push({
      id: `row-${n}`,
      label: { key: n === 1 ? topKey : rowKey, vars: { n } },
      tone: n % 2 ? 'lane' : 'plain',
      x: 0,
      y,
      width,
      height,
      assign: { [spec.key]: n },
      stack: 'row',
      inset: { left: LABEL_W, top: INSET_TOP },
      labelAt: 'left',
    });
    y += height;
  }
  zones.push({
    id: 'tray',
    label: { key: 'canvas.zone.notRanked' },
    tone: 'tray',
    x: 0,
    y: y + 24,
    width,
    height: heightOf(0),
    assign: { [spec.key]: null },
    stack: 'row',
    inset: { left: LABEL_W, top: INSET_TOP },
    labelAt: 'left',
  });
  return zoneModel('ranked', zones, [spec.kind], (card) => {
    const row = rowOf(numberField(card, spec.key));
    return row ? `row-${row}` : 'tray';
  });
}
