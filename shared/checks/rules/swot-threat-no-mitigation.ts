// Tip: threats with no mitigation are risks the group saw and chose to ignore (S3, S1).
import { listed } from '../listed';
import { str } from '../read';
import { defineRule } from '../rule';

export const swotThreatNoMitigation = defineRule({ id: 'swot.threat_no_mitigation', step: 'swot', source: ['S3', 'S1'] }, (ctx) => {
  const open = ctx
    .cards('swot')
    .filter((s) => str(s, 'quadrant') === 'threat' && str(s, 'mitigation') === undefined && ctx.to(s.id, 'mitigates').length === 0);
  if (open.length === 0) return [];
  const found = listed(open, {
    noun: { fr: ['menace', 'menaces'], en: ['threat', 'threats'] },
    one: (n) => ({ fr: `La menace ${n.fr} n’a pas de parade.`, en: `The threat ${n.en} has no mitigation.` }),
    many: (k, n) => ({ fr: `${k.fr} n’ont pas de parade : ${n.fr}.`, en: `${k.en} have no mitigation: ${n.en}.` }),
  });
  return [
    {
      severity: 'tip',
      ...found,
      field: 'mitigation',
      fix: {
        fr: 'Notez ce qui réduit chaque risque ou en limite les effets, ou reliez une règle, un risque ou un plan de secours qui y répond.',
        en: 'Note what reduces each risk or limits its effects, or link a rule, risk or contingency plan that answers it.',
      },
      quickFix: { kind: 'edit_field', cardId: found.cardIds[0]!, field: 'mitigation' },
    },
  ];
});
