// Calendar: a time axis in months (x = the start date) and one lane per kind of item; undated items wait on the left.
import { CALENDAR_TYPE_OPTIONS } from '../../../../shared/catalogue';
import { CALENDAR_TYPES, type Card, type Fields } from '../../../../shared/model';
import type { LayoutContext, LayoutModel, Zone } from './types';
import { sameFields, withAssigned } from './types';
import { addMonths, fromDay, isIsoDate, monthStart, monthsBetween, toDay } from './dates';

export const PX_PER_DAY = 6;
export const HEADER_H = 64;
export const LANE_H = 170;
const LABEL_W = 200;
const TRAY_W = 260;
const LANES = [...CALENDAR_TYPES, 'none'] as const;

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

const laneOf = (card: Card): string => {
  const t = card.fields.type;
  return typeof t === 'string' && (CALENDAR_TYPES as readonly string[]).includes(t) ? t : 'none';
};

/** Where each lane starts and how tall it is: as tall as its tallest card needs (the room's view grows them). */
interface Lanes {
  y: number[];
  height: number[];
  /** The lane at a height, or undefined above or below them. */
  at(y: number): (typeof LANES)[number] | undefined;
}

/** Room above a lane's cards, and below them. */
const LANE_TOP = 25;
const LANE_BOTTOM = 20;

function lanesOf(cards: readonly Card[]): Lanes {
  const height = LANES.map((type) =>
    Math.max(
      LANE_H,
      ...cards.filter((c) => c.kind === 'calendar_item' && laneOf(c) === type).map((c) => c.height + LANE_TOP + LANE_BOTTOM),
    ),
  );
  const y = height.map((_, i) => HEADER_H + height.slice(0, i).reduce((a, b) => a + b, 0));
  return { y, height, at: (at) => LANES[y.findIndex((top, i) => at >= top && at < top + height[i]!)] };
}

function zonesOf(scale: TimeScale, lanes: Lanes): Zone[] {
  const width = scale.x(addMonths(scale.origin, scale.months));
  const height = HEADER_H + lanes.height.reduce((a, b) => a + b, 0);
  const left = -TRAY_W - LABEL_W - 20;
  const zones: Zone[] = LANES.map((type, i) => {
    const option = CALENDAR_TYPE_OPTIONS.find((o) => o.value === type);
    return {
      id: `lane-${type}`,
      label: option ? { text: option.label } : { key: 'canvas.zone.noType' },
      tone: i % 2 ? 'plain' : 'lane',
      x: left,
      y: lanes.y[i]!,
      width: width - left,
      height: lanes.height[i]!,
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
  LANES.forEach((type, i) => {
    const y = lanes.y[i]!;
    // A lane stands for its type: a card in it need not say "Type: Milestone" (see nodes/redundant.ts).
    const assign = { type: type === 'none' ? null : type };
    const common = { label: null, tone: 'plain' as const, y, height: lanes.height[i]!, hidden: true, stack: 'grid' as const, assign };
    zones.push({ ...common, id: `undated-${type}`, x: -TRAY_W - 10, width: TRAY_W, inset: { left: 20, top: LANE_TOP } });
    zones.push({ ...common, id: `dated-${type}`, x: 0, width, inset: { left: 0, top: LANE_TOP } });
  });
  return zones;
}

export function timelineLayout(ctx: LayoutContext): LayoutModel {
  const scale = timeScale(ctx);
  const lanes = lanesOf(ctx.cards);
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
    drop: (card, at, topLeft) => {
      if (!governs(card.kind)) return { keepPosition: true };
      const lane = lanes.at(at.y);
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
