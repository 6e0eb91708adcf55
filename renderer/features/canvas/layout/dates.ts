// Calendar dates as whole days (UTC), so a timeline's x never drifts with time zones or summer time.
const DAY_MS = 86_400_000;

export const isIsoDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

export function toDay(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY_MS);
}

export const fromDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

export const monthStart = (iso: string): string => `${iso.slice(0, 7)}-01`;

export function addMonths(iso: string, n: number): string {
  const [y, m] = iso.split('-').map(Number);
  const total = (y ?? 1970) * 12 + (m ?? 1) - 1 + n;
  return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}-01`;
}

/** Whole months from a to b (both first days of a month). */
export function monthsBetween(a: string, b: string): number {
  const [ya, ma] = a.split('-').map(Number);
  const [yb, mb] = b.split('-').map(Number);
  return ((yb ?? 0) - (ya ?? 0)) * 12 + ((mb ?? 0) - (ma ?? 0));
}
