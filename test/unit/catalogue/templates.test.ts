// Every template seed, in both languages, is valid against the model and the catalogue.
import { describe, expect, it } from 'vitest';
import { CardDraft, STEP_IDS, Stance, fieldIssues, isCardKind, linkProblem, type Language, type WorkshopSeed } from '../../../shared/model';
import { DEPARTMENT_OPTIONS, STEPS, TEMPLATES, answerFits, kindDef, questionById, seedFor, stepById } from '../../../shared/catalogue';

const LANGUAGES: Language[] = ['fr', 'en'];
const GENERIC = ['note', 'sticky', 'group'];

function expectValidSeed(seed: WorkshopSeed): void {
  expect(seed.title.trim()).not.toBe('');
  expect(seed.organisation.trim()).not.toBe('');
  const refs = seed.cards.map((c) => c.ref);
  expect(new Set(refs).size, 'card refs are unique').toBe(refs.length);
  const byRef = new Map(seed.cards.map((c) => [c.ref, c]));
  for (const c of seed.cards) {
    expect(STEP_IDS, c.ref).toContain(c.step);
    expect(isCardKind(c.kind), `${c.ref} kind`).toBe(true);
    const allowed = [...(stepById(c.step)?.cardKinds ?? []), ...GENERIC];
    expect(allowed, `${c.ref} is a kind of its step`).toContain(c.kind);
    expect(c.title.trim(), c.ref).not.toBe('');
    expect(fieldIssues(c.kind, c.fields ?? {}), c.ref).toEqual([]);
    expect(CardDraft.safeParse({ ...c, ref: undefined }).success, `${c.ref} parses as a card draft`).toBe(true);
    expect(c.x, `${c.ref} has a position`).toBeTypeOf('number');
    expect(c.y, `${c.ref} has a position`).toBeTypeOf('number');
  }
  for (const step of STEP_IDS) {
    const spots = seed.cards.filter((c) => c.step === step).map((c) => `${c.x},${c.y}`);
    expect(new Set(spots).size, `no two cards on the same spot in ${step}`).toBe(spots.length);
  }
  for (const l of seed.links) {
    const from = byRef.get(l.from);
    const to = byRef.get(l.to);
    expect(from, `link from ${l.from}`).toBeDefined();
    expect(to, `link to ${l.to}`).toBeDefined();
    expect(
      linkProblem(l.kind, { kind: from!.kind, fields: from!.fields ?? {} }, { kind: to!.kind, fields: to!.fields ?? {} }),
      `${l.kind} ${l.from} -> ${l.to}`,
    ).toBeNull();
  }
  const questions = seed.answers.map((a) => a.question);
  expect(new Set(questions).size, 'one answer per question').toBe(questions.length);
  for (const a of seed.answers) {
    const q = questionById(a.question);
    expect(q, `question ${a.question} exists`).toBeDefined();
    expect(a.question.startsWith(`${a.step}.`), `${a.question} is filed under its step`).toBe(true);
    expect(answerFits(q!, a.value), `${a.question} = ${JSON.stringify(a.value)}`).toBe(true);
  }
  for (const p of seed.participants) {
    expect(p.name.trim()).not.toBe('');
    expect(Stance.safeParse(p.stance).success).toBe(true);
    expect(DEPARTMENT_OPTIONS.map((o) => o.value)).toContain(p.department);
  }
}

describe('templates', () => {
  it('include the demo and the three sector templates, with bilingual labels', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual(['demo', 'local_shop', 'b2b_services', 'employer_brand']);
    for (const t of TEMPLATES) {
      expect(t.label.fr.trim()).not.toBe('');
      expect(t.label.en.trim()).not.toBe('');
    }
    expect(seedFor('nope', 'fr')).toBeNull();
  });

  for (const t of TEMPLATES) {
    for (const language of LANGUAGES) {
      it(`${t.id} in ${language} is a valid seed`, () => {
        const seed = seedFor(t.id, language);
        expect(seed).not.toBeNull();
        expectValidSeed(seed!);
        expect(seed!.cards.length).toBeGreaterThanOrEqual(10);
        expect(seed!.answers.length).toBeGreaterThan(0);
      });
    }

    it(`${t.id} has the same structure in both languages, translated`, () => {
      const fr = seedFor(t.id, 'fr')!;
      const en = seedFor(t.id, 'en')!;
      expect(en.cards.map((c) => [c.ref, c.step, c.kind, c.x, c.y])).toEqual(fr.cards.map((c) => [c.ref, c.step, c.kind, c.x, c.y]));
      expect(en.links).toEqual(fr.links);
      expect(en.answers.map((a) => a.question)).toEqual(fr.answers.map((a) => a.question));
      for (const [i, c] of fr.cards.entries()) {
        for (const [key, value] of Object.entries(c.fields ?? {})) {
          // Enum values, numbers, dates, platform and format ids stay the same in both languages.
          const type = kindDef(c.kind)?.fields.find((f) => f.key === key)?.type;
          const languageFree = type !== 'text' && type !== 'longtext' && type !== 'list';
          if (languageFree || key === 'formats' || key === 'format') expect(en.cards[i]!.fields?.[key], `${c.ref}.${key}`).toEqual(value);
        }
      }
      const translated = fr.cards.filter((c, i) => c.title !== en.cards[i]!.title).length;
      expect(translated).toBeGreaterThan(fr.cards.length / 2);
      expect(fr.title).not.toBe(en.title);
    });
  }

  it('gives the demo 30 to 60 cards across all 14 steps, participants and many answers', () => {
    const seed = seedFor('demo', 'fr')!;
    expect(seed.cards.length).toBeGreaterThanOrEqual(30);
    expect(seed.cards.length).toBeLessThanOrEqual(60);
    for (const step of STEPS)
      expect(
        seed.cards.some((c) => c.step === step.id),
        `demo card on ${step.id}`,
      ).toBe(true);
    expect(seed.participants.length).toBeGreaterThanOrEqual(3);
    expect(seed.links.length).toBeGreaterThanOrEqual(15);
    const totalQuestions = STEPS.reduce((n, s) => n + s.questions.length, 0);
    expect(seed.answers.length).toBeGreaterThan(totalQuestions / 2);
    for (const step of STEPS)
      expect(
        seed.answers.some((a) => a.step === step.id),
        `demo answer on ${step.id}`,
      ).toBe(true);
    const kinds = new Set(seed.links.map((l) => l.kind));
    for (const k of ['reaches', 'serves', 'measures', 'owns', 'mitigates', 'answers']) expect(kinds).toContain(k);
  });

  it('uses catalogue platform ids on channel and cadence cards', () => {
    const ids = [
      'facebook',
      'instagram',
      'linkedin',
      'x',
      'youtube',
      'tiktok',
      'pinterest',
      'threads',
      'whatsapp',
      'blog',
      'newsletter',
      'google_business',
      'podcast',
    ];
    for (const t of TEMPLATES) {
      for (const c of t.build('en').cards) {
        if (c.kind === 'channel' || c.kind === 'cadence') expect(ids, `${t.id}/${c.ref}`).toContain(c.fields?.platform);
        if (c.kind === 'persona') for (const p of (c.fields?.whereOnline as string[] | undefined) ?? []) expect(ids).toContain(p);
      }
    }
  });
});
