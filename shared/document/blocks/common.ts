// Small helpers the block builders share: card names, table cells, enum labels, table trimming.
import type { Option } from '../../catalogue/types';
import type { Card, Language } from '../../model';
import { optionLabel } from '../answers';
import { clip } from '../format';
import { tr, type Text } from '../text';
import { WORDS } from '../text/labels';
import type { Block, TableColumn } from '../types';

export type Table = Extract<Block, { type: 'table' }>;

/** The card's title, or "(untitled)". */
export function nameOf(card: Card, language: Language): string {
  return card.title.trim() || tr(language, WORDS.untitled);
}

/** A table cell: one line of at most `max` characters, a dash when empty. */
export function cell(language: Language, text: string | undefined | null, max = 280): string {
  const flat = (text ?? '').trim();
  return flat === '' ? tr(language, WORDS.none) : clip(flat, max);
}

/** The label of an enum value stored in a card field. */
export function labelOf(options: readonly Option[], value: unknown, language: Language): string | undefined {
  return typeof value === 'string' && value !== '' ? optionLabel(options, value, language) : undefined;
}

export function columns(language: Language, spec: [Text, number, TableColumn['align']?][]): TableColumn[] {
  return spec.map(([label, weight, align]) =>
    align ? { label: tr(language, label), weight, align } : { label: tr(language, label), weight },
  );
}

/** The table cut to `max` rows, the last saying how many were left out; cells clipped for a slide. */
export function trimTable(table: Table, language: Language, max: number, cellMax = 90): Table {
  const rows = table.rows.map((r) => r.map((c) => clip(c, cellMax)));
  if (rows.length <= max) return { ...table, rows };
  const shown = rows.slice(0, max - 1);
  const more = tr(language, WORDS.more, { n: rows.length - shown.length });
  return { ...table, rows: [...shown, [more, ...table.columns.slice(1).map(() => '')]] };
}

/** Bullets cut to `max` items, the last saying how many were left out. */
export function trimItems<T extends { text: string }>(
  items: T[],
  language: Language,
  max: number,
  textMax = 140,
): { text: string; label?: string }[] {
  const clipped = items.map((i) => ({ ...i, text: clip(i.text, textMax) }));
  if (clipped.length <= max) return clipped;
  return [...clipped.slice(0, max - 1), { text: tr(language, WORDS.more, { n: clipped.length - max + 1 }) }];
}

/** A chart says something only with two values or more that differ; otherwise a figure says it better. */
export function meaningful<B extends Block>(chart: B | null): B | null {
  if (!chart || chart.type !== 'chart') return chart;
  const values = chart.series.flatMap((x) => x.values);
  if (chart.labels.length < 2 || values.every((v) => v <= 0)) return null;
  if (chart.series.length === 1 && new Set(values).size < 2 && chart.labels.length < 3) return null;
  return chart;
}
