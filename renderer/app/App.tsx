// The application shell: settings on <html>, the current screen, and the toasts.
import { AudienceScreen } from '../features/facilitation';
import { LibraryScreen } from '../features/library';
import { WorkshopScreen } from '../features/workshop';
import { Toasts } from '../ui/Toasts';
import { useNav } from './hooks';
import { useDocumentSettings } from './useDocumentSettings';
import { useHashSync } from './useHashSync';
import { useHostInfo } from './useHostInfo';

export function App() {
  useDocumentSettings();
  useHashSync();
  useHostInfo();
  const route = useNav((s) => s.route);
  return (
    <>
      {route.screen === 'workshop' ? (
        <WorkshopScreen key={route.workshopId} workshopId={route.workshopId} step={route.step} />
      ) : route.screen === 'audience' ? (
        <AudienceScreen key={route.workshopId} workshopId={route.workshopId} />
      ) : (
        <LibraryScreen trash={route.trash} />
      )}
      <Toasts />
    </>
  );
}
