// FR/EN sentences assembled from the workshop's figures: the executive summary, section intros and slide takeaways.
import type { Text } from './index';

export const SUMMARY = {
  objectivesOne: {
    fr: '{org} se fixe {n} objectif sur les réseaux sociaux : « {first} »{detail}.',
    en: '{org} sets itself {n} social media objective: “{first}”{detail}.',
  },
  objectivesMany: {
    fr: '{org} se fixe {n} objectifs sur les réseaux sociaux, le premier étant « {first} »{detail}.',
    en: '{org} sets itself {n} social media objectives, the first being “{first}”{detail}.',
  },
  objectiveDetail: { fr: ' ({metric} : de {from} à {to}{deadline})', en: ' ({metric}: from {from} to {to}{deadline})' },
  objectiveDeadline: { fr: ' d’ici le {date}', en: ' by {date}' },
  noObjective: {
    fr: 'Aucun objectif n’a encore été fixé : c’est la première décision à prendre (S1, S4).',
    en: 'No objective has been set yet: it is the first decision to take (S1, S4).',
  },
  topTarget: { fr: 'La cible prioritaire est « {name} »{where}.', en: 'The primary target is “{name}”{where}.' },
  topTargetWhere: { fr: ', présente surtout sur {places}', en: ', mostly found on {places}' },
  noTarget: { fr: 'Aucune cible n’a été définie.', en: 'No target has been defined.' },
  channelsOne: { fr: 'Nous retenons {n} canal : {list}.', en: 'We keep {n} channel: {list}.' },
  channelsMany: { fr: 'Nous retenons {n} canaux : {list}.', en: 'We keep {n} channels: {list}.' },
  noChannel: { fr: 'Aucun canal n’est encore retenu.', en: 'No channel has been chosen yet.' },
  budget: {
    fr: 'Le budget de la première année s’élève à {total}, dont {share} pour le poste « {top} ».',
    en: 'The first-year budget comes to {total}, {share} of it for “{top}”.',
  },
  noBudget: {
    fr: 'Aucun budget n’a été chiffré : sans moyens, pas de résultats (S2).',
    en: 'No budget has been costed: without means, no results (S2).',
  },
  hoursOk: {
    fr: 'Le plan demande {needed} par semaine et l’équipe en a {available} : la capacité suffit.',
    en: 'The plan needs {needed} a week and the team has {available}: capacity is enough.',
  },
  hoursShort: {
    fr: 'Le plan demande {needed} par semaine mais l’équipe n’en a que {available} : il manque {gap}.',
    en: 'The plan needs {needed} a week but the team only has {available}: {gap} short.',
  },
  hoursUnknown: {
    fr: 'Le temps nécessaire et le temps disponible n’ont pas été estimés.',
    en: 'Neither the time needed nor the time available has been estimated.',
  },
  blockersNone: {
    fr: 'Aucun point bloquant ne reste ouvert ; {warnings}.',
    en: 'No blocker remains open; {warnings}.',
  },
  blockersOne: { fr: '{n} point bloquant reste ouvert ; {warnings}.', en: '{n} blocker remains open; {warnings}.' },
  blockersMany: { fr: '{n} points bloquants restent ouverts ; {warnings}.', en: '{n} blockers remain open; {warnings}.' },
  warningsNone: { fr: 'aucune alerte', en: 'no warning' },
  warningsOne: { fr: '{n} alerte à surveiller', en: '{n} warning to watch' },
  warningsMany: { fr: '{n} alertes à surveiller', en: '{n} warnings to watch' },
  decisionsOne: {
    fr: 'Nous demandons {n} décision à la direction (section « {section} »).',
    en: 'We ask management for {n} decision (section “{section}”).',
  },
  decisionsMany: {
    fr: 'Nous demandons {n} décisions à la direction (section « {section} »).',
    en: 'We ask management for {n} decisions (section “{section}”).',
  },
} satisfies Record<string, Text>;

export const RECOMMENDATION = {
  title: { fr: 'Notre recommandation', en: 'Our recommendation' },
  go: { fr: 'Lancer : les conditions sont réunies.', en: 'Go: the conditions are in place.' },
  go_with_conditions: {
    fr: 'Lancer sous conditions : les décisions demandées doivent être prises d’abord.',
    en: 'Go with conditions: the decisions asked must be taken first.',
  },
  not_yet: {
    fr: 'Pas encore : mieux vaut différer que lancer sans moyens ni organisation (S2, S5).',
    en: 'Not yet: better to delay than to launch without means or organisation (S2, S5).',
  },
} satisfies Record<string, Text>;

