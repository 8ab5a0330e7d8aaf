type Props = { date: Date | null; withTime?: boolean; empty?: string };

/**
 * A date as a <time> element. Server and browser may sit in different
 * time zones, so the browser's rendering is allowed to differ on
 * hydration.
 */
export function When({ date, withTime = false, empty = "—" }: Props) {
  if (!date) return <>{empty}</>;

  const text = date.toLocaleString("en", {
    dateStyle: "medium",
    timeStyle: withTime ? "short" : undefined,
  });
  return (
    <time
      dateTime={date.toISOString()}
      className="whitespace-nowrap"
      suppressHydrationWarning
    >
      {text}
    </time>
  );
}
