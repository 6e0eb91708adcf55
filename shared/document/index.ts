// The strategy as one format-neutral outline (document and deck) built from a workshop; pure functions.
export * from './types';
export * from './sections-ids';
export * from './formats';
export { analyse, type BeforeInput, type DocumentInput, type Facts } from './facts';
export { buildOutline, outlineFromFacts, type OutlineOptions } from './outline';
export { buildDeck, deckFromFacts, type DeckOptions } from './deck';
export { formatDate, formatMoney, formatNumber, clip } from './format';
export { buildCalendar, calendarFromFacts, type CalendarEvent, type CalendarExport } from './calendar';
export { CHAIN_COLUMNS, presentedChain, strategyChain, type ChainColumn, type ChainLane } from './chain';
export { chainTable } from './blocks/chain';
