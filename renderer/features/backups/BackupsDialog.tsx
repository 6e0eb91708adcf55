// The backups screen: the library's backups, newest first; take one now; restore one after confirmation.
import { useCallback, useEffect, useState } from 'react';
import type { BackupInfo } from '../../../shared/model';
import { useServices } from '../../app/ServicesContext';
import { useSettings } from '../../app/hooks';
import { useT, type MessageKey } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import { formatMoment } from '../../../shared/locale';

export function BackupsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useT();
  const { client, notices, library, nav } = useServices();
  const language = useSettings((s) => s.language);
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [busy, setBusy] = useState(false);
  const when = (b: BackupInfo) => formatMoment(language, b.createdAt);
  const fail = (message: string) => notices.getState().push('error', t('backups.failed', { message }));

  const load = useCallback(async () => {
    const result = await client.call('backup.list', {});
    if (result.ok) setBackups(result.value);
    else notices.getState().push('error', result.error.message);
  }, [client, notices]);
  useEffect(() => void load(), [load]);

  const take = async () => {
    setBusy(true);
    const result = await client.call('backup.create', {});
    setBusy(false);
    if (!result.ok) return fail(result.error.message);
    notices.getState().push('success', t('backups.taken'));
    await load();
  };

  const restore = async (b: BackupInfo) => {
    if (!window.confirm(t('backups.confirm', { when: when(b) }))) return;
    setBusy(true);
    const result = await client.call('backup.restore', { name: b.name });
    setBusy(false);
    if (!result.ok) return fail(result.error.message);
    notices.getState().push('success', t('backups.restored', { when: when(b) }));
    nav.getState().openLibrary();
    await library.getState().refresh();
    onClose();
  };

  return (
    <Dialog title={t('backups.title')} onClose={onClose} testId="backups-dialog">
      <p>{t('backups.intro')}</p>
      {backups && backups.length === 0 ? <p className="empty">{t('backups.empty')}</p> : null}
      <ul className="rows" aria-label={t('backups.title')}>
        {(backups ?? []).map((b) => (
          <li key={b.name} className="row" data-testid="backup-row">
            <div className="row__main">
              <strong>{when(b)}</strong>
              <p className="row__meta">
                {t(`backups.reason.${b.reason}` as MessageKey)} · {t('backups.size', { size: Math.ceil(b.bytes / 1024) })}
              </p>
            </div>
            <button
              type="button"
              className="button"
              disabled={busy}
              aria-label={t('backups.restoreLabel', { when: when(b) })}
              onClick={() => void restore(b)}
            >
              {t('backups.restore')}
            </button>
          </li>
        ))}
      </ul>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('common.close')}
        </button>
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void take()} data-autofocus>
          {t('backups.take')}
        </button>
      </div>
    </Dialog>
  );
}
