// Warning: more than three objectives spread the effort thin; start with a few (S4, S5).
import { ids, namedList } from '../read';
import { FEW_OBJECTIVES } from '../thumbs';
import { defineRule } from '../rule';

export const MAX_OBJECTIVES = 3;

export const objectivesTooMany = defineRule(
  { id: 'objectives.too_many', step: 'objectives', source: ['S4', 'S5'], ruleOfThumb: FEW_OBJECTIVES },
  (ctx) => {
    const objs = ctx.cards('objective');
    if (objs.length <= MAX_OBJECTIVES) return [];
    // The lowest priorities (highest numbers, or none) are the ones to drop first.
    const rank = (p: unknown) => (typeof p === 'number' ? p : 99);
    const extra = [...objs].sort((a, b) => rank(a.fields.priority) - rank(b.fields.priority)).slice(MAX_OBJECTIVES);
    const names = namedList(extra);
    return [
      {
        severity: 'warning',
        cardIds: ids(objs),
        message: {
          fr: `${objs.length} objectifs : c’est trop pour démarrer, l’énergie va se disperser.`,
          en: `${objs.length} objectives: too many to start with, the effort will be spread thin.`,
        },
        fix: {
          fr: `Gardez les ${MAX_OBJECTIVES} plus importants et mettez de côté ${names.fr} (votez pour trancher).`,
          en: `Keep the ${MAX_OBJECTIVES} most important and set aside ${names.en} (vote to decide).`,
        },
      },
    ];
  },
);
