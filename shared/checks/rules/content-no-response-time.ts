// Warning: no promise on how fast people get an answer; unanswered comments cost trust (S2, S4).
import { defineRule } from '../rule';

export const contentNoResponseTime = defineRule({ id: 'content.no_response_time', step: 'content', source: ['S2', 'S4'] }, (ctx) => {
  if (ctx.cards('channel').length === 0 || ctx.decided.responseTime.decided) return [];
  return [
    {
      severity: 'warning',
      cardIds: [],
      field: 'responseTimeHours',
      message: {
        fr: 'Aucun délai de réponse n’est promis : questions et critiques risquent de rester sans réponse.',
        en: 'No response time is promised: questions and criticism may go unanswered.',
      },
      fix: {
        fr: 'Fixez en heures le délai dans lequel chaque message reçoit une réponse, canal par canal, et qui s’en charge.',
        en: 'Set, in hours, how soon every message gets an answer, channel by channel, and who does it.',
      },
    },
  ];
});
