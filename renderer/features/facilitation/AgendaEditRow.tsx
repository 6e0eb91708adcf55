// The agenda's edit controls for one step: its timebox in minutes and whether this workshop skips it.
import { useState } from 'react';
import type { StepDef } from '../../../shared/catalogue';
import type { AgendaEntry } from '../../../shared/model';
import { useT } from '../../i18n';
import { useEcho } from './hooks';
import { MAX_TIMEBOX } from './time';

interface Props {
  step: StepDef;
  entry: AgendaEntry;
  onTimebox: (minutes: number) => void;
  onSkip: (skipped: boolean) => void;
}

export function AgendaEditRow({ step, entry, onTimebox, onSkip }: Props) {
  const { t, tx } = useT();
  const name = tx(step.title);
  // The box answers the click at once; the agenda's answer (or an undo) sets it again.
  const [skipped, setSkipped] = useEcho(entry.skipped);
  return (
    <div className="agenda__edit">
      <label className="agenda__timebox">
        <TimeboxInput
          key={entry.timeboxMinutes}
          minutes={entry.timeboxMinutes}
          label={t('fac.plan.timeboxFor', { step: name })}
          onCommit={onTimebox}
          stepId={step.id}
        />
        <span aria-hidden="true">{t('fac.plan.min')}</span>
      </label>
      <label className="agenda__skip">
        <input
          type="checkbox"
          checked={skipped}
          onChange={(e) => {
            setSkipped(e.target.checked);
            onSkip(e.target.checked);
          }}
          data-testid={`agenda-skip-${step.id}`}
        />
        <span>{t('fac.plan.skip')}</span>
        <span className="visually-hidden">{name}</span>
      </label>
    </div>
  );
}

function TimeboxInput(props: { minutes: number; label: string; stepId: string; onCommit: (minutes: number) => void }) {
  const [draft, setDraft] = useState(String(props.minutes));
  const value = Number(draft);
  const valid = Number.isInteger(value) && value >= 1 && value <= MAX_TIMEBOX;
  const commit = () => {
    if (valid && value !== props.minutes) props.onCommit(value);
    else if (!valid) setDraft(String(props.minutes));
  };
  return (
    <input
      className="input agenda__minutes"
      type="number"
      inputMode="numeric"
      min={1}
      max={MAX_TIMEBOX}
      value={draft}
      aria-label={props.label}
      aria-invalid={!valid}
      data-testid={`agenda-timebox-${props.stepId}`}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
    />
  );
}
