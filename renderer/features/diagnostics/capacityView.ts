// Pure figures for the capacity gauge: hours needed and available, how far over, bar widths, lines by kind.
import type { Capacity, CapacityLine } from '../../../shared/checks';
import { formatNumber } from '../../../shared/locale';
import type { Language } from '../../../shared/model';

export interface Gauge {
  needed: number;
  available: number;
  /** True when the plan needs more hours than the team has. */
  over: boolean;
  /** Hours over (when over) or spare, always positive or zero. */
  gap: number;
  /** Bar widths in percent of the larger of the two, so the longer bar always fills the track. */
  neededWidth: number;
  availableWidth: number;
  /** Nothing to compare yet: no hours needed and none available. */
  empty: boolean;
}

export function gaugeOf(cap: Pick<Capacity, 'needed' | 'available'>): Gauge {
  const { needed, available } = cap;
  const scale = Math.max(needed, available);
  const width = (h: number) => (scale > 0 ? Math.round((h / scale) * 1000) / 10 : 0);
  return {
    needed,
    available,
    over: needed > available,
    gap: Math.abs(needed - available),
    neededWidth: width(needed),
    availableWidth: width(available),
    empty: needed <= 0 && available <= 0,
  };
}

export type LineKind = CapacityLine['kind'];
export const LINE_KINDS: readonly LineKind[] = ['production', 'moderation', 'available'];

/** The breakdown lines by kind, heaviest first within each, kinds with no line left out. */
export function linesByKind(lines: readonly CapacityLine[]): { kind: LineKind; total: number; lines: CapacityLine[] }[] {
  return LINE_KINDS.map((kind) => {
    const mine = lines.filter((l) => l.kind === kind).sort((a, b) => b.hours - a.hours);
    return { kind, total: mine.reduce((s, l) => s + l.hours, 0), lines: mine };
  }).filter((g) => g.lines.length > 0);
}

/** Hours with at most one decimal, in the language's own number format. */
export function formatHours(hours: number, language: Language): string {
  return formatNumber(language, hours, 1);
}
