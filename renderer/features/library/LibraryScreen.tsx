// The library screen: every workshop with search, create, rename, duplicate, trash, restore and purge.
import { useCallback, useEffect, useState } from 'react';
import type { WorkshopSummary } from '../../../shared/model';
import { useLibrary, useNav } from '../../app/hooks';
import { useT } from '../../i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { HostNotice } from '../../ui/HostNotice';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { ThemeSwitch } from '../../ui/ThemeSwitch';
import { useReport } from '../../ui/useReport';
import { CreateDialog } from './CreateDialog';
import { LibraryToolbar } from './LibraryToolbar';
import { RenameDialog } from './RenameDialog';
import { useRowActions } from './useRowActions';
import { WorkshopList } from './WorkshopList';

export function LibraryScreen({ trash }: { trash: boolean }) {
  const { t } = useT();
  const setTrash = useLibrary((s) => s.setTrash);
  const purge = useLibrary((s) => s.purge);
  const openWorkshop = useNav((s) => s.openWorkshop);
  const report = useReport();
  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<WorkshopSummary | null>(null);
  const [purging, setPurging] = useState<WorkshopSummary | null>(null);
  const actions = useRowActions({ rename: setRenaming, purge: setPurging });

  useEffect(() => {
    void setTrash(trash);
  }, [trash, setTrash]);

  const confirmPurge = useCallback(async () => {
    if (!purging) return;
    const w = purging;
    setPurging(null);
    report(await purge(w.id), () => t('toast.purged', { title: w.title }));
  }, [purging, purge, report, t]);

  return (
    <div className="library">
      <header className="appbar">
        <span className="appbar__brand">{t('app.name')}</span>
        <div className="appbar__end">
          <LanguageSwitch />
          <ThemeSwitch />
        </div>
      </header>
      <main className="library__main" aria-labelledby="library-title">
        <h1 id="library-title" className="library__title">
          {t(trash ? 'library.tab.trash' : 'library.title')}
        </h1>
        <HostNotice />
        <LibraryToolbar onCreate={() => setCreating(true)} />
        {trash ? <p className="library__hint">{t('library.trashHint')}</p> : null}
        <WorkshopList actions={actions} />
      </main>
      {creating ? (
        <CreateDialog
          onClose={() => setCreating(false)}
          onCreated={(w) => {
            setCreating(false);
            report({ ok: true, value: w }, () => t('toast.created', { title: w.title }));
            openWorkshop(w.id);
          }}
        />
      ) : null}
      {renaming ? (
        <RenameDialog
          workshop={renaming}
          onClose={() => setRenaming(null)}
          onRenamed={(title) => {
            setRenaming(null);
            report({ ok: true, value: title }, () => t('toast.renamed', { title }));
          }}
        />
      ) : null}
      {purging ? (
        <ConfirmDialog
          title={t('purge.title')}
          body={t('purge.body', { title: purging.title })}
          confirmLabel={t('purge.confirm')}
          onConfirm={() => void confirmPurge()}
          onCancel={() => setPurging(null)}
        />
      ) : null}
    </div>
  );
}
