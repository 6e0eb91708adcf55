// Vector charts on a pdfkit page: horizontal bars with values, and a doughnut with its legend.
import type { Block } from '../../../../shared/document';
import { COLOURS, PALETTE, TONE_BAR, hex } from '../theme';
import { font, textHeight, write, type Painter } from './paint';

type Chart = Extract<Block, { type: 'chart' }>;

/** The natural height of a chart for a width: title, then one band per bar or the doughnut. */
export function chartHeight(p: Painter, c: Chart, w: number): number {
  const title = textHeight(p, c.title, 'semibold', p.style.body, w) + p.style.gap * 0.6;
  if (c.chart === 'pie') return title + Math.min(w * 0.42, 190 * (p.style.body / 10));
  const legend = c.series.length > 1 ? p.style.small * 2 : 0;
  return title + legend + c.labels.length * p.style.body * (c.series.length > 1 ? 3.2 : 2.3);
}

/** Series colours when a chart compares several (baseline and target): muted first, strong last. */
const SERIES_COLOURS = [COLOURS.muted, COLOURS.teal, COLOURS.navy];

function legend(p: Painter, c: Chart, x: number, y: number): number {
  if (c.series.length < 2) return 0;
  let lx = x;
  const sw = p.style.small;
  c.series.forEach((s, i) => {
    p.doc.rect(lx, y + sw * 0.2, sw, sw).fill(hex(SERIES_COLOURS[i % SERIES_COLOURS.length]!));
    font(p, 'regular', sw);
    const w = p.doc.widthOfString(s.name);
    write(p, s.name, lx + sw * 1.5, y, w + 4, 'regular', sw, COLOURS.body);
    lx += sw * 1.5 + w + sw * 1.5;
  });
  return sw * 2;
}

function bars(p: Painter, c: Chart, x: number, y0: number, w: number, h0: number): void {
  const all = c.series;
  if (all.length === 0) return;
  const top0 = legend(p, c, x, y0);
  const y = y0 + top0;
  const h = h0 - top0;
  const n = c.labels.length;
  const many = all.length > 1;
  const band = Math.min(h / Math.max(1, n), p.style.body * (many ? 3.6 : 2.8));
  const labelW = Math.min(
    w * 0.36,
    Math.max(
      ...c.labels.map((l) => {
        font(p, 'regular', p.style.small);
        return p.doc.widthOfString(l);
      }),
    ) + 8,
  );
  const valueW =
    Math.max(
      ...all.flatMap((s) =>
        s.display.map((d) => {
          font(p, 'semibold', p.style.small);
          return p.doc.widthOfString(d);
        }),
      ),
    ) + 6;
  const barMax = Math.max(10, w - labelW - valueW - 6);
  const max = Math.max(...all.flatMap((s) => s.values), 0) || 1;
  c.labels.forEach((label, i) => {
    const by = y + i * band;
    const lh = textHeight(p, label, 'regular', p.style.small, labelW - 6);
    write(p, label, x, by + Math.max(0, (band - lh) / 2), labelW - 6, 'regular', p.style.small, COLOURS.body, 'right');
    const barH = Math.min((band * 0.7) / all.length, p.style.body * 1.5);
    let top = by + (band - barH * all.length - 2 * (all.length - 1)) / 2;
    all.forEach((series, k) => {
      const bw = Math.max(1.5, ((series.values[i] ?? 0) / max) * barMax);
      if (!many) p.doc.rect(x + labelW, top, barMax, barH).fill(hex(COLOURS.zebra));
      const tone = c.tones?.[i];
      const colour = many ? SERIES_COLOURS[k % SERIES_COLOURS.length]! : tone ? TONE_BAR[tone] : PALETTE[i % PALETTE.length]!;
      p.doc.rect(x + labelW, top, bw, barH).fill(hex(colour));
      write(
        p,
        series.display[i] ?? '',
        x + labelW + Math.min(bw, barMax) + 4,
        top + (barH - p.style.small * 1.2) / 2,
        valueW,
        'semibold',
        p.style.small,
        COLOURS.ink,
      );
      top += barH + 2;
    });
  });
}

function pie(p: Painter, c: Chart, x: number, y: number, w: number, h: number): void {
  const series = c.series[0];
  if (!series) return;
  const total = series.values.reduce((s, v) => s + Math.max(0, v), 0) || 1;
  const r = Math.min(h / 2 - 2, w * 0.2);
  const cx = x + r + 4;
  const cy = y + h / 2;
  let angle = -Math.PI / 2;
  series.values.forEach((v, i) => {
    const sweep = (Math.max(0, v) / total) * Math.PI * 2;
    if (sweep <= 0) return;
    const end = angle + sweep;
    const path =
      sweep >= Math.PI * 2 - 1e-6
        ? p.doc.circle(cx, cy, r)
        : p.doc.path(
            `M ${cx} ${cy} L ${cx + r * Math.cos(angle)} ${cy + r * Math.sin(angle)} ` +
              `A ${r} ${r} 0 ${sweep > Math.PI ? 1 : 0} 1 ${cx + r * Math.cos(end)} ${cy + r * Math.sin(end)} Z`,
          );
    path.fill(hex(PALETTE[i % PALETTE.length]!));
    angle = end;
  });
  p.doc.circle(cx, cy, r * 0.55).fill(hex(COLOURS.white));
  const lx = cx + r + 18;
  const lw = x + w - lx;
  const sw = p.style.small;
  const rows = c.labels.map((label, i) => [label, series.display[i], c.shares?.[i]].filter(Boolean).join(' · '));
  const heights = rows.map((row) => textHeight(p, row, 'regular', sw, lw - sw * 1.6) + sw * 0.6);
  let ly = cy - heights.reduce((s, v) => s + v, 0) / 2;
  rows.forEach((row, i) => {
    p.doc.rect(lx, ly + sw * 0.2, sw, sw).fill(hex(PALETTE[i % PALETTE.length]!));
    write(p, row, lx + sw * 1.6, ly, lw - sw * 1.6, 'regular', sw, COLOURS.body);
    ly += heights[i]!;
  });
}

export function chart(p: Painter, c: Chart, x: number, y: number, w: number, h = chartHeight(p, c, w)): number {
  const titleH = write(p, c.title, x, y, w, 'semibold', p.style.body, COLOURS.navy) + p.style.gap * 0.6;
  if (c.chart === 'pie') pie(p, c, x, y + titleH, w, h - titleH);
  else bars(p, c, x, y + titleH, w, h - titleH);
  return h;
}
