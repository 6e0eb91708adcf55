// Step 3: objectives, few of them, each measurable and dated.
import { OBJECTIVE_TYPE_OPTIONS, options } from '../options';
import type { StepFile } from '../types';

export const objectivesStep: StepFile = {
  id: 'objectives',
  timeboxMinutes: 20,
  layout: 'ranked',
  sources: ['S1', 'S4', 'S3'],
  cardKinds: ['objective'],
  title: { fr: 'Objectifs', en: 'Objectives' },
  question: {
    fr: 'Que voulons-nous obtenir, mesuré comment, et pour quand ?',
    en: 'What do we want to achieve, measured how, and by when?',
  },
  why: {
    fr: 'Des objectifs mal définis sont la première cause d’échec d’une campagne : gagner des abonnés, vendre ou se faire connaître n’appellent pas les mêmes actions (S1). Pour démarrer, mieux vaut peu d’objectifs, chacun chiffré et daté (S4), sans quoi aucun retour sur investissement ne pourra être calculé (S3).',
    en: 'Poorly defined objectives are the first reason campaigns fail: gaining followers, selling and becoming known call for different actions (S1). To start, a few objectives are better, each with a number and a date (S4), otherwise no return on investment can ever be computed (S3).',
  },
  questions: [
    {
      id: 'objectives.primaryObjective',
      type: 'choice',
      required: true,
      options: OBJECTIVE_TYPE_OPTIONS,
      label: { fr: 'Quel est l’objectif principal ?', en: 'What is the main objective?' },
      help: {
        fr: 'Un seul objectif prioritaire oriente le choix des cibles, des réseaux et des contenus. Les autres viennent ensuite.',
        en: 'One top objective drives the choice of targets, networks and content. The others come after.',
      },
      sources: ['S1', 'S5'],
    },
    {
      id: 'objectives.secondaryObjectives',
      type: 'multi',
      options: OBJECTIVE_TYPE_OPTIONS,
      label: { fr: 'Quels objectifs secondaires ?', en: 'Which secondary objectives?' },
      help: {
        fr: 'Deux au plus : certains objectifs se complètent, mais chacun demande des moyens et des outils d’analyse.',
        en: 'Two at most: some objectives support each other, but each needs resources and analytics.',
      },
      sources: ['S1', 'S4'],
    },
    {
      id: 'objectives.horizonMonths',
      type: 'number',
      required: true,
      min: 1,
      max: 60,
      unit: { fr: 'mois', en: 'months' },
      label: { fr: 'Sur quel horizon fixons-nous ces objectifs ?', en: 'Over what horizon do we set these objectives?' },
      help: {
        fr: 'Les objectifs changent d’une période à l’autre, et les résultats sur les réseaux sociaux se mesurent sur des durées plus longues que la publicité.',
        en: 'Objectives change from one period to the next, and social results are measured over longer spans than advertising.',
      },
      sources: ['S1', 'S3'],
    },
    {
      id: 'objectives.businessLink',
      type: 'longtext',
      required: true,
      label: {
        fr: 'En quoi ces objectifs servent-ils la stratégie de l’entreprise ?',
        en: 'How do these objectives serve the company’s strategy?',
      },
      help: {
        fr: 'Les réseaux sont un moyen, pas une fin : chaque objectif doit se rattacher à un enjeu que la direction suit déjà.',
        en: 'Social media is a means, not an end: every objective should tie to something management already tracks.',
      },
      sources: ['S3'],
    },
    {
      id: 'objectives.ambition',
      type: 'choice',
      options: options([
        ['present', 'Être présents', 'Be present'],
        ['active', 'Être actifs et réactifs', 'Be active and responsive'],
        ['lead', 'Animer une communauté de référence', 'Lead a reference community'],
      ]),
      label: { fr: 'Quel niveau d’engagement visons-nous ?', en: 'What level of involvement are we aiming for?' },
      help: {
        fr: 'Être présent et être actif sont deux choses très différentes : la seconde exige réactivité, conversations et moyens.',
        en: 'Being present and being active are very different: the second takes responsiveness, conversation and resources.',
      },
      sources: ['S4'],
    },
    {
      id: 'objectives.successStatement',
      type: 'text',
      label: {
        fr: 'À la fin de la période, nous serons satisfaits si…',
        en: 'At the end of the period, we will be satisfied if…',
      },
      help: {
        fr: 'Une phrase que la direction pourra vérifier elle-même, avec un chiffre.',
        en: 'One sentence management can check for itself, with a number in it.',
      },
      sources: ['S4'],
    },
    {
      id: 'objectives.reviewEvery',
      type: 'choice',
      options: options([
        ['campaign', 'À chaque campagne', 'Every campaign'],
        ['quarter', 'Chaque trimestre', 'Every quarter'],
        ['year', 'Chaque année', 'Every year'],
      ]),
      label: { fr: 'Quand revoyons-nous les objectifs ?', en: 'When do we revisit the objectives?' },
      help: {
        fr: 'Un objectif juste aujourd’hui ne le sera peut-être plus dans six mois : prévoir le moment où on le reconsidère.',
        en: 'An objective that fits today may not fit in six months: decide when it will be reconsidered.',
      },
      sources: ['S1'],
    },
  ],
};
