// Card search: accents and case ignored, every word required, title before text before field, steps' order on ties.
import { describe, expect, it } from 'vitest';
import { card } from '../../stores/fixtures';
import { fold, queryWords } from './fold';
import { MATCH_LIMIT, matchCards } from './matchCards';

const ids = (matches: { card: { id: string } }[]) => matches.map((m) => m.card.id);

const CARDS = [
  card('reseaux', { step: 'context', kind: 'note', title: 'Présence sur les réseaux sociaux', body: 'Aucun compte vraiment actif.' }),
  card('camille', {
    step: 'resources',
    kind: 'person',
    title: 'Camille Roux',
    body: 'Elle répond aux avis Google et anime les réseaux le mardi.',
  }),
  card('insta', {
    step: 'channels',
    kind: 'channel',
    title: 'Instagram',
    body: '',
    fields: { platform: 'instagram', formats: ['Reels', 'Carrousels de recettes'], monitoredBy: 'Camille' },
  }),
  card('notoriete', {
    step: 'objectives',
    kind: 'objective',
    title: 'Se faire connaître hors de Normandie',
    fields: { type: 'awareness', target: 12000, metric: 'Abonnés Instagram' },
  }),
  card('oeuvre', { step: 'context', kind: 'note', title: 'Le savoir-faire d’œuvre familiale', body: '' }),
];

describe('fold', () => {
  it('drops case and accents, spells out ligatures and makes apostrophes and spaces plain', () => {
    expect(fold('Réseaux SOCIAUX d’Œuvre\u202F: Noël')).toBe("reseaux sociaux d'oeuvre : noel");
    expect(queryWords('  Réseaux   réseaux sociaux ')).toEqual(['reseaux', 'sociaux']);
  });
});

describe('matchCards', () => {
  it('finds nothing for an empty or blank query', () => {
    expect(matchCards(CARDS, '', 'fr')).toEqual([]);
    expect(matchCards(CARDS, '   ', 'fr')).toEqual([]);
  });

  it('ignores accents and case both ways', () => {
    expect(ids(matchCards(CARDS, 'reseaux', 'fr'))).toEqual(['reseaux', 'camille']);
    expect(ids(matchCards(CARDS, 'RÉSEAUX', 'fr'))).toEqual(['reseaux', 'camille']);
    expect(ids(matchCards(CARDS, 'connaitre', 'fr'))).toEqual(['notoriete']);
    expect(ids(matchCards(CARDS, "d'oeuvre", 'fr'))).toEqual(['oeuvre']);
  });

  it('wants every word, each anywhere in the card', () => {
    expect(ids(matchCards(CARDS, 'camille google', 'fr'))).toEqual(['camille']);
    expect(ids(matchCards(CARDS, 'instagram recettes', 'fr'))).toEqual(['insta']);
    expect(matchCards(CARDS, 'camille tiktok', 'fr')).toEqual([]);
  });

  it('puts a title hit before a text hit before a field hit, whatever the step', () => {
    // "Camille" is a title on resources, a field of a card on channels (an earlier step).
    expect(ids(matchCards(CARDS, 'camille', 'fr'))).toEqual(['camille', 'insta']);
    // "Instagram" is a title on channels and a field value on objectives (earlier).
    const instagram = matchCards(CARDS, 'instagram', 'fr');
    expect(ids(instagram)).toEqual(['insta', 'notoriete']);
    expect(instagram.map((m) => m.place)).toEqual([{ in: 'title' }, { in: 'field', key: 'metric' }]);
  });

  it('keeps the steps’ order, then the titles’ order, between equal hits', () => {
    const cards = [
      card('late', { step: 'risks', kind: 'risk', title: 'Avis négatifs' }),
      card('b', { step: 'context', kind: 'note', title: 'Bons avis' }),
      card('a', { step: 'context', kind: 'note', title: 'Avis clients' }),
    ];
    expect(ids(matchCards(cards, 'avis', 'fr'))).toEqual(['a', 'b', 'late']);
  });

  it('reads choices by their label in the language, numbers and lists as written', () => {
    expect(ids(matchCards(CARDS, 'notoriété', 'fr'))).toEqual(['notoriete']);
    expect(ids(matchCards(CARDS, 'awareness', 'en'))).toEqual(['notoriete']);
    expect(ids(matchCards(CARDS, '12000', 'fr'))).toEqual(['notoriete']);
    const reels = matchCards(CARDS, 'reels', 'fr');
    expect(reels.map((m) => m.place)).toEqual([{ in: 'field', key: 'formats' }]);
    expect(reels[0]?.snippet).toEqual({ before: '', hit: 'Reels', after: ', Carrousels de recettes' });
  });

  it('shows the place of the word found furthest from the title, with its accents', () => {
    const [match] = matchCards(CARDS, 'camille reseaux', 'fr');
    expect(match?.place).toEqual({ in: 'body' });
    expect(match?.snippet).toEqual({ before: '…répond aux avis Google et anime les ', hit: 'réseaux', after: ' le mardi.' });
  });

  it('cuts a long text around the hit', () => {
    const body = `${'mot '.repeat(40)}la cible principale ${'suite '.repeat(40)}`;
    const [match] = matchCards([card('long', { body })], 'principale', 'fr');
    expect(match?.snippet.hit).toBe('principale');
    expect(match?.snippet.before.startsWith('…')).toBe(true);
    expect(match?.snippet.after.endsWith('…')).toBe(true);
    expect(match!.snippet.before.length + match!.snippet.after.length).toBeLessThan(120);
  });

  it(`returns at most ${MATCH_LIMIT} cards`, () => {
    const many = Array.from({ length: 50 }, (_, i) => card(`c${i}`, { title: `Idée ${i}` }));
    expect(matchCards(many, 'idee', 'fr')).toHaveLength(MATCH_LIMIT);
    expect(matchCards(many, 'idee', 'fr', 5)).toHaveLength(5);
  });
});
