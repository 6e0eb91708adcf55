// Warning: no tone or brand personality; an impersonal brand is forgotten (S2, S4).
import { defineRule } from '../rule';

export const contentNoTone = defineRule({ id: 'content.no_tone', step: 'content', source: ['S2', 'S4'] }, (ctx) =>
  ctx.decided.tone.decided
    ? []
    : [
        {
          severity: 'warning',
          cardIds: [],
          field: 'tone',
          message: {
            fr: 'Le ton et la personnalité de la marque ne sont pas définis.',
            en: 'The brand’s tone and personality are not defined.',
          },
          fix: {
            fr: 'Choisissez trois mots pour votre ton (par exemple chaleureux, expert, direct), adaptés à vos cibles, et ce que la marque ne dira jamais.',
            en: 'Pick three words for your tone (for example warm, expert, direct), suited to your targets, and what the brand will never say.',
          },
        },
      ],
);
