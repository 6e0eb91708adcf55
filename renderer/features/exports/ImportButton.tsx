// Imports a .socle workshop file: the host validates it whole and adds it as a new workshop, or says what is wrong.
import { useRef } from 'react';
import { useServices } from '../../app/ServicesContext';
import { useNav } from '../../app/hooks';
import { useT } from '../../i18n';

export function ImportButton() {
  const { t } = useT();
  const { client, notices, library } = useServices();
  const openWorkshop = useNav((s) => s.openWorkshop);
  const input = useRef<HTMLInputElement>(null);

  const onFile = async (file: File) => {
    let text: string;
    try {
      text = await file.text();
    } catch {
      notices.getState().push('error', t('import.unreadable', { name: file.name }));
      return;
    }
    const result = await client.call('workshop.import', { fileName: file.name, text });
    if (!result.ok) {
      notices.getState().push('error', t('import.failed', { name: file.name, message: result.error.message }));
      return;
    }
    notices.getState().push('success', t('import.done', { title: result.value.title }));
    void library.getState().refresh();
    openWorkshop(result.value.id);
  };

  return (
    <>
      <button type="button" className="button" onClick={() => input.current?.click()} title={t('import.hint')}>
        {t('import.open')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".socle,application/json"
        hidden
        data-testid="import-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void onFile(file);
        }}
      />
    </>
  );
}
