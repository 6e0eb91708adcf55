// The deck: 16 slides along the document's line, from the same facts, each with speaker notes.
import { analyse, type DocumentInput, type Facts } from '../facts';
import { chrome } from '../outline';
import { organisationOf } from '../sections/summary';
import type { SectionId } from '../sections-ids';
import type { Deck, DocumentOptions, Slide } from '../types';
import {
  budgetSlide,
  calendarSlide,
  decisionsSlide,
  governanceSlide,
  kpisSlide,
  risksSlide,
  stakeholdersSlide,
  swotSlide,
} from './closing';
import {
  channelsSlide,
  contentSlide,
  listeningSlide,
  objectivesSlide,
  summarySlide,
  targetsSlide,
  titleSlide,
  whyNowSlide,
} from './opening';

const BUILDERS: ((f: Facts, o: DeckOptions) => Slide)[] = [
  (f, o) => titleSlide(f, o.language, o.generatedOn),
  (f, o) => summarySlide(f, o.language),
  (f, o) => whyNowSlide(f, o.language),
  (f, o) => objectivesSlide(f, o.language),
  (f, o) => targetsSlide(f, o.language),
  (f, o) => listeningSlide(f, o.language),
  (f, o) => channelsSlide(f, o.language),
  (f, o) => contentSlide(f, o.language),
  (f, o) => calendarSlide(f, o.language),
  (f, o) => stakeholdersSlide(f, o.language),
  (f, o) => governanceSlide(f, o.language),
  (f, o) => swotSlide(f, o.language),
  (f, o) => budgetSlide(f, o.language),
  (f, o) => kpisSlide(f, o.language),
  (f, o) => risksSlide(f, o.language),
  (f, o) => decisionsSlide(f, o.language),
];

export interface DeckOptions extends DocumentOptions {
  generatedOn?: string;
}

/** Slides of the sections asked for (the title slide always), in the document's order. */
export function deckFromFacts(f: Facts, options: DeckOptions): Deck {
  const wanted = options.sections ? new Set<SectionId>(options.sections) : null;
  const slides = BUILDERS.map((build) => build(f, options)).filter((s) => s.section === 'cover' || !wanted || wanted.has(s.section));
  const c = chrome(f, options.language);
  return { language: options.language, title: f.input.workshop.title, organisation: organisationOf(f), slides, chrome: c };
}

export function buildDeck(input: DocumentInput, options: DeckOptions): Deck {
  return deckFromFacts(analyse(input), options);
}
