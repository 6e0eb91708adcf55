// Step 5: listening and competitive watch, before speaking.
import { SENTIMENT_OPTIONS, options } from '../options';
import type { StepFile } from '../types';

export const listeningStep: StepFile = {
  id: 'listening',
  timeboxMinutes: 15,
  layout: 'board',
  sources: ['S1', 'S2', 'S3'],
  cardKinds: ['finding'],
  title: { fr: 'Écoute et veille', en: 'Listening and watch' },
  question: {
    fr: 'Que dit-on de nous, de nos concurrents et de notre secteur ?',
    en: 'What is said about us, our competitors and our sector?',
  },
  why: {
    fr: 'Une présence sur les réseaux commence par l’écoute : elle montre où se tiennent les conversations et donc quelles plateformes comptent, puis sert la réputation, la veille et la détection d’opportunités (S2). Observer ce que font les autres, même loin de son secteur, donne des idées et évite de copier sans le savoir (S1), et comprendre pourquoi ils ont réussi ou échoué éclaire nos propres choix (S3).',
    en: 'A social presence starts with listening: it shows where conversations happen and so which platforms matter, then serves reputation, competitive watch and spotting opportunities (S2). Looking at what others do, even far from one’s sector, sparks ideas and avoids copying by accident (S1), and understanding why they succeeded or failed informs our own choices (S3).',
  },
  questions: [
    {
      id: 'listening.saidAboutUs',
      type: 'longtext',
      required: true,
      label: { fr: 'Qu’avons-nous trouvé sur nous ?', en: 'What did we find about ourselves?' },
      help: {
        fr: 'Avis, mentions, questions sans réponse : ce que les gens disent déjà montre ce qu’ils attendent de nous.',
        en: 'Reviews, mentions, unanswered questions: what people already say shows what they expect from us.',
      },
      sources: ['S3', 'S2'],
    },
    {
      id: 'listening.sentiment',
      type: 'choice',
      options: [...SENTIMENT_OPTIONS, { value: 'unknown', label: { fr: 'Nous ne savons pas', en: 'We do not know' } }],
      label: { fr: 'Quelle est la tonalité générale aujourd’hui ?', en: 'What is the overall tone today?' },
      help: {
        fr: '« Nous ne savons pas » est une réponse utile : elle dit qu’il faut commencer par écouter.',
        en: '“We do not know” is a useful answer: it says listening must come first.',
      },
      sources: ['S2'],
    },
    {
      id: 'listening.competitors',
      type: 'list',
      required: true,
      label: { fr: 'Quels concurrents et acteurs du secteur observons-nous ?', en: 'Which competitors and sector actors do we watch?' },
      help: {
        fr: 'Si leur stratégie ressemble à la nôtre, mieux vaut le savoir avant de lancer quoi que ce soit.',
        en: 'If their strategy looks like ours, better to know before launching anything.',
      },
      sources: ['S1', 'S3'],
    },
    {
      id: 'listening.lessonsElsewhere',
      type: 'longtext',
      label: {
        fr: 'Quelles réussites et quels échecs ailleurs, et pourquoi ?',
        en: 'Which successes and failures elsewhere, and why?',
      },
      help: {
        fr: 'Le « pourquoi » compte plus que l’exemple : une grande marque réussit avec des moyens et des besoins qui ne sont pas les nôtres.',
        en: 'The “why” matters more than the example: a big brand succeeds with means and needs that are not ours.',
      },
      sources: ['S3', 'S5'],
    },
    {
      id: 'listening.tools',
      type: 'multi',
      options: options([
        ['manual', 'Recherches manuelles', 'Manual searches'],
        ['alerts', 'Alertes gratuites', 'Free alerts'],
        ['native', 'Statistiques des plateformes', 'Platform analytics'],
        ['web_analytics', 'Statistiques du site web', 'Website analytics'],
        ['listening_platform', 'Outil d’écoute spécialisé', 'Dedicated listening tool'],
        ['none', 'Aucun pour l’instant', 'None yet'],
      ]),
      label: { fr: 'Avec quels outils écouterons-nous ?', en: 'Which tools will we listen with?' },
      help: {
        fr: 'Une écoute sérieuse passe souvent par un outil spécialisé, à prévoir au budget.',
        en: 'Serious listening often takes a dedicated tool, which must be budgeted.',
      },
      sources: ['S2'],
    },
    {
      id: 'listening.frequency',
      type: 'choice',
      required: true,
      options: options([
        ['daily', 'Chaque jour', 'Daily'],
        ['weekly', 'Chaque semaine', 'Weekly'],
        ['monthly', 'Chaque mois', 'Monthly'],
        ['never', 'Pas prévu', 'Not planned'],
      ]),
      label: { fr: 'À quel rythme ferons-nous la veille ?', en: 'How often will we watch?' },
      help: {
        fr: 'La veille n’est pas un audit unique : les retours négatifs se repèrent à temps seulement si quelqu’un regarde régulièrement.',
        en: 'Watching is not a one-off audit: negative feedback is caught in time only if someone looks regularly.',
      },
      sources: ['S1', 'S2'],
    },
    {
      id: 'listening.feedbackToProduct',
      type: 'boolean',
      label: {
        fr: 'Les critiques remonteront-elles aux équipes produit ou service ?',
        en: 'Will criticism reach the product or service teams?',
      },
      help: {
        fr: 'Une critique n’est pas toujours fondée, mais l’ignorer fait perdre des informations ; certaines marques en ont tiré des améliorations publiques.',
        en: 'Criticism is not always fair, but ignoring it throws information away; some brands have turned it into public improvements.',
      },
      sources: ['S2'],
    },
  ],
};
