// Every interface string in English, with exactly the keys of fr.ts.
import { backupsMessages } from './features/backups';
import { audienceMessages } from './features/audience';
import { cardLookMessages } from './features/card-look';
import { chainMessages } from './features/chain';
import { inputMessages } from './features/inputs';
import { planMessages } from './features/plan';
import { canvasMessages } from './features/canvas';
import { diagnosticsMessages } from './features/diagnostics';
import { exportsMessages } from './features/exports';
import { facilitationMessages } from './features/facilitation';
import { facilitationRecordMessages } from './features/facilitation-records';
import { healthMessages } from './features/health';
import { searchMessages } from './features/search';
import { shortcutMessages } from './features/shortcuts';
import { roomMessages } from './features/room';
import { roomPhoneMessages } from './features/room-phone';
import type { coreFr, Messages } from './fr';

const coreEn: Record<keyof typeof coreFr, string> = {
  'app.name': 'Socle',
  'app.loading': 'Loading…',
  'app.main': 'Main content',

  'common.cancel': 'Cancel',
  'common.close': 'Close',
  'common.create': 'Create',
  'common.save': 'Save',
  'common.dismiss': 'Dismiss',
  'common.retry': 'Try again',
  'common.error': 'Something went wrong: {message}',

  'settings.language': 'Interface language',
  'settings.theme.dark': 'Dark theme',

  'library.title': 'Workshops',
  'library.tabs': 'Library view',
  'library.tab.active': 'Workshops',
  'library.tab.trash': 'Trash',
  'library.search': 'Search',
  'library.searchPlaceholder': 'Title, organisation, sector…',
  'library.new': 'New workshop',
  'library.list': 'Workshop list',
  'library.trashList': 'Workshops in the trash',
  'library.empty': 'No workshop yet. Create one to start.',
  'library.emptySearch': 'No workshop matches “{query}”.',
  'library.trashEmpty': 'The trash is empty.',
  'library.loadFailed': 'The library could not be loaded: {message}',
  'library.trashHint': 'Deleted workshops stay here until you delete them for good.',

  'row.noOrganisation': 'No organisation',
  'row.noDate': 'No date',
  'row.progress': 'Progress of {title}',
  'row.percent': '{percent}%',
  'row.updated': 'Changed {when}',
  'row.deleted': 'Moved to the trash {when}',
  'row.cards': '{count} cards',
  'row.cards.one': '{count} card',
  'row.actions': 'Actions for {title}',
  'row.open': 'Open',
  'row.rename': 'Rename',
  'row.duplicate': 'Duplicate',
  'row.trash': 'Trash',
  'row.restore': 'Restore',
  'row.purge': 'Delete for good',
  'row.renameLabel': 'Rename {title}',
  'row.duplicateLabel': 'Duplicate {title}',
  'row.trashLabel': 'Move {title} to the trash',
  'row.restoreLabel': 'Restore {title}',
  'row.purgeLabel': 'Delete {title} for good',

  'toast.created': 'Workshop created: {title}',
  'toast.duplicated': 'Copy created: {title}',
  'toast.trashed': '“{title}” is in the trash.',
  'toast.restored': '“{title}” is restored.',
  'toast.purged': '“{title}” is deleted for good.',
  'toast.renamed': 'Workshop renamed: {title}',
  'toast.dismiss': 'Dismiss the notification',
  'toast.region': 'Notifications',

  'create.title': 'New workshop',
  'create.name': 'Title',
  'create.organisation': 'Organisation',
  'create.date': 'Workshop date',
  'create.template': 'Starting point',
  'create.submit': 'Create the workshop',
  'create.titleRequired': 'Give the workshop a title.',
  'create.failed': 'The workshop was not created: {message}',

  'template.blank': 'Blank workshop',

  'rename.title': 'Rename the workshop',
  'rename.label': 'New title',
  'rename.submit': 'Rename',

  'purge.title': 'Delete for good?',
  'purge.body': '“{title}” and everything in it will be erased. This cannot be undone.',
  'purge.confirm': 'Delete for good',

  'notice.host': 'Information',

  'workshop.loading': 'Opening the workshop…',
  'workshop.loadFailed': 'This workshop could not be opened: {message}',
  'workshop.back': 'Library',
  'workshop.backLabel': 'Back to the library',
  'workshop.titleLabel': 'Workshop title',
  'workshop.undo': 'Undo',
  'workshop.redo': 'Redo',
  'workshop.undoHint': 'Undo the last change (Ctrl+Z)',
  'workshop.redoHint': 'Redo (Ctrl+Shift+Z or Ctrl+Y)',
  'workshop.toolbar': 'Workshop toolbar',

  'agenda.title': 'Agenda',
  'agenda.minutes': '{minutes} min',
  'agenda.completion': '{percent}% complete',

  'step.position': 'Step {number} of {total}',
  'step.previous': 'Previous step',
  'step.next': 'Next step',

  'board.title': 'Cards of the step',
  'board.add': 'Add: {kind}',
  'board.empty': 'No card for this step yet. Add the first one with the buttons above.',
  'board.untitled': 'Untitled',
  'board.fields': '{count} details',
  'board.fields.one': '{count} detail',

  'panel.label': 'Step details',
  'panel.why': 'Why it matters',
  'panel.sources': 'Sources: {ids}',
  'panel.questions': 'Questions',
  'panel.noQuestions': 'The questions of this step are coming soon.',
  'panel.card': 'Selected card',
  'panel.noCard': 'Select a card to edit it.',

  'card.title': 'Card title',
  'card.body': 'Description',
  'card.fields': 'Details',
  'card.kind': 'Kind: {kind}',
  'card.delete': 'Delete the card',
  'card.deleted': 'Card deleted. Ctrl+Z to bring it back.',
  'card.close': 'Deselect the card',

  'input.choose': '— Choose —',
  'input.listHelp': 'One item per line.',
  'input.notANumber': 'Enter a number.',
  'input.min': 'At least {min}.',
  'input.max': 'At most {max}.',
  'input.saving': 'Saving…',
  'input.saved': 'Saved',
  'input.required': 'Counts toward progress',
};

export const en: Messages = {
  ...coreEn,
  ...canvasMessages.en,
  ...diagnosticsMessages.en,
  ...facilitationMessages.en,
  ...facilitationRecordMessages.en,
  ...exportsMessages.en,
  ...backupsMessages.en,
  ...audienceMessages.en,
  ...cardLookMessages.en,
  ...chainMessages.en,
  ...inputMessages.en,
  ...planMessages.en,
  ...searchMessages.en,
  ...shortcutMessages.en,
  ...roomPhoneMessages.en,
  ...roomMessages.en,
  ...healthMessages.en,
};
