// The strategy document as Markdown (CommonMark with pipe tables), from the outline.
import { chainTable, type Block, type Outline } from '../../../shared/document';

/** Escapes what Markdown would read as markup, so user text stays text. */
export function escapeMd(text: string): string {
  return text
    .replace(/([\\`*_[\]<>|~])/g, '\\$1')
    .replace(/^(\s*)([#+\-=>])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

/** Text on several lines kept inside one paragraph (hard line breaks). */
const inline = (text: string) => escapeMd(text.trim()).replace(/\r?\n+/g, '  \n');
const cell = (text: string) => escapeMd(text).replace(/\r?\n+/g, ' ');

function table(columns: string[], rows: string[][], aligns: ('left' | 'right' | 'center' | undefined)[]): string[] {
  const rule = aligns.map((a) => (a === 'right' ? '---:' : a === 'center' ? ':---:' : '---'));
  return [`| ${columns.map(cell).join(' | ')} |`, `| ${rule.join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)];
}

function block(b: Block, sep: string): string[] {
  switch (b.type) {
    case 'heading':
      return [`### ${inline(b.text)}`];
    case 'paragraph': {
      const text = inline(b.text);
      const body = b.label ? `**${inline(b.label)}**${sep}${text}` : text;
      return [b.style === 'muted' ? `*${body}*` : body];
    }
    case 'bullets':
      return b.items.map((i) => `- ${i.label ? `**${inline(i.label)}**${sep}` : ''}${inline(i.text)}`);
    case 'table':
      return table(
        b.columns.map((c) => c.label),
        b.rows,
        b.columns.map((c) => c.align),
      );
    case 'keyFigures':
      return b.items.map((i) => `- **${inline(i.value)}** ${inline(i.label)}`);
    case 'chart':
      return [
        `**${inline(b.title)}**`,
        '',
        ...table(
          ['', ...b.series.map((s) => s.name)],
          b.labels.map((l, i) => [l, ...b.series.map((s) => s.display[i] ?? '')]),
          [undefined, ...b.series.map(() => 'right' as const)],
        ),
      ];
    case 'callout':
      return [
        `> **${inline(b.title)}**`,
        '>',
        ...inline(b.text)
          .split('\n')
          .map((l) => `> ${l}`),
      ];
    case 'quadrants':
      return b.cells
        .flatMap((q) => [`**${inline(q.title)}**`, '', ...(q.items.length ? q.items.map((i) => `- ${inline(i)}`) : ['- —']), ''])
        .slice(0, -1);
    case 'chain':
      return block(chainTable(b), sep);
    case 'pageBreak':
      return ['---'];
  }
}

export function renderMarkdown(outline: Outline): string {
  const out: string[] = [];
  if (outline.cover) {
    const c = outline.cover;
    out.push(`# ${inline(c.title)}`, '', `**${inline(c.kicker)}** — ${inline(c.subtitle)}`, '');
    if (c.dateLabel) out.push(`*${inline(c.dateLabel)}*`, '');
    out.push(
      ...c.facts.map((x) => `- ${inline(x.label)}${outline.chrome.labelSep}**${inline(x.value)}**`),
      '',
      `*${inline(c.preparedWith)}*`,
      '',
    );
  } else {
    out.push(`# ${inline(outline.organisation)}`, '');
  }
  for (const s of outline.sections) {
    out.push(`## ${s.number}. ${inline(s.title)}`, '');
    for (const b of s.blocks) out.push(...block(b, outline.chrome.labelSep), '');
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
