// The shapes of the catalogue: steps, questions, card kinds, platforms, evidence, objections, sources.
import type { CardKindName, StepId } from '../model';

/** Every user-facing string of the catalogue exists in both languages. */
export interface Text {
  fr: string;
  en: string;
}

export type SourceId = 'S1' | 'S2' | 'S3' | 'S4' | 'S5';

export interface Source {
  id: SourceId;
  /** The article's own title, in French as published. */
  title: string;
  /** One line on what the app takes from it, in both languages. */
  summary: Text;
  /** When it was written, as far as the text shows (none states a date; see the seeds' README). */
  date: Text;
}

export type InputType = 'text' | 'longtext' | 'choice' | 'multi' | 'number' | 'scale' | 'date' | 'boolean' | 'list';

export interface Option {
  value: string;
  label: Text;
}

/** A guided question of a step; its answer is stored under `id`. */
export interface Question {
  id: string;
  type: InputType;
  label: Text;
  help?: Text;
  placeholder?: Text;
  options?: Option[];
  min?: number;
  max?: number;
  unit?: Text;
  /** Counts toward the step's completion. */
  required?: boolean;
  sources: SourceId[];
}

/** A typed field of a card kind; its key matches `FIELD_SCHEMAS` in shared/model. */
export interface FieldDef {
  key: string;
  type: InputType;
  label: Text;
  help?: Text;
  /** A choice's values; on a text or list field, the names of the values it knows (others are shown as typed). */
  options?: Option[];
  min?: number;
  max?: number;
  unit?: Text;
}

export interface CardKindDef {
  kind: CardKindName;
  label: Text;
  /** What a new card of this kind is called before the group names it. */
  placeholder: Text;
  colour: string;
  fields: FieldDef[];
}

/** What a step file declares: everything but its number, which its place in the list gives. */
export type StepFile = Omit<StepDef, 'number'>;

export type Layout = 'board' | 'columns' | 'ranked' | 'matrix' | 'tree' | 'timeline' | 'grid' | 'flow' | 'quadrants' | 'list';

export interface StepDef {
  id: StepId;
  /** 1-based, derived from the step's place in STEPS (a step file never writes it). */
  number: number;
  title: Text;
  /** The step's main question, shown in large type in presenter mode. */
  question: Text;
  /** Why the step matters, citing its sources. */
  why: Text;
  sources: SourceId[];
  timeboxMinutes: number;
  layout: Layout;
  cardKinds: CardKindName[];
  questions: Question[];
}

/** The objections a facilitator hears most, each with ready answers (step 2). */
export type ObjectionId = 'always_done' | 'no_budget' | 'too_risky' | 'no_time' | 'results' | 'not_for_us';

/** A figure or fact that helps convince, traced to its article and to the study the article names. */
export interface EvidenceDef {
  id: string;
  /** The figure in short ("76 %"), or a few words when the fact has no number. */
  figure: Text;
  statement: Text;
  source: SourceId;
  /** The study or author the article relies on, when it names one. */
  reference?: string;
  year?: number;
  /** Objections this piece of evidence helps answer. */
  answers: ObjectionId[];
}

export interface ObjectionAnswer {
  text: Text;
  sources: SourceId[];
}

export interface ObjectionDef {
  id: ObjectionId;
  /** The objection as someone in the room would say it. */
  statement: Text;
  answers: ObjectionAnswer[];
  sources: SourceId[];
}
