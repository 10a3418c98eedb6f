/** A labelled progress bar (e.g. TPS reported of the total), readable by screen readers. */
import type { ReactNode } from 'react';

export function ProgressBar(props: { value: number; max: number; label: string; text: string }): ReactNode {
  const { value, max, label, text } = props;
  const ratio = max > 0 ? Math.min(1, value / max) : 0;
  return (
    <div className="progress-block">
      <div className="progress-text">{text}</div>
      <div
        className="progress"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={value}
        aria-valuetext={text}
      >
        <span style={{ width: `${(ratio * 100).toFixed(2)}%` }} />
      </div>
    </div>
  );
}
