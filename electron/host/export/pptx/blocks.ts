// Each outline block as pptxgenjs calls in its box: text, native tables and charts, tinted shapes.
import type { Block } from '../../../../shared/document';
import type { Box } from '../deck-layout';
import { COLOURS, PALETTE, TONES, TONE_BAR } from '../theme';
import { chainOps } from './chain';
import { BULLET_INDENT, CELL_PAD, figureTile, sizes, tableWidths, textIn } from './measure';
import type { Op, Run } from './spec';

// shrink: viewers without Calibri (LibreOffice substitutes a wider font) shrink an overflowing box instead of spilling.
const TEXT = { margin: 0, valign: 'top', fit: 'shrink', color: COLOURS.body } as const;

function labelled(label: string | undefined, given: string, sep: string, size: number, extra: Run['options'] = {}): Run[] {
  const text = given === '' ? ' ' : given; // an empty run without a line break makes PowerPoint repair the file
  return label
    ? [
        { text: `${label}${sep}`, options: { bold: true, color: COLOURS.navy, fontSize: size, ...extra } },
        { text, options: { fontSize: size } },
      ]
    : [{ text, options: { fontSize: size, ...extra } }];
}

function table(b: Extract<Block, { type: 'table' }>, box: Box, pt: number): Op {
  const header = b.columns.map((c) => ({
    text: c.label,
    options: { bold: true, color: COLOURS.white, fill: { color: COLOURS.navy }, align: c.align ?? 'left' },
  }));
  const rows = b.rows.map((r, i) =>
    r.map((text, j) => ({
      text: text || ' ',
      options: { align: b.columns[j]?.align ?? 'left', ...(i % 2 ? { fill: { color: COLOURS.zebra } } : {}) },
    })),
  );
  return {
    kind: 'table',
    rows: [header, ...rows],
    options: {
      x: box.x,
      y: box.y,
      w: box.w,
      colW: tableWidths(b, box.w, pt),
      fontSize: pt,
      color: COLOURS.body,
      valign: 'middle',
      margin: [CELL_PAD * 72, CELL_PAD * 72, CELL_PAD * 72, CELL_PAD * 72],
      border: { type: 'solid', pt: 0.5, color: COLOURS.rule },
      autoPage: false,
    },
  };
}

function chart(b: Extract<Block, { type: 'chart' }>, box: Box, scale: number): Op {
  const s = sizes(scale);
  const data = b.series.map((x) => ({ name: x.name, labels: b.labels, values: x.values }));
  const common = {
    x: box.x,
    y: box.y,
    w: box.w,
    h: box.h,
    showTitle: true,
    title: b.title,
    titleFontSize: Math.round(s.body),
    titleColor: COLOURS.navy,
    titleBold: true,
    dataLabelFontSize: Math.round(s.small),
    dataLabelFormatCode: b.numberFormat,
  };
  if (b.chart === 'pie') {
    return {
      kind: 'chart',
      type: 'doughnut',
      data,
      options: {
        ...common,
        dataLabelFormatCode: '0%',
        holeSize: 55,
        showPercent: true,
        showValue: false,
        showLegend: true,
        legendPos: 'r',
        legendFontSize: Math.round(s.small),
        dataLabelColor: COLOURS.white,
        chartColors: PALETTE.slice(0, b.labels.length),
      },
    };
  }
  const many = b.series.length > 1;
  // Several series (baseline and target) take one colour each, muted first; one series colours each bar.
  const colours = many
    ? [COLOURS.muted, COLOURS.teal, COLOURS.navy].slice(0, b.series.length)
    : b.tones
      ? b.tones.map((t) => TONE_BAR[t])
      : PALETTE.slice(0, Math.max(2, b.labels.length));
  return {
    kind: 'chart',
    type: 'bar',
    data,
    options: {
      ...common,
      barDir: 'bar',
      barGapWidthPct: 60,
      chartColors: colours,
      showValue: true,
      dataLabelPosition: 'outEnd',
      dataLabelColor: COLOURS.ink,
      catAxisOrientation: 'maxMin',
      catAxisLabelFontSize: Math.round(s.small),
      catAxisLabelColor: COLOURS.body,
      valAxisHidden: true,
      valGridLine: { style: 'none' },
      catAxisLineShow: false,
      showLegend: many,
      ...(many ? { legendPos: 't', legendFontSize: Math.round(s.small) } : {}),
    },
  };
}

function figures(b: Extract<Block, { type: 'keyFigures' }>, box: Box, scale: number): Op[] {
  const s = sizes(scale);
  const t = figureTile(b, box.w, scale);
  return b.items.flatMap((item, i) => {
    const x = box.x + (i % t.perRow) * (t.tileW + t.gap);
    const y = box.y + Math.floor(i / t.perRow) * (t.tileH + t.gap);
    const tone = TONES[item.tone];
    // A long value ("11 200 €") gets a smaller size so that it stays on one line of its tile.
    const size = Math.min(s.figure, ((t.tileW - 0.25) * 72) / (Math.max(3, item.value.length) * 0.6));
    return [
      { kind: 'shape', shape: 'rect', options: { x, y, w: t.tileW, h: t.tileH, fill: { color: tone.bg }, line: { color: tone.bg } } },
      { kind: 'shape', shape: 'rect', options: { x, y, w: 0.05, h: t.tileH, fill: { color: tone.fg }, line: { color: tone.fg } } },
      {
        kind: 'text',
        text: item.value,
        options: {
          ...TEXT,
          x: x + 0.14,
          y: y + 0.1,
          w: t.tileW - 0.2,
          h: (s.figure * 1.25) / 72,
          fontSize: size,
          bold: true,
          color: tone.fg,
          valign: 'bottom',
        },
      },
      {
        kind: 'text',
        text: item.label,
        options: {
          ...TEXT,
          x: x + 0.14,
          y: y + 0.12 + (s.figure * 1.2) / 72,
          w: t.tileW - 0.2,
          h: t.tileH - 0.2 - (s.figure * 1.2) / 72,
          fontSize: s.small,
          color: COLOURS.muted,
        },
      },
    ] satisfies Op[];
  });
}

