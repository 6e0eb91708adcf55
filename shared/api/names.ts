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
  'snapshot.create',
  'snapshot.list',
  'snapshot.restore',
  'snapshot.delete',
  'snapshot.compare',
  'backup.list',
  'backup.create',
  'backup.restore',
  'agenda.update',
  'agenda.reorder',
  'timer.start',
  'timer.pause',
  'parking.add',
  'parking.update',
  'parking.delete',
  'vote.start',
  'vote.cast',
  'vote.retract',
  'vote.close',
  'vote.reset',
  'finding.accept',
  'finding.reopen',
  'export.run',
  'workshop.import',
  'presentation.set',
  'presentation.get',
] as const;
export type CallName = (typeof CALL_NAMES)[number];

// The names of every event the host or main sends to the windows; the preload needs only these.
export const EVENT_NAMES = ['workshop.changed', 'export.progress', 'app.command', 'file.opened', 'presentation.changed'] as const;
export type EventName = (typeof EVENT_NAMES)[number];

/** The commands the application menu sends to the window (as `app.command` events). */
export const APP_COMMANDS = ['new-workshop', 'undo', 'redo', 'export', 'open-recent', 'presenter'] as const;
export type AppCommand = (typeof APP_COMMANDS)[number];
