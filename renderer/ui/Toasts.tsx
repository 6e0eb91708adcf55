// The toast region: short messages that leave by themselves, errors a little later than the rest.
import { useEffect } from 'react';
import { useNotices } from '../app/hooks';
import { useServices } from '../app/ServicesContext';
import { useT } from '../i18n';
import type { Toast } from '../stores/notices';
import { X } from 'lucide-react';

const LIFETIME_MS = { info: 5000, success: 4000, error: 10000 } as const;

function ToastItem({ toast }: { toast: Toast }) {
  const { t } = useT();
  const { notices } = useServices();
  useEffect(() => {
    const timer = window.setTimeout(() => notices.getState().dismiss(toast.id), LIFETIME_MS[toast.tone]);
    return () => window.clearTimeout(timer);
  }, [notices, toast.id, toast.tone]);
  return (
    <li className={`toast toast--${toast.tone}`} data-testid="toast" data-tone={toast.tone}>
      <span className="toast__message">{toast.message}</span>
      <button type="button" className="icon-button" aria-label={t('toast.dismiss')} onClick={() => notices.getState().dismiss(toast.id)}>
        <X className="lucide-icon" size="1em" aria-hidden="true" />
      </button>
    </li>
  );
}

export function Toasts() {
  const { t } = useT();
  const toasts = useNotices((s) => s.toasts);
  return (
    <section className="toasts" aria-label={t('toast.region')} aria-live="polite" role="status">
      <ul className="toasts__list">
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} />
        ))}
      </ul>
    </section>
  );
}
