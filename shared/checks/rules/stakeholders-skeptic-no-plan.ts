// Warning: a powerful skeptic with no plan to convince them can stop the project at any time (S3).
import { named, num, str } from '../read';
import { defineRule } from '../rule';

export const POWERFUL = 4;

export const stakeholdersSkepticNoPlan = defineRule({ id: 'stakeholders.skeptic_no_plan', step: 'stakeholders', source: ['S3'] }, (ctx) =>
  ctx
    .cards('stakeholder')
    .filter((s) => str(s, 'stance') === 'skeptic' && (num(s, 'power') ?? 0) >= POWERFUL && str(s, 'plan') === undefined)
    .map((s) => ({
      severity: 'warning' as const,
      cardIds: [s.id],
      field: 'plan',
      message: {
        fr: `${named(s).fr} a beaucoup de pouvoir, reste sceptique, et rien n’est prévu pour le convaincre.`,
        en: `${named(s).en} has a lot of power, remains skeptical, and nothing is planned to convince them.`,
      },
      fix: {
        fr: 'Écrivez le plan : quelle objection lever, avec quelle preuve (chiffres, exemple d’un concurrent), qui lui en parle, et quand.',
        en: 'Write the plan: which objection to lift, with what evidence (figures, a competitor’s example), who talks to them, and when.',
      },
      quickFix: { kind: 'edit_field' as const, cardId: s.id, field: 'plan' },
    })),
);
