// Warning: targets with no place where they talk online give no reason to pick one channel over another (S3, S4).
import { listed } from '../listed';
import { defineRule } from '../rule';

export const targetsNoWhereOnline = defineRule({ id: 'targets.no_where_online', step: 'targets', source: ['S3', 'S4'] }, (ctx) => {
  const unknown = ctx.cards('persona').filter((p) => !ctx.decided.whereOnline.get(p.id)?.decided);
  if (unknown.length === 0) return [];
  const found = listed(unknown, {
    noun: { fr: ['cible', 'cibles'], en: ['target', 'targets'] },
    one: (n) => ({
      fr: `On ne sait pas où la cible ${n.fr} s’exprime en ligne.`,
      en: `Nobody knows where the target ${n.en} talks online.`,
    }),
    many: (k, n) => ({
      fr: `On ne sait pas où ${k.fr} s’expriment en ligne : ${n.fr}.`,
      en: `Nobody knows where ${k.en} talk online: ${n.en}.`,
    }),
  });
  return [
    {
      severity: 'warning',
      ...found,
      field: 'whereOnline',
      fix: {
        fr: 'Listez les réseaux, forums ou sites où ces personnes parlent de votre sujet ; l’écoute et les statistiques du site aident à le savoir.',
        en: 'List the networks, forums or sites where these people discuss your subject; listening and website statistics help find out.',
      },
      quickFix: { kind: 'edit_field', cardId: found.cardIds[0]!, field: 'whereOnline' },
    },
  ];
});
