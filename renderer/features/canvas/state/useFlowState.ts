// React Flow's node and edge state, fed by the derived canvas; nodes just dropped keep their place until saved.
import { applyEdgeChanges, applyNodeChanges, type Edge, type Node, type OnEdgesChange, type OnNodesChange } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { XY } from '../geometry';
import { mergeEdges, mergeNodes } from './merge';

export function useFlowState(baseNodes: Node[], baseEdges: Edge[]) {
  const [nodes, setNodes] = useState<Node[]>(baseNodes);
  const [edges, setEdges] = useState<Edge[]>(baseEdges);
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

  useEffect(() => setNodes(merge), [baseNodes, merge]);
  useEffect(() => setEdges((prev) => mergeEdges(prev, baseEdges)), [baseEdges]);

  const onNodesChange: OnNodesChange = useCallback((changes) => setNodes((ns) => applyNodeChanges(changes, ns)), []);
  const onEdgesChange: OnEdgesChange = useCallback((changes) => setEdges((es) => applyEdgeChanges(changes, es)), []);

  const hold = useCallback((id: string, at: XY) => held.current.set(id, at), []);
  /** Lets dropped nodes go back to where the workshop says they are (refused, failed, or placed by the layout). */
  const release = useCallback(
    (ids: readonly string[]) => {
      for (const id of ids) held.current.delete(id);
      setNodes(merge);
    },
    [merge],
  );

  return { nodes, edges, setNodes, setEdges, onNodesChange, onEdgesChange, hold, release };
}
