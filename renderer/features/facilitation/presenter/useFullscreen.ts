// Full screen for the projector when the browser allows it; leaving full screen (Esc) leaves presenter mode too.
import { useEffect, useRef } from 'react';

export function useFullscreen(onExit: () => void): void {
  const exitRef = useRef(onExit);
  useEffect(() => {
    exitRef.current = onExit;
  }, [onExit]);

  useEffect(() => {
    let entered = false;
    const onChange = () => {
      if (document.fullscreenElement) entered = true;
      else if (entered) exitRef.current();
    };
    document.addEventListener('fullscreenchange', onChange);
    if (!document.fullscreenElement && document.documentElement.requestFullscreen) {
      // Refused (no user gesture, a policy, a kiosk): the full-window overlay is presenter mode all the same.
      document.documentElement.requestFullscreen({ navigationUI: 'hide' }).catch(() => undefined);
    }
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    };
  }, []);
}
