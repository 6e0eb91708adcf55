// FR/EN takeaway titles of the deck's slides, filled with the workshop's figures.
import type { Text } from './index';

export const SLIDE_TITLES = {
  summary: {
    fr: 'L’essentiel : {objectives}, {channels}, {budget} sur un an',
    en: 'In short: {objectives}, {channels}, {budget} over a year',
  },
  objectivesCount: { fr: '{n} objectif', en: '{n} objective' },
  objectivesCountMany: { fr: '{n} objectifs', en: '{n} objectives' },
  channelsCount: { fr: '{n} canal', en: '{n} channel' },
  channelsCountMany: { fr: '{n} canaux', en: '{n} channels' },
  whyNow: { fr: 'Ne rien faire a aussi un coût', en: 'Doing nothing has a cost too' },
  objectives: { fr: 'Des objectifs mesurables, datés et classés', en: 'Objectives that are measurable, dated and ranked' },
  targets: { fr: 'Notre cible prioritaire : « {name} »', en: 'Our primary target: “{name}”' },
  noTarget: { fr: 'Les cibles restent à définir', en: 'Targets are still to be defined' },
  listening: { fr: 'Ce que l’écoute nous apprend', en: 'What listening tells us' },
  channelsOne: {
    fr: 'Un seul canal, choisi pour nos cibles et nos objectifs',
    en: 'A single channel, chosen for our targets and objectives',
  },
  channelsMany: { fr: '{n} canaux, choisis pour nos cibles et nos objectifs', en: '{n} channels, chosen for our targets and objectives' },
  noChannel: { fr: 'Les canaux restent à choisir', en: 'Channels are still to be chosen' },
  content: { fr: 'Du contenu utile, un ton, un rythme tenable', en: 'Useful content, a tone, a rhythm we can keep' },
  calendar: { fr: 'Un calendrier avec ses jalons et son plan B', en: 'A calendar with its milestones and its plan B' },
  stakeholders: { fr: 'Toute l’entreprise est concernée', en: 'The whole company is involved' },
  governance: { fr: 'Qui décide, qui valide, et en combien de temps', en: 'Who decides, who approves, and how fast' },
  swot: { fr: 'Nos forces, nos faiblesses et nos parades', en: 'Our strengths, our weaknesses and our answers' },
  budget: {
    fr: '{budget} sur un an ; {needed} nécessaires pour {available} disponibles',
    en: '{budget} over a year; {needed} needed for {available} available',
  },
  budgetNoHours: { fr: '{budget} sur un an', en: '{budget} over a year' },
  kpis: { fr: 'Comment nous saurons si cela marche', en: 'How we will know it works' },
  risksNone: { fr: 'Aucun point bloquant : les risques sont connus et traités', en: 'No blocker: the risks are known and handled' },
  risksSome: { fr: 'Ce qu’il reste à régler avant de lancer', en: 'What is left to settle before launch' },
  decisions: { fr: 'Ce que nous vous demandons aujourd’hui', en: 'What we ask of you today' },
} satisfies Record<string, Text>;
