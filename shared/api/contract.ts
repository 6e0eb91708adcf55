// The one contract between the renderer and the host: every call's name, input and output.
// The preload, the IPC handlers, the HTTP routes and the renderer client all derive from it.
import { z } from 'zod';
import { call } from './call';
import {
  AnswerValue,
  Card,
  CardDraft,
  CardPatch,
  Id,
  Link,
  LinkKind,
  Participant,
  ParticipantDraft,
  ParticipantPatch,
  QuestionId,
  StepId,
  WorkshopData,
  WorkshopPatch,
  WorkshopSummary,
  Workshop,
  ShortText,
  IsoDate,
  Language,
  Snapshot,
  SnapshotDiff,
  BackupInfo,
} from '../model';
import { facilitationCalls } from './facilitation';
import { presentationCalls } from './presentation';
import { roomCalls } from './room';
import type { CallName } from './names';
import { EXPORT_FORMATS, WORKSHOP_FILE_MAX_BYTES } from '../document/formats';
import { SECTION_IDS } from '../document/sections-ids';
import { withHistory } from './rows';

const WorkshopRef = z.object({ workshopId: Id }).strict();
const SnapshotRef = z.object({ workshopId: Id, snapshotId: Id }).strict();

export const contract = {
  'app.info': call(
    z.object({}).strict(),
    z.object({
      version: z.string(),
      dataDir: z.string(),
      mode: z.enum(['electron', 'web']),
      notice: z.string().nullable(),
      /** What the notice is about, so the interface can say it in its own language. */
      noticeCode: z.enum(['corrupt', 'foreign', 'unreadable']).nullable(),
      /** Where the unreadable library was kept. */
      setAside: z.string().nullable(),
    }),
  ),
  'library.list': call(
    z.object({ query: z.string().max(200).default(''), trash: z.boolean().default(false) }).strict(),
    z.array(WorkshopSummary),
  ),
  'workshop.create': call(
    z
      .object({
        title: ShortText.min(1, 'a workshop needs a title'),
        organisation: ShortText.default(''),
        sector: ShortText.default(''),
        date: IsoDate.nullable().default(null),
        language: Language.default('fr'),
        template: z.string().max(64).nullable().default(null),
      })
      .strict(),
    Workshop,
  ),
  'workshop.get': call(WorkshopRef, WorkshopData),
  // `expected`: what the window saw before its edit; a write based on a stale view is refused (conflict, isStale).
  'workshop.update': call(
    z.object({ workshopId: Id, patch: WorkshopPatch, expected: WorkshopPatch.optional() }).strict(),
    withHistory(Workshop),
  ),
  'workshop.duplicate': call(z.object({ workshopId: Id, title: ShortText.min(1).optional() }).strict(), Workshop),
  'workshop.delete': call(WorkshopRef, Workshop),
  'workshop.restore': call(WorkshopRef, Workshop),
  'workshop.purge': call(WorkshopRef, z.object({ purged: z.literal(true) })),
  // `coalesce`: creations with the same key within a few seconds are one undo step (a paste of several cards).
  'card.create': call(z.object({ workshopId: Id, card: CardDraft, coalesce: z.string().max(120).optional() }).strict(), withHistory(Card)),
  'card.update': call(
    // patch.fields holds only the fields that change: the host merges them into the card's others.
    z
      .object({ workshopId: Id, cardId: Id, patch: CardPatch, expected: CardPatch.optional(), coalesce: z.string().max(120).optional() })
      .strict(),
    withHistory(Card),
  ),
  'card.delete': call(z.object({ workshopId: Id, cardId: Id }).strict(), withHistory(z.object({ cardId: Id, linkIds: z.array(Id) }))),
  'link.create': call(z.object({ workshopId: Id, kind: LinkKind, fromCard: Id, toCard: Id }).strict(), withHistory(Link)),
  'link.delete': call(z.object({ workshopId: Id, linkId: Id }).strict(), withHistory(z.object({ linkId: Id }))),
  'participant.create': call(z.object({ workshopId: Id, participant: ParticipantDraft }).strict(), withHistory(Participant)),
  'participant.update': call(
    z.object({ workshopId: Id, participantId: Id, patch: ParticipantPatch, expected: ParticipantPatch.optional() }).strict(),
    withHistory(Participant),
  ),
  'participant.delete': call(z.object({ workshopId: Id, participantId: Id }).strict(), withHistory(z.object({ participantId: Id }))),
  'answer.set': call(
    z
      .object({
        workshopId: Id,
        step: StepId,
        question: QuestionId,
        value: AnswerValue,
        /** The answer the window saw before this edit (null: none yet). */
        expected: AnswerValue.optional(),
        coalesce: z.string().max(120).optional(),
      })
      .strict(),
    withHistory(z.object({ question: QuestionId, value: AnswerValue })),
  ),
  // `expected`: the edit (undoSeq) the window means to undo; another window's newer edit on top is refused as stale.
  'history.undo': call(z.object({ workshopId: Id, expected: z.number().int().optional() }).strict(), WorkshopData),
  'history.redo': call(WorkshopRef, WorkshopData),
  'snapshot.create': call(z.object({ workshopId: Id, name: ShortText.trim().min(1, 'a snapshot needs a name') }).strict(), Snapshot),
  'snapshot.list': call(WorkshopRef, z.array(Snapshot)),
  'snapshot.restore': call(SnapshotRef, WorkshopData),
  'snapshot.delete': call(SnapshotRef, z.object({ snapshotId: Id })),
  'snapshot.compare': call(SnapshotRef, SnapshotDiff),
  'backup.list': call(z.object({}).strict(), z.array(BackupInfo)),
  'backup.create': call(z.object({}).strict(), BackupInfo),
  'backup.restore': call(z.object({ name: z.string().min(1).max(200) }).strict(), z.object({ restored: z.string(), safety: BackupInfo })),
  ...facilitationCalls,
  ...presentationCalls,
  ...roomCalls,
  'export.run': call(
    z
      .object({
        workshopId: Id,
        format: z.enum(EXPORT_FORMATS),
        language: Language,
        sections: z.array(z.enum(SECTION_IDS)).min(1, 'choose at least one section').max(SECTION_IDS.length).optional(),
      })
      .strict(),
    z.object({ fileName: z.string().min(1).max(120), mimeType: z.string().max(120), base64: z.string() }),
  ),
  'workshop.import': call(
    z
      .object({
        fileName: z.string().max(300).default('workshop.socle'),
        text: z.string().max(WORKSHOP_FILE_MAX_BYTES, `a workshop file is at most ${WORKSHOP_FILE_MAX_BYTES / 1024 / 1024} MB`),
      })
      .strict(),
    Workshop,
  ),
} satisfies Record<CallName, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type CallInput<N extends CallName> = z.input<Contract[N]['input']>;
export type CallArgs<N extends CallName> = z.output<Contract[N]['input']>;
export type CallOutput<N extends CallName> = z.output<Contract[N]['output']>;

// Both directions: a name in CALL_NAMES without a schema, or a schema without a name, fails to compile.
type MissingSchemas = Exclude<CallName, keyof Contract>;
type MissingNames = Exclude<keyof Contract, CallName>;
const exhaustive: [MissingSchemas, MissingNames] extends [never, never] ? true : false = true;
void exhaustive;
