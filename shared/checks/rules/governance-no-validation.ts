// Tip: no validation workflow stated; who approves what, and how fast, is left to chance (S3, S5).
import { defineRule } from '../rule';

export const governanceNoValidation = defineRule({ id: 'governance.no_validation', step: 'governance', source: ['S3', 'S5'] }, (ctx) =>
  ctx.decided.validation.decided
    ? []
    : [
        {
          severity: 'tip',
          cardIds: [],
          message: {
            fr: 'Le circuit de validation n’est pas décrit : qui valide quoi, et en combien de temps ?',
            en: 'The approval workflow is not described: who approves what, and how fast?',
          },
          fix: {
            fr: 'Décrivez un circuit court : ce qui se publie sans validation, ce qui passe par le responsable, ce qui remonte au juridique, avec un délai maximal.',
            en: 'Describe a short workflow: what goes out without approval, what goes through the owner, what goes to legal, with a maximum delay.',
          },
          quickFix: { kind: 'add_governance_rule', rule: 'validation' },
        },
      ],
);
