// The top bar's Export button, Ctrl/Cmd+E and the menu's Export… item, which open the export dialog.
import { useEffect, useState } from 'react';
import { useT } from '../../i18n';
import { useShortcutHandlers } from '../../shortcuts';
import { ExportDialog } from './ExportDialog';
import { onExportRequest } from './request';
import { FileDown } from 'lucide-react';

export function ExportButton() {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  useShortcutHandlers({ 'export.open': () => setOpen(true) });
  useEffect(() => onExportRequest(() => setOpen(true)), []);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)} title={t('export.openHint')} data-testid="export-open">
        <FileDown className="lucide-icon" size="1em" aria-hidden="true" /> <span className="appbar__label">{t('export.open')}</span>
      </button>
      {open ? <ExportDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}
