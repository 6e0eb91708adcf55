// Builds the strategy document's outline from a workshop: the case of DESIGN 6 in its order, in one language.
import type { Language } from '../model';
import { analyse, type DocumentInput, type Facts } from './facts';
import { SECTION_IDS, type SectionId } from './sections-ids';
import { calendarBlocks, contentBlocks } from './sections/delivery';
import { appendixBlocks, risksBlocks } from './sections/close';
import { asksBlocks, beforeAfterBlocks, decisionBlocks } from './sections/story';
import { whyNowBlocks } from './sections/context';
import { budgetBlocks, kpisBlocks } from './sections/money';
import { governanceBlocks, stakeholdersBlocks, swotBlocks } from './sections/org';
import { channelsBlocks, listeningBlocks, objectivesBlocks, targetsBlocks } from './sections/plan';
import { cover, organisationOf } from './sections/summary';
import { tr } from './text';
import { WORDS } from './text/labels';
import { SECTION_TITLES } from './text/sections';
import type { Block, Chrome, DocumentOptions, Outline, Section } from './types';

type BodyId = Exclude<SectionId, 'cover'>;

const BUILDERS: Record<BodyId, (f: Facts, language: Language) => Block[]> = {
  summary: decisionBlocks,
  whyNow: whyNowBlocks,
  beforeAfter: beforeAfterBlocks,
  objectives: objectivesBlocks,
  targets: targetsBlocks,
  listening: listeningBlocks,
  channels: channelsBlocks,
  content: contentBlocks,
  calendar: calendarBlocks,
  stakeholders: stakeholdersBlocks,
  governance: governanceBlocks,
  swot: swotBlocks,
  budget: budgetBlocks,
  kpis: kpisBlocks,
  risks: risksBlocks,
  decisions: asksBlocks,
  appendix: appendixBlocks,
};

export function chrome(f: Facts, language: Language): Chrome {
  return {
    contents: tr(language, WORDS.contents),
    pageOf: tr(language, WORDS.pageOf),
    continued: tr(language, WORDS.continued),
    labelSep: tr(language, WORDS.labelSep),
    documentKind: tr(language, WORDS.documentKind),
    deckKind: tr(language, WORDS.deckKind),
    running: `${organisationOf(f)} · ${tr(language, WORDS.documentKind)}`,
  };
}

/** A long table or list cut to `limit` rows, the last saying how many more the complete record (Markdown) holds. */
function capBlock(b: Block, limit: number, language: Language): Block {
  const more = (n: number) => tr(language, WORDS.moreInRecord, { n });
  if (b.type === 'table' && b.rows.length > limit) {
    const kept = b.rows.slice(0, limit - 1);
    return { ...b, rows: [...kept, [more(b.rows.length - kept.length), ...b.columns.slice(1).map(() => '')]] };
  }
  if (b.type === 'bullets' && b.items.length > limit) {
    const kept = b.items.slice(0, limit - 1);
    return { ...b, items: [...kept, { text: more(b.items.length - kept.length) }] };
  }
  return b;
}

export interface OutlineOptions extends DocumentOptions {
  /**
   * Rows a table or list keeps in a paged document (DOCX, PDF): a director reads the first ones; the Markdown export
   * keeps every row. None when absent.
   */
  rowLimit?: number;
  /** The day the document is produced (YYYY-MM-DD), shown when the workshop has no date. */
  generatedOn?: string;
}

/** The outline from facts already computed (the deck reuses them). */
export function outlineFromFacts(f: Facts, options: OutlineOptions): Outline {
  const { language } = options;
  const wanted = new Set<SectionId>(options.sections ?? SECTION_IDS);
  const sections: Section[] = [];
  for (const id of SECTION_IDS) {
    if (id === 'cover' || !wanted.has(id)) continue;
    const blocks = BUILDERS[id](f, language);
    // A section with nothing to say is left out; what the group left open is listed under the asks.
    if (blocks.length === 0) continue;
    const limit = options.rowLimit;
    sections.push({
      id,
      number: sections.length + 1,
      title: tr(language, SECTION_TITLES[id]),
      blocks: limit ? blocks.map((b) => capBlock(b, limit, language)) : blocks,
    });
  }
  return {
    language,
    title: f.input.workshop.title,
    organisation: organisationOf(f),
    cover: wanted.has('cover') ? cover(f, language, options.generatedOn) : null,
    sections,
    chrome: chrome(f, language),
  };
}

export function buildOutline(input: DocumentInput, options: OutlineOptions): Outline {
  return outlineFromFacts(analyse(input), options);
}
