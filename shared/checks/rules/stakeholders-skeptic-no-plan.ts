// Warning: powerful skeptics with no plan to convince them can stop the project at any time (S3).
import { listed } from '../listed';
import { num, str } from '../read';
import { POWER_FOUR } from '../thumbs';
import { defineRule } from '../rule';

/** Power on the 1-5 grid from which a stakeholder can stop the project (Socle's reading of the power/interest grid). */
export const POWERFUL = 4;

export const stakeholdersSkepticNoPlan = defineRule(
  { id: 'stakeholders.skeptic_no_plan', step: 'stakeholders', source: ['S3'], ruleOfThumb: POWER_FOUR },
  (ctx) => {
    const open = ctx
      .cards('stakeholder')
      .filter((s) => str(s, 'stance') === 'skeptic' && (num(s, 'power') ?? 0) >= POWERFUL && str(s, 'plan') === undefined);
    if (open.length === 0) return [];
    const found = listed(open, {
      noun: { fr: ['sceptique influent', 'sceptiques influents'], en: ['powerful skeptic', 'powerful skeptics'] },
      one: (n) => ({
        fr: `${n.fr} a beaucoup de pouvoir, reste sceptique, et rien n’est prévu pour le convaincre.`,
        en: `${n.en} has a lot of power, remains skeptical, and nothing is planned to convince them.`,
      }),
      many: (k, n) => ({
        fr: `${k.fr}, et rien n’est prévu pour les convaincre : ${n.fr}.`,
        en: `${k.en}, and nothing is planned to convince them: ${n.en}.`,
      }),
    });
    return [
      {
        severity: 'warning',
        ...found,
        field: 'plan',
        fix: {
          fr: 'Écrivez le plan : quelle objection lever, avec quelle preuve (chiffres, exemple d’un concurrent), qui en parle, et quand.',
          en: 'Write the plan: which objection to lift, with what evidence (figures, a competitor’s example), who talks to them, and when.',
        },
        quickFix: { kind: 'edit_field', cardId: found.cardIds[0]!, field: 'plan' },
      },
    ];
  },
);
