// The export dialog: formats, language and sections; runs the exports one by one with progress, then downloads.
import { useState } from 'react';
import type { SectionId } from '../../../shared/document/sections-ids';
import type { ExportFormat } from '../../../shared/document/formats';
import { SECTION_TITLES } from '../../../shared/document/text/sections';
import type { Language } from '../../../shared/model';
import { useServices } from '../../app/ServicesContext';
import { useSettings, useWorkshop } from '../../app/hooks';
import { useT, type MessageKey } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import { CHOOSABLE_SECTIONS, DEFAULT_FORMATS, FORMAT_ORDER, sectionsToSend, toggle, usesSections } from './choices';
import { download } from '../../ui/download';
import './exports.css';

type Progress = { done: number; total: number; format: ExportFormat } | null;

export function ExportDialog({ onClose }: { onClose: () => void }) {
  const { t, tn, tx } = useT();
  const { client, notices } = useServices();
  const workshopId = useWorkshop((s) => s.workshopId);
  const uiLanguage = useSettings((s) => s.language);
  const [formats, setFormats] = useState<ExportFormat[]>([...DEFAULT_FORMATS]);
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const [sections, setSections] = useState<SectionId[]>([...CHOOSABLE_SECTIONS]);
  const [progress, setProgress] = useState<Progress>(null);
  const [error, setError] = useState<string | null>(null);
  const formatLabel = (f: ExportFormat) => t(`export.format.${f}` as MessageKey);

  const run = async () => {
    if (!workshopId) return;
    if (formats.length === 0) return setError(t('export.noFormat'));
    if (usesSections(formats) && sections.length === 0) return setError(t('export.noSection'));
    setError(null);
    const chosen = FORMAT_ORDER.filter((f) => formats.includes(f));
    for (const [i, format] of chosen.entries()) {
      setProgress({ done: i + 1, total: chosen.length, format });
      const result = await client.call('export.run', { workshopId, format, language, sections: sectionsToSend(sections) });
      if (!result.ok) {
        setProgress(null);
        return setError(t('export.failed', { format: formatLabel(format), message: result.error.message }));
      }
      download(result.value.fileName, result.value.mimeType, result.value.base64);
    }
    setProgress(null);
    notices.getState().push('success', tn('export.done', chosen.length));
    onClose();
  };

  return (
    <Dialog title={t('export.title')} onClose={onClose} testId="export-dialog" className="dialog--export">
      <form
        className="form export"
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <fieldset className="export__group">
          <legend className="form__label">{t('export.formats')}</legend>
          <div className="export__columns">
            {FORMAT_ORDER.map((f) => (
              <label key={f} className="check">
                <input
                  type="checkbox"
                  checked={formats.includes(f)}
                  onChange={() => setFormats(toggle(formats, f))}
                  disabled={!!progress}
                />
                {formatLabel(f)}
              </label>
            ))}
          </div>
        </fieldset>
        <label className="export__group">
          <span className="form__label">{t('export.language')}</span>
          <select className="input" value={language} onChange={(e) => setLanguage(e.target.value as Language)} disabled={!!progress}>
            <option value="fr">Français</option>
            <option value="en">English</option>
          </select>
        </label>
        {usesSections(formats) ? (
          <fieldset className="export__group">
            <legend className="form__label">{t('export.sections')}</legend>
            <label className="check check--all">
              <input
                type="checkbox"
                checked={sections.length === CHOOSABLE_SECTIONS.length}
                onChange={() => setSections(sections.length === CHOOSABLE_SECTIONS.length ? [] : [...CHOOSABLE_SECTIONS])}
                disabled={!!progress}
              />
              {t('export.allSections')}
            </label>
            <div className="export__columns">
              {CHOOSABLE_SECTIONS.map((s) => (
                <label key={s} className="check">
                  <input
                    type="checkbox"
                    checked={sections.includes(s)}
                    onChange={() => setSections(toggle(sections, s))}
                    disabled={!!progress}
                  />
                  {tx(SECTION_TITLES[s])}
                </label>
              ))}
            </div>
          </fieldset>
        ) : null}
        {progress ? (
          <div role="status" data-testid="export-progress">
            <progress max={progress.total} value={progress.done - 1} aria-label={t('export.progress')} />
            <p>{t('export.running', { done: progress.done, total: progress.total, format: formatLabel(progress.format) })}</p>
          </div>
        ) : null}
        {error ? (
          <p className="form__error" role="alert" data-testid="export-error">
            {error}
          </p>
        ) : null}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose} disabled={!!progress}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={!!progress} data-autofocus>
            {t('export.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
