// Asks the host once at start what it has to say (e.g. a damaged library set aside) and shows it.
import { useEffect } from 'react';
import { translate } from '../i18n';
import { useServices } from './ServicesContext';

export function useHostInfo(): void {
  const { client, notices, settings } = useServices();
  useEffect(() => {
    let live = true;
    void client.call('app.info', {}).then((result) => {
      if (!live) return;
      if (!result.ok) return notices.getState().push('error', result.error.message);
      const { notice, noticeCode, setAside } = result.value;
      // The host's sentence is English; say it in the interface's language when its kind is known.
      const file = setAside ?? '';
      notices.getState().setHostNotice(noticeCode ? translate(settings.getState().language, `notice.${noticeCode}`, { file }) : notice);
    });
    return () => {
      live = false;
    };
  }, [client, notices, settings]);
}
