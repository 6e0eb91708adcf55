// React Flow's node and edge state, kept in React Flow's own store: a drag, a measure or a selection changes it there
// without drawing the canvas again (a thousand-card canvas would otherwise render on every frame of a drag). The
// derived canvas is merged in when it changes; nodes just dropped keep their place until saved.
import { useReactFlow, type Edge, type Node } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { XY } from '../geometry';
import { mergeEdges, mergeNodes } from './merge';

export function useFlowState(baseNodes: Node[], baseEdges: Edge[]) {
  const rf = useReactFlow();
  /** What React Flow starts from (its `defaultNodes` and `defaultEdges`, read once). */
  const [initial] = useState(() => ({ nodes: baseNodes, edges: baseEdges }));
  const base = useRef(baseNodes);
  base.current = baseNodes;
  /** Nodes dropped and not saved yet, with the position they were dropped at. */
  const held = useRef(new Map<string, XY>());

  const merge = useCallback((prev: Node[]) => {
    for (const n of base.current) {
      const h = held.current.get(n.id);
      if (h && h.x === n.position.x && h.y === n.position.y) held.current.delete(n.id);
    }
    return mergeNodes(prev, base.current, new Set(held.current.keys()));
  }, []);

  const { setNodes, setEdges } = rf;
  useEffect(() => {
    if (baseNodes !== initial.nodes) setNodes(merge);
  }, [baseNodes, initial, merge, setNodes]);
  useEffect(() => {
    if (baseEdges !== initial.edges) setEdges((prev) => mergeEdges(prev, baseEdges));
  }, [baseEdges, initial, setEdges]);

  const hold = useCallback((id: string, at: XY) => held.current.set(id, at), []);
  /** Lets dropped nodes go back to where the workshop says they are (refused, failed, or placed by the layout). */
  const release = useCallback(
    (ids: readonly string[]) => {
      for (const id of ids) held.current.delete(id);
      setNodes(merge);
    },
    [merge, setNodes],
  );

  return { initialNodes: initial.nodes, initialEdges: initial.edges, setNodes, hold, release };
}
