// The topics of the strategy the group left undecided, read through the one reading of decisions (answer or card).
import type { Facts } from '../facts';
import type { STORY } from '../text/story';

type TopicKey = Extract<keyof typeof STORY, `topic${string}`>;

export interface OpenTopic {
  text: TopicKey;
  /** Management decides it (money, people); otherwise the plan's owner does. */
  byManagement: boolean;
}

/** Each area of DESIGN 3 with nothing decided, in the order of the plan; never one the room recorded. */
export function openTopics(f: Facts): OpenTopic[] {
  const d = f.decided;
  const open: OpenTopic[] = [];
  const add = (text: TopicKey, byManagement = false) => open.push({ text, byManagement });
  if (!d.objectives.decided) add('topicObjectives', true);
  else if (f.objectives.length && f.objectives.every((o) => typeof o.fields.target !== 'number')) add('topicKpis');
  if (!d.target.decided) add('topicTargets');
  if (!d.channels.decided) add('topicChannels');
  if (!d.listening.decided) add('topicListening');
  if (!d.tone.decided && !d.cadence.decided && f.cards('pillar').length === 0) add('topicContent');
  if (f.cards('calendar_item').length === 0 && f.answer('calendar.startDate') === undefined && !d.contingency.decided) add('topicCalendar');
  if (!d.owner.decided) add('topicOwner', true);
  if (!d.crisis.decided && !d.feedback.decided) add('topicCrisis');
  if (!d.budget.decided) add('topicBudget', true);
  if (!d.peopleHours.decided) add('topicHours', true);
  if (f.objectives.length && d.budget.decided && !f.objectives.some((o) => typeof o.fields.unitValue === 'number'))
    add('topicValues', true);
  if (f.cards('risk').length === 0 && f.answer('risks.topRisk') === undefined) add('topicRisks');
  return open;
}
