// The strategy chain as a block: the deck draws it as a picture; text formats read it as a table, a lane per row.
import type { Card, Language } from '../../model';
import { CHAIN_COLUMNS, type ChainLane } from '../chain';
import { clip } from '../format';
import { tr } from '../text';
import { CHAIN_HEADS } from '../text/chain';
import { WORDS } from '../text/labels';
import type { Block } from '../types';
import { nameOf } from './common';

type Chain = Extract<Block, { type: 'chain' }>;

/** The chain of `lanes`, at most `maxItems` names a cell (the last one says how many more), each name clipped. */
export function chainBlock(lanes: readonly ChainLane[], language: Language, maxItems = 3, maxChars = 60): Chain {
  const names = (cards: Card[]) => {
    const all = cards.map((c) => clip(nameOf(c, language), maxChars));
    return all.length <= maxItems ? all : [...all.slice(0, maxItems - 1), tr(language, WORDS.moreShort, { n: all.length - maxItems + 1 })];
  };
  return {
    type: 'chain',
    columns: CHAIN_COLUMNS.map((c) => tr(language, CHAIN_HEADS[c])),
    lanes: lanes.map((lane) => CHAIN_COLUMNS.map((c) => names(lane.columns[c]))),
  };
}

/** The same chain as a table, for the formats that do not draw (Markdown, DOCX, the document PDF). */
export function chainTable(b: Chain): Extract<Block, { type: 'table' }> {
  return {
    type: 'table',
    columns: b.columns.map((label) => ({ label, weight: 1 })),
    rows: b.lanes.map((lane) => lane.map((items) => (items.length ? items.join(' · ') : '—'))),
  };
}
