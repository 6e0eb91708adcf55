// What the audience screen shows of an open room: the QR code, the short address and the code; the quick question's answers.
import { useWorkshop } from '../../app/hooks';
import { useT } from '../../i18n';
import { joinLink, QrCode } from './QrCode';
import { PulseBars } from './RoomPulse';
import { isLive, useRoom } from './store';
import './room.css';

export function RoomAudience() {
  const { t } = useT();
  const workshopId = useWorkshop((s) => s.workshopId);
  const room = useRoom((s) => s.room);
  if (!isLive(room, workshopId) || !room.url || !room.code) return null;
  const address = room.url.replace(/^http:\/\//, '').replace(/\/$/, '');
  return (
    <aside className="room-audience" data-testid="room-audience">
      {room.status === 'open' ? (
        <div className="room-audience__join">
          <QrCode className="room-audience__qr" text={joinLink(room.url, room.code)} label={t('room.qrLabel', { url: room.url })} />
          <p className="room-audience__hint">{t('room.join')}</p>
          <p className="room-audience__address" data-testid="room-audience-address">
            {address}
          </p>
          <p className="room-audience__code" data-testid="room-audience-code">
            {room.code.slice(0, 3)} {room.code.slice(3)}
          </p>
        </div>
      ) : null}
      {room.pulse ? <PulseBars pulse={room.pulse} /> : null}
    </aside>
  );
}
