// One workshop in the library: title to open it, client, date, progress, last change, and its actions.
import type { WorkshopSummary } from '../../../shared/model';
import { useT } from '../../i18n';
import { ProgressBar } from '../../ui/ProgressBar';
import { formatDay, formatRelative } from '../../../shared/locale';

export interface RowActions {
  open(w: WorkshopSummary): void;
  rename(w: WorkshopSummary): void;
  duplicate(w: WorkshopSummary): void;
  trash(w: WorkshopSummary): void;
  restore(w: WorkshopSummary): void;
  purge(w: WorkshopSummary): void;
}

export function WorkshopRow({
  workshop: w,
  inTrash,
  now,
  actions,
}: {
  workshop: WorkshopSummary;
  inTrash: boolean;
  now: number;
  actions: RowActions;
}) {
  const { t, tn, language } = useT();
  const title = w.title;
  const percent = Math.round(w.progress * 100);
  const when = formatRelative(language, inTrash && w.deletedAt ? w.deletedAt : w.updatedAt, now);
  return (
    <li className="row" data-testid="workshop-row" data-workshop-id={w.id}>
      <div className="row__main">
        <h2 className="row__title">
          {inTrash ? (
            <span data-list-item tabIndex={0}>
              {title}
            </span>
          ) : (
            <button type="button" className="row__open" data-list-item onClick={() => actions.open(w)}>
              {title}
            </button>
          )}
        </h2>
        <p className="row__meta">
          <span>{w.organisation || t('row.noOrganisation')}</span>
          <span aria-hidden="true"> · </span>
          <span>{w.date ? formatDay(language, w.date) : t('row.noDate')}</span>
          <span aria-hidden="true"> · </span>
          <span>{tn('row.cards', w.cardCount)}</span>
        </p>
        <p className="row__when">{t(inTrash ? 'row.deleted' : 'row.updated', { when })}</p>
      </div>
      <div className="row__progress">
        <ProgressBar value={w.progress} label={t('row.progress', { title })} text={t('row.percent', { percent })} />
      </div>
      <div className="row__actions" role="group" aria-label={t('row.actions', { title })}>
        {inTrash ? (
          <>
            <button
              type="button"
              className="button button--small"
              aria-label={t('row.restoreLabel', { title })}
              onClick={() => actions.restore(w)}
            >
              {t('row.restore')}
            </button>
            <button
              type="button"
              className="button button--small button--danger"
              aria-label={t('row.purgeLabel', { title })}
              onClick={() => actions.purge(w)}
            >
              {t('row.purge')}
            </button>
          </>
        ) : (
          <>
            <button
              type="button"
              className="button button--small"
              aria-label={t('row.renameLabel', { title })}
              onClick={() => actions.rename(w)}
            >
              {t('row.rename')}
            </button>
            <button
              type="button"
              className="button button--small"
              aria-label={t('row.duplicateLabel', { title })}
              onClick={() => actions.duplicate(w)}
            >
              {t('row.duplicate')}
            </button>
            <button
              type="button"
              className="button button--small button--quiet-danger"
              aria-label={t('row.trashLabel', { title })}
              onClick={() => actions.trash(w)}
            >
              {t('row.trash')}
            </button>
          </>
        )}
      </div>
    </li>
  );
}
