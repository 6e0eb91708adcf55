// Blocker: no target persona, so content, tone and channels are chosen blind (S1, S3, S4).
import { defineRule } from '../rule';

export const targetsNone = defineRule({ id: 'targets.none', step: 'targets', source: ['S1', 'S3', 'S4'] }, (ctx) =>
  ctx.decided.target.decided
    ? []
    : [
        {
          severity: 'blocker',
          cardIds: [],
          message: {
            fr: 'Aucune cible n’est décrite : on ne sait pas à qui l’on parle, ni donc où ni comment.',
            en: 'No target is described: nobody knows whom we are talking to, hence neither where nor how.',
          },
          fix: {
            fr: 'Décrivez au moins une cible : métier ou secteur, âge, lieu, centres d’intérêt, attentes, et où elle s’exprime en ligne.',
            en: 'Describe at least one target: job or sector, age, location, interests, expectations, and where it talks online.',
          },
          quickFix: { kind: 'add_card', step: 'targets', cardKind: 'persona' },
        },
      ],
);
