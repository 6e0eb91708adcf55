// One snapshot in the list: its name, when it was taken, how many cards, and what can be done with it.
import type { Snapshot } from '../../../../shared/model';
import { useT } from '../../../i18n';
import { formatMoment } from '../../../../shared/locale';

interface Props {
  snapshot: Snapshot;
  compared: boolean;
  onCompare: () => void;
  onRestore: () => void;
  onDelete: () => void;
}

export function SnapshotRow({ snapshot, compared, onCompare, onRestore, onDelete }: Props) {
  const { t, tn, language } = useT();
  const when = formatMoment(language, snapshot.createdAt);
  return (
    <li className="snap" data-testid="snapshot">
      <span className="snap__text">
        <span className="snap__title">{snapshot.name}</span>
        <span className="snap__meta">
          {when} · {tn('fac.snap.cards', snapshot.cardCount)}
        </span>
      </span>
      <span className="snap__actions">
        <button
          type="button"
          className="button button--small"
          aria-pressed={compared}
          onClick={onCompare}
          aria-label={t('fac.snap.compareLabel', { name: snapshot.name })}
          data-testid="snapshot-compare"
        >
          {t('fac.snap.compare')}
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={onRestore}
          aria-label={t('fac.snap.restoreLabel', { name: snapshot.name })}
          data-testid="snapshot-restore"
        >
          {t('fac.snap.restore')}
        </button>
        <button
          type="button"
          className="button button--small button--quiet-danger"
          onClick={onDelete}
          aria-label={t('fac.snap.deleteLabel', { name: snapshot.name })}
        >
          {t('fac.snap.delete')}
        </button>
      </span>
    </li>
  );
}
