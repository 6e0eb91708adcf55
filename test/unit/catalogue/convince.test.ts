// The evidence and objection libraries of step 2: content, sources and cross references.
import { describe, expect, it } from 'vitest';
import { EVIDENCE, OBJECTIONS, SOURCE_IDS, evidenceFor, objectionById, questionById } from '../../../shared/catalogue';
import { UNDECIDED } from '../../../shared/decisions';
import { expectText } from './helpers';

describe('evidence library', () => {
  it('holds at least eight pieces with unique ids, bilingual text and a valid source', () => {
    expect(EVIDENCE.length).toBeGreaterThanOrEqual(8);
    expect(new Set(EVIDENCE.map((e) => e.id)).size).toBe(EVIDENCE.length);
    for (const e of EVIDENCE) {
      expectText(e.figure, `${e.id}.figure`);
      expectText(e.statement, `${e.id}.statement`);
      expect(SOURCE_IDS).toContain(e.source);
      expect(e.answers.length, `${e.id} helps answer an objection`).toBeGreaterThan(0);
      for (const o of e.answers) expect(objectionById(o), `${e.id} -> ${o}`).toBeDefined();
    }
  });

  it('carries the figures of S3 with the studies the article names', () => {
    const find = (fig: string) => EVIDENCE.find((e) => e.figure.en.includes(fig));
    expect(find('76%')).toMatchObject({ source: 'S3', reference: expect.stringContaining('Brand Science Institute') });
    expect(find('60%')).toMatchObject({ source: 'S3', reference: expect.stringContaining('Brand Science Institute') });
    expect(find('7 in 10')).toMatchObject({ source: 'S3', reference: expect.stringContaining('Forrester'), year: 2009 });
  });

  it('draws on every article', () => {
    expect(new Set(EVIDENCE.map((e) => e.source))).toEqual(new Set(SOURCE_IDS));
  });
});

describe('objections library', () => {
  it('answers the usual objections, each with two or three sourced answers', () => {
    expect(OBJECTIONS.map((o) => o.id).sort()).toEqual(['always_done', 'no_budget', 'no_time', 'not_for_us', 'results', 'too_risky']);
    for (const o of OBJECTIONS) {
      expectText(o.statement, `${o.id}.statement`);
      expect(o.sources.length).toBeGreaterThan(0);
      for (const s of o.sources) expect(SOURCE_IDS).toContain(s);
      expect(o.answers.length).toBeGreaterThanOrEqual(2);
      expect(o.answers.length).toBeLessThanOrEqual(3);
      for (const [i, a] of o.answers.entries()) {
        expectText(a.text, `${o.id}.answers[${i}]`);
        expect(a.sources.length).toBeGreaterThan(0);
        for (const s of a.sources) expect(SOURCE_IDS).toContain(s);
      }
      expect(evidenceFor(o.id).length, `evidence for ${o.id}`).toBeGreaterThan(0);
    }
  });

  it('offers the same objections as the step 2 question, plus "not decided yet"', () => {
    const q = questionById('convince.mainObjection');
    const values = q?.options?.map((o) => o.value) ?? [];
    expect(values.at(-1)).toBe(UNDECIDED);
    expect(values.slice(0, -1).sort()).toEqual(OBJECTIONS.map((o) => o.id).sort());
  });
});
