// Warning: on average 70 % or more of the content sells; people read that as intrusion (S2).
import { fmt, ids, num } from '../read';
import { VALUE_SHARE } from '../thumbs';
import { defineRule } from '../rule';

/** Below this average share of value content, the mix counts as too commercial. */
export const MIN_VALUE_SHARE = 30;

export const contentTooCommercial = defineRule(
  { id: 'content.too_commercial', step: 'content', source: ['S2'], ruleOfThumb: VALUE_SHARE },
  (ctx) => {
    // The answer to the share question, else the pillars' mean.
    const avg = ctx.decided.valueShare.value;
    // At zero, content.no_value already says it.
    if (avg === undefined || avg <= 0 || avg >= MIN_VALUE_SHARE) return [];
    const commercial = ctx.cards('pillar').filter((p) => (num(p, 'valueShare') ?? Infinity) < MIN_VALUE_SHARE);
    return [
      {
        severity: 'warning',
        cardIds: ids(commercial),
        field: 'valueShare',
        message: {
          fr: `En moyenne ${fmt(100 - avg).fr} % du contenu est commercial : c’est vécu comme de la publicité intrusive.`,
          en: `On average ${fmt(100 - avg).en}% of the content is commercial: people feel it as intrusive advertising.`,
        },
        fix: {
          fr: `Portez la part de contenu utile à ${MIN_VALUE_SHARE} % au moins, et vendez par l’expérience plutôt que par l’offre répétée.`,
          en: `Raise the share of useful content to at least ${MIN_VALUE_SHARE}%, and sell through the experience rather than repeated offers.`,
        },
      },
    ];
  },
);
