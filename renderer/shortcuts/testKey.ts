// A key press for the shortcut tests: a plain key, with the modifiers a test asks for.
import type { KeyLike } from './chord';

export const key = (k: string, over: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...over,
});
