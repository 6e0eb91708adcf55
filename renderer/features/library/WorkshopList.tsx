// The list of workshops (or of the trash), with arrow-key movement between rows and an empty state.
import { useLibrary } from '../../app/hooks';
import { useT } from '../../i18n';
import { onListKeyDown } from '../../ui/listKeys';
import { WorkshopRow, type RowActions } from './WorkshopRow';

export function WorkshopList({ actions }: { actions: RowActions }) {
  const { t } = useT();
  const items = useLibrary((s) => s.items);
  const status = useLibrary((s) => s.status);
  const error = useLibrary((s) => s.error);
  const query = useLibrary((s) => s.query);
  const trash = useLibrary((s) => s.trash);
  const refresh = useLibrary((s) => s.refresh);
  const now = Date.now();

  if (status === 'error' && error) {
    return (
      <div className="empty" role="alert">
        <p>{t('library.loadFailed', { message: error.message })}</p>
        <button type="button" className="button" onClick={() => void refresh()}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  if (status === 'loading' && items.length === 0) return <p className="empty">{t('app.loading')}</p>;
  if (items.length === 0) {
    const message = query.trim() ? t('library.emptySearch', { query: query.trim() }) : t(trash ? 'library.trashEmpty' : 'library.empty');
    return (
      <p className="empty" data-testid="library-empty">
        {message}
      </p>
    );
  }
  return (
    <ul className="rows" aria-label={t(trash ? 'library.trashList' : 'library.list')} onKeyDown={onListKeyDown}>
      {items.map((w) => (
        <WorkshopRow key={w.id} workshop={w} inTrash={trash} now={now} actions={actions} />
      ))}
    </ul>
  );
}
