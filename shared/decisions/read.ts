// Reads, once per workshop, every decision the checks, figures and exports rely on: decided or not, what, and where.
import { DEPARTMENTS, type AnswerValue, type Card } from '../model';
import { PLATFORMS, platformKey, type Platform } from '../catalogue/platforms';
import { departmentOf } from './departments';
import type { Decision, DecisionInput, Decisions, Department, Where } from './types';
import { decidedValue, saysUndecided } from './undecided';

/** A milestone or iteration whose title or text says "review" (FR or EN) records a post-campaign review. */
export const REVIEW_WORDS = /bilan|review|retour d.exp|r[ée]trospective|retrospective|d[ée]brief|post.campa|[ée]valuation|analyse/i;
/** A person card whose role or title says they run the community watches every channel. */
export const COMMUNITY_ROLE = /community|animat|mod[ée]rat|social media manager|charg[ée].{1,4}r[ée]seaux/i;
/** A champion stakeholder from the executive committee, or this powerful, counts as a sponsor. */
export const SPONSOR_POWER = 4;

type Value = Exclude<AnswerValue, null>;

const text = (c: Card, key: string): string | undefined => {
  const v = c.fields[key];
  return typeof v === 'string' && v.trim() !== '' && !saysUndecided(v) ? v.trim() : undefined;
};
const number = (c: Card, key: string): number | undefined => {
  const v = c.fields[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
};

function whereOf(cards: number, questions: number): Where | undefined {
  if (cards > 0 && questions > 0) return 'both';
  if (cards > 0) return 'card';
  return questions > 0 ? 'answer' : undefined;
}

/** A decision from the cards and answered questions that record it, with its value. */
function make<T>(cards: readonly Card[], questions: readonly string[], value: T | undefined): Decision<T> {
  const where = whereOf(cards.length, questions.length);
  const d: Decision<T> = { decided: where !== undefined, cardIds: cards.map((c) => c.id).sort(), questions: [...questions] };
  if (where) d.where = where;
  if (where && value !== undefined) d.value = value;
  return d;
}

function build(input: DecisionInput, platforms: readonly Platform[]): Decisions {
  const byKind = new Map<string, Card[]>();
  for (const c of input.cards) {
    const list = byKind.get(c.kind);
    if (list) list.push(c);
    else byKind.set(c.kind, [c]);
  }
  const cards = (kind: string) => byKind.get(kind) ?? [];
  const answers = new Map<string, Value>();
  for (const a of input.answers) {
    const v = decidedValue(a.value);
    if (v !== undefined) answers.set(a.question, v);
  }
  const ans = (q: string) => answers.get(q);
  const ansNum = (q: string) => (typeof answers.get(q) === 'number' ? (answers.get(q) as number) : undefined);
  const ansBool = (q: string) => (typeof answers.get(q) === 'boolean' ? (answers.get(q) as boolean) : undefined);
  const ansText = (q: string) => (typeof answers.get(q) === 'string' ? (answers.get(q) as string) : undefined);
  const ansList = (q: string) => (Array.isArray(answers.get(q)) ? (answers.get(q) as string[]) : undefined);
  const asked = (...qs: string[]) => qs.filter((q) => answers.has(q));
  const rules = (rule: string) => cards('governance_rule').filter((g) => g.fields.rule === rule);
  /** A yes/no decision: cards say yes; the answer wins when both speak. */
  const yesNo = (cs: Card[], q: string) => {
    const a = ansBool(q);
    return make<boolean>(cs, asked(q), a ?? (cs.length > 0 ? true : undefined));
  };

  const objectives = cards('objective');
  const personas = cards('persona');
  const primaryTarget = ansText('targets.primaryTarget');
  const ranked = personas.filter((p) => number(p, 'rank') !== undefined);
  const rankedValue =
    ansBool('targets.ranked') ?? (ranked.length > 0 ? new Set(ranked.map((p) => number(p, 'rank'))).size === personas.length : undefined);
  const whereAnswer = ansList('targets.whereTheyTalk');
  const priority = personas.length === 1 ? personas[0] : personas.find((p) => number(p, 'rank') === 1);
  const whereOnline = new Map<string, Decision<string[]>>();
  for (const p of personas) {
    const own = Array.isArray(p.fields.whereOnline)
      ? p.fields.whereOnline.filter((w): w is string => typeof w === 'string' && w.trim() !== '')
      : [];
    const fromAnswer = p === priority && whereAnswer ? ['targets.whereTheyTalk'] : [];
    whereOnline.set(p.id, make(own.length > 0 ? [p] : [], fromAnswer, [...own, ...(fromAnswer.length > 0 ? whereAnswer! : [])]));
  }
  const findings = cards('finding');
  const tools = ansList('listening.tools')?.filter((t) => t !== 'none') ?? [];
  const listeningQs = asked('listening.saidAboutUs', 'listening.competitors', 'listening.lessonsElsewhere');
  if (tools.length > 0) listeningQs.push('listening.tools');
  if (ansText('listening.sentiment') !== undefined && ansText('listening.sentiment') !== 'unknown') listeningQs.push('listening.sentiment');
  const competitorCards = findings.filter((f) => f.fields.source === 'competitor');
  const channels = cards('channel');

  // Who watches each channel: its own field, an owner link, a community manager with hours, or the answers.
  const people = cards('person');
  const cm = people.filter((p) => (number(p, 'hoursPerWeek') ?? 0) > 0 && COMMUNITY_ROLE.test(`${p.title} ${text(p, 'role') ?? ''}`));
  const ownerAnswer = ansText('governance.owner');
  const hoursAnswer = ansNum('resources.hoursPerWeek');
  const agencyCm = ans('resources.agencyRole') === 'community';
  const ownsLinks = new Map<string, Card[]>();
  const byId = new Map(input.cards.map((c) => [c.id, c]));
  for (const l of input.links) {
    const from = byId.get(l.fromCard);
    if (l.kind !== 'owns' || !from || !byId.has(l.toCard)) continue;
    ownsLinks.set(l.toCard, [...(ownsLinks.get(l.toCard) ?? []), from]);
  }
  const ownerCards = rules('owner').filter((g) => text(g, 'who') !== undefined || ownsLinks.has(g.id));
  // A named owner watches every channel once the team has hours; an agency in charge of the community does too.
  const staffedPeople = people.filter((p) => (number(p, 'hoursPerWeek') ?? 0) > 0);
  const teamHours = staffedPeople.length > 0 || (hoursAnswer ?? 0) > 0;
  const ownerNamed = ownerCards.length > 0 || ownerAnswer !== undefined;
  const byOwner = !agencyCm && ownerNamed && teamHours;
  const monitorQs = agencyCm
    ? ['resources.agencyRole']
    : byOwner
      ? [...(ownerAnswer !== undefined ? ['governance.owner'] : []), ...(staffedPeople.length === 0 ? ['resources.hoursPerWeek'] : [])]
      : [];
  const monitorCards = byOwner ? [...ownerCards, ...(ownerAnswer === undefined || staffedPeople.length > 0 ? staffedPeople : [])] : [];
  const monitorAnswer = agencyCm
    ? 'agency'
    : byOwner
      ? (ownerAnswer ?? text(ownerCards[0]!, 'who') ?? ownerCards[0]!.title.trim())
      : undefined;
  const monitoring = new Map<string, Decision<string>>();
  // What watches every channel is read once and shared; only a channel's own field or owner link adds to it.
  const everywhere = [...new Set([...cm, ...monitorCards])];
  const shared = make(everywhere, monitorQs, cm[0]?.title.trim() ?? monitorAnswer);
  for (const c of channels) {
    const own = text(c, 'monitoredBy');
    const owners = ownsLinks.get(c.id) ?? [];
    if (!own && owners.length === 0) {
      monitoring.set(c.id, shared);
      continue;
    }
    const value = own ?? owners[0]?.title.trim() ?? shared.value;
    // The channel's own record is enough to name; the shared watchers stay on the shared decision.
    monitoring.set(c.id, make(own ? [c, ...owners] : owners, [], value));
  }

  const cadences = cards('cadence');
  const byPlatform = new Map<string, number>();
  const counted: Card[] = [];
  for (const k of cadences) {
    const key = platformKey(platforms, k.fields.platform);
    const posts = number(k, 'postsPerWeek');
    if (!key || posts === undefined) continue;
    counted.push(k);
    byPlatform.set(key, (byPlatform.get(key) ?? 0) + posts);
  }
  const total = ansNum('content.postsPerWeek');

  const pillars = cards('pillar');
  const shares = pillars.filter((p) => number(p, 'valueShare') !== undefined);
  const shareAnswer = ansNum('content.valueShare');
  const shareMean = shares.length > 0 ? shares.reduce((s, p) => s + number(p, 'valueShare')!, 0) / shares.length : undefined;
  const promising = cadences.filter((k) => number(k, 'responseTimeHours') !== undefined);
  const responseAnswer = ansNum('content.responseTimeHours');
  const responses = [...promising.map((k) => number(k, 'responseTimeHours')!), ...(responseAnswer !== undefined ? [responseAnswer] : [])];

  const reviewCards = cards('calendar_item').filter(
    (c) => (c.fields.type === 'milestone' || c.fields.type === 'iteration') && REVIEW_WORDS.test(`${c.title} ${c.body}`),
  );
  const reviewQs = asked('measurement.postCampaignReview', 'calendar.firstReview');
  const reviewValue =
    reviewCards.length > 0 || ans('calendar.firstReview') !== undefined ? true : ansBool('measurement.postCampaignReview');

  const departments = new Map<Department, Where>();
  const deptCards: Card[] = [];
  const mark = (d: Department, w: 'answer' | 'card') => {
    const had = departments.get(d);
    departments.set(d, had && had !== w ? 'both' : w);
  };
  for (const s of cards('stakeholder')) {
    const d = s.fields.department;
    if (typeof d === 'string' && (DEPARTMENTS as readonly string[]).includes(d)) {
      mark(d as Department, 'card');
      deptCards.push(s);
    }
  }
  // Participants in the room are recorded people too: they count on the card side.
  for (const p of input.participants) {
    const d = departmentOf(p.department);
    if (d) mark(d, 'card');
  }
  const deptAnswer = (ansList('stakeholders.departments') ?? []).filter((d): d is Department =>
    (DEPARTMENTS as readonly string[]).includes(d),
  );
  for (const d of deptAnswer) mark(d, 'answer');
  const participantsCount = input.participants.some((p) => departmentOf(p.department)) ? 1 : 0;
  const deptWhere = whereOf(deptCards.length + participantsCount, deptAnswer.length);

  const sponsorCards = cards('stakeholder').filter(
    (s) => s.fields.stance === 'champion' && (s.fields.department === 'executive' || (number(s, 'power') ?? 0) >= SPONSOR_POWER),
  );
  const sponsorAnswer = ansText('stakeholders.executiveSponsor') ?? ansText('convince.sponsor');

  const validationCards = rules('validation').filter((g) => text(g, 'who') !== undefined || number(g, 'maxDelayHours') !== undefined);
  const delays = validationCards.map((g) => number(g, 'maxDelayHours')).filter((n): n is number => n !== undefined);
  const feedbackAnswer = ansText('governance.negativeFeedback');
  const trainingDays = ansNum('resources.trainingDays');
  const trainingAnswer = ansBool('governance.training') ?? (trainingDays !== undefined ? trainingDays > 0 : undefined);
  const trainingCards = [...rules('training'), ...cards('budget_line').filter((b) => b.fields.category === 'training')];
  const outside = ansText('governance.outsideOpinion');
  const outsideCards = rules('outside_opinion');

  const lines = cards('budget_line');
  let budgetSum: number | undefined;
  for (const b of lines) {
    const amount = number(b, 'amount');
    if (amount === undefined) continue;
    budgetSum = (budgetSum ?? 0) + (b.fields.period === 'month' ? amount * 12 : amount);
  }
  const budgetAnswer = ansNum('resources.annualBudget');
  const toolLines = lines.filter((b) => b.fields.category === 'tools');
  const staffed = people.filter((p) => number(p, 'hoursPerWeek') !== undefined);
  const staffedHours = staffed.reduce((s, p) => s + number(p, 'hoursPerWeek')!, 0);

  return {
    objectives: make(
      objectives,
      asked('objectives.primaryObjective'),
      objectives.length || (answers.has('objectives.primaryObjective') ? 1 : undefined),
    ),
    target: make(personas, asked('targets.primaryTarget'), [
      ...personas.map((p) => p.title.trim()).filter((t) => t !== ''),
      ...(primaryTarget ? [primaryTarget] : []),
    ]),
    whereOnline,
    targetsRanked: make(ranked, asked('targets.ranked'), rankedValue),
    swotDownsides: make<true>(
      cards('swot').filter((s) => s.fields.quadrant === 'weakness' || s.fields.quadrant === 'threat'),
      asked('swot.topWeakness', 'swot.topThreat'),
      true,
    ),
    listening: make<true>(findings, listeningQs, true),
    competitorWatch: make<true>(competitorCards, asked('listening.competitors'), true),
    channels: make(channels, asked('channels.chosen'), channels.length || ansList('channels.chosen')?.length),
    monitoring,
    cadence: make(counted, asked('content.postsPerWeek'), { ...(total !== undefined ? { total } : {}), byPlatform }),
    tone: make<true>(
      pillars.filter((p) => text(p, 'tone') !== undefined),
      asked('content.toneWords'),
      true,
    ),
    valueShare: make(shares, asked('content.valueShare'), shareAnswer ?? shareMean),
    responseTime: make(promising, asked('content.responseTimeHours'), responses.length > 0 ? Math.min(...responses) : undefined),
    contingency: make<true>(
      cards('calendar_item').filter((c) => c.fields.type === 'contingency'),
      asked('calendar.contingency'),
      true,
    ),
    review: make(reviewCards, reviewQs, reviewValue),
    departments: {
      decided: deptWhere !== undefined,
      ...(deptWhere ? { where: deptWhere, value: departments } : {}),
      cardIds: deptCards.map((c) => c.id).sort(),
      questions: deptAnswer.length > 0 ? ['stakeholders.departments'] : [],
    },
    sponsor: make(sponsorCards, asked('stakeholders.executiveSponsor', 'convince.sponsor'), sponsorAnswer ?? sponsorCards[0]?.title.trim()),
    owner: make<true>(ownerCards, asked('governance.owner'), true),
    validation: make<number | undefined>(
      validationCards,
      asked('governance.maxValidationHours'),
      ansNum('governance.maxValidationHours') ?? (delays.length > 0 ? Math.max(...delays) : undefined),
    ),
    feedback: make(rules('negative_feedback'), asked('governance.negativeFeedback'), feedbackAnswer ?? 'card'),
    crisis: make<true>(rules('crisis'), asked('governance.crisisEscalation'), true),
    charter: yesNo(rules('charter'), 'governance.transparencyCharter'),
    training: make(trainingCards, asked('governance.training', 'resources.trainingDays'), trainingCards.length > 0 ? true : trainingAnswer),
    outsideOpinion: make(
      outsideCards,
      asked('governance.outsideOpinion'),
      outsideCards.length > 0 ? true : outside !== undefined ? outside !== 'none' : undefined,
    ),
    budget: make(lines, asked('resources.annualBudget'), budgetAnswer ?? budgetSum),
    toolsBudgeted: make(toolLines, asked('resources.toolsBudgeted'), toolLines.length > 0 ? true : ansBool('resources.toolsBudgeted')),
    peopleHours: make(staffed, asked('resources.hoursPerWeek'), staffed.length > 0 ? staffedHours : hoursAnswer),
    patienceMonths: make([], asked('convince.patienceMonths'), ansNum('convince.patienceMonths')),
    firstJudgementMonths: make([], asked('measurement.firstJudgementMonths'), ansNum('measurement.firstJudgementMonths')),
  };
}

const memo = new WeakMap<DecisionInput, WeakMap<readonly Platform[], Decisions>>();

/** Every decision of a workshop, read once per input and platform list. */
export function decisions(input: DecisionInput & { platforms?: readonly Platform[] }, platforms?: readonly Platform[]): Decisions {
  const list = platforms ?? input.platforms ?? PLATFORMS;
  let byList = memo.get(input);
  if (!byList) memo.set(input, (byList = new WeakMap()));
  let result = byList.get(list);
  if (!result) byList.set(list, (result = build(input, list)));
  return result;
}
