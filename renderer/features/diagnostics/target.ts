// Where a finding takes the user: the step, the card to select, and the field, question or button to focus.
import { STEPS } from '../../../shared/catalogue';
import type { Finding } from '../../../shared/checks';
import type { Card, StepId } from '../../../shared/model';

/** Rules that a guided question also settles (see shared/decisions): when no card is concerned, its question is where to act. */
export const RULE_QUESTIONS: Readonly<Record<string, string>> = {
  'content.no_tone': 'content.toneWords',
  'content.no_response_time': 'content.responseTimeHours',
  'calendar.no_contingency': 'calendar.contingency',
  'measurement.no_review': 'calendar.firstReview',
  'listening.none': 'listening.saidAboutUs',
  'listening.no_tool_budget': 'resources.toolsBudgeted',
  'resources.no_people': 'resources.hoursPerWeek',
  'stakeholders.missing_departments': 'stakeholders.departments',
  'convince.impatient': 'convince.patienceMonths',
  'convince.skeptic_no_sponsor': 'convince.sponsor',
  'governance.no_owner': 'governance.owner',
  'governance.no_validation': 'governance.maxValidationHours',
  'governance.no_feedback_process': 'governance.negativeFeedback',
  'governance.no_charter': 'governance.transparencyCharter',
  'governance.no_training': 'governance.training',
  'governance.no_outside_opinion': 'governance.outsideOpinion',
};

export interface FindingTarget {
  step: StepId;
  cardId: string | null;
  /** A CSS selector of the element to focus once the step is shown, or null. */
  focus: string | null;
}

const stepOfQuestion = (id: string): StepId | undefined => STEPS.find((s) => s.questions.some((q) => q.id === id))?.id;
const byTestId = (id: string) => `[data-testid="${id}"]`;
/** A field of the selected card's form in the side panel. */
export const cardField = (field: string) => `${byTestId('selected-card')} ${byTestId(`field-${field}`)}`;

export function targetOf(finding: Finding, cards: readonly Card[]): FindingTarget {
  const card = finding.cardIds.map((id) => cards.find((c) => c.id === id)).find((c) => c !== undefined);
  const fix = finding.quickFix;
  if (card) {
    const field = finding.field ?? (fix?.kind === 'edit_field' && fix.cardId === card.id ? fix.field : undefined);
    return { step: card.step, cardId: card.id, focus: cardField(field ?? 'title') };
  }
  const question = RULE_QUESTIONS[finding.ruleId];
  const questionStep = question ? stepOfQuestion(question) : undefined;
  if (question && questionStep) return { step: questionStep, cardId: null, focus: byTestId(`question-${question}`) };
  if (fix?.kind === 'add_card') return { step: fix.step, cardId: null, focus: byTestId(`add-card-${fix.cardKind}`) };
  if (fix?.kind === 'add_governance_rule') return { step: 'governance', cardId: null, focus: byTestId('add-card-governance_rule') };
  if (fix?.kind === 'add_stakeholders') return { step: 'stakeholders', cardId: null, focus: byTestId('add-card-stakeholder') };
  return { step: finding.step, cardId: null, focus: null };
}

/** Focuses the first control inside the element the selector finds, once the new step has rendered (a few frames at most). */
export function focusWhenReady(selector: string, doc: Document = document, frames = 30): void {
  const attempt = (left: number) => {
    const el = doc.querySelector<HTMLElement>(selector);
    const control = el?.matches('input, textarea, select, button')
      ? el
      : el?.querySelector<HTMLElement>('input:not([disabled]), textarea, select, button:not([disabled])');
    if (control) {
      control.focus();
      control.scrollIntoView?.({ block: 'nearest' });
    } else if (left > 0) requestAnimationFrame(() => attempt(left - 1));
  };
  // Two frames first, so the element found belongs to the step and card just selected, not the ones before.
  requestAnimationFrame(() => requestAnimationFrame(() => attempt(frames)));
}
