// An overview of every card drawn once into a <canvas>, with the view's frame on top; click or drag in it to move the view.
// React Flow's own MiniMap draws one SVG rectangle per node and lays them out again on every pan frame: too slow at 1,000.
import { useReactFlow, useStore, type Node } from '@xyflow/react';
import { useEffect, useMemo, useRef, type PointerEvent } from 'react';
import { bounds } from './geometry';

const W = 150;
const H = 100;
const PAD = 6;

export interface MinimapProps {
  nodes: readonly Node[];
  colour: (node: Node) => string;
  label: string;
}

export function Minimap({ nodes, colour, label }: MinimapProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const rf = useReactFlow();
  const shown = useMemo(() => nodes.filter((n) => colour(n) !== 'transparent'), [nodes, colour]);
  const frame = useMemo(() => {
    const b = bounds(shown.map((n) => ({ ...n.position, width: n.width ?? 0, height: n.height ?? 0 })));
    const scale = Math.min((W - 2 * PAD) / Math.max(b.width, 1), (H - 2 * PAD) / Math.max(b.height, 1));
    return { ...b, scale, ox: (W - b.width * scale) / 2, oy: (H - b.height * scale) / 2 };
  }, [shown]);

  useEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    ctx.clearRect(0, 0, W, H);
    for (const n of shown) {
      ctx.fillStyle = colour(n);
      const w = Math.max(1.5, (n.width ?? 0) * frame.scale);
      const h = Math.max(1.5, (n.height ?? 0) * frame.scale);
      ctx.fillRect(frame.ox + (n.position.x - frame.x) * frame.scale, frame.oy + (n.position.y - frame.y) * frame.scale, w, h);
    }
  }, [shown, frame, colour]);

  const moveTo = (e: PointerEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const x = frame.x + (e.clientX - box.left - frame.ox) / frame.scale;
    const y = frame.y + (e.clientY - box.top - frame.oy) / frame.scale;
    void rf.setCenter(x, y, { zoom: rf.getZoom() });
  };

  return (
    <div
      className="mm canvas__minimap"
      role="img"
      aria-label={label}
      style={{ width: W, height: H }}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        moveTo(e);
      }}
      onPointerMove={(e) => e.buttons === 1 && moveTo(e)}
    >
      <canvas ref={canvas} width={W} height={H} />
      <ViewFrame frame={frame} />
    </div>
  );
}

/** The part of the canvas on screen: the only piece that follows every pan and zoom. */
function ViewFrame({ frame }: { frame: { x: number; y: number; scale: number; ox: number; oy: number } }) {
  const [tx, ty, zoom] = useStore((s) => s.transform);
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const left = frame.ox + (-tx / zoom - frame.x) * frame.scale;
  const top = frame.oy + (-ty / zoom - frame.y) * frame.scale;
  return (
    <div
      className="mm__view"
      style={{ width: (width / zoom) * frame.scale, height: (height / zoom) * frame.scale, transform: `translate(${left}px, ${top}px)` }}
    />
  );
}
