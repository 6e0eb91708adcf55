// The room's dialog: open it; then its QR code, address and code, lock, who joined, the quick question, close it.
import { useT } from '../../i18n';
import { useWorkshop } from '../../app/hooks';
import { Dialog } from '../../ui/Dialog';
import { useReport } from '../../ui/useReport';
import { joinLink, QrCode } from './QrCode';
import { RoomPulse } from './RoomPulse';
import { isLive, useRoom } from './store';
import type { StepId } from '../../../shared/model';
import './room.css';

export function RoomDialog({ step }: { step: StepId }) {
  const { t, tn } = useT();
  const report = useReport();
  const workshopId = useWorkshop((s) => s.workshopId);
  const room = useRoom((s) => s.room);
  const send = useRoom((s) => s.send);
  const setDialog = useRoom((s) => s.setDialog);
  const close = () => setDialog(false);
  const live = isLive(room, workshopId);

  if (!live || !workshopId) {
    return (
      <Dialog title={t('room.title')} onClose={close} testId="room-dialog">
        <p className="room__intro">{t('room.closedIntro')}</p>
        <button
          type="button"
          className="button button--primary"
          data-autofocus
          data-testid="room-open"
          onClick={() => workshopId && void send('room.open', { workshopId, step }).then((r) => report(r))}
        >
          {t('room.open')}
        </button>
      </Dialog>
    );
  }
  return (
    <Dialog title={t('room.title')} onClose={close} className="dialog--wide" testId="room-dialog">
      <div className="room">
        <div className="room__join">
          {room.url && room.code ? (
            <QrCode className="room__qr" text={joinLink(room.url, room.code)} label={t('room.qrLabel', { url: room.url })} />
          ) : (
            <p>{room.problem ? t('room.problem', { message: room.problem }) : t('room.starting')}</p>
          )}
          <dl className="room__facts">
            <dt>{t('room.address')}</dt>
            <dd data-testid="room-url">{room.url ?? '…'}</dd>
            <dt>{t('room.code')}</dt>
            <dd className="room__code" data-testid="room-code">
              {room.code}
            </dd>
          </dl>
        </div>
        <div className="room__side">
          <label className="room__row">
            <input
              type="checkbox"
              checked={room.status === 'locked'}
              onChange={(e) => void send('room.lock', { locked: e.target.checked }).then((r) => report(r))}
              data-testid="room-lock"
            />
            <span>{t('room.lock')}</span>
          </label>
          <section className="room__section">
            <h3>{tn('room.joined', room.joined.length)}</h3>
            {room.joined.length === 0 ? <p className="room__muted">{t('room.nobody')}</p> : null}
            <ul className="room__people" data-testid="room-joined">
              {room.joined.map((person) => (
                <li key={person.id}>
                  <span>{person.name ?? t('room.anonymous')}</span>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t('room.removeLabel', { name: person.name ?? t('room.anonymous') })}
                    onClick={() => void send('room.remove', { guestId: person.id }).then((r) => report(r))}
                  >
                    {t('room.remove')}
                  </button>
                </li>
              ))}
            </ul>
          </section>
          <RoomPulse room={room} />
          <p className="room__muted">{t('room.closing')}</p>
          <button
            type="button"
            className="button button--danger"
            data-testid="room-close"
            onClick={() => void send('room.close', {}).then((r) => report(r))}
          >
            {t('room.close')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
