// The format-neutral outline of the strategy: blocks, sections, the document and the deck built from them.
import type { Language } from '../model';
import type { SectionId } from './sections-ids';

export type Tone = 'neutral' | 'good' | 'warning' | 'danger';

export interface BulletItem {
  /** A bold lead-in ("Pourquoi :"), optional. */
  label?: string;
  text: string;
}

export interface TableColumn {
  label: string;
  /** Relative width; columns share the width in proportion. */
  weight: number;
  align?: 'left' | 'right' | 'center';
}

export interface ChartSeries {
  name: string;
  values: number[];
  /** Each value formatted for display ("12 000 €"). */
  display: string[];
}

export interface Quadrant {
  title: string;
  items: string[];
  tone: Tone;
}

export type Block =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string; label?: string; style?: 'lead' | 'muted' }
  | { type: 'bullets'; items: BulletItem[] }
  | { type: 'table'; columns: TableColumn[]; rows: string[][]; caption?: string }
  | { type: 'keyFigures'; items: { value: string; label: string; tone: Tone }[] }
  | {
      type: 'chart';
      chart: 'bar' | 'pie';
      title: string;
      labels: string[];
      series: ChartSeries[];
      /** A tone per label when the colours carry meaning (needed vs available); the palette otherwise. */
      tones?: Tone[];
      /** Each label's share of the total, formatted ("54 %"), for pies. */
      shares?: string[];
      /** An Excel number format for native charts ('#,##0 "€"'). */
      numberFormat: string;
    }
  | { type: 'callout'; tone: Tone; title: string; text: string }
  /** Four boxes: top-left, top-right, bottom-left, bottom-right; axes name what grows rightwards and upwards. */
  | { type: 'quadrants'; cells: [Quadrant, Quadrant, Quadrant, Quadrant]; xAxis?: string; yAxis?: string }
  /** The strategy chain read left to right: a header per column, then one lane per objective, each cell its items. */
  | { type: 'chain'; columns: string[]; lanes: string[][][] }
  | { type: 'pageBreak' };

export type BlockType = Block['type'];

export interface Section {
  id: Exclude<SectionId, 'cover'>;
  /** Numbered in reading order among the sections included. */
  number: number;
  title: string;
  blocks: Block[];
}

export interface Cover {
  kicker: string;
  title: string;
  subtitle: string;
  organisation: string;
  dateLabel: string;
  facts: { label: string; value: string }[];
  preparedWith: string;
}

/** Words the renderers put around the content (page numbers, contents), already in the outline's language. */
export interface Chrome {
  contents: string;
  /** "Page {n} / {total}": renderers replace {n} and {total}. */
  pageOf: string;
  continued: string;
  documentKind: string;
  deckKind: string;
  /** Between a bold label and its text: ' : ' in French, ': ' in English. */
  labelSep: string;
  /** The short name put in running headers and footers. */
  running: string;
}

export interface Outline {
  language: Language;
  title: string;
  organisation: string;
  cover: Cover | null;
  sections: Section[];
  chrome: Chrome;
}

export type SlideLayout = 'title' | 'stack' | 'split';

export interface Slide {
  id: string;
  section: SectionId;
  layout: SlideLayout;
  /** Small line above the title: the section's name. */
  kicker: string;
  /** The takeaway, as a sentence. */
  title: string;
  /** The main column (the whole width unless the layout is 'split'). */
  blocks: Block[];
  /** The right-hand column of a 'split' slide. */
  side?: Block[];
  /** What the facilitator says, with the arguments for skeptical directors and their sources. */
  notes: string;
}

export interface Deck {
  language: Language;
  title: string;
  organisation: string;
  slides: Slide[];
  chrome: Chrome;
}

export interface DocumentOptions {
  language: Language;
  /** Sections to include, in any order; all when absent. */
  sections?: readonly SectionId[];
}
