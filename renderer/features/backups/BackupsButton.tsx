// Opens the backups screen from the library (and from the notice about a damaged library).
import { useState } from 'react';
import { useT, type MessageKey } from '../../i18n';
import { BackupsDialog } from './BackupsDialog';

export function BackupsButton({ label = 'backups.open', className = 'button' }: { label?: MessageKey; className?: string }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className} onClick={() => setOpen(true)}>
        {t(label)}
      </button>
      {open ? <BackupsDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}
