// A cell of the channel matrix as each screen shows it: a check and "reaches" when the link is made; an empty cell offers
// a plus to the facilitator and is blank on the room's screen.
import type { NodeProps } from '@xyflow/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CanvasEnvContext, INERT_ACTIONS } from '../canvasEnv';
import { testCard } from '../layout/testCards';
import { CellNode } from './CellNode';
import type { CellNode as CellNodeType } from './types';

function cell(linkId: string | null, readOnly: boolean) {
  const data = { channel: testCard('channel', { title: 'Instagram' }), target: testCard('persona', { title: 'Cavistes' }), linkId };
  return renderToStaticMarkup(
    <CanvasEnvContext.Provider
      value={{ language: 'fr', contentLanguage: 'fr', readOnly, far: false, near: true, typingCardId: null, actions: INERT_ACTIONS }}
    >
      <CellNode {...({ id: 'cell', data } as unknown as NodeProps<CellNodeType>)} />
    </CanvasEnvContext.Provider>,
  );
}

describe('a matrix cell', () => {
  it('shows a check icon and "touche" when the channel reaches the target, on both screens', () => {
    for (const readOnly of [false, true]) {
      const html = cell('l1', readOnly);
      expect(html).toContain('lucide-check');
      expect(html).toContain('touche');
      expect(html).not.toContain('✓');
    }
  });

  it('offers a plus to the facilitator where nothing is decided, and is blank on the room’s screen', () => {
    expect(cell(null, false)).toContain('lucide-plus');
    const room = cell(null, true);
    expect(room).not.toContain('lucide-plus');
    expect(room).not.toContain('+');
    expect(room.replace(/<[^>]+>/g, '').trim()).toBe('');
  });
});
