// The 14 steps of the guided flow, in order. Questions per step are filled in by the catalogue work.
import type { StepDef } from './types';

export const STEPS: StepDef[] = [
  {
    id: 'context', number: 1, timeboxMinutes: 15, layout: 'board', sources: ['S3', 'S4'], cardKinds: ['note', 'sticky'],
    title: { fr: 'Contexte et pourquoi maintenant', en: 'Context and why now' },
    question: { fr: 'Où en sommes-nous, et que se passe-t-il si nous ne faisons rien ?', en: 'Where do we stand, and what happens if we do nothing?' },
    why: { fr: 'Sans mission claire pour les réseaux sociaux, la direction ne sait pas ce qu’elle finance (S3).', en: 'Without a clear mission for social media, management does not know what it is paying for (S3).' },
    questions: [],
  },
  {
    id: 'convince', number: 2, timeboxMinutes: 15, layout: 'columns', sources: ['S3', 'S2'], cardKinds: ['evidence', 'objection', 'rebuttal', 'benefit'],
    title: { fr: 'Convaincre', en: 'Convince' },
    question: { fr: 'Qu’est-ce qui ferait dire oui aux sceptiques ?', en: 'What would make the skeptics say yes?' },
    why: { fr: 'Une stratégie que les décideurs n’ont pas adoptée ne reçoit ni budget ni temps (S3).', en: 'A strategy the decision makers have not bought into gets neither budget nor time (S3).' },
    questions: [],
  },
  {
    id: 'objectives', number: 3, timeboxMinutes: 20, layout: 'ranked', sources: ['S1', 'S4', 'S3'], cardKinds: ['objective'],
    title: { fr: 'Objectifs', en: 'Objectives' },
    question: { fr: 'Que voulons-nous obtenir, mesuré comment, et pour quand ?', en: 'What do we want to achieve, measured how, and by when?' },
    why: { fr: 'Des objectifs flous sont la première cause d’échec d’une campagne (S1).', en: 'Vague objectives are the first cause of a failed campaign (S1).' },
    questions: [],
  },
  {
    id: 'targets', number: 4, timeboxMinutes: 20, layout: 'ranked', sources: ['S1', 'S4', 'S3'], cardKinds: ['persona'],
    title: { fr: 'Cibles', en: 'Targets' },
    question: { fr: 'Qui voulons-nous toucher, et où en parlent-ils en ligne ?', en: 'Whom do we want to reach, and where do they talk online?' },
    why: { fr: 'Parler à tout le monde revient à ne toucher personne (S1, S4).', en: 'Talking to everyone amounts to reaching no one (S1, S4).' },
    questions: [],
  },
  {
    id: 'listening', number: 5, timeboxMinutes: 15, layout: 'board', sources: ['S1', 'S2', 'S3'], cardKinds: ['finding'],
    title: { fr: 'Écoute et veille', en: 'Listening and watch' },
    question: { fr: 'Que dit-on de nous, de nos concurrents et de notre secteur ?', en: 'What is said about us, our competitors and our sector?' },
    why: { fr: 'Ne pas écouter avant de parler est une erreur classique des marques (S2).', en: 'Speaking before listening is a classic brand mistake (S2).' },
    questions: [],
  },
  {
    id: 'channels', number: 6, timeboxMinutes: 20, layout: 'matrix', sources: ['S1', 'S4', 'S5'], cardKinds: ['channel'],
    title: { fr: 'Canaux', en: 'Channels' },
    question: { fr: 'Sur quels réseaux aller, et lesquels laisser de côté ?', en: 'Which networks do we go on, and which do we leave aside?' },
    why: { fr: 'Chaque canal coûte du temps, des personnes et de la modération (S5).', en: 'Every channel costs time, people and moderation (S5).' },
    questions: [],
  },
  {
    id: 'content', number: 7, timeboxMinutes: 20, layout: 'board', sources: ['S2', 'S4'], cardKinds: ['pillar', 'cadence'],
    title: { fr: 'Contenus et ton', en: 'Content and tone' },
    question: { fr: 'Que publions-nous, sur quel ton, et à quel rythme ?', en: 'What do we publish, in what tone, and how often?' },
    why: { fr: 'Un discours 100 % commercial fait fuir la communauté (S2).', en: 'Talk that is 100% commercial drives the community away (S2).' },
    questions: [],
  },
  {
    id: 'calendar', number: 8, timeboxMinutes: 15, layout: 'timeline', sources: ['S4', 'S1'], cardKinds: ['calendar_item'],
    title: { fr: 'Calendrier', en: 'Calendar' },
    question: { fr: 'Quelles phases, quels temps forts, et quel plan B ?', en: 'Which phases, which key moments, and what plan B?' },
    why: { fr: 'Sans calendrier ni plan de secours, l’imprévu désorganise la campagne (S1, S4).', en: 'Without a calendar or a contingency plan, the unexpected derails the campaign (S1, S4).' },
    questions: [],
  },
  {
    id: 'stakeholders', number: 9, timeboxMinutes: 15, layout: 'grid', sources: ['S3', 'S5'], cardKinds: ['stakeholder'],
    title: { fr: 'Parties prenantes', en: 'Stakeholders' },
    question: { fr: 'Qui doit être impliqué, et qui faut-il encore convaincre ?', en: 'Who must be involved, and who still needs convincing?' },
    why: { fr: 'Les médias sociaux traversent toute l’entreprise : juridique, RH, ventes, IT (S3).', en: 'Social media cuts across the whole company: legal, HR, sales, IT (S3).' },
    questions: [],
  },
  {
    id: 'governance', number: 10, timeboxMinutes: 15, layout: 'flow', sources: ['S3', 'S2', 'S1'], cardKinds: ['governance_rule'],
    title: { fr: 'Gouvernance', en: 'Governance' },
    question: { fr: 'Qui pilote, qui valide, et que fait-on en cas de crise ?', en: 'Who leads, who approves, and what happens in a crisis?' },
    why: { fr: 'Une validation trop lente et une critique sans réponse coûtent cher (S3, S1).', en: 'Slow approval and unanswered criticism are costly (S3, S1).' },
    questions: [],
  },
  {
    id: 'swot', number: 11, timeboxMinutes: 15, layout: 'quadrants', sources: ['S3', 'S1'], cardKinds: ['swot'],
    title: { fr: 'Forces et faiblesses (SWOT)', en: 'Strengths and weaknesses (SWOT)' },
    question: { fr: 'Sur quoi pouvons-nous compter, et qu’est-ce qui nous menace ?', en: 'What can we count on, and what threatens us?' },
    why: { fr: 'Connaître ses forces et faiblesses fait partie des questions de base d’une stratégie (S3).', en: 'Knowing one’s strengths and weaknesses is one of a strategy’s basic questions (S3).' },
    questions: [],
  },
  {
    id: 'resources', number: 12, timeboxMinutes: 15, layout: 'board', sources: ['S1', 'S2', 'S5'], cardKinds: ['budget_line', 'person'],
    title: { fr: 'Ressources', en: 'Resources' },
    question: { fr: 'Quel budget et combien d’heures par semaine ?', en: 'What budget, and how many hours a week?' },
    why: { fr: 'Sous-estimer le budget et les ressources humaines condamne la présence sociale (S1, S2).', en: 'Underestimating budget and people dooms a social presence (S1, S2).' },
    questions: [],
  },
  {
    id: 'measurement', number: 13, timeboxMinutes: 15, layout: 'tree', sources: ['S3', 'S1'], cardKinds: ['kpi'],
    title: { fr: 'Mesure', en: 'Measurement' },
    question: { fr: 'Comment saurons-nous que cela marche ?', en: 'How will we know it works?' },
    why: { fr: 'Sans indicateurs ni bilan, impossible de prouver le retour sur investissement (S3, S1).', en: 'Without indicators or a review, the return on investment cannot be shown (S3, S1).' },
    questions: [],
  },
  {
    id: 'risks', number: 14, timeboxMinutes: 15, layout: 'list', sources: ['S1', 'S2', 'S3', 'S4', 'S5'], cardKinds: ['risk', 'decision'],
    title: { fr: 'Risques et décisions', en: 'Risks and decisions' },
    question: { fr: 'Que demandons-nous à la direction, et quelles sont les prochaines étapes ?', en: 'What do we ask of management, and what are the next steps?' },
    why: { fr: 'Une stratégie se termine par des décisions claires et des responsables nommés (S3).', en: 'A strategy ends with clear decisions and named owners (S3).' },
    questions: [],
  },
];

export const stepById = (id: string): StepDef | undefined => STEPS.find((s) => s.id === id);
