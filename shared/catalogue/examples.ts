// Examples of good cards for each step (one per zone where the step's zones differ in kind), shown on an empty step's
// canvas as models: never stored, exported or checked. Written for Socle from each step's method (DESIGN 3 and the
// articles it cites), not quoted from them.
import type { CardKindName, Fields, FieldValue, Language, StepId } from '../model';
import { typeset } from '../text/typography';
import type { Text } from './types';

export interface ExampleDef {
  kind: CardKindName;
  title: Text;
  /** Values that read the same in both languages (options' ids, numbers, dates). */
  fields?: Fields;
  /** Text values, in both languages. */
  texts?: Record<string, Text>;
}

export const EXAMPLES: Record<StepId, readonly ExampleDef[]> = {
  context: [
    {
      kind: 'note',
      title: {
        fr: 'Nos clients nous découvrent par des avis que nous ne lisons jamais',
        en: 'Customers find us through reviews we never read',
      },
    },
  ],
  convince: [
    {
      kind: 'objection',
      title: { fr: '« Nous n’avons personne pour s’en occuper »', en: '“We have nobody to look after it”' },
      texts: { raisedBy: { fr: 'Direction financière', en: 'Finance director' } },
    },
    {
      kind: 'rebuttal',
      title: {
        fr: 'Trois heures par semaine d’une personne nommée, et un bilan au bout de six mois',
        en: 'Three hours a week from one named person, and a review after six months',
      },
    },
    {
      kind: 'benefit',
      title: { fr: 'Des candidats qui nous connaissent avant l’entretien', en: 'Applicants who know us before the interview' },
    },
  ],
  objectives: [
    {
      kind: 'objective',
      title: { fr: '40 demandes de devis par mois venues des réseaux', en: '40 quote requests a month from social media' },
      fields: { type: 'leads', baseline: 12, target: 40, deadline: '2027-06-30' },
      texts: { metric: { fr: 'Formulaires de devis reçus', en: 'Quote forms received' } },
    },
  ],
  targets: [
    {
      kind: 'persona',
      title: { fr: 'Responsables achats de PME industrielles', en: 'Purchasing managers at small manufacturers' },
      fields: { whereOnline: ['linkedin', 'newsletter'] },
      texts: { job: { fr: 'Acheteur', en: 'Buyer' }, ageRange: { fr: '35 à 55 ans', en: '35 to 55' } },
    },
  ],
  listening: [
    {
      kind: 'finding',
      title: {
        fr: 'Un concurrent répond à chaque avis en moins d’un jour, et ses notes remontent',
        en: 'A competitor answers every review within a day, and its ratings climb',
      },
      fields: { source: 'competitor', sentiment: 'positive' },
    },
  ],
  channels: [
    {
      kind: 'channel',
      title: { fr: 'LinkedIn, pour les décideurs', en: 'LinkedIn, for decision makers' },
      fields: { platform: 'linkedin', formats: ['article', 'carousel'] },
      texts: { monitoredBy: { fr: 'Chargée de communication', en: 'Communication officer' } },
    },
  ],
  content: [
    {
      kind: 'pillar',
      title: { fr: 'Les coulisses du métier', en: 'Behind the scenes of the trade' },
      fields: { formats: ['short_video', 'image'], valueShare: 80 },
      texts: { tone: { fr: 'Simple et fier du travail bien fait', en: 'Plain and proud of good work' } },
    },
    {
      kind: 'cadence',
      title: { fr: 'LinkedIn : 2 par semaine, réponse en un jour', en: 'LinkedIn: 2 a week, answers within a day' },
      fields: { platform: 'linkedin', postsPerWeek: 2, format: 'carousel', responseTimeHours: 24 },
    },
  ],
  calendar: [
    {
      kind: 'calendar_item',
      title: { fr: 'Trois mois d’essai, puis un bilan chiffré', en: 'Three months of trial, then a review in figures' },
      // No dates: the timeline would put it at them, which may be outside the months it draws.
      fields: { type: 'phase' },
    },
  ],
  stakeholders: [
    {
      kind: 'stakeholder',
      title: { fr: 'Service juridique', en: 'Legal department' },
      fields: { department: 'legal', raci: 'C', power: 4, interest: 2, stance: 'skeptic' },
      texts: { person: { fr: 'Responsable juridique', en: 'Head of legal' } },
    },
  ],
  governance: [
    {
      kind: 'governance_rule',
      title: {
        fr: 'Une publication sensible est validée en 4 heures au plus',
        en: 'A sensitive post is approved within 4 hours at most',
      },
      fields: { rule: 'validation', maxDelayHours: 4, escalationLevel: 2 },
      texts: { who: { fr: 'Directrice de la communication', en: 'Head of communication' } },
    },
  ],
  swot: [
    {
      kind: 'swot',
      title: { fr: 'Des équipes qui aiment montrer leur travail', en: 'Teams who like showing their work' },
      fields: { quadrant: 'strength' },
    },
    {
      kind: 'swot',
      title: { fr: 'Personne n’a de temps réservé pour les réseaux', en: 'Nobody has time set aside for social media' },
      fields: { quadrant: 'weakness' },
    },
    {
      kind: 'swot',
      title: { fr: 'Nos clients publient déjà des photos de nos produits', en: 'Our customers already post photos of our products' },
      fields: { quadrant: 'opportunity' },
    },
    {
      kind: 'swot',
      title: { fr: 'Un avis négatif resté sans réponse pendant des semaines', en: 'A bad review left unanswered for weeks' },
      fields: { quadrant: 'threat' },
      texts: { mitigation: { fr: 'Réponse sous 24 heures, relue par la direction', en: 'An answer within 24 hours, read by management' } },
    },
  ],
  resources: [
    {
      kind: 'budget_line',
      title: { fr: 'Outil de veille et de statistiques', en: 'Listening and analytics tool' },
      fields: { category: 'tools', amount: 90, period: 'month' },
    },
  ],
  measurement: [
    {
      kind: 'kpi',
      title: { fr: 'Demandes de devis venues des réseaux', en: 'Quote requests from social media' },
      fields: { baseline: 12, target: 40, timeframeMonths: 12, nature: 'quantitative' },
    },
  ],
  risks: [
    {
      kind: 'risk',
      title: { fr: 'La personne chargée des réseaux part en cours d’année', en: 'The person running social media leaves mid-year' },
      fields: { likelihood: 2, impact: 4 },
    },
    {
      kind: 'decision',
      title: {
        fr: 'Accorder 6 heures par semaine à une personne nommée',
        en: 'Give one named person 6 hours a week',
      },
      fields: { status: 'open' },
      texts: { askedOf: { fr: 'Comité de direction', en: 'Executive committee' } },
    },
  ],
};

/** One of a step's examples in one language: its kind, title and fields as a card would hold them. */
export function exampleCard(step: StepId, index: number, language: Language): { kind: CardKindName; title: string; fields: Fields } | null {
  const def = EXAMPLES[step]?.[index];
  if (!def) return null;
  const fields: Record<string, FieldValue> = { ...(def.fields ?? {}) };
  for (const [key, text] of Object.entries(def.texts ?? {})) fields[key] = typeset(language, text[language]);
  return { kind: def.kind, title: typeset(language, def.title[language]), fields };
}
