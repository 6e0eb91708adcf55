// The five source articles behind every question, check and piece of evidence (ids S1 to S5).
import type { Source, SourceId } from './types';

export const SOURCES: Source[] = [
  {
    id: 'S1',
    title: 'Les 10 raisons d’échec d’une campagne Social Media',
    date: { fr: 'vers 2017', en: 'about 2017' },
    summary: {
      fr: 'Dix façons de rater une campagne, des objectifs flous à l’absence de bilan, en passant par la veille oubliée et les critiques laissées sans suite.',
      en: 'Ten ways a campaign goes wrong, from vague objectives to no review afterwards, by way of skipped competitive watch and criticism left unhandled.',
    },
  },
  {
    id: 'S2',
    title: '12 Erreurs Social Media que les Marques Commettent',
    date: { fr: 'non daté (milieu des années 2010)', en: 'undated (mid-2010s)' },
    summary: {
      fr: 'Douze erreurs de marques : trop peu de budget et de personnes, pas d’écoute ni de dialogue, manque de transparence, discours trop commercial, impatience.',
      en: 'Twelve brand mistakes: too little budget and staff, no listening or dialogue, lack of transparency, over-commercial talk, impatience.',
    },
  },
  {
    id: 'S3',
    title: '4 causes d’échec des marques sur les médias sociaux',
    date: { fr: 'vers 2010 (cite une étude Forrester de 2009)', en: 'about 2010 (quotes a 2009 Forrester study)' },
    summary: {
      fr: 'Pourquoi il faut convaincre la direction, poser une vraie stratégie, organiser les équipes transverses et choisir des indicateurs de retour sur investissement.',
      en: 'Why management must be convinced, a real strategy set, cross-department teams organised and return-on-investment indicators chosen.',
    },
  },
  {
    id: 'S4',
    // The stored copy carries no headline: this title restates the article's own opening line.
    title: '5 questions à se poser avant de lancer une campagne médias sociaux',
    date: { fr: 'non daté (milieu des années 2010)', en: 'undated (mid-2010s)' },
    summary: {
      fr: 'Cinq questions préalables : objectifs, public visé, plateformes, contenus et fréquence, calendrier, avec des conseils pour démarrer petit.',
      en: 'Five questions to settle first: objectives, audience, platforms, content and frequency, calendar, with advice for starting small.',
    },
  },
  {
    id: 'S5',
    title: 'Stratégie Twitter + Facebook + Youtube + blog : pas de stratégie = un échec quasi assuré',
    date: { fr: 'non daté (début des années 2010)', en: 'undated (early 2010s)' },
    summary: {
      fr: 'Multiplier les réseaux n’est pas une stratégie : chaque présence a un coût et expose la marque, mieux vaut partir d’une cible et d’un objectif.',
      en: 'Piling up networks is not a strategy: each presence has a cost and exposes the brand, so start from one target and one objective instead.',
    },
  },
];

export const SOURCE_IDS: readonly SourceId[] = SOURCES.map((s) => s.id);

export const sourceById = (id: string): Source | undefined => SOURCES.find((s) => s.id === id);
