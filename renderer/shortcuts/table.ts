// Every keyboard shortcut of the app, declared once: keys, where they apply, what they do (FR/EN through i18n).
// Adding one is an entry here, its label in i18n/features/shortcuts.ts, and a handler where the action lives.
import type { MessageKey } from '../i18n';
import { defineShortcuts, type ShortcutDef } from './registry';

const IN_PRESENTER = ['presenter', 'vote'] as const;

export const SHORTCUTS = defineShortcuts({
  // The workshop screen.
  'history.undo': { keys: ['Mod+Z'], scopes: ['workshop'], label: 'shortcut.undo' },
  'history.redo': { keys: ['Mod+Shift+Z', 'Ctrl+Y'], scopes: ['workshop'], label: 'shortcut.redo' },
  'selection.clear': { keys: ['Escape'], scopes: ['workshop'], label: 'shortcut.deselect', keepDefault: true },
  'search.open': { keys: ['Mod+F'], scopes: ['workshop', 'drawer'], label: 'shortcut.search', whileTyping: true },
  'diagnostics.toggle': { keys: ['Mod+Shift+D'], scopes: ['workshop', 'drawer'], label: 'shortcut.diagnostics', whileTyping: true },
  'export.open': { keys: ['Mod+E'], scopes: ['workshop'], label: 'shortcut.export', whileTyping: true },
  'presenter.open': { keys: ['F5'], scopes: ['workshop'], label: 'shortcut.present', whileTyping: true },
  'parking.quickAdd': { keys: ['Mod+Shift+P'], scopes: ['workshop', ...IN_PRESENTER], label: 'shortcut.park', whileTyping: true },
  'help.open': { keys: ['?'], scopes: ['workshop'], label: 'shortcut.help' },
  // The canvas, when it has the focus.
  'canvas.create': { keys: ['N'], scopes: ['canvas'], label: 'shortcut.canvas.create' },
  'canvas.remove': { keys: ['Delete', 'Backspace'], scopes: ['canvas'], label: 'shortcut.canvas.remove' },
  'canvas.copy': { keys: ['Mod+C'], scopes: ['canvas'], label: 'shortcut.canvas.copy' },
  'canvas.paste': { keys: ['Mod+V'], scopes: ['canvas'], label: 'shortcut.canvas.paste' },
  'canvas.vote': { keys: ['V'], scopes: ['canvas'], label: 'shortcut.canvas.vote' },
  'canvas.move': { keys: ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp'], scopes: ['canvas'], label: 'shortcut.canvas.move' },
  // The agenda, on a step.
  'agenda.moveUp': { keys: ['Alt+ArrowUp'], scopes: ['agenda'], label: 'shortcut.agenda.moveUp' },
  'agenda.moveDown': { keys: ['Alt+ArrowDown'], scopes: ['agenda'], label: 'shortcut.agenda.moveDown' },
  // Presenter mode (F5), vote open or not.
  'presenter.next': { keys: ['ArrowRight', 'PageDown'], scopes: IN_PRESENTER, label: 'shortcut.presenter.next', brief: true },
  'presenter.previous': { keys: ['ArrowLeft', 'PageUp'], scopes: IN_PRESENTER, label: 'shortcut.presenter.previous', brief: true },
  'presenter.timer': { keys: ['Space'], scopes: IN_PRESENTER, label: 'shortcut.presenter.timer', brief: true },
  'presenter.spotlightNext': { keys: ['ArrowDown'], scopes: IN_PRESENTER, label: 'shortcut.presenter.spotlightNext' },
  'presenter.spotlightPrevious': { keys: ['ArrowUp'], scopes: IN_PRESENTER, label: 'shortcut.presenter.spotlightPrevious' },
  'presenter.undo': { keys: ['Mod+Z'], scopes: IN_PRESENTER, label: 'shortcut.undo' },
  'presenter.redo': { keys: ['Mod+Shift+Z', 'Ctrl+Y'], scopes: IN_PRESENTER, label: 'shortcut.redo' },
  // Presenter mode, vote closed.
  'presenter.vote': { keys: ['V'], scopes: ['presenter'], label: 'shortcut.presenter.vote', brief: true },
  'presenter.reveal': { keys: ['R'], scopes: ['presenter'], label: 'shortcut.presenter.reveal' },
  'presenter.addTime': { keys: ['+', '='], scopes: ['presenter'], label: 'shortcut.presenter.addTime' },
  'presenter.help': { keys: ['?', 'H'], scopes: ['presenter'], label: 'shortcut.presenter.help', brief: true },
  'presenter.leave': { keys: ['Escape'], scopes: ['presenter'], label: 'shortcut.presenter.leave', brief: true },
  // The keyboard vote in presenter mode.
  'vote.digit': { keys: ['Digit'], scopes: ['vote'], label: 'shortcut.vote.digit', brief: true },
  'vote.erase': { keys: ['Backspace'], scopes: ['vote'], label: 'shortcut.vote.erase' },
  'vote.cast': { keys: ['Enter'], scopes: ['vote'], label: 'shortcut.vote.cast', brief: true },
  'vote.nextVoter': { keys: ['Tab'], scopes: ['vote'], label: 'shortcut.vote.nextVoter', brief: true },
  'vote.previousVoter': { keys: ['Shift+Tab'], scopes: ['vote'], label: 'shortcut.vote.previousVoter' },
  'vote.close': { keys: ['C'], scopes: ['vote'], label: 'shortcut.vote.close', brief: true },
  'vote.end': { keys: ['V', 'Escape'], scopes: ['vote'], label: 'shortcut.vote.end', brief: true },
} satisfies Record<string, ShortcutDef<MessageKey>>);

export type ShortcutId = (typeof SHORTCUTS.ids)[number];
