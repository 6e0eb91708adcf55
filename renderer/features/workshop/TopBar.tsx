// The workshop's top bar: back to the library, the title, card search, undo/redo, language and theme.
import { useNav, useWorkshop } from '../../app/hooks';
import { useT } from '../../i18n';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { ThemeSwitch } from '../../ui/ThemeSwitch';
import { ScoreButton } from '../diagnostics';
import { ExportButton } from '../exports';
import { FacilitationBar } from '../facilitation';
import { SearchButton } from '../search';
import { TitleEditor } from './TitleEditor';
import { ArrowLeft, Redo2, Undo2 } from 'lucide-react';

export function TopBar({ onUndo, onRedo }: { onUndo: () => void; onRedo: () => void }) {
  const { t } = useT();
  const openLibrary = useNav((s) => s.openLibrary);
  const title = useWorkshop((s) => s.data?.workshop.title ?? '');
  const revision = useWorkshop((s) => s.revision);
  const { canUndo, canRedo } = useWorkshop((s) => s.history);
  return (
    <header className="appbar appbar--workshop" aria-label={t('workshop.toolbar')}>
      <button type="button" className="button button--ghost" aria-label={t('workshop.backLabel')} onClick={() => openLibrary()}>
        <ArrowLeft className="lucide-icon" size="1em" aria-hidden="true" /> <span className="appbar__label">{t('workshop.back')}</span>
      </button>
      <TitleEditor key={`${revision}:${title}`} title={title} />
      <div className="appbar__end">
        <FacilitationBar />
        <SearchButton />
        <ScoreButton />
        <ExportButton />
        <div className="history" role="group">
          <button type="button" className="button" onClick={onUndo} disabled={!canUndo} title={t('workshop.undoHint')} data-testid="undo">
            <Undo2 className="lucide-icon" size="1em" aria-hidden="true" /> <span className="appbar__label">{t('workshop.undo')}</span>
          </button>
          <button type="button" className="button" onClick={onRedo} disabled={!canRedo} title={t('workshop.redoHint')} data-testid="redo">
            <Redo2 className="lucide-icon" size="1em" aria-hidden="true" /> <span className="appbar__label">{t('workshop.redo')}</span>
          </button>
        </div>
        <LanguageSwitch />
        <ThemeSwitch />
      </div>
    </header>
  );
}
