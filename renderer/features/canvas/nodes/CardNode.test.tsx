// What a card on the board reads, rendered as the room sees it: option labels in the workshop's language, field
// names in the interface's, no kind name or quadrant that its step or zone already says.
import type { NodeProps } from '@xyflow/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Card } from '../../../../shared/model';
import { CanvasEnvContext, INERT_ACTIONS, type CanvasEnv } from '../canvasEnv';
import { testCard } from '../layout/testCards';
import { CardNode } from './CardNode';
import type { CardNode as CardNodeType } from './types';

const env = (language: 'fr' | 'en', contentLanguage: 'fr' | 'en'): CanvasEnv => ({
  language,
  contentLanguage,
  readOnly: false,
  far: false,
  near: true,
  typingCardId: null,
  actions: INERT_ACTIONS,
});

function render(card: Card, says: { kind: boolean; hide?: string[] }, language: 'fr' | 'en' = 'fr', content: 'fr' | 'en' = language) {
  const props = {
    id: card.id,
    data: { card, votes: null, canVote: false, primary: false, says: { kind: says.kind, hide: new Set(says.hide ?? []) } },
    selected: false,
  } as unknown as NodeProps<CardNodeType>;
  const html = renderToStaticMarkup(
    <CanvasEnvContext.Provider value={env(language, content)}>
      <CardNode {...props} />
    </CanvasEnvContext.Provider>,
  );
  // The text a person reads, tags left out.
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('a card on the board', () => {
  it('names formats and platforms, never their ids', () => {
    const text = render(
      testCard('pillar', { title: 'Du verger au verre', fields: { formats: ['short_video', 'image'], valueShare: 90 } }),
      {
        kind: true,
      },
    );
    expect(text).toContain('Formats Vidéo courte, Image');
    expect(text).not.toContain('short_video');
    expect(text).toContain('Pilier de contenu');
  });

  it('in a SWOT quadrant, says neither "SWOT item" nor its quadrant', () => {
    const card = testCard('swot', { title: 'Un savoir-faire familial', fields: { quadrant: 'strength' } });
    const text = render(card, { kind: false, hide: ['quadrant'] });
    expect(text).toBe('Un savoir-faire familial');
    // The same card where nothing says it: its kind and quadrant are drawn.
    expect(render(card, { kind: true })).toBe('Élément SWOT Un savoir-faire familial Quadrant Force');
  });

  it('writes its labels in the interface language and the chosen values in the workshop language', () => {
    const card = testCard('channel', { title: 'Instagram', fields: { platform: 'newsletter', formats: ['short_video'] } });
    const text = render(card, { kind: true }, 'en', 'fr');
    expect(text).toContain('Channel');
    expect(text).toContain('Platform Lettre d’information');
    expect(text).toContain('Formats Vidéo courte');
  });
});

describe('a new card’s motion', () => {
  const markup = (card: Card, openedAt: number) =>
    renderToStaticMarkup(
      <CanvasEnvContext.Provider value={{ ...env('fr', 'fr'), openedAt }}>
        <CardNode
          {...({
            id: card.id,
            data: { card, votes: null, canVote: false, primary: false, says: { kind: true, hide: new Set() } },
            selected: false,
          } as unknown as NodeProps<CardNodeType>)}
        />
      </CanvasEnvContext.Provider>,
    );

  it('moves in when made after its board opened, and is simply there when it was made before', () => {
    const now = Date.now();
    const card = { ...testCard('objective', { title: 'Nouveau' }), createdAt: now - 300 };
    expect(markup(card, now - 1000)).toContain('cn--new');
    // The demo seeded a moment before the board opened, or a screen opened on a full board: no motion.
    expect(markup(card, now - 100)).not.toContain('cn--new');
    // Made long ago: no motion either.
    expect(markup({ ...card, createdAt: now - 60_000 }, 0)).not.toContain('cn--new');
  });
});
