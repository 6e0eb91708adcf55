// A labelled progress bar from 0 to 1, readable by screen readers and on a projector.
export interface ProgressBarProps {
  value: number;
  label: string;
  /** Text shown beside the bar, e.g. "40 %". */
  text?: string;
  size?: 'small' | 'normal';
}

export function ProgressBar({ value, label, text, size = 'normal' }: ProgressBarProps) {
  const percent = Math.round(Math.max(0, Math.min(1, value)) * 100);
  return (
    <div className={`progress progress--${size}`}>
      <div className="progress__track" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
        <div className="progress__fill" style={{ width: `${percent}%` }} />
      </div>
      {text ? <span className="progress__text">{text}</span> : null}
    </div>
  );
}
