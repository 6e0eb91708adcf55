// Tests for the one reading of decisions: answer only, card only, both, and answers that decide nothing.
import { describe, expect, it } from 'vitest';
import { answer, card, input, link, participant } from '../checks/test-kit';
import { decisions } from './read';
import { UNDECIDED } from './undecided';

describe('decisions', () => {
  it('reads a decision from an answer, a card, or both, and says where', () => {
    const line = card('budget_line', { category: 'ads', amount: 500, period: 'month' });
    expect(decisions(input({ answers: [answer('resources.annualBudget', 12000)] })).budget).toMatchObject({
      decided: true,
      value: 12000,
      where: 'answer',
      questions: ['resources.annualBudget'],
    });
    expect(decisions(input({ cards: [line] })).budget).toMatchObject({ decided: true, value: 6000, where: 'card', cardIds: [line.id] });
    const both = decisions(input({ cards: [line], answers: [answer('resources.annualBudget', 9000)] })).budget;
    expect(both).toMatchObject({ decided: true, value: 9000, where: 'both' });
    expect(decisions(input()).budget).toEqual({ decided: false, cardIds: [], questions: [] });
  });

  it('does not count the "not decided yet" option nor free text that says so, in French or English', () => {
    for (const v of ['pas encore décidé', 'À définir', 'not decided yet', 'TBD', 'we do not answer', 'On ne sait pas encore', '?']) {
      expect(decisions(input({ answers: [answer('governance.crisisEscalation', v)] })).crisis.decided, v).toBe(false);
    }
    expect(decisions(input({ answers: [answer('governance.negativeFeedback', UNDECIDED)] })).feedback.decided).toBe(false);
    expect(
      decisions(input({ answers: [answer('governance.crisisEscalation', 'Équipe, puis la directrice, puis le PDG')] })).crisis.decided,
    ).toBe(true);
    // Real content that happens to contain an "open" phrase still decides.
    const said = 'Beaucoup de questions sur les déviations, souvent sans réponse.';
    expect(decisions(input({ answers: [answer('listening.saidAboutUs', said)] })).listening.decided).toBe(true);
    const long = 'Répondre sous 24 h ; le ton exact est encore à définir avec la directrice de la communication.';
    expect(decisions(input({ answers: [answer('governance.crisisEscalation', long)] })).crisis.decided).toBe(true);
  });

  it('keeps a "no" as a decision with its value', () => {
    const d = decisions(input({ answers: [answer('resources.toolsBudgeted', false), answer('governance.outsideOpinion', 'none')] }));
    expect(d.toolsBudgeted).toMatchObject({ decided: true, value: false });
    expect(d.outsideOpinion).toMatchObject({ decided: true, value: false });
  });

  it('reads departments from the question, the stakeholder cards and the participants', () => {
    const s = card('stakeholder', { department: 'legal' });
    const d = decisions(
      input({
        cards: [s],
        participants: [participant('Marc', 'DSI')],
        answers: [answer('stakeholders.departments', ['sales', 'executive', 'legal'])],
      }),
    ).departments;
    expect(d.decided).toBe(true);
    expect(d.where).toBe('both');
    expect(Object.fromEntries(d.value!)).toEqual({ legal: 'both', it: 'card', sales: 'answer', executive: 'answer' });
  });

  it('counts a community manager with hours as watching every channel', () => {
    const a = card('channel', { platform: 'instagram' });
    const b = card('channel', { platform: 'facebook', monitoredBy: 'Léa' });
    const c = card('channel', { platform: 'linkedin' });
    const p = card('person', { role: 'Community manager', hoursPerWeek: 10 }, 'Inès');
    const s = card('stakeholder', {}, 'Paul');
    const none = decisions(input({ cards: [a, c] })).monitoring;
    expect(none.get(a.id)?.decided).toBe(false);
    const d = decisions(input({ cards: [a, b, c, s], links: [link('owns', s, c)] })).monitoring;
    expect(d.get(b.id)).toMatchObject({ decided: true, value: 'Léa', where: 'card' });
    expect(d.get(c.id)).toMatchObject({ decided: true, value: 'Paul' });
    expect(d.get(a.id)?.decided).toBe(false);
    expect(decisions(input({ cards: [a, p] })).monitoring.get(a.id)).toMatchObject({ decided: true, value: 'Inès', cardIds: [p.id] });
    const byAnswer = decisions(input({ cards: [a], answers: [answer('governance.owner', 'Inès'), answer('resources.hoursPerWeek', 8)] }));
    expect(byAnswer.monitoring.get(a.id)).toMatchObject({ decided: true, where: 'answer', value: 'Inès' });
  });

  it('reads hours, cadence, review, sponsor and the patience answers', () => {
    const k = card('cadence', { platform: 'Instagram', postsPerWeek: 3 });
    const m = card('calendar_item', { type: 'milestone' }, 'Bilan de fin de campagne');
    const sp = card('stakeholder', { stance: 'champion', department: 'executive' }, 'DG');
    const d = decisions(
      input({
        cards: [k, m, sp, card('person', { hoursPerWeek: 6 }), card('person', { hoursPerWeek: 4 })],
        answers: [
          answer('content.postsPerWeek', 5),
          answer('resources.hoursPerWeek', 30),
          answer('convince.patienceMonths', 3),
          answer('measurement.firstJudgementMonths', 4),
        ],
      }),
    );
    expect(d.peopleHours).toMatchObject({ decided: true, value: 10, where: 'both' });
    expect(d.cadence.value?.total).toBe(5);
    expect(d.cadence.value?.byPlatform.get('instagram')).toBe(3);
    expect(d.review).toMatchObject({ decided: true, value: true, cardIds: [m.id] });
    expect(d.sponsor).toMatchObject({ decided: true, value: 'DG', where: 'card' });
    expect(d.patienceMonths.value).toBe(3);
    expect(d.firstJudgementMonths.value).toBe(4);
    expect(decisions(input({ answers: [answer('measurement.postCampaignReview', false)] })).review).toMatchObject({
      decided: true,
      value: false,
    });
  });
});
