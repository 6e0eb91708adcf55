// Replays a keyboard shortcut into the page, so a menu click and the keystroke take the same path.
import type { KeyboardInputEvent, WebContents } from 'electron';

type Modifier = NonNullable<KeyboardInputEvent['modifiers']>[number];

/** The key events for an accelerator such as "CmdOrCtrl+Shift+Z" on a platform. */
export function shortcutEvents(accelerator: string, platform: NodeJS.Platform): KeyboardInputEvent[] {
  const parts = accelerator.split('+');
  const key = (parts.pop() ?? '').toLowerCase();
  const modifiers = parts.map((part): Modifier => {
    const p = part.toLowerCase();
    if (p === 'cmdorctrl' || p === 'commandorcontrol') return platform === 'darwin' ? 'meta' : 'control';
    if (p === 'cmd' || p === 'command') return 'meta';
    if (p === 'ctrl' || p === 'control') return 'control';
    if (p === 'shift' || p === 'alt') return p;
    throw new Error(`Unknown modifier in accelerator "${accelerator}"`);
  });
  return [
    { type: 'keyDown', keyCode: key, modifiers },
    { type: 'keyUp', keyCode: key, modifiers },
  ];
}

export function replayShortcut(contents: WebContents | undefined, accelerator: string, platform: NodeJS.Platform): void {
  if (!contents || contents.isDestroyed()) return;
  for (const event of shortcutEvents(accelerator, platform)) contents.sendInputEvent(event);
}
