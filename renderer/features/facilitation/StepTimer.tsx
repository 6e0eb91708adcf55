// The current step's timer: time left (or overrun, with colour, icon and words), start/pause and +5 min in the top bar.
import type { StepId } from '../../../shared/model';
import { useT } from '../../i18n';
import { useReport } from '../../ui/useReport';
import { useAgendaTime, useFacilitation } from './hooks';
import { Icon, type IconName } from '../../ui/Icon';
import { ADD_MINUTES, clock, timerView, type TimerLevel } from './time';

const ICONS: Record<TimerLevel, IconName> = { ok: 'clock', soon: 'hourglass', over: 'warning' };

export function StepTimer({ step, variant }: { step: StepId; variant: 'bar' | 'presenter' }) {
  const { t } = useT();
  const report = useReport();
  const actions = useFacilitation();
  const { agenda, receivedAt, now } = useAgendaTime();
  const entry = agenda.find((e) => e.step === step);
  if (!entry) return null;
  const view = timerView(entry, receivedAt, now);
  const remaining = view.level === 'over' ? `+${clock(view.remainingMs)}` : clock(view.remainingMs);
  const state =
    view.level === 'over'
      ? t('fac.timer.over', { time: clock(view.remainingMs) })
      : view.running
        ? t('fac.timer.running')
        : t('fac.timer.paused');
  const spent = t('fac.timer.spent', { spent: clock(view.spentMs), minutes: entry.timeboxMinutes });
  const toggle = async () => report(view.running ? await actions.pauseTimer() : await actions.startTimer(step));
  return (
    <div
      className={`timer timer--${variant} timer--${view.level}`}
      data-testid={variant === 'bar' ? 'step-timer' : 'presenter-timer'}
      data-level={view.level}
      data-running={view.running}
    >
      <div className="timer__face" role="timer" aria-label={t('fac.timer.label', { time: remaining, state })}>
        <Icon name={ICONS[view.level]} className="timer__icon" />
        <span className="timer__clock" data-testid="timer-clock">
          {remaining}
        </span>
        <span className="timer__text">
          <span className="timer__state">{state}</span>
          <span className="timer__spent">{spent}</span>
        </span>
      </div>
      <span className="visually-hidden" aria-live="polite">
        {view.level === 'over' ? t('fac.timer.overAnnounce') : ''}
      </span>
      {variant === 'bar' ? (
        <div className="timer__actions">
          <button
            type="button"
            className="button button--small timer__toggle"
            onClick={() => void toggle()}
            aria-label={view.running ? t('fac.timer.pause') : t('fac.timer.start')}
            title={view.running ? t('fac.timer.pause') : t('fac.timer.start')}
            data-testid="timer-toggle"
          >
            <Icon name={view.running ? 'pause' : 'play'} />
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={async () => report(await actions.addTime(step))}
            title={t('fac.timer.addHint', { minutes: ADD_MINUTES })}
            data-testid="timer-add"
          >
            +{ADD_MINUTES}
            <span className="appbar__label"> {t('fac.plan.min')}</span>
          </button>
        </div>
      ) : null}
    </div>
  );
}
