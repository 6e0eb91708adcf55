// Features depend on one another one way only: an index that re-exports can then never close an import cycle between
// features (which would leave a feature's exports undefined while the bundle evaluates).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const FEATURES = join(import.meta.dirname, '..', '..', '..', 'renderer', 'features');
const IMPORT = /(?:from\s*|import\s*\(\s*|^import\s+)'(\.[^']+)'/gm;

const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });

const featureOf = (path: string): string | null => {
  const rel = relative(FEATURES, path);
  return rel.startsWith('..') ? null : (rel.split(sep)[0] ?? null);
};

/** Which features each feature imports (any import, type-only included), from the files on disk. */
function featureGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sources(FEATURES)) {
    const from = featureOf(file)!;
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const to = featureOf(resolve(dirname(file), spec!));
      if (to && to !== from && existsSync(join(FEATURES, to))) edges.add(to);
    }
  }
  return graph;
}

/** A cycle in the graph as the list of its nodes (first repeated at the end), or null when there is none. */
function findCycle(graph: Map<string, Set<string>>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe('feature dependencies', () => {
  it('finds a cycle when there is one, however long', () => {
    const graph = (edges: [string, string][]) => {
      const g = new Map<string, Set<string>>();
      for (const [a, b] of edges) g.set(a, (g.get(a) ?? new Set()).add(b));
      return g;
    };
    expect(
      findCycle(
        graph([
          ['workshop', 'canvas'],
          ['canvas', 'workshop'],
        ]),
      ),
    ).toEqual(['workshop', 'canvas', 'workshop']);
    expect(
      findCycle(
        graph([
          ['a', 'b'],
          ['b', 'c'],
          ['c', 'a'],
        ]),
      ),
    ).toEqual(['a', 'b', 'c', 'a']);
    expect(
      findCycle(
        graph([
          ['a', 'b'],
          ['a', 'c'],
          ['b', 'c'],
        ]),
      ),
    ).toBeNull();
  });

  it('have no cycle between features in the renderer as it is', () => {
    const graph = featureGraph();
    expect(graph.size).toBeGreaterThan(5);
    expect(graph.get('workshop')).toContain('canvas');
    expect(findCycle(graph)).toBeNull();
  });
});
