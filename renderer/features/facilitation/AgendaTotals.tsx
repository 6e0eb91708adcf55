// Under the agenda: minutes planned against the session length, time spent, and a warning when the plan overruns.
import { useState } from 'react';
import type { AgendaEntry } from '../../../shared/model';
import { useWorkshop } from '../../app/hooks';
import { useT } from '../../i18n';
import { useReport } from '../../ui/useReport';
import { useFacilitation } from './hooks';
import { Icon } from '../../ui/Icon';
import { parseSessionMinutes, SESSION_MAX, SESSION_MIN, sessionMinutesOf } from './ids';
import { fitTimeboxes } from './fit';
import { agendaTotals, clock } from './time';
import './agenda.css';

interface Props {
  agenda: readonly AgendaEntry[];
  receivedAt: number;
  now: number;
}

export function AgendaTotals({ agenda, receivedAt, now }: Props) {
  const { t, tn } = useT();
  const session = useWorkshop((s) => sessionMinutesOf(s.data));
  const revision = useWorkshop((s) => s.revision);
  const totals = agendaTotals(agenda, session, receivedAt, now);
  return (
    <section className="plan" aria-label={t('fac.plan.totals')} data-testid="agenda-totals">
      <dl className="plan__figures">
        <div>
          <dt>{t('fac.plan.planned')}</dt>
          <dd data-testid="plan-total">{t('fac.plan.minutes', { minutes: totals.plannedMinutes })}</dd>
        </div>
        <div>
          <dt>{t('fac.plan.spentTotal')}</dt>
          <dd data-testid="plan-spent">{clock(totals.spentMs)}</dd>
        </div>
        <div>
          <dt>
            <label htmlFor="plan-session">{t('fac.plan.session')}</label>
          </dt>
          <dd className="plan__session">
            <SessionInput key={`${revision}:${session ?? ''}`} minutes={session} />
          </dd>
        </div>
      </dl>
      {totals.overrunMinutes > 0 ? (
        <p className="plan__warning" role="status" data-testid="plan-overrun">
          <Icon name="warning" /> {tn('fac.plan.overrun', totals.overrunMinutes)}
          {session !== null ? <FitButton agenda={agenda} session={session} /> : null}
        </p>
      ) : null}
      {totals.overrunSteps > 0 ? (
        <p className="plan__warning plan__warning--steps">
          <Icon name="warning" /> {tn('fac.plan.stepsOver', totals.overrunSteps)}
        </p>
      ) : null}
    </section>
  );
}

/** Shortens every planned timebox in the same proportion so the plan fits the session. */
function FitButton({ agenda, session }: { agenda: readonly AgendaEntry[]; session: number }) {
  const { t } = useT();
  const report = useReport();
  const actions = useFacilitation();
  const changes = fitTimeboxes(agenda, session);
  if (changes.length === 0) return null;
  const fit = async () => {
    for (const change of changes) {
      const result = await actions.updateAgenda(change.step, { timeboxMinutes: change.timeboxMinutes });
      if (!result.ok) return report(result);
    }
    report({ ok: true, value: null }, () => t('plan.fitted', { minutes: session }));
  };
  return (
    <button
      type="button"
      className="button plan__fit"
      title={t('plan.fitHint', { minutes: session })}
      onClick={() => void fit()}
      data-testid="plan-fit"
    >
      {t('plan.fit')}
    </button>
  );
}

function SessionInput({ minutes }: { minutes: number | null }) {
  const { t } = useT();
  const report = useReport();
  const actions = useFacilitation();
  const [draft, setDraft] = useState(minutes === null ? '' : String(minutes));
  const parsed = parseSessionMinutes(draft);
  const invalid = draft.trim() !== '' && parsed === null;
  const commit = async () => {
    if (invalid || parsed === minutes) return;
    report(await actions.setSessionMinutes(parsed));
  };
  return (
    <>
      <input
        id="plan-session"
        className="input plan__session-input"
        type="number"
        inputMode="numeric"
        min={SESSION_MIN}
        max={SESSION_MAX}
        step={15}
        placeholder="180"
        value={draft}
        aria-invalid={invalid}
        aria-describedby="plan-session-help"
        data-testid="session-length"
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => void commit()}
        onKeyDown={(e) => {
          if (e.key === 'Enter') void commit();
        }}
      />
      <span aria-hidden="true">{t('fac.plan.min')}</span>
      <span id="plan-session-help" className="visually-hidden">
        {t('fac.plan.sessionHelp', { min: SESSION_MIN, max: SESSION_MAX })}
      </span>
    </>
  );
}
