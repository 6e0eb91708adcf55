// Warning: a target that is everyone ("le grand public", "all our customers") is no target; social networks work by niches (S5, S1).
import type { Card } from '../../model';
import { listed } from '../listed';
import { defineRule } from '../rule';

/** Names that describe everybody rather than a group one can picture (compared without accents or case). */
const EVERYONE =
  /^(?:le |la |les |tout le |tous (?:les |nos )?|toutes (?:les |nos )?|all (?:of )?(?:our |the )?|the |everyone|everybody|tout le monde|n'importe qui|anyone)*(?:grand public|general public|public|monde|clients?|customers?|consommateurs?|consumers?|gens|people|internautes|francais|particuliers|everyone|everybody|mass market|cible large|large public)(?: en general| in general)?$/;

const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, "'")
    .replace(/[.!]+$/, '')
    .trim();

export const isEveryone = (name: string): boolean => EVERYONE.test(fold(name));

export const targetsEveryone = defineRule({ id: 'targets.everyone', step: 'targets', source: ['S5', 'S1'] }, (ctx) => {
  const target = ctx.decided.target;
  if (!target.decided) return [];
  const personas = ctx.cards('persona');
  const cards: Card[] = personas.filter((p) => isEveryone(p.title));
  // The decision lists the named personas first, then the answer's target: only the latter is read here.
  const named = personas.filter((p) => p.title.trim()).length;
  const answer = (target.value ?? []).find((name, i) => i >= named && isEveryone(name));
  if (cards.length === 0 && answer === undefined) return [];
  const found =
    cards.length > 0
      ? listed(cards, {
          noun: { fr: ['cible', 'cibles'], en: ['target', 'targets'] },
          one: (n) => ({
            fr: `La cible ${n.fr} désigne tout le monde, donc personne.`,
            en: `The target ${n.en} means everyone, hence no one.`,
          }),
          many: (k, n) => ({
            fr: `${k.fr} désignent tout le monde, donc personne : ${n.fr}.`,
            en: `${k.en} mean everyone, hence no one: ${n.en}.`,
          }),
        })
      : {
          cardIds: [],
          message: {
            fr: `La cible prioritaire « ${answer} » désigne tout le monde, donc personne.`,
            en: `The priority target “${answer}” means everyone, hence no one.`,
          },
        };
  return [
    {
      severity: 'warning',
      ...found,
      fix: {
        fr: 'Décrivez un groupe précis que l’on peut se représenter (métier, âge, lieu, attentes) : les réseaux fonctionnent par niches, pas par diffusion de masse.',
        en: 'Describe a precise group one can picture (job, age, place, expectations): social networks work by niches, not mass broadcast.',
      },
      ...(found.cardIds[0] ? { quickFix: { kind: 'edit_field' as const, cardId: found.cardIds[0], field: 'job' } } : {}),
    },
  ];
});
