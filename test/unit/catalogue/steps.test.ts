// The 14 steps and their guided questions: order, bilingual text, sources, ids and input shapes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QuestionId, STEP_IDS } from '../../../shared/model';
import {
  QUESTIONS,
  SOURCE_IDS,
  SOURCES,
  STEPS,
  answerFits,
  completeOrder,
  isAnswered,
  questionById,
  stepById,
} from '../../../shared/catalogue';
import { expectText, sampleAnswer } from './helpers';

const OPTION_TYPES = ['choice', 'multi'];

describe('sources', () => {
  it('lists the five articles S1 to S5 with a French title and a summary in both languages', () => {
    expect(SOURCES.map((s) => s.id)).toEqual(['S1', 'S2', 'S3', 'S4', 'S5']);
    for (const s of SOURCES) {
      expect(s.title.length, s.id).toBeGreaterThan(10);
      expectText(s.summary, `${s.id}.summary`);
    }
  });
});

describe('step numbers and saved orders', () => {
  it('derive each number from the step list, and no step file writes one', () => {
    expect(STEPS.map((s) => s.number)).toEqual(STEPS.map((_, i) => i + 1));
    const dir = join(__dirname, '../../../shared/catalogue/steps');
    for (const f of readdirSync(dir).filter((n) => /^\d\d-.*\.ts$/.test(n)))
      expect(readFileSync(join(dir, f), 'utf8'), f).not.toMatch(/^\s*number:/m);
  });

  it('complete a saved order: unknown ids dropped, a missing step after its catalogue predecessor', () => {
    const ids = STEPS.map((s) => s.id);
    const saved = [...ids].reverse().filter((id) => id !== 'objectives');
    const full = completeOrder([...saved, 'gone', ids[0]!]);
    expect(full).toHaveLength(ids.length);
    expect(full.indexOf('objectives')).toBe(full.indexOf('convince') + 1);
    expect(completeOrder([]).join()).toBe(ids.join());
  });
});

describe('steps', () => {
  it('are the 14 steps of the model, numbered 1 to 14 in order', () => {
    expect(STEPS.map((s) => s.id)).toEqual([...STEP_IDS]);
    expect(STEPS.map((s) => s.number)).toEqual(STEP_IDS.map((_, i) => i + 1));
    expect(stepById('governance')?.number).toBe(10);
    expect(stepById('nope')).toBeUndefined();
  });

  for (const step of STEPS) {
    describe(step.id, () => {
      it('has its texts in both languages and a why that cites its sources', () => {
        expectText(step.title, `${step.id}.title`);
        expectText(step.question, `${step.id}.question`);
        expectText(step.why, `${step.id}.why`);
        expect(step.sources.length).toBeGreaterThan(0);
        for (const src of step.sources) expect(SOURCE_IDS).toContain(src);
        for (const lang of ['fr', 'en'] as const) {
          const cited = step.why[lang].match(/S[1-5]/g) ?? [];
          expect(cited.length, `${step.id}.why.${lang} cites a source`).toBeGreaterThan(0);
          expect(step.why[lang].split(/[.!?](\s|$)/).filter((x) => x && x.trim().length > 0).length).toBeGreaterThanOrEqual(2);
        }
        expect(step.timeboxMinutes).toBeGreaterThan(0);
        expect(step.cardKinds.length).toBeGreaterThan(0);
      });

      it('has 4 to 8 questions, some of them required', () => {
        expect(step.questions.length).toBeGreaterThanOrEqual(4);
        expect(step.questions.length).toBeLessThanOrEqual(8);
        expect(step.questions.some((q) => q.required)).toBe(true);
      });

      for (const q of step.questions) {
        it(`question ${q.id} is well formed`, () => {
          expect(q.id.startsWith(`${step.id}.`), 'prefixed by its step').toBe(true);
          expect(q.id.slice(step.id.length + 1)).toMatch(/^[a-z][a-zA-Z0-9]*$/);
          expect(QuestionId.safeParse(q.id).success).toBe(true);
          expectText(q.label, `${q.id}.label`);
          expectText(q.help, `${q.id}.help`);
          if (q.placeholder) expectText(q.placeholder, `${q.id}.placeholder`);
          if (q.unit) expectText(q.unit, `${q.id}.unit`);
          expect(q.sources.length, `${q.id} has a source`).toBeGreaterThan(0);
          for (const src of q.sources) expect(SOURCE_IDS).toContain(src);
          if (OPTION_TYPES.includes(q.type)) {
            expect(q.options?.length ?? 0, `${q.id} has options`).toBeGreaterThanOrEqual(2);
          }
          const values = (q.options ?? []).map((o) => o.value);
          expect(new Set(values).size, `${q.id} option values are unique`).toBe(values.length);
          for (const o of q.options ?? []) {
            expect(o.value).toMatch(/^[a-zA-Z0-9_]+$/);
            expectText(o.label, `${q.id}.${o.value}`);
          }
          if (q.type === 'scale') {
            expect(q.min).toBeDefined();
            expect(q.max).toBeDefined();
          }
          if (q.min !== undefined && q.max !== undefined) expect(q.min).toBeLessThan(q.max);
          expect(answerFits(q, sampleAnswer(q))).toBe(true);
          expect(isAnswered(q, sampleAnswer(q))).toBe(true);
        });
      }
    });
  }

  it('gives every question a unique id that the lookup finds', () => {
    const ids = QUESTIONS.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(14 * 4);
    for (const id of ids) expect(questionById(id)?.id).toBe(id);
  });

  it('uses a variety of input types', () => {
    const types = new Set(QUESTIONS.map((q) => q.type));
    for (const t of ['text', 'longtext', 'choice', 'multi', 'number', 'scale', 'date', 'boolean', 'list']) expect(types).toContain(t);
  });

  it('keeps the ids the checks rely on', () => {
    for (const id of [
      'context.costOfDoingNothing',
      'governance.maxValidationHours',
      'content.toneWords',
      'content.responseTimeHours',
      'calendar.contingency',
      'governance.owner',
    ]) {
      expect(questionById(id), id).toBeDefined();
    }
  });
});

