// The top bar's Export button, Ctrl/Cmd+E and the menu's Export… item, which open the export dialog.
import { useEffect, useState } from 'react';
import { useT } from '../../i18n';
import { ExportDialog } from './ExportDialog';
import { onExportRequest } from './request';
import { FileDown } from 'lucide-react';

export function ExportButton() {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'e') {
        e.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    const stop = onExportRequest(() => setOpen(true));
    return () => {
      window.removeEventListener('keydown', onKey);
      stop();
    };
  }, []);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)} title={t('export.openHint')} data-testid="export-open">
        <FileDown className="lucide-icon" size="1em" aria-hidden="true" /> <span className="appbar__label">{t('export.open')}</span>
      </button>
      {open ? <ExportDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}
