// Step 12: resources, budget lines, people and hours a week available against what the plan needs.
import { options } from '../options';
import type { StepFile } from '../types';

export const resourcesStep: StepFile = {
  id: 'resources',
  timeboxMinutes: 15,
  layout: 'board',
  sources: ['S1', 'S2', 'S5'],
  cardKinds: ['budget_line', 'person'],
  title: { fr: 'Ressources', en: 'Resources' },
  question: { fr: 'Quel budget et combien d’heures par semaine ?', en: 'What budget, and how many hours a week?' },
  why: {
    fr: 'Les réseaux ne sont plus gratuits : publicité pour percer des fils encombrés, outils d’écoute et de mesure, production, et surtout du temps, beaucoup de temps (S2). Un budget bâclé fait échouer une campagne, même si un petit budget bien employé peut suffire (S1). Chaque canal ajouté se paie en design, en personnes, en formation et en validation (S5).',
    en: 'Social media is no longer free: ads to break through crowded feeds, listening and measurement tools, production, and above all time, a lot of it (S2). A rushed budget sinks a campaign, even though a small budget used well can be enough (S1). Every channel added is paid for in design, people, training and approval (S5).',
  },
  questions: [
    {
      id: 'resources.annualBudget',
      type: 'number',
      required: true,
      min: 0,
      max: 1_000_000_000,
      unit: { fr: '€ par an', en: '€ a year' },
      label: { fr: 'Quel budget annuel pour les réseaux sociaux ?', en: 'What yearly budget for social media?' },
      help: {
        fr: 'Publicité, outils, contenus, formation, aide extérieure. Pas besoin de cinq zéros, mais la stratégie doit s’ajuster au montant.',
        en: 'Ads, tools, content, training, outside help. It does not need five zeros, but the strategy must fit the amount.',
      },
      sources: ['S1', 'S2'],
    },
    {
      id: 'resources.hoursPerWeek',
      type: 'number',
      required: true,
      min: 0,
      max: 400,
      unit: { fr: 'heures par semaine', en: 'hours a week' },
      label: { fr: 'Combien d’heures par semaine l’équipe peut-elle y consacrer ?', en: 'How many hours a week can the team give it?' },
      help: {
        fr: 'Production, réponses, modération et veille prennent du temps. Ce chiffre sera comparé à ce que demandent les canaux et la cadence choisis.',
        en: 'Production, replies, moderation and watch all take time. This figure is compared with what the chosen channels and cadence require.',
      },
      sources: ['S2', 'S5'],
    },
    {
      id: 'resources.adsShare',
      type: 'number',
      min: 0,
      max: 100,
      unit: { fr: '%', en: '%' },
      label: { fr: 'Quelle part du budget pour la publicité ?', en: 'What share of the budget goes to ads?' },
      help: {
        fr: 'Dans des fils d’actualité saturés, mettre en avant ses contenus se paie ; sans cette ligne, la portée reste souvent faible.',
        en: 'In crowded news feeds, promoting content costs money; without this line, reach often stays low.',
      },
      sources: ['S2'],
    },
    {
      id: 'resources.toolsBudgeted',
      type: 'boolean',
      required: true,
      label: { fr: 'Un outil d’écoute et de mesure est-il budgété ?', en: 'Is a listening and measurement tool budgeted?' },
      help: {
        fr: 'Sans outil, ni l’écoute ni l’évaluation de la stratégie ne se font sérieusement.',
        en: 'Without a tool, neither listening nor evaluating the strategy is done seriously.',
      },
      sources: ['S2'],
    },
    {
      id: 'resources.budgetFlexibility',
      type: 'choice',
      options: options([
        ['fixed', 'Fixe', 'Fixed'],
        ['adjustable', 'Ajustable selon les résultats', 'Adjustable with results'],
        ['undecided', 'À décider par la direction', 'For management to decide'],
      ]),
      label: { fr: 'Le budget peut-il évoluer ?', en: 'Can the budget change?' },
      help: {
        fr: 'Un budget ajustable permet de renforcer ce qui marche ; un budget à décider doit figurer dans les décisions demandées.',
        en: 'An adjustable budget lets what works be reinforced; an undecided one belongs in the decisions asked of management.',
      },
      sources: ['S1'],
    },
    {
      id: 'resources.trainingDays',
      type: 'number',
      min: 0,
      max: 100,
      unit: { fr: 'jours', en: 'days' },
      label: { fr: 'Combien de jours de formation la première année ?', en: 'How many training days in the first year?' },
      help: {
        fr: 'Animer un canal s’apprend : l’expérience fait la différence entre un bon et un mauvais community manager.',
        en: 'Running a channel is a skill: experience makes the difference between a good and a bad community manager.',
      },
      sources: ['S5', 'S1'],
    },
    {
      id: 'resources.agencyRole',
      type: 'choice',
      options: options([
        ['none', 'Pas d’agence', 'No agency'],
        ['production', 'Production de contenus', 'Content production'],
        ['advice', 'Conseil et regard extérieur', 'Advice and outside view'],
        ['community', 'Animation de la communauté', 'Community management'],
      ]),
      label: { fr: 'Quel rôle pour une agence, s’il y en a une ?', en: 'What role for an agency, if any?' },
      help: {
        fr: 'Déléguer la production ou le conseil va bien ; déléguer la relation avec la communauté, activité stratégique, est plus risqué.',
        en: 'Delegating production or advice is fine; delegating the relationship with the community, a strategic activity, is riskier.',
      },
      sources: ['S2'],
    },
  ],
};
