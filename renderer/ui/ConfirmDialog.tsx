// Asks "are you sure?" before something that cannot be undone; Cancel has the focus by default.
import { useT } from '../i18n';
import { Dialog } from './Dialog';

export interface ConfirmDialogProps {
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({ title, body, confirmLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useT();
  return (
    <Dialog title={title} onClose={onCancel} className="dialog--danger" testId="confirm-dialog">
      <p className="dialog__body">{body}</p>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onCancel} data-autofocus>
          {t('common.cancel')}
        </button>
        <button type="button" className="button button--danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
