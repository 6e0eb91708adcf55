// The deck: the case in the order a skeptical director reads it, from the same facts as the document, each slide with notes.
import { analyse, type DocumentInput, type Facts } from '../facts';
import { chrome } from '../outline';
import { organisationOf } from '../sections/summary';
import type { SectionId } from '../sections-ids';
import type { Deck, DocumentOptions, Slide } from '../types';
import { chainSlide } from './chain';
import { asksSlide, kpisSlide, moneySlide, openSlide, risksSlide, swotSlide } from './closing';
import { channelsSlide, listeningSlide, objectivesSlide, targetsSlide } from './decided';
import { beforeAfterSlide, costSlide, decisionSlide, titleSlide } from './opening';
import { calendarSlide, contentSlide, stakeholdersSlide, teamSlide } from './plan';

/**
 * The line: the decision we ask for; what doing nothing costs; before and after; what we decided and why; the plan;
 * money and return; risks as they are; what is still open; the asks; the chain as the closing picture. A builder returns null when it has nothing to say.
 */
const BUILDERS: ((f: Facts, o: DeckOptions) => Slide | null)[] = [
  (f, o) => titleSlide(f, o.language, o.generatedOn),
  (f, o) => decisionSlide(f, o.language),
  (f, o) => costSlide(f, o.language),
  (f, o) => beforeAfterSlide(f, o.language),
  (f, o) => objectivesSlide(f, o.language),
  (f, o) => targetsSlide(f, o.language),
  (f, o) => listeningSlide(f, o.language),
  (f, o) => channelsSlide(f, o.language),
  (f, o) => calendarSlide(f, o.language),
  (f, o) => contentSlide(f, o.language),
  (f, o) => teamSlide(f, o.language),
  (f, o) => stakeholdersSlide(f, o.language),
  (f, o) => moneySlide(f, o.language),
  (f, o) => kpisSlide(f, o.language),
  (f, o) => risksSlide(f, o.language),
  (f, o) => swotSlide(f, o.language),
  (f, o) => openSlide(f, o.language),
  (f, o) => asksSlide(f, o.language),
  // The closing picture: the whole strategy as one chain, what the room leaves with.
  (f, o) => chainSlide(f, o.language),
];

/** DESIGN §6: a deck of 12 to 18 slides. */
const MAX_SLIDES = 18;
/** Past the limit, the slides a director can best do without leave first, in this order (they stay in the document). */
const EXPENDABLE = ['swot', 'stakeholders', 'listening'];

export interface DeckOptions extends DocumentOptions {
  generatedOn?: string;
}

/** Slides of the sections asked for (the title slide always), in the case's order; none without content. */
export function deckFromFacts(f: Facts, options: DeckOptions): Deck {
  const wanted = options.sections ? new Set<SectionId>(options.sections) : null;
  let slides = BUILDERS.map((build) => build(f, options)).filter(
    (s): s is Slide => s !== null && (s.section === 'cover' || !wanted || wanted.has(s.section)),
  );
  for (const id of EXPENDABLE) if (slides.length > MAX_SLIDES) slides = slides.filter((s) => s.id !== id);
  const c = chrome(f, options.language);
  return { language: options.language, title: f.input.workshop.title, organisation: organisationOf(f), slides, chrome: c };
}

export function buildDeck(input: DocumentInput, options: DeckOptions): Deck {
  return deckFromFacts(analyse(input), options);
}
