// The topics of the strategy the group left undecided, read wherever a decision could be recorded (answer or card).
import type { Facts } from '../facts';
import type { STORY } from '../text/story';

type TopicKey = Extract<keyof typeof STORY, `topic${string}`>;

export interface OpenTopic {
  text: TopicKey;
  /** Management decides it (money, people); otherwise the plan's owner does. */
  byManagement: boolean;
}

const has = (f: Facts, ...questions: string[]) =>
  questions.some((q) => {
    const v = f.answer(q);
    return v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);
  });

/** Each area of DESIGN 3 with nothing decided, in the order of the plan. */
export function openTopics(f: Facts): OpenTopic[] {
  const open: OpenTopic[] = [];
  const add = (text: TopicKey, byManagement = false) => open.push({ text, byManagement });
  if (f.objectives.length === 0 && !has(f, 'objectives.primaryObjective')) add('topicObjectives', true);
  else if (f.objectives.length && f.objectives.every((o) => typeof o.fields.target !== 'number')) add('topicKpis');
  if (f.personas.length === 0 && !has(f, 'targets.primaryTarget')) add('topicTargets');
  if (f.channels.length === 0 && !has(f, 'channels.chosen')) add('topicChannels');
  if (f.cards('finding').length === 0 && !has(f, 'listening.saidAboutUs', 'listening.competitors', 'listening.tools'))
    add('topicListening');
  if (f.cards('pillar').length === 0 && f.cards('cadence').length === 0 && !has(f, 'content.toneWords', 'content.postsPerWeek'))
    add('topicContent');
  if (f.cards('calendar_item').length === 0 && !has(f, 'calendar.startDate', 'calendar.keyMoments')) add('topicCalendar');
  if (f.cards('person').length === 0 && !has(f, 'governance.owner')) add('topicOwner', true);
  if (
    !f.cards('governance_rule').some((g) => g.fields.rule === 'crisis' || g.fields.rule === 'negative_feedback') &&
    !has(f, 'governance.crisisEscalation', 'governance.negativeFeedback')
  )
    add('topicCrisis');
  if (f.budget.total <= 0 && !has(f, 'resources.annualBudget')) add('topicBudget', true);
  if (f.capacity.available <= 0 && !has(f, 'resources.hoursPerWeek')) add('topicHours', true);
  if (f.objectives.length && f.budget.total > 0 && !f.objectives.some((o) => typeof o.fields.unitValue === 'number'))
    add('topicValues', true);
  if (f.cards('risk').length === 0 && !has(f, 'risks.topRisk')) add('topicRisks');
  return open;
}
