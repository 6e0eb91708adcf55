// The inbox zone on the board: ideas sent from phones for this step, to accept as a card, merge into one, or discard.
import type { InboxIdea } from '../../../shared/api';
import type { StepId } from '../../../shared/model';
import { useWorkshop } from '../../app/hooks';
import { useServices } from '../../app/ServicesContext';
import { useT } from '../../i18n';
import { useReport } from '../../ui/useReport';
import { isLive, roomUi, useRoom } from './store';
import './room.css';

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

function Idea({ idea, cards }: { idea: InboxIdea; cards: { id: string; title: string }[] }) {
  const { t } = useT();
  const report = useReport();
  const { client, workshop } = useServices();
  const refresh = () => void roomUi(client).getState().send('room.state', {});
  const accept = async () => {
    const result = await workshop.getState().run((workshopId) => client.call('inbox.accept', { workshopId, ideaId: idea.id }));
    report(result, () => t('inbox.accepted'));
    refresh();
  };
  const merge = async (cardId: string) => {
    const result = await workshop.getState().run((workshopId) => client.call('inbox.merge', { workshopId, ideaId: idea.id, cardId }));
    report(result, (card) => t('inbox.merged', { title: card.title }));
    refresh();
  };
  const discard = async () => {
    report(await roomUi(client).getState().send('inbox.discard', { ideaId: idea.id }));
  };
  return (
    <li className="inbox__idea" data-testid="inbox-idea">
      {/* Text, never markup: React writes it as a text node. */}
      <p className="inbox__text">{idea.text}</p>
      {idea.author ? <p className="inbox__by">{t('inbox.by', { name: idea.author })}</p> : null}
      <div className="inbox__actions">
        <button
          type="button"
          className="button button--small button--primary"
          aria-label={t('inbox.acceptLabel', { text: short(idea.text) })}
          onClick={() => void accept()}
        >
          {t('inbox.accept')}
        </button>
        <button
          type="button"
          className="button button--small"
          aria-label={t('inbox.discardLabel', { text: short(idea.text) })}
          onClick={() => void discard()}
        >
          {t('inbox.discard')}
        </button>
        {cards.length > 0 ? (
          <select
            className="input inbox__merge"
            aria-label={t('inbox.mergeLabel', { text: short(idea.text) })}
            value=""
            onChange={(e) => e.target.value && void merge(e.target.value)}
          >
            <option value="">{t('inbox.merge')}</option>
            {cards.map((c) => (
              <option key={c.id} value={c.id}>
                {short(c.title || '—')}
              </option>
            ))}
          </select>
        ) : null}
      </div>
    </li>
  );
}

export function RoomInbox({ step }: { step: StepId }) {
  const { t, tn } = useT();
  const workshopId = useWorkshop((s) => s.workshopId);
  const cardsData = useWorkshop((s) => s.data?.cards);
  const room = useRoom((s) => s.room);
  const mine = room && room.workshopId === workshopId ? room.inbox : [];
  if (!isLive(room, workshopId) && mine.length === 0) return null;
  const here = mine.filter((i) => i.step === step);
  const elsewhere = mine.length - here.length;
  const cards = (cardsData ?? []).filter((c) => c.step === step).map((c) => ({ id: c.id, title: c.title }));
  return (
    <aside className="inbox" aria-label={tn('inbox.title', here.length)} data-testid="room-inbox">
      <h2 className="inbox__title">{tn('inbox.title', here.length)}</h2>
      {here.length === 0 ? <p className="inbox__empty">{t('inbox.empty')}</p> : null}
      <ul className="inbox__list">
        {here.map((idea) => (
          <Idea key={idea.id} idea={idea} cards={cards} />
        ))}
      </ul>
      {elsewhere > 0 ? <p className="inbox__empty">{tn('inbox.elsewhere', elsewhere)}</p> : null}
    </aside>
  );
}
