// The app's table: every key that was wired before the registry still means the same thing in the same place.
import { describe, expect, it } from 'vitest';
import { en, fr } from '../i18n';
import type { KeyLike } from './chord';
import type { Scope } from './registry';
import { SHORTCUTS } from './table';
import { key } from './testKey';

const find = (scopes: Scope[], e: KeyLike, typing = false) => SHORTCUTS.find(e, scopes, typing);
const WORKSHOP: Scope[] = ['workshop'];
const CANVAS: Scope[] = ['canvas', 'workshop'];

describe('the workshop screen', () => {
  it('undoes and redoes, but leaves a text field its own undo', () => {
    expect(find(WORKSHOP, key('z', { ctrlKey: true }))).toBe('history.undo');
    expect(find(WORKSHOP, key('Z', { metaKey: true, shiftKey: true }))).toBe('history.redo');
    expect(find(WORKSHOP, key('y', { ctrlKey: true }))).toBe('history.redo');
    expect(find(WORKSHOP, key('z', { ctrlKey: true }), true)).toBeNull();
    expect(find(WORKSHOP, key('z', { ctrlKey: true, altKey: true }))).toBeNull();
  });

  it('opens search, the health check, export, presenter mode and the parking lot, from a text field too', () => {
    expect(find(WORKSHOP, key('f', { ctrlKey: true }), true)).toBe('search.open');
    expect(find(WORKSHOP, key('D', { ctrlKey: true, shiftKey: true }), true)).toBe('diagnostics.toggle');
    expect(find(WORKSHOP, key('e', { metaKey: true }), true)).toBe('export.open');
    expect(find(WORKSHOP, key('F5'), true)).toBe('presenter.open');
    expect(find(WORKSHOP, key('P', { ctrlKey: true, shiftKey: true }), true)).toBe('parking.quickAdd');
    expect(find(WORKSHOP, key('F5', { ctrlKey: true }))).toBeNull();
  });

  it('lets search and the health check through the drawer, and nothing else', () => {
    expect(find(['drawer'], key('f', { ctrlKey: true }))).toBe('search.open');
    expect(find(['drawer'], key('d', { ctrlKey: true, shiftKey: true }))).toBe('diagnostics.toggle');
    expect(find(['drawer'], key('z', { ctrlKey: true }))).toBeNull();
  });

  it('deselects with Esc and opens the help with ?', () => {
    expect(find(WORKSHOP, key('Escape'))).toBe('selection.clear');
    expect(find(WORKSHOP, key('?', { shiftKey: true }))).toBe('help.open');
    expect(find(WORKSHOP, key('?'), true)).toBeNull();
  });
});

describe('the canvas', () => {
  it('creates, removes, copies, pastes, votes and moves, only when the canvas has the keys', () => {
    expect(find(CANVAS, key('n'))).toBe('canvas.create');
    expect(find(CANVAS, key('Delete'))).toBe('canvas.remove');
    expect(find(CANVAS, key('Backspace'))).toBe('canvas.remove');
    expect(find(CANVAS, key('c', { ctrlKey: true }))).toBe('canvas.copy');
    expect(find(CANVAS, key('v', { metaKey: true }))).toBe('canvas.paste');
    expect(find(CANVAS, key('v'))).toBe('canvas.vote');
    expect(find(CANVAS, key('ArrowUp'))).toBe('canvas.move');
    expect(find(WORKSHOP, key('n'))).toBeNull();
    expect(find(CANVAS, key('n'), true)).toBeNull();
    // The workshop's keys still work with the canvas focused.
    expect(find(CANVAS, key('z', { ctrlKey: true }))).toBe('history.undo');
  });
});

describe('the agenda', () => {
  it('moves the focused step with Alt+arrows, and leaves plain arrows to the list', () => {
    const AGENDA: Scope[] = ['agenda', 'workshop'];
    expect(find(AGENDA, key('ArrowUp', { altKey: true }))).toBe('agenda.moveUp');
    expect(find(AGENDA, key('ArrowDown', { altKey: true }))).toBe('agenda.moveDown');
    expect(find(AGENDA, key('ArrowUp'))).toBeNull();
    expect(find(WORKSHOP, key('ArrowUp', { altKey: true }))).toBeNull();
  });
});

describe('presenter mode', () => {
  const P: Scope[] = ['presenter'];
  const V: Scope[] = ['vote'];
  it('moves between steps, runs the timer, adds time, votes, reveals, helps, leaves', () => {
    expect(find(P, key('ArrowRight'))).toBe('presenter.next');
    expect(find(P, key('PageDown'))).toBe('presenter.next');
    expect(find(P, key('ArrowLeft'))).toBe('presenter.previous');
    expect(find(P, key('PageUp'))).toBe('presenter.previous');
    expect(find(P, key(' '))).toBe('presenter.timer');
    expect(find(P, key('+'))).toBe('presenter.addTime');
    expect(find(P, key('='))).toBe('presenter.addTime');
    expect(find(P, key('v'))).toBe('presenter.vote');
    expect(find(P, key('r'))).toBe('presenter.reveal');
    expect(find(P, key('Escape'))).toBe('presenter.leave');
    expect(find(P, key('?'))).toBe('presenter.help');
    expect(find(P, key('h'))).toBe('presenter.help');
    expect(find(P, key('ArrowDown'))).toBe('presenter.spotlightNext');
    expect(find(P, key('5'))).toBeNull();
    expect(find(P, key('ArrowRight', { altKey: true }))).toBeNull();
  });

  it('keeps undo, redo and the parking lot under Ctrl, vote open or not', () => {
    for (const scopes of [P, V]) {
      expect(find(scopes, key('z', { ctrlKey: true }))).toBe('presenter.undo');
      expect(find(scopes, key('Z', { ctrlKey: true, shiftKey: true }))).toBe('presenter.redo');
      expect(find(scopes, key('y', { ctrlKey: true }))).toBe('presenter.redo');
      expect(find(scopes, key('P', { ctrlKey: true, shiftKey: true }))).toBe('parking.quickAdd');
      expect(find(scopes, key('v', { ctrlKey: true }))).toBeNull();
    }
  });

  it('reads a card number, Enter, Tab and Shift+Tab while the vote is open', () => {
    expect(find(V, key('7'))).toBe('vote.digit');
    expect(find(V, key('Backspace'))).toBe('vote.erase');
    expect(find(V, key('Enter'))).toBe('vote.cast');
    expect(find(V, key('Tab'))).toBe('vote.nextVoter');
    expect(find(V, key('Tab', { shiftKey: true }))).toBe('vote.previousVoter');
    expect(find(V, key('c'))).toBe('vote.close');
    expect(find(V, key('Escape'))).toBe('vote.end');
    expect(find(V, key('v'))).toBe('vote.end');
    expect(find(V, key(' '))).toBe('presenter.timer');
    expect(find(V, key('ArrowRight'))).toBe('presenter.next');
    expect(find(V, key('+'))).toBeNull();
  });
});

describe('labels', () => {
  it('has a French and an English label for every shortcut', () => {
    for (const id of SHORTCUTS.ids) {
      const label = SHORTCUTS.table[id].label;
      expect(fr[label], id).toBeTruthy();
      expect(en[label], id).toBeTruthy();
    }
  });
});
