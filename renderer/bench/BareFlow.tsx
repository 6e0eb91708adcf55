// The baseline: React Flow with the same cards and links as plain default nodes and edges, nothing of ours.
import { ReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo } from 'react';
import type { WorkshopData } from '../../shared/model';
import { VIEWPORT } from './scenario';

export function BareFlow({ data }: { data: WorkshopData }) {
  const nodes: Node[] = useMemo(
    () => data.cards.map((c) => ({ id: c.id, position: { x: c.x, y: c.y }, width: c.width, height: c.height, data: { label: c.title } })),
    [data],
  );
  const edges: Edge[] = useMemo(() => data.links.map((l) => ({ id: l.id, source: l.fromCard, target: l.toCard })), [data]);
  return (
    <div style={{ width: '100vw', height: '100vh' }}>
      <ReactFlow defaultNodes={nodes} defaultEdges={edges} defaultViewport={VIEWPORT} onlyRenderVisibleElements minZoom={0.05} />
    </div>
  );
}
