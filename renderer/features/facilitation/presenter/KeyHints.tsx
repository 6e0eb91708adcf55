// The keys of presenter mode, shown small at the bottom (all of them with ?), those of the vote while it is open.
import type { MessageKey } from '../../../i18n';
import { useT } from '../../../i18n';

type Hint = [keys: string[], label: MessageKey];

const BASIC: Hint[] = [
  [['→', '←'], 'fac.keys.steps'],
  [['Space'], 'fac.keys.timer'],
  [['V'], 'fac.keys.vote'],
  [['Esc'], 'fac.keys.leave'],
  [['?'], 'fac.keys.help'],
];

const MORE: Hint[] = [
  [['↓', '↑'], 'audience.keys.spotlight'],
  [['R'], 'audience.keys.reveal'],
  [['+'], 'fac.keys.addTime'],
  [['Ctrl', 'Z'], 'fac.keys.undo'],
  [['Ctrl', 'Shift', 'P'], 'fac.keys.park'],
];

const VOTE: Hint[] = [
  [['1…9'], 'fac.keys.number'],
  [['Enter'], 'fac.keys.cast'],
  [['Tab'], 'fac.keys.voter'],
  [['C'], 'fac.keys.close'],
  [['V'], 'fac.keys.endVote'],
];

export function KeyHints({ voting, full }: { voting: boolean; full: boolean }) {
  const { t } = useT();
  const hints = voting ? VOTE : full ? [...BASIC, ...MORE] : BASIC;
  return (
    <ul className="keys" aria-label={t('fac.keys.label')} data-testid="presenter-keys">
      {hints.map(([keys, label]) => (
        <li key={label} className="keys__item">
          {keys.map((k) => (
            <kbd key={k}>{k === 'Space' ? t('fac.keys.space') : k}</kbd>
          ))}
          <span>{t(label)}</span>
        </li>
      ))}
    </ul>
  );
}
