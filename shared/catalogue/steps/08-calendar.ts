// Step 8: calendar, phases, key moments, iterations and the plan B.
import type { StepFile } from '../types';

export const calendarStep: StepFile = {
  id: 'calendar',
  timeboxMinutes: 15,
  layout: 'timeline',
  sources: ['S4', 'S1'],
  cardKinds: ['calendar_item'],
  title: { fr: 'Calendrier', en: 'Calendar' },
  question: { fr: 'Quelles phases, quels temps forts, et quel plan B ?', en: 'Which phases, which key moments, and what plan B?' },
  why: {
    fr: 'Pas de campagne sans calendrier : chaque phase part de ses objectifs, repère les événements et opportunités et fixe ses itérations ; planifier réduit les risques et fait gagner du temps (S4). Un planning éditorial ne suffit pas pour autant : il faut aussi prévoir des issues de secours pour ne pas être pris de court (S1).',
    en: 'No campaign without a calendar: each phase starts from its objectives, marks events and opportunities and sets its iterations; planning lowers risk and saves time (S4). An editorial schedule is not enough on its own: contingency exits are needed too, so as never to be caught off guard (S1).',
  },
  questions: [
    {
      id: 'calendar.startDate',
      type: 'date',
      required: true,
      label: { fr: 'Quand démarrons-nous ?', en: 'When do we start?' },
      help: {
        fr: 'Une date posée devant la direction engage l’équipe et permet de caler les jalons.',
        en: 'A date set in front of management commits the team and anchors the milestones.',
      },
      sources: ['S4'],
    },
    {
      id: 'calendar.keyMoments',
      type: 'list',
      required: true,
      label: { fr: 'Quels événements et temps forts de l’année ?', en: 'Which events and key moments in the year?' },
      help: {
        fr: 'Salons, saisons, lancements, fêtes locales : les repérer à l’avance permet de préparer les contenus au lieu de courir après.',
        en: 'Trade fairs, seasons, launches, local festivals: spotting them early lets content be prepared instead of rushed.',
      },
      sources: ['S4'],
    },
    {
      id: 'calendar.iterationWeeks',
      type: 'number',
      min: 1,
      max: 52,
      unit: { fr: 'semaines', en: 'weeks' },
      label: { fr: 'Toutes les combien de semaines ajustons-nous le plan ?', en: 'Every how many weeks do we adjust the plan?' },
      help: {
        fr: 'Des itérations courtes permettent de corriger la stratégie quand les retours sont mitigés, avant qu’il ne soit trop tard.',
        en: 'Short iterations let the strategy be corrected when feedback is mixed, before it is too late.',
      },
      sources: ['S4', 'S1'],
    },
    {
      id: 'calendar.contingency',
      type: 'longtext',
      required: true,
      label: { fr: 'Quel est notre plan B si quelque chose dérape ?', en: 'What is our plan B if something goes wrong?' },
      help: {
        fr: 'Bad buzz, absence de la personne clé, événement annulé : décider maintenant qui fait quoi évite d’improviser sous pression.',
        en: 'Backlash, the key person away, an event cancelled: deciding now who does what avoids improvising under pressure.',
      },
      sources: ['S1'],
    },
    {
      id: 'calendar.leadDays',
      type: 'number',
      min: 0,
      max: 180,
      unit: { fr: 'jours', en: 'days' },
      label: { fr: 'Combien de jours à l’avance les contenus sont-ils prêts ?', en: 'How many days ahead is content ready?' },
      help: {
        fr: 'Cette avance absorbe le temps de validation et laisse de la souplesse en cas d’imprévu.',
        en: 'This lead time absorbs approval delays and leaves room for the unexpected.',
      },
      sources: ['S4', 'S3'],
    },
    {
      id: 'calendar.firstReview',
      type: 'date',
      label: { fr: 'Date du premier bilan', en: 'Date of the first review' },
      help: {
        fr: 'Fixer ce rendez-vous dès maintenant garantit qu’on prendra le temps d’analyser ce qui a marché ou non.',
        en: 'Setting this meeting now ensures time is taken to analyse what worked and what did not.',
      },
      sources: ['S1'],
    },
  ],
};
