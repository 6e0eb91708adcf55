// Ranked boards: one row per priority (objectives, 1 to 5) or rank (targets, 1 to as many as needed), then the unranked.
import type { CardKindName } from '../../../../shared/model';
import { CARD_W } from '../geometry';
import type { LayoutContext, LayoutModel, Zone } from './types';
import { numberField, zoneModel } from './zoneModel';

export const ROW_H = 160;
const LABEL_W = 200;
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
  const width = Math.max(MIN_W, ...mine.map((c) => c.x + Math.max(c.width, CARD_W) + 40));
  const [rowKey, topKey] =
    spec.key === 'priority'
      ? (['canvas.zone.priority', 'canvas.zone.priorityTop'] as const)
      : (['canvas.zone.rank', 'canvas.zone.rankTop'] as const);
  const zones: Zone[] = [];
  for (let n = 1; n <= rows; n++) {
    zones.push({
      id: `row-${n}`,
      label: { key: n === 1 ? topKey : rowKey, vars: { n } },
      tone: n % 2 ? 'lane' : 'plain',
      x: 0,
      y: (n - 1) * ROW_H,
      width,
      height: ROW_H,
      assign: { [spec.key]: n },
      stack: 'row',
      inset: { left: LABEL_W, top: 20 },
      labelAt: 'left',
    });
  }
  zones.push({
    id: 'tray',
    label: { key: 'canvas.zone.notRanked' },
    tone: 'tray',
    x: 0,
    y: rows * ROW_H + 24,
    width,
    height: ROW_H,
    assign: { [spec.key]: null },
    stack: 'row',
    inset: { left: LABEL_W, top: 20 },
    labelAt: 'left',
  });
  return zoneModel('ranked', zones, [spec.kind], (card) => {
    const n = numberField(card, spec.key);
    return n !== null && n >= 1 && n <= rows ? `row-${n}` : 'tray';
  });
}
