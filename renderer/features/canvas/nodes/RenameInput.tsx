// Inline rename of a card: Enter or leaving the field saves, Escape gives up.
import { useState } from 'react';
import { translate } from '../../../i18n';
import { useCanvasEnv } from '../canvasEnv';

export function RenameInput({ cardId, title, onDone }: { cardId: string; title: string; onDone: () => void }) {
  const { language, actions } = useCanvasEnv();
  const [value, setValue] = useState(title);
  const finish = (save: boolean) => {
    if (save && value !== title) actions.rename(cardId, value.slice(0, 300));
    onDone();
  };
  return (
    <input
      className="cn__rename nodrag nopan"
      aria-label={translate(language, 'canvas.card.rename')}
      data-testid="card-rename"
      value={value}
      maxLength={300}
      autoFocus
      onFocus={(e) => e.currentTarget.select()}
      onChange={(e) => setValue(e.target.value)}
      onBlur={() => finish(true)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') finish(true);
        if (e.key === 'Escape') finish(false);
      }}
    />
  );
}
