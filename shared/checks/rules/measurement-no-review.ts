// Warning: no post-campaign review planned, so nobody learns why it worked or not (S1).
import { defineRule } from '../rule';

export const measurementNoReview = defineRule({ id: 'measurement.no_review', step: 'measurement', source: ['S1'] }, (ctx) => {
  // A "no" to the review question is a decision too, and the one this warns about.
  if (ctx.decided.review.value === true) return [];
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
