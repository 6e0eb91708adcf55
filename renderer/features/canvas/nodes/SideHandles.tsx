// Four link handles, one per side; a link leaves and arrives by the sides that face each other (see edgeSides).
import { Handle, Position } from '@xyflow/react';

const SIDES = [
  ['t', Position.Top],
  ['r', Position.Right],
  ['b', Position.Bottom],
  ['l', Position.Left],
] as const;

export function SideHandles({ connectable, hidden }: { connectable: boolean; hidden: boolean }) {
  return (
    <>
      {SIDES.map(([id, position]) => (
        <Handle
          key={id}
          id={id}
          type="source"
          position={position}
          className={hidden ? 'cn__handle cn__handle--hidden' : 'cn__handle'}
          isConnectable={connectable}
        />
      ))}
    </>
  );
}
