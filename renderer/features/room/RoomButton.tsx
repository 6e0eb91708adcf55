// The top bar's room button: "Open the room", or the live room's code and head count; opens the room's dialog.
import { useWorkshop } from '../../app/hooks';
import { useT } from '../../i18n';
import { isLive, useRoom } from './store';

export function RoomButton() {
  const { t } = useT();
  const workshopId = useWorkshop((s) => s.workshopId);
  const room = useRoom((s) => s.room);
  const setDialog = useRoom((s) => s.setDialog);
  const live = isLive(room, workshopId);
  return (
    <button
      type="button"
      className={live ? 'button button--primary' : 'button'}
      onClick={() => setDialog(true)}
      title={t('room.button.hint')}
      data-testid="room-button"
    >
      <span aria-hidden="true">⌁</span>{' '}
      <span className="appbar__label">
        {live ? t('room.button.live', { code: room.code ?? '', count: room.joined.length }) : t('room.button.open')}
      </span>
    </button>
  );
}
