// Warning: no rule for negative feedback or crisis escalation; criticism is left to improvisation (S1, S2).
import { defineRule } from '../rule';

export const governanceNoFeedbackProcess = defineRule(
  { id: 'governance.no_feedback_process', step: 'governance', source: ['S1', 'S2'] },
  (ctx) => {
    const feedback = ctx.decided.feedback.decided;
    const crisis = ctx.decided.crisis.decided;
    if (feedback && crisis) return [];
    const message =
      !feedback && !crisis
        ? { fr: 'Rien n’est prévu pour les critiques ni pour les crises.', en: 'Nothing is planned for criticism or for a crisis.' }
        : !feedback
          ? {
              fr: 'Rien n’est prévu pour répondre aux critiques et retours négatifs.',
              en: 'Nothing is planned for answering criticism and negative feedback.',
            }
          : {
              fr: 'Aucune escalade de crise n’est prévue : qui alerter, dans quel ordre ?',
              en: 'No crisis escalation is planned: whom to alert, in what order?',
            };
    return [
      {
        severity: 'warning',
        cardIds: [],
        message,
        fix: {
          fr: 'Écrivez comment répondre à une critique (publiquement, puis en privé ; la voir comme une occasion d’améliorer) et à partir de quand on alerte la direction.',
          en: 'Write down how criticism is answered (publicly, then privately; treat it as a chance to improve) and when management gets alerted.',
        },
        quickFix: { kind: 'add_governance_rule', rule: feedback ? 'crisis' : 'negative_feedback' },
      },
    ];
  },
);
