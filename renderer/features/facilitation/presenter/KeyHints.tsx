// The keys of presenter mode, shown small at the bottom (all of them with ?), those of the vote while it is open:
// read from the shortcut table, so what is shown is what the keys do.
import { useT } from '../../../i18n';
import { idsIn, KeyList } from '../../../shortcuts';

export function KeyHints({ voting, full }: { voting: boolean; full: boolean }) {
  const { t } = useT();
  const ids = voting ? idsIn('vote', { brief: true, without: 'presenter' }) : idsIn('presenter', { brief: !full });
  return <KeyList ids={ids} label={t('shortcut.help.title')} testId="presenter-keys" />;
}
