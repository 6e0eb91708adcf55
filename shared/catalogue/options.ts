// Labelled options for every enum of the card fields, plus the platform ids, shared by questions and card kinds.
import {
  BUDGET_CATEGORIES,
  BUDGET_PERIODS,
  CALENDAR_TYPES,
  DECISION_STATUSES,
  DEPARTMENTS,
  FINDING_SOURCES,
  GOVERNANCE_RULES,
  KPI_NATURES,
  OBJECTION_STATUSES,
  OBJECTIVE_TYPES,
  QUADRANTS,
  RACI,
  SENTIMENTS,
  STANCES,
  TEAM_TYPES,
} from '../model';
import { UNDECIDED } from '../decisions/undecided';
import { BUILTIN_PLATFORM_IDS } from './platforms';
import type { Option, Question, Text } from './types';

/** Builds options in the enum's own order, so a missing label is a type error. */
function labelled<V extends string>(values: readonly V[], labels: Record<V, Text>): Option[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

/** Platform ids: the platform catalogue's own list (written once, in platforms.ts). */
export const PLATFORM_IDS = BUILTIN_PLATFORM_IDS;
export type PlatformId = (typeof PLATFORM_IDS)[number];

export const PLATFORM_OPTIONS = labelled(PLATFORM_IDS, {
  facebook: { fr: 'Facebook', en: 'Facebook' },
  instagram: { fr: 'Instagram', en: 'Instagram' },
  linkedin: { fr: 'LinkedIn', en: 'LinkedIn' },
  x: { fr: 'X (ex-Twitter)', en: 'X (formerly Twitter)' },
  youtube: { fr: 'YouTube', en: 'YouTube' },
  tiktok: { fr: 'TikTok', en: 'TikTok' },
  pinterest: { fr: 'Pinterest', en: 'Pinterest' },
  threads: { fr: 'Threads', en: 'Threads' },
  whatsapp: { fr: 'WhatsApp', en: 'WhatsApp' },
  blog: { fr: 'Blog', en: 'Blog' },
  newsletter: { fr: 'Lettre d’information', en: 'Newsletter' },
  google_business: { fr: 'Fiche Google (avis locaux)', en: 'Google Business Profile (local listings)' },
  podcast: { fr: 'Podcast', en: 'Podcast' },
});

export const OBJECTIVE_TYPE_OPTIONS = labelled(OBJECTIVE_TYPES, {
  awareness: { fr: 'Notoriété', en: 'Awareness' },
  credibility: { fr: 'Crédibilité', en: 'Credibility' },
  traffic: { fr: 'Trafic vers le site', en: 'Website traffic' },
  leads: { fr: 'Prospects (leads)', en: 'Leads' },
  sales: { fr: 'Ventes', en: 'Sales' },
  customer_service: { fr: 'Service client', en: 'Customer service' },
  recruiting: { fr: 'Recrutement', en: 'Recruiting' },
  community: { fr: 'Communauté', en: 'Community' },
});

export const FINDING_SOURCE_OPTIONS = labelled(FINDING_SOURCES, {
  us: { fr: 'Ce qu’on dit de nous', en: 'What is said about us' },
  competitor: { fr: 'Concurrent', en: 'Competitor' },
  sector: { fr: 'Acteur du secteur', en: 'Sector actor' },
  success_elsewhere: { fr: 'Réussite ailleurs', en: 'Success elsewhere' },
  failure_elsewhere: { fr: 'Échec ailleurs', en: 'Failure elsewhere' },
  tool: { fr: 'Outil d’écoute', en: 'Listening tool' },
});

export const SENTIMENT_OPTIONS = labelled(SENTIMENTS, {
  positive: { fr: 'Positif', en: 'Positive' },
  neutral: { fr: 'Neutre', en: 'Neutral' },
  negative: { fr: 'Négatif', en: 'Negative' },
  mixed: { fr: 'Partagé', en: 'Mixed' },
});

export const CALENDAR_TYPE_OPTIONS = labelled(CALENDAR_TYPES, {
  phase: { fr: 'Phase', en: 'Phase' },
  event: { fr: 'Événement ou temps fort', en: 'Event or key moment' },
  milestone: { fr: 'Jalon', en: 'Milestone' },
  iteration: { fr: 'Itération', en: 'Iteration' },
  contingency: { fr: 'Plan de secours', en: 'Contingency plan' },
});

export const DEPARTMENT_OPTIONS = labelled(DEPARTMENTS, {
  executive: { fr: 'Direction générale', en: 'Executive committee' },
  communication: { fr: 'Communication', en: 'Communication' },
  marketing: { fr: 'Marketing', en: 'Marketing' },
  pr: { fr: 'Relations presse et publiques', en: 'Public relations' },
  sales: { fr: 'Ventes', en: 'Sales' },
  hr: { fr: 'Ressources humaines', en: 'Human resources' },
  it: { fr: 'Informatique (DSI)', en: 'IT' },
  legal: { fr: 'Juridique', en: 'Legal' },
  customer_service: { fr: 'Service client', en: 'Customer service' },
  other: { fr: 'Autre', en: 'Other' },
});

export const RACI_OPTIONS = labelled(RACI, {
  R: { fr: 'R : réalise', en: 'R: responsible' },
  A: { fr: 'A : approuve', en: 'A: accountable' },
  C: { fr: 'C : est consulté', en: 'C: consulted' },
  I: { fr: 'I : est informé', en: 'I: informed' },
});

export const STANCE_OPTIONS = labelled(STANCES, {
  champion: { fr: 'Moteur', en: 'Champion' },
  neutral: { fr: 'Neutre', en: 'Neutral' },
  skeptic: { fr: 'Sceptique', en: 'Skeptic' },
});

export const GOVERNANCE_RULE_OPTIONS = labelled(GOVERNANCE_RULES, {
  owner: { fr: 'Responsable', en: 'Owner' },
  team: { fr: 'Équipe', en: 'Team' },
  validation: { fr: 'Circuit de validation', en: 'Approval workflow' },
  negative_feedback: { fr: 'Retours négatifs', en: 'Negative feedback' },
  crisis: { fr: 'Crise et escalade', en: 'Crisis and escalation' },
  charter: { fr: 'Charte de transparence', en: 'Transparency charter' },
  training: { fr: 'Formation', en: 'Training' },
  outside_opinion: { fr: 'Regard extérieur', en: 'Outside opinion' },
});

export const TEAM_TYPE_OPTIONS = labelled(TEAM_TYPES, {
  dedicated: { fr: 'Équipe dédiée', en: 'Dedicated team' },
  part_time: { fr: 'À temps partiel', en: 'Part time' },
  intern: { fr: 'Stagiaire ou alternant', en: 'Intern or apprentice' },
  agency: { fr: 'Agence', en: 'Agency' },
  freelance: { fr: 'Indépendant', en: 'Freelancer' },
});

export const QUADRANT_OPTIONS = labelled(QUADRANTS, {
  strength: { fr: 'Force', en: 'Strength' },
  weakness: { fr: 'Faiblesse', en: 'Weakness' },
  opportunity: { fr: 'Opportunité', en: 'Opportunity' },
  threat: { fr: 'Menace', en: 'Threat' },
});

export const BUDGET_CATEGORY_OPTIONS = labelled(BUDGET_CATEGORIES, {
  ads: { fr: 'Publicité', en: 'Advertising' },
  tools: { fr: 'Outils d’écoute et d’analyse', en: 'Listening and analytics tools' },
  content: { fr: 'Production de contenus', en: 'Content production' },
  people: { fr: 'Personnel', en: 'People' },
  training: { fr: 'Formation', en: 'Training' },
  agency: { fr: 'Agence', en: 'Agency' },
  other: { fr: 'Autre', en: 'Other' },
});

export const BUDGET_PERIOD_OPTIONS = labelled(BUDGET_PERIODS, {
  one_off: { fr: 'Ponctuel', en: 'One-off' },
  month: { fr: 'Par mois', en: 'Per month' },
  year: { fr: 'Par an', en: 'Per year' },
});

export const KPI_NATURE_OPTIONS = labelled(KPI_NATURES, {
  quantitative: { fr: 'Quantitatif', en: 'Quantitative' },
  qualitative: { fr: 'Qualitatif', en: 'Qualitative' },
});

export const DECISION_STATUS_OPTIONS = labelled(DECISION_STATUSES, {
  open: { fr: 'À décider', en: 'Open' },
  taken: { fr: 'Prise', en: 'Taken' },
  refused: { fr: 'Refusée', en: 'Refused' },
});

export const OBJECTION_STATUS_OPTIONS = labelled(OBJECTION_STATUSES, {
  open: { fr: 'Sans réponse', en: 'Open' },
  answered: { fr: 'Traitée', en: 'Answered' },
});

/** Options built inline by questions that are not tied to a model enum. */
export function options(entries: [string, string, string][]): Option[] {
  return entries.map(([value, fr, en]) => ({ value, label: { fr, en } }));
}

/** The explicit "not decided yet" option; its value is read as no decision (see shared/decisions). */
export const UNDECIDED_OPTION: Option = { value: UNDECIDED, label: { fr: 'Pas encore décidé', en: 'Not decided yet' } };

/** A choice question with the "not decided yet" option at the end, unless it has its own. */
export function withUndecided(q: Question): Question {
  if (q.type !== 'choice' || !q.options || q.options.some((o) => o.value === UNDECIDED_OPTION.value)) return q;
  return { ...q, options: [...q.options, UNDECIDED_OPTION] };
}
