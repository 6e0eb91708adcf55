// The workshop screen: top bar, agenda on the left, the current step in the centre, its panel on the right.
import { useEffect, useState } from 'react';
import { STEPS, stepById } from '../../../shared/catalogue';
import type { StepId } from '../../../shared/model';
import { useNav, useView, useWorkshop } from '../../app/hooks';
import { useServices } from '../../app/ServicesContext';
import { useT } from '../../i18n';
import { Agenda, FacilitationLayer, StepExtras, usePresentationSync } from '../facilitation';
import { RoomInbox, RoomLayer } from '../room';
import { SidePanel } from './SidePanel';
import { StepView } from './StepView';
import { TopBar } from './TopBar';
import { useHistoryActions } from './useHistoryActions';
import { useShortcuts } from './useShortcuts';

export function WorkshopScreen({ workshopId, step: stepId }: { workshopId: string; step: StepId }) {
  const { t } = useT();
  const { workshop, view } = useServices();
  const status = useWorkshop((s) => s.status);
  const loadedId = useWorkshop((s) => s.workshopId);
  const error = useWorkshop((s) => s.error);
  const openLibrary = useNav((s) => s.openLibrary);
  const history = useHistoryActions();
  // On a narrow screen the side panel folds away for the board; a chosen card or the panel button opens it.
  const [panelOpen, setPanelOpen] = useState(false);
  const cardChosen = useView((s) => s.selectedCardId !== null);
  useShortcuts(history);
  usePresentationSync(workshopId, stepId);

  useEffect(() => {
    view.getState().select(null);
    void workshop.getState().load(workshopId);
  }, [workshop, view, workshopId]);

  const step = stepById(stepId) ?? STEPS[0];
  if (loadedId === workshopId && status === 'error' && error) {
    return (
      <main className="screen-message" role="alert">
        <p>{t('workshop.loadFailed', { message: error.message })}</p>
        <button type="button" className="button button--primary" onClick={() => openLibrary()}>
          {t('workshop.backLabel')}
        </button>
      </main>
    );
  }
  if (loadedId !== workshopId || status !== 'ready' || !step) {
    return (
      <main className="screen-message" aria-busy="true">
        <p>{t('workshop.loading')}</p>
      </main>
    );
  }
  return (
    <div className={`workshop${panelOpen || cardChosen ? ' workshop--panel-open' : ''}`}>
      <TopBar onUndo={history.undo} onRedo={history.redo} />
      <div className="workshop__body">
        <Agenda current={step.id} />
        <main className="stage" aria-label={t('app.main')}>
          <StepView key={step.id} step={step} panelOpen={panelOpen} onTogglePanel={() => setPanelOpen((o) => !o)} />
          <StepExtras step={step.id} />
          <RoomInbox step={step.id} />
        </main>
        <SidePanel key={step.id} step={step} />
      </div>
      <FacilitationLayer step={step.id} />
      <RoomLayer workshopId={workshopId} step={step.id} />
    </div>
  );
}
