// Keeps the route and the URL hash in step, so a reload or the back button lands where the user was.
import { useEffect } from 'react';
import { formatHash, parseHash } from '../stores/nav';
import { useServices } from './ServicesContext';

export function useHashSync(): void {
  const { nav } = useServices();
  useEffect(() => {
    const onHash = () => {
      const next = parseHash(window.location.hash);
      if (formatHash(next) !== formatHash(nav.getState().route)) nav.getState().go(next);
    };
    const unsubscribe = nav.subscribe((state) => {
      const hash = formatHash(state.route);
      if (window.location.hash !== hash) window.location.hash = hash;
    });
    window.addEventListener('hashchange', onHash);
    return () => {
      unsubscribe();
      window.removeEventListener('hashchange', onHash);
    };
  }, [nav]);
}
