// Each outline block as Word content: headings, bulleted lists, tables with a repeated shaded header, native charts.
import {
  AlignmentType,
  BorderStyle,
  PageBreak,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ITableCellBorders,
} from 'docx';
import { ChartRun } from 'docx/charts';
import { chainTable, type Block, type Tone } from '../../../../shared/document';
import { columnWidths } from '../column-widths';
import { COLOURS, PALETTE, TONES, TONE_BAR } from '../theme';

/** The text width of an A4 page with 2 cm margins, in twentieths of a point. */
export const CONTENT_DXA = 11906 - 2 * 1134;
export const BULLETS = 'socle-bullets';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const RULE = { style: BorderStyle.SINGLE, size: 4, color: COLOURS.rule };
const ALIGN = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER };

const shade = (fill: string) => ({ type: ShadingType.CLEAR, color: 'auto', fill });

function runs(text: string, options: ConstructorParameters<typeof TextRun>[0] & object = {}): TextRun[] {
  // A line break inside a card's text stays a line break in Word.
  return text.split(/\r?\n/).map((line, i) => new TextRun({ ...options, text: line, break: i > 0 ? 1 : 0 }));
}

/** Cell margins are set once per table: a long table is thousands of cells, and Word files get slow to write. */
const CELL_MARGINS = { top: 60, bottom: 60, left: 100, right: 100 };
const DXA_PER_INCH = 1440;
export const TABLE_STYLE = 'SocleTable';

function cell(children: Paragraph[], options: { fill?: string; width: number; borders?: ITableCellBorders; middle?: boolean }): TableCell {
  return new TableCell({
    children,
    width: { size: options.width, type: WidthType.DXA },
    ...(options.middle ? { verticalAlign: VerticalAlign.CENTER } : {}),
    ...(options.fill ? { shading: shade(options.fill) } : {}),
    ...(options.borders ? { borders: options.borders } : {}),
  });
}

/** A table cell's paragraph: small text from the table style, aligned only when not to the left. */
function cellText(text: string, align: 'left' | 'right' | 'center' | undefined, run: Parameters<typeof runs>[1] = {}): Paragraph {
  return new Paragraph({
    style: TABLE_STYLE,
    ...(align && align !== 'left' ? { alignment: ALIGN[align] } : {}),
    children: runs(text, run),
  });
}

function table(b: Extract<Block, { type: 'table' }>): Table {
  // Table text is 9 pt; each column fits its longest word, or LibreOffice breaks it in the middle ("Adéquati-on").
  const widths = columnWidths(b, CONTENT_DXA / DXA_PER_INCH, 9, (CELL_MARGINS.left + CELL_MARGINS.right) / DXA_PER_INCH + 0.04).map((w) =>
    Math.round(w * DXA_PER_INCH),
  );
  const head = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: b.columns.map((c, i) =>
      cell([cellText(c.label, c.align, { bold: true, color: COLOURS.white })], { fill: COLOURS.navy, width: widths[i]!, middle: true }),
    ),
  });
  const rows = b.rows.map(
    (r, i) =>
      new TableRow({
        cantSplit: true,
        children: r.map((text, j) =>
          cell([cellText(text, b.columns[j]?.align)], { width: widths[j]!, ...(i % 2 ? { fill: COLOURS.zebra } : {}) }),
        ),
      }),
  );
  return new Table({
    rows: [head, ...rows],
    margins: CELL_MARGINS,
    width: { size: CONTENT_DXA, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: RULE, bottom: RULE, left: NONE, right: NONE, insideHorizontal: RULE, insideVertical: NONE },
  });
}

/** Tinted boxes in a borderless table: key figures, callouts, 2 × 2 grids. */
function boxes(cells: { fill: string; accent: string; children: Paragraph[] }[][], columns: number): Table {
  const width = Math.round(CONTENT_DXA / columns);
  const accent = (colour: string) => ({
    top: NONE,
    bottom: NONE,
    right: { style: BorderStyle.SINGLE, size: 24, color: 'FFFFFF' },
    left: { style: BorderStyle.SINGLE, size: 24, color: colour },
  });
  return new Table({
    margins: CELL_MARGINS,
    width: { size: CONTENT_DXA, type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => width),
    layout: TableLayoutType.FIXED,
    borders: {
      top: NONE,
      bottom: NONE,
      left: NONE,
      right: NONE,
      insideHorizontal: { style: BorderStyle.SINGLE, size: 24, color: 'FFFFFF' },
      insideVertical: NONE,
    },
    rows: cells.map(
      (row) =>
        new TableRow({ cantSplit: true, children: row.map((c) => cell(c.children, { fill: c.fill, width, borders: accent(c.accent) })) }),
    ),
  });
}

const toneBox = (tone: Tone, children: Paragraph[]) => ({ fill: TONES[tone].bg, accent: TONES[tone].fg, children });

