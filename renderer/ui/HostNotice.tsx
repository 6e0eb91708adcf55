// The host's standing notice (e.g. the library file was damaged and set aside), until dismissed.
import { useNotices } from '../app/hooks';
import { BackupsButton } from '../features/backups';
import { useT } from '../i18n';

export function HostNotice() {
  const { t } = useT();
  const notice = useNotices((s) => s.hostNotice);
  const setHostNotice = useNotices((s) => s.setHostNotice);
  if (!notice) return null;
  return (
    <div className="banner banner--warning" role="alert" data-testid="host-notice">
      <strong className="banner__title">{t('notice.host')}</strong>
      <span className="banner__message">{notice}</span>
      <BackupsButton label="backups.offer" className="button button--small" />
      <button type="button" className="button button--small" onClick={() => setHostNotice(null)}>
        {t('common.dismiss')}
      </button>
    </div>
  );
}
