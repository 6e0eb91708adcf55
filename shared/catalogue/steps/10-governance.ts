// Step 10: governance, who leads, who approves and how fast, negative feedback, crisis, ethics and training.
import { TEAM_TYPE_OPTIONS, options } from '../options';
import type { StepFile } from '../types';

export const governanceStep: StepFile = {
  id: 'governance',
  timeboxMinutes: 15,
  layout: 'flow',
  sources: ['S3', 'S2', 'S1'],
  cardKinds: ['governance_rule'],
  title: { fr: 'Gouvernance', en: 'Governance' },
  question: {
    fr: 'Qui pilote, qui valide, et que fait-on en cas de crise ?',
    en: 'Who leads, who approves, and what happens in a crisis?',
  },
  why: {
    fr: 'Une étude citée par S3 (Brand Science Institute) relève que la validation interne des campagnes prend 60 % de temps supplémentaire, si bien que le bon moment passe. Confier le community management à des stagiaires ou à des prestataires sans cadre fragilise la présence (S2), et des retours négatifs non traités ou un community manager mal préparé peuvent tourner au bad buzz (S1).',
    en: 'A study quoted in S3 (Brand Science Institute) found that companies take 60% longer to approve campaigns internally, so the right moment passes. Handing community management to interns or outside providers without a frame weakens the presence (S2), and unhandled negative feedback or an ill-prepared community manager can turn into a backlash (S1).',
  },
  questions: [
    {
      id: 'governance.owner',
      type: 'text',
      required: true,
      label: { fr: 'Qui est responsable de notre présence sur les réseaux sociaux ?', en: 'Who owns the social media presence?' },
      help: {
        fr: 'Une personne nommée, avec le temps et l’autorité pour trancher : sans elle, le projet reste orphelin entre les services.',
        en: 'One named person, with the time and authority to decide: without them the project is orphaned between departments.',
      },
      sources: ['S3'],
    },
    {
      id: 'governance.teamType',
      type: 'choice',
      required: true,
      options: TEAM_TYPE_OPTIONS,
      label: { fr: 'Qui fera le travail au quotidien ?', en: 'Who will do the daily work?' },
      help: {
        fr: 'Des stagiaires qui partiront ou une agence qui ne connaît pas l’entreprise ne devraient pas porter seuls un rôle stratégique comme l’animation de la communauté.',
        en: 'Interns who will leave, or an agency that does not know the company, should not carry a strategic role like community management alone.',
      },
      sources: ['S2', 'S1'],
    },
    {
      id: 'governance.maxValidationHours',
      type: 'number',
      required: true,
      min: 0,
      max: 720,
      unit: { fr: 'heures', en: 'hours' },
      label: {
        fr: 'En combien d’heures au plus une publication est-elle validée ?',
        en: 'Within how many hours at most is a post approved?',
      },
      help: {
        fr: 'Internet exige de la réactivité : un circuit trop lent fait rater le moment, et les validations longues pèsent sur les équipes.',
        en: 'The web demands responsiveness: a slow circuit misses the moment, and long approvals wear the teams down.',
      },
      sources: ['S3', 'S5'],
    },
    {
      id: 'governance.negativeFeedback',
      type: 'choice',
      required: true,
      options: options([
        ['answer_publicly', 'Répondre publiquement, puis en privé si besoin', 'Answer publicly, then privately if needed'],
        ['case_by_case', 'Au cas par cas', 'Case by case'],
        ['ignore', 'Ne pas répondre', 'Do not answer'],
        ['undecided', 'Pas encore décidé', 'Not decided yet'],
      ]),
      label: { fr: 'Que faisons-nous d’une critique ?', en: 'What do we do with criticism?' },
      help: {
        fr: 'Se taire pour ne pas donner de visibilité à un problème est une voie risquée ; une critique bien traitée peut devenir une occasion de progresser en public.',
        en: 'Staying silent so as not to draw attention to a problem is a risky path; criticism handled well can become a chance to improve in public.',
      },
      sources: ['S2', 'S1'],
    },
    {
      id: 'governance.crisisEscalation',
      type: 'longtext',
      label: { fr: 'Qui alerter, et dans quel ordre, en cas de crise ?', en: 'Whom do we alert, and in what order, in a crisis?' },
      help: {
        fr: 'Trois niveaux suffisent souvent : l’équipe, le responsable, la direction. Les noms et les numéros doivent être connus avant le problème.',
        en: 'Three levels are often enough: the team, the owner, management. Names and numbers must be known before trouble starts.',
      },
      sources: ['S1', 'S3'],
    },
    {
      id: 'governance.transparencyCharter',
      type: 'boolean',
      label: {
        fr: 'Adoptons-nous une charte de transparence ?',
        en: 'Do we adopt a transparency charter?',
      },
      help: {
        fr: 'Pas d’abonnés achetés, pas de faux avis, des partenariats toujours signalés comme la loi l’exige : tricher rompt la confiance de la communauté.',
        en: 'No bought followers, no fake reviews, partnerships always disclosed as the law requires: cheating breaks the community’s trust.',
      },
      sources: ['S2'],
    },
    {
      id: 'governance.training',
      type: 'boolean',
      label: {
        fr: 'Une formation est-elle prévue pour ceux qui animent les canaux ?',
        en: 'Is training planned for those who run the channels?',
      },
      help: {
        fr: 'Chaque canal demande des équipes formées ; les marques souvent citées en exemple ont formé les leurs avant de se lancer partout.',
        en: 'Every channel needs trained people; the brands often cited as examples trained theirs before going everywhere.',
      },
      sources: ['S5', 'S1'],
    },
    {
      id: 'governance.outsideOpinion',
      type: 'choice',
      options: options([
        ['none', 'Aucun', 'None'],
        ['peer', 'Un pair d’une autre entreprise', 'A peer from another company'],
        ['consultant', 'Un consultant', 'A consultant'],
        ['agency', 'Une agence', 'An agency'],
      ]),
      label: { fr: 'Quel regard extérieur sollicitons-nous ?', en: 'Which outside opinion do we seek?' },
      help: {
        fr: 'Un œil neuf et expert repère ce que l’équipe ne voit plus, surtout pour une première campagne menée seule.',
        en: 'A fresh, expert eye spots what the team no longer sees, especially for a first campaign run alone.',
      },
      sources: ['S1'],
    },
  ],
};
