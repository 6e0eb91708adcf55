// The facilitator's notes on a step: saved as typed (one undo step per editing session), hidden in presenter mode.
import { useEffect, useRef, useState } from 'react';
import type { StepId } from '../../../shared/model';
import { useT } from '../../i18n';
import { useReport } from '../../ui/useReport';
import { useFacilitation } from './hooks';

const DELAY_MS = 500;

export function StepNotes({ step, initial }: { step: StepId; initial: string }) {
  const { t } = useT();
  const report = useReport();
  const actions = useFacilitation();
  const [text, setText] = useState(initial);
  const pending = useRef<{ timer: number; text: string } | null>(null);
  const session = useRef(`n${Date.now().toString(36)}`);

  const save = (value: string) => {
    if (pending.current) window.clearTimeout(pending.current.timer);
    pending.current = null;
    void actions.setNotes(step, value, session.current).then(report);
  };
  const flush = () => {
    if (pending.current) save(pending.current.text);
  };
  const flushRef = useRef(flush);
  useEffect(() => {
    flushRef.current = flush;
  });
  // Leaving the step must not lose the last words typed.
  useEffect(() => () => flushRef.current(), []);

  return (
    <textarea
      className="input extras__notes"
      value={text}
      rows={3}
      maxLength={20000}
      aria-labelledby="notes-title"
      aria-describedby="notes-help"
      placeholder={t('fac.notes.placeholder')}
      data-testid="step-notes"
      onFocus={() => {
        session.current = `n${Date.now().toString(36)}`;
      }}
      onChange={(e) => {
        const value = e.target.value;
        setText(value);
        if (pending.current) window.clearTimeout(pending.current.timer);
        pending.current = { text: value, timer: window.setTimeout(() => save(value), DELAY_MS) };
      }}
      onBlur={flush}
    />
  );
}
