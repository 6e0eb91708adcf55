// The small menu that asks which link to make when several kinds fit the two cards.
import { useEffect, useRef } from 'react';
import type { Card, LinkKind } from '../../../../shared/model';
import { useT } from '../../../i18n';
import type { LinkQuestion } from './useLinkCreate';

export function LinkKindMenu({
  question,
  cards,
  onAnswer,
}: {
  question: LinkQuestion;
  cards: ReadonlyMap<string, Card>;
  onAnswer: (kind: LinkKind | null) => void;
}) {
  const { t } = useT();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => root.current?.querySelector('button')?.focus(), []);
  const title = (id: string) => cards.get(id)?.title || t('canvas.untitled');
  return (
    <div
      ref={root}
      className="link-menu"
      role="dialog"
      aria-label={t('canvas.link.choose', { from: title(question.from), to: title(question.to) })}
      style={{ left: question.x, top: question.y }}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') onAnswer(null);
      }}
    >
      <p className="link-menu__title">{t('canvas.link.choose', { from: title(question.from), to: title(question.to) })}</p>
      {question.kinds.map((kind) => (
        <button key={kind} type="button" className="button button--small" data-testid={`link-kind-${kind}`} onClick={() => onAnswer(kind)}>
          {t(`canvas.link.${kind}`)}
        </button>
      ))}
      <button type="button" className="button button--small button--ghost" onClick={() => onAnswer(null)}>
        {t('canvas.link.cancel')}
      </button>
    </div>
  );
}
