// A presentation as plain data (pptxgenjs calls to replay), so that it can be built here and written anywhere.
export type Options = Record<string, unknown>;

export interface Run {
  text: string;
  options?: Options;
}

export type Op =
  | { kind: 'text'; text: string | Run[]; options: Options }
  | { kind: 'shape'; shape: 'rect' | 'line'; options: Options }
  | { kind: 'table'; rows: { text: string; options?: Options }[][]; options: Options }
  | { kind: 'chart'; type: 'bar' | 'doughnut'; data: { name: string; labels: string[]; values: number[] }[]; options: Options };

export interface SlideSpec {
  background?: string;
  ops: Op[];
  notes: string;
}

export interface DeckSpec {
  title: string;
  author: string;
  company: string;
  subject: string;
  language: string;
  fontFace: string;
  slides: SlideSpec[];
}
