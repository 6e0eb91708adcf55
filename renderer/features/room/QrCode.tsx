// The room's QR code as an SVG, crisp at any size.
import { useMemo } from 'react';
import { qrShape } from './qr';

export function QrCode({ text, label, className }: { text: string; label: string; className?: string }) {
  const { size, path } = useMemo(() => qrShape(text), [text]);
  const view = size + 8;
  return (
    <svg
      className={className}
      viewBox={`-4 -4 ${view} ${view}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      data-testid="room-qr"
    >
      <rect x={-4} y={-4} width={view} height={view} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}

/** What the QR code holds: the address, with the code after # so it never reaches a server log. */
export const joinLink = (url: string, code: string) => `${url}#code=${code}`;
