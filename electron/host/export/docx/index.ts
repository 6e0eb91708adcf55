// The strategy document as a .docx: a cover, numbered section headings, running header and page numbers; packed by docx's own Packer.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type ISectionOptions,
} from 'docx';
import type { Outline } from '../../../../shared/document';
import { LOCALES } from '../../../../shared/locale';
import { COLOURS } from '../theme';
import { BULLETS, TABLE_STYLE, blockContent } from './blocks';

const FONT = 'Calibri';

function cover(o: Outline): Paragraph[] {
  const c = o.cover!;
  return [
    new Paragraph({
      spacing: { before: 2400, after: 200 },
      children: [new TextRun({ text: c.kicker.toUpperCase(), bold: true, color: COLOURS.teal, size: 22 })],
    }),
    new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: c.title, bold: true, color: COLOURS.navy, size: 64 })] }),
    new Paragraph({
      spacing: { after: 600 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: COLOURS.teal, space: 12 } },
      children: [new TextRun({ text: c.subtitle, color: COLOURS.body, size: 30 })],
    }),
    ...(c.dateLabel
      ? [
          new Paragraph({
            spacing: { after: 360 },
            children: [new TextRun({ text: c.dateLabel, bold: true, color: COLOURS.navy, size: 22 })],
          }),
        ]
      : []),
    ...c.facts.map(
      (f) =>
        new Paragraph({
          spacing: { after: 80 },
          children: [
            new TextRun({ text: `${f.label}${o.chrome.labelSep}`, color: COLOURS.muted, size: 22 }),
            new TextRun({ text: f.value, bold: true, color: COLOURS.ink, size: 22 }),
          ],
        }),
    ),
    new Paragraph({
      spacing: { before: 1800 },
      children: [new TextRun({ text: c.preparedWith, italics: true, color: COLOURS.muted, size: 18 })],
    }),
  ];
}

/** "{n} / {total}" with Word's page fields in place of the placeholders. */
function pageNumber(template: string): TextRun[] {
  return template
    .split(/(\{n\}|\{total\})/)
    .filter(Boolean)
    .map((part) => {
      if (part === '{n}') return new TextRun({ children: [PageNumber.CURRENT], bold: true, color: COLOURS.navy, size: 16 });
      if (part === '{total}') return new TextRun({ children: [PageNumber.TOTAL_PAGES], bold: true, color: COLOURS.navy, size: 16 });
      return new TextRun({ text: part, color: COLOURS.navy, size: 16 });
    });
}

export function buildDocx(o: Outline): Document {
  const body = o.sections.flatMap((s, i) => [
    new Paragraph({
      heading: 'Heading1',
      pageBreakBefore: i === 0 || s.id === 'risks' || s.id === 'appendix',
      keepNext: true,
      children: [new TextRun({ text: `${String(s.number).padStart(2, '0')}  `, color: COLOURS.teal }), new TextRun({ text: s.title })],
    }),
    ...s.blocks.flatMap((b) => blockContent(b, o.chrome.labelSep)),
  ]);
  const margins = { top: 1300, bottom: 1134, left: 1134, right: 1134, header: 560, footer: 560 };
  const chrome: Partial<ISectionOptions> = {
    headers: {
      default: new Header({
        children: [
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            children: [new TextRun({ text: o.chrome.running, color: COLOURS.muted, size: 16 })],
          }),
        ],
      }),
    },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            border: { top: { style: BorderStyle.SINGLE, size: 4, color: COLOURS.rule, space: 6 } },
            children: pageNumber(o.chrome.pageOf),
          }),
        ],
      }),
    },
  };
  const sections: ISectionOptions[] = [];
  if (o.cover) sections.push({ properties: { page: { margin: margins } }, children: cover(o) });
  sections.push({ properties: { page: { margin: margins } }, ...chrome, children: body.length ? body : [new Paragraph({ children: [] })] });
  const language = { value: LOCALES[o.language] };
  return new Document({
    title: `${o.organisation} · ${o.chrome.documentKind}`,
    creator: 'Socle',
    description: o.chrome.documentKind,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 21, color: COLOURS.body, language },
          paragraph: { spacing: { line: 276, lineRule: LineRuleType.AUTO } },
        },
        heading1: {
          run: { font: FONT, size: 40, bold: true, color: COLOURS.navy },
          paragraph: {
            spacing: { before: 480, after: 240 },
            border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: COLOURS.navy, space: 6 } },
          },
        },
        heading2: { run: { font: FONT, size: 26, bold: true, color: COLOURS.navy }, paragraph: { spacing: { before: 280, after: 120 } } },
      },
      paragraphStyles: [
        {
          id: TABLE_STYLE,
          name: 'Socle table text',
          basedOn: 'Normal',
          run: { size: 18 },
          paragraph: { spacing: { line: 240, lineRule: LineRuleType.AUTO } },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.LEFT,
              style: { run: { color: COLOURS.teal }, paragraph: { indent: { left: 360, hanging: 260 } } },
            },
          ],
        },
      ],
    },
    sections,
  });
}

/** The .docx bytes through docx's public async packer. */
export async function renderDocx(o: Outline): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(buildDocx(o)));
}
