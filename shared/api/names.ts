// The names of every contract call, without their schemas: the preload needs only these.
export const CALL_NAMES = [
  'app.info',
  'library.list',
  'workshop.create',
  'workshop.get',
  'workshop.update',
  'workshop.duplicate',
  'workshop.delete',
  'workshop.restore',
  'workshop.purge',
  'card.create',
  'card.update',
  'card.delete',
  'link.create',
  'link.delete',
  'participant.create',
  'participant.update',
  'participant.delete',
  'answer.set',
  'history.undo',
  'history.redo',
] as const;
export type CallName = (typeof CALL_NAMES)[number];
