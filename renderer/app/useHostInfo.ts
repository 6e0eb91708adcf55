// Asks the host once at start what it has to say (e.g. a damaged library set aside) and shows it.
import { useEffect } from 'react';
import { useServices } from './ServicesContext';

export function useHostInfo(): void {
  const { client, notices } = useServices();
  useEffect(() => {
    let live = true;
    void client.call('app.info', {}).then((result) => {
      if (!live) return;
      if (result.ok) notices.getState().setHostNotice(result.value.notice);
      else notices.getState().push('error', result.error.message);
    });
    return () => {
      live = false;
    };
  }, [client, notices]);
}
