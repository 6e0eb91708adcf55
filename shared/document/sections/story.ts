// The document's parts of the case that the deck shares: the decision asked, before and after, the asks and open decisions.
import type { Language } from '../../model';
import { answerItems, quoted } from '../answers';
import { beforeAfterSlide, decisionSlide } from '../deck/opening';
import type { Facts } from '../facts';
import { asks, openDecisions } from '../story/asks';
import { tr } from '../text';
import { HEADINGS } from '../text/sections';
import { STORY } from '../text/story';
import type { Block } from '../types';
import { recommendation, summarySentences } from './summary';

/** The decision asked, in the deck's words, with the key figures, the summary sentences and the recommendation. */
export function decisionBlocks(f: Facts, language: Language): Block[] {
  const slide = decisionSlide(f, language);
  const reco = recommendation(f, language);
  const figures = slide.blocks.find((b) => b.type === 'keyFigures');
  return [
    { type: 'paragraph', style: 'lead', text: slide.title },
    ...(figures ? [figures] : []),
    { type: 'bullets', items: summarySentences(f, language).map((text) => ({ text })) },
    ...(reco ? [reco] : []),
  ];
}

export function beforeAfterBlocks(f: Facts, language: Language): Block[] {
  const slide = beforeAfterSlide(f, language);
  return slide ? [{ type: 'paragraph', style: 'lead', text: slide.title }, ...slide.blocks] : [];
}

/** Every ask with its owner and date, the decisions still to take, the next steps. */
export function asksBlocks(f: Facts, language: Language): Block[] {
  const blocks: Block[] = [];
  const reco = recommendation(f, language);
  if (reco) blocks.push(reco);
  blocks.push({
    type: 'table',
    columns: [
      { label: tr(language, STORY.colAsk), weight: 3.6 },
      { label: tr(language, STORY.colOwner), weight: 1.6 },
      { label: tr(language, STORY.colDue), weight: 1.1 },
    ],
    rows: asks(f, language).map((a) => [a.text, a.owner, a.due]),
  });
  blocks.push(...quoted(f, language, ['risks.decisionMeeting']));
  const open = openDecisions(f, language);
  if (open.length)
    blocks.push(
      { type: 'heading', text: tr(language, STORY.openTitle) },
      { type: 'paragraph', style: 'muted', text: tr(language, STORY.openIntro) },
      {
        type: 'table',
        columns: [
          { label: tr(language, STORY.colTopic), weight: 3.4 },
          { label: tr(language, STORY.colOwner), weight: 1.6 },
          { label: tr(language, STORY.colDue), weight: 1.2 },
        ],
        rows: open.map((o) => [o.topic, o.who, o.when]),
      },
    );
  const next = answerItems(f, language, 'risks.nextSteps');
  if (next.length)
    blocks.push({ type: 'heading', text: tr(language, HEADINGS.nextSteps) }, { type: 'bullets', items: next.map((text) => ({ text })) });
  return blocks;
}
