// The top bar's facilitation part: the step timer, presenter mode (F5) and a pop-over list of the room's tools.
import { useNav, useWorkshop } from '../../app/hooks';
import { useT } from '../../i18n';
import { openObjections } from './convince/case';
import { RoomButton, RoomTool } from '../room';
import { StepTimer } from './StepTimer';
import { useFacilitationUi, type Overlay } from './ui';
import './timer.css';
import { Menu, Presentation } from 'lucide-react';

const MENU_ID = 'facilitation-tools';

export function FacilitationBar() {
  const { t } = useT();
  const route = useNav((s) => s.route);
  const open = useFacilitationUi((s) => s.open);
  const people = useWorkshop((s) => s.data?.participants.length ?? 0);
  const parked = useWorkshop((s) => s.data?.parking.filter((p) => !p.done).length ?? 0);
  const objections = useWorkshop((s) => (s.data ? openObjections(s.data) : 0));
  if (route.screen !== 'workshop') return null;
  const tool = (overlay: Overlay, label: string, testId: string) => (
    <button
      type="button"
      className="tools__item"
      data-testid={testId}
      onClick={() => {
        document.getElementById(MENU_ID)?.hidePopover();
        open(overlay);
      }}
    >
      {label}
    </button>
  );
  return (
    <div className="fac-bar">
      <StepTimer step={route.step} variant="bar" />
      <button
        type="button"
        className="button button--primary"
        onClick={() => open('presenter')}
        title={t('fac.present.hint')}
        data-testid="present"
      >
        <Presentation className="lucide-icon" size="1em" aria-hidden="true" />{' '}
        <span className="appbar__label">{t('fac.present.button')}</span>
      </button>
      <RoomButton />
      <button type="button" className="button" popoverTarget={MENU_ID} title={t('fac.tools.button')} data-testid="tools">
        <Menu className="lucide-icon" size="1em" aria-hidden="true" /> <span className="appbar__label">{t('fac.tools.button')}</span>
      </button>
      <div id={MENU_ID} popover="auto" className="tools" aria-label={t('fac.tools.button')} role="group">
        {tool('participants', t('fac.tools.participants', { count: people }), 'tool-participants')}
        {tool('parking', t('fac.tools.parking', { count: parked }), 'tool-parking')}
        {tool('snapshots', t('fac.tools.snapshots'), 'tool-snapshots')}
        {tool('case', t('fac.tools.case', { count: objections }), 'tool-case')}
        <RoomTool onPick={() => document.getElementById(MENU_ID)?.hidePopover()} />
      </div>
    </div>
  );
}
