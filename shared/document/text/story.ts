// FR/EN text of the case the exports argue: the decision asked, the asks, decisions still open, before and after, the business case.
import type { Text } from './index';

export const STORY = {
  management: { fr: 'Direction générale', en: 'Executive committee' },
  nextBoard: { fr: 'prochain comité', en: 'next board' },
  // The decision we ask for
  decisionTitle: {
    fr: 'Nous vous demandons de valider {what}',
    en: 'We ask you to approve {what}',
  },
  decisionWhat: {
    fr: '{objectives}, {channels} et {budget} la première année',
    en: '{objectives}, {channels} and {budget} in the first year',
  },
  decisionWhatNoBudget: {
    fr: '{objectives} et {channels}, puis d’en fixer le budget',
    en: '{objectives} and {channels}, then to set their budget',
  },
  decisionOpen: {
    fr: 'Avant de lancer, {n} décision reste à prendre',
    en: 'Before launch, {n} decision is still to take',
  },
  decisionOpenMany: {
    fr: 'Avant de lancer, {n} décisions restent à prendre',
    en: 'Before launch, {n} decisions are still to take',
  },
  // What doing nothing costs
  costTitle: { fr: 'Ne rien faire nous coûte déjà', en: 'Doing nothing already costs us' },
  costTitleEvidence: { fr: 'Ne rien faire a un coût : les chiffres le montrent', en: 'Doing nothing has a cost, and the figures show it' },
  quote: { fr: '« {text} »', en: '“{text}”' },
  objectionsRaised: { fr: 'Objections entendues et nos réponses', en: 'Objections raised and our answers' },
  raisedBy: { fr: 'soulevée par {who}', en: 'raised by {who}' },
  answerFromFigures: {
    fr: 'Nos propres chiffres y répondent : {facts}.',
    en: 'Our own figures answer it: {facts}.',
  },
  factCost: { fr: 'ne rien faire coûte {text}', en: 'doing nothing costs {text}' },
  factHours: {
    fr: '{needed} par semaine nécessaires pour {available} disponibles',
    en: '{needed} a week needed for {available} available',
  },
  factBudget: { fr: 'un budget de {budget} la première année', en: 'a first-year budget of {budget}' },
  factEvidence: { fr: '{figure} ({source})', en: '{figure} ({source})' },
  factChannels: { fr: '{n} canaux seulement, ceux que l’équipe peut tenir', en: 'only {n} channels, the ones the team can keep up' },
  noFigures: {
    fr: 'Réponse à préparer avec {owner} avant le {due}.',
    en: 'Answer to prepare with {owner} before {due}.',
  },
  budgetAnswered: {
    fr: 'Le budget de la première année est de {total}, à répartir par poste.',
    en: 'The first-year budget is {total}, still to split by category.',
  },
  budgetToAllocate: {
    fr: 'Les postes chiffrés totalisent {cost} sur les {planned} du budget décidé en séance : {gap} restent à affecter.',
    en: 'The costed lines add up to {cost} of the {planned} budget decided in the room: {gap} still to allocate.',
  },
  budgetOverPlanned: {
    fr: 'Les postes chiffrés totalisent {cost}, soit {gap} de plus que les {planned} du budget décidé en séance.',
    en: 'The costed lines add up to {cost}, {gap} more than the {planned} budget decided in the room.',
  },
  budgetFigurePlanned: { fr: 'Budget chiffré sur un an (sur {planned} décidés)', en: 'Costed budget for a year (of {planned} decided)' },
  // Before and after
  beforeAfterTitle: { fr: 'Du {from} au {to} : ce qui a changé', en: 'From {from} to {to}: what changed' },
  beforeAfterTitleUp: {
    fr: 'Du {from} au {to}, le plan passe de {before} à {after} sur 100',
    en: 'From {from} to {to}, the plan went from {before} to {after} out of 100',
  },
  beforeSnapshot: { fr: 'Instantané « {name} », {date}', en: 'Snapshot “{name}”, {date}' },
  beforeCreated: { fr: 'Atelier à sa création, {date}', en: 'Workshop as created, {date}' },
  beforeEarliest: { fr: 'Plus ancien état conservé, {date}', en: 'Earliest state kept, {date}' },
  afterCol: { fr: 'Aujourd’hui, {date}', en: 'Now, {date}' },
  beforeAfterSource: {
    fr: 'Comparaison de l’instantané « {name} » pris le {from} avec l’atelier tel qu’il est le {to}.',
    en: 'Compares the snapshot “{name}” taken on {from} with the workshop as it stands on {to}.',
  },
  beforeAfterCreated: {
    fr: 'Comparaison de l’atelier à sa création, le {from} (aucun instantané pris avant la séance), avec l’atelier tel qu’il est le {to}.',
    en: 'Compares the workshop as created on {from} (no snapshot was taken before the session) with the workshop as it stands on {to}.',
  },
  beforeAfterEarliest: {
    fr: 'Comparaison du plus ancien état que garde l’historique, le {from} (aucun instantané pris avant la séance), avec l’atelier tel qu’il est le {to}.',
    en: 'Compares the earliest state the history keeps, from {from} (no snapshot was taken before the session), with the workshop as it stands on {to}.',
  },
  measure: { fr: 'Mesure', en: 'Measure' },
  rowScore: { fr: 'Score de santé', en: 'Health score' },
  rowChannels: { fr: 'Canaux', en: 'Channels' },
  rowHours: { fr: 'Heures par semaine : besoin / disponibles', en: 'Hours a week: needed / available' },
  rowBlockers: { fr: 'Points bloquants', en: 'Blockers' },
  rowObjectives: { fr: 'Objectifs', en: 'Objectives' },
  noChannelYet: { fr: 'aucun canal', en: 'no channel' },
  // Channels: why these and not the others
  channelsTitle: {
    fr: '{n} canaux que nous pouvons tenir, pas {all} que nous ne tiendrions pas',
    en: '{n} channels we can sustain, not {all} we cannot',
  },
  channelsTitleOne: {
    fr: 'Un seul canal, celui que nous pouvons tenir',
    en: 'One channel, the one we can sustain',
  },
  channelsTitleShort: {
    fr: '{n} canaux retenus, mais l’équipe manque de {gap} par semaine',
    en: '{n} channels chosen, but the team is {gap} a week short',
  },
  leftAside: { fr: 'Écartés, et pourquoi', en: 'Left aside, and why' },
  leftAsideBecause: { fr: 'adéquation {n}/100 : {reason}', en: 'fit {n}/100: {reason}' },
  leftAsideCapacity: {
    fr: 'faute de temps : nos {available} par semaine sont pris par les canaux retenus',
    en: 'no time left: our {available} a week go to the channels chosen',
  },
  leftAsideNoHours: { fr: 'personne n’a encore d’heures pour l’animer', en: 'nobody has hours to run it yet' },
  leftAsideByGroup: { fr: 'écarté par le groupe', en: 'left aside by the group' },
  capacityLine: {
    fr: 'Capacité : {needed} par semaine nécessaires, {available} disponibles.',
    en: 'Capacity: {needed} a week needed, {available} available.',
  },
  // Objectives and KPIs
  objectivesTitle: {
    fr: '{n} objectifs chiffrés, de leur point de départ à leur cible',
    en: '{n} objectives with figures, from where we start to the target',
  },
  objectivesTitleOne: {
    fr: 'Un objectif chiffré, de son point de départ à sa cible',
    en: 'One objective with figures, from where we start to the target',
  },
  kpiChart: { fr: 'Point de départ et cible (barres en % de la cible)', en: 'Baseline and target (bars as % of the target)' },
  baseline: { fr: 'Départ', en: 'Baseline' },
  target: { fr: 'Cible', en: 'Target' },
  kpisTitle: { fr: '{n} indicateurs, suivis {rhythm}', en: '{n} KPIs, reviewed {rhythm}' },
  kpisTitleOne: { fr: 'Un indicateur, suivi {rhythm}', en: 'One KPI, reviewed {rhythm}' },
  kpisTitleNoRhythm: { fr: '{n} indicateurs pour savoir si cela marche', en: '{n} KPIs to know whether it works' },
  kpisTitleNoRhythmOne: { fr: 'Un indicateur pour savoir si cela marche', en: 'One KPI to know whether it works' },
  // Plan
  calendarTitle: { fr: 'Le plan démarre le {date}, en {n} étapes', en: 'The plan starts on {date}, in {n} steps' },
  calendarTitleOne: { fr: 'Le plan démarre le {date}', en: 'The plan starts on {date}' },
  calendarTitleNoDate: { fr: 'Le plan en {n} étapes, avec ses jalons', en: 'The plan in {n} steps, with its milestones' },
  calendarTitleNoDateOne: { fr: 'Un premier rendez-vous au calendrier', en: 'A first date in the calendar' },
  teamTitle: { fr: 'Une équipe de {n} personnes, {hours} par semaine', en: 'A team of {n} people, {hours} a week' },
  teamTitleOwner: { fr: '{owner} pilote ; chaque publication sait qui la valide', en: '{owner} leads; every post knows who approves it' },
  teamTitlePlain: { fr: 'Qui pilote, qui valide, et en combien de temps', en: 'Who leads, who approves, and how fast' },
  // Money and return
  moneyTitle: {
    fr: '{cost} par an pour {value} de valeur attendue',
    en: '{cost} a year for {value} of expected value',
  },
  moneyTitleBreakEven: {
    fr: '{cost} par an, remboursés à partir de {n} {unit}',
    en: '{cost} a year, paid back from {n} {unit}',
  },
  moneyTitleNoValue: {
    fr: '{cost} par an ; le retour reste à chiffrer',
    en: '{cost} a year; the return is still to be valued',
  },
  moneyTitleNoCost: {
    fr: 'Le budget reste à fixer avant de parler de retour',
    en: 'The budget must be set before we can talk about return',
  },
  caseHeading: { fr: 'Le calcul du retour', en: 'How the return is computed' },
  colObjective: { fr: 'Objectif', en: 'Objective' },
  colGain: { fr: 'Résultats en plus', en: 'Extra results' },
  colUnit: { fr: 'Valeur d’un résultat', en: 'Value of one result' },
  colValue: { fr: 'Valeur attendue', en: 'Expected value' },
  cost: { fr: 'Coût de la première année', en: 'First-year cost' },
  value: { fr: 'Valeur attendue', en: 'Expected value' },
  breakEven: { fr: 'Point mort', en: 'Break-even' },
  breakEvenValue: { fr: '{n} {unit}', en: '{n} {unit}' },
  breakEvenText: {
    fr: '{n} {unit} à {value} chacun paient le coût de la première année ({cost}).',
    en: '{n} {unit} at {value} each pay the first year’s cost ({cost}).',
  },
  results: { fr: 'résultats', en: 'results' },
  valueMissing: {
    fr: 'Aucune valeur par résultat n’a été donnée pour : {list}. Sans elle, nous ne calculons pas de retour pour ces objectifs plutôt que d’inventer un ratio.',
    en: 'No value per result was given for: {list}. Without it we compute no return for these objectives rather than invent a ratio.',
  },
  valueNone: {
    fr: 'Aucun objectif n’a de valeur par résultat (un contact, un lead, une vente, un recrutement) : le retour sur investissement ne peut pas encore être calculé.',
    en: 'No objective has a value per result (a contact, a lead, a sale, a hire): the return on investment cannot be computed yet.',
  },
  valueVsCost: { fr: 'Coût et valeur attendue sur un an', en: 'Cost and expected value over a year' },
  // Risks
  risksOpen: {
    fr: '{n} point bloquant à lever avant de lancer',
    en: '{n} blocker to clear before launch',
  },
  risksOpenMany: {
    fr: '{n} points bloquants à lever avant de lancer',
    en: '{n} blockers to clear before launch',
  },
  risksWarnings: {
    fr: 'Pas de point bloquant, mais {n} alerte à suivre',
    en: 'No blocker, but {n} warning to watch',
  },
  risksWarningsMany: {
    fr: 'Pas de point bloquant, mais {n} alertes à suivre',
    en: 'No blocker, but {n} warnings to watch',
  },
  risksClear: {
    fr: 'Les risques sont connus et chacun a sa parade',
    en: 'The risks are known and each has its answer',
  },
  howHandled: { fr: 'Ce que nous faisons', en: 'What we do' },
  // Decisions still to take and the asks
  openTitle: { fr: 'Décisions encore à prendre', en: 'Decisions still to take' },
  openTitleCount: { fr: '{n} décision encore à prendre, avec qui et quand', en: '{n} decision still to take, with whom and by when' },
  openTitleCountMany: { fr: '{n} décisions encore à prendre, avec qui et quand', en: '{n} decisions still to take, with whom and by when' },
  asksTitle: { fr: 'Ce que nous vous demandons aujourd’hui : {n} décisions', en: 'What we ask of you today: {n} decisions' },
  colAsk: { fr: 'Décision demandée', en: 'Decision asked' },
  colOwner: { fr: 'Qui', en: 'Who' },
  colDue: { fr: 'Pour le', en: 'By' },
  colTopic: { fr: 'À décider', en: 'To decide' },
  askBudget: { fr: 'Valider un budget de {budget} pour la première année', en: 'Approve a first-year budget of {budget}' },
  askSetBudget: { fr: 'Fixer le budget de la première année', en: 'Set the first-year budget' },
  askHoursShort: {
    fr: 'Libérer {gap} de plus par semaine pour l’équipe ({needed} nécessaires, {available} disponibles)',
    en: 'Free {gap} more a week for the team ({needed} needed, {available} available)',
  },
  askHours: { fr: 'Confirmer les {available} par semaine de l’équipe', en: 'Confirm the team’s {available} a week' },
  askHoursUnknown: { fr: 'Dire combien d’heures par semaine l’équipe peut y consacrer', en: 'Say how many hours a week the team can give' },
  askReview: { fr: 'Tenir la première revue des résultats', en: 'Hold the first review of the results' },
  askPlan: { fr: 'Valider le plan et ses {n} objectifs', en: 'Approve the plan and its {n} objectives' },
  askPlanOne: { fr: 'Valider le plan et son objectif', en: 'Approve the plan and its objective' },
  askOwner: { fr: 'Nommer le responsable de la stratégie', en: 'Name the strategy’s owner' },
  // Topics the group left open
  topicObjectives: { fr: 'Fixer un à trois objectifs chiffrés et datés', en: 'Set one to three objectives with a number and a date' },
  topicTargets: { fr: 'Choisir et classer les cibles', en: 'Choose and rank the targets' },
  topicChannels: { fr: 'Choisir les canaux que l’équipe peut tenir', en: 'Choose the channels the team can keep up' },
  topicListening: {
    fr: 'Lancer l’écoute : ce qui se dit de nous et des concurrents',
    en: 'Start listening: what is said about us and competitors',
  },
  topicContent: { fr: 'Décider du ton, des piliers de contenu et du rythme', en: 'Decide the tone, content pillars and cadence' },
  topicCalendar: { fr: 'Poser le calendrier : date de départ, jalons, plan B', en: 'Set the calendar: start date, milestones, plan B' },
  topicOwner: { fr: 'Nommer le responsable et l’équipe', en: 'Name the owner and the team' },
  topicCrisis: { fr: 'Écrire le circuit de crise et de réponse aux critiques', en: 'Write the crisis and criticism escalation path' },
  topicBudget: { fr: 'Fixer le budget', en: 'Set the budget' },
  topicHours: { fr: 'Dire les heures par semaine disponibles', en: 'State the hours a week available' },
  topicKpis: {
    fr: 'Donner un indicateur, un point de départ et une cible à chaque objectif',
    en: 'Give each objective a KPI, a baseline and a target',
  },
  topicValues: { fr: 'Donner une valeur à un résultat de chaque objectif', en: 'Give a value to one result of each objective' },
  topicRisks: { fr: 'Lister les risques et leur parade', en: 'List the risks and how we handle them' },
  topicStakeholders: { fr: 'Associer juridique, informatique, RH et ventes', en: 'Involve legal, IT, HR and sales' },
  topicReview: { fr: 'Prévoir le bilan après campagne', en: 'Plan the post-campaign review' },
  openIntro: {
    fr: 'Ces sujets n’ont pas été tranchés pendant l’atelier. Chacun a quelqu’un pour le trancher et une date.',
    en: 'These topics were not settled during the workshop. Each has someone to settle it and a date.',
  },
  // Record appendix
  record: { fr: 'Le relevé de l’atelier', en: 'The workshop’s record' },
  recordIntro: {
    fr: 'Les cartes de l’atelier, étape par étape, telles que le groupe les a écrites.',
    en: 'The workshop’s cards, step by step, as the group wrote them.',
  },
} satisfies Record<string, Text>;
