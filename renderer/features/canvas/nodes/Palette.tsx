// A small row of colours above the selected card; the first one gives the card back its kind's colour.
import { translate, type MessageKey } from '../../../i18n';
import { useCanvasEnv } from '../canvasEnv';

export const PALETTE: { colour: string; key: MessageKey }[] = [
  { colour: '#f5c542', key: 'canvas.colour.yellow' },
  { colour: '#e8833a', key: 'canvas.colour.orange' },
  { colour: '#d9559a', key: 'canvas.colour.pink' },
  { colour: '#3f9b5a', key: 'canvas.colour.green' },
  { colour: '#3f7fd9', key: 'canvas.colour.blue' },
  { colour: '#6b7280', key: 'canvas.colour.grey' },
];

export function Palette({ cardId, current }: { cardId: string; current: string | null }) {
  const { language, actions } = useCanvasEnv();
  const t = (key: MessageKey) => translate(language, key);
  return (
    <div className="cn__palette nodrag" role="group" aria-label={t('canvas.colour.label')}>
      <button
        type="button"
        className="cn__swatch cn__swatch--reset"
        aria-label={t('canvas.colour.reset')}
        title={t('canvas.colour.reset')}
        aria-pressed={current === null}
        onClick={() => actions.colour(cardId, null)}
      />
      {PALETTE.map((p) => (
        <button
          key={p.colour}
          type="button"
          className="cn__swatch"
          style={{ background: p.colour }}
          aria-label={t(p.key)}
          title={t(p.key)}
          aria-pressed={current === p.colour}
          onClick={() => actions.colour(cardId, p.colour)}
        />
      ))}
    </div>
  );
}
