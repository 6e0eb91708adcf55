// Warning: listening done but no look at competitors: their ideas and mistakes are free lessons (S1, S2).
import { defineRule } from '../rule';

export const listeningNoCompetitor = defineRule({ id: 'listening.no_competitor', step: 'listening', source: ['S1', 'S2'] }, (ctx) => {
  // With no listening at all, listening.none already says it.
  if (!ctx.decided.listening.decided || ctx.decided.competitorWatch.decided) return [];
  return [
    {
      severity: 'warning',
      cardIds: [],
      message: {
        fr: 'Aucune veille concurrentielle : on ne sait pas ce que font les concurrents, ni ce qui marche pour eux.',
        en: 'No competitive watch: nobody knows what competitors do, nor what works for them.',
      },
      fix: {
        fr: 'Regardez deux ou trois concurrents, même éloignés : leurs réseaux, leurs contenus, ce qu’on leur reproche.',
        en: 'Look at two or three competitors, even distant ones: their networks, their content, what people blame them for.',
      },
      quickFix: { kind: 'add_card', step: 'listening', cardKind: 'finding', fields: { source: 'competitor' } },
    },
  ];
});
