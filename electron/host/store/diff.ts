// What changed between two versions of a workshop's content (a snapshot and now).
import type { SnapshotDiff } from '../../../shared/model';
import type { Content } from './content';
import type { Row } from './tables';

const CARD_COLUMNS = ['title', 'body', 'step', 'kind', 'colour'] as const;

const ref = (r: Row) => ({ id: String(r.id), title: String(r.title ?? ''), step: String(r.step), kind: String(r.kind) });

function cardChanges(before: Row, after: Row): string[] {
  const what: string[] = CARD_COLUMNS.filter((c) => before[c] !== after[c]);
  if (before.x !== after.x || before.y !== after.y) what.push('position');
  if (before.width !== after.width || before.height !== after.height) what.push('size');
  const f0 = JSON.parse(String(before.fields)) as Record<string, unknown>;
  const f1 = JSON.parse(String(after.fields)) as Record<string, unknown>;
  for (const key of new Set([...Object.keys(f0), ...Object.keys(f1)])) {
    if (JSON.stringify(f0[key] ?? null) !== JSON.stringify(f1[key] ?? null)) what.push(`fields.${key}`);
  }
  return what;
}

export function diffContent(before: Content, after: Content): SnapshotDiff {
  const beforeCards = new Map(before.cards.map((c) => [String(c.id), c]));
  const afterCards = new Map(after.cards.map((c) => [String(c.id), c]));
  const linkKey = (l: Row) => `${l.kind}|${l.from_card}|${l.to_card}`;
  const beforeLinks = new Set(before.links.map(linkKey));
  const afterLinks = new Set(after.links.map(linkKey));
  const answers = new Map<string, { before: unknown; after: unknown }>();
  for (const a of before.answers) answers.set(String(a.question), { before: JSON.parse(String(a.value)), after: null });
  for (const a of after.answers) {
    const entry = answers.get(String(a.question)) ?? { before: null, after: null };
    entry.after = JSON.parse(String(a.value));
    answers.set(String(a.question), entry);
  }
  const people = (c: Content) => new Map(c.participants.map((p) => [String(p.id), String(p.name)]));
  const p0 = people(before);
  const p1 = people(after);
  return {
    cards: {
      added: after.cards.filter((c) => !beforeCards.has(String(c.id))).map(ref),
      removed: before.cards.filter((c) => !afterCards.has(String(c.id))).map(ref),
      changed: after.cards.flatMap((c) => {
        const old = beforeCards.get(String(c.id));
        const what = old ? cardChanges(old, c) : [];
        return what.length ? [{ ...ref(c), what }] : [];
      }),
    },
    links: {
      added: [...afterLinks].filter((k) => !beforeLinks.has(k)).length,
      removed: [...beforeLinks].filter((k) => !afterLinks.has(k)).length,
    },
    answers: [...answers.entries()]
      .filter(([, v]) => JSON.stringify(v.before) !== JSON.stringify(v.after))
      .map(([question, v]) => ({ question, ...v })),
    participants: {
      added: [...p1].filter(([id]) => !p0.has(id)).map(([, n]) => n),
      removed: [...p0].filter(([id]) => !p1.has(id)).map(([, n]) => n),
    },
    workshop: (['title', 'organisation', 'sector', 'date', 'language'] as const).filter((k) => before.workshop[k] !== after.workshop[k]),
  };
}
