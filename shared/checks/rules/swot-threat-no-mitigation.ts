// Tip: a threat with no mitigation is a risk the group saw and chose to ignore (S3, S1).
import { named, str } from '../read';
import { defineRule } from '../rule';

export const swotThreatNoMitigation = defineRule({ id: 'swot.threat_no_mitigation', step: 'swot', source: ['S3', 'S1'] }, (ctx) =>
  ctx
    .cards('swot')
    .filter((s) => str(s, 'quadrant') === 'threat' && str(s, 'mitigation') === undefined && ctx.to(s.id, 'mitigates').length === 0)
    .map((s) => ({
      severity: 'tip' as const,
      cardIds: [s.id],
      field: 'mitigation',
      message: {
        fr: `La menace ${named(s).fr} n’a pas de parade.`,
        en: `The threat ${named(s).en} has no mitigation.`,
      },
      fix: {
        fr: 'Notez ce qui réduit ce risque ou en limite les effets, ou reliez une règle, un risque ou un plan de secours qui y répond.',
        en: 'Note what reduces this risk or limits its effects, or link a rule, risk or contingency plan that answers it.',
      },
      quickFix: { kind: 'edit_field' as const, cardId: s.id, field: 'mitigation' },
    })),
);
