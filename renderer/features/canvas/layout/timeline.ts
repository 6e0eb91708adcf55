// Calendar: a time axis in months (x = the start date) and one lane per kind of item; undated items wait on the left.
import { CALENDAR_TYPE_OPTIONS } from '../../../../shared/catalogue';
import { CALENDAR_TYPES, type Card, type Fields } from '../../../../shared/model';
import type { LayoutContext, LayoutModel, Zone } from './types';
import { sameFields, withAssigned } from './types';
import { addMonths, fromDay, isIsoDate, monthStart, monthsBetween, toDay } from './dates';
import { CARD_H } from '../geometry';

export const PX_PER_DAY = 6;
export const HEADER_H = 64;
/** A lane with no card: a strip that still names its kind and takes a drop. */
export const EMPTY_LANE_H = 72;
/** Room above a lane's cards, and below them. */
const LANE_TOP = 25;
const LANE_BOTTOM = 16;
/** Between undated cards stacked in the tray (as layout/place.ts lines them up). */
const GAP = 16;
const LABEL_W = 200;
const TRAY_W = 260;
const LANES = [...CALENDAR_TYPES, 'none'] as const;

interface Lane {
  type: (typeof LANES)[number];
  y: number;
  height: number;
}

/**
 * One lane per kind of item, as tall as the cards it holds (the undated ones stack in the tray): a calendar whose
 * items use three kinds of six is not drawn six full lanes high, which left its cards small after a fit. An empty
 * calendar shows every lane with room for a card (and the step's example).
 */
function lanesOf(ctx: LayoutContext): Lane[] {
  const need = new Map<string, number>();
  const undated = new Map<string, number>();
  for (const card of ctx.cards) {
    if (card.kind !== 'calendar_item') continue;
    const lane = laneOf(card);
    need.set(lane, Math.max(need.get(lane) ?? 0, card.height));
    if (!isIsoDate(card.fields.start)) undated.set(lane, (undated.get(lane) ?? 0) + 1);
  }
  const empty = need.size === 0 ? LANE_TOP + CARD_H + LANE_BOTTOM : EMPTY_LANE_H;
  let y = HEADER_H;
  return LANES.map((type) => {
    const tallest = need.get(type);
    const stacked = (undated.get(type) ?? 0) * (CARD_H + GAP) - GAP;
    const height = tallest === undefined ? empty : Math.max(EMPTY_LANE_H, LANE_TOP + Math.max(tallest, stacked) + LANE_BOTTOM);
    const lane = { type, y, height };
    y += height;
    return lane;
  });
}

export interface TimeScale {
  origin: string;
  months: number;
  x(date: string): number;
  date(x: number): string;
}

export function timeScale(ctx: LayoutContext): TimeScale {
  const dated = ctx.cards.filter((c) => c.kind === 'calendar_item');
  const starts = dated.map((c) => c.fields.start).filter(isIsoDate);
  const ends = dated.map((c) => c.fields.end).filter(isIsoDate);
  const origin = monthStart([...starts, ctx.today].sort()[0] ?? ctx.today);
  const last = [...starts, ...ends].sort().pop() ?? origin;
  const months = Math.max(12, monthsBetween(origin, monthStart(last)) + 2);
  const base = toDay(origin);
  return { origin, months, x: (date) => (toDay(date) - base) * PX_PER_DAY, date: (x) => fromDay(base + Math.round(x / PX_PER_DAY)) };
}

function zonesOf(scale: TimeScale, lanes: readonly Lane[]): Zone[] {
  const width = scale.x(addMonths(scale.origin, scale.months));
  const last = lanes[lanes.length - 1]!;
  const height = last.y + last.height;
  const left = -TRAY_W - LABEL_W - 20;
  const zones: Zone[] = lanes.map(({ type, y, height: laneHeight }, i) => {
    const option = CALENDAR_TYPE_OPTIONS.find((o) => o.value === type);
    return {
      id: `lane-${type}`,
      label: option ? { text: option.label } : { key: 'canvas.zone.noType' },
      tone: i % 2 ? 'plain' : 'lane',
      x: left,
      y,
      width: width - left,
      height: laneHeight,
      labelAt: 'left',
    };
  });
  zones.push({ id: 'tray', label: { key: 'canvas.zone.notDated' }, tone: 'tray', x: -TRAY_W - 10, y: 0, width: TRAY_W, height });
  for (let m = 0; m < scale.months; m++) {
    const start = addMonths(scale.origin, m);
    const x = scale.x(start);
    zones.push({ id: `month-${m}`, label: { month: start }, tone: 'month', x, y: 0, width: scale.x(addMonths(start, 1)) - x, height });
  }
  // Logic only: where a card of each lane lies, dated or not.
  for (const { type, y, height: laneHeight } of lanes) {
    // A lane stands for its type: a card in it need not say "Type: Milestone" (see nodes/redundant.ts).
    const assign = { type: type === 'none' ? null : type };
    const common = { label: null, tone: 'plain' as const, y, height: laneHeight, hidden: true, stack: 'grid' as const, assign };
    zones.push({ ...common, id: `undated-${type}`, x: -TRAY_W - 10, width: TRAY_W, inset: { left: 20, top: LANE_TOP } });
    zones.push({ ...common, id: `dated-${type}`, x: 0, width, inset: { left: 0, top: LANE_TOP } });
  }
  return zones;
}

const laneOf = (card: Card): string => {
  const t = card.fields.type;
  return typeof t === 'string' && (CALENDAR_TYPES as readonly string[]).includes(t) ? t : 'none';
};

export function timelineLayout(ctx: LayoutContext): LayoutModel {
  const scale = timeScale(ctx);
  const lanes = lanesOf(ctx);
  const zones = zonesOf(scale, lanes);
  const byId = new Map(zones.map((z) => [z.id, z]));
  const governs = (kind: string) => kind === 'calendar_item';
  return {
    layout: 'timeline',
    zones,
    governs,
    home: (card) =>
      governs(card.kind) ? (byId.get(`${isIsoDate(card.fields.start) ? 'dated' : 'undated'}-${laneOf(card)}`) ?? null) : null,
    adjust: (card, position) =>
      governs(card.kind) && isIsoDate(card.fields.start) ? { x: scale.x(card.fields.start), y: position.y } : position,
    // A phase from September to November runs across those months (never narrower than the card): the calendar reads
    // as one, and a long title gets its lines at the size the control view's fit gives it.
    drawnWidth: (card) => {
      const { start, end } = card.fields;
      if (!governs(card.kind) || !isIsoDate(start) || !isIsoDate(end) || end < start) return null;
      const across = (toDay(end) - toDay(start) + 1) * PX_PER_DAY;
      return across > card.width ? across : null;
    },
    drop: (card, at, topLeft) => {
      if (!governs(card.kind)) return { keepPosition: true };
      const lane = lanes.find((l) => at.y >= l.y && at.y < l.y + l.height)?.type;
      if (!lane || at.x < -TRAY_W - 10) return 'refuse';
      const fields: Fields = withAssigned(card.fields, { type: lane === 'none' ? null : lane });
      if (at.x < 0) {
        delete fields.start;
        delete fields.end;
      } else {
        const start = scale.date(topLeft.x);
        const { start: oldStart, end: oldEnd } = card.fields;
        fields.start = start;
        if (isIsoDate(oldEnd))
          fields.end = fromDay(toDay(start) + Math.max(0, toDay(oldEnd) - toDay(isIsoDate(oldStart) ? oldStart : oldEnd)));
      }
      return sameFields(fields, card.fields) ? { keepPosition: true } : { fields, keepPosition: true };
    },
  };
}
