// Merging derived nodes into React Flow's state: unchanged nodes keep their object, held nodes keep their position.
import type { Node } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { mergeEdges, mergeNodes } from './merge';

const node = (id: string, x: number, data: Record<string, unknown> = { v: 1 }): Node => ({
  id,
  position: { x, y: 0 },
  data,
  width: 10,
  height: 10,
});

describe('mergeNodes', () => {
  it('returns the previous array when nothing changed, even with new data objects of the same content', () => {
    const prev = [node('a', 0), node('b', 5)];
    expect(mergeNodes(prev, [node('a', 0), node('b', 5)], new Set())).toBe(prev);
  });

  it('replaces only the node that changed and keeps its selection and measured size', () => {
    const a = { ...node('a', 0), selected: true, measured: { width: 10, height: 10 } };
    const b = node('b', 5);
    const next = mergeNodes([a, b], [node('a', 30), node('b', 5)], new Set());
    expect(next[1]).toBe(b);
    expect(next[0]).toMatchObject({ position: { x: 30, y: 0 }, selected: true, measured: { width: 10, height: 10 } });
  });

  it('keeps the position of a node being dragged or waiting for its save', () => {
    const a = { ...node('a', 99), dragging: true };
    expect(mergeNodes([a], [node('a', 0, { v: 2 })], new Set())[0]!.position.x).toBe(99);
    expect(mergeNodes([node('b', 42)], [node('b', 0)], new Set(['b']))[0]!.position.x).toBe(42);
  });

  it('adds and removes nodes', () => {
    expect(mergeNodes([node('a', 0)], [node('b', 0)], new Set()).map((n) => n.id)).toEqual(['b']);
  });
});

describe('mergeEdges', () => {
  it('keeps a selected edge selected when the edges are derived again', () => {
    const e = { id: 'l', source: 'a', target: 'b', label: 'x', selected: true };
    expect(mergeEdges([e], [{ id: 'l', source: 'a', target: 'b', label: 'x' }])).toEqual([e]);
    expect(mergeEdges([e], [{ id: 'l', source: 'a', target: 'b', label: 'y' }])[0]).toMatchObject({ label: 'y', selected: true });
  });
});
