// Warning: no listening done before speaking: what is said about us and where is unknown (S2, S3).
import { defineRule } from '../rule';

export const listeningNone = defineRule({ id: 'listening.none', step: 'listening', source: ['S2', 'S3'] }, (ctx) =>
  ctx.decided.listening.decided
    ? []
    : [
        {
          severity: 'warning',
          cardIds: [],
          message: {
            fr: 'Aucune écoute n’a été faite : on ignore ce qui se dit de l’entreprise, où, et par qui.',
            en: 'No listening has been done: what is said about the company, where and by whom is unknown.',
          },
          fix: {
            fr: 'Notez ce qui se dit de vous, de vos concurrents et de votre secteur, avec la source et le ton.',
            en: 'Record what is said about you, your competitors and your sector, with the source and the tone.',
          },
          quickFix: { kind: 'add_card', step: 'listening', cardKind: 'finding', fields: { source: 'us' } },
        },
      ],
);