function quadrants(b: Extract<Block, { type: 'quadrants' }>, box: Box, scale: number): Op[] {
  const s = sizes(scale);
  const axis = b.xAxis || b.yAxis ? 0.3 : 0;
  const gap = 0.12;
  const cw = (box.w - axis - gap) / 2;
  const ch = (box.h - axis - gap) / 2;
  const ops: Op[] = [];
  b.cells.forEach((cell, i) => {
    const x = box.x + axis + (i % 2) * (cw + gap);
    const y = box.y + (i < 2 ? 0 : ch + gap);
    const tone = TONES[cell.tone];
    const head = 0.16 + textIn(cell.title, cw - 0.2, s.body);
    ops.push(
      {
        kind: 'shape',
        shape: 'rect',
        options: { x, y, w: cw, h: ch, fill: { color: COLOURS.white }, line: { color: COLOURS.rule, width: 0.75 } },
      },
      { kind: 'shape', shape: 'rect', options: { x, y, w: cw, h: head, fill: { color: tone.bg }, line: { color: tone.bg } } },
      { kind: 'shape', shape: 'rect', options: { x, y, w: cw, h: 0.04, fill: { color: tone.fg }, line: { color: tone.fg } } },
      {
        kind: 'text',
        text: cell.title,
        options: { ...TEXT, x: x + 0.1, y: y + 0.08, w: cw - 0.2, h: head - 0.1, fontSize: s.body, bold: true, color: tone.fg },
      },
      {
        kind: 'text',
        // An empty quadrant stays empty: a dash would read as an item.
        text: cell.items.length
          ? cell.items.map((t) => ({ text: t, options: { bullet: { indent: 12 }, breakLine: true, paraSpaceAfter: 3 } }))
          : [{ text: '', options: {} }],
        options: { ...TEXT, x: x + 0.1, y: y + head + 0.08, w: cw - 0.2, h: ch - head - 0.12, fontSize: s.small },
      },
    );
  });
  if (b.yAxis)
    ops.push({
      kind: 'text',
      text: b.yAxis,
      options: {
        ...TEXT,
        x: box.x - box.h / 2 + axis / 2,
        y: box.y + (box.h - axis) / 2 - axis / 2,
        w: box.h - axis,
        h: axis,
        rotate: 270,
        align: 'center',
        fontSize: s.small * 0.9,
        bold: true,
        color: COLOURS.muted,
      },
    });
  if (b.xAxis)
    ops.push({
      kind: 'text',
      text: b.xAxis,
      options: {
        ...TEXT,
        x: box.x + axis,
        y: box.y + box.h - axis + 0.05,
        w: box.w - axis,
        h: axis - 0.05,
        align: 'right',
        fontSize: s.small * 0.9,
        bold: true,
        color: COLOURS.muted,
      },
    });
  return ops;
}

/** The calls that draw a block in its box at the slide's scale. */
export function blockOps(b: Block, box: Box, scale: number, sep: string): Op[] {
  const s = sizes(scale);
  const at = { x: box.x, y: box.y, w: box.w, h: Math.max(box.h, 0.3) };
  switch (b.type) {
    case 'heading':
      return [{ kind: 'text', text: b.text, options: { ...TEXT, ...at, fontSize: s.heading, bold: true, color: COLOURS.navy } }];
    case 'paragraph': {
      const size = b.style === 'lead' ? s.body * 1.1 : s.body;
      const extra = b.style === 'muted' ? { italic: true, color: COLOURS.muted } : {};
      return [{ kind: 'text', text: labelled(b.label, b.text, sep, size, extra), options: { ...TEXT, ...at, fontSize: size } }];
    }
    case 'bullets': {
      // The paragraph's options go on its first run: pptxgenjs starts a new paragraph at every run with a bullet.
      const runs = b.items.flatMap((item) => {
        const parts = labelled(item.label, item.text, sep, s.body);
        parts[0]!.options = { ...parts[0]!.options, bullet: { indent: BULLET_INDENT * 72 * 0.8 }, paraSpaceAfter: s.body * 0.35 };
        parts[parts.length - 1]!.options = { ...parts[parts.length - 1]!.options, breakLine: true };
        return parts;
      });
      return [{ kind: 'text', text: runs, options: { ...TEXT, ...at, fontSize: s.body } }];
    }
    case 'table':
      return [table(b, box, s.small)];
    case 'chart':
      return [chart(b, box, scale)];
    case 'keyFigures':
      return figures(b, box, scale);
    case 'callout': {
      const tone = TONES[b.tone];
      return [
        { kind: 'shape', shape: 'rect', options: { ...at, fill: { color: tone.bg }, line: { color: tone.bg } } },
        { kind: 'shape', shape: 'rect', options: { ...at, w: 0.06, fill: { color: tone.fg }, line: { color: tone.fg } } },
        {
          kind: 'text',
          text: [
            { text: b.title, options: { bold: true, color: tone.fg, breakLine: true } },
            { text: b.text, options: { color: COLOURS.ink } },
          ],
          options: { ...TEXT, x: box.x + 0.2, y: box.y + 0.1, w: box.w - 0.3, h: at.h - 0.16, fontSize: s.body },
        },
      ];
    }
    case 'quadrants':
      return quadrants(b, box, scale);
    case 'chain':
      return chainOps(b, box, scale);
    case 'pageBreak':
      return [];
  }
}