function chart(b: Extract<Block, { type: 'chart' }>): Paragraph {
  const font = { name: 'Calibri', size: 9, color: COLOURS.body };
  const title = { text: b.title, font: { name: 'Calibri', size: 11, bold: true, color: COLOURS.navy } };
  const series = b.series[0]!;
  const run =
    b.chart === 'pie'
      ? new ChartRun({
          type: 'doughnut',
          title,
          categories: b.labels,
          holeSize: 55,
          transformation: { width: 600, height: 280 },
          series: [{ name: series.name, values: series.values, colors: b.labels.map((_, i) => PALETTE[i % PALETTE.length]!) }],
          legend: { position: 'right', font },
          dataLabels: { percentage: true, font: { ...font, color: COLOURS.white } },
        })
      : new ChartRun({
          type: 'bar',
          title,
          categories: b.labels,
          transformation: { width: 600, height: Math.max(160, 70 + b.labels.length * (b.series.length > 1 ? 60 : 38)) },
          series:
            b.series.length > 1
              ? b.series.map((x, k) => ({ name: x.name, values: x.values, color: [COLOURS.muted, COLOURS.teal, COLOURS.navy][k % 3]! }))
              : [
                  {
                    name: series.name,
                    values: series.values,
                    colors: b.labels.map((_, i) => (b.tones?.[i] ? TONE_BAR[b.tones[i]!] : PALETTE[i % PALETTE.length]!)),
                  },
                ],
          legend: b.series.length > 1 ? { position: 'top', font } : false,
          dataLabels: { value: true, numberFormat: b.numberFormat, font },
          categoryAxis: { reverseOrder: true, font },
          valueAxis: { visible: false, gridlines: false },
        });
  return new Paragraph({ children: [run], spacing: { before: 120, after: 200 } });
}

/** Word content for one block; `sep` goes between a bold label and its text. */
export function blockContent(b: Block, sep: string): (Paragraph | Table)[] {
  switch (b.type) {
    case 'heading':
      return [new Paragraph({ heading: 'Heading2', keepNext: true, children: runs(b.text) })];
    case 'paragraph': {
      const style =
        b.style === 'muted' ? { italics: true, color: COLOURS.muted } : b.style === 'lead' ? { size: 24, color: COLOURS.ink } : {};
      return [
        new Paragraph({
          spacing: { after: 140 },
          children: [
            ...(b.label ? runs(`${b.label}${sep}`, { bold: true, color: COLOURS.navy, ...(b.style === 'lead' ? { size: 24 } : {}) }) : []),
            ...runs(b.text, style),
          ],
        }),
      ];
    }
    case 'bullets':
      return b.items.map(
        (i) =>
          new Paragraph({
            numbering: { reference: BULLETS, level: 0 },
            spacing: { after: 80 },
            children: [...(i.label ? runs(`${i.label}${sep}`, { bold: true, color: COLOURS.navy }) : []), ...runs(i.text)],
          }),
      );
    case 'table':
      return [table(b), new Paragraph({ spacing: { after: 120 }, children: [] })];
    case 'keyFigures': {
      const perRow = Math.min(3, b.items.length);
      const rows: ReturnType<typeof toneBox>[][] = [];
      b.items.forEach((item, i) => {
        if (i % perRow === 0) rows.push([]);
        rows[rows.length - 1]!.push(
          toneBox(item.tone, [
            new Paragraph({ children: runs(item.value, { bold: true, size: 36, color: TONES[item.tone].fg }) }),
            new Paragraph({ children: runs(item.label, { size: 17, color: COLOURS.muted }) }),
          ]),
        );
      });
      while (rows[rows.length - 1]!.length < perRow)
        rows[rows.length - 1]!.push({ fill: 'FFFFFF', accent: 'FFFFFF', children: [new Paragraph({ children: [] })] });
      return [boxes(rows, perRow), new Paragraph({ spacing: { after: 120 }, children: [] })];
    }
    case 'callout':
      return [
        boxes(
          [
            [
              toneBox(b.tone, [
                new Paragraph({ children: runs(b.title, { bold: true, color: TONES[b.tone].fg }) }),
                new Paragraph({ children: runs(b.text) }),
              ]),
            ],
          ],
          1,
        ),
        new Paragraph({ spacing: { after: 120 }, children: [] }),
      ];
    case 'quadrants': {
      const q = (i: number) => {
        const c = b.cells[i]!;
        return toneBox(c.tone, [
          new Paragraph({ spacing: { after: 60 }, children: runs(c.title, { bold: true, color: TONES[c.tone].fg }) }),
          ...c.items.map((t) => new Paragraph({ numbering: { reference: BULLETS, level: 0 }, children: runs(t, { size: 18 }) })),
        ]);
      };
      const axes = [b.yAxis, b.xAxis].filter(Boolean).join(' · ');
      return [
        boxes(
          [
            [q(0), q(1)],
            [q(2), q(3)],
          ],
          2,
        ),
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          spacing: { after: 160 },
          children: axes ? runs(axes, { size: 16, color: COLOURS.muted, italics: true }) : [],
        }),
      ];
    }
    case 'chart':
      return [chart(b)];
    case 'chain':
      return blockContent(chainTable(b), sep);
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}
