// The health check's shortcut is Ctrl+Shift+D (Cmd on a Mac), and nothing else.
import { describe, expect, it } from 'vitest';
import { isDiagnosticsShortcut } from './shortcut';

const key = (over: Partial<Parameters<typeof isDiagnosticsShortcut>[0]>) => ({
  key: 'D',
  ctrlKey: false,
  metaKey: false,
  shiftKey: true,
  altKey: false,
  ...over,
});

describe('isDiagnosticsShortcut', () => {
  it('takes Ctrl+Shift+D and Cmd+Shift+D, whatever the case of the key', () => {
    expect(isDiagnosticsShortcut(key({ ctrlKey: true }))).toBe(true);
    expect(isDiagnosticsShortcut(key({ metaKey: true, key: 'd' }))).toBe(true);
  });

  it('leaves Ctrl+D, Ctrl+Alt+Shift+D and plain Shift+D alone', () => {
    expect(isDiagnosticsShortcut(key({ ctrlKey: true, shiftKey: false }))).toBe(false);
    expect(isDiagnosticsShortcut(key({ ctrlKey: true, altKey: true }))).toBe(false);
    expect(isDiagnosticsShortcut(key({}))).toBe(false);
  });
});
