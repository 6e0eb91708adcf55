// @vitest-environment happy-dom
// Far out on a crowded canvas a card is its title only; under the pointer it is whole again, with its link handles.
import { ReactFlowProvider, type NodeProps } from '@xyflow/react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CanvasEnvContext, INERT_ACTIONS, type CanvasEnv } from '../canvasEnv';
import { testCard } from '../layout/testCards';
import { CardNode } from './CardNode';
import type { CardNode as CardNodeType } from './types';

afterEach(cleanup);

const far: CanvasEnv = {
  language: 'fr',
  contentLanguage: 'fr',
  readOnly: false,
  far: true,
  near: false,
  typingCardId: null,
  actions: INERT_ACTIONS,
};

function draw(selected = false) {
  const card = testCard('channel', { title: 'Instagram' });
  const props = {
    id: card.id,
    data: { card, votes: null, canVote: false, primary: false, says: { kind: true, hide: new Set<string>() } },
    selected,
  } as unknown as NodeProps<CardNodeType>;
  render(
    <ReactFlowProvider>
      <CanvasEnvContext.Provider value={far}>
        <CardNode {...props} />
      </CanvasEnvContext.Provider>
    </ReactFlowProvider>,
  );
  return card;
}

const handles = () => document.querySelectorAll('.cn__handle').length;

describe('a far card', () => {
  it('shows its link handles under the pointer, as any card does, and none when the pointer leaves', () => {
    const card = draw();
    const body = screen.getByTestId(`card-${card.id}`);
    expect(body.textContent).toBe('Instagram');
    expect(handles()).toBe(0);
    fireEvent.pointerEnter(body.parentElement!);
    expect(handles()).toBe(4);
    fireEvent.pointerLeave(screen.getByTestId(`card-${card.id}`).parentElement!);
    expect(handles()).toBe(0);
    expect(screen.getByTestId(`card-${card.id}`).textContent).toBe('Instagram');
  });

  it('shows them while chosen', () => {
    draw(true);
    expect(handles()).toBe(4);
  });
});
