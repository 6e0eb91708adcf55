// Typing a card's title on the card: Enter saves; on a card just made, Enter also opens the next one beside it and Tab
// one in the next zone; leaving the field saves, Escape gives up.
import { useRef, useState } from 'react';
import { translate } from '../../../i18n';
import { useCanvasEnv } from '../canvasEnv';

export function RenameInput(props: { cardId: string; title: string; chain?: boolean; onDone: () => void }) {
  const { cardId, title, chain = false, onDone } = props;
  const { language, actions } = useCanvasEnv();
  const [value, setValue] = useState(title);
  const done = useRef(false);
  const finish = (save: boolean) => {
    // Enter unmounts the field, which blurs it: save once.
    if (done.current) return;
    done.current = true;
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
        if (e.key === 'Enter' || (chain && e.key === 'Tab')) {
          e.preventDefault();
          finish(true);
          if (chain && value.trim() !== '') actions.next(cardId, e.key === 'Tab' ? 'nextZone' : 'beside');
        }
        if (e.key === 'Escape') finish(false);
      }}
    />
  );
}
