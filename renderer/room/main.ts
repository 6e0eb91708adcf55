// The participants' phone page: join with the code, then follow the current step every few seconds.
import './room.css';
import { guestCall, token } from './api';
import { boardScreen, type Board } from './board';
import { el } from './dom';
import { codeScreen, endScreen, type Flow } from './screens';
import { language, setLanguage, t } from './text';

const REFRESH_MS = 2_500;
const root = document.getElementById('room') ?? document.body;
const status = el('p', { class: 'phone__status', id: 'room-status' });
status.setAttribute('role', 'status');
document.body.prepend(status);
let fade: ReturnType<typeof setTimeout> | null = null;

let board: Board | null = null;
let timer: ReturnType<typeof setInterval> | null = null;
let screen: 'code' | 'board' | 'end' = 'code';

async function refresh(): Promise<void> {
  if (!board) return;
  const result = await guestCall('guest.current', {});
  if (!result) return stop(t('phone.unreachable'));
  if (!result.ok) {
    if (result.error.code === 'forbidden') return stop(t('phone.closed'));
    return;
  }
  board.update(result.value);
}

function stop(message: string): void {
  if (timer) clearInterval(timer);
  timer = null;
  board = null;
  screen = 'end';
  status.textContent = '';
  endScreen(flow, message);
}

const flow: Flow = {
  root,
  show(message, tone = 'ok') {
    status.textContent = message;
    status.dataset.tone = tone;
    // A confirmation goes away by itself; an error stays until the next message.
    if (fade) clearTimeout(fade);
    fade = tone === 'ok' ? setTimeout(() => (status.textContent = ''), 6_000) : null;
  },
  joined() {
    screen = 'board';
    status.textContent = '';
    board = boardScreen(flow, () => void refresh());
    void refresh();
    timer ??= setInterval(() => void refresh(), REFRESH_MS);
  },
  languageButton() {
    return el(
      'button',
      {
        type: 'button',
        class: 'phone__language',
        onClick: () => {
          setLanguage(language === 'fr' ? 'en' : 'fr');
          if (screen === 'code') codeScreen(flow, '');
          else if (screen === 'board') flow.joined(null);
        },
      },
      t('phone.language'),
    );
  },
};

setLanguage(language);
// The QR code carries the code after #, which never reaches a server log.
const prefilled = /code=(\d{6})/.exec(location.hash)?.[1] ?? '';
if (token.get()) flow.joined(null);
else codeScreen(flow, prefilled);
