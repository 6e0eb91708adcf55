// The deck's closing picture: the strategy as one chain, objective to owner, drawn left to right; none without a chain.
import { sourceById } from '../../catalogue/sources';
import type { Language } from '../../model';
import { chainBlock } from '../blocks/chain';
import { presentedChain } from '../chain';
import type { Facts } from '../facts';
import { joinList } from '../format';
import { plural, tr } from '../text';
import { CHAIN_SOURCES, CHAIN_TEXT } from '../text/chain';
import { WORDS } from '../text/labels';
import { NOTE_PARTS } from '../text/notes';
import type { Slide } from '../types';

/** Lanes a slide holds and stays readable from the back of the room. */
const MAX_LANES = 4;

export function chainSlide(f: Facts, language: Language): Slide | null {
  const lanes = presentedChain(f.input.cards, f.input.links);
  if (lanes.length === 0) return null;
  const shown = lanes.slice(0, MAX_LANES);
  const rest = lanes.length - shown.length;
  const refs = CHAIN_SOURCES.map((s) => tr(language, WORDS.sourceRef, { id: s, title: sourceById(s)?.title ?? s }));
  return {
    id: 'chain',
    section: 'decisions',
    layout: 'stack',
    kicker: tr(language, CHAIN_TEXT.kicker),
    title: tr(language, CHAIN_TEXT.title),
    blocks: [
      chainBlock(shown, language),
      ...(rest > 0
        ? [
            {
              type: 'paragraph' as const,
              style: 'muted' as const,
              text: plural(language, rest, CHAIN_TEXT.moreLanes, CHAIN_TEXT.moreLanesMany),
            },
          ]
        : []),
    ],
    notes: [tr(language, CHAIN_TEXT.note), tr(language, NOTE_PARTS.sources, { list: joinList(language, refs) })].join('\n\n'),
  };
}
