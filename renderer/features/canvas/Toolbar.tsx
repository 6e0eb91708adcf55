// The canvas toolbar, one compact row: add a card of each kind (plus sticky notes and groups), link kind, vote, image export.
import type { CardKindName, LinkKind } from '../../../shared/model';
import { LinkKind as LinkKinds } from '../../../shared/model';
import { useT } from '../../i18n';
import { useKindLabel } from '../../ui/useKindLabel';
import type { ImageFormat } from './exportImage';

export interface ToolbarProps {
  kinds: readonly CardKindName[];
  onAdd(kind: CardKindName): void;
  linkMode: LinkKind | 'auto';
  onLinkMode(mode: LinkKind | 'auto'): void;
  votesOpen: boolean;
  onToggleVotes(): void;
  onExport(format: ImageFormat): void;
}

const EXPORT_HINT = { png: 'canvas.exportPng', svg: 'canvas.exportSvg' } as const;
export function Toolbar({ kinds, onAdd, linkMode, onLinkMode, votesOpen, onToggleVotes, onExport }: ToolbarProps) {
  const { t } = useT();
  const kindLabel = useKindLabel();
  return (
    <div className="canvas-bar" role="toolbar" aria-label={t('canvas.toolbar')}>
      {kinds.map((kind) => {
        const label = t('canvas.add', { kind: kindLabel(kind) });
        return (
          <button
            key={kind}
            type="button"
            className="button button--add button--small"
            onClick={() => onAdd(kind)}
            data-testid={`add-card-${kind}`}
            aria-label={label}
            title={label}
          >
            <span aria-hidden="true">+ {kindLabel(kind)}</span>
          </button>
        );
      })}
      <span className="canvas-bar__gap" />
      <label className="canvas-bar__select" title={t('canvas.linkMode')}>
        <span className="visually-hidden">{t('canvas.linkMode')}</span>
        <span aria-hidden="true">⟶</span>
        <select value={linkMode} data-testid="link-mode" onChange={(e) => onLinkMode(e.target.value as LinkKind | 'auto')}>
          <option value="auto">{t('canvas.linkMode.auto')}</option>
          {LinkKinds.options.map((k) => (
            <option key={k} value={k}>
              {t(`canvas.link.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="button button--small" aria-pressed={votesOpen} data-testid="vote-toggle" onClick={onToggleVotes}>
        {t('canvas.vote.toggle')}
      </button>
      {(['png', 'svg'] as const).map((format) => (
        <button
          key={format}
          type="button"
          className="button button--small"
          data-testid={`export-${format}`}
          aria-label={t(EXPORT_HINT[format])}
          title={t(EXPORT_HINT[format])}
          onClick={() => onExport(format)}
        >
          {t(`canvas.${format}`)}
        </button>
      ))}
    </div>
  );
}
