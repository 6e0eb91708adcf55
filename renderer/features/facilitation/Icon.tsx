// Small line icons drawn inline (no icon font to miss on a projector laptop): clock, hourglass, warning, play, pause, search.
export type IconName = 'clock' | 'hourglass' | 'warning' | 'play' | 'pause' | 'search';

const PATHS: Record<IconName, string> = {
  clock: 'M12 7v5l3 2M12 3a9 9 0 1 0 0 18a9 9 0 0 0 0-18z',
  hourglass: 'M7 3h10M7 21h10M8 3c0 5 8 5 8 9s-8 4-8 9M16 3c0 5-8 5-8 9s8 4 8 9',
  warning: 'M12 3l10 18H2zM12 10v5M12 18v.5',
  play: 'M7 4l13 8l-13 8z',
  pause: 'M8 4v16M16 4v16',
  search: 'M10.5 4a6.5 6.5 0 1 0 0 13a6.5 6.5 0 0 0 0-13zM15.5 15.5L20 20',
};

export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg
      className={`icon ${className ?? ''}`}
      viewBox="0 0 24 24"
      width="1em"
      height="1em"
      fill={name === 'play' ? 'currentColor' : 'none'}
      stroke="currentColor"
      strokeWidth={name === 'pause' ? 3.5 : 2.4}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
