// The audience window (browser mode's "Open the audience screen", Electron's second display): the room's view of a
// workshop, following what the control window presents through the host's `presentation.changed` events.
import { useEffect, useState } from 'react';
import type { Presentation } from '../../../../shared/api/presentation';
import { STEPS, stepById } from '../../../../shared/catalogue';
import { useWorkshop } from '../../../app/hooks';
import { useServices } from '../../../app/ServicesContext';
import { useT } from '../../../i18n';
import { keptPosition, orderedAgenda } from '../agendaOrder';
import { AudienceView } from './AudienceView';
import { PresenterVotes } from './PresenterVotes';
import { openRoundOf } from './voters';
import './presenter.css';
import './votes.css';

export function AudienceScreen({ workshopId }: { workshopId: string }) {
  const { t } = useT();
  const { client, workshop } = useServices();
  const [shown, setShown] = useState<Presentation | null>(null);
  const status = useWorkshop((s) => s.status);
  const agenda = useWorkshop((s) => s.data?.agenda);

  useEffect(() => {
    void workshop.getState().load(workshopId);
    let live = true;
    // Subscribed before asking, so a change between the two is not missed.
    const stop = client.subscribe('presentation.changed', (p) => {
      if (p.workshopId === workshopId) setShown(p);
    });
    void client.call('presentation.get', { workshopId }).then((r) => {
      if (live && r.ok && r.value) setShown((now) => now ?? r.value);
    });
    return () => {
      live = false;
      stop();
    };
  }, [client, workshop, workshopId]);

  const step = stepById(shown?.step ?? STEPS[0]!.id) ?? STEPS[0]!;
  const roundOpen = useWorkshop((s) => (s.data ? openRoundOf(s.data, step.id) !== null : false));
  if (status !== 'ready') {
    return (
      <main className="screen-message" aria-busy="true">
        <p>{t('workshop.loading')}</p>
      </main>
    );
  }
  const { position, total } = keptPosition(orderedAgenda(agenda), step.id);
  const reveal = !!shown?.reveal || roundOpen;
  return (
    <main className="presenter presenter--window" aria-labelledby="presenter-question" data-testid="audience-window">
      <AudienceView
        step={step}
        position={position}
        total={total}
        spotlight={shown?.spotlight ?? null}
        map={shown?.map ?? false}
        aside={reveal ? <PresenterVotes step={step.id} voting={false} digits="" voterId={null} /> : null}
      />
    </main>
  );
}
