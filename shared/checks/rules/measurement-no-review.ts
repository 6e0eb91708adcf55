// Warning: no post-campaign review planned, so nobody learns why it worked or not (S1).
import { answered } from '../answers';
import { str } from '../read';
import { defineRule } from '../rule';

/** A milestone or iteration whose title or text says "review" (FR or EN) counts as the review. */
export const REVIEW_WORDS = /bilan|review|retour d.exp|r[ée]trospective|retrospective|d[ée]brief|post.campa|[ée]valuation|analyse/i;

export const measurementNoReview = defineRule({ id: 'measurement.no_review', step: 'measurement', source: ['S1'] }, (ctx, input) => {
  const planned = ctx
    .cards('calendar_item')
    .some((c) => ['milestone', 'iteration'].includes(str(c, 'type') ?? '') && REVIEW_WORDS.test(`${c.title} ${c.body}`));
  if (planned || answered(input, 'review')) return [];
  return [
    {
      severity: 'warning',
      cardIds: [],
      message: {
        fr: 'Aucun bilan de campagne n’est prévu : on ne saura pas ce qui a marché, ni pourquoi.',
        en: 'No post-campaign review is planned: nobody will know what worked, nor why.',
      },
      fix: {
        fr: 'Placez au calendrier un jalon « Bilan » avec sa date, ses participants et les indicateurs à présenter.',
        en: 'Put a “Review” milestone on the calendar with its date, its attendees and the indicators to present.',
      },
      quickFix: {
        kind: 'add_card',
        step: 'calendar',
        cardKind: 'calendar_item',
        title: { fr: 'Bilan de campagne', en: 'Post-campaign review' },
        fields: { type: 'milestone' },
      },
    },
  ];
});
