// Named snapshots ("before the board meeting"): take one, list them, compare one with now, restore (undoable), delete.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { Snapshot, SnapshotDiff } from '../../../../shared/model';
import { useWorkshop } from '../../../app/hooks';
import { useT } from '../../../i18n';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { Dialog } from '../../../ui/Dialog';
import { useReport } from '../../../ui/useReport';
import { useFacilitation } from '../hooks';
import { SnapshotDiffView } from './SnapshotDiffView';
import { SnapshotRow } from './SnapshotRow';

export function SnapshotsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useT();
  const report = useReport();
  const actions = useFacilitation();
  const workshopId = useWorkshop((s) => s.workshopId);
  const [name, setName] = useState('');
  const [list, setList] = useState<Snapshot[] | null>(null);
  const [compared, setCompared] = useState<{ snapshot: Snapshot; diff: SnapshotDiff } | null>(null);
  const [deleting, setDeleting] = useState<Snapshot | null>(null);

  const refresh = useCallback(async () => {
    if (!workshopId) return;
    const result = await actions.listSnapshots(workshopId);
    if (report(result)) setList(result.value);
  }, [actions, report, workshopId]);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const take = async (event: FormEvent) => {
    event.preventDefault();
    const result = await actions.takeSnapshot(name.trim());
    if (result && report(result, (s) => t('fac.snap.taken', { name: s.name }))) {
      setName('');
      await refresh();
    }
  };
  const compare = async (snapshot: Snapshot) => {
    if (!workshopId) return;
    const result = await actions.compareSnapshot(workshopId, snapshot.id);
    if (report(result)) setCompared({ snapshot, diff: result.value });
  };
  const restore = async (snapshot: Snapshot) => {
    const result = await actions.restoreSnapshot(snapshot.id);
    if (report(result, () => t('fac.snap.restored', { name: snapshot.name }))) onClose();
  };
  const remove = async (snapshot: Snapshot) => {
    setDeleting(null);
    if (!workshopId) return;
    if (report(await actions.deleteSnapshot(workshopId, snapshot.id))) {
      if (compared?.snapshot.id === snapshot.id) setCompared(null);
      await refresh();
    }
  };

  return (
    <Dialog title={t('fac.snap.title')} onClose={onClose} className="dialog--wide" testId="snapshots-dialog">
      <form className="snap__take" onSubmit={(e) => void take(e)}>
        <label className="people__field snap__name">
          <span>{t('fac.snap.name')}</span>
          <input
            className="input"
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder={t('fac.snap.placeholder')}
            maxLength={300}
            data-autofocus
            data-testid="snapshot-name"
          />
        </label>
        <button type="submit" className="button button--primary" disabled={!name.trim()} data-testid="snapshot-take">
          {t('fac.snap.take')}
        </button>
      </form>
      <p className="extras__help">{t('fac.snap.help')}</p>
      {list === null ? null : list.length === 0 ? (
        <p className="people__empty">{t('fac.snap.empty')}</p>
      ) : (
        <ul className="snap__list" aria-label={t('fac.snap.list')} data-testid="snapshots">
          {list.map((s) => (
            <SnapshotRow
              key={s.id}
              snapshot={s}
              compared={compared?.snapshot.id === s.id}
              onCompare={() => void compare(s)}
              onRestore={() => void restore(s)}
              onDelete={() => setDeleting(s)}
            />
          ))}
        </ul>
      )}
      {compared ? <SnapshotDiffView name={compared.snapshot.name} diff={compared.diff} /> : null}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      {deleting ? (
        <ConfirmDialog
          title={t('fac.snap.deleteTitle')}
          body={t('fac.snap.deleteBody', { name: deleting.name })}
          confirmLabel={t('fac.snap.delete')}
          onConfirm={() => void remove(deleting)}
          onCancel={() => setDeleting(null)}
        />
      ) : null}
    </Dialog>
  );
}
