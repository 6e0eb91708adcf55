// Step 2: convince, the evidence, objections and benefits that win over the decision makers.
import { options } from '../options';
import type { StepFile } from '../types';

export const convinceStep: StepFile = {
  id: 'convince',
  timeboxMinutes: 15,
  layout: 'columns',
  sources: ['S3', 'S2'],
  cardKinds: ['evidence', 'objection', 'rebuttal', 'benefit'],
  title: { fr: 'Convaincre', en: 'Convince' },
  question: { fr: 'Qu’est-ce qui ferait dire oui aux sceptiques ?', en: 'What would make the skeptics say yes?' },
  why: {
    fr: 'Le réflexe « on a toujours fait comme ça » est la première difficulté que rencontrent les projets de réseaux sociaux : tant que la direction n’y croit pas, ils ne reçoivent ni budget ni temps (S3). Des chiffres sourcés, des réponses préparées aux objections et des bénéfices concrets transforment un débat d’opinion en décision (S3, S2).',
    en: 'The “we have always done it this way” reflex is the first obstacle social projects meet: until management believes in them, they get neither budget nor time (S3). Sourced figures, prepared answers to objections and concrete benefits turn a clash of opinions into a decision (S3, S2).',
  },
  questions: [
    {
      id: 'convince.decisionMakers',
      type: 'list',
      required: true,
      label: { fr: 'Qui doit dire oui ?', en: 'Who has to say yes?' },
      help: {
        fr: 'Nommez les personnes qui tiennent le budget et la validation : c’est pour elles que le document et la présentation seront écrits.',
        en: 'Name the people who hold the budget and sign-off: the document and the deck are written for them.',
      },
      sources: ['S3'],
    },
    {
      id: 'convince.mainObjection',
      type: 'choice',
      required: true,
      options: options([
        ['always_done', 'On a toujours fait comme ça', 'We have always done it this way'],
        ['no_budget', 'Pas de budget', 'No budget'],
        ['too_risky', 'Trop risqué, peur des critiques', 'Too risky, fear of criticism'],
        ['no_time', 'Pas le temps', 'No time'],
        ['results', 'Quels résultats ?', 'What results?'],
        ['not_for_us', 'Pas pour notre secteur', 'Not for our sector'],
      ]),
      label: { fr: 'Quelle objection entendrons-nous en premier ?', en: 'Which objection will we hear first?' },
      help: {
        fr: 'Préparer la réponse à l’objection la plus probable vaut mieux que dix arguments généraux. La bibliothèque d’objections propose des réponses.',
        en: 'One prepared answer to the likeliest objection beats ten general arguments. The objection library suggests answers.',
      },
      sources: ['S3'],
    },
    {
      id: 'convince.skepticism',
      type: 'scale',
      min: 1,
      max: 5,
      required: true,
      label: { fr: 'À quel point la direction est-elle sceptique ?', en: 'How skeptical is management?' },
      help: {
        fr: '1 = déjà convaincue, 5 = opposée. Plus le score est haut, plus il faudra de preuves et un sponsor solide.',
        en: '1 = already convinced, 5 = opposed. The higher it is, the more evidence and the stronger a sponsor you will need.',
      },
      sources: ['S3'],
    },
    {
      id: 'convince.expectedBenefits',
      type: 'multi',
      options: options([
        ['reputation', 'Maîtriser notre réputation en ligne', 'Manage our online reputation'],
        ['relationship', 'Dialoguer avec clients et prospects', 'Talk with customers and prospects'],
        ['business', 'Repérer des opportunités commerciales', 'Spot business opportunities'],
        ['feedback', 'Recueillir des avis sur nos produits', 'Collect feedback on our products'],
        ['watch', 'Suivre concurrents et secteur', 'Watch competitors and the sector'],
        ['recommendation', 'Être recommandés par nos clients', 'Be recommended by our customers'],
        ['recruiting', 'Attirer des candidats', 'Attract candidates'],
      ]),
      label: { fr: 'Quels bénéfices attendons-nous ?', en: 'Which benefits do we expect?' },
      help: {
        fr: 'L’écoute seule apporte déjà beaucoup : réputation, opportunités, retours produits, veille. Des bénéfices nommés se défendent mieux qu’une promesse vague.',
        en: 'Listening alone already brings a lot: reputation, opportunities, product feedback, competitive watch. Named benefits are easier to defend than a vague promise.',
      },
      sources: ['S2', 'S3'],
    },
    {
      id: 'convince.comparedToAdvertising',
      type: 'boolean',
      label: {
        fr: 'La direction voit-elle les réseaux comme un média publicitaire classique ?',
        en: 'Does management see social media as just another advertising medium?',
      },
      help: {
        fr: 'Si oui, il faudra expliquer que l’on passe du monologue au dialogue : écouter, répondre, laisser les clients recommander.',
        en: 'If so, explain the move from monologue to dialogue: listening, answering, letting customers recommend us.',
      },
      sources: ['S3', 'S5'],
    },
    {
      id: 'convince.patienceMonths',
      type: 'number',
      min: 1,
      max: 60,
      unit: { fr: 'mois', en: 'months' },
      label: {
        fr: 'Combien de mois la direction attendra-t-elle avant de juger ?',
        en: 'How many months will management wait before judging?',
      },
      help: {
        fr: 'Une communauté se construit en de longs mois. Un délai de jugement trop court condamne le projet avant qu’il ait pu produire.',
        en: 'A community takes many months to build. A judgement date set too early kills the project before it can deliver.',
      },
      sources: ['S2', 'S3'],
    },
    {
      id: 'convince.sponsor',
      type: 'text',
      label: {
        fr: 'Qui portera le projet devant le comité de direction ?',
        en: 'Who will champion the project before the executive committee?',
      },
      help: {
        fr: 'Un sponsor respecté par la direction pèse plus que n’importe quel chiffre.',
        en: 'A sponsor management respects weighs more than any figure.',
      },
      sources: ['S3'],
    },
  ],
};
