// Small line icons shared by the features (lucide, bundled: nothing to fetch on a projector laptop).
import { Clock, Hourglass, Pause, Play, Search, TriangleAlert, type LucideIcon } from 'lucide-react';

export type IconName = 'clock' | 'hourglass' | 'warning' | 'play' | 'pause' | 'search';

const ICONS: Record<IconName, LucideIcon> = {
  clock: Clock,
  hourglass: Hourglass,
  warning: TriangleAlert,
  play: Play,
  pause: Pause,
  search: Search,
};

export function Icon({ name, className }: { name: IconName; className?: string }) {
  const Glyph = ICONS[name];
  return (
    <Glyph
      className={`icon lucide-icon ${className ?? ''}`}
      size="1em"
      strokeWidth={2.4}
      fill={name === 'play' ? 'currentColor' : 'none'}
      aria-hidden="true"
      focusable="false"
    />
  );
}
