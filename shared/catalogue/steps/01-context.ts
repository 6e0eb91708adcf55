// Step 1: context and why now, the organisation's starting point and the mission given to social media.
import { PLATFORM_OPTIONS } from '../options';
import type { StepFile } from '../types';

export const contextStep: StepFile = {
  id: 'context',
  timeboxMinutes: 15,
  layout: 'board',
  sources: ['S3', 'S4'],
  cardKinds: ['note', 'sticky'],
  title: { fr: 'Contexte et pourquoi maintenant', en: 'Context and why now' },
  question: {
    fr: 'Où en sommes-nous, et que se passe-t-il si nous ne faisons rien ?',
    en: 'Where do we stand, and what happens if we do nothing?',
  },
  why: {
    fr: 'Les marques qui se lancent sans préparation finissent souvent par accuser les outils de leurs déceptions (S3). Dire ce que l’inaction coûterait et quelle mission on confie aux réseaux sociaux donne à la direction une raison de financer le projet (S3). Les internautes passent de plus en plus par les réseaux pour suivre les entreprises : c’est aussi là que se jouent notoriété et relation client (S4).',
    en: 'Brands that start unprepared often end up blaming the tools for their disappointment (S3). Stating what inaction would cost and what mission social media is given gives management a reason to fund the work (S3). People increasingly follow companies through social networks rather than search engines, so awareness and customer relationships are won or lost there (S4).',
  },
  questions: [
    {
      id: 'context.organisationSummary',
      type: 'longtext',
      required: true,
      label: { fr: 'Que fait l’organisation, et pour qui ?', en: 'What does the organisation do, and for whom?' },
      help: {
        fr: 'Deux ou trois phrases que tout le monde dans la salle accepte : elles servent de point de départ au document final.',
        en: 'Two or three sentences everyone in the room agrees with: they open the final document.',
      },
      sources: ['S3'],
    },
    {
      id: 'context.currentPresence',
      type: 'multi',
      options: PLATFORM_OPTIONS,
      label: { fr: 'Où sommes-nous déjà présents ?', en: 'Where are we already present?' },
      help: {
        fr: 'Un compte ouvert n’est pas une présence active : notez aussi ceux qui dorment, ils parlent en notre nom.',
        en: 'An open account is not an active presence: list the dormant ones too, they still speak for us.',
      },
      sources: ['S4'],
    },
    {
      id: 'context.whatIsSaid',
      type: 'longtext',
      label: { fr: 'Que dit-on de nous aujourd’hui, en ligne ?', en: 'What is said about us online today?' },
      help: {
        fr: 'Les conversations existent avec ou sans nous ; une première impression suffit ici, l’étape Écoute ira plus loin.',
        en: 'People talk about us whether we take part or not; a first impression is enough here, the Listening step goes deeper.',
      },
      sources: ['S3'],
    },
    {
      id: 'context.costOfDoingNothing',
      type: 'longtext',
      required: true,
      label: { fr: 'Que se passe-t-il si nous ne faisons rien ?', en: 'What happens if we do nothing?' },
      help: {
        fr: 'Clients perdus, candidats qui ne postulent pas, critiques sans réponse : ce coût de l’inaction est l’argument le plus parlant pour la direction.',
        en: 'Lost customers, candidates who never apply, criticism left unanswered: the cost of inaction is the argument management hears best.',
      },
      sources: ['S3'],
    },
    {
      id: 'context.mission',
      type: 'longtext',
      required: true,
      label: {
        fr: 'Quelle mission confions-nous aux réseaux sociaux ?',
        en: 'What mission do we give social media?',
      },
      help: {
        fr: 'Les réseaux sont un moyen au service de la stratégie de l’entreprise, pas une fin : une phrase qui dit à quoi ils servent évite de s’y disperser.',
        en: 'Social networks are a means serving the company’s strategy, not an end: one sentence on what they are for keeps the effort focused.',
      },
      placeholder: {
        fr: 'Ex. : faire de nos clients nos meilleurs ambassadeurs dans la région',
        en: 'E.g. turn our customers into our best ambassadors in the region',
      },
      sources: ['S3'],
    },
    {
      id: 'context.whyNow',
      type: 'text',
      label: { fr: 'Pourquoi maintenant ?', en: 'Why now?' },
      help: {
        fr: 'Un lancement, un concurrent qui avance, une difficulté à recruter : l’élément déclencheur donne le tempo du projet.',
        en: 'A launch, a competitor moving ahead, trouble hiring: the trigger sets the pace of the project.',
      },
      sources: ['S4'],
    },
    {
      id: 'context.comfortLevel',
      type: 'scale',
      min: 1,
      max: 5,
      label: {
        fr: 'À quel point l’entreprise est-elle à l’aise avec les réseaux sociaux ?',
        en: 'How comfortable is the company with social media?',
      },
      help: {
        fr: '1 = méfiance et peu de savoir-faire, 5 = pratique courante. La peur de la nouveauté et le manque d’habitude freinent souvent plus que le budget.',
        en: '1 = distrust and little know-how, 5 = everyday practice. Fear of the new and lack of habit often hold things back more than money does.',
      },
      sources: ['S3'],
    },
    {
      id: 'context.firstTime',
      type: 'boolean',
      label: {
        fr: 'Est-ce notre première démarche structurée sur les réseaux ?',
        en: 'Is this our first structured approach to social media?',
      },
      help: {
        fr: 'Une première fois mérite plus de préparation, un regard extérieur et des objectifs modestes.',
        en: 'A first attempt deserves more preparation, an outside opinion and modest objectives.',
      },
      sources: ['S1', 'S4'],
    },
  ],
};
