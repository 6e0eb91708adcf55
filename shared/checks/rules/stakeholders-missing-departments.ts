// Warning: legal, IT, HR, sales or the executive committee are absent; they will block later what they did not shape (S3, S5).
import { defineRule } from '../rule';

export const REQUIRED_DEPARTMENTS = ['legal', 'it', 'hr', 'sales', 'executive'] as const;
type Required = (typeof REQUIRED_DEPARTMENTS)[number];

const LABELS: Record<Required, { fr: string; en: string }> = {
  legal: { fr: 'juridique', en: 'legal' },
  it: { fr: 'informatique', en: 'IT' },
  hr: { fr: 'ressources humaines', en: 'HR' },
  sales: { fr: 'ventes', en: 'sales' },
  executive: { fr: 'direction générale', en: 'executive committee' },
};

export const stakeholdersMissingDepartments = defineRule(
  { id: 'stakeholders.missing_departments', step: 'stakeholders', source: ['S3', 'S5'] },
  (ctx) => {
    // Ticked in the departments question, on a stakeholder card, or a participant's department: all count.
    const present = ctx.decided.departments.value;
    const missing = REQUIRED_DEPARTMENTS.filter((d) => !present?.has(d));
    if (missing.length === 0) return [];
    return [
      {
        severity: 'warning',
        cardIds: [],
        message: {
          fr: `Services absents des parties prenantes : ${missing.map((d) => LABELS[d].fr).join(', ')}.`,
          en: `Departments missing from the stakeholders: ${missing.map((d) => LABELS[d].en).join(', ')}.`,
        },
        fix: {
          fr: 'Associez-les tôt : le juridique et l’informatique fixent les limites, les RH et les ventes y trouvent leur intérêt, la direction tranche.',
          en: 'Bring them in early: legal and IT set the limits, HR and sales find their own benefit, the executives decide.',
        },
        quickFix: { kind: 'add_stakeholders', departments: missing },
      },
    ];
  },
);
