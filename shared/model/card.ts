// Cards: the generic unit captured on a step's canvas, and typed links between cards.
import { z } from 'zod';
import { Colour, Id, LongText, plainText, ShortText, StepId, Timestamp } from './ids';

/** A field value: what a card's typed fields may hold. */
export const FieldValue = z.union([plainText(20_000), z.number().finite(), z.boolean(), z.array(plainText(300)).max(100), z.null()]);
export type FieldValue = z.infer<typeof FieldValue>;

export const FieldKey = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-zA-Z][a-zA-Z0-9_]*$/, 'a field key is a plain identifier');

export const Fields = z.record(FieldKey, FieldValue).refine((f) => Object.keys(f).length <= 64, {
  message: 'a card has at most 64 fields',
});
export type Fields = z.infer<typeof Fields>;

export const CardKind = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z][a-z_]*$/, 'a card kind is a lowercase identifier');

const Coordinate = z.number().finite().min(-1_000_000).max(1_000_000);
const Size = z.number().finite().min(20).max(5_000);

export const Card = z.object({
  id: Id,
  workshopId: Id,
  step: StepId,
  kind: CardKind,
  title: ShortText,
  body: LongText,
  fields: Fields,
  x: Coordinate,
  y: Coordinate,
  width: Size,
  height: Size,
  colour: Colour.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Card = z.infer<typeof Card>;

/** What a caller may set on a card; the rest is the host's. */
export const CardDraft = z.object({
  step: StepId,
  kind: CardKind,
  title: ShortText.default(''),
  body: LongText.default(''),
  fields: Fields.default({}),
  x: Coordinate.default(0),
  y: Coordinate.default(0),
  width: Size.default(220),
  height: Size.default(120),
  colour: Colour.nullable().default(null),
});
export type CardDraft = z.input<typeof CardDraft>;

export const CardPatch = z
  .object({
    step: StepId,
    kind: CardKind,
    title: ShortText,
    body: LongText,
    fields: Fields,
    x: Coordinate,
    y: Coordinate,
    width: Size,
    height: Size,
    colour: Colour.nullable(),
  })
  .partial()
  .strict();
export type CardPatch = z.infer<typeof CardPatch>;

export const LinkKind = z.enum([
  'reaches', // channel -> persona
  'serves', // channel -> objective
  'measures', // kpi -> objective
  'owns', // stakeholder -> governance rule
  'mitigates', // mitigation / risk answer -> threat
  'answers', // answer -> objection
  'relates', // anything else the group wants to connect
]);
export type LinkKind = z.infer<typeof LinkKind>;

export const Link = z.object({
  id: Id,
  workshopId: Id,
  kind: LinkKind,
  fromCard: Id,
  toCard: Id,
  createdAt: Timestamp,
});
export type Link = z.infer<typeof Link>;