/** Lines that open a section or say what it lacks. */
export const INTROS = {
  objectivesFew: {
    fr: 'Peu d’objectifs, chacun mesurable et daté : c’est ce qui permettra de juger le plan (S1, S4).',
    en: 'Few objectives, each measurable and dated: that is what will let us judge the plan (S1, S4).',
  },
  objectivesTooMany: {
    fr: '{n} objectifs, c’est beaucoup : au-delà de trois, l’effort se disperse (S1, S5).',
    en: '{n} objectives is a lot: beyond three, the effort scatters (S1, S5).',
  },
  targets: {
    fr: 'Les cibles sont classées : la première décide des canaux et du ton (S4, S5).',
    en: 'Targets are ranked: the first one decides channels and tone (S4, S5).',
  },
  listening: {
    fr: 'Ce qui se dit de nous, de nos concurrents et de notre secteur, et ce que nous en retenons (S1, S2, S3).',
    en: 'What is said about us, our competitors and our sector, and what we take from it (S1, S2, S3).',
  },
  noListening: {
    fr: 'Aucune écoute n’a été faite : c’est elle qui dit où ont lieu les conversations (S2).',
    en: 'No listening has been done: it is what tells where the conversations happen (S2).',
  },
  channels: {
    fr: 'Chaque canal coûte du temps, de la validation et ouvre une porte aux critiques : nous n’en gardons que ce que l’équipe peut tenir (S5, S4).',
    en: 'Each channel costs time and approval and opens a door to complaints: we keep only what the team can sustain (S5, S4).',
  },
  channelWhy: {
    fr: 'Score d’adéquation {score}/100 : cibles, objectifs, formats et capacité de suivi.',
    en: 'Fit score {score}/100: targets, objectives, formats and capacity to monitor.',
  },
  calendar: {
    fr: 'Phases, temps forts, jalons et plans de secours, dans l’ordre (S4, S1).',
    en: 'Phases, key moments, milestones and contingency plans, in order (S4, S1).',
  },
  stakeholders: {
    fr: 'Les réseaux sociaux traversent toute l’entreprise : chaque service concerné a un rôle (S3).',
    en: 'Social media cuts across the whole company: each department involved has a role (S3).',
  },
  governance: {
    fr: 'Qui décide, qui valide et en combien de temps, et que faire face aux critiques (S3, S2, S1).',
    en: 'Who decides, who approves and how fast, and what to do about criticism (S3, S2, S1).',
  },
  budget: {
    fr: 'Les moyens en argent et en temps ; sans eux, aucun résultat (S2, S5).',
    en: 'The means in money and time; without them, no results (S2, S5).',
  },
  capacityShort: {
    fr: 'Il manque {gap} par semaine : réduire les canaux ou le rythme, ou renforcer l’équipe (S5).',
    en: '{gap} a week short: fewer channels or a slower rhythm, or a bigger team (S5).',
  },
  capacityOk: {
    fr: 'L’équipe dispose de {available} pour {needed} nécessaires par semaine.',
    en: 'The team has {available} for {needed} needed each week.',
  },
  roiOne: {
    fr: 'Sur un an, {total} engagés pour {n} objectif ; le retour se lira dans les indicateurs ci-dessus, revus {rhythm} (S3).',
    en: 'Over a year, {total} committed for {n} objective; the return will show in the KPIs above, reviewed {rhythm} (S3).',
  },
  roiMany: {
    fr: 'Sur un an, {total} engagés pour {n} objectifs, soit {each} par objectif ; le retour se lira dans les indicateurs ci-dessus, revus {rhythm} (S3).',
    en: 'Over a year, {total} committed for {n} objectives, that is {each} per objective; the return will show in the KPIs above, reviewed {rhythm} (S3).',
  },
  roiNoCost: {
    fr: 'Les coûts ne sont pas chiffrés : le retour sur investissement ne pourra pas être calculé (S1, S3).',
    en: 'Costs are not stated: the return on investment cannot be computed (S1, S3).',
  },
  rhythmUnknown: { fr: 'à un rythme à fixer', en: 'at a rhythm still to set' },
  findings: {
    fr: 'Le bilan de santé relit toutes les décisions et signale ce qui ne tient pas ensemble. Les points acceptés restent listés.',
    en: 'The health check rereads every decision and flags what does not hold together. Accepted points stay listed.',
  },
  noFindings: { fr: 'Le bilan de santé ne signale aucun point.', en: 'The health check flags nothing.' },
  sources: {
    fr: 'Les constats et recommandations de ce document s’appuient sur cinq articles, cités par leur numéro.',
    en: 'The findings and advice in this document rest on five articles, cited by number.',
  },
} satisfies Record<string, Text>;
