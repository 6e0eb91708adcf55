// Column layouts: objections | answers | benefits (convince), risks | decisions (list), and the governance levels (flow).
import type { Layout } from '../../../../shared/catalogue';
import type { Card, FieldValue } from '../../../../shared/model';
import { CARD_H } from '../geometry';
import type { LayoutContext, LayoutModel, Zone, ZoneLabel, ZoneTone } from './types';
import { numberField, zoneModel } from './zoneModel';

export const COLUMN_W = 520;
const GAP = 40;
const MIN_H = 700;

export interface ColumnDef {
  id: string;
  label: ZoneLabel;
  tone?: ZoneTone;
  kinds?: readonly string[];
  assign?: Record<string, FieldValue>;
}

export function columnsLayout(
  layout: Layout,
  columns: readonly ColumnDef[],
  governed: readonly string[],
  homeId: (card: Card) => string | null,
  ctx: LayoutContext,
  width = COLUMN_W,
): LayoutModel {
  const mine = ctx.cards.filter((c) => governed.includes(c.kind));
  const height = Math.max(MIN_H, ...mine.map((c) => c.y + Math.max(c.height, CARD_H) + 60));
  const zones: Zone[] = columns.map((col, i) => ({
    id: col.id,
    label: col.label,
    tone: col.tone ?? (i % 2 ? 'plain' : 'lane'),
    x: i * (width + GAP),
    y: 0,
    width,
    height,
    ...(col.kinds ? { kinds: col.kinds } : {}),
    ...(col.assign ? { assign: col.assign } : {}),
    stack: 'grid' as const,
    inset: { left: 24, top: 72 },
  }));
  return zoneModel(layout, zones, governed, homeId);
}

const byKind = (columns: readonly ColumnDef[]) => (card: Card) => columns.find((c) => c.kinds?.includes(card.kind))?.id ?? null;

export function convinceLayout(ctx: LayoutContext): LayoutModel {
  const columns: ColumnDef[] = [
    { id: 'objections', label: { key: 'canvas.zone.objections' }, kinds: ['objection'] },
    { id: 'answers', label: { key: 'canvas.zone.answers' }, kinds: ['rebuttal', 'evidence'] },
    { id: 'benefits', label: { key: 'canvas.zone.benefits' }, kinds: ['benefit'] },
  ];
  return columnsLayout('columns', columns, ['objection', 'rebuttal', 'evidence', 'benefit'], byKind(columns), ctx);
}

export function listLayout(ctx: LayoutContext): LayoutModel {
  const columns: ColumnDef[] = [
    { id: 'risks', label: { key: 'canvas.zone.risks' }, kinds: ['risk'] },
    { id: 'decisions', label: { key: 'canvas.zone.decisions' }, kinds: ['decision'] },
  ];
  return columnsLayout('list', columns, ['risk', 'decision'], byKind(columns), ctx, 700);
}

/** Governance: rules flow from the first level of validation to the last escalation. */
export function flowLayout(ctx: LayoutContext): LayoutModel {
  const columns: ColumnDef[] = [
    { id: 'tray', label: { key: 'canvas.zone.levelUnset' }, tone: 'tray', assign: { escalationLevel: null } },
    ...[1, 2, 3].map((n) => ({
      id: `level-${n}`,
      label: { key: 'canvas.zone.level' as const, vars: { n } },
      assign: { escalationLevel: n },
    })),
  ];
  return columnsLayout(
    'flow',
    columns,
    ['governance_rule'],
    (card) => {
      const n = numberField(card, 'escalationLevel');
      return n && n >= 1 && n <= 3 ? `level-${n}` : 'tray';
    },
    ctx,
    520,
  );
}
