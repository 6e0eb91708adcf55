// A menu click replays the renderer's own shortcut, with the platform's modifier key.
import { describe, expect, it } from 'vitest';
import { replayShortcut, shortcutEvents } from '../../../electron/main/shortcuts';

describe('shortcutEvents', () => {
  it('uses Control off macOS and Command on it', () => {
    expect(shortcutEvents('CmdOrCtrl+Z', 'win32')).toEqual([
      { type: 'keyDown', keyCode: 'z', modifiers: ['control'] },
      { type: 'keyUp', keyCode: 'z', modifiers: ['control'] },
    ]);
    expect(shortcutEvents('CmdOrCtrl+Shift+Z', 'darwin')[0]).toEqual({ type: 'keyDown', keyCode: 'z', modifiers: ['meta', 'shift'] });
  });

  it('refuses a modifier it does not know', () => {
    expect(() => shortcutEvents('Hyper+Z', 'linux')).toThrow(/Hyper\+Z/);
  });
});

describe('replayShortcut', () => {
  it('sends the events to the page, and nothing to a closed one', () => {
    const sent: unknown[] = [];
    const contents = (destroyed: boolean) =>
      ({ isDestroyed: () => destroyed, sendInputEvent: (e: unknown) => sent.push(e) }) as unknown as Parameters<typeof replayShortcut>[0];
    replayShortcut(contents(false), 'CmdOrCtrl+N', 'linux');
    expect(sent).toHaveLength(2);
    replayShortcut(contents(true), 'CmdOrCtrl+N', 'linux');
    replayShortcut(undefined, 'CmdOrCtrl+N', 'linux');
    expect(sent).toHaveLength(2);
  });
});
