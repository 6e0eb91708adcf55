// @vitest-environment happy-dom
// The one listener: scopes read from the page (dialogs, the canvas), text fields respected, the latest handler first.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from './dispatcher';
import { defineShortcuts } from './registry';

const table = defineShortcuts({
  undo: { keys: ['Mod+Z'], scopes: ['workshop'], label: 'a' },
  search: { keys: ['Mod+F'], scopes: ['workshop', 'drawer'], label: 'b', whileTyping: true },
  create: { keys: ['N'], scopes: ['canvas'], label: 'c' },
  deselect: { keys: ['Escape'], scopes: ['workshop'], label: 'd', keepDefault: true },
  leave: { keys: ['Escape'], scopes: ['presenter'], label: 'e' },
  end: { keys: ['Escape'], scopes: ['vote'], label: 'f' },
});

let stop: () => void;
let ran: string[];
const d = createDispatcher(table);
const press = (target: Element, key: string, init: KeyboardEventInit = {}) => {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
};

beforeEach(() => {
  document.body.innerHTML = `
    <input id="field" type="text" />
    <button id="button">b</button>
    <div id="canvas" data-shortcut-scope="canvas" tabindex="-1"><span id="card" tabindex="0">card</span></div>
    <dialog id="presenter" data-shortcut-scope="presenter"><button id="inPresenter">x</button></dialog>
    <dialog id="other"><input id="inOther" type="text" /></dialog>`;
  ran = [];
  stop = d.listen(window);
});
afterEach(() => stop());

describe('the dispatcher', () => {
  it('runs a workshop shortcut from anywhere on the page but not from a text field', () => {
    const off = d.on('undo', () => void ran.push('undo'));
    const event = press(document.getElementById('button')!, 'z', { ctrlKey: true });
    expect(ran).toEqual(['undo']);
    expect(event.defaultPrevented).toBe(true);
    press(document.getElementById('field')!, 'z', { ctrlKey: true });
    expect(ran).toEqual(['undo']);
    off();
  });

  it('runs a shortcut declared for text fields from a text field', () => {
    const off = d.on('search', () => void ran.push('search'));
    press(document.getElementById('field')!, 'f', { ctrlKey: true });
    expect(ran).toEqual(['search']);
    off();
  });

  it('runs a canvas shortcut only from inside the canvas, with the canvas as its element', () => {
    const off = d.on('create', ({ element }) => void ran.push(element.id));
    press(document.getElementById('button')!, 'n');
    expect(ran).toEqual([]);
    press(document.getElementById('card')!, 'n');
    expect(ran).toEqual(['canvas']);
    off();
  });

  it('gives an open dialog the keyboard: its own scope, or nothing when it has none', () => {
    const offs = [d.on('undo', () => void ran.push('undo')), d.on('leave', () => void ran.push('leave'))];
    (document.getElementById('presenter') as HTMLDialogElement).setAttribute('open', '');
    press(document.getElementById('inPresenter')!, 'Escape');
    // Focus left on the page: the dialog over it still has the keys.
    press(document.body, 'z', { ctrlKey: true });
    expect(ran).toEqual(['leave']);
    (document.getElementById('presenter') as HTMLDialogElement).removeAttribute('open');
    (document.getElementById('other') as HTMLDialogElement).setAttribute('open', '');
    press(document.body, 'z', { ctrlKey: true });
    press(document.getElementById('inOther')!, 'Escape');
    expect(ran).toEqual(['leave']);
    offs.forEach((off) => off());
  });

  it('asks a dynamic scope at each key press', () => {
    let voting = false;
    const dialog = document.getElementById('presenter')!;
    dialog.setAttribute('open', '');
    const offs = [
      d.scope(dialog, () => (voting ? 'vote' : 'presenter')),
      d.on('leave', () => void ran.push('leave')),
      d.on('end', () => void ran.push('end')),
    ];
    press(dialog, 'Escape');
    voting = true;
    press(dialog, 'Escape');
    expect(ran).toEqual(['leave', 'end']);
    offs.forEach((off) => off());
  });

  it('runs the latest handler first, falls back when it declines, and leaves a key a field already took', () => {
    const offs = [d.on('undo', () => void ran.push('first')), d.on('undo', () => (ran.push('second declines'), false))];
    press(document.body, 'z', { ctrlKey: true });
    expect(ran).toEqual(['second declines', 'first']);
    const button = document.getElementById('button')!;
    // A field's own handler (React's onKeyDown, here the element's) prevents the default before the window hears it.
    button.onkeydown = (e) => e.preventDefault();
    press(button, 'z', { ctrlKey: true });
    expect(ran).toHaveLength(2);
    offs.forEach((off) => off());
  });

  it('keeps the default action where the table says so, and does nothing without a handler', () => {
    const off = d.on('deselect', () => void ran.push('deselect'));
    expect(press(document.body, 'Escape').defaultPrevented).toBe(false);
    expect(ran).toEqual(['deselect']);
    off();
    expect(press(document.body, 'z', { ctrlKey: true }).defaultPrevented).toBe(false);
  });
});