describe('answerFits', () => {
  const q = (id: string) => {
    const found = questionById(id);
    if (!found) throw new Error(id);
    return found;
  };

  it('accepts null as a cleared answer and refuses the wrong shape', () => {
    expect(answerFits(q('governance.owner'), null)).toBe(true);
    expect(isAnswered(q('governance.owner'), null)).toBe(false);
    expect(answerFits(q('governance.owner'), 12)).toBe(false);
    expect(answerFits(q('governance.maxValidationHours'), '24')).toBe(false);
    expect(answerFits(q('governance.maxValidationHours'), 24)).toBe(true);
    expect(answerFits(q('governance.maxValidationHours'), 10_000)).toBe(false);
  });

  it('checks choices against the options and scales against their bounds', () => {
    expect(answerFits(q('objectives.primaryObjective'), 'sales')).toBe(true);
    expect(answerFits(q('objectives.primaryObjective'), 'world_domination')).toBe(false);
    expect(answerFits(q('channels.chosen'), ['instagram', 'linkedin'])).toBe(true);
    expect(answerFits(q('channels.chosen'), ['instagram', 'myspace'])).toBe(false);
    expect(answerFits(q('convince.skepticism'), 3)).toBe(true);
    expect(answerFits(q('convince.skepticism'), 3.5)).toBe(false);
    expect(answerFits(q('convince.skepticism'), 6)).toBe(false);
  });

  it('checks dates, booleans and lists, and blank answers do not count', () => {
    expect(answerFits(q('calendar.startDate'), '2026-02-30')).toBe(false);
    expect(answerFits(q('calendar.startDate'), '2026-02-28')).toBe(true);
    expect(answerFits(q('measurement.postCampaignReview'), 'yes')).toBe(false);
    expect(isAnswered(q('measurement.postCampaignReview'), false)).toBe(true);
    expect(isAnswered(q('risks.nextSteps'), ['  '])).toBe(false);
    expect(isAnswered(q('context.mission'), '   ')).toBe(false);
  });
});
