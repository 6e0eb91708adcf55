// The quick question: launch it to every phone, watch the answers' distribution, close it.
import { useState } from 'react';
import type { RoomState } from '../../../shared/api';
import { useT } from '../../i18n';
import { useReport } from '../../ui/useReport';
import { useRoom } from './store';

export function PulseBars({ pulse }: { pulse: NonNullable<RoomState['pulse']> }) {
  const { tn } = useT();
  const total = pulse.counts.reduce((a, b) => a + b, 0);
  const most = Math.max(1, ...pulse.counts);
  return (
    <figure className="room-pulse" data-testid="room-pulse">
      <figcaption>
        {pulse.question} · {tn('room.pulseAnswers', total)}
      </figcaption>
      <ol className="room-pulse__bars">
        {pulse.counts.map((count, i) => (
          <li key={i} data-value={i + 1} data-count={count}>
            <span className="room-pulse__bar">
              <progress max={most} value={count} aria-label={`${i + 1}: ${count}`} />
            </span>
            <span className="room-pulse__count">{count}</span>
            <span className="room-pulse__value">{i + 1}</span>
          </li>
        ))}
      </ol>
    </figure>
  );
}

export function RoomPulse({ room }: { room: RoomState }) {
  const { t } = useT();
  const report = useReport();
  const send = useRoom((s) => s.send);
  const [question, setQuestion] = useState(() => t('room.pulseDefault'));
  return (
    <section className="room__section" aria-label={t('room.pulse')}>
      <h3>{t('room.pulse')}</h3>
      <form
        className="room__row"
        onSubmit={(e) => {
          e.preventDefault();
          void send('pulse.launch', { question }).then((r) => report(r));
        }}
      >
        <label className="room__grow">
          <span className="visually-hidden">{t('room.pulseQuestion')}</span>
          <input
            className="input"
            value={question}
            maxLength={200}
            onChange={(e) => setQuestion(e.target.value)}
            data-testid="pulse-question"
          />
        </label>
        <button type="submit" className="button" data-testid="pulse-launch">
          {t('room.pulseLaunch')}
        </button>
        {room.pulse?.open ? (
          <button type="button" className="button" onClick={() => void send('pulse.close', {}).then((r) => report(r))}>
            {t('room.pulseClose')}
          </button>
        ) : null}
      </form>
      {room.pulse ? <PulseBars pulse={room.pulse} /> : null}
    </section>
  );
}
