import { formatClock } from "./use-countdown";

/** The coarse step a screen reader hears: minutes, then 30 and 10 s. */
function spoken(seconds: number): string {
  if (seconds <= 0) return "Time is up.";
  if (seconds <= 10) return "10 seconds left.";
  if (seconds <= 30) return "30 seconds left.";
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? "1 minute left." : `${minutes} minutes left.`;
}

/**
 * A countdown shown to the eye every second but announced only when it
 * crosses a step, so a screen reader is not talked over each second.
 */
export function TimeLeft({
  seconds,
  label,
  className,
}: {
  seconds: number;
  label: string;
  className?: string;
}) {
  return (
    <p className={className}>
      <span aria-hidden>
        {label} {formatClock(seconds)}
      </span>
      <span className="sr-only" aria-live="polite">
        {label} {spoken(seconds)}
      </span>
    </p>
  );
}
