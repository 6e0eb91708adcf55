// Warning: a target with no place where it talks online gives no reason to pick one channel over another (S3, S4).
import { list, named } from '../read';
import { defineRule } from '../rule';

export const targetsNoWhereOnline = defineRule({ id: 'targets.no_where_online', step: 'targets', source: ['S3', 'S4'] }, (ctx) =>
  ctx
    .cards('persona')
    .filter((p) => list(p, 'whereOnline').length === 0)
    .map((p) => ({
      severity: 'warning' as const,
      cardIds: [p.id],
      field: 'whereOnline',
      message: {
        fr: `On ne sait pas où la cible ${named(p).fr} s’exprime en ligne.`,
        en: `Nobody knows where the target ${named(p).en} talks online.`,
      },
      fix: {
        fr: 'Listez les réseaux, forums ou sites où ces personnes parlent de votre sujet ; l’écoute et les statistiques du site aident à le savoir.',
        en: 'List the networks, forums or sites where these people discuss your subject; listening and website statistics help find out.',
      },
      quickFix: { kind: 'edit_field' as const, cardId: p.id, field: 'whereOnline' },
    })),
);
