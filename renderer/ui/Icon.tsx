// Small line icons shared by the features (lucide, bundled: nothing to fetch on a projector laptop).
import {
  Check,
  CircleHelp,
  Clock,
  Hourglass,
  Link2,
  Maximize,
  Pause,
  Play,
  Plus,
  Search,
  TriangleAlert,
  type LucideIcon,
} from 'lucide-react';

export type IconName = 'clock' | 'hourglass' | 'warning' | 'play' | 'pause' | 'search' | 'check' | 'plus' | 'question' | 'link' | 'fit';

const ICONS: Record<IconName, LucideIcon> = {
  clock: Clock,
  hourglass: Hourglass,
  warning: TriangleAlert,
  play: Play,
  pause: Pause,
  search: Search,
  check: Check,
  plus: Plus,
  question: CircleHelp,
  link: Link2,
  fit: Maximize,
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
