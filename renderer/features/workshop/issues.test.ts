// Inline messages come from the issue list or, failing that, from the "path: message" text.
import { describe, expect, it } from 'vitest';
import { issueFor } from './issues';

describe('issueFor', () => {
  it('finds the issue by path, including under a prefix', () => {
    const error = { code: 'invalid_input' as const, message: 'x', issues: [{ path: 'patch.fields.target', message: 'Too big' }] };
    expect(issueFor(error, 'fields.target')).toBe('Too big');
    expect(issueFor(error, 'target')).toBe('Too big');
    expect(issueFor(error, 'fields.baseline')).toBeNull();
  });

  it('falls back to the message when there is no issue list', () => {
    const error = { code: 'invalid_input' as const, message: 'fields.end: the end comes before the start' };
    expect(issueFor(error, 'fields.end')).toBe('the end comes before the start');
    expect(issueFor(error, 'fields.start')).toBeNull();
    expect(issueFor(null, 'title')).toBeNull();
  });
});
