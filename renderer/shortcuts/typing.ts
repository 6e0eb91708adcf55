// Where the keyboard belongs to a text field: its own undo, letters and arrows come first there.
const TEXT_INPUTS = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', '']);

export interface TargetLike {
  tagName?: string;
  type?: string;
  isContentEditable?: boolean;
}

export function isTypingTarget(target: TargetLike | null): boolean {
  if (!target?.tagName) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName.toUpperCase();
  if (tag === 'TEXTAREA') return true;
  return tag === 'INPUT' && TEXT_INPUTS.has((target.type ?? '').toLowerCase());
}
