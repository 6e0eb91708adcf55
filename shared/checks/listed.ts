// One finding for every card a rule concerns: "4 canaux ne touchent aucune cible : A, B, C et D".
import type { Card } from '../model';
import type { Text } from '../catalogue/types';
import { count, ids, named, namedAll } from './read';

export interface ListedSay {
  /** The noun, singular and plural, in each language: ['canal', 'canaux'], ['channel', 'channels']. */
  noun: { fr: [string, string]; en: [string, string] };
  /** The sentence for one card, given its quoted name. */
  one: (name: Text) => Text;
  /** The sentence for several, given "4 canaux" and every name. */
  many: (counted: Text, names: Text) => Text;
}

/** The card ids (sorted) and the message naming every card concerned. */
export function listed(cards: readonly Card[], say: ListedSay): { cardIds: string[]; message: Text } {
  const message = cards.length === 1 ? say.one(named(cards[0]!)) : say.many(count(cards.length, say.noun.fr, say.noun.en), namedAll(cards));
  return { cardIds: ids(cards), message };
}
