// Where the facilitator reaches the room: an entry of the tools menu, and while the room is live a top-bar
// button with its code and head count (the top bar keeps to one row on a laptop while it is closed).
import { useWorkshop } from '../../app/hooks';
import { useT } from '../../i18n';
import { isLive, useRoom } from './store';
import { Radio } from 'lucide-react';

export function RoomButton() {
  const { t } = useT();
  const workshopId = useWorkshop((s) => s.workshopId);
  const room = useRoom((s) => s.room);
  const setDialog = useRoom((s) => s.setDialog);
  if (!isLive(room, workshopId)) return null;
  const live = t('room.button.live', { code: room.code ?? '', count: room.joined.length });
  return (
    <button
      type="button"
      className="button button--primary"
      onClick={() => setDialog(true)}
      title={t('room.button.hint')}
      aria-label={`${t('room.title')} ${live}`}
      data-testid="room-button"
    >
      <Radio className="lucide-icon" size="1em" aria-hidden="true" /> <span>{live}</span>
    </button>
  );
}

export function RoomTool({ onPick }: { onPick: () => void }) {
  const { t } = useT();
  const workshopId = useWorkshop((s) => s.workshopId);
  const live = useRoom((s) => isLive(s.room, workshopId));
  const setDialog = useRoom((s) => s.setDialog);
  return (
    <button
      type="button"
      className="tools__item"
      data-testid="tool-room"
      title={t('room.button.hint')}
      onClick={() => {
        onPick();
        setDialog(true);
      }}
    >
      {live ? t('room.title') : t('room.button.open')}
    </button>
  );
}
